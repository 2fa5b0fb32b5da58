"""Terms that mark a group of documents or one document: keyness (G², log ratio, p, as AntConc
measures it) and TF-IDF.

Both start from the per-document counts of ``analysis.counting``; ``analysis.terms``
re-exports ``keyness``, ``keyness_grouping`` and ``tfidf``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.counting.counts import (
    _EMPTY_REASON,
    _count,
    _empty,
    _label_array,
    _per_1k,
    _strings,
    _term_order,
)
from analysis.counting.groups import _has_periods, _membership, _regroup
from analysis.counting.measures import _chi2_p, _log_ratio, _signed_g2
from analysis.counting.options import TermsError, _options

# --- keyness -----------------------------------------------------------------------------------


def keyness(
    documents: pd.DataFrame,
    *,
    by: str,
    target=None,
    top: int | None = None,
    min_count: int = 3,
    **options,
) -> pd.DataFrame:
    """Terms over- or under-used in a group of documents against the rest, as AntConc measures.

    For term counts ``a`` (target) and ``b`` (reference) in ``c`` and ``d`` word tokens:
    ``g2 = 2 (a ln(a/E1) + b ln(b/E2))`` with ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``,
    negative when the term is rarer in the target (``a/c < b/d``); ``log_ratio`` is Hardie's
    effect size ``log2((a/c) / (b/d))`` with a zero count replaced by 0.5; ``p`` is the
    chi-squared (1 d.f.) probability of ``|g2|`` (3.84 ↔ 0.05, 6.63 ↔ 0.01, 10.83 ↔ 0.001).

    Args:
        documents: the documents table.
        by: the grouping: ``"doc_id"`` (each document against the rest), any metadata column,
            or ``"year"``/``"month"`` (derived from the publication date).
        target: one group to compare with all the others; ``None`` compares every group. With a
            target, terms absent from it are listed too (count 0, negative g2); without one,
            each group lists the terms it uses.
        top: keep the first ``top`` terms of each group.
        min_count: leave out terms seen fewer times in the target and reference together.
        **options: as for ``term_counts``.

    Returns:
        ``group``, ``term``, ``count_target``, ``count_reference``, ``per_1k_target``,
        ``per_1k_reference``, ``g2``, ``log_ratio``, ``p``; by group, then g2 (descending),
        then term. Empty, with ``.attrs["reason"]``, when there are fewer than two groups.

    Raises:
        TermsError: ``by`` names no column, or ``target`` is not one of its groups.
    """
    columns = [
        "group", "term", "count_target", "count_reference", "per_1k_target",
        "per_1k_reference", "g2", "log_ratio", "p",
    ]  # fmt: skip
    counts = _count(documents, _options(options))
    labels, member_doc, member_group = _membership(documents, by)
    if target is not None and target not in labels:
        raise TermsError(f"target={target!r}: not a value of {by!r} (values: {labels[:10]})")
    if len(labels) < 2:
        return _empty(columns, f"keyness needs two or more groups of {by!r}; found {len(labels)}")
    group, term, count, group_words = _regroup(counts, member_doc, member_group, len(labels))
    covered = np.unique(member_doc)
    corpus_words = int(counts.doc_words[covered].sum())
    in_covered = np.isin(counts.doc, covered)
    totals = np.bincount(
        counts.term[in_covered], weights=counts.count[in_covered], minlength=len(counts.vocab)
    ).astype("int64")
    if target is not None:
        wanted = labels.index(target)
        dense = np.flatnonzero(totals > 0)
        target_count = np.zeros(len(counts.vocab), dtype="int64")
        mine = group == wanted
        target_count[term[mine]] = count[mine]
        group = np.full(len(dense), wanted)
        term, count = dense, target_count[dense]
    a = count.astype("float64")
    b = (totals[term] - count).astype("float64")
    c = group_words[group].astype("float64")
    d = corpus_words - c
    keep = (a + b >= min_count) & (d > 0)
    a, b, c, d, group, term = a[keep], b[keep], c[keep], d[keep], group[keep], term[keep]
    g2 = _signed_g2(a, b, c, d)
    frame = pd.DataFrame(
        {
            "group_index": group,
            "group": _label_array(labels, group),
            "term": _strings(counts.vocab, term),
            "count_target": a.astype("int64"),
            "count_reference": b.astype("int64"),
            "per_1k_target": _per_1k(a, c),
            "per_1k_reference": _per_1k(b, d),
            "g2": g2,
            "log_ratio": _log_ratio(a, b, c, d),
            "p": _chi2_p(np.abs(g2)),
        }
    )
    frame = frame.sort_values(
        ["group_index", "g2", "term"], ascending=[True, False, True], ignore_index=True
    )
    if top:
        frame = frame.groupby("group_index", sort=False).head(top).reset_index(drop=True)
    if frame.empty:
        frame.attrs[_EMPTY_REASON] = f"no term occurs {min_count} times or more"
    return frame.drop(columns="group_index")


def keyness_grouping(documents: pd.DataFrame) -> str:
    """The natural grouping for keyness: ``"year"`` when dates span two years or more, else
    ``"month"`` when they span two months or more, else ``"doc_id"`` (each document against
    the rest; a one-document corpus then gets an empty table saying why)."""
    for freq in ("year", "month"):
        if _has_periods(documents, freq):
            return freq
    return "doc_id"


# --- TF-IDF ------------------------------------------------------------------------------------


def tfidf(documents: pd.DataFrame, *, top: int | None = None, **options) -> pd.DataFrame:
    """TF-IDF weight of each term in each document.

    ``tf = count / word tokens of the document``; ``idf = ln(N / df) + 1`` with N documents and
    df documents containing the term (the un-smoothed form scikit-learn uses with
    ``smooth_idf=False``: a term in every document keeps its tf); ``tfidf = tf * idf``.

    Args:
        documents: the documents table.
        top: keep the ``top`` highest-weighted terms of each document.
        **options: as for ``term_counts``.

    Returns:
        ``doc_id``, ``term``, ``count``, ``tf``, ``idf``, ``tfidf``; in document order, then by
        tfidf (descending) and term.
    """
    counts = _count(documents, _options(options))
    n_docs = len(counts.doc_words)
    idf = np.log(n_docs / np.maximum(counts.doc_freq, 1)) + 1.0
    tf = _per_1k(counts.count, counts.doc_words[counts.doc]) / 1000.0
    weight = tf * idf[counts.term]
    order = np.lexsort((_term_order(counts.vocab)[counts.term], -weight, counts.doc))
    doc, term = counts.doc[order], counts.term[order]
    frame = pd.DataFrame(
        {
            "doc_id": _label_array(documents["doc_id"].to_numpy(), doc),
            "term": _strings(counts.vocab, term),
            "count": counts.count[order],
            "tf": tf[order],
            "idf": idf[term],
            "tfidf": weight[order],
        }
    )
    if top:
        frame = frame.groupby(doc, sort=False).head(top).reset_index(drop=True)
    return frame
