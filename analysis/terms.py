"""What a corpus talks about: term frequencies, n-grams, collocations, keyness, TF-IDF, trends.

DataFrames in, DataFrames out. A *term* is built from the tokens of ``analysis.text.tokenize``,
read from ``documents.text``:

- words and abbreviations are terms (their ``norm``: lower case, apostrophes unified);
  ``Sakhalin-2`` and ``not-too-distant`` are one term each, ``Japan-Russia`` is two;
- possessives and clitics (``’s``, ``n't``) are dropped, so ``Russia’s`` counts as ``russia``;
- numbers and clock times are terms only with ``numbers=True``, punctuation only with
  ``punctuation=True``; web and e-mail addresses (``https://…``, ``www.…``, ``press@…``) never
  are, and they break n-grams;
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

Where things live: the counting itself, step by step, is in ``analysis.counting`` (its
docstring tells how it is made fast); collocations in ``analysis.collocations``, keyness and
TF-IDF in ``analysis.keyness``, trends in ``analysis.trends``. This module gives the frequency
tables and the headline findings, and re-exports the rest, so that notebooks, the CLI and
``analysis.tables`` import every term table from ``analysis.terms``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# A name imported as itself is re-exported: the terms API that notebooks, the CLI,
# analysis.tables and analysis.overview import from here, and the steps of the fast path
# that tests/terms/test_fast_path.py checks one by one.
from analysis.collocations import collocations as collocations
from analysis.counting.chunks import _chunk_tokens as _chunk_tokens
from analysis.counting.chunks import _elements_of_chunks as _elements_of_chunks
from analysis.counting.chunks import _token_elements as _token_elements
from analysis.counting.chunks import _tokenised as _tokenised
from analysis.counting.counts import (
    _count,
    _label_array,
    _per_1k,
    _scan,
    _strings,
    _term_order,
    _texts,
    _totals,
)
from analysis.counting.groups import PERIODS as PERIODS
from analysis.counting.groups import _membership, _regroup
from analysis.counting.groups import group_values as group_values
from analysis.counting.groups import period_labels as period_labels
from analysis.counting.options import WORD_KINDS as WORD_KINDS
from analysis.counting.options import TermOptions, _options
from analysis.counting.options import TermsError as TermsError
from analysis.counting.sequence import _sequence
from analysis.counting.whitespace import _code_chunks as _code_chunks
from analysis.counting.whitespace import _ranges as _ranges
from analysis.counting.whitespace import _whitespace_bytes as _whitespace_bytes
from analysis.keyness import keyness as keyness
from analysis.keyness import keyness_grouping as keyness_grouping
from analysis.keyness import tfidf as tfidf
from analysis.trends import term_trends as term_trends

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
