"""What is in a corpus: documents, dates, lengths, sources and load problems, as tables."""

from __future__ import annotations

import hashlib

import pandas as pd

from analysis.terms import WORD_KINDS
from analysis.text import split_sentences, tokenize

SOURCE_COLUMNS = ("agency", "dateline", "section")


def corpus_sha256(documents: pd.DataFrame) -> str:
    """One digest for the whole corpus: the sha256 of its documents' digests, sorted."""
    digest = hashlib.sha256()
    for value in sorted(documents["sha256"]):
        digest.update(value.encode("ascii"))
    return digest.hexdigest()


def date_range(documents: pd.DataFrame) -> str:
    """The span of publication dates in words, saying plainly when years are unknown.

    Returns:
        e.g. ``"2000-01-10 to 2017-12-26"``, or ``"February 14 (year not given in the source)"``.
    """
    dated = documents["published"].dropna()
    undated_years = documents[documents["published"].isna() & documents["published_month"].notna()]
    parts = []
    if len(dated):
        low, high = dated.min().date().isoformat(), dated.max().date().isoformat()
        parts.append(low if low == high else f"{low} to {high}")
    if len(undated_years):
        days = sorted(
            {
                (int(m), int(d) if pd.notna(d) else 0)
                for m, d in zip(
                    undated_years["published_month"], undated_years["published_day"], strict=True
                )
            }
        )
        shown = ", ".join(
            pd.Timestamp(2000, m, d or 1).strftime("%B %-d" if d else "%B") for m, d in days[:5]
        )
        more = f" and {len(days) - 5} more" if len(days) > 5 else ""
        parts.append(f"{shown}{more} (year not given in the source)")
    missing = int((documents["published"].isna() & documents["published_month"].isna()).sum())
    if missing:
        parts.append(f"{missing} document(s) without a date")
    return "; ".join(parts) if parts else "no dates"


def summary(documents: pd.DataFrame, problems: pd.DataFrame) -> pd.DataFrame:
    """Key facts about the corpus as a two-column table (what, value)."""
    sources = sorted({a for a in documents["agency"] if a})
    rows = [
        ("documents", f"{len(documents):,}"),
        ("characters of text", f"{int(documents['n_chars'].sum()):,}"),
        ("dates", date_range(documents)),
        ("sources (agencies)", ", ".join(sources) if sources else "not stated"),
        ("load problems", f"{len(problems):,}"),
        ("corpus sha256", corpus_sha256(documents)),
    ]
    return pd.DataFrame(rows, columns=["what", "value"])


def documents_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document with its length in sentences and words.

    Returns:
        Columns doc_id, title, published (ISO date, or ``MM-DD`` when the year is unknown),
        dateline, agency, sentences, words, n_chars; ordered by date then doc_id.
    """
    rows = []
    for doc in documents.itertuples(index=False):
        words = sum(1 for t in tokenize(doc.text) if t.kind in WORD_KINDS)
        rows.append(
            {
                "doc_id": doc.doc_id,
                "title": doc.title,
                "published": _date_label(doc),
                "dateline": doc.dateline,
                "agency": doc.agency,
                "sentences": len(split_sentences(doc.text)),
                "words": words,
                "n_chars": doc.n_chars,
            }
        )
    table = pd.DataFrame(rows)
    return table.sort_values(["published", "doc_id"], kind="stable").reset_index(drop=True)


def _date_label(doc) -> str:
    if pd.notna(doc.published):
        return doc.published.strftime("%Y-%m-%d")
    if pd.notna(doc.published_month):
        day = f"-{int(doc.published_day):02d}" if pd.notna(doc.published_day) else ""
        return f"????-{int(doc.published_month):02d}{day}"
    return ""


def articles_per_period(documents: pd.DataFrame, *, freq: str = "auto") -> pd.DataFrame:
    """Documents per day, month or year, for documents whose full date is known.

    Args:
        freq: ``"D"``, ``"M"``, ``"Y"``, or ``"auto"`` (days for a span under 93 days, months
            under ten years, else years).

    Returns:
        Columns period (str), documents: every period from the first dated document's to the
        last's, those without a document as 0 (a chart shows the gaps); empty when no document
        has a full date.
    """
    dated = documents["published"].dropna()
    if dated.empty:
        return pd.DataFrame(
            {"period": pd.Series(dtype="str"), "documents": pd.Series(dtype="int64")}
        )
    if freq == "auto":
        span = (dated.max() - dated.min()).days
        freq = "D" if span < 93 else "M" if span < 3650 else "Y"
    fmt = {"D": "%Y-%m-%d", "M": "%Y-%m", "Y": "%Y"}[freq]
    counts = dated.dt.strftime(fmt).value_counts()
    every = pd.period_range(dated.min(), dated.max(), freq=freq).strftime(fmt)
    counts = counts.reindex(every, fill_value=0)
    return pd.DataFrame({"period": counts.index.astype(str), "documents": counts.to_numpy()})


def sources(documents: pd.DataFrame) -> pd.DataFrame:
    """How many documents name each agency, dateline and section.

    Returns:
        Columns field (agency, dateline or section), value, documents; empty values left out.
    """
    frames = []
    for column in SOURCE_COLUMNS:
        values = documents[column][documents[column].astype(str).str.len() > 0]
        counts = values.value_counts()
        frames.append(
            pd.DataFrame({"field": column, "value": counts.index, "documents": counts.to_numpy()})
        )
    table = pd.concat(frames, ignore_index=True)
    return table.sort_values(
        ["field", "documents", "value"], ascending=[True, False, True], kind="stable"
    )


def findings(documents: pd.DataFrame, problems: pd.DataFrame, lengths: pd.DataFrame) -> list[str]:
    """The overview report's headline findings.

    Args:
        documents: the documents table.
        problems: the problems table.
        lengths: ``documents_table(documents)``.
    """
    return [
        f"{len(documents):,} document(s), {int(documents['n_chars'].sum()):,} characters of text",
        f"Dates: {date_range(documents)}",
        f"Median length: {int(lengths['words'].median()):,} words",
        f"Load problems: {len(problems):,}",
    ]
