"""Charts of the figures a corpus states: by commodity, by actor, by relation."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.palette import TEMPLATE, colour


def _bars(
    counts: pd.Series, *, title: str, axis: str, colours: list[str] | None = None
) -> go.Figure:
    counts = counts.sort_index().sort_values(ascending=True, kind="stable")
    fig = go.Figure(
        go.Bar(
            x=counts.to_numpy(),
            y=[html.escape(str(v)) for v in counts.index],
            orientation="h",
            marker_color=[colours[v] for v in counts.index] if colours else "#1f77b4",
        )
    )
    fig.update_layout(
        template=TEMPLATE, title=title, xaxis_title=axis, height=max(300, 28 * len(counts) + 120)
    )
    return fig


def by_commodity(figures: pd.DataFrame) -> go.Figure:
    """How many figures each commodity has (energy-trade figures); those whose sentence names
    none are a bar of their own, "no commodity named", so the bars add up to every figure."""
    named = figures["commodity"].astype(str).replace("", NO_COMMODITY)
    return _bars(named.value_counts(), title="Figures by commodity", axis="figures")


NO_COMMODITY = "no commodity named"


def by_actor(
    figures: pd.DataFrame, *, top: int = 20, actor_types: dict[str, str] | None = None
) -> go.Figure:
    """How many figures name each actor in their sentence (an actor counts once per figure).

    Args:
        figures: the figures table (``actors`` holds '; '-joined display names).
        top: how many actors to draw.
        actor_types: each actor's type (``palette.actor_types``), to colour an actor as in
            every other chart.
    """
    names = figures["actors"].astype(str).str.split("; ").explode()
    counts = names[names.ne("")].value_counts().head(top)
    colours = {name: colour((actor_types or {}).get(name)) for name in counts.index}
    return _bars(counts, title="Figures by actor in the sentence", axis="figures", colours=colours)


def by_relation(figures: pd.DataFrame) -> go.Figure:
    """How many figures each relation (import share, export, price, ...) has."""
    return _bars(
        figures["relation"].astype(str).value_counts(), title="Figures by relation", axis="figures"
    )
