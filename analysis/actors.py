"""Actor mentions: who is named in the news, under which name, and next to whom.

The actor dictionary (``analysis/data/actors.yml``, documented at its top) lists states, people,
ministries, parties, companies, projects and places with their names. Matching runs one
Aho-Corasick automaton (pyahocorasick) over a copy of each text that is lower-cased, with every
separator (punctuation, line breaks) turned into a space and a space added at each end; every
pattern gets the same treatment plus a space on each side, so a match always starts and ends on
a word boundary (``Russia`` in ``Russia's`` and ``Japan-Russia``, not in ``Russians``) and the
offsets are those of the original text. Acronyms are then checked against the text as written
(``US`` is the United States, ``us`` is not), and a name written with a capital does not match
a word written in lower case (``china`` plates, a ``turkey``). Where matches overlap, the
longest one starting first wins (``Russian Foreign Ministry`` is the ministry, not
Russia). Then, per document:

- a bare surname (``Abiru``) or an ambiguous short name (``Foreign Ministry``) resolves to the
  actor of that name who is named in full in the document (the one named last before it, else
  the first named after it); a surname also resolves when only one person in the dictionary has
  it, unless the person's ``bare_surname`` says otherwise (see the yml), and a short name of
  organisations when the document names the country of exactly one of them (``the Energy
  Ministry`` in a story about Russia), never right after another country (``Saudi Energy
  Ministry``);
- a surname after a given name with another first letter than the person's (``Matthew Miller``,
  ``Vladimir Dmitriev`` for Kirill Dmitriev) is a namesake, not a mention, and so is a bare or
  titled surname when that namesake was named after the person's own last full name;
- a title before a surname joins the mention (``Prime Minister Takaichi``, how = title), and
  ``Takaichi administration`` / ``government`` / ``cabinet`` means the person (how = government);
- a full name or alias followed by ``'s`` is a possessive mention (how = possessive).

Offsets refer to ``documents.text``, in which the loader has already dropped the dateline.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import ahocorasick
import numpy as np
import pandas as pd
import yaml

from analysis.config import YAML_LOADER, data_file
from analysis.text import lower_keeping_offsets, sentence_table, split_sentences, stopwords

MENTION_COLUMNS = [
    "doc_id",
    "sentence_id",
    "start",
    "end",
    "surface",
    "actor_id",
    "actor",
    "actor_type",
    "affiliation",
    "how",
    "perspective",
]
UNKNOWN_COLUMNS = [
    "surface",
    "guessed_type",
    "count",
    "doc_count",
    "example",
    "doc_id",
    "start",
    "end",
]
CLI_COLUMNS = ["doc_id", "start", "end", "surface", "actor_id", "actor", "actor_type", "how"]
ACTOR_TYPES = ("country", "person", "organisation", "party", "company", "media", "project", "place")
_LIST_FIELDS = ("aliases", "acronyms", "demonyms", "capitals", "short")
_CONTEXTUAL = ("surname", "short")
_APOS_TABLE = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00a0": " "})


class DictionaryError(ValueError):
    """An actor dictionary file that does not follow the schema in ``analysis/data/actors.yml``."""


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


@dataclass(frozen=True)
class _Entry:
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
    """

    actors: dict[str, Actor]
    titles: tuple[str, ...]
    government_words: tuple[str, ...]
    source: tuple[str, ...] = ()
    not_actors: frozenset[str] = frozenset()
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)
    _persons: frozenset[str] = field(init=False, repr=False)
    _title_re: re.Pattern = field(init=False, repr=False)
    _government_re: re.Pattern = field(init=False, repr=False)
    _surname_count: Counter = field(init=False, repr=False)
    _initials: dict[str, frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        folded: dict[str, list[_Entry]] = {}
        self._surname_count = Counter()
        for actor in self.actors.values():
            for pattern, entry in _patterns(actor):
                folded.setdefault(_haystack(pattern, fold=True), []).append(entry)
            if actor.type == "person":
                self._surname_count[_fold(actor.surname)] += 1
        self._automaton = _automaton(folded)
        self._persons = frozenset(a.id for a in self.actors.values() if a.type == "person")
        self._initials = {
            a.id: _given_initials(a) for a in self.actors.values() if a.type == "person"
        }
        titles = sorted(self.titles, key=len, reverse=True)
        self._title_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r")\.?\s+$", re.IGNORECASE
        )
        words = "|".join(re.escape(w) for w in self.government_words)
        self._government_re = re.compile(r"(?:['\u2019]s)?\s+(?:" + words + r")\b", re.IGNORECASE)

    def table(self) -> pd.DataFrame:
        """The actors as a frame: id, name, type, affiliation, role, and the number of names."""
        rows = [
            (
                a.id,
                a.name,
                a.type,
                a.affiliation,
                a.role,
                1 + sum(len(getattr(a, f)) for f in _LIST_FIELDS),
            )
            for a in self.actors.values()
        ]
        return pd.DataFrame(rows, columns=["id", "name", "type", "affiliation", "role", "names"])


def _given_initials(actor: Actor) -> frozenset[str]:
    """First letters of the given names a person goes by (``a`` for Alexei / Alexey Miller)."""
    surname = _fold(actor.surname)
    initials = set()
    for full in (actor.name, *actor.aliases):
        first = full.split()[0] if full.split() else ""
        if first and _fold(first) != surname and not _fold(full).startswith(surname + " "):
            initials.add(_fold(first)[0])
    return frozenset(initials)


def _fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, apostrophes unified (for offsets)."""
    return lower_keeping_offsets(text.translate(_APOS_TABLE))


_SEPARATORS = re.compile(r"[^\w +&]")  # plain spaces need no replacing


@cache
def _separator_table() -> np.ndarray:
    """For each code point below U+10000, whether ``_SEPARATORS`` matches it."""
    plane = "".join(map(chr, range(0x10000)))
    marked = _SEPARATORS.sub("\0", plane).encode("utf-32-le", "surrogatepass")
    return np.frombuffer(marked, dtype=np.uint32) == 0


def _haystack(text: str, *, fold: bool) -> str:
    """``text`` padded with a space on each side, separators as spaces, same length otherwise.

    Patterns get the same treatment, so a pattern matches only where a word starts and ends:
    ``Sakhalin-2`` and ``Sakhalin 2``, ``U.S.`` before a comma, ``Russia`` in ``Russia's``.
    """
    if fold:
        lowered = text.lower()
        text = lowered if len(lowered) == len(text) else _fold(text)
    padded = " " + text + " "
    # The same as _SEPARATORS.sub, twice as fast: a table lookup per code point in numpy.
    codes = np.array(padded).reshape(1).view(np.uint32)
    if codes.max() > 0xFFFF:
        return " " + _SEPARATORS.sub(" ", text) + " "
    spaced = np.where(_separator_table()[codes], np.uint32(ord(" ")), codes)
    return str(spaced.view(f"<U{len(spaced)}")[0])  # never loses a trailing NUL: it ends in " "


def _automaton(patterns: dict[str, list[_Entry]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pattern, entries in patterns.items():
        has_acronym = any(e.how == "acronym" for e in entries)
        automaton.add_word(pattern, (len(pattern), tuple(entries), has_acronym))
    if patterns:
        automaton.make_automaton()
    return automaton


def _patterns(actor: Actor) -> list[tuple[str, _Entry]]:
    perspective = {_fold(k): v for k, v in actor.perspectives}

    def entry(alias: str, how: str) -> tuple[str, _Entry]:
        return alias, _Entry(actor.id, how, alias, perspective.get(_fold(alias), ""))

    out = [entry(actor.name, "exact")]
    out += [entry(a, "alias") for a in actor.aliases if _fold(a) != _fold(actor.name)]
    out += [entry(a, "acronym") for a in actor.acronyms]
    out += [entry(a, "demonym") for a in actor.demonyms]
    out += [entry(a, "capital") for a in actor.capitals]
    out += [entry(a, "short") for a in actor.short]
    if actor.type == "person" and actor.surname and _fold(actor.surname) != _fold(actor.name):
        out.append(entry(actor.surname, "surname"))
    return out


# --- loading -------------------------------------------------------------------------------


def load_dictionary(path: str | Path | None = None) -> Dictionary:
    """Read the shipped actor dictionary, extended or overridden by a user file.

    Args:
        path: a YAML file with the schema of ``analysis/data/actors.yml``. Its actors replace the
            fields they give of shipped actors with the same id, add new ids, and ``remove: true``
            drops one; its titles and government words are added. ``None``: the shipped file
            alone (read once and cached).

    Returns:
        A ``Dictionary`` ready for matching.

    Raises:
        FileNotFoundError: when ``path`` does not exist.
        DictionaryError: when a file does not follow the schema.
    """
    if path is None:
        return _default_dictionary()
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: actor dictionary not found")
    base = _read_raw(data_file("actors.yml"))
    user = _read_raw(path)
    actors = dict(base["actors"])
    for actor_id, fields in user["actors"].items():
        if fields.get("remove"):
            actors.pop(actor_id, None)
        elif actor_id in actors:
            actors[actor_id] = {**actors[actor_id], **fields}
        else:
            actors[actor_id] = fields
    return _build(
        actors,
        base["titles"] + [t for t in user["titles"] if t not in base["titles"]],
        base["government_words"]
        + [w for w in user["government_words"] if w not in base["government_words"]],
        (str(data_file("actors.yml")), str(path)),
        base["not_actors"] + user["not_actors"],
        origin=str(path),
    )


@cache
def _default_dictionary() -> Dictionary:
    base = _read_raw(data_file("actors.yml"))
    return _build(
        base["actors"],
        base["titles"],
        base["government_words"],
        (str(data_file("actors.yml")),),
        base["not_actors"],
        origin="analysis/data/actors.yml",
    )


def dictionary_file(
    corpus_path: str | Path, *, actors_file: str | Path | None = None
) -> Path | None:
    """The user dictionary for a corpus: ``actors_file`` if given, else an ``actors.yml`` beside it.

    Returns:
        The file's path, or None when the shipped dictionary alone applies.
    """
    if actors_file is not None:
        return Path(actors_file)
    corpus_path = Path(corpus_path)
    folder = corpus_path if corpus_path.is_dir() else corpus_path.parent
    beside = folder / "actors.yml"
    return beside if beside.is_file() else None


def corpus_dictionary(
    corpus_path: str | Path, *, actors_file: str | Path | None = None
) -> Dictionary:
    """The dictionary for a corpus: ``actors_file`` if given, else an ``actors.yml`` next to it.

    Args:
        corpus_path: the corpus file or folder.
        actors_file: an explicit user dictionary; wins over one found next to the corpus.

    Returns:
        The shipped dictionary, extended by the user file when there is one.
    """
    return load_dictionary(dictionary_file(corpus_path, actors_file=actors_file))


def _read_raw(path: Path) -> dict:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    except yaml.YAMLError as error:
        raise DictionaryError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(raw, dict):
        raise DictionaryError(f"{path}: expected a mapping with an 'actors' list")
    actors: dict[str, dict] = {}
    for i, item in enumerate(raw.get("actors") or []):
        if not isinstance(item, dict) or not item.get("id"):
            raise DictionaryError(f"{path}: actor #{i + 1} has no id")
        if item["id"] in actors:
            raise DictionaryError(f"{path}: actor id {item['id']!r} appears twice")
        actors[str(item["id"])] = {k: v for k, v in item.items() if k != "id"}
    return {
        "actors": actors,
        "titles": [str(t) for t in raw.get("titles") or []],
        "government_words": [str(w) for w in raw.get("government_words") or []],
        "not_actors": [str(w) for w in raw.get("not_actors") or []],
    }


def _build(
    actors: dict[str, dict], titles, government_words, source, not_actors, *, origin: str
) -> Dictionary:
    built = {}
    for actor_id, fields in actors.items():
        name = str(fields.get("name") or "")
        kind = str(fields.get("type") or "")
        if not name:
            raise DictionaryError(f"{origin}: actor {actor_id!r} has no name")
        if kind not in ACTOR_TYPES:
            raise DictionaryError(
                f"{origin}: actor {actor_id!r} has type {kind!r}; expected one of {', '.join(ACTOR_TYPES)}"
            )
        bare = str(fields.get("bare_surname") or "yes")
        if bare not in ("yes", "named", "no"):
            raise DictionaryError(
                f"{origin}: actor {actor_id!r}: bare_surname must be yes, named or no"
            )
        perspectives = fields.get("perspectives") or {}
        surname = str(fields.get("surname") or (name.split()[-1] if kind == "person" else ""))
        built[actor_id] = Actor(
            id=actor_id,
            name=name,
            type=kind,
            affiliation=str(fields.get("affiliation") or ""),
            role=str(fields.get("role") or ""),
            surname=surname,
            bare_surname=bare,
            perspectives=tuple((str(k), str(v)) for k, v in perspectives.items()),
            **{f: tuple(str(a) for a in fields.get(f) or []) for f in _LIST_FIELDS},
        )
    for actor in built.values():
        if actor.affiliation and actor.affiliation not in built:
            built[actor.id] = replace(actor, affiliation="")
    return Dictionary(
        built,
        tuple(titles),
        tuple(government_words),
        tuple(source),
        frozenset(w.lower() for w in not_actors),
    )


# --- matching ------------------------------------------------------------------------------


def _candidates(text: str, dictionary: Dictionary) -> list[tuple[int, int, tuple[_Entry, ...]]]:
    """All dictionary matches on word boundaries, before overlaps are resolved.

    Returns:
        ``(start, -end, entries)`` triples (``-end`` so a plain sort puts the longest first).
    """
    found = []
    if not len(dictionary._automaton):
        return found
    # haystack index i is text index i - 1; a match spans the padding space on each side
    for last, (length, entries, has_acronym) in dictionary._automaton.iter(
        _haystack(text, fold=True)
    ):
        start = last - length + 1
        if has_acronym or text[start].islower():
            surface = text[start : last - 1]
            entries = tuple(e for e in entries if _case_fits(surface, e))
            if not entries:
                continue
        found.append((start, 1 - last, entries))
    return found


def _case_fits(surface: str, entry: _Entry) -> bool:
    """Acronyms match only as written (``US``, not ``us``); names need not start lower-case."""
    if entry.how == "acronym":
        return [c for c in surface if c.isalnum()] == [c for c in entry.alias if c.isalnum()]
    return not (surface[0].islower() and entry.alias[0].isupper())


def _leftmost_longest(found: list) -> list:
    found.sort()
    chosen, last_end = [], -1
    for start, negative_end, entries in found:
        if start >= last_end:
            last_end = -negative_end
            chosen.append((start, last_end, entries))
    return chosen


def _document_mentions(text: str, dictionary: Dictionary) -> list[tuple[int, int, str, str, str]]:
    """Mentions in one text as ``(start, end, actor_id, how, perspective)``, in text order."""
    chosen = _leftmost_longest(_candidates(text, dictionary))
    resolved: list = []
    named: dict[str, list[int]] = {}  # actor id -> starts of its full-name mentions
    pending = []
    for start, end, entries in chosen:
        entry = entries[0]
        if entry.how in _CONTEXTUAL:
            fixed = [e for e in entries if e.how not in _CONTEXTUAL]
            if not fixed:
                pending.append((start, end, entries))
                continue
            entry = fixed[0]
        resolved.append([start, end, entry.actor_id, entry.how, entry.perspective])
        if entry.actor_id in named:
            named[entry.actor_id].append(start)
        else:
            named[entry.actor_id] = [start]
    actors = dictionary.actors
    ends = {m[1]: m[2] for m in resolved} if pending else {}
    shadows = _shadowed_surnames(text, pending, dictionary)
    for start, end, entries in pending:
        title = dictionary._title_re.search(text, max(0, start - 40), start)
        if entries[0].how == "short":
            entries = _owned_by_adjacent_country(text, start, entries, ends, actors)
        choices = [e for e in entries if e.actor_id in named]
        if choices:
            entry = _nearest(choices, named, start)
        else:
            entry = None
            if entries and entries[0].how == "short":
                entry = _owned_by_named_country(entries, named, actors)
            elif len(entries) == 1:
                only = entries[0]
                actor = actors[only.actor_id]
                if only.how == "surname" and dictionary._surname_count[_fold(actor.surname)] == 1:
                    if actor.bare_surname == "yes" or title is not None:
                        entry = only
        if entry is None:
            continue
        actor = actors[entry.actor_id]
        if entry.how == "surname" and actor.id in shadows:
            if _shadow_is_nearer(shadows[actor.id], named.get(actor.id, []), start):
                continue
        if entry.how == "surname" and actor.bare_surname == "no" and title is None:
            continue
        how = entry.how
        if entry.how == "surname" and title is not None:
            start, how = title.start(), "title"
        resolved.append([start, end, entry.actor_id, how, entry.perspective])
    persons = dictionary._persons
    for mention in resolved:
        start, end, actor_id, how, _ = mention
        if how not in ("exact", "alias", "surname"):
            continue
        if actor_id in persons:
            government = dictionary._government_re.match(text, end)
            if government:
                mention[1], mention[3] = government.end(), "government"
                continue
        if how != "surname" and text.startswith(_POSSESSIVES, end):
            if end + 2 >= len(text) or not text[end + 2].isalnum():
                mention[3] = "possessive"
    if pending:
        resolved.sort()
    return [tuple(m) for m in resolved]


_POSSESSIVES = ("'s", "\u2019s", "\u02bcs", "'S", "\u2019S")
_GIVEN_NAME = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z\u00e0-\u00ff]+)[ \u00a0]$")
_ADJACENT = re.compile(r"(?:['\u2019]s)?[ \u00a0]$")


def _other_given_name(text: str, start: int, actor: Actor, dictionary: Dictionary) -> bool:
    """True when a bare surname follows a given name not the person's (``Matthew Miller``).

    The word before must look like a name: capitalised, not a stop word, not a word the text also
    writes in lower case, and with another first letter than the person's given names
    (``Alexandr Lukashenko`` stays Alexander Lukashenko).
    """
    found = _GIVEN_NAME.search(text, max(0, start - 30), start)
    initials = dictionary._initials.get(actor.id)
    if found is None or not initials:
        return False
    word = found.group(1)
    lowered = word.lower()
    if lowered[0] in initials or lowered in stopwords():
        return False
    return re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) is None


def _shadowed_surnames(text: str, pending: list, dictionary: Dictionary) -> dict[str, list[int]]:
    """Person id -> starts of their surname written after another given name (another person)."""
    shadows: dict[str, list[int]] = {}
    for start, _, entries in pending:
        for entry in entries:
            if entry.how != "surname" or dictionary._title_re.search(
                text, max(0, start - 40), start
            ):
                continue
            if _other_given_name(text, start, dictionary.actors[entry.actor_id], dictionary):
                shadows.setdefault(entry.actor_id, []).append(start)
    return shadows


def _shadow_is_nearer(shadow: list[int], full: list[int], start: int) -> bool:
    """Whether a surname at ``start`` belongs to the namesake rather than the dictionary's person.

    True at the namesake itself, when the namesake was named after the person's last full name
    before ``start``, and when nothing came before and the person is never named in full.
    """
    last_shadow = max((p for p in shadow if p <= start), default=-1)
    last_full = max((p for p in full if p < start), default=-1)
    if last_shadow == last_full == -1:
        return not full
    return last_shadow > last_full


def _owned_by_adjacent_country(
    text: str, start: int, entries: tuple[_Entry, ...], ends: dict[int, str], actors
) -> tuple[_Entry, ...]:
    """A short name right after a country (``Saudi Energy Ministry``) is only that country's."""
    adjacent = _ADJACENT.search(text, max(0, start - 3), start)
    country = ends.get(adjacent.start()) if adjacent else None
    if country is None or actors[country].type != "country":
        return entries
    return tuple(e for e in entries if actors[e.actor_id].affiliation == country)


def _owned_by_named_country(
    entries: tuple[_Entry, ...], named: dict[str, list[int]], actors
) -> _Entry | None:
    """The one organisation among a short name's actors whose country the document names.

    ``the Energy Ministry`` in a story naming Russia and not Saudi Arabia or Japan is the Russian
    Energy Ministry; companies (``Total``, ``Reliance``) still need their full name.
    """
    owned = [
        e
        for e in entries
        if actors[e.actor_id].type == "organisation" and actors[e.actor_id].affiliation in named
    ]
    countries = {actors[e.actor_id].affiliation for e in entries}
    if len(owned) == 1 and len(countries & named.keys()) == 1:
        return owned[0]
    return None


def _nearest(choices: list[_Entry], named: dict[str, list[int]], start: int) -> _Entry:
    """The candidate named last before ``start``, else the one named first after it."""
    before = [
        (max(p for p in named[e.actor_id] if p < start), e)
        for e in choices
        if min(named[e.actor_id]) < start
    ]
    if before:
        return max(before, key=lambda pe: pe[0])[1]
    return min(choices, key=lambda e: min(named[e.actor_id]))


def find_mentions(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find the dictionary's actors in every document.

    Args:
        documents: a frame with ``doc_id`` and ``text`` (as from ``analysis.corpus``).
        dictionary: from ``load_dictionary``; the shipped one when ``None``.
        sentences: the sentence table (``analysis.text.sentence_table``), to number mentions by
            sentence; computed when ``None``.

    Returns:
        One row per mention: doc_id, sentence_id, start, end (into ``text``), surface, actor_id,
        actor (display name), actor_type, affiliation (an actor id or ''), how (exact, alias,
        acronym, demonym, capital, surname, title, government, short, possessive) and perspective
        ('' unless the name has a naming perspective, e.g. 'Japanese', 'Russian').
    """
    dictionary = dictionary or load_dictionary()
    if sentences is None:
        sentences = sentence_table(documents)
    doc_ids, starts, ends, surfaces, actor_ids, hows, perspectives = ([] for _ in range(7))
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if not isinstance(text, str) or not text:
            continue
        mentions = _document_mentions(text, dictionary)
        if not mentions:
            continue
        doc_starts, doc_ends, doc_actors, doc_hows, doc_perspectives = zip(*mentions, strict=True)
        doc_ids += [doc_id] * len(mentions)
        starts += doc_starts
        ends += doc_ends
        surfaces += [text[start:end] for start, end in zip(doc_starts, doc_ends, strict=True)]
        actor_ids += doc_actors
        hows += doc_hows
        perspectives += doc_perspectives
    if not doc_ids:
        frame = pd.DataFrame([], columns=MENTION_COLUMNS)
    else:
        actors = [dictionary.actors[actor_id] for actor_id in actor_ids]
        frame = pd.DataFrame(
            {
                "doc_id": doc_ids,
                "sentence_id": 0,
                "start": starts,
                "end": ends,
                "surface": surfaces,
                "actor_id": actor_ids,
                "actor": [actor.name for actor in actors],
                "actor_type": [actor.type for actor in actors],
                "affiliation": [actor.affiliation for actor in actors],
                "how": hows,
                "perspective": perspectives,
            }
        )
    frame["sentence_id"] = _sentence_ids(frame, sentences)
    return frame.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})


def _sentence_ids(spans: pd.DataFrame, sentences: pd.DataFrame) -> np.ndarray:
    """The id of the sentence holding each span's start (0 before the first sentence)."""
    if spans.empty or sentences.empty:
        return np.zeros(len(spans), dtype="int64")
    codes, doc_index = pd.factorize(sentences["doc_id"], use_na_sentinel=False)
    s_key = (codes.astype("int64") << 32) + sentences["start"].to_numpy(dtype="int64")
    order = np.argsort(s_key, kind="stable")
    s_key, s_ids = s_key[order], sentences["sentence_id"].to_numpy(dtype="int64")[order]
    m_doc = pd.Index(doc_index).get_indexer(spans["doc_id"]).astype("int64")
    m_key = (m_doc << 32) + spans["start"].to_numpy(dtype="int64")
    index = np.searchsorted(s_key, m_key, side="right") - 1
    valid = (index >= 0) & (m_doc >= 0)
    same_doc = np.zeros(len(spans), dtype=bool)
    same_doc[valid] = (s_key[index[valid]] >> 32) == m_doc[valid]
    return np.where(same_doc, s_ids[np.clip(index, 0, None)], 0)


# --- unknown actors ------------------------------------------------------------------------

_CAP_WORD = r"(?:[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Za-z][a-z]*)*|[A-Z]{2,}[a-z]?)"
_CONNECTOR = r"(?:of|for|and|the|on|de|du|von|van|der|bin|al|la|le|da)"
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_CAP_WORD})*")
_ORG_WORDS = frozenset(
    "ministry party foundation forum company corporation corp bank council committee agency union "
    "organization organisation association university institute fund group service commission "
    "assembly duma court office government news club society center centre holding plant "
    "federation chamber board academy school museum theatre theater parliament department "
    "house inc ltd llc pjsc jsc co airlines railways energy oil gas petroleum project fleet army navy "
    "guard police forces command initiative summit conference".split()
)
_PLACE_WORDS = frozenset(
    "island islands region territory republic oblast krai sea river mountains city bay strait "
    "peninsula province prefecture district lake street square ocean gulf coast valley airport "
    "port county state area".split()
)
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "across", "into", "via"})
_SKIP_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr".split()
)


def _unknown_occurrences(
    documents: pd.DataFrame, dictionary: Dictionary, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Each occurrence of a capitalised name the dictionary does not know, with a guessed type."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(
        mentions["doc_id"], mentions["start"], mentions["end"], strict=True
    ):
        covered.setdefault(doc_id, []).append((start, end))
    lower_words = _lowercase_vocabulary(documents)
    skip = (
        stopwords() | _SKIP_WORDS | dictionary.not_actors | {t.lower() for t in dictionary.titles}
    )
    titles = dictionary._title_re
    title_set = {t.lower() for t in dictionary.titles}
    leading_title = re.compile(
        "(?:"
        + "|".join(re.escape(t) for t in sorted(dictionary.titles, key=len, reverse=True))
        + r")\.?\s+",
        re.IGNORECASE,
    )
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if not isinstance(text, str):
            continue
        spans = sorted(covered.get(doc_id, []))
        for run in _NAME_RUN.finditer(text):
            word = run.group()
            if " " not in word and "\t" not in word:  # most runs: one word, decided at once
                low = word.lower()
                if low in skip or low in lower_words or len(word) < 3:
                    continue
            for start, end in _outside(run.start(), run.end(), spans):
                start, end = _trim_connectors(text, start, end)
                lead = leading_title.match(text, start, end)
                if lead:
                    start = lead.end()
                if start >= end:
                    continue
                surface = text[start:end]
                words = surface.split()
                if len(words) == 1 and (
                    surface.lower() in skip
                    or surface.lower() in lower_words
                    or len(surface) < 3
                    or _starts_sentence(text, start)
                    or surface.endswith(_ADJECTIVE_ENDINGS)
                ):
                    continue
                if all(w.lower() in skip for w in words) or surface.lower() in title_set:
                    continue
                title = titles.search(text, max(0, start - 40), start)
                rows.append(
                    (
                        doc_id,
                        start,
                        end,
                        surface,
                        _guess_type(text, start, words, title is not None),
                    )
                )
    frame = pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "guessed_type"])
    return frame.astype({"start": "int64", "end": "int64"})


_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish", "ist", "ists")
_PLACE_ENDINGS = ("ia", "ya", "sk", "stan", "burg", "grad", "ovo", "evo", "pol", "land", "shima")


def _starts_sentence(text: str, start: int) -> bool:
    """True when only opening quotes or brackets stand between ``start`` and a sentence end."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t\"'\u201c\u2018(":
        pos -= 1
    return pos < 0 or text[pos] in ".!?:\n\u2026"


def _examples(documents: pd.DataFrame, doc_ids, starts) -> list[str]:
    """The sentence around each ``(doc_id, start)``, splitting each document once."""
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for doc_id, start in zip(doc_ids, starts, strict=True):
        if doc_id not in spans:
            spans[doc_id] = split_sentences(texts[doc_id])
        doc_spans = spans[doc_id]
        i = bisect.bisect_right(doc_spans, (start, len(texts[doc_id]) + 1)) - 1
        out.append(texts[doc_id][doc_spans[i][0] : doc_spans[i][1]] if i >= 0 else "")
    return out


def _lowercase_vocabulary(documents: pd.DataFrame) -> frozenset[str]:
    """Words that appear in lower case somewhere in the corpus (so ``The``, ``After`` are words)."""
    joined = "\n".join(t for t in documents["text"] if isinstance(t, str))
    return frozenset(_LOWER_WORD.findall(joined))


_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]+")


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` not covered by the sorted ``spans``."""
    parts, pos = [], start
    i = bisect.bisect_left(spans, (start - 200, 0))
    for s, e in spans[i:]:
        if s >= end:
            break
        if e <= pos:
            continue
        if s > pos:
            parts.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        parts.append((pos, end))
    return parts


def _trim_connectors(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip(" '\u2019-,")
    if stripped[:2].lower() == "s ":
        stripped = stripped[2:]
    start += len(piece) - len(stripped)
    piece = stripped
    while True:
        words = piece.split()
        if words and words[0] in _CONNECTOR_WORDS:
            cut = piece.index(words[0]) + len(words[0])
            start += cut + (len(piece[cut:]) - len(piece[cut:].lstrip()))
            piece = piece[cut:].lstrip()
        elif words and words[-1] in _CONNECTOR_WORDS:
            piece = piece[: piece.rindex(words[-1])].rstrip()
        else:
            break
    piece = piece.rstrip(" '\u2019-,")
    return start, start + len(piece)


_CONNECTOR_WORDS = frozenset(_CONNECTOR[3:-1].split("|"))


def _guess_type(text: str, start: int, words: list[str], titled: bool) -> str:
    lowered = {w.lower().strip(".,'\u2019") for w in words}
    if titled:
        return "person"
    if lowered & _ORG_WORDS:
        return "organisation"
    if lowered & _PLACE_WORDS:
        return "place"
    if len(words) == 1 and words[0].isupper():
        return "organisation"
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return "place"
    if len(words) == 1 and words[0].lower().endswith(_PLACE_ENDINGS):
        return "place"
    if 2 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words):
        return "person"
    return "organisation"


def unknown_actors(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Capitalised names the dictionary does not know, for an analyst to add.

    A run of capitalised words (with ``of``, ``for``, ``the``... inside) outside every mention is
    a candidate, except single words that also appear in lower case in the corpus (``The``,
    ``After``), stop words, months and weekdays. The type is a guess: ``person`` after a title
    (``spokeswoman``, ``President``, ``Mr``) or for two or three plain capitalised words;
    ``organisation`` with an organisation word (Ministry, Party, Forum...) or for an all-capitals
    word; ``place`` with a place word (Islands, Region...) or after ``in``/``to``/``from``.

    Args:
        documents: a frame with ``doc_id`` and ``text``.
        dictionary: from ``load_dictionary``; the shipped one when ``None``.
        mentions: the mentions table for ``documents``; found when ``None``.

    Returns:
        One row per candidate name, most frequent first: surface, guessed_type, count,
        doc_count, example (the sentence of its first occurrence), and doc_id, start, end of
        that first occurrence.
    """
    dictionary = dictionary or load_dictionary()
    if mentions is None:
        mentions = find_mentions(documents, dictionary=dictionary)
    occurrences = _unknown_occurrences(documents, dictionary, mentions)
    if occurrences.empty:
        return pd.DataFrame(columns=UNKNOWN_COLUMNS)
    grouped = occurrences.groupby("surface", sort=False)
    first = grouped.head(1).set_index("surface")
    guessed = grouped["guessed_type"].agg(lambda s: _preferred_type(list(s)))
    table = pd.DataFrame(
        {
            "surface": first.index,
            "guessed_type": guessed.reindex(first.index).to_numpy(),
            "count": grouped.size().reindex(first.index).to_numpy(),
            "doc_count": grouped["doc_id"].nunique().reindex(first.index).to_numpy(),
            "example": _examples(documents, first["doc_id"], first["start"]),
            "doc_id": first["doc_id"].to_numpy(),
            "start": first["start"].to_numpy(),
            "end": first["end"].to_numpy(),
        }
    )
    table = table.sort_values(["count", "doc_count", "surface"], ascending=[False, False, True])
    return table.reset_index(drop=True).astype({"count": "int64", "doc_count": "int64"})


def _preferred_type(types: list[str]) -> str:
    """``person`` if any occurrence had a title, else the most common guess (ties by name)."""
    if "person" in types and types.count("person") * 2 >= len(types):
        return "person"
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t], t))


# --- tables built on mentions --------------------------------------------------------------


def cooccurrence(mentions: pd.DataFrame, *, level: str = "sentence") -> pd.DataFrame:
    """Actor pairs named in the same sentence (or document).

    Args:
        mentions: the mentions table.
        level: ``"sentence"`` or ``"document"``.

    Returns:
        One row per pair: actor_a, actor_b (actor ids, ``actor_a < actor_b``), weight (number of
        sentences, or documents, naming both) and docs (number of documents), heaviest first.

    Raises:
        ValueError: for another ``level``.
    """
    if level not in ("sentence", "document"):
        raise ValueError(f"cooccurrence level {level!r}: expected 'sentence' or 'document'")
    columns = ["actor_a", "actor_b", "weight", "docs"]
    unit = ["doc_id", "sentence_id"] if level == "sentence" else ["doc_id"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    units = mentions[unit + ["actor_id"]].drop_duplicates()
    if level == "document":
        units = units.assign(sentence_id=0)
    pairs = units.merge(units, on=["doc_id", "sentence_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]]
    frame = (
        pairs.groupby(["actor_id_a", "actor_id_b"], sort=False)
        .agg(weight=("doc_id", "size"), docs=("doc_id", "nunique"))
        .reset_index()
        .rename(columns={"actor_id_a": "actor_a", "actor_id_b": "actor_b"})
    )
    frame = frame.sort_values(
        ["weight", "docs", "actor_a", "actor_b"], ascending=[False, False, True, True]
    )
    return frame.reset_index(drop=True)[columns].astype({"weight": "int64", "docs": "int64"})


def mention_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions per actor: actor_id, actor, actor_type, mentions, docs, and the names used."""
    columns = ["actor_id", "actor", "actor_type", "mentions", "docs", "names"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    grouped = mentions.groupby(["actor_id", "actor", "actor_type"], sort=False)
    frame = grouped.agg(
        mentions=("start", "size"),
        docs=("doc_id", "nunique"),
        names=("surface", lambda s: ", ".join(sorted(set(s)))),
    ).reset_index()
    frame = frame.sort_values(["mentions", "actor"], ascending=[False, True]).reset_index(drop=True)
    return frame[columns]


def naming_perspectives(mentions: pd.DataFrame) -> pd.DataFrame:
    """Which name each document uses for actors whose names carry a perspective.

    Returns:
        One row per document, actor and perspective: doc_id, actor_id, actor, perspective,
        names (the surfaces, ``, ``-joined), mentions.
    """
    columns = ["doc_id", "actor_id", "actor", "perspective", "names", "mentions"]
    marked = mentions[mentions["perspective"] != ""]
    if marked.empty:
        return pd.DataFrame(columns=columns)
    frame = (
        marked.groupby(["doc_id", "actor_id", "actor", "perspective"], sort=True)
        .agg(names=("surface", lambda s: ", ".join(sorted(set(s)))), mentions=("start", "size"))
        .reset_index()
    )
    return frame[columns]


def mentions_cli_rows(
    documents: pd.DataFrame,
    *,
    include_unknown: bool = False,
    dictionary: Dictionary | None = None,
) -> pd.DataFrame:
    """Rows for ``python -m analysis actors``: one per mention, optionally one per unknown name.

    Args:
        documents: a frame with ``doc_id`` and ``text``.
        include_unknown: add every occurrence of an unknown-actor candidate, with ``how`` =
            ``unknown``, ``actor_type`` = its guessed type and empty ``actor_id`` / ``actor``.
        dictionary: from ``load_dictionary``; the shipped one when ``None``.

    Returns:
        Columns doc_id, start, end, surface, actor_id, actor, actor_type, how; in document order.
    """
    dictionary = dictionary or load_dictionary()
    mentions = find_mentions(documents, dictionary=dictionary)
    frame = mentions[CLI_COLUMNS]
    if include_unknown:
        unknown = _unknown_occurrences(documents, dictionary, mentions)
        extra = pd.DataFrame(
            {
                "doc_id": unknown["doc_id"],
                "start": unknown["start"],
                "end": unknown["end"],
                "surface": unknown["surface"],
                "actor_id": "",
                "actor": "",
                "actor_type": unknown["guessed_type"],
                "how": "unknown",
            }
        )
        frame = pd.concat([frame, extra], ignore_index=True) if len(extra) else frame
    order = {doc_id: i for i, doc_id in enumerate(documents["doc_id"])}
    frame = frame.assign(_order=frame["doc_id"].map(order)).sort_values(["_order", "start", "end"])
    return (
        frame.drop(columns="_order")
        .reset_index(drop=True)
        .astype({"start": "int64", "end": "int64"})
    )


def persons_tag_recall(documents: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, float | int]:
    """Share of a corpus's own ``persons`` tags (``Surname Given``) found among person mentions.

    A tag counts as found when a person mention in that document has the tag's surname (its first
    word) among its name's words. Used to check the dictionary against the Kremlin site's tags.
    Rows with an empty ``actor`` (the unknown candidates of ``mentions_cli_rows(...,
    include_unknown=True)``) count by their ``surface``, so the check also covers the candidates.

    Returns:
        ``{"tags": n, "found": k, "recall": k / n}`` (recall 0.0 when there are no tags).
    """
    persons = mentions[mentions["actor_type"] == "person"]
    names: dict[str, set[str]] = {}
    for doc_id, actor, surface in zip(
        persons["doc_id"], persons["actor"], persons["surface"], strict=True
    ):
        names.setdefault(doc_id, set()).update(
            w.lower() for w in (actor or surface).replace("-", " ").split()
        )
    tags = found = 0
    for doc_id, doc_tags in zip(documents["doc_id"], documents.get("persons", []), strict=False):
        for tag in list(doc_tags) if doc_tags is not None else []:
            surname = tag.split()[0].lower().replace("-", " ").split()[-1]
            if re.fullmatch(r"\d+ more", tag):
                continue
            tags += 1
            found += surname in names.get(doc_id, set())
    return {"tags": tags, "found": found, "recall": found / tags if tags else 0.0}


def named_pairs(pairs: pd.DataFrame, dictionary: Dictionary | None = None) -> pd.DataFrame:
    """A co-occurrence table with the actors' display names next to their ids."""
    dictionary = dictionary or load_dictionary()
    names = {actor_id: actor.name for actor_id, actor in dictionary.actors.items()}
    frame = pairs.assign(
        name_a=pairs["actor_a"].map(names).fillna(pairs["actor_a"]),
        name_b=pairs["actor_b"].map(names).fillna(pairs["actor_b"]),
    )
    return frame[["name_a", "name_b", "weight", "docs", "actor_a", "actor_b"]]


def findings(
    counts: pd.DataFrame, quotes: pd.DataFrame | None = None, unknown: pd.DataFrame | None = None
) -> list[str]:
    """Two to four headline sentences, each with its number, for a notebook or a report card.

    Args:
        counts: a ``mention_counts`` table.
        quotes: an ``analysis.quotes.find_quotes`` table, optional.
        unknown: an ``unknown_actors`` table, optional.
    """
    if counts.empty:
        return ["No actor of the dictionary is mentioned in this corpus"]
    top = counts.iloc[0]
    out = [
        f"Most mentioned: {top['actor']}, {top['mentions']:,} mentions in {top['docs']:,} document(s)",
        f"{counts['mentions'].sum():,} mentions of {len(counts):,} actors",
    ]
    if quotes is not None and len(quotes):
        attributed = quotes[quotes["speaker"] != ""]
        if len(attributed):
            speaker = attributed["speaker"].value_counts()
            best = min(speaker.index, key=lambda s: (-speaker[s], s))
            out.append(f"Most quoted: {best}, {speaker[best]:,} of {len(quotes):,} quotes")
        else:
            out.append(f"{len(quotes):,} quotes, none attributed to a speaker")
    if unknown is not None and len(unknown):
        out.append(f"{len(unknown):,} capitalised names not in the dictionary (candidates below)")
    return out


__all__ = [
    "Actor",
    "Dictionary",
    "DictionaryError",
    "cooccurrence",
    "corpus_dictionary",
    "find_mentions",
    "findings",
    "load_dictionary",
    "mention_counts",
    "mentions_cli_rows",
    "named_pairs",
    "naming_perspectives",
    "persons_tag_recall",
    "unknown_actors",
]
