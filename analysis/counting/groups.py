"""Documents by group: a metadata column (a list column puts a document in several groups) or
a period derived from the publication date, and per-document counts summed into groups.

Used by grouped frequencies, keyness and trends.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.counting.counts import _Counts
from analysis.counting.options import TermsError

PERIODS = {"year", "month"}


def period_labels(documents: pd.DataFrame, freq: str) -> pd.Series:
    """The year (``"2003"``) or month (``"2003-05"``) of each document; missing when unknown.

    Args:
        documents: the documents table (``published_year`` and ``published_month`` are read,
            or ``published`` when those are absent).
        freq: ``"year"`` or ``"month"``.
    """
    if freq not in PERIODS:
        raise TermsError(f"freq={freq!r}: use 'year' or 'month'")
    if "published_year" in documents.columns:
        year = pd.array(documents["published_year"], dtype="Int64")
        month = pd.array(
            documents.get("published_month", pd.Series([pd.NA] * len(documents))), dtype="Int64"
        )
    elif "published" in documents.columns:
        published = pd.to_datetime(documents["published"], errors="coerce")
        year = pd.array(published.dt.year, dtype="Int64")
        month = pd.array(published.dt.month, dtype="Int64")
    else:
        raise TermsError(f"documents: no published_year or published column for freq={freq!r}")
    labels = []
    for y, m in zip(year, month, strict=True):
        if pd.isna(y) or (freq == "month" and pd.isna(m)):
            labels.append(pd.NA)
        else:
            labels.append(f"{int(y):04d}" if freq == "year" else f"{int(y):04d}-{int(m):02d}")
    return pd.Series(labels, index=documents.index, dtype="str", name=freq)


def group_values(documents: pd.DataFrame, by: str) -> pd.Series:
    """The group of each document for ``by`` (a column, or the period ``"year"``/``"month"``)."""
    if by in documents.columns:
        return documents[by]
    if by in PERIODS:
        return period_labels(documents, by)
    raise TermsError(
        f"by={by!r}: no such column (columns: {', '.join(map(str, documents.columns))})"
    )


def _membership(documents: pd.DataFrame, by: str) -> tuple[list, np.ndarray, np.ndarray]:
    """Sorted group labels and (document position, group index) pairs."""
    values = group_values(documents, by).reset_index(drop=True)
    pairs = values.explode() if values.map(lambda v: isinstance(v, list | tuple)).any() else values
    pairs = pairs[pairs.notna()]
    labels = sorted(pd.unique(pairs.to_numpy()), key=lambda v: (str(type(v)), v))
    position = {label: i for i, label in enumerate(labels)}
    member_group = np.fromiter((position[v] for v in pairs.to_numpy()), "int64", len(pairs))
    return labels, pairs.index.to_numpy().astype("int64"), member_group


def _regroup(counts: _Counts, member_doc, member_group, n_groups: int):
    """Sum per-document rows into groups (a document may belong to several)."""
    # For each document, the range of its rows (rows are sorted by document).
    n_docs = len(counts.doc_words)
    row_start = np.searchsorted(counts.doc, np.arange(n_docs), side="left")
    row_len = np.searchsorted(counts.doc, np.arange(n_docs), side="right") - row_start
    repeat = row_len[member_doc]
    rows = np.repeat(row_start[member_doc], repeat) + (
        np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    )
    group = np.repeat(member_group, repeat)
    width = max(len(counts.vocab), 1)
    key, inverse = np.unique(group * width + counts.term[rows], return_inverse=True)
    summed = np.bincount(inverse, weights=counts.count[rows], minlength=len(key)).astype("int64")
    group_words = np.bincount(
        member_group, weights=counts.doc_words[member_doc], minlength=n_groups
    ).astype("int64")
    return key // width, key % width, summed, group_words


def _has_periods(documents: pd.DataFrame, freq: str) -> bool:
    has_dates = "published_year" in documents.columns or "published" in documents.columns
    return has_dates and period_labels(documents, freq).nunique(dropna=True) > 1
