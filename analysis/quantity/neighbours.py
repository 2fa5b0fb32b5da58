"""Figures read together, once each is read alone: a lower and an upper bound joined into one
range, the unit written once after a list ("6, 5, 4 or even 3 percent"), a change shared with
the same change in other terms ("rose $1.17, or 1.5 percent"), and the unit of a figure given
to a number compared or linked with it that leaves it out: a scaled number ("versus 8.8
trillion", "and spending of 41.5 trillion"), a price without its "per" ("$11.80 per mmBtu from
$12.50"), and a bare number ("12 cargoes, up from nine"; "fell 475.86 points to 33,002.38").
"""

from __future__ import annotations

import re

from analysis.quantity.nouns import singular
from analysis.quantity.words import SCALE_WORDS
from analysis.text import stopwords


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
_COUNTED_NOUN = re.compile(r"[ \t]+[A-Za-z][A-Za-z-]*(?=[ \t,(])")


def share_change(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a figure with no cue of its own the change of the figure just before it when the
    two state one change: joined by "or" (the same change in other terms), by "and" in the same
    unit (one verb for both), or in brackets as a conversion to another currency; or a list of
    changes in one unit, each with a short qualifier ("rose 0.5% m/m and 7.4% y/y", "2% in
    January, 3% in February and 4% in March", "5% in value and 3% in volume")."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if prev[7] not in ("up", "down") or row[7] != "=" or row[8]:
            continue
        gap = text[prev[1] : row[0]]
        if len(gap) > 64:
            continue
        if prev[9] == "count" and (noun := _COUNTED_NOUN.match(gap)):
            gap = gap[noun.end() :]  # "fell 300 points, or 0.9%": the noun is no part of the gap
        joined = _OTHER_TERMS.fullmatch(gap) if len(gap) <= 16 else None
        if (
            (joined and (joined.group(1) == "or" or row[5] == prev[5]))
            or (_CONVERSION.fullmatch(gap) and row[9] == prev[9] == "currency")
            or (
                row[5] == prev[5]
                and row[5]
                and (_QUALIFIED_LIST.fullmatch(gap) or _elided_verb(gap))
                and not _SHARE_OF.match(text, row[1])  # "3% ..., and 2% of them were oil"
            )
        ):
            rows[i] = (*row[:7], prev[7], *row[8:])
    return rows


# "Exports fell 10%, imports 4%", "jumped 20% and volumes 5%", "rose by 5% and imports by 3%":
# the second subject, its verb left out
_ELIDED_VERB = re.compile(
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+|while[ \t]+)?|[ \t]+(?:and|while)[ \t]+)"
    r"([a-z][a-z-]+)(?:[ \t]+by)?[ \t]+"
)


def _elided_verb(gap: str) -> bool:
    m = _ELIDED_VERB.fullmatch(gap)
    return bool(m) and m.group(1) not in stopwords() and not m.group(1).endswith(("ing", "ed"))


_SHARE_OF = re.compile(r"[ \t]+of(?![a-z])")
# between two changes in one unit: the first's short qualifier, then a comma or "and"
_QUALIFIED_LIST = re.compile(
    r"(?:[ \t]+(?:[a-z]/[a-z]|y-o-y|(?:year|month|quarter)[ -]on[ -](?:year|month|quarter)"
    r"|(?:in|on|for|from|compared[ \t]+(?:with|to)|versus|against)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"[A-Za-z0-9-]+(?:[ \t]+[A-Za-z0-9-]+){0,2})){1,2}"  # in the third quarter from a year earlier
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)"
)


# what joins the items of a list of numbers: "5, 6", "5 or 6", "4 or even 3", "10, 20 and 30"
_LISTED = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:or|and)[ \t]+(?:even[ \t]+|maybe[ \t]+|perhaps[ \t]+)?)?"
)


def listed_units(text: str, rows: list[tuple]) -> list[tuple]:
    """Give each bare number of a list the unit written once after its last item: "only 6, 5,
    4 or even 3 percent", "in 2 or 3 years", "5 or 6 tankers". The last two items are joined
    by "or" or "and", after a comma only in a list of three or more ("Of the 120, 30 percent"
    and "under 18, and 151,000 women" are no lists). The scale passes too when the number is no
    bigger than the last item's ("5 or 6 million tonnes", "eight or nine billion euros"); a
    number written in full keeps its value ("700,000 or 1 million tonnes"), and items that each
    carry the currency take the scale of the last ("$5, $10 and $15 billion")."""
    listed = False  # whether rows[i + 1] took its unit from the list
    for i in range(len(rows) - 2, -1, -1):  # from the end: the unit passes along the list
        row, after = rows[i], rows[i + 1]
        took, listed = listed, False
        # "$5, $10 and $15 billion": the same currency on each item, the scale written once
        priced = row[9] == after[9] == "currency" and row[5] == after[5] and after[6] > 1.0
        if not priced and (row[5] or row[9] != "number" or not after[5]) or row[6] != 1.0:
            continue
        if _PART.match(row[2]) or _PART.match(after[2]):
            continue  # "a year and a half or two years", "24 and a half million jobs"
        gap = text[row[1] : after[0]]
        if not gap.strip(" \t") or not _LISTED.fullmatch(gap):
            continue
        conjunction = gap.strip(" \t,") != ""
        if not took and (not conjunction or ("," in gap and not _third(text, rows, i))):
            continue  # the last item needs "or"/"and"; ", and" needs an item before
        scale = after[6] if after[6] != 1.0 else _scale_word(after[2])
        if scale != 1.0 and row[4] > after[3] / scale:
            if after[3] > 100 * row[3]:
                continue  # "5,000 or 6 million tonnes": not of one size
            scale = 1.0
        rows[i] = (*row[:3], row[3] * scale, row[4] * scale, after[5], scale, *row[7:9], after[9])
        listed = True
    return rows


def _third(text: str, rows: list[tuple], i: int) -> bool:
    """Whether a bare number comes just before ``rows[i]``, after a comma: "10, 20, or 30"."""
    if i == 0 or rows[i - 1][5] or rows[i - 1][9] != "number":
        return False
    return text[rows[i - 1][1] : rows[i][0]].strip(" \t") == ","


_PART = re.compile(r"(?:an?[ \t]+)?half\b", re.IGNORECASE)
_SCALE_WORD = re.compile(rf"\b({'|'.join(SCALE_WORDS)})\b", re.IGNORECASE)


def _scale_word(surface: str) -> float:
    """The scale a figure's words give it ("nine billion euros": 1e9), else 1."""
    m = _SCALE_WORD.search(surface)
    return SCALE_WORDS[m.group(1).lower()] if m else 1.0


_COMPARED = re.compile(r"(?:versus|vs\.?|against|compared (?:with|to))[ \t]+$")


# what links a scaled number to a figure of the same scale a few words before, whose unit it
# leaves out: "revenues of 40.3 trillion roubles and spending of 41.5 trillion", "1.32 million
# barrels a day, below its quota of 1.5 million"
_LINKED = re.compile(
    r"(?<![A-Za-z])(?:of|and|to|from|at|or|than|by)[ \t]+"
    r"(?:(?:the|a|an|its|their|about|around|some|nearly|almost|roughly|just|only)[ \t]+)?$"
)


def elided_units(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a scaled number with no unit the unit of the figure it is compared with a few words
    before ("11.3 trillion rubles this year, versus 8.8 trillion in 2023"), or of a figure of
    the same scale that a preposition or "and" links it to ("spending of 41.5 trillion")."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if row[5] or row[9] != "number" or row[6] < 1e3 or prev[9] not in _UNIT_KINDS:
            continue
        gap = text[prev[1] : row[0]]
        if not _near(gap):
            continue
        if (len(gap) <= 40 and _COMPARED.search(gap)) or (
            row[6] == prev[6] and _LINKED.search(gap)
        ):
            rows[i] = (*row[:5], prev[5], *row[6:9], prev[9])
    return rows


_UNIT_KINDS = ("currency", "dimension")


def _near(gap: str, reach: int = 60) -> bool:
    """Whether two figures stand a few words apart in one sentence."""
    return len(gap) <= reach and not any(c in gap for c in ".;!?")


def elided_rates(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a price in a currency alone the rate of the price a few words before in the same
    currency that it is compared or linked with ("$11.80 per mmBtu this week from $12.50",
    "diesel at $100 a barrel and fuel oil at $45", "95 cents a share, beating expectations of
    88 cents"): of one scale, and within a hundred times of each other."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if row[9] != "currency" or prev[9] != "currency" or " per " in row[5]:
            continue
        if not prev[5].startswith(row[5] + " per ") or row[6] != prev[6]:
            continue
        if not 0 < row[3] <= 100 * prev[3] or not 0 < prev[3] <= 100 * row[3]:
            continue
        gap = text[prev[1] : row[0]]
        if not _near(gap):
            continue
        if _COMPARED.search(gap) or _LINKED.search(gap):
            rows[i] = (*row[:5], prev[5], *row[6:])
    return rows


# what compares a bare number with a figure before it: "12 cargoes in May, up from nine",
# "Fewer than 10 tankers ... compared with 25", and the level a change in points reached: "fell
# 475.86 points, or 1.4%, to 33,002.38"
_COMPARED_FROM = re.compile(
    r"(?<![A-Za-z])(?:up|down|rising|falling|increasing|decreasing)[ \t]+"
    r"from[ \t]+(?:(?:the|a|an|some|about|around)[ \t]+)?$"
)
_LEVEL_TO = re.compile(r"(?<![A-Za-z])to[ \t]+$")
# between a count and the same change in per cent: "475.86 points, or 1.4%" (the surface of a
# count of points leaves out its noun)
_ASIDE = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*,?[ \t]*(?:or|and)?[ \t]*\(?[ \t]*")


# who expected a number, after it: "more than the 200,000 economists had expected" (the number
# is of what the figure before counts, not of economists)
_FORECAST_AFTER = re.compile(
    r"[ \t]+(?:economists|analysts|forecasters|experts|traders|markets|investors)[ \t]+"
    r"(?:had|have|has)[ \t]+(?:expected|forecast|predicted|estimated|projected|anticipated)"
    r"(?![a-z])"
)


# a tally of two sides, the noun written once after the first: "by 228 votes to 206", "won 3
# seats against 2"
_TALLY_TO = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:to|against)[ \t]+")


def _tally_to(gap: str, prev: tuple) -> bool:
    """Whether ``gap``, after the count ``prev`` (whose surface leaves out its noun), is that
    noun and "to": the bare number after it counts the same."""
    m = _TALLY_TO.fullmatch(gap)
    return bool(m) and prev[9] == "count" and prev[7] == "=" and singular(m.group(1)) == prev[5]


def elided_nouns(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a bare number (no unit, no scale) the counted noun or unit of the count before it
    that it is compared with ("12 LNG cargoes in May, up from nine", "compared with 25"), that
    forecasters expected ("added 250,000 jobs, more than the 200,000 economists had
    expected"), or whose level it is after a change ("fell 475.86 points, or 1.4%, to
    33,002.38"); a
    percentage between them, in other terms, is passed over."""
    for i in range(1, len(rows)):
        row = rows[i]
        if row[5] or row[9] != "number" or row[6] != 1.0:
            continue
        j = i - 1
        if j > 0 and rows[j][9] == "percent" and _ASIDE.fullmatch(text, rows[j - 1][1], rows[j][0]):
            j -= 1  # "475.86 points, or 1.4%, to 33,002.38"
        prev = rows[j]
        if prev[9] not in ("count", "dimension") or prev[5] in ("", "percent", "times"):
            continue  # "grew 10 times: from 800,000": a multiple, no noun
        gap = text[rows[i - 1][1] : row[0]]
        if len(text[prev[1] : row[0]]) > 80 or not _near(gap, 80):
            continue
        compared = _COMPARED.search(gap) or _COMPARED_FROM.search(gap)
        level = prev[9] == "count" and prev[7] in ("up", "down") and _LEVEL_TO.search(gap)
        expected = _FORECAST_AFTER.match(text, row[1])  # than the 200,000 economists expected
        tally = j == i - 1 and _tally_to(gap, prev)  # passed by 228 votes to 206
        # not "raise the age by eight years to 63": an age, no duration
        if compared or level or expected or tally:
            rows[i] = (*row[:5], prev[5], *row[6:9], prev[9])
    return rows


def pounds_of_weight(text: str, rows: list[tuple]) -> list[tuple]:
    """Make "pounds" a weight, not sterling, when a weight in pounds before it is compared or
    linked with it: "imported 4.1 million pounds of uranium, down from 5.8 million pounds"."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        if row[5] != "GBP" or prev[5] != "pound" or "pound" not in row[2].lower():
            continue
        gap = text[prev[1] : row[0]]
        if _near(gap) and (
            _COMPARED.search(gap) or _COMPARED_FROM.search(gap) or _LINKED.search(gap)
        ):
            rows[i] = (*row[:5], "pound", *row[6:9], prev[9])
    return rows


_FATES = (
    r"(?:killed|wounded|injured|hurt|missing|dead|detained|arrested|captured|hospitali[sz]ed|"
    r"evacuated|rescued|displaced|released|freed|taken[ \t]+hostage)"
)
# "12 people were killed and 40 wounded": the second count's noun is left out
_FATE_GAP = re.compile(
    rf"[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:were|are|have[ \t]+been|had[ \t]+been|was|got)[ \t]+{_FATES}"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|while[ \t]+)?|[ \t]+(?:and|while)[ \t]+)"
)
_FATE_AFTER = re.compile(rf"[ \t]+(?:more[ \t]+|others?[ \t]+)?{_FATES}(?![a-z])")


_PEOPLE = re.compile(r"(?i)\b(?:people|persons?)\b")


def elided_counts(text: str, rows: list[tuple]) -> list[tuple]:
    """Give a bare number the counted noun of the count before it when both say what befell
    them: "At least 12 people were killed and 40 wounded", "two soldiers were killed and three
    injured"."""
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        guessed = row[5] == "person" and not _PEOPLE.search(row[2])  # "40 wounded": people
        if (row[5] and not guessed) or row[9] not in ("number", "count") or prev[9] != "count":
            continue
        if _FATE_GAP.fullmatch(text, prev[1], row[0]) and _FATE_AFTER.match(text, row[1]):
            rows[i] = (*row[:5], prev[5], *row[6:9], "count")
    return rows
