"""All documents' terms in order, as ids: the term sequence that every table counts from.

Sentences (for n-grams) or whole texts (for single terms) are cut into chunks, each distinct
chunk's elements are spread over its occurrences, and each piece opens with a break; the
n-gram windows and their ids are read from the sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.counting.chunks import _STOP, _elements_of_chunks
from analysis.counting.options import TermOptions, TermsError
from analysis.counting.whitespace import _code_chunks, _ranges, _running_total
from analysis.text import split_sentences

_SURROGATE = re.compile("[\ud800-\udfff]")


# --- the term sequence -------------------------------------------------------------------------


@dataclass
class _Sequence:
    """All documents' terms in order, as ids, each sentence opening with a break (``-1``).

    ``names[id]`` is a term and ``stop[id]`` says whether it is a stop word.
    """

    codes: np.ndarray
    doc: np.ndarray  # document position of each element
    doc_words: np.ndarray
    names: np.ndarray
    stop: np.ndarray

    @cached_property
    def arrow_names(self) -> pa.Array:
        """``names`` as an Arrow string array; as UTF-8 bytes when a name holds a lone
        surrogate, which no Arrow string can (see ``_counts_frame``)."""
        names = self.names.tolist()
        if _SURROGATE.search("".join(names)):
            return pa.array([n.encode("utf-8", "surrogatepass") for n in names], pa.large_binary())
        return pa.array(names, pa.large_string())


# Sentence spans of recent texts: the n-gram, collocation and trend tables of one corpus
# split the same texts again and again.
_sentences = lru_cache(maxsize=1 << 13)(split_sentences)


def _sequence(
    texts: list[str], options: TermOptions, spans: list[list[tuple[int, int]]] | None = None
) -> _Sequence:
    """The term sequence of ``texts``, sentence by sentence; ``spans`` are their sentence spans
    when already split."""
    if spans is None:
        spans = [_sentences(text) for text in texts]
    if len(spans) != len(texts):
        raise TermsError(f"spans: {len(spans)} lists of sentence spans for {len(texts)} documents")
    sentences = [
        text[start:end] for text, own in zip(texts, spans, strict=True) for start, end in own
    ]
    per_doc = np.fromiter(map(len, spans), "int64", len(spans))
    return _sequence_of_pieces(sentences, per_doc, options)


def _sequence_of_pieces(pieces: list[str], per_doc: np.ndarray, options: TermOptions) -> _Sequence:
    """The term sequence of pieces of text (sentences, or whole texts) of documents with
    ``per_doc`` pieces each; each piece opens with a break."""
    code, distinct, per_piece = _code_chunks(pieces)
    flat, size, words, keys = _elements_of_chunks(distinct, options)
    # The break that opens each piece, as one more distinct chunk.
    flat, size, words = np.append(flat, -1), np.append(size, 1), np.append(words, 0)
    # Every piece's chunk codes in order, each piece opening with the break's code.
    slots = per_piece + 1
    chunk = np.full(len(code) + len(pieces), len(distinct), dtype="int64")
    in_piece = np.ones(len(chunk), dtype=bool)
    in_piece[np.cumsum(slots) - slots] = False
    chunk[in_piece] = code
    # The first slot of each document, and of the one after the last.
    doc_bounds = _running_total(slots)[_running_total(per_doc)]
    length = size[chunk]
    return _Sequence(
        codes=flat[_ranges((np.cumsum(size) - size)[chunk], length)],
        doc=np.repeat(np.arange(len(per_doc)), np.diff(_running_total(length)[doc_bounds])),
        doc_words=np.diff(_running_total(words[chunk])[doc_bounds]),
        names=np.array([key.removeprefix(_STOP) for key in keys], dtype=object),
        stop=np.array([key[:1] == _STOP for key in keys], dtype=bool),
    )


def _windows(sequence: _Sequence, n: int, drop_stops: bool) -> tuple[np.ndarray, ...]:
    """(document, first id, ..., last id) of each valid n-gram: no break inside, and with
    ``drop_stops`` no stop word at either end."""
    codes = sequence.codes
    size = max(len(codes) - n + 1, 0)
    is_term = codes >= 0
    valid = is_term[:size].copy()
    for i in range(1, n):
        valid &= is_term[i : i + size]
    start = np.flatnonzero(valid)
    if drop_stops:
        stop = sequence.stop
        start = start[~(stop[codes[start]] | stop[codes[start + n - 1]])]
    return sequence.doc[start], *(codes[start + i] for i in range(n))


def _gram_ids(columns: tuple[np.ndarray, ...], width: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct n-grams (rows of ids) and each window's index into them."""
    if width ** len(columns) < 2**62:
        key = np.zeros(len(columns[0]), dtype="int64")
        for column in columns:
            key = key * width + column
        inverse, distinct = pd.factorize(key, sort=True)
        rows = []
        for _ in columns:
            distinct, rest = np.divmod(distinct, width)
            rows.insert(0, rest)
        return np.stack(rows, axis=1), inverse
    distinct, inverse = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)
    return distinct, inverse.ravel()
