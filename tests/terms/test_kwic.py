"""The words a term report reads in context when none are given."""

from __future__ import annotations

import pandas as pd

from analysis.kwic import suggested_terms


def test_suggested_terms_are_the_most_mentioned_actors_then_frequent_terms():
    mentions = pd.DataFrame({"actor": ["Japan", "Russia", "Japan", "Gazprom", "Japan", "Russia"]})
    counts = pd.DataFrame({"term": ["japan", "lng", "gas"]})
    assert suggested_terms(mentions, counts) == ["Japan", "Russia", "Gazprom"]
    assert suggested_terms(mentions.head(2), counts) == ["Japan", "Russia", "lng"]
    assert suggested_terms(pd.DataFrame({"actor": []}), counts, n=2) == ["japan", "lng"]


def test_addresses_are_no_terms_and_break_phrases():
    from analysis import terms

    documents = pd.DataFrame(
        {"doc_id": ["a"], "text": ["Visit https://www.gazprom.com/press/news for Gazprom news."]}
    )
    assert terms.term_counts(documents)["term"].tolist() == ["gazprom", "news", "visit"]
    assert terms.term_counts(documents, ngram=2)["term"].tolist() == ["gazprom news"]
