"""The terms of each distinct chunk (a whitespace-free piece of text), read once.

A chunk's tokens depend on its own characters only, so each distinct chunk is tokenised once:
a plain word between marks (``(Russia),``) without the tokeniser, in Arrow or in Python, the
rest by one ``tokenize`` call over them all. Its tokens become sequence elements: a term
(``_STOP``-prefixed for a stop word) or a break that no n-gram may span.
"""

from __future__ import annotations

import re
from itertools import chain, pairwise

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.counting.options import WORD_KINDS, TermOptions, _stemmer
from analysis.counting.whitespace import _ranges
from analysis.text import abbreviations, tokenize

_HYPHENS = frozenset("-\u2010\u2011")
# Letters between marks that are always tokens of their own (no apostrophes, hyphens or digits).
_MARKS = '"\u201c\u201d\u2018(),;:!?\\[\\]\u00ab\u00bb'
_PLAIN_CHUNK = re.compile(f"(?P<before>[{_MARKS}]*)(?P<word>[^\\W\\d_]+)(?P<after>[{_MARKS}.]*)")


# --- chunks: whitespace-separated pieces of text, tokenised once each ------------------------

_Tokens = tuple[tuple[str, str, str, bool], ...]  # (text, norm, kind, interior_hyphen) each


def _chunk_tokens(chunk: str) -> _Tokens:
    """(text, norm, kind, interior_hyphen) for each token of a whitespace-free chunk."""
    return _tokens_of_chunks([chunk])[0]


def _tokens_of_chunks(chunks: list[str]) -> list[_Tokens]:
    """``_chunk_tokens`` of each chunk; those the shortcut misses are tokenised together."""
    found = [_shortcut_tokens(chunk) for chunk in chunks]
    rest = [i for i, tokens in enumerate(found) if tokens is None]
    for i, tokens in zip(rest, _tokenised([chunks[i] for i in rest]), strict=True):
        found[i] = tokens
    return found


def _shortcut_tokens(chunk: str) -> _Tokens | None:
    """The tokens of a chunk that is one word, maybe between marks (``(Russia),``), read without
    the tokeniser; ``None`` for any other chunk."""
    if chunk.isalpha():
        return ((chunk, chunk.lower(), "word", False),)
    plain = _PLAIN_CHUNK.fullmatch(chunk)
    if not plain:
        return None
    before, word, after = plain.groups()
    if after[:1] == "." and word.lower() in abbreviations():  # "Mr." is one token
        return None
    return (
        *((mark, mark, "punct", False) for mark in before),
        (word, word.lower(), "word", False),
        *((mark, mark, "punct", False) for mark in after),
    )


def _tokenised(chunks: list[str]) -> list[_Tokens]:
    """The tokens of each chunk from one ``tokenize`` call over the chunks laid end to end, a
    newline between them: a token never spans whitespace and looks no further than the character
    after it, and a newline there acts as the end of the chunk does."""
    if not chunks:
        return []
    lengths = np.fromiter(map(len, chunks), "int64", len(chunks)) + 1
    chunk_start = np.cumsum(lengths) - lengths
    tokens = tokenize("\n".join(chunks))
    token_start = np.fromiter((t.start for t in tokens), "int64", len(tokens))
    owner = np.searchsorted(chunk_start, token_start, side="right") - 1
    inner = np.zeros(len(tokens), dtype=bool)  # neither the first nor the last of its chunk
    inner[1:-1] = (owner[1:-1] == owner[:-2]) & (owner[1:-1] == owner[2:])
    marked = [
        (t.text, t.norm, t.kind, is_inner and t.kind == "punct" and t.text in _HYPHENS)
        for t, is_inner in zip(tokens, inner.tolist(), strict=True)
    ]
    bounds = np.searchsorted(owner, np.arange(len(chunks) + 1)).tolist()
    return [tuple(marked[start:end]) for start, end in pairwise(bounds)]


_BREAK = None  # an element of a term sequence that no n-gram may span
_STOP = "\x00"  # marks a stop word in a term sequence (stripped from the n-grams)


def _token_elements(tokens: _Tokens, options: TermOptions) -> tuple:
    """A chunk's tokens as sequence elements: a term (``_STOP``-prefixed for a stop word) or
    ``_BREAK``; skipped tokens vanish."""
    stops = options.stop_set
    elements: list = []
    for text, norm, kind, interior_hyphen in tokens:
        if kind in ("possessive", "clitic"):
            continue
        if kind == "punct" and not options.punctuation or kind == "link":
            if not interior_hyphen:
                elements.append(_BREAK)  # a web or e-mail address is no term either
            continue
        if kind in ("number", "time") and not options.numbers:
            elements.append(_BREAK)
            continue
        term = norm if options.lowercase else text
        if options.stem and kind == "word":
            term = _stemmer(options.stem).stem(term)
        elements.append(_STOP + term if norm in stops else term)
    return tuple(elements)


def _elements_of_chunks(
    chunks: pa.Array, options: TermOptions
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.Index]:
    """The elements (``_token_elements``) of each distinct chunk, laid out flat.

    Args:
        chunks: the distinct chunks, as UTF-8 bytes (lone surrogates passed through).
        options: the term options.

    Returns:
        The element ids, chunk after chunk (``-1`` for a break); the number of elements of each
        chunk; its word tokens; the key of each id (a term, ``_STOP``-prefixed for a stop word).
        Ids follow the order of first appearance, the words read in Arrow first: with the
        options that read in Arrow, no two ids share a term, so the order matters nowhere.
    """
    read, before, keys, after = _plain_in_arrow(chunks, options)
    unread = np.ones(len(chunks), dtype=bool)
    unread[read] = False
    rest = np.flatnonzero(unread)
    texts = [b.decode("utf-8", "surrogatepass") for b in chunks.take(rest).to_pylist()]
    elements, rest_words = _read_chunks(texts, options)
    size = np.zeros(len(chunks), dtype="int64")
    size[read] = before + 1 + after
    size[rest] = np.fromiter(map(len, elements), "int64", len(elements))
    words = np.ones(len(chunks), dtype="int64")
    words[rest] = rest_words
    # factorize counts None, the break, as missing: -1.
    ids, uniques = pd.factorize(
        pd.Series(keys + list(chain.from_iterable(elements)), dtype=object), use_na_sentinel=True
    )
    first = np.cumsum(size) - size
    flat = np.full(int(size.sum()), -1, dtype="int64")
    flat[first[read] + before] = ids[: len(keys)]
    flat[_ranges(first[rest], size[rest])] = ids[len(keys) :]
    return flat, size, words, uniques


# _PLAIN_CHUNK for ASCII text, in Arrow's regular expressions (RE2).
_PLAIN_ASCII = f"^(?P<before>[{_MARKS}]*)(?P<word>[A-Za-z]+)(?P<after>[{_MARKS}.]*)$"


def _plain_in_arrow(chunks: pa.Array, options: TermOptions) -> tuple:
    """The chunks that are one ASCII word, maybe between marks, read in Arrow when marks break
    the sequence and terms are lower-cased and unstemmed: their positions, the number of marks
    before each word, each word's key, the number of marks after."""
    none = np.zeros(0, dtype="int64")
    if not options.lowercase or options.stem or options.punctuation:
        return none, none, [], none
    text = chunks.view(pa.large_string())  # only the ASCII rows are read as text
    ascii_rows = np.flatnonzero(pc.string_is_ascii(text).to_numpy(zero_copy_only=False))
    parts = pc.extract_regex(text.take(ascii_rows), _PLAIN_ASCII)
    matched = parts.is_valid()
    parts = parts.filter(matched)
    term, after = pc.ascii_lower(parts.field("word")), parts.field("after")
    known = pa.array(sorted(abbreviations()), type=pa.large_string())
    abbreviation = pc.and_(pc.starts_with(after, "."), pc.is_in(term, value_set=known))
    keep = pc.invert(abbreviation)  # "Mr." is one token: left to the tokeniser
    stops = pa.array(sorted(options.stop_set), type=pa.large_string())
    is_stop = pc.is_in(term, value_set=stops).filter(keep).to_pylist()
    terms = term.filter(keep).to_pylist()
    return (
        ascii_rows[matched.to_numpy(zero_copy_only=False)][keep.to_numpy(zero_copy_only=False)],
        pc.binary_length(parts.field("before")).filter(keep).to_numpy().astype("int64"),
        [_STOP + t if stop else t for t, stop in zip(terms, is_stop, strict=True)],
        pc.binary_length(after).filter(keep).to_numpy().astype("int64"),
    )


def _read_chunks(chunks: list[str], options: TermOptions) -> tuple[list[tuple], list[int]]:
    """Each chunk's ``_token_elements`` and its number of word tokens.

    With lower-cased, unstemmed terms a chunk that is one word, maybe between marks, is read
    here directly (the same elements as through its tokens, at a fraction of the cost).
    """
    stops = options.stop_set
    known = abbreviations()
    direct = options.lowercase and not options.stem
    marks_break = direct and not options.punctuation
    elements: list = [()] * len(chunks)
    words = [1] * len(chunks)
    rest = []
    for i, chunk in enumerate(chunks):
        if direct and chunk.isalpha():
            term = chunk.lower()
            elements[i] = (_STOP + term if term in stops else term,)
        elif marks_break and (plain := _PLAIN_CHUNK.fullmatch(chunk)):
            before, word, after = plain.groups()
            term = word.lower()
            if after[:1] == "." and term in known:  # "Mr." is one token
                rest.append(i)
            else:
                key = _STOP + term if term in stops else term
                elements[i] = (_BREAK,) * len(before) + (key,) + (_BREAK,) * len(after)
        else:
            rest.append(i)
    texts = [chunks[i] for i in rest]
    # With marks_break, the rest are exactly the chunks the shortcut misses.
    found = _tokenised(texts) if marks_break else _tokens_of_chunks(texts)
    for i, tokens in zip(rest, found, strict=True):
        elements[i] = _token_elements(tokens, options)
        words[i] = sum(1 for token in tokens if token[2] in WORD_KINDS)
    return elements, words
