"""The lexicon: the unit vocabulary, scales, rates and cue words (hedges, changes, currency
prefixes, months) from ``analysis/data/units.yml`` and ``figure_relations.yml``, compiled once
into matchers. The data files are read here and nowhere else, so each fact has one source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from analysis.config import read_yaml
from analysis.quantity.words import MULTIPLYING, NUMBER_WORDS, VAGUE_PLURALS

_WINDOW = 48  # characters looked at before a number for cues; bounds the work per candidate
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
MONTH_SET = frozenset(MONTHS.split("|"))


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
        if len(body) == 1 and body.isalpha():
            alts.append(pattern + r"(?![\w-])")  # a letter alone: "40 C", not "30 C-class"
        else:
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
        found = self.values[_norm_phrase(m.group(1)[::-1])]
        return None if found is None else (found, pos - m.end())  # None: no cue ("made up")


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
    over_a_period: frozenset  # phrasal verbs after which "over" a period is no "more than"


@cache
def lexicon() -> Lexicon:
    """Load the unit vocabulary and cue words (``units.yml``, ``figure_relations.yml``) once.

    Returns:
        The compiled lexicon used by :func:`analysis.quantities.extract_figures`.

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
        if direction == "none":  # "made up 40%": the longer cue wins and gives no change
            changes.update(dict.fromkeys(groups))
            continue
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
    for word in NUMBER_WORDS:
        automaton.add_word(f" {word} ", len(word))  # whole words (see scanner.candidates)
        automaton.add_word(f" {word}fold ", len(word) + 4)  # twofold, tenfold
    for word in (*VAGUE_PLURALS, "twice", "thrice", *MULTIPLYING):
        automaton.add_word(f" {word} ", len(word))  # hundreds of, tens of thousands of; twice
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
            {m: m for m in MONTHS.split("|")} | {m + ".": m for m in MONTHS.split("|")},
            tails,
            space=r"(?:[ \t]+|[ \t]*,[ \t]*)",
        ),
        automaton=automaton,
        change_words={
            w: d for w, d in changes.items() if d and " " not in w and w not in ("up", "down")
        },
        stopwords=stopwords(),
        over_a_period=frozenset(" ".join(verb.split()) for verb in cues_doc["over_a_period"]),
    )
