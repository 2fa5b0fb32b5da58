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
- a bare surname right after the person's organisation or country, with a possessive or words
  of office between (``Gazprom's Miller``, ``Rosneft chief Sechin``, ``Russia's Novak``), is that
  person even when the full name is never written (how = employer), and so are later bare
  mentions of the surname;
- a full name or alias followed by ``'s`` is a possessive mention (how = possessive);
- a place's name inside another name is no mention of the place (``Jordan Henderson``, ``Moscow
  Mayor``, ``Senator Dana Whitfield of Georgia``, ``Tokyo Electron``, ``Taiwan Semiconductor
  Manufacturing Co``, ``Confederation of British Industry``), nor is a demonym that stands for a
  person or a language (``the Italian said``, ``in Spanish``), nor a body's one-word name that
  is a common word or another name's word (``Labour efficiency``, ``Ilir Meta``):
  ``analysis.actor.places``;
- a party's name (``Republican Party``, ``Democrats``) is the dictionary's party only in a
  document that names the party's country, or a person or body of it, and not right after another
  country (``Chile's Republican Party``, ``Democratic Party of Japan``): ``analysis.actor.parties``.

Offsets refer to ``documents.text``, in which the loader has already dropped the dateline.

This module is the entry point: ``find_mentions`` runs the steps over every document and gathers
the rows, ``unknown_actors`` and ``mentions_cli_rows`` build on it. The steps live in
``analysis.actor``, a module each: ``dictionary`` (the actors and the automaton), ``loading``
(the YAML files), ``matching`` (the automaton's matches and their overlaps), ``resolving`` (the
rules above, per document), ``places`` and ``parties`` (the rules for places' and parties'
names), ``context`` (the words around a match), ``unknown`` (names the dictionary does not know)
and ``summaries`` (co-occurrence, counts, naming perspectives, findings). The dictionary loaders and the summaries
are re-exported here, so notebooks, the CLI and the other analyses import them from
``analysis.actors``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# A name imported as itself is re-exported: the actors API that notebooks, the CLI,
# analysis.quotes, analysis.figures, analysis.tables and analysis.report import from here.
from analysis.actor.dictionary import Actor as Actor
from analysis.actor.dictionary import Dictionary as Dictionary
from analysis.actor.loading import DictionaryError as DictionaryError
from analysis.actor.loading import corpus_dictionary as corpus_dictionary
from analysis.actor.loading import dictionary_file as dictionary_file
from analysis.actor.loading import load_dictionary as load_dictionary
from analysis.actor.resolving import document_mentions
from analysis.actor.summaries import cooccurrence as cooccurrence
from analysis.actor.summaries import findings as findings
from analysis.actor.summaries import mention_counts as mention_counts
from analysis.actor.summaries import named_pairs as named_pairs
from analysis.actor.summaries import naming_perspectives as naming_perspectives
from analysis.actor.summaries import persons_tag_recall as persons_tag_recall
from analysis.actor.summaries import turn_counts as turn_counts
from analysis.actor.summaries import turn_excerpts as turn_excerpts
from analysis.actor.unknown import examples, preferred_type, unknown_occurrences
from analysis.text import sentence_table

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


# --- matching ------------------------------------------------------------------------------


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
        mentions = document_mentions(text, dictionary)
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


def unknown_actors(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Capitalised names the dictionary does not know, for an analyst to add.

    A run of capitalised words (with ``of``, ``for``, ``the``, ``van``, ``da``... inside) outside
    every mention is a candidate, except single words that also appear in lower case in the
    corpus (``The``, ``After``), stop words, months and weekdays, a first name alone, a title
    alone, shouted text and common words in capitals; it is cut at a name's possessive and at
    ``and`` between two people, loses its title and post-nominal (``Sir``, ``Prof``, ``KC``),
    and a body's name joins the country or body written next to it (``Malawi Electoral
    Commission``): ``analysis.actor.runs``. The type is a guess, one per name in a document:
    ``person`` after a title (``spokeswoman``, ``President``, ``Mr``), from a first name we know,
    or for two or three plain capitalised words; ``organisation`` with an organisation word
    (Ministry, Party, Forum, Systems...) or for an all-capitals word; ``place`` with a place word
    (Islands, Region...), before ``province`` or after ``the town of``, or after
    ``in``/``to``/``from``.

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
    occurrences = unknown_occurrences(documents, dictionary, mentions)
    if occurrences.empty:
        return pd.DataFrame(columns=UNKNOWN_COLUMNS)
    grouped = occurrences.groupby("surface", sort=False)
    first = grouped.head(1).set_index("surface")
    guessed = grouped["guessed_type"].agg(lambda s: preferred_type(list(s)))
    table = pd.DataFrame(
        {
            "surface": first.index,
            "guessed_type": guessed.reindex(first.index).to_numpy(),
            "count": grouped.size().reindex(first.index).to_numpy(),
            "doc_count": grouped["doc_id"].nunique().reindex(first.index).to_numpy(),
            "example": examples(documents, first["doc_id"], first["start"]),
            "doc_id": first["doc_id"].to_numpy(),
            "start": first["start"].to_numpy(),
            "end": first["end"].to_numpy(),
        }
    )
    table = table.sort_values(["count", "doc_count", "surface"], ascending=[False, False, True])
    return table.reset_index(drop=True).astype({"count": "int64", "doc_count": "int64"})


# --- tables built on mentions --------------------------------------------------------------


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
        unknown = unknown_occurrences(documents, dictionary, mentions)
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
    "turn_counts",
    "turn_excerpts",
    "unknown_actors",
]
