"""Figures read together, once each is read alone: a lower and an upper bound joined into one
range, a change shared with the same change in other terms ("rose $1.17, or 1.5 percent"), and
the unit of a figure given to a scaled number compared with it ("versus 8.8 trillion").
"""

from __future__ import annotations

import re


def merge_bounds(text: str, rows: list[tuple]) -> list[tuple]:
    """Join a lower and an upper bound written as one condition ("above 10 and below 20")."""
    merged = []
    for row in rows:
        prev = merged[-1] if merged else None
        if prev is not None and {prev[7], row[7]} == {"<", ">"} and prev[5] in (row[5], ""):
            before = text[: row[0]].rstrip()
            hedge_start = len(before) - len(row[8]) if row[8] else row[0]
            gap = text[prev[1] : hedge_start].strip(" ,").lower()
            low, high = sorted((prev[3], row[3]))
            ordered = (prev[3] < row[3]) == (prev[7] == ">")
            if (
                gap in ("and", "but", "")
                and low < high
                and ordered
                and text[hedge_start : row[0]].strip()
            ):
                merged[-1] = (
                    prev[0],
                    row[1],
                    text[prev[0] : row[1]],
                    low,
                    high,
                    row[5] or prev[5],
                    row[6],
                    "=",
                    prev[8],
                    row[9],
                )
                continue
        merged.append(row)
    return merged


# what joins a change to the same change in other terms: "rose $1.17, or 1.5 percent", "up
# 4.2 gigawatts (GW), or 1.1 percent", "by 65,000 bpd and 10,000 bpd", "5 trillion roubles ($60
# billion)"
_OTHER_TERMS = re.compile(r"[ \t]*(?:\([A-Za-z]{1,6}\))?[ \t]*,?[ \t]*(or|and)[ \t]+")
_CONVERSION = re.compile(r"[ \t]*\(")


def share_change(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a figure with no cue of its own the change of the figure just before it when the
    two state one change: joined by "or" (the same change in other terms), by "and" in the same
    unit (one verb for both), or in brackets as a conversion to another currency."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if prev[7] not in ("up", "down") or row[7] != "=" or row[8]:
            continue
        gap = text[prev[1] : row[0]]
        if len(gap) > 16:
            continue
        joined = _OTHER_TERMS.fullmatch(gap)
        if (joined and (joined.group(1) == "or" or row[5] == prev[5])) or (
            _CONVERSION.fullmatch(gap) and row[9] == prev[9] == "currency"
        ):
            rows[i] = (*row[:7], prev[7], *row[8:])
    return rows


_COMPARED = re.compile(r"(?:versus|vs\.?|against|compared (?:with|to))[ \t]+$")


def elided_units(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a scaled number with no unit the unit of the figure it is compared with a few words
    before: "11.3 trillion rubles this year, versus 8.8 trillion in 2023"."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if row[5] or row[9] != "number" or row[6] < 1e3 or prev[9] not in _UNIT_KINDS:
            continue
        gap = text[prev[1] : row[0]]
        if len(gap) <= 40 and not any(c in gap for c in ".;!?") and _COMPARED.search(gap):
            rows[i] = (*row[:5], prev[5], *row[6:9], prev[9])
    return rows


_UNIT_KINDS = ("currency", "dimension")
