"""All tables for a corpus, in one place: what notebooks, the CLI and the report call."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import Corpus, read_corpus


def load(corpus_path: str | Path, *, year: int | None = None) -> Corpus:
    """Read the corpus at ``corpus_path`` (documents and problems tables).

    Args:
        corpus_path: a file or folder the loader understands (see ``analysis.corpus``).
        year: the year for dates that have none in the source.
    """
    return read_corpus(corpus_path, year=year)
