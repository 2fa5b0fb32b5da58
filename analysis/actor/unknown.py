"""Capitalised names the dictionary does not know: where they occur, and what they may be.

Runs of capitalised words outside every mention, cut to the names they hold
(``analysis.actor.runs``), are the candidates, each with a guessed type;
``analysis.actors.unknown_actors`` gathers them into one row per name for an analyst to add, and
``mentions_cli_rows`` lists each occurrence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

import pandas as pd

from analysis.actor.context import title_case_line
from analysis.actor.dictionary import Dictionary
from analysis.actor.names import FIRST_NAMES, first_name_at
from analysis.actor.runs import (
    BODY_HEADS,
    CONNECTOR_WORDS,
    NAME_RUN,
    ORG_WORDS,
    PARTICLE,
    PARTICLES,
    PLACE_FIRST_WORDS,
    PLACE_WORDS,
    TITLE_HEADS,
    first_name_head,
    no_name,
    person_before_of,
    split_run,
    starts_sentence,
    title_head,
    trim_connectors,
    without_opening_word,
)
from analysis.text import excerpt, split_sentences, stopwords

# "at" stands before a firm as often as before a place ("an economist at Capital Economics")
_PLACE_PREPOSITIONS = frozenset(
    {"in", "to", "from", "near", "across", "into", "via", "outside", "around", "throughout"}
)
_SKIP_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays "
    # a wire's sign-off ("Reporting by ...; Editing by ..."), and words of direction
    "reporting editing writing additional western eastern northern southern".split()
)


def unknown_occurrences(
    documents: pd.DataFrame, dictionary: Dictionary, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Each occurrence of a capitalised name the dictionary does not know, with a guessed type."""
    covered: dict[str, list[tuple[int, int]]] = {}
    bodies: dict[str, tuple[dict, dict]] = {}  # doc -> mentions that name no person, by end, start
    columns = ("doc_id", "start", "end", "actor_type", "how")
    # as lists: iterating a column of arrow strings costs several times as much
    for doc_id, start, end, kind, how in zip(*(mentions[c].tolist() for c in columns), strict=True):
        covered.setdefault(doc_id, []).append((start, end))
        if kind != "person":
            by_end, by_start = bodies.setdefault(doc_id, ({}, {}))
            by_end[end], by_start[start] = (start, how), end
    lower_words = _lowercase_vocabulary(documents)
    skip = (
        stopwords() | _SKIP_WORDS | dictionary.not_actors | {t.lower() for t in dictionary.titles}
    )
    titles = dictionary.title_re
    title_set = {t.lower() for t in dictionary.titles}
    phrases = sorted(
        {p.lower() for p in dictionary.not_names} | {w for w in dictionary.not_actors if " " in w},
        key=len,
        reverse=True,
    )
    not_names = re.compile(
        "(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])" if phrases else r"(?!)"
    )
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
        doc_bodies = bodies.get(doc_id, ({}, {}))
        for run in NAME_RUN.finditer(text):
            word = run.group()
            if " " not in word and "\t" not in word:  # most runs: one word, decided at once
                low = word.lower()
                if low in skip or low in lower_words or len(word) < 3:
                    continue
            parts = _outside(run.start(), run.end(), spans)
            pieces = [piece for part in parts for piece in split_run(text, *part, lower_words)]
            for start, end in pieces:
                start, end = trim_connectors(text, start, end)
                lead = leading_title.match(text, start, end)
                if lead and text[lead.end() : end].lower() in ORG_WORDS:
                    lead = None  # "Premier League": a title's word in a body's name
                if lead:
                    start, end = trim_connectors(text, lead.end(), end)
                opened = without_opening_word(text, start, end, skip, lower_words)
                if opened != start:
                    start, end = trim_connectors(text, opened, end)
                if (
                    start >= end
                    or not (text[start].isupper() or PARTICLE.match(text, start))
                    or _HYPHEN_WORD.search(text, start, end)
                ):
                    continue  # "based" of "Moscow-based", "Dubai-based": no name
                titled_within = False
                words = text[start:end].split()
                head = title_head(words) or first_name_head(words)
                if head:  # "Energy Secretary Claire Coutinho": the person after the title
                    start = end - len(" ".join(words[head:]))
                    titled_within = True
                elif (
                    lead
                    and text.startswith(("of ", "for "), lead.end())
                    and words[-1].lower() not in BODY_HEADS
                ):
                    continue  # "Minister for Climate Change": the title's words, no name
                surface = text[start:end]
                words = surface.split()
                person = person_before_of(words, titled=bool(lead) or titled_within)
                if person:  # "Jane Smith of Rystad Energy": the person, not one body
                    end = start + len(" ".join(words[:person]))
                    surface, words, titled_within = text[start:end], words[:person], True
                if len(words) == 1 and (
                    surface.lower() in skip
                    or surface.lower() in lower_words
                    or surface.lower() in TITLE_HEADS
                    or surface.lower() in _COMPASS  # "South" of "South Asia"
                    or len(surface) < 3
                    or starts_sentence(text, start)
                    or surface.endswith(_ADJECTIVE_ENDINGS)
                ):
                    continue
                if all(w.lower() in skip for w in words) or surface.lower() in title_set:
                    continue
                if not_names.match(surface.lower()):
                    continue  # "Latin America", "World War Two": the dictionary says no actor
                if len(words) > 1 and _headline_words(text, start, words, lower_words):
                    continue  # "Says Oil Demand Will Keep Growing": a headline in title case
                if first_name_at(words[:1]) != 0 and no_name(words, lower_words, skip):
                    continue  # "Commission President", "INFLATION IS DYING", "Radical Left"
                title = titled_within or titles.search(text, max(0, start - 40), start)
                kind = _guess_type(text, start, end, words, bool(title))
                if kind != "person":  # "Malawi Electoral Commission", not "Electoral Commission"
                    start, end = _with_adjacent_body(text, start, end, words, doc_bodies)
                rows.append((doc_id, start, end, text[start:end], kind))
    rows = _within_document(rows, lower_words)
    frame = pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "guessed_type"])
    return frame.astype({"start": "int64", "end": "int64"})


# "of" between a body's name and the country or body it belongs to
_OF = re.compile(r"[ \u00a0]of[ \u00a0]")


def _with_adjacent_body(
    text: str, start: int, end: int, words: list[str], bodies: tuple[dict, dict]
) -> tuple[int, int]:
    """The span of a body's name joined to a country, place or body of the dictionary written
    right before it or after ``of``: one longer name (``Malawi Electoral Commission``, ``NHS
    Confederation``, ``Russian Orthodox Church``, ``BBC Sport``, ``Manufacturers Association of
    Nigeria``), not a fragment of it. A name joins only when it holds a body's or place's word,
    or is one word after a name (not a demonym: ``Belarusian BELAZ``); ``bodies`` maps the
    mentions' ends to their starts and hows, and their starts to their ends."""
    if not {w.lower() for w in words} & (ORG_WORDS | PLACE_WORDS) and len(words) > 1:
        return start, end
    by_end, by_start = bodies
    before = by_end.get(start - 1) if start and text[start - 1] in " \u00a0" else None
    if before and (len(words) > 1 or before[1] != "demonym"):
        start = before[0]
    after = _OF.match(text, end)
    if after and after.end() in by_start:
        end = by_start[after.end()]
    return start, end


# a word glued to a name by a hyphen, in lower case: "Dubai-based", "Russian-backed"
_HYPHEN_WORD = re.compile(
    r"-(?:based|backed|led|owned|controlled|run|born|linked|made|style|bound|funded|held|"
    r"occupied|oriented|related|affiliated|friendly|speaking|era)\b"
)


def _headline_words(text: str, start: int, words: list[str], lower_words) -> bool:
    """Whether a run stands in a headline written in title case and holds, after its first
    word, a word the corpus writes in lower case elsewhere ("Says Oil Demand Will Keep"): words
    of a sentence, not a name (unless it ends in a first name and a surname)."""
    if first_name_at(words[-2:-1]) is not None:
        return False  # "Cosmonaut Roman Romanenko": a person after a title
    later = [w.lower() for w in words[1:] if w.lower() not in CONNECTOR_WORDS]
    return any(w in lower_words for w in later) and title_case_line(text, start)


def _within_document(rows: list[tuple], lower_words) -> list[tuple]:
    """One name, one kind in a document, and a person's words are that person's.

    A name takes the kind its occurrences in the document prefer (``Tim Archer`` after "comes
    from" is no place where the transcript gives him a turn; ``Kazan`` once after "in" is a
    place throughout); a name of two or three plain words, the first no common word, whose last
    word the document also writes alone is a person (``Mirra Andreeva``, then
    ``Andreeva``); a single word that is the last word of a person's name is that person
    (``Sheinbaum`` after ``Claudia Sheinbaum``), and so are two joined by ``and`` (``Saka and
    Odegaard``); a first name alone is left out, as a
    transcript's address (``Thanks, Joe``) or a person named in full elsewhere (``Tim``).
    """
    kinds: dict[tuple[str, str], list[str]] = {}
    for doc_id, _, _, surface, kind in rows:
        kinds.setdefault((doc_id, surface), []).append(kind)
    chosen = {key: _document_type(found) for key, found in kinds.items()}
    alone = set()  # words the document writes alone, or two of them joined by "and"
    for doc_id, surface in chosen:
        pair = surface.split(" and ")
        if all(" " not in name for name in pair):
            alone.update((doc_id, name) for name in pair)
    for (doc_id, surface), kind in chosen.items():
        words = surface.split()
        if (
            kind != "person"
            and 2 <= len(words) <= 3
            and (doc_id, words[-1]) in alone
            and all(w[:1].isupper() and not w.isupper() for w in words)
            and words[0].lower() not in lower_words  # "Mountainous Daghestan"
            and not words[0].endswith(_ADJECTIVE_ENDINGS + ("i",))  # "Iraqi Kurdistan"
            and not {w.lower() for w in words} & (ORG_WORDS | PLACE_WORDS)
        ):
            chosen[(doc_id, surface)] = "person"
    last_words, first_words = set(), set()
    for (doc_id, surface), kind in chosen.items():
        words = surface.split()
        if kind == "person" and len(words) > 1:
            last_words.add((doc_id, words[-1]))
            first_words.add((doc_id, words[0]))
    out = []
    for doc_id, start, end, surface, _ in rows:
        kind = chosen[(doc_id, surface)]
        pair = surface.split(" and ")
        if len(pair) == 2 and all((doc_id, name) in last_words for name in pair):
            out.append((doc_id, start, start + len(pair[0]), pair[0], "person"))
            out.append((doc_id, end - len(pair[1]), end, pair[1], "person"))
            continue  # "Saka and Odegaard" after "Bukayo Saka" and "Martin Odegaard"
        if " " not in surface:
            if (doc_id, surface) in last_words:
                kind = "person"
            elif (doc_id, surface) in first_words or surface.lower() in FIRST_NAMES:
                continue
        out.append((doc_id, start, end, surface, kind))
    return out


_COMPASS = frozenset("north south east west central".split())
_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish", "ist", "ists", "ians", "eans", "ican")
_PLACE_ENDINGS = ("ia", "ya", "sk", "stan", "burg", "grad", "ovo", "evo", "pol", "land", "shima")


def examples(documents: pd.DataFrame, doc_ids, starts) -> list[str]:
    """The sentence around each ``(doc_id, start)``, splitting each document once."""
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for doc_id, start in zip(doc_ids, starts, strict=True):
        if doc_id not in spans:
            spans[doc_id] = split_sentences(texts[doc_id])
        doc_spans = spans[doc_id]
        i = bisect.bisect_right(doc_spans, (start, len(texts[doc_id]) + 1)) - 1
        out.append(excerpt(texts[doc_id], *doc_spans[i], start) if i >= 0 else "")
    return out


def _lowercase_vocabulary(documents: pd.DataFrame) -> frozenset[str]:
    """Words that appear in lower case somewhere in the corpus (so ``The``, ``After`` are words)."""
    joined = "\n".join(t for t in documents["text"] if isinstance(t, str))
    return frozenset(_LOWER_WORD.findall(joined))


_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]+")


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` not covered by the sorted ``spans``."""
    parts, pos = [], start
    # by index, not over a slice: a copy of the rest of the spans per run is quadratic
    for i in range(bisect.bisect_left(spans, (start - 200, 0)), len(spans)):
        s, e = spans[i]
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


# a place's noun after a name ("Sindh province") or before it with "of" ("the town of Jinka")
_PLACE_AFTER = re.compile(
    r"[ \u00a0]+(?:province|region|town|village|city|district|county|state|oblast)\b"
    r"|,[ \u00a0][A-Z][a-z]+-based\b"  # "Austin, Texas-based"
)
_PLACE_BEFORE = re.compile(
    r"\b(?:province|region|town|village|city|district|county|state|capital|island)[ \u00a0]+of"
    r"[ \u00a0]+\Z"
)


def _guess_type(text: str, start: int, end: int, words: list[str], titled: bool) -> str:
    lowered = {w.lower().strip(".,'\u2019") for w in words}
    if titled:
        return "person"
    if lowered & ORG_WORDS:
        return "organisation"
    if lowered & PLACE_WORDS:
        return "place"
    if len(words) == 1 and words[0].isupper():
        return "organisation"
    if (
        _PLACE_AFTER.match(text, end)
        or _PLACE_BEFORE.search(text, max(0, start - 20), start)
        or (len(words) > 1 and words[0].lower().rstrip(".") in PLACE_FIRST_WORDS)
    ):
        return "place"
    names = [w for w in words if w not in PARTICLES]  # "Pieter van Dam": two names, a particle
    plain = all((w[0].isupper() and not w.isupper()) or w.startswith(("al-", "el-")) for w in names)
    words = names
    if plain and (
        (2 <= len(words) <= 3 and first_name_at(words[:1]) == 0)
        or (2 <= len(words) <= 5 and words[0].lower() in ("abu", "umm"))
    ):
        return "person"  # "from Laura Chen": a first name we know, not a place
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return "place"
    if len(words) == 1 and words[0].lower().endswith(_PLACE_ENDINGS):
        return "place"
    if plain and 2 <= len(words) <= 3:
        return "person"  # Nouri al-Maliki
    return "organisation"


def _document_type(types: list[str]) -> str:
    """The kind of a name in one document: ``person`` as ``preferred_type`` says, else ``place``
    if any occurrence was read as one (after "in", before "province": evidence, where
    ``organisation`` is the guess without any), else the most common."""
    if "person" in types and types.count("person") * 2 >= len(types):
        return "person"
    return "place" if "place" in types else preferred_type(types)


def preferred_type(types: list[str]) -> str:
    """``person`` if any occurrence had a title, else the most common guess (ties by name)."""
    if "person" in types and types.count("person") * 2 >= len(types):
        return "person"
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t], t))
