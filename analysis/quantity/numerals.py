"""Reading the number at a position: digits (``1,234.5``, ``12,8%``, ``1/2``, ``3e6``, ``½``)
or words (``twenty-five``), as a ``Quantity`` that the unit and range readers then extend, or
a ``Skip`` past what is shown not to be a number (dates, addresses, identifiers).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from analysis.quantity.lexicon import Unit
from analysis.quantity.words import WORD_SEQUENCE, words_reading

_MAX_DIGITS = 24  # longer runs of digits are identifiers or noise
_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})++(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})++(?![\d,])|\d++)"
    r"(?:\.\d++)?"
)
# a price in eighths, as grain markets quote them: "12-1/4 cents", "$5.81-1/2 a bushel"
_HYPHEN_FRACTION = re.compile(r"-([1-7])/(2|4|8)(?![\d/])")
_PLAIN_DIGITS = re.compile(r"\d++(?:\.\d++)?")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_DIGITS_BEFORE = re.compile(r"\d[ \t]\Z")
_LEADING_ZERO = re.compile(r"0\d{2,}")  # 0800, 007: a code, not a number
_DIGITS_AFTER = re.compile(r"[ \t]\d")
_TWO_GROUPS_BEFORE = re.compile(r"\d+[ \t]\d+[ \t]\Z")


def _not_space_grouped(text: str, pos: int, end: int) -> bool:
    """Whether digits grouped by plain spaces are no one number: a model's name follows ("40
    737 MAX jets"), or digits come before (a telephone number: "0800 123 456")."""
    return bool(
        _CAPITAL_AFTER.match(text, end) or _DIGITS_BEFORE.search(text, max(0, pos - 2), pos)
    )


VULGAR = {
    "\u00bd": 1 / 2,
    "\u2153": 1 / 3,
    "\u2154": 2 / 3,
    "\u00bc": 1 / 4,
    "\u00be": 3 / 4,
    "\u2155": 1 / 5,
    "\u2159": 1 / 6,
    "\u215b": 1 / 8,
    "\u215c": 3 / 8,
    "\u215d": 5 / 8,
    "\u215e": 7 / 8,
}
_MULTI_SEPARATED = re.compile(r"\d+(?:[-./\u2013]\d+){2,}")  # dates, IPs, phones, versions
# but two decimals joined by a dash are a range: 1.5-2%, 3.2\u20133.4 million
_DECIMAL_RANGE = re.compile(r"\d+(?:\.\d+)?[-\u2013]\d+(?:\.\d+)?")
_TIME_OR_SCORE = re.compile(r"(?::\d{1,2}(?!\d))+")  # 14:00, 3:1, a race time 2:00:35
# a comma and one or two digits before a percent sign or a scale word is a decimal comma: a
# thousands separator takes three digits ("12,8%", "$76,12 billion", not "1,234" or "1,2 and 3")
_DECIMAL_COMMA = re.compile(
    r",(\d{1,2})(?![\d,])(?=[ \t]?%|[ \t]+(?:percent|per cent|pct|(?:m|b|tr)illion|mln|bln|bn"
    r"|trln|tn)(?![a-z]))"
)
_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_MIXED_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(\d{1,2})(?![\d/])")
_EXPONENT = re.compile(r"[eE]([-+]?\d{1,2})(?![\w])|\^([-+]{0,2}\d{1,2})(?!\d)")
SPACE = re.compile(r"[ \t\u00a0\u202f]*")


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: float
    scale: float = 1.0
    unit: Unit | None = None
    per: str = ""
    words: bool = False
    integer: bool = True
    plain: bool = True  # written as digits only: no separators, decimals or signs
    ordinal_word: bool = False
    currency_prefix: bool = False
    tokens: tuple = ()
    digits_end: int = -1
    vague_high: float = 0.0  # a vague amount's high end ("hundreds": 900), see quantity.vague

    def unit_name(self) -> str:
        if self.unit is None:
            return ""
        return f"{self.unit.name} per {self.per}" if self.per else self.unit.name


class Skip(NamedTuple):
    """A candidate shown not to be a figure; scanning resumes at ``end`` (past a name or date)."""

    end: int


def read_digits(text: str, pos: int) -> Quantity | Skip:
    m = _DIGITS.match(text, pos)
    raw = m.group()
    end = m.end()
    if " " in raw and _not_space_grouped(text, pos, end):
        m = _PLAIN_DIGITS.match(text, pos)  # "40 737 MAX jets": 40, then a model
        raw, end = m.group(), m.end()
    if _LEADING_ZERO.fullmatch(raw) or (
        _DIGITS_BEFORE.search(text, max(0, pos - 2), pos)
        and (_CAPITAL_AFTER.match(text, end) or _DIGITS_AFTER.match(text, end)
             or _TWO_GROUPS_BEFORE.search(text, max(0, pos - 40), pos))
    ):  # fmt: skip
        return Skip(end)  # the 737 of "40 737 MAX", the groups of "0800 123 456": codes
    if end - pos > _MAX_DIGITS:
        return Skip(end)  # an identifier or noise, not a quantity
    plain = raw.isdigit()
    integer = plain or "." not in raw
    value = float(raw) if plain else float("".join(c for c in raw if c.isdigit() or c == "."))
    nxt = text[end] if end < len(text) else ""
    eighths = _HYPHEN_FRACTION.match(text, end) if nxt == "-" else None
    if eighths and int(eighths.group(1)) < int(eighths.group(2)):  # CBOT: 12-1/4 cents
        places = len(raw.partition(".")[2])  # $5.81-1/2 is $5.815: an eighth of the last digit
        value += int(eighths.group(1)) / int(eighths.group(2)) / 10**places
        value = float(f"{value:.12g}")
        return Quantity(pos, eighths.end(), value, integer=False, plain=False)
    if nxt in ("-", ".", "/", "\u2013"):
        multi = _MULTI_SEPARATED.match(text, pos)
        if multi and not _DECIMAL_RANGE.fullmatch(multi.group()):
            return Skip(multi.end())  # 14.02.2019, 192.168.1.2, +1-222-2222
    if nxt == ":" and (clock := _TIME_OR_SCORE.match(text, end)):
        return Skip(clock.end())
    comma = _DECIMAL_COMMA.match(text, end) if nxt == "," and plain and end - pos <= 3 else None
    if comma:  # 12,8% and $76,12 billion in copy translated from Russian: decimal commas
        value = float(f"{raw}.{comma.group(1)}")
        return Quantity(pos, comma.end(), value, integer=False, plain=False)
    frac = _FRACTION.match(text, end) if nxt == "/" else None
    if frac:
        den = int(frac.group(1))
        if not (0 < value < den <= 10 and integer):  # 1/2, 3/4; not 9/11 or 24/7
            return Skip(frac.end())
        return Quantity(pos, frac.end(), value / den, integer=False, plain=False)
    exp = _EXPONENT.match(text, end) if nxt in ("e", "E", "^") else None
    if exp:
        power = int((exp.group(1) or exp.group(2)).replace("--", "").replace("+", ""))
        if exp.group(2) is not None:
            if value > 1 and power * math.log10(value) > 300:
                return Skip(exp.end())  # not a quantity any text states
            value = value**power
        else:
            value = float(f"{value}e{power}")
        return Quantity(pos, exp.end(), value, integer=False, plain=False)
    if integer and end < len(text) and text[end] in VULGAR:
        return Quantity(pos, end + 1, value + VULGAR[text[end]], integer=False, plain=False)
    mixed = _MIXED_FRACTION.match(text, end) if integer and nxt in (" ", "\t") else None
    if mixed and 0 < int(mixed.group(1)) < int(mixed.group(2)):
        value += int(mixed.group(1)) / int(mixed.group(2))
        return Quantity(pos, mixed.end(), value, integer=False, plain=False)
    return Quantity(pos, end, value, integer=integer, plain=plain, digits_end=end)


def read_words(text: str, lower: str, pos: int) -> Quantity | Skip:
    m = WORD_SEQUENCE.match(lower, pos)
    reading = words_reading(lower[pos : m.end()])
    if isinstance(reading, int):
        return Skip(pos + reading)
    length, value, ordinal_only, tokens = reading
    integer = value == int(value)
    return Quantity(
        pos,
        pos + length,
        value,
        words=True,
        integer=integer,
        plain=False,
        ordinal_word=ordinal_only,
        tokens=tokens,
    )


def is_year(q: Quantity) -> bool:
    return (
        q.plain
        and q.unit is None
        and q.scale == 1.0
        and 1800 <= q.value <= 2100
        and (q.end - q.start == 4)
    )
