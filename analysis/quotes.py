"""Direct quotations and who said them.

A quotation is the text between a pair of quotation marks in one paragraph: double marks,
straight (``"``, paired in order), curly (``“ ”``, ``„ “``) or guillemets (``« »``), and single
curly marks (``‘ ’``, the British style). Marks nest: a single quote inside a double one
(``“... ‘...’ ...”``) or a double quote inside a single one is part of the outer quotation, which
alone is reported. The right single mark ``’`` is also the apostrophe: it never closes a quote
inside a word (``Russia’s``, ``don’t``) or before a digit (``the ’90s``), and after an ``s``
followed by a word (``the students’ union``) it closes only when no clearer closing mark follows
in the paragraph. Straight single quotes (``'...'``) count only with a speaker cue, as they are
mostly titles (``the law 'On Defence'``) and apostrophes. A paragraph that opens a quote and does
not close it quotes to its end (wire copy reopens the mark in each paragraph of a long quote),
unless a curly mark or guillemet opened it and the next mark of its pair closes it within
``MAX_PARAGRAPHS`` paragraphs and ``MAX_CHARACTERS`` characters: then the quote runs over the
paragraphs to that mark (the Kremlin's style, ``Text of the address: “Dear friends, ...`` closed
only in the last paragraph). ``start``/``end`` are the offsets of the quoted text *without* its
marks, so ``text[start:end] == quote``. Titles and names are no quotations (``analysis.quoting.
titles``): a work and its author (``“They Fought for their Homeland” by Mikhail Sholokhov``), a
title-cased name after or before the word that says what it names (``the festival “Russian
Seasons”``, ``the “Power of Siberia” project``, ``called “Open Skies”``), and a title-cased name
of one or two words (``the “Twenty” concept``).

The speaker is found in this order:

1. a cue right after the closing mark: ``"...," said Abiru``, ``"...," Abiru believes``,
   ``"...," Kremlin spokesman Dmitry Peskov told Reuters``, ``"...," Lavrov, the foreign
   minister, said``, ``"...," Alexei Miller, Gazprom's chief executive, told TASS`` (the name
   before an aside), ``"...," he added``, ``"...," the ministry said``, ``"...," say analysts``,
   ``"...," Lavrov was quoted as saying``, ``"...", according to Lavrov``; but a quote that ends
   its sentence (``X said "... open." Putin has said``) takes a cue before it in that sentence
   first, as the next sentence's cue is the next quote's;
2. else the last cue before the opening mark in the same sentence: ``X told reporters that
   "..."``, ``X said on Tuesday that "..."``, ``according to X, "..."``, ``In his opinion,
   "..."``, ``the expert noted that "..."``, and a verb that quotes the subject's own words
   (``Lavrov called the sanctions "illegitimate"``, ``described it as "absurd"``, ``criticised
   Japan for "..."``) when the subject stands right before it (not ``a school called "..."``);
   the speaker is the subject of the cue: the person named closest before it who is not in an
   object or possessive position (``talks with X``, ``X's administration``), else a nominal
   such as ``the expert`` or a pronoun, else an organisation or country in subject position;
   ``Interfax quoted Ryabkov as saying`` is Ryabkov's, and ``Putin was asked`` is not Putin's;
3. else a colon introduces it: ``John Smith from the Tver Region: "..."`` (a short paragraph
   opening with a name; ``Text of the address: "..."`` is its sender's), or a paragraph ``The
   message reads, in part:`` before a paragraph that opens with the quote; a message, letter,
   telegram, address or statement "says" what its sender wrote: the last person named before it
   as the subject of a verb that sends (``Medvedev sent his condolences to Sheikh Hasina``, the
   Kremlin's "X congratulated Y. The message reads:"), else the first person named;
4. else, with no cue at all, the quote continues another: it takes the speaker of the previous
   quote in its paragraph, else, when it opens a sentence, the speaker of the sentence of
   reported speech before it (``..., Peskov told reporters. "..."``), else the next quote in its
   paragraph, else the last speaker in the document, and its cue is ``''``.

A pronoun (``he``, ``she``) or a person nominal (``the minister``, ``the spokeswoman``) is the
most recent person named in subject position before the quote in its paragraph (outside quotes)
who fits it: not of the other sex where the name tells it (``-ova``/``-ov``, a list of first
names; for ``she``, a name known to be a woman's before one that may be a man's), and holding
the role where the nominal names one and the dictionary gives the person's role (``the
minister`` is not the president, ``the deputy prime minister`` is not the prime minister: a
title is one nominal however many words it takes; ``the top diplomat`` and ``the foreign
minister`` are a foreign minister, and a country in the nominal, ``the Russian top diplomat``,
``China's foreign minister``, rules out the persons of other countries; ``Hendry's barrister``
is nobody); a name right after a reporting
verb whose own subject is named before it is not that subject (``Ushakov said Putin had ...``:
he is Ushakov).
A pronoun in a paragraph that names nobody before it is the person who spoke in the paragraph
before (``Peskov said that ...`` then ``"...," he said``), as wire copy writes it. Else it is the
previous speaker in the document if that one fits, else nobody: a wrong speaker is worse than
none. Neither holds in a conversation told in the first person (``He said: "..." I asked:
"..."``): its ``he`` is whom the narrator spoke with. ``they`` is nobody, and so is somebody the
text does not name: ``a senior official``, ``an OPEC+ source``, ``one of the sources``, ``the
source``, ``the official, who declined to be named`` (but ``a Gazprom spokesman`` and ``a
statement from the ministry`` speak for their
organisation, before the quote or after it; so does ``the spokesman`` after ``A Rosneft
spokesman`` in its paragraph, and ``the official`` after ``A senior official`` is nobody), and a
pronoun whose sentence names before it a person the dictionary does not know (``When US Defence
Secretary James Mattis took office, he described ...``). An
organisation nominal (``the ministry``, ``the agency``) is the organisation of that kind named
last before the quote. A name that the actor dictionary does not know is reported as written,
without its honorific and titles (``Chief Executive Amin Nasser``: Amin Nasser; ``Khalid
al-Falih``, ``von der Leyen``: lower-case particles are part of a name; ``Helima Croft of RBC
Capital Markets``: Helima Croft), and a person's full name wins over the organisation or the
description around it (``Rystad Energy analyst Jorge Leon``, ``Giovanni Staunovo, an analyst at
UBS, said``); a common word is no name (``As Churchill said``: Churchill); a bare surname
(``Mr Smith``) is completed from a full name earlier in the document (``John Smith``); its actor
id is empty.

Transcripts quote without marks: ``find_turns`` reads their speaking turns (``Vladimir Putin:
...`` and the paragraphs after it, see ``analysis.quoting.turns``) into a table of their own, so
that a quote keeps meaning words in quotation marks.

This module is the entry point: ``find_quotes`` finds each document's quotes and gathers the rows.
The steps live in ``analysis.quoting``, a module each: ``marks`` (the quotation spans),
``titles`` (names that are no quotations), ``patterns`` (the cue verbs, roles and names),
``document`` (one document's look-ups), ``attribution`` (the order above), ``speakers`` (who a
subject phrase names), ``referents`` (whom a pronoun or nominal stands for) and ``turns`` (the
speaking turns of transcripts).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.actors import Dictionary, find_mentions, load_dictionary
from analysis.quoting.attribution import attribute
from analysis.quoting.document import Document
from analysis.quoting.marks import flagged_spans
from analysis.quoting.marks import quote_spans as quote_spans  # part of the quotes API
from analysis.quoting.titles import is_title
from analysis.quoting.turns import document_turns, labels
from analysis.text import sentence_table, split_sentences

QUOTE_COLUMNS = ["doc_id", "start", "end", "quote", "speaker_actor_id", "speaker", "cue"]
TURN_COLUMNS = [
    "doc_id", "label_start", "start", "end", "label", "speaker_actor_id", "speaker", "words", "text"
]  # fmt: skip


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
        (``MIN_UNATTRIBUTED_WORDS``) are titles or scare quotes and are left out, and so are
        quotes in straight single marks without a cue.
    """
    dictionary = dictionary or load_dictionary()
    if sentences is None:  # split once, for the mentions and for the quotes
        sentences = sentence_table(documents)
    if mentions is None:
        mentions = find_mentions(documents, dictionary=dictionary, sentences=sentences)
    quoted = {}
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(text, str) and any(
            mark in text for mark in "\"'\u201c\u201d\u201e\u00ab\u2018"
        ):
            spans = flagged_spans(text)
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
    roles = {actor.id: actor.role.lower() for actor in dictionary.actors.values() if actor.role}
    affiliations = {
        actor.id: actor.affiliation
        for actor in dictionary.actors.values()
        if actor.affiliation and actor.type == "person"
    }
    rows = []
    for doc_id, (text, spans) in quoted.items():
        doc = Document(
            text,
            [(s, e) for s, e, _ in spans],
            sorted(by_doc.get(doc_id, [])),
            sentence_spans.get(doc_id) or split_sentences(text),
            roles,
            affiliations,
        )
        for (start, end, actor_id, speaker, cue), (_, _, straight) in zip(
            attribute(doc), spans, strict=True
        ):
            if straight and not cue:
                continue  # 'On Defence', the parents' shoulders: a title or apostrophes
            if not speaker and not cue and len(text[start:end].split()) < MIN_UNATTRIBUTED_WORDS:
                continue  # a title or a scare quote ("Plan of Action", "gray business")
            if is_title(text, start, end):
                continue  # "They Fought for their Homeland" by Mikhail Sholokhov; the "Twenty"
            rows.append((doc_id, start, end, text[start:end], actor_id, speaker, cue))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64"})


def find_turns(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find the speaking turns of transcripts (``analysis.quoting.turns``): ``Vladimir Putin:
    ...`` and the paragraphs after it, up to the next speaker's label.

    Args:
        documents: a frame with ``doc_id`` and ``text``.
        dictionary: from ``analysis.actors.load_dictionary``; the shipped one when ``None``.
        mentions: the mentions table of ``documents`` (found when ``None``).

    Returns:
        One row per turn: doc_id, label_start (where the speaker's label starts), start, end (of
        the words spoken, after the label's colon, so ``text[start:end]`` is the turn's text),
        label (as written: ``President of Russia Vladimir Putin``), speaker_actor_id ('' when
        the speaker is not in the dictionary), speaker (display name, or the name as written;
        '' for a role such as ``Question``), words (their number) and text.
    """
    found = {}  # doc_id -> (text, its candidate labels), for the documents with any
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(text, str) and ":" in text and (candidates := labels(text)):
            found[doc_id] = (text, candidates)
    if mentions is None:
        mentions = find_mentions(
            documents[documents["doc_id"].isin(list(found))],
            dictionary=dictionary or load_dictionary(),
        )
    by_doc = _by_document(
        mentions[mentions["doc_id"].isin(list(found))],
        ["start", "end", "actor_id", "actor", "actor_type"],
    )
    rows = []
    for doc_id, (text, candidates) in found.items():
        doc = Document(text, [], sorted(by_doc.get(doc_id, [])), [], {})
        for turn in document_turns(doc, candidates):
            rows.append((doc_id, *turn, text[turn[1] : turn[2]]))
    frame = pd.DataFrame(rows, columns=TURN_COLUMNS)
    return frame.astype({c: "int64" for c in ("label_start", "start", "end", "words")})


def _by_document(frame: pd.DataFrame, columns: list[str]) -> dict[str, list[tuple]]:
    """Rows of ``frame`` as tuples of ``columns``, grouped by doc_id (in frame order)."""
    codes, doc_ids = pd.factorize(frame["doc_id"], use_na_sentinel=False)
    rows = list(zip(*(frame[c].tolist() for c in columns), strict=True))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(doc_ids) + 1)).tolist()
    ordered = [rows[i] for i in order.tolist()]
    return {doc_id: ordered[bounds[i] : bounds[i + 1]] for i, doc_id in enumerate(doc_ids.tolist())}


__all__ = ["QUOTE_COLUMNS", "TURN_COLUMNS", "find_quotes", "find_turns", "quote_spans"]
