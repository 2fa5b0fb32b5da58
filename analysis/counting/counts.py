"""The core table: term counts per (document, term), and the helpers that spell counts as
DataFrame columns (strings, labels, rates per 1,000 words, an empty table that says why).

Frequencies, keyness, TF-IDF and trends all start from ``_count``; ``term_counts`` takes the
shorter way of ``_totals``, which never builds the per-document rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.counting.options import TermOptions, TermsError
from analysis.counting.sequence import (
    _gram_ids,
    _Sequence,
    _sequence,
    _sequence_of_pieces,
    _windows,
)

_EMPTY_REASON = "reason"  # key in DataFrame.attrs explaining why a table is empty


# --- the core table: counts per (document, term) ---------------------------------------------


@dataclass
class _Counts:
    """Term counts per document, as parallel integer arrays (rows sorted by doc, then term)."""

    doc: np.ndarray  # document position in the documents frame
    term: np.ndarray  # index into vocab
    count: np.ndarray
    vocab: np.ndarray  # term strings (object array)
    doc_words: np.ndarray  # word tokens per document

    @property
    def doc_freq(self) -> np.ndarray:
        """Documents containing each term (indexed like vocab)."""
        return np.bincount(self.term, minlength=len(self.vocab))

    def term_totals(self) -> np.ndarray:
        return np.bincount(self.term, weights=self.count, minlength=len(self.vocab)).astype("int64")


def _texts(documents: pd.DataFrame) -> list[str]:
    for column in ("doc_id", "text"):
        if column not in documents.columns:
            raise TermsError(f"documents: no {column!r} column (load them with analysis.corpus)")
    values = documents["text"].tolist()
    return [t if isinstance(t, str) else "" if pd.isna(t) else str(t) for t in values]


def _scan(texts: list[str], options: TermOptions) -> _Sequence:
    """The term sequence the options need: by sentence for n-grams, by whole text for terms."""
    if options.ngram > 1:
        return _sequence(texts, options)
    return _sequence_of_pieces(texts, np.ones(len(texts), dtype="int64"), options)


def _count(documents: pd.DataFrame, options: TermOptions) -> _Counts:
    sequence = _scan(_texts(documents), options)
    doc, term, terms = _occurrences(sequence, options)
    vocab = terms if options.ngram == 1 else _gram_names(sequence.names, terms)
    return _aggregate(doc, term, np.ones(len(doc), dtype="int64"), vocab, sequence.doc_words)


def _occurrences(sequence: _Sequence, options: TermOptions) -> tuple[np.ndarray, ...]:
    """(document, term id) of each occurrence of a term, and the terms: an object array of
    words, or for n-grams the rows of word ids (``_gram_names`` spells them)."""
    if options.ngram == 1:
        stop = sequence.stop
        # The id of each element among the terms that are not stop words; -1 for the others
        # and for a break (the last entry).
        term_id = np.append(np.where(stop, -1, np.cumsum(~stop) - 1), -1)[sequence.codes]
        at = np.flatnonzero(term_id >= 0)
        return sequence.doc[at], term_id[at], sequence.names[~stop]
    doc, *columns = _windows(sequence, options.ngram, options.stopwords is not False)
    grams, gram = _gram_ids(tuple(columns), max(len(sequence.names), 1))
    return doc, gram, grams


def _gram_names(names: np.ndarray, grams: np.ndarray) -> np.ndarray:
    """The n-grams (rows of word ids) spelt out, words joined by a space (object array)."""
    words = [names[grams[:, i]] for i in range(grams.shape[1])]
    return np.array([" ".join(gram) for gram in zip(*words, strict=True)], dtype=object)


def _aggregate(doc, term, count, vocab, doc_words) -> _Counts:
    width = max(len(vocab), 1)
    inverse, key = pd.factorize(doc.astype("int64") * width + term, sort=True)
    summed = np.bincount(inverse, weights=count, minlength=len(key)).astype("int64")
    return _Counts(key // width, key % width, summed, vocab, doc_words)


def _totals(sequence: _Sequence, options: TermOptions) -> tuple:
    """(terms as an Arrow string array, count of each, documents containing each, word tokens
    of the corpus): what ``term_counts`` reports."""
    doc, term, terms = _occurrences(sequence, options)
    n_terms = len(terms)
    width = max(n_terms, 1)
    key = doc.astype("int64") * width + term
    in_docs = pd.unique(key.astype("int32") if width * len(sequence.doc_words) < 2**31 else key)
    if options.ngram == 1:
        vocab = sequence.arrow_names.filter(~sequence.stop)
    else:
        columns = [sequence.arrow_names.take(pa.array(grams)) for grams in terms.T]
        vocab = pc.binary_join_element_wise(*columns, pa.scalar(b" ", columns[0].type))
    return (
        vocab,
        np.bincount(term, minlength=n_terms),
        np.bincount(in_docs % width, minlength=n_terms),
        int(sequence.doc_words.sum()),
    )


def _term_order(vocab: np.ndarray) -> np.ndarray:
    """Alphabetical rank of each vocabulary entry (for deterministic tie-breaking)."""
    rank = np.empty(len(vocab), dtype="int64")
    # sorted as Python strings: a fixed-width array (``astype(str)``) gives every term the
    # longest one's width, gigabytes for one hostile 300 KB "word"
    order = sorted(range(len(vocab)), key=vocab.__getitem__)
    rank[np.asarray(order, dtype="int64")] = np.arange(len(vocab))
    return rank


def _per_1k(count, words) -> np.ndarray:
    words = np.asarray(words, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(words > 0, np.asarray(count) * 1000.0 / words, 0.0)


def _empty(columns: list[str], reason: str) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    frame.attrs[_EMPTY_REASON] = reason
    return frame


def _strings(vocab: np.ndarray, index) -> pd.Series:
    """``vocab[index]`` as a string column (taken from an Arrow array: fast for many rows)."""
    return pd.Series(pd.array(vocab, dtype="str")).take(np.asarray(index)).reset_index(drop=True)


def _label_array(labels, index: np.ndarray):
    labels = pd.Series(labels)
    return labels.take(index).reset_index(drop=True)
