"""The fast counting path gives exactly what plain ``tokenize`` calls give.

``reference_*`` below restate the documented term rules over ``split_sentences`` and
``tokenize``, token by token, with none of the shortcuts of ``analysis.terms``.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.terms import _chunk_tokens, term_counts, term_frequencies
from analysis.text import split_sentences, stopwords, tokenize

WORD_KINDS = {"word", "abbrev", "number", "time"}


def reference_unigrams(text: str, *, numbers=False, punctuation=False) -> tuple[Counter, int]:
    counts: Counter = Counter()
    words = 0
    for start, end in split_sentences(text):
        for token in tokenize(text, start, end):
            words += token.kind in WORD_KINDS
            if token.kind in {"possessive", "clitic"} or token.norm in stopwords():
                continue
            if token.kind == "punct" and not punctuation:
                continue
            if token.kind in {"number", "time"} and not numbers:
                continue
            counts[token.norm] += 1
    return counts, words


def reference_ngrams(text: str, n: int) -> Counter:
    counts: Counter = Counter()
    for start, end in split_sentences(text):
        tokens = tokenize(text, start, end)
        runs, run = [], []
        for i, token in enumerate(tokens):
            if token.kind in {"possessive", "clitic"}:
                continue
            joined_hyphen = (
                token.kind == "punct"
                and token.text in "-\u2010\u2011"
                and 0 < i < len(tokens) - 1
                and tokens[i - 1].end == token.start
                and tokens[i + 1].start == token.end
            )
            if joined_hyphen:
                continue
            if token.kind in {"punct", "number", "time"}:
                runs.append(run)
                run = []
            else:
                run.append(token.norm)
        runs.append(run)
        for run in runs:
            for i in range(len(run) - n + 1):
                gram = run[i : i + n]
                if gram[0] not in stopwords() and gram[-1] not in stopwords():
                    counts[" ".join(gram)] += 1
    return counts


def _per_document(frame: pd.DataFrame) -> dict[str, Counter]:
    result: dict[str, Counter] = {}
    for doc_id, term, count in zip(frame["doc_id"], frame["term"], frame["count"], strict=True):
        result.setdefault(doc_id, Counter())[term] = count
    return result


def test_unigrams_equal_tokenizer_counts_on_shared_corpus(kremlin120):
    fast = _per_document(term_frequencies(kremlin120))
    expected = {
        doc_id: reference_unigrams(text)[0]
        for doc_id, text in zip(kremlin120["doc_id"], kremlin120["text"], strict=True)
    }
    assert fast == {k: v for k, v in expected.items() if v}


def test_word_token_totals_equal_tokenizer_on_shared_corpus(kremlin120):
    frame = term_frequencies(kremlin120)
    words = dict(
        zip(
            kremlin120["doc_id"],
            (reference_unigrams(t)[1] for t in kremlin120["text"]),
            strict=True,
        )
    )
    implied = frame["count"] * 1000 / frame["per_1k"]
    assert (implied.round().astype(int) == frame["doc_id"].map(words)).all()


@pytest.mark.parametrize("n", [2, 3])
def test_ngrams_equal_tokenizer_ngrams_on_shared_corpus(kremlin120, n):
    fast = _per_document(term_frequencies(kremlin120, ngram=n))
    expected = {
        doc_id: reference_ngrams(text, n)
        for doc_id, text in zip(kremlin120["doc_id"], kremlin120["text"], strict=True)
    }
    assert fast == {k: v for k, v in expected.items() if v}


CHUNK_ALPHABET = st.sampled_from(
    list("aZx9.,:;-\u2010'\u2019\"\u201c()%$/_")
    + ["U.S.", "Mr.", "No.", "\u00e9", "\u0416", "\u00b2"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(CHUNK_ALPHABET, min_size=1, max_size=10).map("".join))
def test_chunk_tokens_equal_tokenize(chunk):
    assert [t[:3] for t in _chunk_tokens(chunk)] == [
        (t.text, t.norm, t.kind) for t in tokenize(chunk)
    ]


TEXT_ALPHABET = st.sampled_from(
    ["Russia", "the", "oil", "Mr.", "U.S.", "Japan-Russia", "’s", "'s", "n't", "9-10", "8:04",
     "Sakhalin-2", ".", ",", "-", "\"", " ", " ", " ", "\n\n", "\u00a0"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT_ALPHABET, max_size=40).map("".join))
def test_counts_equal_tokenizer_counts_on_any_text(text):
    frame = term_counts(pd.DataFrame({"doc_id": ["x"], "text": [text]}), numbers=True)
    expected, words = reference_unigrams(text, numbers=True)
    assert dict(zip(frame["term"], frame["count"], strict=True)) == dict(expected)
    assert frame.attrs["word_tokens"] == words


@pytest.mark.slow
def test_unigrams_equal_tokenizer_counts_on_full_corpus_sample(kremlin_full_path):
    from analysis.corpus import load_corpus

    documents = load_corpus(kremlin_full_path).iloc[::20]  # every 20th of 7,061 items
    fast = _per_document(term_frequencies(documents, numbers=True))
    expected = {
        doc_id: reference_unigrams(text, numbers=True)[0]
        for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True)
    }
    assert fast == {k: v for k, v in expected.items() if v}


@pytest.mark.slow
def test_bigrams_equal_tokenizer_bigrams_on_full_corpus_sample(kremlin_full_path):
    from analysis.corpus import load_corpus

    documents = load_corpus(kremlin_full_path).iloc[7::20]
    fast = _per_document(term_frequencies(documents, ngram=2))
    expected = {
        doc_id: reference_ngrams(text, 2)
        for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True)
    }
    assert fast == {k: v for k, v in expected.items() if v}
