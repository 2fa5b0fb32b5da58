"""Shared fixtures: the seed article and the 120-item Kremlin sample, loaded once."""

import warnings

import pandas as pd
import pytest

from analysis.actors import find_mentions
from analysis.config import PROJECT_ROOT
from analysis.corpus import load_corpus


@pytest.fixture(scope="session")
def seed_documents() -> pd.DataFrame:
    return load_corpus(PROJECT_ROOT / "seeds")


@pytest.fixture(scope="session")
def seed_mentions(seed_documents) -> pd.DataFrame:
    return find_mentions(seed_documents)


@pytest.fixture(scope="session")
def kremlin_documents() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(PROJECT_ROOT / "tests" / "data" / "kremlin-news-120.jsonl")


def documents(*texts: str) -> pd.DataFrame:
    """A documents table built by hand: doc ids d0, d1, ..."""
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
