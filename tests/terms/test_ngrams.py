"""N-grams and collocations: within sentences, stop words only inside, PMI and G² as defined."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.terms import collocations, term_counts


def _docs(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})


def _grams(text: str, n: int, **options) -> dict[str, int]:
    frame = term_counts(_docs(text), ngram=n, **options)
    return dict(zip(frame["term"], frame["count"], strict=True))


def test_economic_sanctions_is_a_top_bigram_of_the_seed(seed_documents):
    # "lifting economic sanctions" three times (lead, first paragraph, Trump paragraph)
    top = term_counts(seed_documents, ngram=2).head(5)
    assert top.iloc[0][["term", "count"]].tolist() == ["economic sanctions", 3]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("lifting economic sanctions", 3),  # grep -c -o: 3
        ("russian foreign ministry", 3),  # 3, one before "Ministry’s"
        ("talks on ukraine", 3),  # a stop word inside is kept
        ("japan russia relations", 2),  # "Japan-Russia relations" x2: the hyphen joins
    ],
)
def test_seed_trigrams(seed_documents, term, expected):
    frame = term_counts(seed_documents, ngram=3)
    assert frame.loc[frame["term"] == term, "count"].tolist() == [expected]


def test_ngrams_do_not_cross_sentences():
    assert _grams("Oil prices rose. Gas prices fell.", 2) == {
        "oil prices": 1, "prices rose": 1, "gas prices": 1, "prices fell": 1
    }  # fmt: skip


def test_punctuation_and_numbers_break_ngrams():
    assert _grams("Oil, gas and 20 tankers sailed", 2) == {"tankers sailed": 1}


def test_ngrams_starting_or_ending_with_a_stop_word_are_dropped():
    assert _grams("The price of oil rose", 2) == {"oil rose": 1}
    assert _grams("The price of oil rose", 3) == {"price of oil": 1}


def test_ngrams_with_stop_words_on_request():
    assert _grams("The price of oil", 2, stopwords=False) == {
        "the price": 1, "price of": 1, "of oil": 1
    }  # fmt: skip


def test_possessive_is_skipped_without_a_break():
    assert _grams("Russia’s gas exports", 2) == {"russia gas": 1, "gas exports": 1}


def test_collocation_measures_by_their_formulas():
    # Adjacent pairs (stop words included): black sea x3, sea port x1, black gold x1,
    # the sea x1, red sea x1 -> N = 7; c(black _) = 4, c(_ sea) = 5.
    documents = _docs("Black Sea. Black Sea port. Black Sea. Black gold. The sea. Red sea.")
    frame = collocations(documents, min_count=1).set_index(["w1", "w2"])
    n, c12, c1, c2 = 7, 3, 4, 5
    assert frame.loc[("black", "sea"), "count"] == c12
    assert frame.loc[("black", "sea"), "pmi"] == pytest.approx(math.log2(c12 * n / (c1 * c2)))
    cells = [(c12, c1 * c2 / n), (c1 - c12, c1 * (n - c2) / n),
             (c2 - c12, (n - c1) * c2 / n), (n - c1 - c2 + c12, (n - c1) * (n - c2) / n)]  # fmt: skip
    g2 = 2 * sum(o * math.log(o / e) for o, e in cells if o)
    assert frame.loc[("black", "sea"), "llr"] == pytest.approx(g2)
    assert ("the", "sea") not in frame.index  # starts with a stop word


def test_collocations_minimum_count_and_order(seed_documents):
    frame = collocations(seed_documents, min_count=3, measure="pmi")
    assert frame[["w1", "w2"]].values.tolist() == [
        ["foreign", "ministry"],  # each word only in this pair: highest PMI
        ["lifting", "economic"],
        ["economic", "sanctions"],
        ["russian", "foreign"],
    ]
