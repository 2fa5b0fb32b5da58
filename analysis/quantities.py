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
   codes, phone numbers and versions.
5. Last, figures are read together: one with no cue of its own takes the change of the figure
   before it when both state one change ("rose $1.17, or 1.5 percent"), and a scaled number
   compared with a figure takes its unit ("11.3 trillion rubles, versus 8.8 trillion").

``kind`` is ``percent`` (also percentage and basis points), ``currency``, ``dimension`` (a
physical unit: mass, volume, power, energy, time, ... and ``times``), ``count`` (people, or a
counted noun: ``20 countries`` has the unit ``country``, the noun made singular) or ``number``.
A range is a row with ``value_low < value_high``; a bound is a row with ``change`` ``<`` or ``>``.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from analysis.config import read_yaml
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
_MAX_DIGITS = 24  # longer runs of digits are identifiers or noise
_WINDOW = 48  # characters looked at before a number for cues; bounds the work per candidate

# --- number words -----------------------------------------------------------------------------

_SMALL = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1e3,
    "thousandths": 1e3,
    "millionth": 1e6,
    "millionths": 1e6,
    "billionth": 1e9,
    "billionths": 1e9,
    "trillionth": 1e12,
    "trillionths": 1e12,
}
_ARTICLE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", *_DENOMINATORS}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_AND_AFTER = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens"}
_SINGULAR_DENOMINATORS = {w for w in _DENOMINATORS if not w.endswith("s")} | {"half"}
_NUMBER_WORDS = {*_SMALL, "hundred", *_BIG, "dozen", "dozens", *_DENOMINATORS}
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS | {"point"}, key=len, reverse=True)) + ")(?![a-z])"
_WORD_SEQUENCE = re.compile(  # at most 16 words: no spelt-out number in news is longer
    rf"{_WORD}(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:and[ \t]+)?(?:an?[ \t]+)?{_WORD}){{0,15}}+"
)
_LETTERS = re.compile(r"[a-z]+")

# --- digits -----------------------------------------------------------------------------------

_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})++(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})++(?![\d,])|\d++)"
    r"(?:\.\d++)?"
)
_VULGAR = {
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
_URL = re.compile(r"(?:https?://|www\.)\S+")
_MULTI_SEPARATED = re.compile(r"\d+(?:[-./]\d+){2,}")  # dates, IPs, phones, versions
_TIME_OR_SCORE = re.compile(r":\d")
# a comma and one or two digits before a percent sign or a scale word is a decimal comma: a
# thousands separator takes three digits ("12,8%", "$76,12 billion", not "1,234" or "1,2 and 3")
_DECIMAL_COMMA = re.compile(
    r",(\d{1,2})(?![\d,])(?=[ \t]?%|[ \t]+(?:percent|per cent|pct|(?:m|b|tr)illion|mln|bln|bn"
    r"|trln|tn)(?![a-z]))"
)
_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_MIXED_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(\d{1,2})(?![\d/])")
_EXPONENT = re.compile(r"[eE]([-+]?\d{1,2})(?![\w])|\^([-+]{0,2}\d{1,2})(?!\d)")
_GLUED_LETTERS = re.compile(r"[A-Za-z\u00b0\u00b3\u00b2\u00b5\u03bc]+[23]?(?:/[A-Za-z]+)?")
_SPACE = re.compile(r"[ \t\u00a0\u202f]*")
_CLOCK = re.compile(r"[ \t]*(?:a\.m\.|p\.m\.|am|pm|o'clock|o\u2019clock|gmt|utc|msk|hrs)(?![a-z])")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+(?:{_MONTHS})(?![a-z])")
_NAME_NOUNS = frozenset(
    "article articles paragraph paragraphs section sections clause clauses chapter chapters "
    "page pages item items resolution decree no no. nos nos. nr nr. nrs nrs. number part parts "
    "annex appendix line flight route room channel version phase stage block unit point points "
    "vol vol. p. pp. tel fax code grade level group protocol tranche round day session episode "
    "edition issue volume convention camp order law".split()
)
_SYMBOL_BEFORE_NUMBER = re.compile(r"[$\u20ac\u00a3\u00a5\u20bd][ \t]*\d")
_MEASURE_AFTER = re.compile(r"[ \t-]*(?:tall|long|high|deep|wide|above|below|away|under|from)\b")
_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z]{2,}[b-df-hj-np-rtv-z]s|people)\b")  # not is, was
_PER_WORD = re.compile(r"(?:per|an?|each|/)[ \t]*")
_PER_THOUSAND = re.compile(r"(?:1,000|1000|one thousand|thousand)[ \t]+")
_PER_NOUN = re.compile(r"[a-z]{3,20}(?![a-z'-])")
_PER_OTHER = re.compile(r"(?:share|capita|head|unit|barrel|tonne|ton)(?![a-z])")
# an international phone number after its "+": country code, area code, then groups of digits
_PHONE = re.compile(r"\d{1,3}[ \t-]\(?\d{1,5}\)?(?:[ \t.-]\d{2,5}){2,5}")
_SPACED_ORDINAL = re.compile(r"[ \t](?:st|nd|rd|th)(?![a-z])")
_YEAR_ON_YEAR = re.compile(r"[ \t-]+on[ \t-]+year")
# "a year earlier", "a year on," and "a year from now" date something; "a week on a four-week
# basis" and "a day from Ust-Luga" are rates
_TIME_AGO = re.compile(
    r"[ \t]+(?:earlier|ago|before|later|after|since|prior|on(?=[ \t]*(?:[,.;:)]|$))"
    r"|from(?=[ \t]+(?:now|today|then)))(?![a-z])"
)
_RANGE_LINK = re.compile(r"[ \t]*(?:[-\u2010\u2011\u2012\u2013\u2014~]|to|through|thru|and)[ \t]*")

# --- lexicon ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A unit of the vocabulary: normalised name, dimension and the multiplier it carries."""

    name: str
    dimension: str
    scale: float = 1.0


@dataclass
class _Matcher:
    """Whole-word phrase lookup at a position: case-insensitive and as-written forms, with one
    pattern per first character, so a lookup tries only the phrases that can start there."""

    patterns: dict = field(default_factory=dict)  # first character -> pattern on lower-case text
    cased: dict = field(default_factory=dict)  # first character -> pattern on the text as written
    values: dict = field(default_factory=dict)
    cased_values: dict = field(default_factory=dict)

    def match(self, text: str, lower: str, pos: int):
        """Return ``(value, end)`` of the longest phrase starting at ``pos``, else ``None``."""
        best = None
        pattern = self.patterns.get(lower[pos : pos + 1])
        if pattern is not None:
            m = pattern.match(lower, pos)
            if m:
                best = (self.values[_norm_phrase(m.group())], m.end())
        pattern = self.cased.get(text[pos : pos + 1]) if self.cased else None
        if pattern is not None:
            m = pattern.match(text, pos)
            if m and (best is None or m.end() >= best[1]):
                best = (self.cased_values[m.group()], m.end())
        return best


def _norm_phrase(phrase: str) -> str:
    return " ".join(phrase.split())


def _is_cased(form: str) -> bool:
    return form.isalpha() and form.isupper() and len(form) > 1


def _longest_first(forms) -> list[str]:
    return sorted(set(forms), key=len, reverse=True)


def _alternation(forms: list[str], *, reverse: bool = False) -> str:
    """A pattern trying ``forms`` in order, spaces matching any whitespace, words whole."""
    alts = []
    for form in forms:
        body = form[::-1] if reverse else form
        pattern = r"\s+".join(re.escape(part) for part in body.split(" "))
        edge = body[-1]
        alts.append(pattern + (r"(?![^\W_])" if edge.isalnum() else ""))
    return "(?:" + "|".join(alts) + ")"


def _by_first_char(forms) -> dict[str, re.Pattern]:
    groups: dict[str, list[str]] = {}
    for form in _longest_first(forms):
        groups.setdefault(form[0], []).append(form)
    return {char: re.compile(_alternation(group)) for char, group in groups.items()}


def _matcher(entries: dict, written: frozenset = frozenset()) -> _Matcher:
    """Build a matcher from ``{form: value}``; capitals-only forms and the ``written`` ones
    match as written ("Mt" is a megatonne, "mt" a metric ton)."""
    cased = {f: v for f, v in entries.items() if _is_cased(f) or f in written}
    folded = {
        _norm_phrase(f.lower()): v for f, v in entries.items() if not (_is_cased(f) or f in written)
    }
    return _Matcher(_by_first_char(folded), _by_first_char(cased), folded, cased)


class _Tails:
    """What ends the text before a position once up to three spaces or commas are skipped: the
    word there (opening brackets and quotes stripped), or the character when it is no letter or
    digit. The cue lists ask one after another about the same position, so the answer for the
    last string and position asked is remembered (and only that string held)."""

    def __init__(self):
        self.last: tuple = (None, -1, "")

    def key(self, lower: str, pos: int) -> str:
        """The word or character ending the lower-cased text before ``pos`` (``""`` at the
        start of ``lower``)."""
        last = self.last
        if last[1] == pos and last[0] is lower:
            return last[2]
        j = pos - 1
        while j >= 0 and j > pos - 4 and lower[j] in " \t\u00a0,":
            j -= 1
        if j < 0:
            key = ""
        elif lower[j].isalnum():
            key = (
                lower[max(0, j - 16) : j + 1].rsplit(None, 1)[-1].lstrip("([{\"'\u201c\u2018\u00ab")
            )
        else:
            key = lower[j]
        self.last = (lower, pos, key)
        return key


@dataclass
class _Cues:
    """Reversed-text patterns for words written before a number, and their meanings."""

    pattern: re.Pattern
    values: dict
    keys: frozenset  # the lower-cased last words of the cues, and their last characters
    tails: _Tails

    def before(self, lower: str, pos: int, *, written: str | None = None):
        """Return ``(value, start)`` of the cue ending just before ``pos`` (spaces allowed).

        ``written`` is the text as written, for cues that must match with their capitals."""
        last = self.tails.last  # read here, not in a call: this runs five times a candidate
        key = last[2] if last[1] == pos and last[0] is lower else self.tails.key(lower, pos)
        if key not in self.keys:
            return None  # the text before ends with no cue's last word or character
        text = lower if written is None else written
        window = text[max(0, pos - _WINDOW) : pos][::-1]
        m = self.pattern.match(window)
        if not m:
            return None
        phrase = _norm_phrase(m.group(1)[::-1])
        return self.values[phrase], pos - m.end()


def _cues(entries: dict, tails: _Tails, *, space: str = r"\s*", fold: bool = True) -> _Cues:
    forms = {_norm_phrase(f.lower() if fold else f): v for f, v in entries.items()}
    alts = _alternation(_longest_first(forms), reverse=True)
    keys = {f.split()[-1].lower() for f in forms} | {f[-1] for f in forms if not f[-1].isalnum()}
    return _Cues(re.compile(space + "(" + alts + ")"), forms, frozenset(keys), tails)


@dataclass
class Lexicon:
    """Everything the scanner looks up, built once from the data files."""

    units: _Matcher
    glued_units: dict
    scales: _Matcher
    glued_scales: dict
    per: _Matcher
    after: _Matcher
    change_after: _Matcher
    prefixes: _Cues
    cased_prefixes: _Cues
    hedges: _Cues
    changes: _Cues
    signs: _Cues
    openers: _Cues
    articles: _Cues
    months: _Cues
    change_words: dict
    automaton: ahocorasick.Automaton
    stopwords: frozenset


@cache
def lexicon() -> Lexicon:
    """Load the unit vocabulary and cue words (``units.yml``, ``figure_relations.yml``) once.

    Returns:
        The compiled lexicon used by :func:`extract_figures`.

    Raises:
        FileNotFoundError: when a data file is missing from ``analysis/data/``.
    """
    units_doc = read_yaml("units.yml")
    cues_doc = read_yaml("figure_relations.yml")
    units, glued_units, prefixes, cased = {}, {}, {}, set()
    for entry in units_doc["units"]:
        unit = Unit(entry["name"], entry["dimension"], float(entry.get("scale", 1.0)))
        cased.update(entry.get("cased", []))
        for form in entry.get("forms", []) + entry.get("cased", []):
            units.setdefault(form, unit)
        for form in entry.get("glued", []):
            glued_units[form] = unit
        for form in entry.get("prefix", []):
            prefixes[form] = unit
    scales, glued_scales = {}, {}
    for entry in units_doc["scales"].values():
        for form in entry["forms"]:
            scales[form] = float(entry["value"])
        for form in entry.get("glued", []):
            glued_scales[form] = float(entry["value"])
    per = {form: period for period, forms in units_doc["per"].items() for form in forms}
    after = {form: sign for sign, forms in cues_doc["after"].items() for form in forms}
    hedges = {form: sign for sign, forms in cues_doc["before"].items() for form in forms}
    changes, change_after = {}, {}
    for direction, groups in cues_doc["change"].items():
        for verb in groups["verbs"]:
            changes[verb] = direction
            changes[verb + " by"] = direction
        for noun in groups["nouns_before"]:
            changes[noun + " of"] = direction
            changes["an " + noun + " of"] = direction
            changes["a " + noun + " of"] = direction
        for noun in groups["nouns_after"]:
            change_after[noun] = direction
    automaton = ahocorasick.Automaton()
    for word in _NUMBER_WORDS:
        automaton.add_word(f" {word} ", len(word))  # whole words (see _candidates)
    automaton.make_automaton()
    from analysis.text import stopwords

    tails = _Tails()  # shared by the cue lists
    return Lexicon(
        units=_matcher(units, frozenset(cased)),
        glued_units=glued_units,
        scales=_matcher(scales),
        glued_scales=glued_scales,
        per=_matcher(per),
        after=_matcher(after),
        change_after=_matcher(change_after),
        prefixes=_cues({f: u for f, u in prefixes.items() if not _is_cased(f)}, tails),
        cased_prefixes=_cues(
            {f: u for f, u in prefixes.items() if _is_cased(f)}, tails, fold=False
        ),
        hedges=_cues(hedges, tails, space=r"[ \t\u00a0]*"),
        changes=_cues(changes, tails, space=r"[ \t\u00a0]+"),
        signs=_cues({"minus": -1, "negative": -1}, tails, space=r"[ \t]+"),
        openers=_cues(
            {"between": "between", "from": "from", "somewhere between": "between"},
            tails,
            space=r"[ \t]+",
        ),
        articles=_cues({"a": 1, "an": 1, "one": 1}, tails, space=r"[ \t]+"),
        months=_cues(
            {m: m for m in _MONTHS.split("|")} | {m + ".": m for m in _MONTHS.split("|")},
            tails,
            space=r"(?:[ \t]+|[ \t]*,[ \t]*)",
        ),
        automaton=automaton,
        change_words={w: d for w, d in changes.items() if " " not in w and w not in ("up", "down")},
        stopwords=stopwords(),
    )


# --- reading one quantity ---------------------------------------------------------------------


@dataclass(slots=True)
class _Quantity:
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

    def unit_name(self) -> str:
        if self.unit is None:
            return ""
        return f"{self.unit.name} per {self.per}" if self.per else self.unit.name


class _Skip(NamedTuple):
    """A candidate shown not to be a figure; scanning resumes at ``end`` (past a name or date)."""

    end: int


def _read_digits(text: str, pos: int) -> _Quantity | _Skip:
    m = _DIGITS.match(text, pos)
    raw = m.group()
    end = m.end()
    if end - pos > _MAX_DIGITS:
        return _Skip(end)  # an identifier or noise, not a quantity
    plain = raw.isdigit()
    integer = plain or "." not in raw
    value = float(raw) if plain else float("".join(c for c in raw if c.isdigit() or c == "."))
    nxt = text[end] if end < len(text) else ""
    if nxt in ("-", ".", "/"):
        multi = _MULTI_SEPARATED.match(text, pos)
        if multi:
            return _Skip(multi.end())  # 14.02.2019, 192.168.1.2, +1-222-2222
    if nxt == ":" and _TIME_OR_SCORE.match(text, end):
        return _Skip(end + 3)
    comma = _DECIMAL_COMMA.match(text, end) if nxt == "," and plain and end - pos <= 3 else None
    if comma:  # 12,8% and $76,12 billion in copy translated from Russian: decimal commas
        value = float(f"{raw}.{comma.group(1)}")
        return _Quantity(pos, comma.end(), value, integer=False, plain=False)
    frac = _FRACTION.match(text, end) if nxt == "/" else None
    if frac:
        den = int(frac.group(1))
        if not (0 < value < den <= 10 and integer):  # 1/2, 3/4; not 9/11 or 24/7
            return _Skip(frac.end())
        return _Quantity(pos, frac.end(), value / den, integer=False, plain=False)
    exp = _EXPONENT.match(text, end) if nxt in ("e", "E", "^") else None
    if exp:
        power = int((exp.group(1) or exp.group(2)).replace("--", "").replace("+", ""))
        if exp.group(2) is not None:
            if value > 1 and power * math.log10(value) > 300:
                return _Skip(exp.end())  # not a quantity any text states
            value = value**power
        else:
            value = float(f"{value}e{power}")
        return _Quantity(pos, exp.end(), value, integer=False, plain=False)
    if integer and end < len(text) and text[end] in _VULGAR:
        return _Quantity(pos, end + 1, value + _VULGAR[text[end]], integer=False, plain=False)
    mixed = _MIXED_FRACTION.match(text, end) if integer and nxt in (" ", "\t") else None
    if mixed and 0 < int(mixed.group(1)) < int(mixed.group(2)):
        value += int(mixed.group(1)) / int(mixed.group(2))
        return _Quantity(pos, mixed.end(), value, integer=False, plain=False)
    return _Quantity(pos, end, value, integer=integer, plain=plain, digits_end=end)


def _words_value(tokens: list[str]) -> float | None:
    """Value of a sequence of number words (``one hundred and five``, ``two thirds``)."""
    if "point" in tokens:
        i = tokens.index("point")
        whole = _words_value(tokens[:i]) if i else 0.0
        rest = [t for t in tokens[i + 1 :] if t != "and"]
        if whole is None or not rest or any(t not in _SMALL for t in rest):
            return None
        if all(_SMALL[t] < 10 for t in rest):
            digits = "".join(str(_SMALL[t]) for t in rest)
        else:
            digits = str(int(_words_value(rest) or 0))
        return whole + float("0." + digits)
    total, current, since_and, numerator, last_big = 0.0, 0.0, 0.0, None, 0.0
    for i, tok in enumerate(tokens):
        if tok == "and":
            since_and = 0.0
        elif tok in ("a", "an"):
            numerator = 1.0
        elif tok in _SMALL:
            current += _SMALL[tok]
            since_and += _SMALL[tok]
        elif tok == "hundred":
            current = current - since_and + (since_and or 1) * 100
            since_and = (since_and or 1) * 100
            last_big = 0.0
        elif tok in ("dozen", "dozens"):
            if since_and:
                current += since_and * 11
            else:
                current = current * 12 if current else 12.0
            since_and = 0.0
        elif tok in _BIG:
            total += (current or 1) * _BIG[tok]
            current = since_and = 0.0
            last_big = _BIG[tok]
            continue
        elif tok in _DENOMINATORS:
            if not current and total and not numerator and not since_and:
                total, current = 0.0, total / _DENOMINATORS[tok]  # a hundred thousandths
            else:
                num = since_and or numerator or 1.0
                fraction = num / _DENOMINATORS[tok]
                if (
                    last_big
                    and current == since_and
                    and not (i + 1 < len(tokens) and tokens[i + 1] in _BIG)
                ):
                    total += fraction * last_big  # one million and a half
                    current = current - since_and
                else:
                    current = current - since_and + fraction
            since_and = 0.0
        numerator = numerator if tok in ("a", "an") else None
    return total + current


def _read_words(text: str, lower: str, pos: int) -> _Quantity | _Skip:
    m = _WORD_SEQUENCE.match(lower, pos)
    reading = _words_reading(lower[pos : m.end()])
    if isinstance(reading, int):
        return _Skip(pos + reading)
    length, value, ordinal_only, tokens = reading
    integer = value == int(value)
    return _Quantity(
        pos,
        pos + length,
        value,
        words=True,
        integer=integer,
        plain=False,
        ordinal_word=ordinal_only,
        tokens=tokens,
    )


@lru_cache(maxsize=4096)
def _words_reading(words: str) -> tuple[int, float, bool, tuple] | int:
    """The number spelt out at the start of ``words`` (a run of number words, read once per
    distinct run): ``(length, value, ordinal_only, tokens)``, or the length to skip when it is
    no number."""
    tokens, ends = [], []
    for t in _LETTERS.finditer(words):
        tokens.append(t.group())
        ends.append(t.end())
    # "and" joins only after hundred/thousand/... or before a fraction: "ten and fifteen" is two
    for i, tok in enumerate(tokens):
        if (
            tok == "and"
            and i
            and tokens[i - 1] not in _AND_AFTER
            and not any(t in _DENOMINATORS for t in tokens[i + 1 : i + 4])
        ):
            tokens, ends = tokens[:i], ends[:i]
            break
    # a hyphen joins tens and units ("twenty-five") or a fraction ("one-third"); between other
    # numbers it marks a range ("five-seven years")
    for i in range(1, len(tokens)):
        gap = words[ends[i - 1] : ends[i] - len(tokens[i])]
        if "-" in gap and not (
            tokens[i - 1] in _TENS and _SMALL.get(tokens[i], 10) < 10 or tokens[i] in _DENOMINATORS
        ):
            tokens, ends = tokens[:i], ends[:i]
            break
    # a singular ordinal after a number greater than one is an ordinal ("two millionth")
    for i, tok in enumerate(tokens):
        if i and tok in _SINGULAR_DENOMINATORS and tok != "half":
            prev = tokens[i - 1]
            if prev in _SMALL and _SMALL[prev] > 1:
                tokens, ends = tokens[:i], ends[:i]
                break
    while tokens and tokens[-1] in ("point", "and", "a", "an"):
        tokens.pop()
        ends.pop()
    if not tokens:
        return len(words)
    value = _words_value(tokens)
    if value is None:
        return ends[-1]
    return ends[-1], value, all(t in _DENOMINATORS for t in tokens), tuple(tokens)


def _read_glued(text: str, lower: str, q: _Quantity, lex: Lexicon, currency: bool) -> _Skip | None:
    """Read a scale or unit written right after the digits (``10k``, ``75ml``, ``5bn``)."""
    m = _GLUED_LETTERS.match(text, q.end)
    if not m:
        return None
    run = m.group()
    after = m.end()
    if after < len(text) and (text[after].isalnum() or text[after] == "_"):
        return _Skip(after)
    if run == "m" and not currency and not _MEASURE_AFTER.match(text, after):
        currency = not q.plain or bool(_NOUN_AFTER.match(text, after))  # 1.5m, 3m people
    if run in lex.glued_scales and (currency or run[0].isupper() or run in ("k", "b")):
        q.scale, q.end = lex.glued_scales[run], after
        return None
    scale = lex.scales.match(text, lower, q.end)
    if scale and scale[1] == after:
        q.scale, q.end = scale[0], after
        return None
    unit = lex.glued_units.get(run)
    if unit is None:
        found = lex.units.match(text, lower, q.end)
        unit = found[0] if found and found[1] == after else None
    if unit is None:
        return _Skip(after)  # an ordinal, a decade or a code: 21st, 1990s, 3D, 5G
    q.unit, q.end = unit, after
    return None


def _read_suffix(text: str, lower: str, q: _Quantity, lex: Lexicon) -> None:
    """Extend ``q`` with a spaced scale word, a unit and a rate (``per day``)."""
    pos = _SPACE.match(text, q.end).end()
    if q.scale == 1.0 and (q.unit is None or q.currency_prefix):
        hyphen = pos == q.end and pos < len(text) and text[pos] in "-\u2010\u2011"
        scale = lex.scales.match(text, lower, pos + 1 if hyphen else pos)  # $5.5-billion
        if scale and q.unit is None and not hyphen:
            whole = lex.units.match(text, lower, pos)
            if whole and whole[1] > scale[1] and " per " not in whole[0].name:
                scale = None  # "22.6 mln t": a unit that carries its scale, read whole below
        if scale and not (q.words and q.value >= 1000 and scale[0] < 1000):
            q.scale, q.end = scale[0], scale[1]
            pos = _SPACE.match(text, q.end).end()
    if q.unit is None:
        hyphen = pos == q.end and pos < len(text) and text[pos] in "-\u2010\u2011"
        start = pos + 1 if hyphen else pos
        unit = lex.units.match(text, lower, start)
        if unit and unit[0].name == "year" and _YEAR_ON_YEAR.match(lower, start + 4):
            unit = None  # 104.5 year on year
        if unit and not _SYMBOL_BEFORE_NUMBER.match(text, start):
            q.unit, q.end = unit[0], unit[1]
    if q.unit is not None:
        _read_per(text, lower, q, lex)


def _is_time_ago(lower: str, start: int, end: int) -> bool:
    """Whether the period at ``start``..``end`` dates something ("5% a year earlier", "a day
    on"); a rate written "per day", "/d" or "daily" never does ("42 mcm per day on Monday")."""
    if lower.startswith(("per", "/"), start) or lower.endswith("ly", start, end):
        return False
    return bool(_TIME_AGO.match(lower, end))


_OF_WORDS = re.compile(r"of((?:[ \t]{1,3}[A-Za-z][A-Za-z-]{0,20}){1,3})")
_WORD_END = re.compile(r"[A-Za-z][A-Za-z-]*")


def _period_after_what(text: str, lower: str, q: _Quantity, pos: int, lex: Lexicon) -> bool:
    """Read a rate written after what is measured, up to three words: "38 billion cubic metres
    of gas a year", "55 bcm of Russian natural gas annually". True when one was read."""
    m = _OF_WORDS.match(text, pos)
    if not m:
        return False
    for word in _WORD_END.finditer(text, m.start(1), m.end(1)):
        at = _SPACE.match(text, word.end()).end()
        period = lex.per.match(text, lower, at)
        if period and not _is_time_ago(lower, at, period[1]):
            q.per, q.end = period[0], period[1]
            return True
    return False


_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def _read_per(text: str, lower: str, q: _Quantity, lex: Lexicon) -> None:
    pos = _SPACE.match(text, q.end).end()
    period = lex.per.match(text, lower, pos)
    if period and not _is_time_ago(lower, pos, period[1]):
        q.per, q.end = period[0], period[1]
        return
    if q.unit.dimension in ("volume", "mass", "energy") and lower.startswith("of", pos):
        if _period_after_what(text, lower, q, pos, lex):
            return
    m = _PER_WORD.match(lower, pos)
    if not m or m.end() == pos:
        return
    upos = m.end()
    thousand = _PER_THOUSAND.match(lower, upos)
    if thousand:
        upos = thousand.end()
    unit = lex.units.match(text, lower, upos)
    if unit and unit[0].dimension in ("mass", "volume", "energy", "count", "length", "area"):
        # a unit carrying a scale keeps it in the rate: $10 per mmBtu is per million Btu
        scale = "thousand" if thousand else _SCALE_NAMES.get(unit[0].scale, "")
        q.per = (scale + " " if scale else "") + unit[0].name
        q.end = unit[1]
        return
    other = _PER_OTHER.match(lower, upos)
    if other and q.unit.dimension == "currency":
        q.per, q.end = other.group(), other.end()
    elif q.unit.dimension == "currency" and m.group().startswith("per") and not thousand:
        # a price per anything counted: "$6.5 million per voyage", "$2 per share"
        noun = _PER_NOUN.match(lower, upos)
        if (
            noun
            and noun.group() not in lex.stopwords
            and noun.group() not in _NUMBER_WORDS
            and not lex.units.match(text, lower, upos)  # not "$5 per cent"
        ):
            q.per, q.end = _singular(noun.group()), noun.end()


def _prefix_currency(text: str, lower: str, q: _Quantity, lex: Lexicon, floor: int) -> None:
    found = lex.prefixes.before(lower, q.start) or lex.cased_prefixes.before(
        lower, q.start, written=text
    )
    if found and found[1] >= floor:
        q.unit, q.start, q.currency_prefix = found[0], found[1], True


def _read_quantity(
    text: str, lower: str, pos: int, lex: Lexicon, floor: int = 0
) -> _Quantity | _Skip:
    """Read number, scale, unit and rate starting at ``pos`` (a digit or a number word)."""
    if text[pos] in _VULGAR:
        q = _Quantity(pos, pos + 1, _VULGAR[text[pos]], integer=False, plain=False)
        _prefix_currency(text, lower, q, lex, floor)
    elif "0" <= text[pos] <= "9":
        q = _read_digits(text, pos)
        if isinstance(q, _Skip):
            return q
        if q.plain and pos and text[pos - 1] == "." and (pos < 2 or not text[pos - 2].isalnum()):
            q.start, q.integer, q.plain = pos - 1, False, False
            q.value = float("0." + text[pos : q.end]) if q.end - pos < 20 else q.value
        _prefix_currency(text, lower, q, lex, floor)
        skip = _read_glued(text, lower, q, lex, q.currency_prefix)
        if skip:
            return skip
    else:
        q = _read_words(text, lower, pos)
        if isinstance(q, _Skip):
            return q
        article = lex.articles.before(lower, q.start)
        if article and lower[article[1]] == "a" and q.tokens[0] in _ARTICLE_WORDS:
            q.start = article[1]
            q.ordinal_word = False
        _prefix_currency(text, lower, q, lex, floor)
    sign = lex.signs.before(lower, q.start)
    if sign:
        q.start, q.value = sign[1], -q.value
    elif (
        q.start
        and text[q.start - 1] in "-\u2212"
        and (q.start < 2 or text[q.start - 2] in " \t\n(<>=\u2264\u2265~")
    ):
        q.start, q.value = q.start - 1, -q.value
    _read_suffix(text, lower, q, lex)
    if q.unit is not None and q.unit.dimension == "currency" and q.scale == 1.0 and not q.per:
        scale = lex.scales.match(text, lower, _SPACE.match(text, q.end).end())
        if scale and scale[0] >= 1e3:
            q.scale, q.end = scale[0], scale[1]
    if q.unit is not None and q.unit.name == "pound" and (q.scale > 1 or q.currency_prefix):
        q.unit = Unit("GBP", "currency")
    return q


# --- from quantities to figures ---------------------------------------------------------------

_PREV_WORD = re.compile(r"[ \t]+([A-Za-z.'\u2019-]*[A-Za-z])")
_NEXT_WORDS = re.compile(  # a word, or an acronym (three LNG trains), then maybe the noun
    r"[ \t]+([A-Z]{2,6}(?![A-Za-z])|[A-Za-z][a-z-]*[a-z])(?:[ \t]+([a-z][a-z-]*[a-z]))?"
)
_CURRENCY_AHEAD = re.compile(
    r"(?:[A-Za-z]{0,3}[$\u20ac\u00a3\u00a5\u20bd]|[\u20ac\u00a3\u00a5\u20bd$])[ \t]*"
)
_IRREGULAR_PLURALS = frozenset(
    "people children men women staff personnel police aircraft troops cattle sheep fish deer "
    "livestock crew media".split()
)
_SENTENCE_END = ".!?\n:;"
_QUOTES = "\"'\u2018\u2019\u201c\u201d([\u00ab\u00bb "


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and j > pos - 8 and text[j] in _QUOTES:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _previous_word(text: str, pos: int) -> str:
    m = _PREV_WORD.match(text[max(0, pos - 30) : pos][::-1])
    return m.group(1)[::-1] if m else ""


def _is_plural_noun(word: str, stop: frozenset) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in stop
    )


def _count_noun(text: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return None
    first, second = m.group(1), m.group(2)
    stop = lex.stopwords
    if first.lower() in stop or first.lower() in _MONTH_SET:
        return None
    if first[0].islower() and _is_plural_noun(first, stop):
        return _singular(first), m.end(1)
    if second and _is_plural_noun(second, stop) and not first.endswith(("ly", "ing")):
        return _singular(second), m.end(2)
    return None


_HYPHEN_NOUN = re.compile(r"-([a-z]{3,16})(?![\w-])")
_NOT_HYPHEN_NOUNS = frozenset("strong odd plus nil something ish".split())


def _hyphen_noun(text: str, q1: _Quantity, q2, end: int) -> tuple[str, int] | None:
    """The noun of a count written as an adjective: "the 14-member OPEC", "a 27-nation bloc"
    (digits only: "six-party talks" is a name, and "5,000-strong" no noun)."""
    if q2 is not None or q1.words or not q1.integer or _is_year(q1):
        return None  # a 2022-era tanker: a year
    m = _HYPHEN_NOUN.match(text, end)
    if not m or m.group(1) in _NOT_HYPHEN_NOUNS or m.group(1) in _NUMBER_WORDS:
        return None
    return m.group(1), m.end()


_SINGULARS = {"people": "person", "children": "child", "men": "man", "women": "woman"}


def _singular(noun: str) -> str:
    """The counted noun as a unit name: singular, like the vocabulary (countries -> country)."""
    if noun in _SINGULARS or noun in _IRREGULAR_PLURALS:
        return _SINGULARS.get(noun, noun)
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes", "zes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


_MONTH_SET = frozenset(_MONTHS.split("|"))
_YEAR_WORDS = (
    frozenset(
        "in since by until till from to of before after during for through year years and or "
        "between early late mid end the fiscal fy spring summer autumn fall winter around".split()
    )
    | _MONTH_SET
)


def _is_year(q: _Quantity) -> bool:
    return (
        q.plain
        and q.unit is None
        and q.scale == 1.0
        and 1800 <= q.value <= 2100
        and (q.end - q.start == 4)
    )


def _is_lone_year(text: str, lower: str, q: _Quantity, lex: Lexicon, hedged: bool) -> bool:
    """A year with no range, hedge (``hedged``: one is written before it) or counted noun after
    it ("in 2019", not "2019 tonnes")."""
    if _RANGE_LINK.match(lower, q.end) or hedged:
        return False
    noun = _count_noun(text, q.end, lex)
    if noun and lex.change_after.match(text, lower, _SPACE.match(text, q.end).end()):
        return True  # 2024 gains, 2023 cuts: the year of a change, not a count of changes
    return not (noun and _previous_word(text, q.start).lower() not in _YEAR_WORDS)


def _is_date_or_code(text: str, lower: str, q: _Quantity, pos: int, lex: Lexicon) -> bool:
    """Class rules for digits that are not figures, judged before any unit is known."""
    before = text[pos - 1] if pos else " "
    if not q.currency_prefix and (before.isalpha() or before in "#\u2116_"):
        return True  # G20, MH17, #5
    if before in "-\u2010\u2011\u2013\u2014" and pos >= 2 and text[pos - 2].isalnum():
        return True  # Sakhalin-2, COVID-19, Su-57, mid-2019, a 3-1 score
    if q.plain and _SPACED_ORDINAL.match(lower, q.digits_end):
        return True  # the 60 th anniversary
    if q.plain and q.value <= 31:
        if _MONTH_AFTER.match(lower, q.digits_end):
            return True  # 14 February
        month = lex.months.before(lower, q.start)
        if month and (month[0] != "may" or text[month[1]] == "M"):
            return True  # February 14
    leading_zero = q.plain and text[pos] == "0" and q.digits_end - pos > 1
    if q.plain and q.unit is None and (_CLOCK.match(lower, q.end) or leading_zero):
        return True  # 8 pm, 0900 GMT
    digits_end = q.digits_end if q.plain else -1
    if 0 < digits_end + 1 < len(text) and text[digits_end] in ".)" and q.value < 100:
        line_start = text.rfind("\n", max(0, pos - 12), pos) + 1
        if (
            (line_start or pos < 12)
            and not text[line_start:pos].strip()
            and text[digits_end + 1].isspace()
        ):
            return True  # list marker
    return False


def _is_name_number(text: str, q: _Quantity, lex: Lexicon) -> bool:
    """Nord Stream 2, Article 5, Boeing 737: a bare integer after a name or a numbering noun."""
    if not q.plain or q.unit is not None or q.scale != 1.0 or q.currency_prefix:
        return False
    word = _previous_word(text, q.start)
    if not word:
        return False
    if word.lower() in _NAME_NOUNS or word == "No":
        return True  # Article 5, No 10
    # a capital anywhere in the word before: Nord Stream 2, Boeing 737, iPhone 12
    return any(c.isupper() for c in word) and word.lower() not in lex.stopwords


def _words_not_a_figure(text: str, lower: str, q: _Quantity, hedged: bool) -> bool:
    if text[q.start].isupper() and not _sentence_start(text, q.start):
        return True  # Formula One, the Group of Seven
    if _previous_word(text, q.start).lower() in _NAME_NOUNS:
        return True  # day two, phase one
    if (
        q.unit is None
        and _HYPHEN_WORD.match(lower, q.end)
        and not _WORD_SEQUENCE.match(lower, q.end + 1)
    ):
        return True  # two-way, six-party talks, a half-century
    if (
        q.unit is not None
        and q.unit.dimension == "time"
        and len(q.tokens) == 1
        and q.tokens[0] in _SINGULAR_DENOMINATORS
        and q.tokens[0] not in ("half", "quarter")
    ):
        return True  # for a seventh week, a third year: ordinals, not a seventh of a week
    if hedged or q.unit is not None or q.scale != 1.0:
        return False
    if q.tokens and q.tokens[0] in _AND_AFTER and lower[q.start] != "a":
        return True  # several hundred, dozens
    if q.tokens == ("one",):
        return not _RATIO_LINK.match(lower, q.end)  # one of, no one; but one in five
    if q.ordinal_word:
        following = lower[q.end : q.end + 4]
        previous = lower[max(0, q.start - 7) : q.start].split()[-1:]
        if q.tokens == ("half",) and lower[max(0, q.start - 3) : q.start] == "by ":
            return False  # cut by half
        if q.tokens == ("half",) and following.startswith((" of", " a ")):
            return previous in (["the"], ["first"], ["second"], ["latter"], ["former"])
        return True  # the third, the first quarter
    if q.tokens and q.tokens[-1] in _SINGULAR_DENOMINATORS and q.tokens[-1] != "half":
        return not lower.startswith((" of", ",", ".", " million", " billion"), q.end) and (
            q.end < len(lower)
        )
    return False


_SPAN_WORDS = frozenset("first last past next previous final recent coming".split())


def _quarters_of_a_year(text: str, q: _Quantity, lex: Lexicon) -> None:
    """After "first", "last", "past", ... "three quarters" are three quarters of a year, not
    three fourths ("in the first three quarters of 2018")."""
    if q.tokens[0] in _SMALL and _previous_word(text, q.start).lower() in _SPAN_WORDS:
        q.value, q.integer = float(_SMALL[q.tokens[0]]), True
        q.unit = lex.units.match("quarters", "quarters", 0)[0]


def _is_change_to_level(lower: str, q1: _Quantity, q2: _Quantity, hedged, lex: Lexicon) -> bool:
    """After a change verb, "X to Y" with both units written is the change and the level it
    reached when Y is far bigger than X: a range's ends are of one size ("grew 2% to 3%" may be
    a range; "fell 200 kb/d to 102 mb/d" and "rose 5% to 80 percent" are not)."""
    if q1.unit is None or q2.unit is None or lower[q1.end : q2.start].strip() != "to":
        return False
    if _value(q2) < 5 * _value(q1):
        return False
    return bool(lex.changes.before(lower, hedged[1] if hedged else q1.start))


def _read_range_end(text: str, lower: str, q1: _Quantity, lex: Lexicon, opener: str | None):
    link = _RANGE_LINK.match(lower, q1.end)
    if not link:
        return None
    word = link.group().strip()
    if word == "and" and opener != "between":
        return None
    if word in ("to", "through", "thru") and opener == "between":
        return None
    pos = link.end()
    ahead = _CURRENCY_AHEAD.match(text, pos)
    num = ahead.end() if ahead else pos
    if num >= len(text):
        return None
    if not "0" <= text[num] <= "9":
        m = _WORD_SEQUENCE.match(lower, num)
        if not m or (num and lower[num - 1].isalpha()):
            return None
    q2 = _read_quantity(text, lower, num, lex, q1.end)
    if isinstance(q2, _Skip) or (q2.words and q2.tokens[0] in _AND_AFTER):
        return None  # "5 - million" is not a range ending at a million
    return q2


def _join_range(q1: _Quantity, q2: _Quantity) -> bool:
    """Make ``q1``..``q2`` a range when units agree and the ends are in order."""
    if (
        q1.unit is not None
        and q2.unit is not None
        and (q1.unit.name != q2.unit.name or (q1.per and q2.per and q1.per != q2.per))
    ):
        return False  # 5% to $1.45 billion; but "$60 to $70 per barrel" shares the rate
    if _is_year(q1) or _is_year(q2):
        return False  # 2016-2017, "in 2002 to 24.3 billion euros"
    unit = q1.unit or q2.unit
    per = q1.per or q2.per
    scale = q1.scale
    if scale == 1.0 and q2.scale > 1.0 and q1.value <= q2.value:
        scale = q2.scale
    unit_scale = unit.scale if unit else 1.0
    low = q1.value * scale * (q1.unit.scale if q1.unit else unit_scale)
    high = q2.value * q2.scale * (q2.unit.scale if q2.unit else unit_scale)
    if not low < high:
        return False
    q1.unit, q1.per, q1.scale = unit, per, scale
    if q2.unit is None:
        q2.unit, q2.per = unit, per
    return True


def _value(q: _Quantity) -> float:
    return q.value * q.scale * (q.unit.scale if q.unit else 1.0)


def _kind(q: _Quantity, count: str) -> str:
    if q.unit is None:
        return "count" if count else "number"
    dimension = q.unit.dimension
    if dimension in ("percent", "currency", "count"):
        return dimension
    return "dimension"


def _figure_at(text: str, lower: str, pos: int, lex: Lexicon, floor: int):
    """Read the figure at candidate ``pos``: ``(row, resume)``, or a ``_Skip``."""
    if pos and text[pos - 1] == "+":
        phone = _PHONE.match(text, pos)
        if phone:
            return _Skip(phone.end())  # +7 (495) 719-30-01
    q1 = _read_quantity(text, lower, pos, lex, floor)
    if isinstance(q1, _Skip):
        return q1
    if not q1.words and _is_date_or_code(text, lower, q1, pos, lex):
        return _Skip(q1.end)
    hedged = lex.hedges.before(lower, q1.start)
    if q1.words and _words_not_a_figure(text, lower, q1, bool(hedged) or q1.value < 0):
        return _Skip(q1.end)
    if q1.words and q1.tokens[-1] == "quarters" and len(q1.tokens) == 2:
        _quarters_of_a_year(text, q1, lex)
    if (
        _is_year(q1)
        and not q1.currency_prefix
        and _is_lone_year(text, lower, q1, lex, bool(hedged))
    ):
        return _Skip(q1.end)  # decided early: years are the commonest candidates in news
    opener = lex.openers.before(lower, q1.start)
    q2 = _read_range_end(text, lower, q1, lex, opener[0] if opener else None)
    if q2 is not None and q2.plain and q2.value <= 31 and _MONTH_AFTER.match(lower, q2.digits_end):
        return _Skip(q2.end)  # 28-30 June
    if q2 is not None and opener and opener[0] == "from" and lex.changes.before(lower, opener[1]):
        _share_unit(q1, q2)
        q2 = None  # rose from 76 to 88 percent: two levels, not a range
    elif q2 is not None and _is_change_to_level(lower, q1, q2, hedged, lex):
        q2 = None  # fell 200 kb/d to 102 mb/d: a change and the level it reached
    if q2 is not None and not _join_range(q1, q2):
        if _is_year(q1) and _is_year(q2):
            return _Skip(q2.end)
        if q1.plain and q2.plain and q1.unit is None and text[q1.end] in "-\u2013:":
            return _Skip(q2.end)  # a score: won 3-1
        if opener and opener[0] == "from":
            _share_unit(q1, q2)  # cut from $60 to $45 per barrel: two prices per barrel
        q2 = None
    elif q2 is not None and q1.unit is not None and not q2.per:
        _read_per(text, lower, q2, lex)  # $25-35 per barrel: the rate is written once
        q1.per = q1.per or q2.per
    if q2 is None and q1.unit is None and q1.integer and q1.scale == 1.0:
        _read_ratio(text, lower, q1, lex)  # one in five, 2 out of 3
    if q2 is None and q1.unit is not None and q1.unit.name in _SUBUNITS:
        _read_subunit(text, lower, q1, lex)  # 5 feet 2 inches, 3 dollars 50 cents
    start = opener[1] if q2 is not None and opener else q1.start
    end = q2.end if q2 is not None else q1.end
    hedge = hedged if start == q1.start else lex.hedges.before(lower, start)
    verb = lex.changes.before(lower, hedge[1] if hedge else start)
    count, noun_end = "", end
    if q1.unit is None:
        noun = _count_noun(text, end, lex) or _hyphen_noun(text, q1, q2, end)
        count, noun_end = noun if noun else ("", end)
    if q2 is None and not hedge and not q1.currency_prefix:
        if _is_year(q1) and not (count and _previous_word(text, start).lower() not in _YEAR_WORDS):
            return _Skip(end)
        if _is_name_number(text, q1, lex) and not count:
            return _Skip(end)
    after_pos = _SPACE.match(text, noun_end).end()
    after = lex.after.match(text, lower, after_pos)
    if after and _NUMBER_AHEAD.match(text, after[1]):
        after = None  # "5000 or less than 6000": the cue belongs to the next number
    change, hedge_text = _change(text, start, hedge, verb)
    if after and change in ("=", "~"):
        change = after[0]
        hedge_text = (hedge_text + " \u2026 " if hedge_text else "") + text[after_pos : after[1]]
    if change == "=" and not hedge_text:
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
        if noun_after:
            change = noun_after[0]
        elif (
            q1.unit is not None
            and q1.unit.dimension == "percent"
            and q2 is None
            and (q1.value < 0 or (start and text[start - 1] == "+"))
        ):
            change = "down" if q1.value < 0 else "up"  # 8.4 million tonnes (+11.5%)
        elif lower[start - 3 : start] == "by ":
            change = _verb_in_clause(lower, start, lex)  # increased drilling by 30 percent
    low = _value(q1)
    high = _value(q2) if q2 is not None else low
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


_SUBUNITS = {
    "foot": ("inch", 12.0),
    "USD": ("cent", 100.0),
    "EUR": ("cent", 100.0),
    "GBP": ("pence", 100.0),
}
_SUBUNIT_NUMBER = re.compile(r"[ \t]+(?:and[ \t]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?!\w|[.,]\d)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$|tall|long|high)")


def _read_subunit(text: str, lower: str, q: _Quantity, lex: Lexicon) -> None:
    """Add a smaller unit written after the first: "5 feet 2 inches", "13 dollars and 45 cents".

    The second number counts only with its unit, or alone at the end of a clause after a
    currency written as a word ("15 dollars 50.").
    """
    if q.scale != 1.0 or q.per:
        return
    m = _SUBUNIT_NUMBER.match(lower, q.end)
    if not m:
        return
    raw = m.group(1)
    value = float(raw) if raw.isdigit() else _words_value(re.split(r"[ -]", raw))
    if value is None or not 0 < value < _SUBUNITS[q.unit.name][1]:
        return
    unit = lex.units.match(text, lower, _SPACE.match(text, m.end()).end())
    subunit, parts = _SUBUNITS[q.unit.name]
    if unit and unit[0].name == subunit:
        end = unit[1]
    elif (
        q.unit.name == "foot"
        and lower.startswith(" in", m.end())
        and _CLAUSE_END.match(lower, m.end() + 3)
    ):
        end = m.end() + 3  # 5 ft 2 in
    elif (
        q.unit.dimension == "currency"
        and not q.currency_prefix
        and _CLAUSE_END.match(lower, m.end())
    ):
        end = m.end()
    else:
        return
    q.value += value / parts
    q.end = end
    q.integer = False


_RATIO_LINK = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?=[\da-z])")


def _read_ratio(text: str, lower: str, q: _Quantity, lex: Lexicon) -> None:
    """Make ``q`` the ratio N/M of "N in M" or "N out of M" (N < M, M not a year)."""
    link = _RATIO_LINK.match(lower, q.end)
    if not link:
        return
    pos = link.end()
    if not ("0" <= text[pos] <= "9" or _WORD_SEQUENCE.match(lower, pos)):
        return
    den = _read_digits(text, pos) if "0" <= text[pos] <= "9" else _read_words(text, lower, pos)
    if isinstance(den, _Skip) or _is_year(den) or not (0 < q.value < den.value):
        return
    if not den.integer or lex.units.match(text, lower, _SPACE.match(text, den.end).end()):
        return  # 3 in 5 years is not a ratio
    q.value, q.end, q.integer, q.plain = q.value / den.value, den.end, False, False


def _share_unit(q1: _Quantity, q2: _Quantity) -> None:
    """Give ``q1`` the unit written once after ``q2`` ("from 76 to 88 percent")."""
    if q1.unit is not None and q2.unit is not None and q1.unit.name == q2.unit.name:
        q1.per = q1.per or q2.per  # from $60 to $70 per barrel
    if q1.unit is None and q2.unit is not None and not _is_year(q1):
        q1.unit, q1.per = q2.unit, q2.per
        if q1.scale == 1.0 and q1.value <= q2.value:
            q1.scale = q2.scale


def _verb_in_clause(lower: str, start: int, lex: Lexicon) -> str:
    """The direction of the last change verb among the few words before ``by``, or ``=``."""
    words = _LETTERS.findall(lower, max(0, start - 60), start)
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


def _merge_bounds(text: str, rows: list[tuple]) -> list[tuple]:
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


def _share_change(text: str, rows: list[tuple]) -> list[tuple]:
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


def _elided_units(text: str, rows: list[tuple]) -> list[tuple]:
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
_RELATIVE = re.compile(r"[ \t]+(?:which|whom|where)(?![a-z])")
_COMPARATIVES = frozenset(
    "above below higher lower more less fewer greater bigger larger smaller cheaper".split()
)
_MODIFIER = re.compile(r"([A-Za-z][a-z-]{1,20}|[A-Z]{2,5})[ \t]+")
_NUMBER_AHEAD = re.compile(r"\s*[$\u20ac\u00a3\u00a5]?\s*\d")
_HYPHEN_WORD = re.compile(r"-[a-z]")
_NOUN_GAP = re.compile(r"[ \t\u2010\u2011-]?")


# The scan for candidates reads the lower-cased text as one byte a character (Latin-1, "?" for
# the rest), translated: digits and the Latin-1 fractions to 1 (else 0) for numpy, and letters
# a-z kept, other letters to "j" (in no number word) and the rest to spaces for the automaton.
_DIGIT_BYTES = bytes(chr(b) in "0123456789" or chr(b) in _VULGAR for b in range(256))
_WIDE_VULGAR = [char for char in _VULGAR if ord(char) > 0xFF]
_WORD_BYTES = bytes(
    b if 97 <= b <= 122 else ord("j") if chr(b).isalpha() else ord(" ") for b in range(256)
)


def _digit_starts(text: str, latin: bytes) -> list[int]:
    """Where runs of ASCII digits (or a vulgar fraction) start in ``text``, found with numpy on
    ``latin`` (its lower-cased Latin-1 bytes), not with Python."""
    digit = np.frombuffer(latin.translate(_DIGIT_BYTES), dtype=bool)
    wide = [char for char in _WIDE_VULGAR if char in text] if not text.isascii() else []
    if wide:
        digit = digit.copy()
        for char in wide:
            pos = text.find(char)
            while pos >= 0:
                digit[pos] = True
                pos = text.find(char, pos + 1)
    first = digit.copy()
    first[1:] &= ~digit[:-1]
    return np.flatnonzero(first).tolist()


def _candidates(text: str, lower: str, lex: Lexicon) -> list[int]:
    latin = lower.encode("latin-1", "replace")
    starts = _digit_starts(text, latin)
    n = len(lower)
    words = " " + latin.translate(_WORD_BYTES).decode("ascii") + " "
    for last, length in lex.automaton.iter(words):  # " seven " ends at ``last`` in ``words``
        start = last - length - 1
        end = start + length
        if (start == 0 or not lower[start - 1].isalpha()) and (
            end >= n or not lower[end].isalpha()
        ):
            starts.append(start)
    if "://" in text or "www." in lower:
        urls = [m.span() for m in _URL.finditer(text)]
        ends = [b for _, b in urls]
        starts = [p for p in starts if not _inside(p, urls, ends)]
    starts.sort()
    return starts


def _inside(pos: int, spans: list[tuple[int, int]], ends: list[int]) -> bool:
    i = bisect.bisect_right(ends, pos)
    return i < len(spans) and spans[i][0] <= pos


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


def figure_rows(text: str, *, lower: str | None = None) -> list[tuple]:
    """The rows of :func:`extract_figures` as plain tuples (in ``COLUMNS`` order).

    For callers that gather the figures of many texts into one table: building a DataFrame per
    short text costs more than reading it.

    Args:
        text: any string.
        lower: ``lower_keeping_offsets(text)``, when the caller has it already.

    Returns:
        One tuple per figure, in text order.
    """
    lex = lexicon()
    if lower is None:
        lower = lower_keeping_offsets(text)
    rows = []
    resume = 0
    for pos in _candidates(text, lower, lex):
        if pos < resume:
            continue
        found = _figure_at(text, lower, pos, lex, resume)
        if isinstance(found, _Skip):
            resume = found.end
            continue
        row, resume = found
        rows.append(row)
    return _elided_units(text, _share_change(text, _merge_bounds(text, rows)))


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
