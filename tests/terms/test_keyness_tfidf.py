"""Keyness (signed G², log ratio) and TF-IDF, against values computed here with plain Python."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.terms import TermsError, keyness, tfidf
from analysis.text import tokenize

WORD_KINDS = {"word", "abbrev", "number", "time"}


def _g2(a: int, b: int, c: int, d: int) -> float:
    """AntConc's log-likelihood, written out: 2 * sum(O ln(O/E)), negative for under-use."""
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    value = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o)
    return -value if a / c < b / d else value


def _count(texts, term: str) -> tuple[int, int]:
    """(occurrences of ``term``, word tokens) in ``texts``, straight from the tokeniser."""
    tokens = [t for text in texts for t in tokenize(text)]
    return sum(t.norm == term for t in tokens), sum(t.kind in WORD_KINDS for t in tokens)


def _docs(texts: list[str], **columns) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, **columns})


def test_keyness_of_a_hand_made_pair():
    # d0: oil x3 in 4 words; d1: oil x1 in 5 words.
    documents = _docs(["Oil oil oil gas.", "Gas gas gas gas oil."])
    row = keyness(documents, by="doc_id", target="d0", min_count=1).set_index("term").loc["oil"]
    assert row[["count_target", "count_reference"]].tolist() == [3, 1]
    assert row["per_1k_target"] == 750.0 and row["per_1k_reference"] == 200.0
    assert row["g2"] == pytest.approx(_g2(3, 1, 4, 5))  # 1.5425
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 4) / (1 / 5)))
    assert row["p"] == pytest.approx(math.erfc(math.sqrt(_g2(3, 1, 4, 5) / 2)))


def test_under_used_terms_have_negative_g2():
    documents = _docs(["Oil oil oil gas.", "Gas gas gas gas oil."])
    row = keyness(documents, by="doc_id", target="d0", min_count=1).set_index("term").loc["gas"]
    assert row["g2"] == pytest.approx(_g2(1, 4, 4, 5)) and row["g2"] < 0


def test_log_ratio_replaces_a_zero_count_by_half():
    documents = _docs(["Oil oil gas.", "Gas gas."])
    frame = keyness(documents, by="doc_id", target="d1", min_count=1).set_index("term")
    assert frame.loc["oil", "count_target"] == 0  # absent from the target, listed with a target
    assert frame.loc["oil", "log_ratio"] == pytest.approx(math.log2((0.5 / 2) / (2 / 3)))


def test_one_group_gives_an_empty_table_with_a_reason(seed_documents):
    frame = keyness(seed_documents, by="doc_id")
    assert frame.empty and "two or more groups" in frame.attrs["reason"]


def test_unknown_target_is_named():
    with pytest.raises(TermsError, match="'d9'"):
        keyness(_docs(["Oil.", "Gas."]), by="doc_id", target="d9")


def test_unknown_column_is_named():
    with pytest.raises(TermsError, match="'source'"):
        keyness(_docs(["Oil.", "Gas."]), by="source")


@pytest.fixture(scope="module")
def by_year(kremlin120):
    return keyness(kremlin120, by="year")


def test_obuchi_is_the_key_term_of_2000(kremlin120, by_year):
    # Keizo Obuchi, Japan's prime minister, fell ill and died in 2000.
    in_2000 = kremlin120["published_year"] == 2000
    a, c = _count(kremlin120.loc[in_2000, "text"], "obuchi")
    b, d = _count(kremlin120.loc[~in_2000, "text"], "obuchi")
    # 8: "obuchi" occurs 8 times (case-insensitive substring count) in the title, lead and body
    # of the 2000 items of the JSONL, and in no other year.
    assert (a, b) == (8, 0)
    top = by_year[by_year["group"] == "2000"].iloc[0]
    assert top[["term", "count_target", "count_reference"]].tolist() == ["obuchi", a, b]
    assert top["g2"] == pytest.approx(_g2(a, b, c, d))
    assert top["per_1k_target"] == pytest.approx(a * 1000 / c)


def test_keyness_by_year_covers_every_year(kremlin120, by_year):
    years = sorted(kremlin120["published_year"].astype(str).unique())
    assert sorted(by_year["group"].unique()) == years


def test_keyness_rows_are_sorted_by_g2_within_group(by_year):
    assert all(
        group["g2"].is_monotonic_decreasing for _, group in by_year.groupby("group", sort=False)
    )


def test_keyness_top_per_group(kremlin120):
    frame = keyness(kremlin120, by="year", top=2)
    assert frame.groupby("group").size().max() == 2


def test_keyness_by_month_derives_periods():
    documents = _docs(
        ["Oil oil oil.", "Gas gas gas."],
        published_year=pd.array([2020, 2020], dtype="Int64"),
        published_month=pd.array([1, 2], dtype="Int64"),
    )
    frame = keyness(documents, by="month", min_count=1)
    assert frame[["group", "term"]].values.tolist() == [
        ["2020-01", "oil"], ["2020-02", "gas"]
    ]  # fmt: skip


def test_tfidf_by_its_formula():
    # 3 documents; "oil" in 2 of them, "gas" in 1.
    documents = _docs(["Oil oil gas.", "Oil prices.", "Wheat."])
    frame = tfidf(documents).set_index(["doc_id", "term"])
    idf_oil, idf_gas = math.log(3 / 2) + 1, math.log(3 / 1) + 1
    assert frame.loc[("d0", "oil"), ["tf", "idf"]].tolist() == pytest.approx([2 / 3, idf_oil])
    assert frame.loc[("d0", "oil"), "tfidf"] == pytest.approx(2 / 3 * idf_oil)
    assert frame.loc[("d0", "gas"), "tfidf"] == pytest.approx(1 / 3 * idf_gas)


def test_tfidf_top_terms_of_a_shared_corpus_document(kremlin120):
    # Document 37425 is about export restrictions on oil companies in tax arrears.
    text = kremlin120.set_index("doc_id").loc["37425", "text"]
    oil, words = _count([text], "oil")
    df = sum(_count([t], "oil")[0] > 0 for t in kremlin120["text"])
    frame = tfidf(kremlin120, top=3)
    top = frame[frame["doc_id"] == "37425"]
    assert top["term"].tolist()[0] == "oil"
    assert top.iloc[0]["tfidf"] == pytest.approx(oil / words * (math.log(120 / df) + 1))
    assert frame.groupby("doc_id").size().max() == 3


def test_tfidf_counts_documents_without_terms():
    # N = 3 although the last two documents hold no term (stop words only; empty)
    documents = _docs(["Oil.", "The.", ""])
    frame = tfidf(documents)
    assert frame["idf"].tolist() == [pytest.approx(math.log(3 / 1) + 1)]
