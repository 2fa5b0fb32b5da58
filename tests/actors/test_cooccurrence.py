"""Co-occurrence of actors in a sentence or a document, on a hand-built mentions table."""

import pandas as pd
import pytest

from analysis.actors import cooccurrence

MENTIONS = pd.DataFrame(
    {
        "doc_id": ["a", "a", "a", "a", "b", "b"],
        "sentence_id": [0, 0, 0, 1, 0, 0],
        "actor_id": ["russia", "japan", "russia", "japan", "japan", "russia"],
    }
)


def test_sentence_pairs_count_sentences_once():
    # a/0 has russia twice and japan once: one pair; a/1 has japan alone; b/0 has the pair
    assert cooccurrence(MENTIONS).values.tolist() == [["japan", "russia", 2, 2]]


def test_document_pairs_count_documents():
    extra = pd.DataFrame({"doc_id": ["a"], "sentence_id": [5], "actor_id": ["china"]})
    found = cooccurrence(pd.concat([MENTIONS, extra]), level="document")
    assert found.values.tolist() == [
        ["japan", "russia", 2, 2],
        ["china", "japan", 1, 1],
        ["china", "russia", 1, 1],
    ]


def test_seed_strongest_pair_is_japan_russia(seed_mentions):
    # 11 sentences of the seed name both Japan and Russia (counted by hand from the mentions)
    assert cooccurrence(seed_mentions).iloc[0].tolist() == ["japan", "russia", 11, 1]


def test_unknown_level_raises():
    with pytest.raises(ValueError, match="paragraph"):
        cooccurrence(MENTIONS, level="paragraph")
