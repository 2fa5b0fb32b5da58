"""The actor dictionary in memory: the actors, and the Aho-Corasick automaton built from their
names.

Texts and names are put in the same form here (``fold``, ``haystack``), so that a pattern matches
a text only on word boundaries and the offsets stay those of the original text; the matching and
resolving steps read the automaton and the patterns compiled into a ``Dictionary``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import ahocorasick
import numpy as np
import pandas as pd

from analysis.text import lower_keeping_offsets

LIST_FIELDS = ("aliases", "acronyms", "demonyms", "capitals", "short")
_APOS_TABLE = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00a0": " "})


@dataclass(frozen=True)
class Actor:
    """One actor of the dictionary (see the schema at the top of ``actors.yml``)."""

    id: str
    name: str
    type: str
    affiliation: str = ""
    role: str = ""
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    perspectives: tuple[tuple[str, str], ...] = ()
    surname: str = ""
    bare_surname: str = "yes"


NONE = "none"  # the ``how`` of a not-name: a match that names no actor


@dataclass(frozen=True)
class Entry:
    actor_id: str
    how: str
    alias: str  # as written in the dictionary
    perspective: str


@dataclass
class Dictionary:
    """The actors, the titles and the government words, with the automata built from them.

    Attributes:
        actors: actor id -> ``Actor``, in file order.
        titles: words that may stand before a surname (``President``, ``Mr``).
        government_words: words after a name that mean the person's government.
        source: the files it was read from.
        not_actors: lower-cased capitalised words that are not actors (``LNG``), left out of
            the unknown-actor candidates.
        not_names: phrases that hold an actor's name but name no actor (``Latin America``,
            ``Bank of China``, ``French fries``): matched like names, and then dropped, so
            the name inside them is no mention.

    The rest is built from these for matching (``analysis.actor.matching`` and ``resolving``):
    the automaton, the person ids, the title words and the title and government patterns, how
    many persons share each surname, and the initials of each person's given names.
    """

    actors: dict[str, Actor]
    titles: tuple[str, ...]
    government_words: tuple[str, ...]
    source: tuple[str, ...] = ()
    not_actors: frozenset[str] = frozenset()
    not_names: tuple[str, ...] = ()
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)
    _persons: frozenset[str] = field(init=False, repr=False)
    _title_words: frozenset[str] = field(init=False, repr=False)
    _title_re: re.Pattern = field(init=False, repr=False)
    _government_re: re.Pattern = field(init=False, repr=False)
    _surname_count: Counter = field(init=False, repr=False)
    _initials: dict[str, frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        folded: dict[str, list[Entry]] = {}
        self.surname_count = Counter()
        for actor in self.actors.values():
            for pattern, entry in _patterns(actor):
                folded.setdefault(haystack(pattern, lower=True), []).append(entry)
            if actor.type == "person":
                self.surname_count[fold(actor.surname)] += 1
        for phrase in self.not_names:  # after every actor's: matching reads the last entry
            folded.setdefault(haystack(phrase, lower=True), []).append(Entry("", NONE, phrase, ""))
        self.automaton = _automaton(folded)
        self.persons = frozenset(a.id for a in self.actors.values() if a.type == "person")
        self.initials = {
            a.id: _given_initials(a) for a in self.actors.values() if a.type == "person"
        }
        self.title_words = frozenset(
            word.lower().rstrip(".") for title in self.titles for word in title.split()
        )
        titles = sorted(self.titles, key=len, reverse=True)
        self.title_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r")\s+$", re.IGNORECASE
        )
        words = "|".join(re.escape(w) for w in self.government_words)
        self.government_re = re.compile(r"(?:['\u2019]s)?\s+(?:" + words + r")\b", re.IGNORECASE)

    def table(self) -> pd.DataFrame:
        """The actors as a frame: id, name, type, affiliation, role, and the number of names."""
        rows = [
            (
                a.id,
                a.name,
                a.type,
                a.affiliation,
                a.role,
                1 + sum(len(getattr(a, f)) for f in LIST_FIELDS),
            )
            for a in self.actors.values()
        ]
        return pd.DataFrame(rows, columns=["id", "name", "type", "affiliation", "role", "names"])


def _given_initials(actor: Actor) -> frozenset[str]:
    """First letters of the given names a person goes by (``a`` for Alexei / Alexey Miller)."""
    surname = fold(actor.surname)
    initials = set()
    for full in (actor.name, *actor.aliases):
        first = full.split()[0] if full.split() else ""
        if first and fold(first) != surname and not fold(full).startswith(surname + " "):
            initials.add(fold(first)[0])
    return frozenset(initials)


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, apostrophes unified (for offsets)."""
    return lower_keeping_offsets(text.translate(_APOS_TABLE))


_SEPARATORS = re.compile(r"[^\w +&]")  # plain spaces need no replacing


@cache
def _separator_table() -> np.ndarray:
    """For each code point below U+10000, whether ``_SEPARATORS`` matches it."""
    plane = "".join(map(chr, range(0x10000)))
    marked = _SEPARATORS.sub("\0", plane).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(marked, dtype=np.uint32) == 0


def haystack(text: str, *, lower: bool) -> str:
    """``text`` padded with a space on each side, separators as spaces, same length otherwise.

    Patterns get the same treatment, so a pattern matches only where a word starts and ends:
    ``Sakhalin-2`` and ``Sakhalin 2``, ``U.S.`` before a comma, ``Russia`` in ``Russia's``.
    """
    if lower:
        lowered = text.lower()
        text = lowered if len(lowered) == len(text) else fold(text)
    padded = " " + text + " "
    # The same as _SEPARATORS.sub, twice as fast: a table lookup per code point in numpy.
    codes = np.array(padded).reshape(1).view(np.uint32)
    if codes.max() > 0xFFFF:
        return " " + _SEPARATORS.sub(" ", text) + " "
    spaced = np.where(_separator_table()[codes], np.uint32(ord(" ")), codes)
    return str(spaced.view(f"<U{len(spaced)}")[0])  # never loses a trailing NUL: it ends in " "


def _automaton(patterns: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pattern, entries in patterns.items():
        has_acronym = any(e.how == "acronym" for e in entries)
        automaton.add_word(pattern, (len(pattern), tuple(entries), has_acronym))
    if patterns:
        automaton.make_automaton()
    return automaton


def _patterns(actor: Actor) -> list[tuple[str, Entry]]:
    perspective = {fold(k): v for k, v in actor.perspectives}

    def entry(alias: str, how: str) -> tuple[str, Entry]:
        return alias, Entry(actor.id, how, alias, perspective.get(fold(alias), ""))

    out = [entry(actor.name, "exact")]
    out += [entry(a, "alias") for a in actor.aliases if fold(a) != fold(actor.name)]
    out += [entry(a, "acronym") for a in actor.acronyms]
    out += [entry(a, "demonym") for a in actor.demonyms]
    out += [entry(a, "capital") for a in actor.capitals]
    out += [entry(a, "short") for a in actor.short]
    if actor.type == "person" and actor.surname and fold(actor.surname) != fold(actor.name):
        out.append(entry(actor.surname, "surname"))
    return out
