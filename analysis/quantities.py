"""Quantities in English news text: numbers, ranges, percentages, money and physical amounts.

``extract_figures(text)`` returns one row per quantity stated in ``text``, with its offsets, its
value as a ``value_low``..``value_high`` pair, a normalised unit from ``analysis/data/units.yml``,
the scale folded into the value, and the change or hedge words written around it (cue words in
``analysis/data/figure_relations.yml``).

How it reads text (a hand-written scanner over candidate positions, never a regular expression
that can backtrack over the whole input):
1. Candidates are the starts of digit runs (found with numpy) and of number words (found with an
   Aho-Corasick automaton), so text without numbers costs a few passes in C and no Python.
2. At each candidate, anchored patterns read a number (``1,234.5``, ``twenty-five``, ``a dozen``,
   ``one-third``), then a scale (``bn``, ``million``), a unit (``%``, ``bcm``, ``rubles``), a rate
   (``per day``) and, after ``-``/``to``/``and``, the other end of a range; or a ratio (``one in
   five``) or a smaller unit (``5 feet 2 inches``, ``13 dollars and 45 cents``).
3. Cues are read backwards from the number with patterns on the reversed few dozen characters
   before it: a currency symbol, ``minus``, ``between``/``from``, a hedge (``almost``) and a change
   verb (``rose by``). The cue closest to the number decides ``change``.
4. Class rules drop what is not a figure: dates and times, years standing alone, ordinals,
   numbers inside names (``Sakhalin-2``, ``G20``, ``Nord Stream 2``, ``Article 5``), list markers,
   codes, phone numbers and versions, and a number of days or years that names a security's
   maturity or a window looking back (``the 10-year Treasury``, ``a 52-week high``, ``the
   seven-day average``; ``a 10-year contract`` is a duration).
5. Last, figures are read together: one with no cue of its own takes the change of the figure
   before it when both state one change ("rose $1.17, or 1.5 percent"), and a scaled number
   compared with a figure takes its unit ("11.3 trillion rubles, versus 8.8 trillion").

``kind`` is ``percent`` (also percentage and basis points), ``currency``, ``dimension`` (a
physical unit: mass, volume, power, energy, time, ... and ``times``), ``count`` (people, or a
counted noun: ``20 countries`` has the unit ``country``, the noun made singular) or ``number``.
A range is a row with ``value_low < value_high``; a bound is a row with ``change`` ``<`` or ``>``.

This module is the entry point: it reads each candidate into a figure (``_figure_at``, which
decides the change) and gathers the rows. The steps live in ``analysis.quantity``, a module
each: ``scanner`` (1), ``words``, ``numerals`` and ``units`` (2), ``lexicon`` (the data files
and the cue patterns of 3), ``nouns``, ``ranges`` and ``filters`` (2 and 4), ``neighbours`` (5).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.quantity.filters import (
    MONTH_AFTER,
    YEAR_WORDS,
    is_date_or_code,
    is_in_name_list,
    is_lone_year,
    is_name_number,
    is_tenor_or_window,
    numbers_a_name,
    quarters_of_a_year,
    words_not_a_figure,
)
from analysis.quantity.lexicon import Lexicon, lexicon
from analysis.quantity.lexicon import Unit as Unit  # part of the quantities API
from analysis.quantity.neighbours import (
    elided_counts,
    elided_nouns,
    elided_rates,
    elided_units,
    listed_units,
    merge_bounds,
    pounds_of_weight,
    share_change,
)
from analysis.quantity.nouns import (
    count_noun,
    hyphen_noun,
    noun_of_the_total,
    people_harmed,
    previous_word,
    sentence_start,
    singular,
)
from analysis.quantity.numerals import SPACE, Quantity, Skip, is_year
from analysis.quantity.ranges import (
    RATIO_AFTER_RATIO,
    RATIO_BEFORE,
    is_change_to_level,
    join_range,
    read_range_end,
    read_ratio,
    share_unit,
    value,
)
from analysis.quantity.scanner import candidates
from analysis.quantity.units import (
    DENOMINATORS,
    SUBUNITS,
    read_currency_rate,
    read_exchange_rate,
    read_factor,
    read_multiplier,
    read_per,
    read_quantity,
    read_subunit,
)
from analysis.quantity.vague import read_vague
from analysis.quantity.words import LETTERS, MULTIPLYING, SCALE_WORDS, VAGUE_PLURALS
from analysis.text import lower_keeping_offsets

COLUMNS = [
    "start",
    "end",
    "surface",
    "value_low",
    "value_high",
    "unit",
    "scale",
    "change",
    "hedge",
    "kind",
]
# an international phone number after its "+": country code, area code, then groups of digits
_PHONE = re.compile(r"\d{1,3}[ \t\u2013-]\(?\d{1,5}\)?(?:[ \t.\u2013-]\d{2,5}){2,5}")


def _kind(q: Quantity, count: str) -> str:
    if q.unit is None:
        return "count" if count else "number"
    dimension = q.unit.dimension
    if dimension in ("percent", "currency", "count"):
        return dimension
    return "dimension"


_TO_BEFORE = re.compile(r"(?<![a-z])to[ \t]+\Z")
_FROM_AFTER = re.compile(r"[ \t]+from[ \t]+(?:[$\u20ac\u00a3][ \t]*)?(?=\d)")


def _unit_from_the_start(text: str, lower: str, q1: Quantity, lex: Lexicon) -> None:
    """A change's level reached, written before the level it started from: "rose to 9.5 million
    from 9.1 million bpd" gives 9.5 million the unit of 9.1 million bpd."""
    after = _FROM_AFTER.match(lower, q1.end)
    if not after or not _TO_BEFORE.search(lower, max(0, q1.start - 4), q1.start):
        return
    if not lex.changes.before(lower, q1.start - 3):
        return
    q2 = read_quantity(text, lower, after.end(), lex, q1.end)
    if not isinstance(q2, Skip) and q2.unit is not None:
        share_unit(q1, q2)  # the unit, or the rate of the same unit: to $85 from $80 a barrel


def _figure_at(text: str, lower: str, pos: int, lex: Lexicon, floor: int):
    """Read the figure at candidate ``pos``: ``(row, resume)``, or a ``Skip``."""
    if pos and text[pos - 1] == "+":
        phone = _PHONE.match(text, pos)
        if phone:
            return Skip(phone.end())  # +7 (495) 719-30-01
    q1 = None if "0" <= lower[pos] <= "9" else read_vague(text, lower, pos, lex)
    if q1 is None and lower[pos] in "tdqh":
        q1 = read_multiplier(lower, pos, lex)  # twice, thrice, doubled, halved
    if q1 is None:
        other = _OTHER_WORD.match(lower, pos)
        if other:
            return Skip(other.end())  # "hundreds" with no "of" after it, "think twice"
        q1 = read_quantity(text, lower, pos, lex, floor)
        if not isinstance(q1, Skip):
            read_factor(lower, q1, lex)  # by a factor of five
    if isinstance(q1, Skip):
        return q1
    if not q1.words and is_date_or_code(text, lower, q1, pos, lex):
        return Skip(q1.end)
    if is_tenor_or_window(text, lower, q1):
        return Skip(q1.end)  # the 10-year Treasury, a 52-week high: no duration
    if _reference_year(text, lower, q1):
        return Skip(q1.end)  # 20% below 1990 levels, in 2015 dollars: a year
    if not q1.words and (ordinal := _ORDINAL_SCALE.match(lower, q1.end)):
        return Skip(ordinal.end())  # the 200 millionth tonne: an ordinal
    if (
        q1.words
        and q1.tokens[:1] in _SCALE_TOKENS
        and _DIGIT_BEFORE.search(text, max(0, q1.start - 8), q1.start)
    ):
        return Skip(q1.end)  # the scale of digits not read as a number ("9.6-9.7-9.5 trillion")
    hedged = lex.hedges.before(lower, q1.start)
    # "another one", "another 1998": a cue of addition makes no word or year a figure
    qualified = bool(hedged) and not lower.startswith(_ADDITIONS, hedged[1])
    if (
        q1.words
        and not q1.vague_high
        and q1.tokens[0] not in MULTIPLYING
        and words_not_a_figure(text, lower, q1, qualified or q1.value < 0)
    ):
        return Skip(q1.end)
    if q1.words and q1.tokens[-1] == "quarters" and len(q1.tokens) == 2:
        quarters_of_a_year(text, q1, lex)
    if (
        is_year(q1)
        and not q1.currency_prefix
        and is_lone_year(text, lower, q1, lex, qualified and not _year_span(text, hedged, q1, lex))
    ):
        return Skip(q1.end)  # decided early: years are the commonest candidates in news
    if q1.unit is None and RATIO_BEFORE.search(lower, max(0, q1.start - 12), q1.start):
        read_ratio(text, lower, q1, lex, RATIO_AFTER_RATIO)  # a ratio of 1 to 5
    opener = lex.openers.before(lower, q1.start)
    if (q1.unit is None or q1.per is None) and not opener:
        _unit_from_the_start(text, lower, q1, lex)  # rose to 9.5 million from 9.1 million bpd
    q2 = read_range_end(text, lower, q1, lex, opener[0] if opener else None)
    if q2 is not None and q2.plain and q2.value <= 31 and MONTH_AFTER.match(lower, q2.digits_end):
        return Skip(q2.end)  # 28-30 June
    if q2 is not None and _model_number(text, q1, q2):
        return Skip(q2.end)  # a Boeing 737-800
    if q2 is not None and text[q1.end] in "-\u2013" and (code := _CODE_AFTER.match(text, q2.end)):
        return Skip(code.end())  # quote reference 45-7781-X: a code
    if q2 is None and q1.plain and (split := _FOR_RATIO.match(lower, q1.end)):
        return Skip(split.end())  # a 3-for-1 stock split: an exchange ratio, no amount
    if (
        q2 is not None
        and opener
        and opener[0] == "from"
        and lower[q1.end : q2.start].strip() == "to"
        and lex.changes.before(lower, opener[1])
    ):
        share_unit(q1, q2)
        q2 = None  # rose from 76 to 88 percent: two levels, not a range
    elif q2 is not None and is_change_to_level(lower, q1, q2, hedged, lex):
        share_unit(q1, q2)  # raised by $5 to $40 per tonne: both per tonne
        q2 = None  # fell 200 kb/d to 102 mb/d: a change and the level it reached
    elif q2 is not None and _by_then_to(lower, q1, q2, hedged, lex):
        q2 = None  # raise the age by eight years to 63: a change and the level, no range
    elif q2 is not None and _fraction_then_number(q1, q2):
        q2 = None  # slumped by a quarter to 62 bcm: a share and the level, no range
    elif q2 is not None and not opener and _percent_then_bare(lower, q1, q2):
        q2 = None  # devalued 54% to 800 per dollar: a change and a level, whatever the verb
    elif q2 is not None and not opener and _match_up(lower, q1, q2, lex):
        share_unit(q1, q2)
        q2 = None  # Biden trails Trump 43% to 45%: each side's share, whichever is larger
    if q2 is not None and not join_range(q1, q2):
        if is_year(q1) and is_year(q2):
            return Skip(q2.end)
        if q1.plain and q2.plain and q1.unit is None and text[q1.end] in "-\u2013:":
            return Skip(q2.end)  # a score: won 3-1
        if opener and opener[0] == "from":
            share_unit(q1, q2)  # cut from $60 to $45 per barrel: two prices per barrel
        elif _tally_of_shares(lower, q1, q2):
            share_unit(q1, q2)  # the vote was 52 to 48 percent: each side's share
        q2 = None
    elif q2 is not None and q1.unit is not None and not q2.per:
        read_per(text, lower, q2, lex)  # $25-35 per barrel: the rate is written once
        q1.per = q1.per or q2.per
    if q2 is None and q1.unit is None and q1.integer and q1.scale == 1.0:
        read_ratio(text, lower, q1, lex)  # one in five, 2 out of 3
    if q2 is None and q1.unit is None and not q1.words:
        read_exchange_rate(text, lower, q1, lex)  # the ruble weakened to 75.3 per dollar
    elif q2 is None and q1.unit is not None and q1.unit.dimension == "currency" and not q1.per:
        read_currency_rate(lower, q1)  # 90 rubles to the dollar
    if q2 is None and q1.unit is not None and q1.unit.name in SUBUNITS:
        read_subunit(text, lower, q1, lex)  # 5 feet 2 inches, 3 dollars 50 cents
    start = opener[1] if q2 is not None and opener else q1.start
    end = q2.end if q2 is not None else q1.end
    tail = _HYPHEN_BOUND.match(lower, end) if q2 is None else None
    if tail:
        end = tail.end()  # 2,400-plus people, 300-odd staff: a lower bound
        unit = lex.units.match(text, lower, SPACE.match(text, end).end())
        if q1.unit is None and unit and unit[0].dimension != "count":
            q1.unit, end = unit[0], unit[1]  # 23-odd percent
    hedge = hedged if start == q1.start else lex.hedges.before(lower, start)
    verb = lex.changes.before(lower, hedge[1] if hedge else start)
    if verb and start != q1.start and opener[0] == "from":
        verb = None  # rose from 5-7%: the level it started from, no change
    count, noun_end = "", end
    points = _POINTS.match(lower, end) if q1.unit is None and q2 is None else None
    if points and _poll_points(lower, start):  # leads by 2 points; fell 0.3 point to 3.9%
        q1.unit = lex.units.match("percentage points", "percentage points", 0)[0]
        q1.end = end = noun_end = points.end()
    if q1.unit is None:
        noun = count_noun(text, end, lex) or hyphen_noun(text, q1, q2, end)
        if noun is None and not is_year(q1) and not is_name_number(text, q1, lex):
            noun = count_noun(text, end, lex, far=True)  # 440 operable nuclear reactors
        count, noun_end = noun if noun else ("", end)
        if not count and q2 is None and q1.integer:  # not "Half of its 65,000 books"
            count = noun_of_the_total(text, end, lex) or ""  # 343 of the 450 seats
        if not count and not is_year(q1):
            harmed = people_harmed(lower, start, end)  # killed 32 and wounded 120 others
            count, noun_end = ("person", harmed) if harmed is not None else ("", end)
        per = _PER_DENOMINATOR.match(lower, noun_end) if count else None
        if per and per.group(1) in DENOMINATORS:  # 183.1 bushels per acre, births per woman
            count, noun_end = f"{count} per {singular(per.group(1))}", per.end()
    if q2 is None and not hedge and not q1.currency_prefix:
        if is_year(q1) and not (count and previous_word(text, start).lower() not in YEAR_WORDS):
            return Skip(end)
        if is_name_number(text, q1, lex) and (
            not count or _VERB_AFTER.match(text, noun_end) or numbers_a_name(text, q1)
        ):
            return Skip(end)  # Nord Stream 2; "Nord Stream 2 aims to"; "Article 5 commits"
        if is_in_name_list(text, q1, lex):
            return Skip(noun_end)  # the 2 of "Nord Stream 1 and 2", "Sakhalin-1 and 2 projects"
    below = _BELOW_ZERO.match(lower, end) if q1.unit and q2 is None else None
    if below and q1.unit.dimension in ("temperature", "angle"):
        q1.value, end = -q1.value, below.end()  # 40 degrees below zero: minus 40
        noun_end = end
    after_pos = SPACE.match(text, noun_end).end()
    after = lex.after.match(text, lower, after_pos)
    if after and _NUMBER_AHEAD.match(text, after[1]):
        after = None  # "5000 or less than 6000": the cue belongs to the next number
    change, hedge_text = _change(text, start, hedge, verb)
    if change == "=" and q1.words and q1.tokens[0] in MULTIPLYING:
        change = MULTIPLYING[q1.tokens[0]][1]  # output doubled: 2 times up
    if q2 is None and _occasions(lower, q1, hedge, end, verb, lex):
        q1.unit, count = None, "time"  # raised rates 11 times, has netted 15 times: how often
    if change in ("up", "down") and verb and _no_change_of(lower[verb[1] : start], count, q1):
        change, hedge_text = "=", ""  # lost 31,000 soldiers, raised $5 million: no change
    if (
        change in ("up", "down")
        and verb
        and q1.unit is not None
        and q1.unit.dimension == "length"
        and _PLACE_AFTER.match(lower, end)
    ):
        change, hedge_text = "=", ""  # crashed 2 km from the runway: where, not how far down
    if (
        change == ">"
        and lower[hedge[1] : start].strip() == "over"
        and q1.unit is not None
        and q1.unit.dimension == "time"
        and not _over_means_more_than(lower, hedge[1], lex)
        and _PERIOD_AFTER.match(lower, end)
    ):
        change, hedge_text = "=", ""  # invest A$5 billion over two years, a rise over two years
    if q1.vague_high and change == "=":
        change = "~"  # hundreds of troops, several thousand people
        if q1.tokens[0] not in VAGUE_PLURALS:
            hedge_text = hedge_text or " ".join(q1.tokens)  # several, a few
    if after and change in ("=", "~"):
        change = after[0]
        hedge_text = (hedge_text + " \u2026 " if hedge_text else "") + text[after_pos : after[1]]
    elif tail and change in ("=", "~"):
        change = ">"
        hedge_text = (hedge_text + " \u2026 " if hedge_text else "") + tail.group(1)
    if change == "=" and (not hedge_text or hedge_text.lower() in _ADDITIONS):
        gap = _NOUN_GAP.match(text, end).end()
        noun_after = lex.change_after.match(text, lower, gap)
        if not noun_after and q1.unit is not None:
            word = _MODIFIER.match(text, gap)  # a 500,000-bpd production cut, 2% GDP growth
            if word and word.group(1).lower() not in lex.stopwords:
                noun_after = lex.change_after.match(text, lower, word.end())
                if noun_after and lower[word.end() : noun_after[1]] in _COMPARATIVES:
                    noun_after = None  # a six-month high above $91: no noun of change
        if noun_after and _RELATIVE.match(lower, noun_after[1]):
            noun_after = None  # the $60 cap, above which ...: a place, not a change
        if (
            noun_after
            and q1.unit is None
            and lower[gap : noun_after[1]] in ("more", "higher")
            and not _THAN.match(lower, noun_after[1])
        ):
            noun_after = None  # two more proposals, 103 higher education institutions
        if noun_after:
            change = noun_after[0]
        elif (
            q1.unit is not None
            and q1.unit.dimension == "percent"
            and q2 is None
            and (q1.value < 0 or (start and text[start - 1] == "+"))
            and not _LEVEL_BEFORE.search(lower, max(0, start - 20), start)
        ):
            change = "down" if q1.value < 0 else "up"  # 8.4 million tonnes (+11.5%)
        elif lower[start - 3 : start] == "by ":
            change = _verb_in_clause(lower, start, lex)  # increased drilling by 30 percent
    if change == "=" and q1.unit is not None and q1.unit.name == "times" and not q1.per:
        change = _verb_in_clause(lower, start, lex)  # increased poultry exports 3.5 times
    if change == "=" and hedge and lower[hedge[1] - 3 : hedge[1]] == "by ":
        # cut output by a total of 3.66 mb/d, by a further 1.16 million bpd
        change = _verb_in_clause(lower, hedge[1], lex)
    low = value(q1)
    high = value(q2) if q2 is not None else low * q1.vague_high / q1.value if q1.vague_high else low
    unit = q1.unit_name() or count
    scale = q1.scale * (q1.unit.scale if q1.unit else 1.0)
    row = (
        start,
        end,
        text[start:end],
        low,
        high,
        unit,
        scale,
        change,
        hedge_text,
        _kind(q1, count),
    )
    return row, (after[1] if after else end)


# what makes "N times" a multiple: a comparison after it ("2.5 times higher", "twice as
# large", "three times the size of", "four times more", "100 times over")
_COMPARISON_AFTER = re.compile(
    r"[ \t]+(?:as|than|that|the|what|its|their|his|her|our|more|less|fewer|over|above|"
    r"below|compared|"
    r"(?!(?:after|under|other|never|ever|either|whether|together|later|summer|winter|"
    r"september|october|november|december)(?![a-z]))[a-z]{2,}er)(?![a-z])"
)
_TIMES_WORDS = re.compile(r"(?:times|twice|thrice)\Z")
_DASH_GAP = re.compile(r"[ \t]*[\u2013\u2014-]?[ \t]*")
_RATES_BEFORE = re.compile(r"(?<![a-z])rates?[ \t]+\Z")


def _occasions(lower: str, q: Quantity, hedge, end: int, verb, lex: Lexicon) -> bool:
    """Whether "N times" (or "twice") counts occasions, not a multiple: a whole number, with no
    verb of change in its clause ("grew 10 times", "increased poultry exports 3.5 times") but
    one of rates' decisions ("raised rates 11 times", "cut the key rate five times"), no "by"
    ("by almost three times"), no comparison nor noun of change after it ("three times
    higher", "six times its portfolio", "a 2.5 times increase"), no rate ("twice a year") --
    "has netted 15 times in 22 appearances", "he was arrested twice"."""
    if q.unit is None or q.unit.name != "times" or q.per or not q.integer:
        return False
    if not _TIMES_WORDS.search(lower, q.start, q.end) or verb:
        return False
    start = hedge[1] if hedge else q.start
    if lower[max(0, start - 3) : start] == "by ":
        return False
    if _COMPARISON_AFTER.match(lower, end):
        return False
    gap = _DASH_GAP.match(lower, end).end()
    if lex.change_after.match(lower, lower, gap):
        return False  # a 2.5 times increase, "more than four and a half times - increase"
    return _RATES_BEFORE.search(lower, max(0, start - 12), start) or (
        _verb_in_clause(lower, start, lex) == "="
    )


def _by_then_to(lower: str, q1: Quantity, q2: Quantity, hedged, lex: Lexicon) -> bool:
    """A change and the bare level it reached, no range: "by eight years to 63", "rose by 12
    to 57", and a percentage after a change verb, "fell 1.2% to 3,050" ("by 5 to 7 percent",
    the unit written once, stays a range; "rose 2% to 3%" may be one)."""
    if q2.unit is not None or lower[q1.end : q2.start].strip() != "to":
        return False
    start = hedged[1] if hedged else q1.start
    if lower[max(0, start - 3) : start] == "by ":
        if q1.unit is None and (q2.scale != q1.scale or q1.words and q2.words):
            return False  # cut by 10 to 15 thousand, by a third to a half: a range
        return q1.unit is not None or bool(lex.changes.before(lower, start - 3))
    return (
        q1.unit is not None
        and q1.unit.dimension == "percent"
        and bool(lex.changes.before(lower, start))
    )


# A side of a contest that trails, a few words before "A to B": each side's share, the smaller
# first, not a range ("Biden trails Trump 43% to 45%", "Sunak trails Starmer by 21 points among
# likely voters, 25% to 46%", "Harris was behind 44% to 47%"); a leader's share comes first and
# is larger, which join_range already keeps apart ("leads 48% to 44%")
_CONTEST_BEFORE = re.compile(
    r"(?<![a-z])(?:trail|trails|trailed|trailing|behind|beaten|defeated|versus|vs\.?|v\.|"
    r"tied)(?![a-z])[^.;:!?]{0,80}\Z"
)
_SHARE_OF_AFTER = re.compile(r"[ \t]+of(?![a-z])")


def _match_up(lower: str, q1: Quantity, q2: Quantity, lex: Lexicon) -> bool:
    """Whether "A to B" gives the shares or tallies of two sides of a contest named before it
    (see ``_CONTEST_BEFORE``) in percentages, the first maybe without its unit ("43 to 45
    percent"); not a share "of" a whole ("43% to 45% of voters") nor a change ("rose 5% to
    7%"), which stay ranges."""
    if lower[q1.end : q2.start].strip() != "to" or q2.unit is None:
        return False
    if q2.unit.dimension != "percent" or (q1.unit is not None and q1.unit.name != q2.unit.name):
        return False
    if _SHARE_OF_AFTER.match(lower, q2.end) or lex.changes.before(lower, q1.start):
        return False  # 43% to 45% of voters; behind them, prices rose 5% to 7%
    return bool(_CONTEST_BEFORE.search(lower, max(0, q1.start - 100), q1.start))


# what continues a code after two numbers joined by a hyphen: "45-7781-X", "12-345/B"
_CODE_AFTER = re.compile(r"(?:[-/][A-Z0-9]{1,8})+(?![a-z])")
_FOR_RATIO = re.compile(r"-for-(?:\d+|one|two|three|four|five|ten)(?![\w-])")


def _model_number(text: str, q1: Quantity, q2: Quantity) -> bool:
    """A maker's name, then two numbers of three digits or more joined by a hyphen: a model and
    its variant ("Boeing 737-800", "Tupolev 204-300"), no range."""
    return (
        q1.plain
        and q2.plain
        and q1.unit is None
        and q2.unit is None
        and q2.start == q1.end + 1
        and text[q1.end] == "-"
        and q1.value >= 100
        and q2.value >= 100
        and previous_word(text, q1.start)[:1].isupper()
        and not sentence_start(text, q1.start)
    )


# after a year, what makes it the year things are measured against: "below 1990 levels", "at
# 2010 prices", "in 2015 terms"; and, after "in" or "constant", a currency's value of that
# year: "in 2015 dollars" (but "paid 2000 euros" is an amount)
_LEVELS_AFTER = re.compile(r"[ \t]+(?:levels?|prices|terms|baseline)(?![a-z])")
_MONEY_AFTER = re.compile(r"[ \t]+(?:dollars|euros|rubles|roubles|pounds|yen|yuan|money)(?![a-z])")
_MONEY_YEAR_BEFORE = re.compile(r"(?<![a-z])(?:in|constant|real)[ \t]+\Z")
_FOUR_DIGITS = re.compile(r"\d{4}(?![\d,.])")


def _reference_year(text: str, lower: str, q: Quantity) -> bool:
    """Whether ``q`` is a year that things are measured against ("10% below 2019 levels",
    "in 2015 dollars"), which would read as a count of levels or an amount of money."""
    if not q.plain or q.currency_prefix or q.scale != 1.0 or not 1800 <= q.value <= 2100:
        return False
    if not _FOUR_DIGITS.match(text, q.start):
        return False
    end = q.start + 4
    if _LEVELS_AFTER.match(lower, end):
        return True
    return bool(_MONEY_AFTER.match(lower, end)) and bool(
        _MONEY_YEAR_BEFORE.search(lower, max(0, q.start - 10), q.start)
    )


def _year_span(text: str, hedged, q1: Quantity, lex: Lexicon) -> bool:
    """A year after a word that can place it in time ("Over 2022, Russia exported", "around
    2010"): the word does not make the year a quantity, unless a counted noun follows
    ("around 2000 companies")."""
    word = text[hedged[1] : q1.start].strip().lower()
    return word in ("over", "around", "within", "circa", "ca.") and not count_noun(
        text, q1.end, lex
    )


# a word before a signed percentage that makes it a level, not a change: "kept rates at minus
# 0.1%", "fell to -0.05%", "inflation was -0.5%", "revised to -0.3% from -0.2%"
_LEVEL_BEFORE = re.compile(
    r"(?<![a-z])(?:at|to|of|was|were|is|are|stood|remained|unchanged|stayed|hit|reached|from|"
    r"than|versus|vs\.?|against|compared[ \t]+(?:with|to))"
    r"[ \t]+[+\-\u2212]?\Z"
)


def _percent_then_bare(lower: str, q1: Quantity, q2: Quantity) -> bool:
    """A percentage, "to", and a number without a unit ("ticked 3% to 900 units"): a range
    writes its unit once at its end or at both ends, so this is a change and a level."""
    return (
        q1.unit is not None
        and q1.unit.dimension == "percent"
        and q2.unit is None
        and lower[q1.end : q2.start].strip() == "to"
    )


def _tally_of_shares(lower: str, q1: Quantity, q2: Quantity) -> bool:
    """A bare number, "to", and a smaller percentage ("52 to 48 percent"): the larger side's
    share first, with the unit written once; no range, which runs from the smaller."""
    return (
        q1.unit is None
        and q2.unit is not None
        and q2.unit.dimension == "percent"
        and lower[q1.end : q2.start].strip() == "to"
        and q2.value < q1.value <= 100
    )


def _fraction_then_number(q1: Quantity, q2: Quantity) -> bool:
    """A fraction in words before a number ("a quarter to 62 billion", "two-thirds to 1.2
    million") is no range: a share and a level; "a third to a half" stays one."""
    return q1.words and 0 < q1.value < 1 and not (q2.words and 0 < q2.value < 1)


def _verb_in_clause(lower: str, start: int, lex: Lexicon) -> str:
    """The direction of the last change verb among the few words of its sentence before ``by``
    (or the figure), or ``=``."""
    low = max(0, start - 60)
    for stop in _SENTENCE_END.finditer(lower, low, start):
        low = stop.end()
    words = LETTERS.findall(lower, low, start)
    if low and lower[low - 1].isalpha():
        words = words[1:]  # the end of a word cut by the window: "ease" of "increase"
    for word in reversed(words[:-1]):
        if word in lex.change_words:
            return lex.change_words[word]
        if word in ("and", "but", "while", "which", "that"):
            break
    return "="


def _change(text: str, start: int, hedge, verb) -> tuple[str, str]:
    """The change and its cue words: the cue nearest the number decides, an exact cue
    ("just", "only") yielding to a change verb before it ("rose by just 2%")."""
    if hedge and not (verb and hedge[0] == "="):
        return hedge[0], text[verb[1] if verb else hedge[1] : start].strip()
    if verb:
        return verb[0], text[verb[1] : start].strip()
    return "=", ""


# candidates that only read_vague and read_multiplier read: "hundreds", "twice"
_OTHER_WORD = re.compile(
    rf"(?:{'|'.join(VAGUE_PLURALS)}|twice|thrice|{'|'.join(MULTIPLYING)})(?![a-z])"
)
_HYPHEN_BOUND = re.compile(r"[-\u2010\u2011](plus|odd)(?![\w-])")
_BELOW_ZERO = re.compile(r"[ \t]+below[ \t]+(?:zero|freezing)(?![a-z])")
_SCALE_TOKENS = {(word,) for word in SCALE_WORDS}
_DIGIT_BEFORE = re.compile(r"\d[ \t]*\Z")
# "over" a period is the time something took when the clause goes on after it ("invest A$5
# billion over two years.", "Over five years, incomes grew", "over eight months of this year");
# else it is "more than" ("over 20 years have passed", "with over 50 years of experience")
_PERIOD_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|until|from|since|to|in|using|starting|through|"
    r"of[ \t]+(?:this|last|the|next|(?:19|20)\d\d)|beginning|ending|while)(?![a-z])"
)
# words after which "over" a period means "more than": "for over 20 years", "span over 100
# years.", "people over 65 years and"
_MORE_THAN_BEFORE = frozenset(
    "for of in by than after within lasted took with his her their its span spans spanned "
    "spanning spent spend people aged lasting".split()
)
_LAST_TWO_WORDS = re.compile(r"(?:([a-z]+)[ \t]+)?(?<![a-z])([a-z]+)[ \t]*\Z")


def _over_means_more_than(lower: str, over: int, lex: Lexicon) -> bool:
    """Whether the word before "over" (which starts at ``over``) makes it "more than" a period
    ("for over 20 years", "the highest in over 20 years"), unless that word ends a phrasal verb
    of a process ("phased in over 18 months", "rolled out over two years")."""
    two = _LAST_TWO_WORDS.search(lower, max(0, over - 30), over)
    if not two or two.group(2) not in _MORE_THAN_BEFORE:
        return False
    return f"{two.group(1)} {two.group(2)}" not in lex.over_a_period


# Verbs of change that, before people or things counted, say what was lost, found or brought
# up: "lost 31,000 soldiers", "recovered 12 bodies", "raising 15 children" (but "the Dow lost
# 300 points" fell); and before money, what was collected: "raised $5 million in seed
# funding", "helped recover 28.5 billion rubles" (but "lost $2 trillion" fell).
_RAISE = frozenset("raise raises raised raising".split())
_RECOVER = frozenset("recover recovers recovered recovering".split())
_COUNT_NOT_CHANGED = frozenset("lost lose loses losing".split()) | _RAISE | _RECOVER
_MONEY_NOT_CHANGED = _RAISE | _RECOVER


def _no_change_of(verb: str, count: str, q: Quantity) -> bool:
    """Whether the change verb ``verb``, right before the figure ``q`` (its counted noun
    ``count``), takes it as a thing got or lost, not as the size of a change."""
    verb = verb.strip().lower()
    if count:
        return count != "point" and verb in _COUNT_NOT_CHANGED
    if q.unit is None:
        return verb in _RAISE  # raising seven and more children
    return q.unit.dimension == "currency" and verb in _MONEY_NOT_CHANGED


# a distance, then where it is measured from: "fell 2 km from the plant", "crashed 5 miles
# short of the runway", "sank 200 km off the coast"
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:from|away|off|short[ \t]+of|outside|inside|beyond|(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest)(?:[ \t]+of)?)(?![a-z])"
)
_PER_DENOMINATOR = re.compile(r"[ \t]+per[ \t]+([a-z]{3,20})(?![a-z'-])")
# A poll's or a rate's points are percentage points ("leads by 2 points, 46% to 44%", "fell
# three points to 38%"); an index's or a league's are its own ("the Dow fell 300 points", "the
# team finished 12 points behind the leaders").
_POLL_WORDS = re.compile(
    r"%|(?<![a-z])(?:per[ \t]?cent|percent|polls?|polling|survey|surveys|lead|leads|leading|"
    r"approval|rating|ratings|voters|vote|votes|support|ahead|behind|unemployment|jobless|rate|"
    r"rates|yield|yields|inflation)"
    r"(?![a-z])"
)
_INDEX_WORDS = re.compile(
    r"(?<![a-z])(?:index|indices|indexes|dow|nasdaq|s&p|ftse|nikkei|dax|cac|hang[ \t]+seng|"
    r"kospi|sensex|nifty|rts|moex|stoxx|stocks?|shares|futures|basis|game|games|match|goals?|"
    r"score|scored|season|ranking|ranked|team|teams|league|standings|club|clubs|tournament|"
    r"championship|table|title|playoffs?|leaderboard)(?![a-z])"
)


_POINTS = re.compile(r"[ \t-]+(?:a[ \t]+)?points?(?![a-z])")  # 2 points, half a point


def _poll_points(lower: str, start: int) -> bool:
    """Whether the points of the figure at ``start`` are percentage points: its sentence (the
    200 characters around it) speaks of polls or percentages, and of no index or game."""
    low = max(0, start - 200)
    for end in _SENTENCE_END.finditer(lower, low, start):  # not the point of "2.7%"
        low = end.end()
    high = _SENTENCE_END.search(lower, start, start + 200)
    around = lower[low : high.start() if high else start + 200]
    return bool(_POLL_WORDS.search(around)) and not _INDEX_WORDS.search(around)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


# cues of an addition, which change nothing of their own: "by another 4 percent"
_ADDITIONS = ("another", "a further", "an additional", "an extra")
# what follows a verb, not a counted noun, after a name's number: "to", an article or a
# possessive ("Nord Stream 2 aims to deliver", "Sakhalin 2 supplies the")
_VERB_AFTER = re.compile(r"[ \t]+(?:to|the|a|an|its|their|his|her|our)[ \t]")
_ORDINAL_SCALE = re.compile(rf"[ \t-]*(?:hundred|{'|'.join(SCALE_WORDS)})th(?![a-z])")
# what compares, a few words on: "10,000 more people than", "13.5 billion more cubic metres of
# gas compared with"; without it, "two more proposals" are further ones, not a rise
_THAN = re.compile(r"[^.,;:!?]{0,40}?(?<![a-z])(?:than|compared|against|versus)(?![a-z])")
_RELATIVE = re.compile(r"[ \t]+(?:which|whom|where)(?![a-z])")
_COMPARATIVES = frozenset(
    "above below higher lower more less fewer greater bigger larger smaller cheaper".split()
)
_MODIFIER = re.compile(r"([A-Za-z][a-z-]{1,20}|[A-Z]{2,5})[ \t]+")
_NUMBER_AHEAD = re.compile(r"\s*[$\u20ac\u00a3\u00a5]?\s*\d")
_NOUN_GAP = re.compile(r"[ \t\u2010\u2011-]?")


def extract_figures(text: str) -> pd.DataFrame:
    """Every quantity stated in ``text``: value, unit, scale, change and hedge, with offsets.

    Args:
        text: any English text (a sentence or a whole document).

    Returns:
        One row per figure, in text order, with columns ``start``, ``end``, ``surface``
        (``text[start:end] == surface``; the number with its currency, scale, unit and, for a
        range, both ends and any ``between``/``from``; hedge words are not included),
        ``value_low``, ``value_high`` (equal for a point value; the scale is folded in),
        ``unit`` (a name from ``analysis/data/units.yml``, a counted noun, or ``""``),
        ``scale`` (the multiplier applied, 1.0 when none), ``change`` (``=``, ``~``, ``<``,
        ``>``, ``up``, ``down``), ``hedge`` (the cue words as written, or ``""``) and ``kind``
        (``percent``, ``currency``, ``dimension``, ``count`` or ``number``).

    Raises:
        TypeError: when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_figures: expected str, got {type(text).__name__}")
    return _frame(figure_rows(text))


def figure_rows(text: str, *, lower: str | None = None, limit: int | None = None) -> list[tuple]:
    """The rows of :func:`extract_figures` as plain tuples (in ``COLUMNS`` order).

    For callers that gather the figures of many texts into one table: building a DataFrame per
    short text costs more than reading it.

    Args:
        text: any string.
        lower: ``lower_keeping_offsets(text)``, when the caller has it already.
        limit: read no further once this many figures (and a margin of ``_LIMIT_MARGIN``, so
            that ranges and lists near the cut are joined as they are in the whole text) are
            found; a hostile megabyte of "1,1,1," states 500,000 figures at 50 us each.

    Returns:
        One tuple per figure, in text order; more than ``limit`` when the text states more.
    """
    lex = lexicon()
    if lower is None:
        lower = lower_keeping_offsets(text)
    rows = []
    resume = 0
    for pos in candidates(text, lower, lex):
        if pos < resume:
            continue
        found = _figure_at(text, lower, pos, lex, resume)
        if isinstance(found, Skip):
            resume = found.end
            continue
        row, resume = found
        rows.append(row)
        if limit is not None and len(rows) > limit + _LIMIT_MARGIN:
            break
    rows = share_change(text, listed_units(text, merge_bounds(text, rows)))
    rows = elided_nouns(text, elided_rates(text, elided_counts(text, elided_units(text, rows))))
    return pounds_of_weight(text, rows)


# Figures read past a caller's limit: the joins of neighbouring figures (ranges, lists sharing a
# unit, elided nouns) look a few figures ahead, so the first ``limit`` come out as in the whole.
_LIMIT_MARGIN = 64

_DTYPES = {
    "start": "int64",
    "end": "int64",
    "surface": object,
    "value_low": "float64",
    "value_high": "float64",
    "unit": object,
    "scale": "float64",
    "change": object,
    "hedge": object,
    "kind": object,
}


def _frame(rows: list[tuple]) -> pd.DataFrame:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    return pd.DataFrame(
        {
            name: np.array(values, dtype=_DTYPES[name])
            for name, values in zip(COLUMNS, columns, strict=True)
        }
    )
