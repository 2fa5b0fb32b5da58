"""Charts of what is in a corpus: documents over time, lengths, sources."""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from analysis.charts.palette import TEMPLATE


def articles_over_time(per_period: pd.DataFrame) -> go.Figure:
    """Bar chart of documents per period (from ``overview.articles_per_period``)."""
    fig = px.bar(
        per_period, x="period", y="documents", template=TEMPLATE, title="Documents per period"
    )
    fig.update_xaxes(type="category", title=None)
    return fig


def document_lengths(table: pd.DataFrame) -> go.Figure:
    """Histogram of document lengths in words (from ``overview.documents_table``)."""
    fig = px.histogram(
        table,
        x="words",
        nbins=min(40, max(5, len(table) // 3)),
        template=TEMPLATE,
        title="Document length (words)",
    )
    fig.update_yaxes(title="documents")
    return fig


def source_counts(table: pd.DataFrame, *, field: str, top: int = 15) -> go.Figure:
    """Horizontal bars of the most frequent values of one source field (agency, dateline...)."""
    shown = table[table["field"] == field].head(top).iloc[::-1]
    fig = go.Figure(
        go.Bar(
            x=shown["documents"], y=[html.escape(str(v)) for v in shown["value"]], orientation="h"
        )
    )
    fig.update_layout(template=TEMPLATE, title=f"Documents by {field}", xaxis_title="documents")
    return fig
