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
chunks tokenised one by one. Counting chunks (``str.split`` and ``Counter``, both in C) and
tokenising each distinct chunk once gives exactly the tokeniser's counts at a fraction of the
cost; ``tests/terms/test_fast_path.py`` checks the identity against plain ``tokenize`` calls.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np
import pandas as pd

from analysis.text import abbreviations, split_sentences, tokenize
from analysis.text import stopwords as default_stopwords

WORD_KINDS = frozenset({"word", "abbrev", "number", "time"})
_HYPHENS = frozenset("-\u2010\u2011")
PERIODS = {"year", "month"}
# Letters between marks that are always tokens of their own (no apostrophes, hyphens or digits).
_MARKS = '"\u201c\u201d\u2018(),;:!?\\[\\]\u00ab\u00bb'
_PLAIN_CHUNK = re.compile(f"(?P<before>[{_MARKS}]*)(?P<word>[^\\W\\d_]+)(?P<after>[{_MARKS}.]*)")
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


@lru_cache(maxsize=1 << 19)
def _chunk_tokens(chunk: str) -> tuple[tuple[str, str, str, bool], ...]:
    """(text, norm, kind, interior_hyphen) for each token of a whitespace-free chunk."""
    if chunk.isalpha():  # one plain word: the common case, no need to run the tokeniser
        return ((chunk, chunk.lower(), "word", False),)
    plain = _PLAIN_CHUNK.fullmatch(chunk)
    if plain and not (plain["after"][:1] == "." and plain["word"].lower() in abbreviations()):
        # A word between punctuation marks ("(Russia),"): each mark is a token of its own.
        word = plain["word"]
        return (
            *((mark, mark, "punct", False) for mark in plain["before"]),
            (word, word.lower(), "word", False),
            *((mark, mark, "punct", False) for mark in plain["after"]),
        )
    tokens = tokenize(chunk)
    last = len(tokens) - 1
    return tuple(
        (t.text, t.norm, t.kind, t.kind == "punct" and t.text in _HYPHENS and 0 < i < last)
        for i, t in enumerate(tokens)
    )


_BREAK = None  # an element of a term sequence that no n-gram may span
_STOP = "\x00"  # marks a stop word in a term sequence (stripped from the n-grams)


@lru_cache(maxsize=1 << 19)
def _chunk_elements(chunk: str, options: TermOptions) -> tuple:
    """The chunk as sequence elements: a term (``_STOP``-prefixed for a stop word) or ``_BREAK``;
    skipped tokens vanish."""
    stops = options.stop_set
    elements: list = []
    for text, norm, kind, interior_hyphen in _chunk_tokens(chunk):
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


@lru_cache(maxsize=1 << 19)
def _chunk_unigrams(chunk: str, options: TermOptions) -> tuple[tuple[str, ...], int]:
    """(terms, word tokens) of a chunk for unigram counting."""
    terms = tuple(e for e in _chunk_elements(chunk, options) if e is not _BREAK and e[:1] != _STOP)
    words = sum(1 for t in _chunk_tokens(chunk) if t[2] in WORD_KINDS)
    return terms, words


def _unigrams_of_chunks(chunks, options: TermOptions) -> list[tuple[tuple[str, ...], int]]:
    """``_chunk_unigrams`` for many chunks, with plain lower-cased words handled inline."""
    if not options.lowercase or options.stem:
        return [_chunk_unigrams(c, options) for c in chunks]
    stops = options.stop_set
    known = abbreviations()
    result = []
    for chunk in chunks:
        if chunk.isalpha():
            word = chunk.lower()
        elif not options.punctuation and (plain := _PLAIN_CHUNK.fullmatch(chunk)):
            word = plain["word"].lower()
            if plain["after"][:1] == "." and word in known:
                result.append(_chunk_unigrams(chunk, options))
                continue
        else:
            result.append(_chunk_unigrams(chunk, options))
            continue
        result.append(((), 1) if word in stops else ((word,), 1))
    return result


@lru_cache(maxsize=1 << 19)
def _chunk_word_count(chunk: str) -> int:
    return sum(1 for t in _chunk_tokens(chunk) if t[2] in WORD_KINDS)


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


# Sentence spans of recent texts: the n-gram, collocation and trend tables of one corpus
# split the same texts again and again.
_sentences = lru_cache(maxsize=1 << 13)(split_sentences)

_SENTENCE_START = "\n"  # never a chunk (chunks hold no whitespace): marks a sentence start


def _sequence(
    texts: list[str], options: TermOptions, spans: list[list[tuple[int, int]]] | None = None
) -> _Sequence:
    """The term sequence of ``texts``; ``spans`` are their sentence spans when already split."""
    return _sequence_and_chunks(texts, options, spans)[0]


def _sequence_and_chunks(
    texts: list[str], options: TermOptions, spans: list[list[tuple[int, int]]] | None = None
) -> tuple[_Sequence, _Chunks]:
    """The term sequence of ``texts`` and their whitespace chunks counted per document.

    A text's sentences hold all of its chunks (only whitespace lies outside and between them),
    so the chunks of the sentences are those of ``text.split()``: one scan serves unigrams too.
    """
    chunk_ids: dict[str, int] = {}
    parts: list[np.ndarray] = []
    chunks: list[str] = []
    per_doc = []

    def code_chunks() -> None:  # in batches, so that few chunk strings are alive at once
        code, batch = pd.factorize(pd.Series(chunks, dtype=object))
        ids = np.fromiter((chunk_ids.setdefault(c, len(chunk_ids)) for c in batch), "int64")
        parts.append(ids[code] if len(code) else np.zeros(0, dtype="int64"))
        chunks.clear()

    for i, text in enumerate(texts):
        before = len(chunks)
        for start, end in _sentences(text) if spans is None else spans[i]:
            chunks.append(_SENTENCE_START)
            chunks.extend(text[start:end].split())
        per_doc.append(len(chunks) - before)
        if len(chunks) > 200_000:
            code_chunks()
    code_chunks()
    code = np.concatenate(parts)
    distinct = list(chunk_ids)
    chunk_doc = np.repeat(np.arange(len(texts)), per_doc)
    # Each distinct chunk → its element ids (-1 for a break), laid out flat; ids are given in
    # order of first appearance (factorize counts None, the break, as missing: -1).
    elements, word_counts, unigrams = _chunk_facts(distinct, options)
    element_ids, ids = pd.factorize(
        pd.Series(list(chain.from_iterable(elements)), dtype=object), use_na_sentinel=True
    )
    words = np.array(word_counts, dtype="int64")
    flat = element_ids.astype("int64")
    size = np.fromiter(map(len, elements), "int64", len(elements))
    first = np.cumsum(size) - size
    repeat = size[code]
    within = np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    sequence = _Sequence(
        codes=flat[np.repeat(first[code], repeat) + within],
        doc=np.repeat(chunk_doc, repeat),
        doc_words=np.bincount(chunk_doc, weights=words[code], minlength=len(texts)).astype("int64"),
        names=np.array([e.removeprefix(_STOP) for e in ids], dtype=object),
        stop=np.array([e[:1] == _STOP for e in ids], dtype=bool),
    )
    mark = chunk_ids.get(_SENTENCE_START, -1)
    chunk_table = _chunks_of_sequence(code, chunk_doc, distinct, mark, len(texts))
    chunk_table.unigrams = list(zip(unigrams, word_counts, strict=True))
    return sequence, chunk_table


def _chunk_facts(chunks: list[str], options: TermOptions) -> tuple[list, list, list]:
    """For each distinct chunk, in one pass: its ``_chunk_elements`` (a sentence mark is one
    break), its word tokens, and its unigram terms (elements without breaks and stop words);
    plain words are handled inline."""
    stops = options.stop_set
    fast = options.lowercase and not options.stem
    elements: list[tuple] = []
    words: list[int] = []
    unigrams: list[tuple] = []
    for chunk in chunks:
        if chunk == _SENTENCE_START:
            elements.append((_BREAK,))
            words.append(0)
            unigrams.append(())
        elif fast and chunk.isalpha():  # one word token (see _chunk_tokens)
            low = chunk.lower()
            if low in stops:
                elements.append((_STOP + low,))
                unigrams.append(())
            else:
                elements.append((low,))
                unigrams.append((low,))
            words.append(1)
        else:
            found = _chunk_elements(chunk, options)
            elements.append(found)
            words.append(1 if chunk.isalpha() else _chunk_word_count(chunk))
            unigrams.append(tuple(e for e in found if e is not _BREAK and e[:1] != _STOP))
    return elements, words, unigrams


def _chunks_of_sequence(code, chunk_doc, distinct: list[str], mark: int, n_docs: int) -> _Chunks:
    """Per-document chunk counts from a sequence's chunk codes, the sentence ``mark`` left out."""
    width = max(len(distinct), 1)
    key, count = np.unique(chunk_doc * width + code, return_counts=True)
    doc, chunk = key // width, key % width
    keep = chunk != mark
    doc, chunk, count = doc[keep], chunk[keep], count[keep]
    return _Chunks(
        doc, chunk.astype("int64"), count.astype("int64"), np.array(distinct, dtype=object), n_docs
    )


def _windows(sequence: _Sequence, n: int, drop_stops: bool) -> tuple[np.ndarray, ...]:
    """(document, first id, ..., last id) of each valid n-gram: no break inside, and with
    ``drop_stops`` no stop word at either end."""
    codes = sequence.codes
    size = max(len(codes) - n + 1, 0)
    columns = [codes[i : i + size] for i in range(n)]
    valid = np.logical_and.reduce([c >= 0 for c in columns])
    if drop_stops:
        stop = sequence.stop
        valid &= ~stop[np.maximum(columns[0], 0)] & ~stop[np.maximum(columns[-1], 0)]
    return sequence.doc[:size][valid], *(c[valid] for c in columns)


def _gram_ids(columns: tuple[np.ndarray, ...], width: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct n-grams (rows of ids) and each window's index into them."""
    if width ** len(columns) < 2**62:
        key = np.zeros(len(columns[0]), dtype="int64")
        for column in columns:
            key = key * width + column
        distinct, inverse = np.unique(key, return_inverse=True)
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
    return ["" if pd.isna(t) else str(t) for t in documents["text"]]


def _count(documents: pd.DataFrame, options: TermOptions) -> _Counts:
    texts = _texts(documents)
    if options.ngram == 1:
        return _count_unigrams(_chunk_table([Counter(t.split()) for t in texts]), options)
    return _count_ngrams(_sequence(texts, options), options)


def _count_ngrams(sequence: _Sequence, options: TermOptions) -> _Counts:
    doc, *columns = _windows(sequence, options.ngram, options.stopwords is not False)
    grams, gram = _gram_ids(tuple(columns), max(len(sequence.names), 1))
    words = [sequence.names[grams[:, i]] for i in range(options.ngram)]
    vocab = np.array([" ".join(gram) for gram in zip(*words, strict=True)], dtype=object)
    return _aggregate(doc, gram, np.ones(len(doc), dtype="int64"), vocab, sequence.doc_words)


@dataclass
class _Chunks:
    """Whitespace-separated chunks per document: parallel arrays, one row per (doc, chunk)."""

    doc: np.ndarray
    code: np.ndarray  # index into distinct
    count: np.ndarray
    distinct: np.ndarray  # the distinct chunks (object array)
    n_docs: int
    # (terms, word tokens) of each distinct chunk when already known (see _unigrams_of_chunks)
    unigrams: list[tuple[tuple[str, ...], int]] | None = None


def _chunk_table(chunk_counts: list[Counter]) -> _Chunks:
    chunks = list(chain.from_iterable(chunk_counts))
    doc = np.repeat(np.arange(len(chunk_counts)), [len(c) for c in chunk_counts])
    count = np.fromiter(chain.from_iterable(c.values() for c in chunk_counts), "int64", len(chunks))
    code, distinct = pd.factorize(pd.Series(chunks, dtype=object))
    distinct = np.asarray(distinct, dtype=object)
    return _Chunks(doc, code.astype("int64"), count, distinct, len(chunk_counts))


def _count_unigrams(chunks: _Chunks, options: TermOptions) -> _Counts:
    doc, count, chunk_code = chunks.doc, chunks.count, chunks.code
    per_chunk = chunks.unigrams or _unigrams_of_chunks(chunks.distinct, options)
    chunk_words = np.fromiter((w for _, w in per_chunk), "int64", len(per_chunk))
    doc_words = np.bincount(doc, weights=count * chunk_words[chunk_code], minlength=chunks.n_docs)
    # Expand each (document, chunk) row into one row per term the chunk holds.
    terms_per_chunk = np.fromiter((len(t) for t, _ in per_chunk), "int64", len(per_chunk))
    flat_terms = list(chain.from_iterable(t for t, _ in per_chunk))
    term_code, vocab = pd.factorize(pd.Series(flat_terms, dtype=object))
    first = np.concatenate([[0], np.cumsum(terms_per_chunk)[:-1]]).astype("int64")
    repeat = terms_per_chunk[chunk_code]
    row_first = np.repeat(first[chunk_code], repeat)
    within = np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    return _aggregate(
        np.repeat(doc, repeat),
        term_code[row_first + within].astype("int64"),
        np.repeat(count, repeat),
        np.asarray(vocab, dtype=object),
        doc_words.astype("int64"),
    )


def _aggregate(doc, term, count, vocab, doc_words) -> _Counts:
    width = max(len(vocab), 1)
    key, inverse = np.unique(doc * width + term, return_inverse=True)
    summed = np.bincount(inverse, weights=count, minlength=len(key)).astype("int64")
    return _Counts(key // width, key % width, summed, vocab, doc_words)


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
    return _counts_frame(_count(documents, options), min_count)


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
    """
    texts = _texts(documents)
    unigram, bigram = TermOptions(), TermOptions(ngram=2)
    # The chunks' unigram terms come from the bigram scan's elements: the same options but
    # ``ngram``, which elements do not depend on.
    sequence, chunks = _sequence_and_chunks(texts, bigram, spans)
    return (
        _counts_frame(_count_unigrams(chunks, unigram), 1),
        _counts_frame(_count_ngrams(sequence, bigram), 1),
    )


def _counts_frame(counts: _Counts, min_count: int) -> pd.DataFrame:
    totals = counts.term_totals()
    keep = totals >= min_count
    words = int(counts.doc_words.sum())
    frame = pd.DataFrame(
        {
            "term": _strings(counts.vocab, np.flatnonzero(keep)),
            "count": totals[keep],
            "per_1k": _per_1k(totals[keep], words),
            "doc_freq": counts.doc_freq[keep],
        }
    )
    frame = frame.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)
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
    elements = chain.from_iterable(_chunk_elements(c, options) for c in text.split())
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
