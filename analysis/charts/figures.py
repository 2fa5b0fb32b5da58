"""Charts of the figures a corpus states: by commodity, by actor, by relation."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

TEMPLATE = "plotly_white"


def _bars(counts: pd.Series, *, title: str, axis: str) -> go.Figure:
    counts = counts.sort_index().sort_values(ascending=True, kind="stable")
    fig = go.Figure(
        go.Bar(
            x=counts.to_numpy(),
            y=[html.escape(str(v)) for v in counts.index],
            orientation="h",
            marker_color="#1f77b4",
        )
    )
    fig.update_layout(
        template=TEMPLATE, title=title, xaxis_title=axis, height=max(300, 28 * len(counts) + 120)
    )
    return fig


def by_commodity(figures: pd.DataFrame) -> go.Figure:
    """How many figures each commodity has (energy-trade figures)."""
    counts = figures.loc[figures["commodity"].astype(str).ne(""), "commodity"].value_counts()
    return _bars(counts, title="Figures by commodity", axis="figures")


def by_actor(figures: pd.DataFrame, *, top: int = 20) -> go.Figure:
    """How many figures name each actor in their sentence (an actor counts once per figure)."""
    names = figures["actors"].astype(str).str.split("; ").explode()
    counts = names[names.ne("")].value_counts().head(top)
    return _bars(counts, title="Figures by actor in the sentence", axis="figures")


def by_relation(figures: pd.DataFrame) -> go.Figure:
    """How many figures each relation (import share, export, price, ...) has."""
    return _bars(
        figures["relation"].astype(str).value_counts(), title="Figures by relation", axis="figures"
    )
