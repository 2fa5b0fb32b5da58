"""Capitalised names the dictionary does not know: where they occur, and what they may be.

Runs of capitalised words outside every mention are the candidates, each with a guessed type;
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
from analysis.actor.names import first_name_at
from analysis.text import excerpt, split_sentences, stopwords

# Names are written in the letters of every Latin alphabet: Rafał Trzaskowski, Nicușor Dan,
# Željko Komšić. A capital is an ASCII one or one of Latin-1 and Latin Extended-A/B (whose
# lower-case letters among them open no word of English); a small letter is an ASCII one or
# any letter outside ASCII.
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]"
_SMALL = r"(?:[a-z]|[^\W\d_\x00-\x7f])"
_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az)-")
_CAP_WORD = (
    rf"(?:{_PARTICLE.pattern})?"  # al-Sharaa, el-Sisi
    rf"(?:{_CAPITAL}{_SMALL}+(?:[-'\u2019](?:[A-Za-z]|{_CAPITAL}){_SMALL}*)*|[A-Z]{{2,}}[a-z]?)"
)
_CONNECTOR = r"(?:of|for|and|the|on|de|du|von|van|der|bin|al|la|le|da)"
# A day or a month is no part of a name: "Claudia Sheinbaum on Monday" ends at Sheinbaum.
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?![\w'\u2019-])"
)
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*(?!{_DATE_WORD}){_CAP_WORD})*")
# The last word of a title before a name: "Economy Minister Marcelo Ebrard", "European Central
# Bank President Christine Lagarde", "House Speaker Mike Johnson".
_TITLE_HEADS = frozenset(
    "president minister secretary chancellor speaker governor mayor ambassador spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo director commissioner envoy general "
    "commander senator premier leader chief head adviser advisor king queen prince princess emir "
    "sheikh judge prosecutor lawmaker deputy colonel commodore admiral captain lieutenant "
    "sergeant officer executive analyst economist professor representative congressman "
    "congresswoman rep sen gov".split()
)
_ORG_WORDS = frozenset(
    "ministry party foundation forum company corporation corp bank council committee agency union "
    "organization organisation association university institute fund group service commission "
    "assembly duma court office government news club society center centre holding plant "
    "federation chamber board academy school museum theatre theater parliament department "
    "house inc ltd llc pjsc jsc co airlines railways energy oil gas petroleum project fleet army navy "
    "guard police forces command initiative summit conference rally front movement alliance "
    "coalition league congress bloc caucus affairs resources policy development security trade "
    "relations finance economy health education science culture defence defense justice "
    "industry agriculture transport communications emergencies labour construction order "
    "decree law directorate administration secretariat inspectorate".split()
)
_PLACE_WORDS = frozenset(
    "island islands region territory republic oblast krai sea river mountains city bay strait "
    "peninsula province prefecture district lake street square ocean gulf coast valley airport "
    "port county state area".split()
)
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "across", "into", "via"})
_SKIP_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr "
    # a wire's sign-off ("Reporting by ...; Editing by ..."), and words of direction
    "reporting editing writing additional western eastern northern southern".split()
)


def unknown_occurrences(
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
                    start, end = _trim_connectors(text, lead.end(), end)
                start = _without_opening_word(text, start, end, skip)
                if (
                    start >= end
                    or not (text[start].isupper() or _PARTICLE.match(text, start))
                    or _HYPHEN_WORD.search(text, start, end)
                ):
                    continue  # "based" of "Moscow-based", "Dubai-based": no name
                titled_within = False
                words = text[start:end].split()
                head = _title_head(words) or _first_name_head(words)
                if head:  # "Energy Secretary Claire Coutinho": the person after the title
                    start = end - len(" ".join(words[head:]))
                    titled_within = True
                surface = text[start:end]
                words = surface.split()
                person = _person_before_of(words, titled=bool(lead) or titled_within)
                if person:  # "Jane Smith of Rystad Energy": the person, not one body
                    end = start + len(" ".join(words[:person]))
                    surface, words, titled_within = text[start:end], words[:person], True
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
                if not_names.match(surface.lower()):
                    continue  # "Latin America", "World War Two": the dictionary says no actor
                if len(words) > 1 and _headline_words(text, start, words, lower_words):
                    continue  # "Says Oil Demand Will Keep Growing": a headline in title case
                title = titled_within or titles.search(text, max(0, start - 40), start)
                rows.append(
                    (
                        doc_id,
                        start,
                        end,
                        surface,
                        _guess_type(text, start, words, bool(title)),
                    )
                )
    rows = _surnames_of_persons(rows)
    frame = pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "guessed_type"])
    return frame.astype({"start": "int64", "end": "int64"})


# a word glued to a name by a hyphen, in lower case: "Dubai-based", "Russian-backed"
_HYPHEN_WORD = re.compile(
    r"-(?:based|backed|led|owned|controlled|run|born|linked|made|style|bound|funded|held|"
    r"occupied|oriented|related|affiliated|friendly|speaking|era)\b"
)


def _without_opening_word(text: str, start: int, end: int, skip) -> int:
    """Where a run starts once a word that opens its sentence and is no name is taken off: a
    function word or an adverb ("In Zaporizhzhia", "The State Electoral Commission", "Later
    Nawrocki", "Every Patriot"); not a common word ("Economic Development Ministry")."""
    first = text[start:end].split(" ", 1)
    if len(first) < 2 or not _starts_sentence(text, start):
        return start
    word = first[0].lower()
    if word in skip or word in _OPENING_WORDS:
        return start + len(first[0]) + 1
    return start


_OPENING_WORDS = frozenset("in on at the a an every later meanwhile earlier after before".split())


def _headline_words(text: str, start: int, words: list[str], lower_words) -> bool:
    """Whether a run stands in a headline written in title case and holds, after its first
    word, a word the corpus writes in lower case elsewhere ("Says Oil Demand Will Keep"): words
    of a sentence, not a name (unless it ends in a first name and a surname)."""
    if first_name_at(words[-2:-1]) is not None:
        return False  # "Cosmonaut Roman Romanenko": a person after a title
    later = [w.lower() for w in words[1:] if w.lower() not in _CONNECTOR_WORDS]
    return any(w in lower_words for w in later) and title_case_line(text, start)


def _title_head(words: list[str]) -> int | None:
    """Where the name after a title starts in a run of capitalised words: after its last title
    word, when one to three capitalised words that are no title follow (``Economy Minister
    Marcelo Ebrard``: 2); None when there is no such title."""
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().rstrip(".") in _TITLE_HEADS:
            rest = words[i + 1 :]
            if 1 <= len(rest) <= 3 and all(_name_word(w) for w in rest):
                return i + 1
            return None
    return None


def _person_before_of(words: list[str], *, titled: bool) -> int | None:
    """How many words of a run name a person before "of" and a body (``Analyst Jane Smith of
    Rystad Energy``: 2): two or three name words, after a title or from a first name we know;
    None otherwise."""
    at = next((i for i, w in enumerate(words) if w == "of"), None)
    if at not in (2, 3) or not all(_name_word(w) for w in words[:at]):
        return None
    return at if titled or first_name_at(words[:1]) == 0 else None


def _first_name_head(words: list[str]) -> int | None:
    """Where a person's name starts at the end of a run, from a first name we know: the title's
    words before it (``Agricultural Policy Vladimir Shcherbak``: 2); None when there is none."""
    if len(words) < 3:
        return None
    first = first_name_at(words[-3:-1])
    if first is None:
        return None
    at = len(words) - 3 + first
    return at if at > 0 and all(_name_word(w) for w in words[at:]) else None


def _name_word(word: str) -> bool:
    """Whether a word of a run may be a word of a person's name: capitalised (or ``al-``), no
    title, no word of a body or a place, no possessive (``General's Office Board``)."""
    lower = word.lower()
    return (
        (word[:1].isupper() or lower.startswith(("al-", "el-")))
        and lower not in _TITLE_HEADS
        and lower not in _ORG_WORDS
        and lower not in _PLACE_WORDS
        and not lower.endswith(("'s", "\u2019s"))
    )


def _surnames_of_persons(rows: list[tuple]) -> list[tuple]:
    """A single word that is the last word of a person's name in its document is that person
    (``Sheinbaum`` after ``Claudia Sheinbaum``), whatever it was guessed to be alone."""
    surnames: dict[tuple[str, str], bool] = {}
    for doc_id, _, _, surface, kind in rows:
        words = surface.split()
        if kind == "person" and len(words) > 1:
            surnames[(doc_id, words[-1])] = True
    if not surnames:
        return rows
    return [
        (doc_id, start, end, surface, "person")
        if " " not in surface and (doc_id, surface) in surnames
        else (doc_id, start, end, surface, kind)
        for doc_id, start, end, surface, kind in rows
    ]


_ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "ese", "ish", "ist", "ists", "ians", "eans")
_PLACE_ENDINGS = ("ia", "ya", "sk", "stan", "burg", "grad", "ovo", "evo", "pol", "land", "shima")


def _starts_sentence(text: str, start: int) -> bool:
    """True when only opening quotes or brackets stand between ``start`` and a sentence end."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t\"'\u201c\u2018(":
        pos -= 1
    return pos < 0 or text[pos] in ".!?:\n\u2026"


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
    if 2 <= len(words) <= 3 and all(
        (w[0].isupper() and not w.isupper()) or w.startswith(("al-", "el-")) for w in words
    ):
        return "person"  # Nouri al-Maliki
    return "organisation"


def preferred_type(types: list[str]) -> str:
    """``person`` if any occurrence had a title, else the most common guess (ties by name)."""
    if "person" in types and types.count("person") * 2 >= len(types):
        return "person"
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t], t))
