"""Trends: how often terms occur in each year or month.

Per-document counts (``analysis.counting``) summed by period; a term asked for as written
(``"Sakhalin-2"``) is spelt as the counting spells it. ``analysis.terms`` re-exports
``term_trends``.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import pandas as pd

from analysis.counting.chunks import _BREAK, _STOP, _token_elements, _tokens_of_chunks
from analysis.counting.counts import _count, _empty, _per_1k, _term_order
from analysis.counting.groups import _has_periods, _membership, _regroup, period_labels
from analysis.counting.options import TermOptions, _options

# --- trends ------------------------------------------------------------------------------------


def term_trends(
    documents: pd.DataFrame,
    terms: list[str] | None = None,
    *,
    freq: str = "auto",
    top: int = 10,
    **options,
) -> pd.DataFrame:
    """How often terms occur in each year or month.

    Args:
        documents: the documents table (dates from ``published_year``/``published_month``).
        terms: the terms to follow, written as in the text (``"Sakhalin-2"``; case-folded when
            ``lowercase``); ``None`` follows the ``top`` most frequent terms of the corpus.
        freq: ``"year"``, ``"month"``, or ``"auto"``: years, or months when the dates fall
            in a single year.
        top: how many terms to follow when ``terms`` is ``None``.
        **options: as for ``term_counts``.

    Returns:
        ``period``, ``term``, ``count``, ``per_1k`` (per 1,000 word tokens of the period), one
        row for each period and term (zero counts included); by period, then term. Empty, with
        ``.attrs["reason"]``, when the dated documents span one period or none.
    """
    columns = ["period", "term", "count", "per_1k"]
    if freq == "auto":
        freq = (
            "month"
            if not _has_periods(documents, "year") and _has_periods(documents, "month")
            else "year"
        )
    periods = period_labels(documents, freq)
    n_periods = periods.nunique(dropna=True)
    if n_periods == 0:
        return _empty(columns, f"no document has a known {freq}, and a trend needs two or more")
    if n_periods == 1:
        only = periods.dropna().iloc[0]
        return _empty(columns, f"every dated document falls in {freq} {only}; a trend needs two")
    counts = _count(documents, _options(options))
    labels, member_doc, member_group = _membership(documents.assign(**{freq: periods}), freq)
    group, term, count, group_words = _regroup(counts, member_doc, member_group, len(labels))
    index = {t: i for i, t in enumerate(counts.vocab)}
    if terms is None:
        totals = np.bincount(term, weights=count, minlength=len(counts.vocab))
        rank = _term_order(counts.vocab)
        chosen = [counts.vocab[i] for i in np.lexsort((rank, -totals))[:top] if totals[i] > 0]
    else:
        chosen = list(dict.fromkeys(_as_term(t, _options(options)) for t in terms))
    table = {(g, t): n for g, t, n in zip(group, term, count, strict=True)}
    rows = [
        (label, name, table.get((g, index.get(name, -1)), 0), group_words[g])
        for g, label in enumerate(labels)
        for name in chosen
    ]
    frame = pd.DataFrame(rows, columns=["period", "term", "count", "words"])
    frame["per_1k"] = _per_1k(frame["count"], frame["words"])
    return frame.drop(columns="words").astype({"period": "str", "term": "str", "count": "int64"})


def _as_term(text: str, options: TermOptions) -> str:
    """A term as the counting would write it: ``"Sakhalin-2"`` → ``"sakhalin-2"``."""
    tokens = _tokens_of_chunks(text.split())
    elements = chain.from_iterable(_token_elements(t, options) for t in tokens)
    return " ".join(e.removeprefix(_STOP) for e in elements if e is not _BREAK)
