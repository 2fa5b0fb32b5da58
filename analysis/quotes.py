"""Direct quotations and who said them.

A quotation is the text between a pair of double quotation marks in one paragraph: straight
(``"``, paired in order), curly (``“ ”``, ``„ “``) or guillemets (``« »``). A paragraph that
opens a quote and does not close it quotes to its end (the convention for quotes running over
paragraphs). ``start``/``end`` are the offsets of the quoted text *without* its marks, so
``text[start:end] == quote``.

The speaker is found in this order:

1. a cue right after the closing mark: ``"...," said Abiru``, ``"...," Abiru believes``,
   ``"...," the expert said``, ``"...," he added``;
2. else the last cue before the opening mark in the same sentence: ``X told reporters that
   "..."``, ``according to X, "..."``, ``In his opinion, "..."``, ``the expert noted that "..."``;
   the speaker is the person named closest before the cue verb (else a nominal such as
   ``the expert`` or a pronoun, else an organisation);
3. else a colon introduces it: ``John Smith from the Tver Region: "..."`` (a short paragraph
   opening with a name), or a paragraph ``The message reads, in part:`` before a paragraph that
   opens with the quote; a message, letter, telegram, address or statement "says" what the first
   person named in the document sent (the Kremlin's "X congratulated Y. The message reads:");
4. else, with no cue at all, the quote continues another: it takes the speaker of the previous
   quote in its paragraph, else the next one there, else the last speaker in the document, and
   its cue is ``''``.

A pronoun (``he``, ``she``) or a nominal (``the expert``, ``the spokeswoman``) is the speaker of
the previous attributed quote in the document, else the person mentioned last before the quote.
A name that the actor dictionary does not know is reported as written, with an empty actor id.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
import pandas as pd

from analysis.actors import Dictionary, find_mentions, load_dictionary
from analysis.text import sentence_table, split_sentences

QUOTE_COLUMNS = ["doc_id", "start", "end", "quote", "speaker_actor_id", "speaker", "cue"]

_VERBS = (
    r"told (?:reporters|journalists|the press|TASS|RIA Novosti|Interfax|Kyodo|NHK)|"
    r"said|says|saying|reads|read|added|adds|adding|noted|notes|noting|stressed|stresses|stressing|"
    r"emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|believes|believed|thinks|"
    r"stated|states|declared|remarked|pointed out|warned|warns|warning|insisted|insists|argued|"
    r"argues|claimed|claims|continued|concluded|recalled|wrote|writes|asked|replied|answered|"
    r"commented|opined|underlined|underscored|assured|announced|admitted|observed|suggested|"
    r"acknowledged|affirmed|complained|predicted|expressed (?:his |her )?(?:hope|confidence)|told"
)
_ROLES = (
    r"expert|analyst|minister|president|premier|spokeswoman|spokesman|spokesperson|diplomat|"
    r"official|source|ambassador|politician|leader|chancellor|scholar|researcher|professor|"
    r"economist|head|chief|governor|senator|lawmaker|deputy|director|chairman|chairwoman|"
    r"representative|secretary|envoy|observer|commentator|author|specialist|ministry|agency|"
    r"message|telegram|letter|address|statement|greetings|greeting|appeal"
)
_DOCUMENT_WORDS = frozenset(
    "message telegram letter address statement greetings greeting appeal".split()
)
_SENDER = object()  # stands for "whoever sent the message": the document's first person
_NOMINAL = (
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:(?![Tt]he\b)[\w'\u2019-]+\s+){{0,4}}?(?i:{_ROLES}))"
)
_NAME = r"(?!(?:I|We)\b)[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|von|van|der|bin|al))*"
_SPEAKER = rf"(?P<spk>{_NOMINAL}|{_NAME})"
_SPEAKER_RE = re.compile(_SPEAKER)
_NAME_RE = re.compile(_NAME)
_LEAD = r"\s*[,:;\u2014-]?\s*"
_POST_VERB_FIRST = re.compile(rf"{_LEAD}(?P<cue>{_VERBS})\s+{_SPEAKER}\b")
_POST_SPEAKER_FIRST = re.compile(
    rf"{_LEAD}{_SPEAKER}\s+(?:also\s+|then\s+|later\s+|further\s+)?(?P<cue>{_VERBS})\b"
)
_PRE_CUE = re.compile(
    rf"(?P<cue>[Aa]ccording to|[Ii]n (?:his|her|their) (?:opinion|view|words)|\b(?:{_VERBS}))\b"
)
_NOMINAL_RE = re.compile(rf"\b{_NOMINAL}\b")
_PRONOUN_CUE = re.compile(r"[Ii]n (his|her|their)")
_CLOSING = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", '"': '"'}
# One pattern per mark: re finds a single character much faster than any of a set.
_MARKS = [(mark, re.compile(mark)) for mark in '"\u201c\u201d\u201e\u00ab\u00bb']


def _marks(text: str) -> list[tuple[int, str]]:
    """The double quotation marks of ``text`` as ``(offset, mark)``, in text order."""
    return sorted(
        (found.start(), mark)
        for mark, pattern in _MARKS
        if mark in text
        for found in pattern.finditer(text)
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quoted passages of ``text`` as ``(start, end)`` of the text inside the marks.

    Args:
        text: a document's text.

    Returns:
        Spans in text order, trimmed of whitespace, never empty, never across a paragraph.
    """
    spans = []
    opener, open_at, paragraph_end = None, 0, 0
    for offset, mark in _marks(text):
        if opener is not None and offset > paragraph_end:  # quoted to its paragraph's end
            spans.append((open_at, paragraph_end))
            opener = None
        if opener is None:
            if mark in _CLOSING:
                opener, open_at = mark, offset + 1
                paragraph_end = text.find("\n", open_at)
                paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        elif mark == _CLOSING[opener]:
            spans.append((open_at, offset))
            opener = None
    if opener is not None:
        spans.append((open_at, paragraph_end))
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


# Fewer words than this in quotation marks, with neither speaker nor cue: a title or a scare
# quote, not a quotation.
MIN_UNATTRIBUTED_WORDS = 4


def find_quotes(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    mentions: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find direct quotations and attribute each to a speaker (see the module docstring).

    Args:
        documents: a frame with ``doc_id`` and ``text``.
        dictionary: from ``analysis.actors.load_dictionary``; the shipped one when ``None``.
        mentions: the mentions table of ``documents`` (found when ``None``).
        sentences: the sentence table (computed per document when ``None``).

    Returns:
        One row per quote: doc_id, start, end (of the quoted text, marks excluded), quote,
        speaker_actor_id ('' when the speaker is not in the dictionary or not found), speaker
        (display name, or the name as written), cue ('said', 'he added', 'told reporters',
        'according to', ... ; '' for a continuation without a cue). Short unattributed runs
        (``MIN_UNATTRIBUTED_WORDS``) are titles or scare quotes and are left out.
    """
    dictionary = dictionary or load_dictionary()
    if sentences is None:  # split once, for the mentions and for the quotes
        sentences = sentence_table(documents)
    if mentions is None:
        mentions = find_mentions(documents, dictionary=dictionary, sentences=sentences)
    quoted = {}
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(text, str) and any(mark in text for mark, _ in _MARKS):
            spans = quote_spans(text)
            if spans:
                quoted[doc_id] = (text, spans)
    by_doc = _by_document(
        mentions[mentions["doc_id"].isin(list(quoted))],
        ["start", "end", "actor_id", "actor", "actor_type"],
    )
    sentence_spans = {}
    if sentences is not None:
        ordered = sentences[sentences["doc_id"].isin(list(quoted))].sort_values(
            ["doc_id", "sentence_id"]
        )
        sentence_spans = _by_document(ordered, ["start", "end"])
    rows = []
    for doc_id, (text, spans) in quoted.items():
        doc_mentions = sorted(by_doc.get(doc_id, []))
        doc_sentences = sentence_spans.get(doc_id) or split_sentences(text)
        for start, end, actor_id, speaker, cue in _attribute(
            text, spans, doc_mentions, doc_sentences
        ):
            if not speaker and not cue and len(text[start:end].split()) < MIN_UNATTRIBUTED_WORDS:
                continue  # a title or a scare quote ("Plan of Action", "gray business")
            rows.append((doc_id, start, end, text[start:end], actor_id, speaker, cue))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64"})


def _by_document(frame: pd.DataFrame, columns: list[str]) -> dict[str, list[tuple]]:
    """Rows of ``frame`` as tuples of ``columns``, grouped by doc_id (in frame order)."""
    codes, doc_ids = pd.factorize(frame["doc_id"], use_na_sentinel=False)
    rows = list(zip(*(frame[c].tolist() for c in columns), strict=True))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(doc_ids) + 1)).tolist()
    ordered = [rows[i] for i in order.tolist()]
    return {doc_id: ordered[bounds[i] : bounds[i + 1]] for i, doc_id in enumerate(doc_ids.tolist())}


def _attribute(text, spans, mentions, sentences):
    """Speakers for the quotes of one document, as ``(start, end, actor_id, speaker, cue)``."""
    starts = [m[0] for m in mentions]
    sentence_starts = [s for s, _ in sentences]
    masked = _mask(text, spans)
    results: list[list] = []
    last: tuple[str, str] | None = None
    for i, (start, end) in enumerate(spans):
        next_open = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(text)
        stop = min(next_open, _line_end(text, end), end + 160)
        close = end  # the quoted text is trimmed: its closing mark may follow a space
        while close < stop and text[close].isspace():
            close += 1
        found = _after(text, close + 1, stop, mentions, starts)
        if found is None:
            index = bisect.bisect_right(sentence_starts, start - 1) - 1
            region_start = sentence_starts[index] if index >= 0 else 0
            region_start = max(region_start, text.rfind("\n", 0, start) + 1)
            found = _before(masked, region_start, start - 1, mentions, starts)
            if found is None:
                found = _introduced(masked, region_start, start - 1, mentions, starts)
        if found is None:
            results.append([start, end, None, None, ""])
            continue
        actor_id, speaker, cue = found
        if actor_id is _SENDER:  # "the message reads": who sent it, the first person named
            actor_id, speaker = _first_person(mentions, start)
        elif actor_id is None:  # a pronoun or a nominal: the previous speaker
            actor_id, speaker = last if last else _last_person(mentions, starts, start)
        results.append([start, end, actor_id, speaker, cue])
        if speaker:
            last = (actor_id, speaker)
    _fill_continuations(text, results)
    return [(s, e, a or "", sp or "", c) for s, e, a, sp, c in results]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every quotation replaced by spaces, so cues are never read inside quotes."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline


def _after(text, pos, stop, mentions, starts):
    segment = text[pos:stop]
    for pattern in (_POST_SPEAKER_FIRST, _POST_VERB_FIRST):
        match = pattern.match(segment)
        if match:
            return _speaker(match, pos, mentions, starts)
    return None


def _speaker(match: re.Match, offset: int, mentions, starts):
    """``(actor_id, speaker, cue)`` for a cue match; actor_id None means 'the previous speaker'."""
    spk, cue = match.group("spk"), match.group("cue")
    if _NOMINAL_RE.fullmatch(spk):
        first = match.start("spk") < match.start("cue")
        return None, None, f"{spk.lower()} {cue}" if first else f"{cue} {spk.lower()}"
    s, e = offset + match.start("spk"), offset + match.end("spk")
    inside = [m for m in mentions[bisect.bisect_left(starts, s - 40) :] if m[0] < e and m[1] > s]
    inside.sort(key=lambda m: (m[4] != "person", m[0]))
    if inside:
        return inside[0][2], inside[0][3], cue
    return "", spk, cue


def _before(masked: str, region_start: int, stop: int, mentions, starts):
    cues = list(_PRE_CUE.finditer(masked, region_start, stop))
    if not cues:
        return None
    cue = cues[-1]
    word = cue.group("cue")
    if word.lower() == "according to":
        name = _SPEAKER_RE.match(masked, cue.end() + 1, stop)
        if name:
            return _speaker_from(name, masked, mentions, starts, "according to")
        return None
    pronoun = _PRONOUN_CUE.match(word)
    if pronoun:
        return None, None, word.lower()
    left = [m for m in mentions[bisect.bisect_left(starts, region_start) :] if m[1] <= cue.start()]
    persons = [m for m in left if m[4] == "person"]
    nominals = list(_NOMINAL_RE.finditer(masked, region_start, cue.start()))
    best_person = persons[-1] if persons else None
    best_nominal = nominals[-1] if nominals else None
    if best_nominal and (best_person is None or best_nominal.start() >= best_person[1]):
        head = best_nominal.group().split()[-1].lower()
        return (
            _SENDER if head in _DOCUMENT_WORDS else None,
            None,
            f"{best_nominal.group().lower()} {word}",
        )
    if best_person:
        return best_person[2], best_person[3], word
    if left:
        return left[-1][2], left[-1][3], word
    return None, None, word


def _introduced(masked: str, region_start: int, stop: int, mentions, starts):
    """A quote after a colon: ``Alexander Repin from Nizhny Novgorod: "..."``, or a paragraph
    ``The message reads, in part:`` before a paragraph that opens with the quote."""
    before = masked[region_start:stop].strip()
    if not before:
        previous_end = masked.rfind("\n", 0, region_start)
        while previous_end > 0 and masked[previous_end - 1].isspace():
            previous_end -= 1
        if previous_end <= 0 or masked[previous_end - 1] != ":":
            return None
        previous_start = masked.rfind("\n", 0, previous_end) + 1
        return _before(masked, previous_start, previous_end, mentions, starts) or _introduced(
            masked, previous_start, previous_end, mentions, starts
        )
    if (
        not before.endswith(":")
        or len(before) > 100
        or region_start
        and masked[region_start - 1] != "\n"
    ):
        return None
    persons = [
        m
        for m in mentions[bisect.bisect_left(starts, region_start) :]
        if m[1] <= stop and m[4] == "person"
    ]
    if persons:
        return persons[0][2], persons[0][3], ":"
    name = _NAME_RE.match(masked, region_start, stop)
    return ("", name.group(), ":") if name and " " in name.group() else None


def _first_person(mentions, position: int) -> tuple[str, str]:
    for m in mentions:
        if m[0] >= position:
            break
        if m[4] == "person":
            return m[2], m[3]
    return "", ""


def _speaker_from(name: re.Match, masked: str, mentions, starts, cue: str):
    spk = name.group("spk")
    if _NOMINAL_RE.fullmatch(spk):
        return None, None, cue
    s, e = name.span("spk")
    inside = [m for m in mentions[bisect.bisect_left(starts, s - 40) :] if m[0] < e and m[1] > s]
    inside.sort(key=lambda m: (m[4] != "person", m[0]))
    if inside:
        return inside[0][2], inside[0][3], cue
    return "", spk, cue


def _last_person(mentions, starts, position: int) -> tuple[str, str]:
    for m in reversed(mentions[: bisect.bisect_left(starts, position)]):
        if m[4] == "person":
            return m[2], m[3]
    return "", ""


def _fill_continuations(text: str, results: list[list]) -> None:
    """Give a quote without a cue the speaker of a quote next to it.

    The previous quote in its paragraph, else the next one there; a quote opening its paragraph
    also continues a quote that ran to the end of the paragraph before (multi-paragraph quotes).
    """
    paragraph = [text.rfind("\n", 0, r[0]) for r in results]
    for i, row in enumerate(results):
        if row[3] is not None:
            continue
        same = [j for j in range(len(results)) if paragraph[j] == paragraph[i] and results[j][3]]
        before = [j for j in same if j < i]
        after = [j for j in same if j > i]
        source = before[-1] if before else after[0] if after else None
        if source is None and i > 0 and results[i - 1][3] and _opens_paragraph(text, row[0]):
            previous_end = results[i - 1][1]
            if text.rfind("\n", 0, row[0]) <= text.find("\n", previous_end) + 2:
                source = i - 1
        if source is not None:
            row[2], row[3] = results[source][2], results[source][3]


def _opens_paragraph(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(' "\u201c\u201e\u00ab')


__all__ = ["QUOTE_COLUMNS", "find_quotes", "quote_spans"]
