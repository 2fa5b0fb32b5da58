"""Keyword in context: every occurrence of given terms, with the text around it.

Terms are matched on token boundaries (``analysis.text.tokenize``) within a sentence, so
``Sakhalin-2`` does not match inside ``Sakhalin-22`` and ``Foreign Ministry`` matches
``Foreign Ministry’s`` (the possessive is a token of its own). Offsets refer to
``documents.text``: ``text[start:end] == keyword``.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.text import normalise, split_sentences, tokenize, unify_apostrophes

COLUMNS = ["term", "doc_id", "sentence_id", "start", "end", "left", "keyword", "right"]
_WHITESPACE = re.compile(r"\s")


class KwicError(ValueError):
    """A search term that cannot be matched (named in the message)."""


def kwic(
    documents: pd.DataFrame,
    terms: list[str] | str,
    *,
    window: int = 60,
    ignore_case: bool = True,
) -> pd.DataFrame:
    """Concordance lines for ``terms``.

    Args:
        documents: the documents table (``doc_id`` and ``text`` are read).
        terms: words or phrases as written (``"Sakhalin-2"``, ``"Foreign Ministry"``); each is
            tokenised like the text and matched token by token.
        window: characters of context on each side (line breaks shown as spaces).
        ignore_case: match regardless of case (apostrophes ``’`` and ``'`` always match).

    Returns:
        ``term`` (as asked), ``doc_id``, ``sentence_id`` (0-based, as ``sentence_table``),
        ``start``, ``end``, ``left``, ``keyword``, ``right``; in document order, then by offset.

    Raises:
        KwicError: a term with no word in it.
    """
    if isinstance(terms, str):
        terms = [terms]
    queries = [(term, _query(term, ignore_case)) for term in dict.fromkeys(terms)]
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        text = "" if pd.isna(text) else str(text)
        folded = normalise(text) if ignore_case else unify_apostrophes(text)
        wanted = [(term, keys) for term, keys in queries if keys[0] in folded]
        if wanted:
            rows.extend(_matches(doc_id, text, wanted, window, ignore_case))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = frame.astype({c: "int64" for c in ("sentence_id", "start", "end")})
    return frame.astype({c: "str" for c in ("term", "doc_id", "left", "keyword", "right")})


def _key(token, ignore_case: bool) -> str:
    return token.norm if ignore_case else unify_apostrophes(token.text)


def _query(term: str, ignore_case: bool) -> tuple[str, ...]:
    keys = tuple(_key(t, ignore_case) for t in tokenize(term))
    if not keys:
        raise KwicError(f"kwic term {term!r}: nothing to search for")
    return keys


def _matches(doc_id, text: str, queries, window: int, ignore_case: bool) -> list[tuple]:
    rows = []
    for sentence_id, (s, e) in enumerate(split_sentences(text)):
        tokens = tokenize(text, s, e)
        keys = [_key(t, ignore_case) for t in tokens]
        for i in range(len(tokens)):
            for term, query in queries:
                if tuple(keys[i : i + len(query)]) == query:
                    start, end = tokens[i].start, tokens[i + len(query) - 1].end
                    rows.append(
                        (
                            term, doc_id, sentence_id, start, end,
                            _flat(_left(text, start, window)),
                            text[start:end],
                            _flat(_right(text, end, window)),
                        )
                    )  # fmt: skip
    return rows


def _left(text: str, start: int, window: int) -> str:
    """Up to ``window`` characters before ``start``, not beginning inside a word."""
    cut = max(0, start - window)
    if cut > 0 and text[cut - 1].isalnum() and text[cut].isalnum():
        space = text.find(" ", cut, start)
        cut = space + 1 if space != -1 else start
    return text[cut:start]


def _right(text: str, end: int, window: int) -> str:
    """Up to ``window`` characters after ``end``, not ending inside a word."""
    cut = min(len(text), end + window)
    if cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
        space = text.rfind(" ", end, cut)
        cut = space if space != -1 else end
    return text[end:cut]


def _flat(context: str) -> str:
    return _WHITESPACE.sub(" ", context)


def suggested_terms(mentions: pd.DataFrame, counts: pd.DataFrame, n: int = 3) -> list[str]:
    """Terms worth reading in context when none are given: the ``n`` actors the corpus mentions
    most (their display names), else its most frequent terms.

    Args:
        mentions: the mentions table (``actor`` is read).
        counts: the terms table, most frequent first (``term`` is read).
    """
    actors = mentions["actor"].value_counts().index.tolist() if len(mentions) else []
    chosen = [str(a) for a in actors[:n]]
    for term in counts["term"].tolist() if len(counts) else []:
        if len(chosen) >= n:
            break
        if term not in (c.lower() for c in chosen):
            chosen.append(term)
    return chosen
