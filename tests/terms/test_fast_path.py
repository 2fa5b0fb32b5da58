"""The fast counting path gives exactly what plain ``tokenize`` calls give.

``reference_*`` below restate the documented term rules over ``split_sentences`` and
``tokenize``, token by token, with none of the shortcuts of ``analysis.terms``.
"""

from __future__ import annotations

import sys
from collections import Counter

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.terms import (
    WORD_KINDS,
    TermOptions,
    _chunk_tokens,
    _code_chunks,
    _elements_of_chunks,
    _ranges,
    _token_elements,
    _tokenised,
    _whitespace_bytes,
    term_counts,
    term_frequencies,
    term_tables,
)
from analysis.text import split_sentences, stopwords, tokenize


def reference_unigrams(text: str, *, numbers=False, punctuation=False) -> tuple[Counter, int]:
    counts: Counter = Counter()
    words = 0
    for start, end in split_sentences(text):
        for token in tokenize(text, start, end):
            words += token.kind in WORD_KINDS
            if token.kind in {"possessive", "clitic"} or token.norm in stopwords():
                continue
            if token.kind == "punct" and not punctuation or token.kind == "link":
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
            if token.kind in {"punct", "number", "time", "link"}:
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


# --- the steps of the fast path, each against its plain counterpart ----------------------------

PYTHON_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
NOT_SPACES = ["\u200b", "\u180e", "\ufeff", "\u2060", "\x00", "\x7f", "\x1b"]  # look like spaces
PIECE_ALPHABET = st.sampled_from(
    PYTHON_SPACES
    + NOT_SPACES
    + list("aZ9.,-'\u2019\"()")
    + ["Russia", "the", "Mr.", "U.S.", "\u0130stanbul", "e\u0301", "\u05e2\u05d1", "\U0001d518"]
    + ["\ud800", "\udc80", "\u00e9", "\u2009", "\u3000"]
)


def test_whitespace_bytes_are_pythons_whitespace():
    runs, longer = _whitespace_bytes()
    single = [chr(b) for first, last in runs for b in range(first, last + 1)]
    assert sorted(single + [b.decode() for b in longer]) == PYTHON_SPACES


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(PIECE_ALPHABET, max_size=12).map("".join), max_size=6))
def test_chunk_codes_equal_str_split(pieces):
    code, distinct, per_piece = _code_chunks(pieces)
    chunks = [distinct[int(c)].as_py().decode("utf-8", "surrogatepass") for c in code]
    bounds = np.cumsum([0, *per_piece])
    assert [chunks[a:b] for a, b in zip(bounds, bounds[1:], strict=False)] == [
        p.split() for p in pieces
    ]


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 4)), max_size=20))
def test_ranges_are_the_groups_positions_in_turn(groups):
    start = np.array([s for s, _ in groups], dtype="int64")
    length = np.array([n for _, n in groups], dtype="int64")
    assert _ranges(start, length).tolist() == [s + i for s, n in groups for i in range(n)]


CHUNK_LISTS = st.lists(st.lists(CHUNK_ALPHABET, min_size=1, max_size=8).map("".join), max_size=8)


@settings(max_examples=300, deadline=None)
@given(CHUNK_LISTS)
def test_chunks_tokenised_together_equal_each_tokenised_alone(chunks):
    expected = []
    for chunk in chunks:
        tokens = tokenize(chunk)
        last = len(tokens) - 1
        expected.append(
            tuple(
                (
                    t.text,
                    t.norm,
                    t.kind,
                    t.kind == "punct" and t.text in "-\u2010\u2011" and 0 < i < last,
                )
                for i, t in enumerate(tokens)
            )
        )
    assert _tokenised(chunks) == expected


OPTION_SETS = [
    TermOptions(),
    TermOptions(numbers=True),
    TermOptions(punctuation=True),
    TermOptions(lowercase=False),
    TermOptions(stem="porter"),
    TermOptions(stopwords=frozenset({"russia", "-", ","})),
]


@pytest.mark.parametrize("options", OPTION_SETS)
@settings(max_examples=150, deadline=None)
@given(CHUNK_LISTS)
def test_chunk_elements_equal_those_of_their_tokens(options, chunks):
    distinct = list(dict.fromkeys(chunks))
    flat, size, words, keys = _elements_of_chunks(
        pa.array([c.encode() for c in distinct], type=pa.large_binary()), options
    )
    ends = np.cumsum(size)
    found = [
        tuple(None if i < 0 else keys[i] for i in flat[end - n : end])
        for end, n in zip(ends, size, strict=True)
    ]
    tokens = [_chunk_tokens(chunk) for chunk in distinct]
    assert found == [_token_elements(t, options) for t in tokens]
    assert list(words) == [sum(t[2] in WORD_KINDS for t in each) for each in tokens]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(TEXT_ALPHABET, max_size=40).map("".join), min_size=1, max_size=4))
def test_term_tables_equal_term_counts(texts):
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    unigrams, bigrams = term_tables(documents, spans=[split_sentences(t) for t in texts])
    for found, expected in (
        (unigrams, term_counts(documents)),
        (bigrams, term_counts(documents, ngram=2)),
    ):
        pd.testing.assert_frame_equal(found, expected)
        assert found.attrs == expected.attrs


def test_term_tables_keep_to_the_spans_given_even_inside_a_word():
    documents = pd.DataFrame({"doc_id": ["x"], "text": ["Russia-Japan oil, gas"]})
    # "Rus" | "sia-Japan oil" (", gas" lies outside every span): by hand, from the rules above.
    unigrams, bigrams = term_tables(documents, spans=[[(0, 3), (3, 16)]])
    assert dict(zip(unigrams["term"], unigrams["count"], strict=True)) == {
        "rus": 1,
        "sia-japan": 1,
        "oil": 1,
    }
    assert list(bigrams["term"]) == ["sia-japan oil"]
    assert unigrams.attrs["word_tokens"] == 3


def test_a_lone_surrogate_is_punctuation_and_fails_only_as_a_term():
    text = pd.Series(["Russia \udc80 oil"], dtype=object)  # no str column can hold it
    documents = pd.DataFrame({"doc_id": ["x"], "text": text})
    unigrams, bigrams = term_tables(documents)
    assert list(unigrams["term"]) == ["oil", "russia"]
    assert bigrams.empty  # the surrogate breaks the run, as punctuation does
    with pytest.raises(UnicodeEncodeError):  # as pd.array(["\udc80"], dtype="str") does
        term_counts(documents, punctuation=True)
