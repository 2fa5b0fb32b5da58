"""Tables built on a mentions table: co-occurrence, counts per actor, naming perspectives, the
display names of pairs, the recall of a corpus's own person tags and the headline findings.

Mentions in, DataFrames (or sentences) out; nothing here finds mentions itself.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.actor.dictionary import Dictionary
from analysis.actor.loading import load_dictionary


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


UNNAMED = "(unnamed)"  # the speaker of a turn whose label names a role, not a person


def turn_counts(turns: pd.DataFrame) -> pd.DataFrame:
    """Who speaks in the corpus's transcripts: one row per speaker (a role such as ``Question``
    counts as ``(unnamed)``), with speaker_actor_id, turns, words (spoken in them) and docs,
    the most words first.

    Args:
        turns: an ``analysis.quotes.find_turns`` table.
    """
    columns = ["speaker", "speaker_actor_id", "turns", "words", "docs"]
    if turns.empty:
        return pd.DataFrame(columns=columns)
    named = turns.assign(speaker=turns["speaker"].replace("", UNNAMED))
    counts = (
        named.groupby("speaker", sort=False)
        .agg(
            speaker_actor_id=("speaker_actor_id", "first"),
            turns=("doc_id", "size"),
            words=("words", "sum"),
            docs=("doc_id", "nunique"),
        )
        .reset_index()
    )
    counts = counts.sort_values(["words", "speaker"], ascending=[False, True])
    return counts[columns].reset_index(drop=True)


def turn_excerpts(turns: pd.DataFrame, *, chars: int = 200) -> pd.DataFrame:
    """The turns table to read: each turn's first ``chars`` characters, no label offset.

    Args:
        turns: an ``analysis.quotes.find_turns`` table.
        chars: how much of each turn's text to keep.
    """
    return turns.assign(text=turns["text"].str.slice(0, chars)).drop(columns=["label_start"])


def findings(
    counts: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    unknown: pd.DataFrame | None = None,
    turns: pd.DataFrame | None = None,
) -> list[str]:
    """Two to five headline sentences, each with its number, for a notebook or a report card.

    Args:
        counts: a ``mention_counts`` table.
        quotes: an ``analysis.quotes.find_quotes`` table, optional.
        unknown: an ``unknown_actors`` table, optional.
        turns: an ``analysis.quotes.find_turns`` table, optional.
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
    speakers = turn_counts(turns) if turns is not None else pd.DataFrame()
    speakers = speakers[speakers["speaker"] != UNNAMED] if len(speakers) else speakers
    if len(speakers):
        top_speaker = speakers.iloc[0]
        out.append(
            f"Speaks most in transcripts: {top_speaker['speaker']}, {top_speaker['words']:,} of "
            f"{turns['words'].sum():,} words in {top_speaker['turns']:,} of {len(turns):,} "
            "speaking turns"
        )
    if unknown is not None and len(unknown):
        out.append(f"{len(unknown):,} capitalised names not in the dictionary (candidates below)")
    return out
