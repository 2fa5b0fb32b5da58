"""Keyword in context on the seed (offsets found independently with str.find), and trends."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.kwic import KwicError, kwic
from analysis.terms import term_trends


def _find_all(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


@pytest.mark.parametrize(
    ("term", "starts"),
    [
        ("Sakhalin-2", [1825, 2007]),  # str.find on the loaded text: 2 occurrences
        ("Foreign Ministry", [2838, 3262, 3440]),  # 3, the last one before "’s"
    ],
)
def test_seed_kwic_offsets(seed_documents, term, starts):
    text = seed_documents["text"].iloc[0]
    lines = kwic(seed_documents, [term])
    assert _find_all(text, term) == starts
    assert lines["start"].tolist() == starts
    assert lines["end"].tolist() == [s + len(term) for s in starts]
    assert [text[s:e] for s, e in zip(lines["start"], lines["end"], strict=True)] == [term] * len(
        starts
    )


def test_kwic_context_and_sentence(seed_documents):
    line = kwic(seed_documents, ["Sakhalin-2"], window=20).iloc[1]
    # "...energy balance, from Sakhalin-2." (sentence 10): at most 20 characters each side,
    # never starting or ending inside a word (20 characters back would cut "energy"), the
    # paragraph break after it shown as two spaces.
    assert line[["sentence_id", "left", "keyword", "right"]].tolist() == [
        10, "balance, from ", "Sakhalin-2", '.  "In addition, the'
    ]  # fmt: skip


def test_kwic_right_context_does_not_end_inside_a_word(seed_documents):
    line = kwic(seed_documents, ["Sakhalin-2"], window=12).iloc[1]
    # 12 characters after the keyword would end inside "addition": cut back to a space.
    assert line["right"] == '.  "In'


def test_kwic_ignores_case_by_default(seed_documents):
    # "the Russian Foreign Ministry" x3 in any case; "foreign ministry" only when folding case
    assert len(kwic(seed_documents, ["foreign ministry"])) == 3
    assert len(kwic(seed_documents, ["foreign ministry"], ignore_case=False)) == 0


def test_kwic_matches_whole_tokens_only():
    documents = pd.DataFrame(
        {"doc_id": ["a"], "text": ["Sakhalin-22 and Sakhalin-2, not Sakhalin."]}
    )
    assert kwic(documents, ["Sakhalin-2"])["start"].tolist() == [16]


def test_kwic_does_not_match_across_sentences():
    documents = pd.DataFrame({"doc_id": ["a"], "text": ["He met the Foreign. Ministry staff."]})
    assert kwic(documents, ["Foreign. Ministry"]).empty


def test_kwic_term_without_a_word_is_named():
    with pytest.raises(KwicError, match="'  '"):
        kwic(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), ["  "])


def _dated(texts, years, months=None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "text": texts,
            "published_year": pd.array(years, dtype="Int64"),
            "published_month": pd.array(months or [1] * len(texts), dtype="Int64"),
        }
    )


def test_trends_by_year_include_zero_counts():
    documents = _dated(["Oil oil gas.", "Gas prices.", "Oil."], [2019, 2020, 2020])
    frame = term_trends(documents, ["oil", "Gas"])
    assert frame.to_dict("list") == {
        "period": ["2019", "2019", "2020", "2020"],
        "term": ["oil", "gas", "oil", "gas"],
        "count": [2, 1, 1, 1],
        "per_1k": [2000 / 3, 1000 / 3, 1000 / 3, 1000 / 3],  # 3 word tokens each year
    }


def test_trends_follow_the_top_terms_by_default():
    documents = _dated(["Oil oil gas.", "Gas prices. Oil."], [2019, 2020])
    assert term_trends(documents, top=2)["term"].unique().tolist() == ["oil", "gas"]


def test_trends_by_month():
    documents = _dated(["Oil.", "Oil oil."], [2020, 2020], [1, 3])
    frame = term_trends(documents, ["oil"], freq="month")
    assert frame[["period", "count"]].values.tolist() == [["2020-01", 1], ["2020-03", 2]]


def test_trends_need_two_periods(seed_documents):
    # The seed says "February 14" without a year, so it has no year at all.
    frame = term_trends(seed_documents)
    assert frame.empty
    assert frame.attrs["reason"] == "no document has a known year, and a trend needs two or more"


def test_trends_in_a_single_year_say_which():
    frame = term_trends(_dated(["Oil.", "Gas."], [2020, 2020]), freq="year")
    assert frame.attrs["reason"] == "every dated document falls in year 2020; a trend needs two"


def test_auto_frequency_uses_months_within_one_year():
    frame = term_trends(_dated(["Oil.", "Oil oil."], [2020, 2020], [1, 3]), ["oil"])
    assert frame["period"].tolist() == ["2020-01", "2020-03"]


def test_trends_on_shared_corpus(kremlin120):
    frame = term_trends(kremlin120, ["Japanese"])
    in_2000 = frame.set_index("period").loc["2000"]
    texts = kremlin120.loc[kremlin120["published_year"] == 2000, "text"]
    # plain substring count (the word never appears inside a longer word here)
    assert in_2000["count"] == sum(t.lower().count("japanese") for t in texts)
