"""Term counts on the seed article, checked against counts made by hand.

Hand counts: ``grep -o -i -w WORD seeds/000_ddda338cfb54461b.txt | wc -l`` on the raw file, then
corrected for what the loader strips (the section line ``World February 14, 8:04``, the dateline
``TOKYO, February 14. /TASS/.`` and the ``Read more on the site →`` trailer). ``grep -w`` also
finds ``Russia`` inside ``Japan-Russia`` and ``Russia’s``, which is what the term rules want.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.terms import TermsError, term_counts, term_frequencies
from analysis.text import tokenize


def _count(frame: pd.DataFrame, term: str) -> int:
    found = frame.loc[frame["term"] == term, "count"]
    return int(found.iloc[0]) if len(found) else 0


@pytest.fixture(scope="module")
def seed_terms(seed_documents):
    return term_counts(seed_documents)


def test_russia_is_the_most_frequent_content_word(seed_terms):
    # grep -w: 12 = 8 plain + 2 "Russia’s" + 2 "Japan-Russia"; nothing else reaches 12.
    assert seed_terms.iloc[0][["term", "count"]].tolist() == ["russia", 12]


@pytest.mark.parametrize("term", ["sanctions", "relations"])
def test_sanctions_and_relations_are_in_the_top_ten(seed_terms, term):
    assert term in seed_terms["term"].head(10).tolist()


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("russia", 12),  # see above
        ("sanctions", 5),  # grep -w: 5
        ("relations", 6),  # grep -w: 6
        ("japan", 6),  # grep -w: 6, incl. "Japan-Russia" x2 and "Japan-China"
        ("japanese", 7),  # grep -w: 7
        ("tokyo", 4),  # grep -w: 5, less the dateline "TOKYO,"; incl. "Moscow-Tokyo", "Tokyo’s"
        ("february", 3),  # grep -w: 5, less the section line and the dateline
        ("ministry", 3),  # grep -w: 3, one of them "Ministry’s"
        ("trump", 1),  # "Trump’s": the possessive folds onto the name
        ("sakhalin-2", 2),  # grep -w Sakhalin-2: 2
        ("sakhalin", 0),  # never split off Sakhalin-2
        ("read", 0),  # only in the trailer "Read more on the site →"
        ("site", 0),  # idem
        ("the", 0),  # a stop word
    ],
)
def test_seed_counts_match_hand_counts(seed_terms, term, expected):
    assert _count(seed_terms, term) == expected


def test_possessive_and_clitic_tokens_are_never_terms(seed_terms):
    assert not seed_terms["term"].str.contains("'").any()


def test_stop_words_kept_on_request(seed_documents):
    # grep -o -i -w the: 40 in the raw file, one of them in the trailer "on the site".
    assert _count(term_counts(seed_documents, stopwords=False), "the") == 39


def test_custom_stop_words(seed_documents):
    counts = term_counts(seed_documents, stopwords={"Russia"})
    assert (_count(counts, "russia"), _count(counts, "the")) == (0, 39)


def test_numbers_are_left_out_by_default(seed_terms):
    assert not seed_terms["term"].str.fullmatch(r"[\d.,:-]+").any()


@pytest.mark.parametrize(("term", "expected"), [("9-10", 1), ("2", 2), ("7", 1)])
def test_numbers_counted_on_request(seed_documents, term, expected):
    # "9-10%", "February 2" twice, "February 7"; the dateline's "14" and "8:04" are stripped.
    assert _count(term_counts(seed_documents, numbers=True), term) == expected


def test_punctuation_counted_on_request(seed_documents):
    # one "%" in "9-10%"
    assert _count(term_counts(seed_documents, punctuation=True), "%") == 1


def test_case_kept_on_request(seed_documents):
    counts = term_counts(seed_documents, lowercase=False)
    assert (_count(counts, "Russia"), _count(counts, "TASS"), _count(counts, "russia")) == (
        12,
        1,
        0,
    )


@pytest.mark.parametrize(
    ("stem", "term", "expected"),
    [
        ("porter", "sanction", 5),  # sanctions x5
        ("porter", "relat", 6),  # relations x6
        ("snowball", "relat", 6),
        ("snowball", "normal", 3),  # Normalization x2, normalization x1
    ],
)
def test_stemming(seed_documents, stem, term, expected):
    assert _count(term_counts(seed_documents, stem=stem), term) == expected


def test_rate_per_thousand_word_tokens(seed_documents, seed_terms):
    text = seed_documents["text"].iloc[0]
    words = sum(t.kind in {"word", "abbrev", "number", "time"} for t in tokenize(text))
    assert seed_terms.attrs["word_tokens"] == words
    assert seed_terms.iloc[0]["per_1k"] == pytest.approx(12 * 1000 / words)


def test_ties_are_sorted_by_term(seed_terms):
    fours = seed_terms.loc[seed_terms["count"] == 4, "term"].tolist()
    assert fours == ["abiru", "expert", "talks", "tokyo", "ukraine"]  # grep -w: 4 each


def test_min_count(seed_documents):
    assert term_counts(seed_documents, min_count=5)["term"].tolist() == [
        "russia", "japanese", "japan", "relations", "russian", "sanctions"
    ]  # fmt: skip


def test_document_frequency_counts_documents():
    documents = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "text": ["Oil and oil.", "Oil prices.", "Gas."]}
    )
    counts = term_counts(documents).set_index("term")
    assert counts.loc["oil", ["count", "doc_freq"]].tolist() == [3, 2]


def test_unknown_option_is_named():
    with pytest.raises(TermsError, match="lemmatize"):
        term_frequencies(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), lemmatize=True)


@pytest.mark.parametrize(("option", "value"), [("ngram", 4), ("stem", "lancaster")])
def test_bad_option_value_is_named(option, value):
    with pytest.raises(TermsError, match=f"{option}={value!r}"):
        term_counts(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), **{option: value})


def test_frequencies_per_document():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Oil and oil, gas.", "Gas prices."]})
    frame = term_frequencies(documents)
    assert frame.to_dict("list") == {
        "doc_id": ["a", "a", "b", "b"],
        "term": ["oil", "gas", "gas", "prices"],
        "count": [2, 1, 1, 1],
        "per_1k": [500.0, 250.0, 500.0, 500.0],  # 4 and 2 word tokens
        "doc_freq": [1, 2, 2, 1],
    }


def test_frequencies_per_group():
    documents = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": ["Oil oil.", "Gas.", "Oil prices."],
            "agency": ["TASS", "RIA", "TASS"],
        }
    )
    frame = term_frequencies(documents, by="agency")
    assert frame.to_dict("list") == {
        "agency": ["RIA", "TASS", "TASS"],
        "term": ["gas", "oil", "prices"],
        "count": [1, 3, 1],
        "per_1k": [1000.0, 750.0, 250.0],
        "doc_freq": [1, 2, 1],
    }


def test_list_column_counts_a_document_in_each_group():
    documents = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": ["Oil.", "Gas."],
            "topics": [["energy", "trade"], ["energy"]],
        }
    )
    frame = term_frequencies(documents, by="topics")
    assert list(zip(frame["topics"], frame["term"], frame["count"], strict=True)) == [
        ("energy", "gas", 1), ("energy", "oil", 1), ("trade", "oil", 1)
    ]  # fmt: skip


def test_frequencies_by_year_on_shared_corpus(kremlin120):
    frame = term_frequencies(kremlin120, by="year")
    years = sorted(kremlin120["published_year"].dropna().astype(str).unique())
    assert sorted(frame["year"].unique()) == years


def test_column_types(kremlin120):
    frame = term_frequencies(kremlin120)
    assert frame.dtypes.astype(str).to_dict() == {
        "doc_id": "str", "term": "str", "count": "int64", "per_1k": "float64", "doc_freq": "int64"
    }  # fmt: skip


def test_findings_name_the_top_term_and_phrase(seed_documents):
    from analysis.terms import findings

    counts = term_counts(seed_documents)
    bigrams = term_counts(seed_documents, ngram=2)
    stated = findings(counts, bigrams, pd.DataFrame({"term": ["x"] * 10}), ["Sakhalin-2"])
    # russia 12 and "economic sanctions" 3: the hand counts of the seed above.
    assert stated[0].startswith('Most frequent term: "russia", 12 times')
    assert stated[1] == 'Most frequent phrase: "economic sanctions", 3 times'
    assert stated[3] == "10 concordance line(s) for Sakhalin-2"


def test_findings_of_a_corpus_without_terms_say_so():
    from analysis.terms import findings

    empty = term_counts(pd.DataFrame({"doc_id": ["a"], "text": ["The and of."]}))
    assert findings(empty, empty, pd.DataFrame(), ["x"])[0] == "0 distinct terms in 3 words"
