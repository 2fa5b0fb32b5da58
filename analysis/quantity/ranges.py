"""Ranges and ratios: the other end of a range (``5-7%``, ``between $60 and $70``), whether
the two ends make one range or a change and the level it reached, a unit written once for both,
and ``one in five`` as a ratio.
"""

from __future__ import annotations

import re

from analysis.quantity.lexicon import Lexicon
from analysis.quantity.numerals import SPACE, Quantity, Skip, is_year, read_digits, read_words
from analysis.quantity.units import read_quantity
from analysis.quantity.words import AND_AFTER, WORD_SEQUENCE

RANGE_LINK = re.compile(r"[ \t]*(?:[-\u2010\u2011\u2012\u2013\u2014~]|to|through|thru|and)[ \t]*")
_ARTICLE_FRACTION = re.compile(r"an?[ \t]+(half|third|quarter|fifth|tenth)(?![a-z])")
# the sign of a negative end, which read_quantity reads back from its digits: "-3 to -8C",
# "minus 3 to minus 8 degrees"
_SIGN_AHEAD = re.compile(r"(?:[-\u2212]|minus[ \t]+)(?=\d)")
_CURRENCY_AHEAD = re.compile(
    r"(?:[A-Za-z]{0,3}[$\u20ac\u00a3\u00a5\u20bd]|[\u20ac\u00a3\u00a5\u20bd$])[ \t]*"
)


def is_change_to_level(lower: str, q1: Quantity, q2: Quantity, hedged, lex: Lexicon) -> bool:
    """After a change verb, or "by" (whose verb may stand further back: "cut its forecast by
    100,000 bpd to 1.1 million bpd"), "X to Y" with both units written is the change and the
    level it reached when Y is far bigger than X: a range's ends are of one size ("grew 2% to
    3%" may be a range; "fell 200 kb/d to 102 mb/d" and "rose 5% to 80 percent" are not)."""
    if q1.unit is None or q2.unit is None or lower[q1.end : q2.start].strip() != "to":
        return False
    if abs(value(q2)) < 5 * abs(value(q1)):
        return False  # of one size: "by -2% to -4%" is a range too
    start = hedged[1] if hedged else q1.start
    return lower[max(0, start - 3) : start] == "by " or bool(lex.changes.before(lower, start))


def read_range_end(text: str, lower: str, q1: Quantity, lex: Lexicon, opener: str | None):
    link = RANGE_LINK.match(lower, q1.end)
    if not link:
        return None
    word = link.group().strip()
    if word == "and" and opener != "between":
        return None
    if word in ("to", "through", "thru") and opener == "between":
        return None
    pos = link.end()
    ahead = _CURRENCY_AHEAD.match(text, pos) or _SIGN_AHEAD.match(lower, pos)
    num = ahead.end() if ahead else pos
    if num >= len(text):
        return None
    if not "0" <= text[num] <= "9":
        if num and lower[num - 1].isalpha():
            return None
        article = _ARTICLE_FRACTION.match(lower, num)  # a third to a half
        if article:
            num = article.start(1)
        elif not WORD_SEQUENCE.match(lower, num):
            return None
    q2 = read_quantity(text, lower, num, lex, q1.end)
    if isinstance(q2, Skip) or (q2.words and q2.tokens[0] in AND_AFTER):
        return None  # "5 - million" is not a range ending at a million
    return q2


def join_range(q1: Quantity, q2: Quantity) -> bool:
    """Make ``q1``..``q2`` a range when units agree and the ends are in order; two negative
    ends of one scale are written by their size ("between -3C and -8C", "-5 to -10%"), and
    make a range from the lower."""
    if (
        q1.unit is not None
        and q2.unit is not None
        and (q1.unit.name != q2.unit.name or (q1.per and q2.per and q1.per != q2.per))
    ):
        return False  # 5% to $1.45 billion; but "$60 to $70 per barrel" shares the rate
    if is_year(q1) or is_year(q2):
        return False  # 2016-2017, "in 2002 to 24.3 billion euros"
    unit = q1.unit or q2.unit
    per = q1.per or q2.per
    scale = q1.scale
    if scale == 1.0 and q2.scale > 1.0:
        if q1.value <= q2.value:
            scale = q2.scale  # 5-7 million: the scale is written once
        elif q2.value * q2.scale > 100 * q1.value:
            # "5-3 bn" is no range from 5 to 3 billion, nor "from 290 to 240 thousand" one from
            # 290 to 240,000: read either way, its ends are out of order or not of one size
            return False
        # else written in full: "from 700,000 to 1.4 million"
    unit_scale = unit.scale if unit else 1.0
    q1_unit_scale = q1.unit.scale if q1.unit else unit_scale
    if q1.unit is None and q1.scale != 1.0:
        # "between 5 million and 6 million tonnes": the end has its own scale word, and the
        # unit's ("million tonnes") is not its
        q1_unit_scale = 1.0
    low = q1.value * scale * q1_unit_scale
    high = q2.value * q2.scale * (q2.unit.scale if q2.unit else unit_scale)
    if high < low < 0 and scale * q1_unit_scale == q2.scale * (
        q2.unit.scale if q2.unit else unit_scale
    ):
        q1.value, q2.value = q2.value, q1.value  # between -3C and -8C: the colder end is low
        low, high = high, low
    if not low < high:
        return False
    q1.unit, q1.per, q1.scale = unit, per, scale * q1_unit_scale / unit_scale
    if q2.unit is None:
        q2.unit, q2.per = unit, per
    return True


def value(q: Quantity) -> float:
    """The value with its scales folded in, to 15 significant digits (4.1 billion is 4.1e9, not
    the 4099999999.9999995 of the float product)."""
    scale = q.scale * (q.unit.scale if q.unit else 1.0)
    return q.value * scale if scale == 1.0 else float(f"{q.value * scale:.15g}")


RATIO_LINK = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?=[\da-z])")
# after "a ratio of": "1 to 5", "1:5"
RATIO_AFTER_RATIO = re.compile(r"[ \t]*(?:to[ \t]+|:[ \t]*)(?=[\da-z])")
RATIO_BEFORE = re.compile(r"(?<![a-z])ratio[ \t]+of[ \t]+\Z")


def read_ratio(
    text: str, lower: str, q: Quantity, lex: Lexicon, links: re.Pattern = RATIO_LINK
) -> None:
    """Make ``q`` the ratio N/M of "N in M" or "N out of M" (N < M, M not a year); ``links``:
    the words that may join N and M."""
    link = links.match(lower, q.end)
    if not link:
        return
    pos = link.end()
    if not ("0" <= text[pos] <= "9" or WORD_SEQUENCE.match(lower, pos)):
        return
    den = read_digits(text, pos) if "0" <= text[pos] <= "9" else read_words(text, lower, pos)
    if isinstance(den, Skip) or is_year(den) or not (0 < q.value < den.value):
        return
    if not den.integer or lex.units.match(text, lower, SPACE.match(text, den.end).end()):
        return  # 3 in 5 years is not a ratio
    q.value, q.end, q.integer, q.plain = q.value / den.value, den.end, False, False


def share_unit(q1: Quantity, q2: Quantity) -> None:
    """Give ``q1`` the unit written once after ``q2`` ("from 76 to 88 percent"), and its scale
    when it is written once for both."""
    if q1.unit is not None and q2.unit is not None and q1.unit.name == q2.unit.name:
        q1.per = q1.per or q2.per  # from $60 to $70 per barrel
    if q1.unit is None and q2.unit is not None and not is_year(q1):
        q1.unit, q1.per = q2.unit, q2.per
        if q1.scale == 1.0 and q1.value <= q2.value:
            q1.scale = q2.scale
        # A unit with a scale of its own ("million tonnes", "bcm") is written once for both
        # ("from 5.1 to 5.6 million tonnes"), but not when the number has its own scale word
        # ("from 5.1 million to 5.6 million tonnes") or is written in full ("from 700,000 to
        # 1.4 million tonnes").
        if q2.unit.scale != 1.0 and (q1.scale != 1.0 or value(q1) > 100 * value(q2)):
            q1.scale /= q2.unit.scale
