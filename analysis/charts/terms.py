"""Charts of what a corpus talks about: top terms, n-grams, keyness, trends over time.

Terms come from untrusted text, so every label is HTML-escaped before plotly sees it.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from analysis.charts.palette import TEMPLATE


def _escaped(values) -> list[str]:
    return [html.escape(str(v)) for v in values]


def top_terms_bar(
    counts: pd.DataFrame, *, top: int = 20, title: str = "Most frequent terms"
) -> go.Figure:
    """Horizontal bars of the most frequent terms, the first at the top.

    Args:
        counts: a ``term_counts`` table (``term``, ``count``, ``per_1k``), already sorted.
        top: how many terms to draw.
        title: the chart title.
    """
    shown = counts.head(top).iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=shown["count"],
            y=_escaped(shown["term"]),
            orientation="h",
            customdata=shown["per_1k"].round(2),
            hovertemplate="%{y}: %{x} (%{customdata} per 1,000 words)<extra></extra>",
        )
    )
    fig.update_layout(
        template=TEMPLATE,
        title=title,
        xaxis_title="occurrences",
        height=max(300, 22 * len(shown) + 120),
    )
    fig.update_yaxes(type="category")
    return fig


def ngram_bar(counts: pd.DataFrame, *, top: int = 20) -> go.Figure:
    """Horizontal bars of the most frequent n-grams (a ``term_counts(ngram=2|3)`` table)."""
    n = len(str(counts["term"].iloc[0]).split()) if len(counts) else 2
    names = {2: "two-word phrases (bigrams)", 3: "three-word phrases (trigrams)"}
    return top_terms_bar(counts, top=top, title=f"Most frequent {names.get(n, 'n-grams')}")


def keyness_bars(
    table: pd.DataFrame, *, top: int = 10, columns: int = 3, max_groups: int = 12
) -> go.Figure:
    """One panel per group: its most over-represented terms, by log-likelihood (G²).

    Args:
        table: a ``keyness`` table (``group``, ``term``, ``g2``, ``log_ratio``, counts).
        top: terms per group (positive G² only).
        columns: panels per row.
        max_groups: panels drawn at most (the first groups in the table's order).
    """
    shown = table[table["g2"] > 0]
    all_groups = shown["group"].drop_duplicates()
    shown = shown[shown["group"].isin(all_groups.head(max_groups))]
    shown = shown.groupby("group", sort=False).head(top).copy()
    shown["label"] = _escaped(shown["term"])
    shown["panel"] = _escaped(shown["group"])
    groups = shown["panel"].drop_duplicates().tolist()
    fig = px.bar(
        shown.iloc[::-1],
        x="g2",
        y="label",
        facet_col="panel",
        facet_col_wrap=columns,
        category_orders={"panel": groups},
        orientation="h",
        hover_data={"count_target": True, "count_reference": True, "log_ratio": ":.2f"},
        template=TEMPLATE,
        title="Key terms of each group against the rest (log-likelihood G²)"
        + (
            f"; first {max_groups} of {len(all_groups)} groups"
            if len(all_groups) > max_groups
            else ""
        ),
        facet_row_spacing=0.3 / max(1, -(-len(groups) // columns)),
        facet_col_spacing=0.14,
    )
    fig.update_yaxes(matches=None, showticklabels=True, title=None, type="category")
    fig.update_xaxes(matches=None, title=None, showticklabels=True)
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    rows = -(-len(groups) // columns)
    fig.update_layout(height=max(350, rows * (22 * top + 60)), showlegend=False)
    return fig


def trend_lines(trends: pd.DataFrame) -> go.Figure:
    """Rate per 1,000 words of each term in each period (a ``term_trends`` table)."""
    shown = trends.assign(label=_escaped(trends["term"]))
    fig = px.line(
        shown,
        x="period",
        y="per_1k",
        color="label",
        markers=True,
        hover_data={"count": True},
        template=TEMPLATE,
        title="Terms over time (per 1,000 words)",
    )
    fig.update_xaxes(type="category", title=None)
    fig.update_yaxes(title="per 1,000 words")
    fig.update_layout(legend_title_text="term")
    return fig
