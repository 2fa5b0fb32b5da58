"""What a corpus talks about: term frequencies, n-grams, collocations, keyness, TF-IDF, trends.

DataFrames in, DataFrames out. A *term* is built from the tokens of ``analysis.text.tokenize``,
read from ``documents.text``:

- words and abbreviations are terms (their ``norm``: lower case, apostrophes unified);
  ``Sakhalin-2`` and ``not-too-distant`` are one term each, ``Japan-Russia`` is two;
- possessives and clitics (``’s``, ``n't``) are dropped, so ``Russia’s`` counts as ``russia``;
- numbers and clock times are terms only with ``numbers=True``, punctuation only with
  ``punctuation=True``;
- stop words (``analysis.text.stopwords``) are dropped when ``stopwords=True``; a stemmer
  (NLTK Porter or Snowball, data-free) may be applied last.

Rates (``per_1k``) are per 1,000 *word tokens*: tokens of kind word, abbreviation, number or
time, whatever the options, so rates stay comparable between option settings.

N-grams (``ngram=2`` or ``3``) are built within a sentence from consecutive terms, stop words
included. A token that is not a term (punctuation, or a number when ``numbers=False``) breaks the
run, except a hyphen inside a word (``Japan-Russia relations`` gives ``japan russia`` and
``russia relations``); possessives and clitics are skipped without a break. With
``stopwords=True`` an n-gram that starts or ends with a stop word is dropped
(``lifting economic sanctions`` stays, ``sanctions against`` goes; ``process of lifting`` stays).

Speed: tokens never contain whitespace and the tokeniser's rules look at nothing beyond a token's
own characters and the character after it, so a text's tokens are those of its whitespace-separated
chunks tokenised one by one, and each distinct chunk need be read once. The sentences (or whole
texts) are laid end to end, newline-separated, and cut into chunks at whitespace in their UTF-8
bytes with numpy (whitespace as ``str.split`` has it); Arrow numbers the distinct chunks. Of
those, one ASCII word between marks (``(Russia),``) is read with Arrow's regular expressions, other
plain words in Python, and the rest by one ``tokenize`` call over them all, newline-separated. Each
distinct chunk's terms, laid out flat, are then spread over its occurrences with numpy, and the
counts come from ``bincount``, hashing (``pd.unique``, ``pd.factorize``) and an Arrow sort;
``tests/terms/test_fast_path.py`` checks every step against ``str.split`` and plain ``tokenize``.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import chain, pairwise

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.text import abbreviations, split_sentences, tokenize
from analysis.text import stopwords as default_stopwords

WORD_KINDS = frozenset({"word", "abbrev", "number", "time"})
_HYPHENS = frozenset("-\u2010\u2011")
PERIODS = {"year", "month"}
# Letters between marks that are always tokens of their own (no apostrophes, hyphens or digits).
_MARKS = '"\u201c\u201d\u2018(),;:!?\\[\\]\u00ab\u00bb'
_PLAIN_CHUNK = re.compile(f"(?P<before>[{_MARKS}]*)(?P<word>[^\\W\\d_]+)(?P<after>[{_MARKS}.]*)")
_SURROGATE = re.compile("[\ud800-\udfff]")
_EMPTY_REASON = "reason"  # key in DataFrame.attrs explaining why a table is empty


class TermsError(ValueError):
    """An option or a column the analysis cannot use (named in the message)."""


# --- options ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermOptions:
    """How tokens become terms (see the module docstring).

    Attributes:
        ngram: 1, 2 or 3.
        lowercase: use the token's lower-cased ``norm`` (else the text as written).
        stopwords: ``True`` for the shipped list, ``False`` for none, or a set of words.
        punctuation: keep punctuation tokens as terms.
        numbers: keep numbers and clock times as terms.
        stem: ``None``, ``"porter"`` or ``"snowball"`` (English).
    """

    ngram: int = 1
    lowercase: bool = True
    stopwords: bool | frozenset[str] = True
    punctuation: bool = False
    numbers: bool = False
    stem: str | None = None

    def __post_init__(self) -> None:
        if self.ngram not in (1, 2, 3):
            raise TermsError(f"ngram={self.ngram!r}: use 1, 2 or 3")
        if self.stem not in (None, "porter", "snowball"):
            raise TermsError(f"stem={self.stem!r}: use None, 'porter' or 'snowball'")
        if not isinstance(self.stopwords, bool):
            words = frozenset(w.lower() for w in self.stopwords)
            object.__setattr__(self, "stopwords", words)

    @property
    def stop_set(self) -> frozenset[str]:
        if self.stopwords is True:
            return default_stopwords()
        if self.stopwords is False:
            return frozenset()
        return self.stopwords


def _options(options: dict) -> TermOptions:
    unknown = set(options) - set(TermOptions.__dataclass_fields__)
    if unknown:
        raise TermsError(f"unknown term option(s): {', '.join(sorted(unknown))}")
    return TermOptions(**options)


@lru_cache(maxsize=2)
def _stemmer(name: str):
    from nltk.stem import PorterStemmer, SnowballStemmer

    return PorterStemmer() if name == "porter" else SnowballStemmer("english")


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
        if kind == "punct" and not options.punctuation:
            if not interior_hyphen:
                elements.append(_BREAK)
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


# --- coding chunks: cut UTF-8 bytes at whitespace, let Arrow number the distinct chunks -------


@cache
def _whitespace_bytes() -> tuple[list[list[int]], tuple[bytes, ...]]:
    """Python's whitespace (``str.split``, ``str.isspace``) in UTF-8: the runs of one-byte spaces
    (first and last byte), and the longer encodings."""
    points = np.arange(sys.maxunicode + 1, dtype="uint32")
    spaces = [chr(c).encode() for c in np.flatnonzero(np.strings.isspace(points.view("<U1")))]
    runs: list[list[int]] = []
    for (byte,) in (s for s in spaces if len(s) == 1):
        if runs and runs[-1][1] == byte - 1:
            runs[-1][1] = byte
        else:
            runs.append([byte, byte])
    return runs, tuple(s for s in spaces if len(s) > 1)


def _space_mask(data: np.ndarray) -> np.ndarray:
    """Which bytes of UTF-8 ``data`` belong to a whitespace character."""
    runs, longer = _whitespace_bytes()
    space = np.zeros(len(data), dtype=bool)
    for first, last in runs:
        space |= data - np.uint8(first) <= last - first  # wraps below ``first``
    leads = np.flatnonzero(data >= 0xC0)
    for encoded in longer:
        at = leads[leads <= len(data) - len(encoded)]
        for k, byte in enumerate(encoded):
            at = at[data[at + k] == byte]
        for k in range(len(encoded)):
            space[at + k] = True
    return space


def _code_chunks(pieces: list[str]) -> tuple[np.ndarray, pa.Array, np.ndarray]:
    """The whitespace-separated chunks of each piece of text, coded.

    The pieces are laid end to end, a newline between them, and cut at whitespace in their
    UTF-8 bytes; Arrow then numbers the chunks, so that Python sees each distinct chunk once.

    Returns:
        The code of each chunk, in order; the distinct chunks (in order of first
        appearance), as UTF-8 bytes; the number of chunks in each piece.
    """
    data = np.frombuffer("\n".join(pieces).encode("utf-8", "surrogatepass"), dtype="uint8")
    word = np.zeros(len(data) + 2, dtype=bool)  # a space before and after the data
    np.logical_not(_space_mask(data), out=word[1:-1])
    edges = np.flatnonzero(word[1:] != word[:-1])
    starts, ends = edges[::2], edges[1::2]
    offsets = _running_total(ends - starts)
    chunks = pa.LargeBinaryArray.from_buffers(
        pa.large_binary(),
        len(starts),
        [None, pa.py_buffer(offsets), pa.py_buffer(data[word[1:-1]])],
    )
    encoded = pc.dictionary_encode(chunks)
    # A piece's byte offset: its character offset, plus the continuation bytes (0b10xxxxxx)
    # of the characters before it. q - (continuation bytes before q) characters start before
    # byte q, so the one after q's own character has that index.
    lengths = np.fromiter(map(len, pieces), "int64", len(pieces)) + 1
    piece_start = np.cumsum(lengths) - lengths
    continuation = np.flatnonzero(data.view("int8") < -64)
    following = continuation - np.arange(len(continuation))
    piece_start += np.searchsorted(following, piece_start, side="right")
    per_piece = np.diff(np.searchsorted(starts, piece_start), append=len(starts))
    return encoded.indices.to_numpy().astype("int64"), encoded.dictionary, per_piece


def _ranges(start: np.ndarray, length: np.ndarray) -> np.ndarray:
    """The positions ``start[g]``, ..., ``start[g] + length[g] - 1`` of each group ``g`` in
    turn."""
    filled = length > 0
    first, last = start[filled], start[filled] + length[filled] - 1
    step = np.ones(int(length.sum()), dtype="int64")  # a running total: +1, or a group's jump
    step[_running_total(length)[:-1][filled]] = first - np.append(0, last[:-1])
    return np.cumsum(step, out=step)


def _running_total(counts: np.ndarray) -> np.ndarray:
    """0, then the cumulative sums of ``counts``: where each group starts, and the end."""
    total = np.zeros(len(counts) + 1, dtype="int64")
    np.cumsum(counts, out=total[1:])
    return total


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
    rank[np.argsort(vocab.astype(str), kind="stable")] = np.arange(len(vocab))
    return rank


def _per_1k(count, words) -> np.ndarray:
    words = np.asarray(words, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(words > 0, np.asarray(count) * 1000.0 / words, 0.0)


def _empty(columns: list[str], reason: str) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    frame.attrs[_EMPTY_REASON] = reason
    return frame


# --- frequencies -------------------------------------------------------------------------------


def term_counts(
    documents: pd.DataFrame,
    *,
    ngram: int = 1,
    lowercase: bool = True,
    stopwords: bool | frozenset[str] = True,
    punctuation: bool = False,
    numbers: bool = False,
    stem: str | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Term frequencies for the whole corpus.

    Args:
        documents: the documents table (``doc_id`` and ``text`` are read).
        ngram: 1 for words, 2 or 3 for phrases (within sentences; see the module docstring).
        lowercase: fold case (``Russia`` → ``russia``).
        stopwords: leave out the shipped stop words (``True``), none (``False``), or these.
        punctuation: count punctuation marks as terms.
        numbers: count numbers and clock times as terms.
        stem: ``None``, ``"porter"`` or ``"snowball"``.
        min_count: leave out terms seen fewer times in the corpus.

    Returns:
        ``term``, ``count``, ``per_1k`` (per 1,000 word tokens of the corpus), ``doc_freq``
        (documents containing the term); sorted by count (descending), then term.
        ``.attrs["word_tokens"]`` holds the corpus's word-token total.

    Raises:
        TermsError: a bad option value, or a documents table without ``doc_id``/``text``.
    """
    options = TermOptions(ngram, lowercase, stopwords, punctuation, numbers, stem)
    return _counts_frame(*_totals(_scan(_texts(documents), options), options), min_count)


def term_tables(
    documents: pd.DataFrame, *, spans: list[list[tuple[int, int]]] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``term_counts(documents)`` and ``term_counts(documents, ngram=2)`` from one scan.

    Args:
        documents: the documents table (``doc_id`` and ``text`` are read).
        spans: each document's sentence spans (``analysis.text.split_sentences``), in the order
            of ``documents``, when they are already known; split here when ``None``.

    Returns:
        The unigram and bigram tables, identical to the two ``term_counts`` calls.

    Raises:
        TermsError: ``spans`` holds more or fewer lists than there are documents.
    """
    # Single terms come from the bigram scan's sentences: their chunks are the text's, and
    # the elements depend on every option but ``ngram``.
    bigram = TermOptions(ngram=2)
    sequence = _sequence(_texts(documents), bigram, spans)
    return (
        _counts_frame(*_totals(sequence, TermOptions()), 1),
        _counts_frame(*_totals(sequence, bigram), 1),
    )


def _counts_frame(vocab: pa.Array, totals, doc_freq, words: int, min_count: int) -> pd.DataFrame:
    """The ``term_counts`` table from ``_totals``: by count (descending), then term."""
    if vocab.type != pa.large_string():  # a lone surrogate: fail as a str column does
        strings = [b.decode("utf-8", "surrogatepass") for b in vocab.to_pylist()]
        vocab = pa.array(pd.array(strings, dtype="str")).cast(pa.large_string())
    keep = np.flatnonzero(totals >= min_count)
    table = pa.table({"term": vocab.take(keep), "count": totals[keep]})
    order = pc.sort_indices(table, [("count", "descending"), ("term", "ascending")])
    row = keep[order.to_numpy()]
    frame = pd.DataFrame(
        {
            "term": pd.array(table["term"].take(order), dtype="str"),
            "count": totals[row],
            "per_1k": _per_1k(totals[row], words),
            "doc_freq": doc_freq[row],
        }
    )
    frame.attrs["word_tokens"] = words
    return frame


def term_frequencies(
    documents: pd.DataFrame, *, by: str | None = None, min_count: int = 1, **options
) -> pd.DataFrame:
    """Term frequencies per document, or per group of documents.

    Args:
        documents: the documents table.
        by: ``None`` for one row set per document; else a column (``agency``,
            ``published_year``, a list column such as ``topics``, where a document counts in each
            of its values) or a derived period, ``"year"`` or ``"month"``. Documents without a
            value are left out.
        min_count: leave out terms seen fewer times in the corpus.
        **options: as for ``term_counts``.

    Returns:
        ``doc_id`` (or a column named after ``by`` holding the group), ``term``, ``count``,
        ``per_1k`` (per 1,000 word tokens of that document or group), ``doc_freq`` (documents of
        the corpus containing the term); in document (or sorted group) order, then by count
        (descending) and term.
    """
    counts = _count(documents, _options(options))
    keep_term = counts.term_totals() >= min_count
    doc_freq = counts.doc_freq
    rank = _term_order(counts.vocab)
    if by is None:
        unit, unit_labels, unit_words = counts.doc, documents["doc_id"].to_numpy(), counts.doc_words
        term, count, column = counts.term, counts.count, "doc_id"
    else:
        labels, member_doc, member_group = _membership(documents, by)
        unit, term, count, unit_words = _regroup(counts, member_doc, member_group, len(labels))
        unit_labels, column = labels, by
    keep = keep_term[term]
    unit, term, count = unit[keep], term[keep], count[keep]
    order = np.lexsort((rank[term], -count, unit))
    unit, term, count = unit[order], term[order], count[order]
    return pd.DataFrame(
        {
            column: _label_array(unit_labels, unit),
            "term": _strings(counts.vocab, term),
            "count": count,
            "per_1k": _per_1k(count, unit_words[unit]),
            "doc_freq": doc_freq[term],
        }
    )


def _strings(vocab: np.ndarray, index) -> pd.Series:
    """``vocab[index]`` as a string column (taken from an Arrow array: fast for many rows)."""
    return pd.Series(pd.array(vocab, dtype="str")).take(np.asarray(index)).reset_index(drop=True)


def _label_array(labels, index: np.ndarray):
    labels = pd.Series(labels)
    return labels.take(index).reset_index(drop=True)


def period_labels(documents: pd.DataFrame, freq: str) -> pd.Series:
    """The year (``"2003"``) or month (``"2003-05"``) of each document; missing when unknown.

    Args:
        documents: the documents table (``published_year`` and ``published_month`` are read,
            or ``published`` when those are absent).
        freq: ``"year"`` or ``"month"``.
    """
    if freq not in PERIODS:
        raise TermsError(f"freq={freq!r}: use 'year' or 'month'")
    if "published_year" in documents.columns:
        year = pd.array(documents["published_year"], dtype="Int64")
        month = pd.array(
            documents.get("published_month", pd.Series([pd.NA] * len(documents))), dtype="Int64"
        )
    elif "published" in documents.columns:
        published = pd.to_datetime(documents["published"], errors="coerce")
        year = pd.array(published.dt.year, dtype="Int64")
        month = pd.array(published.dt.month, dtype="Int64")
    else:
        raise TermsError(f"documents: no published_year or published column for freq={freq!r}")
    labels = []
    for y, m in zip(year, month, strict=True):
        if pd.isna(y) or (freq == "month" and pd.isna(m)):
            labels.append(pd.NA)
        else:
            labels.append(f"{int(y):04d}" if freq == "year" else f"{int(y):04d}-{int(m):02d}")
    return pd.Series(labels, index=documents.index, dtype="str", name=freq)


def group_values(documents: pd.DataFrame, by: str) -> pd.Series:
    """The group of each document for ``by`` (a column, or the period ``"year"``/``"month"``)."""
    if by in documents.columns:
        return documents[by]
    if by in PERIODS:
        return period_labels(documents, by)
    raise TermsError(
        f"by={by!r}: no such column (columns: {', '.join(map(str, documents.columns))})"
    )


def _membership(documents: pd.DataFrame, by: str) -> tuple[list, np.ndarray, np.ndarray]:
    """Sorted group labels and (document position, group index) pairs."""
    values = group_values(documents, by).reset_index(drop=True)
    pairs = values.explode() if values.map(lambda v: isinstance(v, list | tuple)).any() else values
    pairs = pairs[pairs.notna()]
    labels = sorted(pd.unique(pairs.to_numpy()), key=lambda v: (str(type(v)), v))
    position = {label: i for i, label in enumerate(labels)}
    member_group = np.fromiter((position[v] for v in pairs.to_numpy()), "int64", len(pairs))
    return labels, pairs.index.to_numpy().astype("int64"), member_group


def _regroup(counts: _Counts, member_doc, member_group, n_groups: int):
    """Sum per-document rows into groups (a document may belong to several)."""
    # For each document, the range of its rows (rows are sorted by document).
    n_docs = len(counts.doc_words)
    row_start = np.searchsorted(counts.doc, np.arange(n_docs), side="left")
    row_len = np.searchsorted(counts.doc, np.arange(n_docs), side="right") - row_start
    repeat = row_len[member_doc]
    rows = np.repeat(row_start[member_doc], repeat) + (
        np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    )
    group = np.repeat(member_group, repeat)
    width = max(len(counts.vocab), 1)
    key, inverse = np.unique(group * width + counts.term[rows], return_inverse=True)
    summed = np.bincount(inverse, weights=counts.count[rows], minlength=len(key)).astype("int64")
    group_words = np.bincount(
        member_group, weights=counts.doc_words[member_doc], minlength=n_groups
    ).astype("int64")
    return key // width, key % width, summed, group_words


# --- collocations ------------------------------------------------------------------------------


def collocations(
    documents: pd.DataFrame,
    *,
    min_count: int = 3,
    measure: str = "llr",
    top: int | None = None,
    **options,
) -> pd.DataFrame:
    """Adjacent word pairs that occur together more than chance, by PMI and log-likelihood.

    Pairs are counted within sentences as for ``ngram=2`` (stop words included in the counts;
    pairs starting or ending with a stop word are then left out when ``stopwords=True``). For a
    pair (w1, w2) in the 2x2 table of all N adjacent pairs: ``c12`` pairs are w1 w2, ``c1``
    start with w1, ``c2`` end with w2.
    ``pmi = log2(c12 * N / (c1 * c2))``; ``llr`` is Dunning's G² = 2 Σ O ln(O / E) over the
    four cells.

    Args:
        documents: the documents table.
        min_count: leave out pairs seen fewer times.
        measure: ``"pmi"`` or ``"llr"``, the column to sort by (descending, then w1, w2).
        top: keep only the first ``top`` rows.
        **options: as for ``term_counts`` (``ngram`` is ignored).

    Returns:
        ``w1``, ``w2``, ``count``, ``pmi``, ``llr``.
    """
    if measure not in ("pmi", "llr"):
        raise TermsError(f"measure={measure!r}: use 'pmi' or 'llr'")
    options = _options({**options, "ngram": 2})
    sequence = _sequence(_texts(documents), options)
    _, first, second = _windows(sequence, 2, drop_stops=False)
    columns = ["w1", "w2", "count", "pmi", "llr"]
    if not len(first):
        return _empty(columns, "no adjacent word pairs in the corpus")
    width = max(len(sequence.names), 1)
    pairs, pair = _gram_ids((first, second), width)
    c12 = np.bincount(pair)
    c1 = np.bincount(first, minlength=width)[pairs[:, 0]]
    c2 = np.bincount(second, minlength=width)[pairs[:, 1]]
    total = len(first)
    keep = c12 >= min_count
    if options.stopwords is not False:
        stop = sequence.stop
        keep &= ~stop[pairs[:, 0]] & ~stop[pairs[:, 1]]
    if not keep.any():
        return _empty(columns, f"no word pair occurs {min_count} times or more")
    names = sequence.names
    frame = pd.DataFrame(
        {
            "w1": names[pairs[keep, 0]],
            "w2": names[pairs[keep, 1]],
            "count": c12[keep],
            "c1": c1[keep],
            "c2": c2[keep],
        }
    )
    c12, c1, c2 = (frame[c].to_numpy(dtype="float64") for c in ("count", "c1", "c2"))
    frame["pmi"] = np.log2(c12 * total / (c1 * c2))
    frame["llr"] = _g2_table(c12, c1 - c12, c2 - c12, total - c1 - c2 + c12)
    frame = frame.drop(columns=["c1", "c2"]).astype({"w1": "str", "w2": "str"})
    frame = frame.sort_values(
        [measure, "w1", "w2"], ascending=[False, True, True], ignore_index=True
    )
    return frame.head(top) if top else frame


def _xlogx_over(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


def _g2_table(a, b, c, d) -> np.ndarray:
    """Dunning's G² for 2x2 tables [[a, b], [c, d]] (arrays)."""
    n = a + b + c + d
    cells = (
        (a, (a + b) * (a + c) / n),
        (b, (a + b) * (b + d) / n),
        (c, (c + d) * (a + c) / n),
        (d, (c + d) * (b + d) / n),
    )
    return 2 * sum(_xlogx_over(o, e) for o, e in cells)


# --- keyness -----------------------------------------------------------------------------------


def keyness(
    documents: pd.DataFrame,
    *,
    by: str,
    target=None,
    top: int | None = None,
    min_count: int = 3,
    **options,
) -> pd.DataFrame:
    """Terms over- or under-used in a group of documents against the rest, as AntConc measures.

    For term counts ``a`` (target) and ``b`` (reference) in ``c`` and ``d`` word tokens:
    ``g2 = 2 (a ln(a/E1) + b ln(b/E2))`` with ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``,
    negative when the term is rarer in the target (``a/c < b/d``); ``log_ratio`` is Hardie's
    effect size ``log2((a/c) / (b/d))`` with a zero count replaced by 0.5; ``p`` is the
    chi-squared (1 d.f.) probability of ``|g2|`` (3.84 ↔ 0.05, 6.63 ↔ 0.01, 10.83 ↔ 0.001).

    Args:
        documents: the documents table.
        by: the grouping: ``"doc_id"`` (each document against the rest), any metadata column,
            or ``"year"``/``"month"`` (derived from the publication date).
        target: one group to compare with all the others; ``None`` compares every group. With a
            target, terms absent from it are listed too (count 0, negative g2); without one,
            each group lists the terms it uses.
        top: keep the first ``top`` terms of each group.
        min_count: leave out terms seen fewer times in the target and reference together.
        **options: as for ``term_counts``.

    Returns:
        ``group``, ``term``, ``count_target``, ``count_reference``, ``per_1k_target``,
        ``per_1k_reference``, ``g2``, ``log_ratio``, ``p``; by group, then g2 (descending),
        then term. Empty, with ``.attrs["reason"]``, when there are fewer than two groups.

    Raises:
        TermsError: ``by`` names no column, or ``target`` is not one of its groups.
    """
    columns = [
        "group", "term", "count_target", "count_reference", "per_1k_target",
        "per_1k_reference", "g2", "log_ratio", "p",
    ]  # fmt: skip
    counts = _count(documents, _options(options))
    labels, member_doc, member_group = _membership(documents, by)
    if target is not None and target not in labels:
        raise TermsError(f"target={target!r}: not a value of {by!r} (values: {labels[:10]})")
    if len(labels) < 2:
        return _empty(columns, f"keyness needs two or more groups of {by!r}; found {len(labels)}")
    group, term, count, group_words = _regroup(counts, member_doc, member_group, len(labels))
    covered = np.unique(member_doc)
    corpus_words = int(counts.doc_words[covered].sum())
    in_covered = np.isin(counts.doc, covered)
    totals = np.bincount(
        counts.term[in_covered], weights=counts.count[in_covered], minlength=len(counts.vocab)
    ).astype("int64")
    if target is not None:
        wanted = labels.index(target)
        dense = np.flatnonzero(totals > 0)
        target_count = np.zeros(len(counts.vocab), dtype="int64")
        mine = group == wanted
        target_count[term[mine]] = count[mine]
        group = np.full(len(dense), wanted)
        term, count = dense, target_count[dense]
    a = count.astype("float64")
    b = (totals[term] - count).astype("float64")
    c = group_words[group].astype("float64")
    d = corpus_words - c
    keep = (a + b >= min_count) & (d > 0)
    a, b, c, d, group, term = a[keep], b[keep], c[keep], d[keep], group[keep], term[keep]
    g2 = _signed_g2(a, b, c, d)
    frame = pd.DataFrame(
        {
            "group_index": group,
            "group": _label_array(labels, group),
            "term": _strings(counts.vocab, term),
            "count_target": a.astype("int64"),
            "count_reference": b.astype("int64"),
            "per_1k_target": _per_1k(a, c),
            "per_1k_reference": _per_1k(b, d),
            "g2": g2,
            "log_ratio": _log_ratio(a, b, c, d),
            "p": _chi2_p(np.abs(g2)),
        }
    )
    frame = frame.sort_values(
        ["group_index", "g2", "term"], ascending=[True, False, True], ignore_index=True
    )
    if top:
        frame = frame.groupby("group_index", sort=False).head(top).reset_index(drop=True)
    if frame.empty:
        frame.attrs[_EMPTY_REASON] = f"no term occurs {min_count} times or more"
    return frame.drop(columns="group_index")


def keyness_grouping(documents: pd.DataFrame) -> str:
    """The natural grouping for keyness: ``"year"`` when dates span two years or more, else
    ``"month"`` when they span two months or more, else ``"doc_id"`` (each document against
    the rest; a one-document corpus then gets an empty table saying why)."""
    for freq in ("year", "month"):
        if _has_periods(documents, freq):
            return freq
    return "doc_id"


def _has_periods(documents: pd.DataFrame, freq: str) -> bool:
    has_dates = "published_year" in documents.columns or "published" in documents.columns
    return has_dates and period_labels(documents, freq).nunique(dropna=True) > 1


def _signed_g2(a, b, c, d) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        e1 = c * (a + b) / (c + d)
        e2 = d * (a + b) / (c + d)
        g2 = 2 * (_xlogx_over(a, e1) + _xlogx_over(b, e2))
        return np.where(a / c < b / d, -g2, g2)


def _log_ratio(a, b, c, d) -> np.ndarray:
    return np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))


def _chi2_p(g2: np.ndarray) -> np.ndarray:
    """Upper-tail probability of chi-squared with one degree of freedom."""
    return np.array([math.erfc(math.sqrt(x / 2)) for x in g2], dtype="float64")


# --- TF-IDF ------------------------------------------------------------------------------------


def tfidf(documents: pd.DataFrame, *, top: int | None = None, **options) -> pd.DataFrame:
    """TF-IDF weight of each term in each document.

    ``tf = count / word tokens of the document``; ``idf = ln(N / df) + 1`` with N documents and
    df documents containing the term (the un-smoothed form scikit-learn uses with
    ``smooth_idf=False``: a term in every document keeps its tf); ``tfidf = tf * idf``.

    Args:
        documents: the documents table.
        top: keep the ``top`` highest-weighted terms of each document.
        **options: as for ``term_counts``.

    Returns:
        ``doc_id``, ``term``, ``count``, ``tf``, ``idf``, ``tfidf``; in document order, then by
        tfidf (descending) and term.
    """
    counts = _count(documents, _options(options))
    n_docs = len(counts.doc_words)
    idf = np.log(n_docs / np.maximum(counts.doc_freq, 1)) + 1.0
    tf = _per_1k(counts.count, counts.doc_words[counts.doc]) / 1000.0
    weight = tf * idf[counts.term]
    order = np.lexsort((_term_order(counts.vocab)[counts.term], -weight, counts.doc))
    doc, term = counts.doc[order], counts.term[order]
    frame = pd.DataFrame(
        {
            "doc_id": _label_array(documents["doc_id"].to_numpy(), doc),
            "term": _strings(counts.vocab, term),
            "count": counts.count[order],
            "tf": tf[order],
            "idf": idf[term],
            "tfidf": weight[order],
        }
    )
    if top:
        frame = frame.groupby(doc, sort=False).head(top).reset_index(drop=True)
    return frame


# --- trends ------------------------------------------------------------------------------------


def term_trends(
    documents: pd.DataFrame,
    terms: list[str] | None = None,
    *,
    freq: str = "auto",
    top: int = 10,
    **options,
) -> pd.DataFrame:
    """How often terms occur in each year or month.

    Args:
        documents: the documents table (dates from ``published_year``/``published_month``).
        terms: the terms to follow, written as in the text (``"Sakhalin-2"``; case-folded when
            ``lowercase``); ``None`` follows the ``top`` most frequent terms of the corpus.
        freq: ``"year"``, ``"month"``, or ``"auto"``: years, or months when the dates fall
            in a single year.
        top: how many terms to follow when ``terms`` is ``None``.
        **options: as for ``term_counts``.

    Returns:
        ``period``, ``term``, ``count``, ``per_1k`` (per 1,000 word tokens of the period), one
        row for each period and term (zero counts included); by period, then term. Empty, with
        ``.attrs["reason"]``, when the dated documents span one period or none.
    """
    columns = ["period", "term", "count", "per_1k"]
    if freq == "auto":
        freq = (
            "month"
            if not _has_periods(documents, "year") and _has_periods(documents, "month")
            else "year"
        )
    periods = period_labels(documents, freq)
    n_periods = periods.nunique(dropna=True)
    if n_periods == 0:
        return _empty(columns, f"no document has a known {freq}, and a trend needs two or more")
    if n_periods == 1:
        only = periods.dropna().iloc[0]
        return _empty(columns, f"every dated document falls in {freq} {only}; a trend needs two")
    counts = _count(documents, _options(options))
    labels, member_doc, member_group = _membership(documents.assign(**{freq: periods}), freq)
    group, term, count, group_words = _regroup(counts, member_doc, member_group, len(labels))
    index = {t: i for i, t in enumerate(counts.vocab)}
    if terms is None:
        totals = np.bincount(term, weights=count, minlength=len(counts.vocab))
        rank = _term_order(counts.vocab)
        chosen = [counts.vocab[i] for i in np.lexsort((rank, -totals))[:top] if totals[i] > 0]
    else:
        chosen = list(dict.fromkeys(_as_term(t, _options(options)) for t in terms))
    table = {(g, t): n for g, t, n in zip(group, term, count, strict=True)}
    rows = [
        (label, name, table.get((g, index.get(name, -1)), 0), group_words[g])
        for g, label in enumerate(labels)
        for name in chosen
    ]
    frame = pd.DataFrame(rows, columns=["period", "term", "count", "words"])
    frame["per_1k"] = _per_1k(frame["count"], frame["words"])
    return frame.drop(columns="words").astype({"period": "str", "term": "str", "count": "int64"})


def _as_term(text: str, options: TermOptions) -> str:
    """A term as the counting would write it: ``"Sakhalin-2"`` → ``"sakhalin-2"``."""
    tokens = _tokens_of_chunks(text.split())
    elements = chain.from_iterable(_token_elements(t, options) for t in tokens)
    return " ".join(e.removeprefix(_STOP) for e in elements if e is not _BREAK)


def findings(
    counts: pd.DataFrame, bigrams: pd.DataFrame, lines: pd.DataFrame, kwic_terms: list[str]
) -> list[str]:
    """The term report's headline findings.

    Args:
        counts: ``term_counts`` (its ``attrs["word_tokens"]`` is read).
        bigrams: ``term_counts(..., ngram=2)``.
        lines: ``kwic.kwic(documents, kwic_terms)``.
        kwic_terms: the terms looked up in context.
    """
    stated = []
    if len(counts):
        top = counts.iloc[0]
        stated.append(
            f'Most frequent term: "{top["term"]}", {top["count"]:,} times '
            f"({top['per_1k']:.1f} per 1,000 words)"
        )
    if len(bigrams):
        stated.append(
            f'Most frequent phrase: "{bigrams["term"].iloc[0]}", {bigrams["count"].iloc[0]:,} times'
        )
    return [
        *stated,
        f"{len(counts):,} distinct terms in {counts.attrs.get('word_tokens', 0):,} words",
        f"{len(lines):,} concordance line(s) for {', '.join(kwic_terms)}",
    ]
