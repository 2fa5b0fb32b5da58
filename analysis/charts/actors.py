"""Charts of who is mentioned: mentions by actor and type, actors by document, co-occurrence
network, quotes by speaker.

Names and titles come from untrusted text, so every label and hover text is HTML-escaped before
plotly sees it. Orders are deterministic (ties broken by name) so figures are reproducible.
"""

from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.palette import TEMPLATE, colour


def _esc(value) -> str:
    return html.escape(str(value))


def _short(value, limit: int = 48) -> str:
    value = str(value)
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def mentions_bar(counts: pd.DataFrame, *, top: int = 20) -> go.Figure:
    """Horizontal bars of the most mentioned actors, coloured by type, the first at the top.

    Args:
        counts: an ``analysis.actors.mention_counts`` table (sorted, most mentioned first).
        top: how many actors to draw.
    """
    shown = counts.head(top).iloc[::-1]
    fig = go.Figure()
    for kind in sorted(shown["actor_type"].unique()):
        part = shown[shown["actor_type"] == kind]
        fig.add_trace(
            go.Bar(
                x=part["mentions"],
                y=[_esc(a) for a in part["actor"]],
                orientation="h",
                name=_esc(kind),
                marker_color=colour(kind),
                customdata=list(
                    zip(part["docs"], [_esc(_short(n, 80)) for n in part["names"]], strict=True)
                ),
                hovertemplate="%{y}: %{x} mentions in %{customdata[0]} documents"
                "<br>as: %{customdata[1]}<extra></extra>",
            )
        )
    fig.update_layout(
        template=TEMPLATE,
        title="Most mentioned actors",
        xaxis_title="mentions",
        barmode="stack",
        height=max(300, 22 * len(shown) + 140),
        legend_title_text="type",
    )
    fig.update_yaxes(
        type="category", categoryorder="array", categoryarray=[_esc(a) for a in shown["actor"]]
    )
    return fig


def type_bar(counts: pd.DataFrame) -> go.Figure:
    """Mentions per actor type (countries, persons, organisations...), largest first.

    Args:
        counts: an ``analysis.actors.mention_counts`` table.
    """
    totals = counts.groupby("actor_type")["mentions"].sum().reset_index()
    totals = totals.sort_values(["mentions", "actor_type"], ascending=[False, True])
    fig = go.Figure(
        go.Bar(
            x=[_esc(t) for t in totals["actor_type"]],
            y=totals["mentions"],
            marker_color=[colour(t) for t in totals["actor_type"]],
            hovertemplate="%{x}: %{y} mentions<extra></extra>",
        )
    )
    fig.update_layout(
        template=TEMPLATE, title="Mentions by actor type", yaxis_title="mentions", height=360
    )
    return fig


def actor_document_heatmap(
    mentions: pd.DataFrame, documents: pd.DataFrame, *, top: int = 20, max_documents: int = 40
) -> go.Figure:
    """Mentions of the most mentioned actors in each document (documents in corpus order).

    Args:
        mentions: the mentions table.
        documents: the documents table (for titles and dates as column labels).
        top: how many actors (rows).
        max_documents: at most this many documents, those with the most mentions of the shown
            actors, kept in corpus order.
    """
    order = mentions.groupby("actor").size().reset_index(name="n")
    actors = order.sort_values(["n", "actor"], ascending=[False, True])["actor"].head(top).tolist()
    shown = mentions[mentions["actor"].isin(actors)]
    grid = shown.groupby(["actor", "doc_id"]).size().unstack(fill_value=0)
    doc_order = [d for d in documents["doc_id"] if d in grid.columns]
    if len(doc_order) > max_documents:
        busiest = grid.sum().sort_values(ascending=False, kind="stable").head(max_documents).index
        doc_order = [d for d in doc_order if d in set(busiest)]
    grid = grid.reindex(index=actors, columns=doc_order, fill_value=0)
    meta = documents.set_index("doc_id")
    labels = []
    for doc_id in doc_order:
        title = meta.at[doc_id, "title"] if "title" in meta.columns else doc_id
        date = meta.at[doc_id, "published"] if "published" in meta.columns else None
        day = "" if date is None or pd.isna(date) else f"{pd.Timestamp(date):%Y-%m-%d} "
        labels.append(_esc(f"{day}{_short(title or doc_id, 40)} [{doc_id}]"))
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=labels,
            y=[_esc(a) for a in grid.index],
            colorscale="Blues",
            hovertemplate="%{y}<br>%{x}<br>%{z} mentions<extra></extra>",
            colorbar_title="mentions",
        )
    )
    fig.update_layout(
        template=TEMPLATE,
        title="Actors by document",
        height=max(360, 24 * len(grid.index) + 220),
        xaxis_showticklabels=len(doc_order) <= 25,
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(type="category")
    return fig


def circular_layout(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Positions on a unit circle, the first node at the top, clockwise (deterministic)."""
    n = max(len(nodes), 1)
    return {
        node: (math.sin(2 * math.pi * i / n), math.cos(2 * math.pi * i / n))
        for i, node in enumerate(nodes)
    }


def cooccurrence_network(
    pairs: pd.DataFrame, counts: pd.DataFrame, *, top: int = 25, min_weight: int = 1
) -> go.Figure:
    """The actors named together, as a network on a circle: edge width = shared sentences.

    Args:
        pairs: an ``analysis.actors.cooccurrence`` table (actor ids).
        counts: an ``analysis.actors.mention_counts`` table (names, types, node sizes).
        top: the most mentioned actors drawn as nodes, ordered by type then mentions around the
            circle.
        min_weight: draw only edges at least this heavy.
    """
    info = counts.set_index("actor_id")
    linked = set(pairs["actor_a"]) | set(pairs["actor_b"])
    chosen = counts[counts["actor_id"].isin(linked)].head(top)
    chosen = chosen.sort_values(["actor_type", "mentions", "actor"], ascending=[True, False, True])
    nodes = chosen["actor_id"].tolist()
    position = circular_layout(nodes)
    edges = pairs[
        pairs["actor_a"].isin(position)
        & pairs["actor_b"].isin(position)
        & (pairs["weight"] >= min_weight)
    ]
    fig = go.Figure()
    heaviest = edges["weight"].max() if len(edges) else 1
    for _, edge in edges.sort_values(["weight", "actor_a", "actor_b"]).iterrows():
        (x0, y0), (x1, y1) = position[edge["actor_a"]], position[edge["actor_b"]]
        fig.add_trace(
            go.Scatter(
                x=[x0, x1],
                y=[y0, y1],
                mode="lines",
                line={"width": 0.5 + 6 * edge["weight"] / heaviest, "color": "rgba(90,90,90,0.35)"},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    # one invisible point mid-edge carries the edge's hover text
    if len(edges):
        mids = [
            (
                (position[a][0] + position[b][0]) / 2,
                (position[a][1] + position[b][1]) / 2,
                _esc(
                    f"{info.at[a, 'actor']} + {info.at[b, 'actor']}: {w} sentences, {d} documents"
                ),
            )
            for a, b, w, d in edges[["actor_a", "actor_b", "weight", "docs"]].itertuples(
                index=False
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=[m[0] for m in mids],
                y=[m[1] for m in mids],
                mode="markers",
                marker={"size": 6, "opacity": 0},
                text=[m[2] for m in mids],
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
            )
        )
    biggest = chosen["mentions"].max() if len(chosen) else 1
    for kind in sorted(chosen["actor_type"].unique()):
        part = chosen[chosen["actor_type"] == kind]
        fig.add_trace(
            go.Scatter(
                x=[position[a][0] for a in part["actor_id"]],
                y=[position[a][1] for a in part["actor_id"]],
                mode="markers+text",
                name=_esc(kind),
                text=[_esc(_short(a, 24)) for a in part["actor"]],
                textposition="top center",
                marker={
                    "size": [10 + 30 * math.sqrt(m / biggest) for m in part["mentions"]],
                    "color": colour(kind),
                    "line": {"width": 1, "color": "white"},
                },
                customdata=part["mentions"],
                hovertemplate="%{text}: %{customdata} mentions<extra></extra>",
            )
        )
    fig.update_layout(
        template=TEMPLATE,
        title="Actors named in the same sentence",
        height=650,
        xaxis={"visible": False, "range": [-1.35, 1.35]},
        yaxis={"visible": False, "range": [-1.25, 1.3], "scaleanchor": "x"},
        legend_title_text="type",
    )
    return fig


def quotes_by_speaker_bar(
    quotes: pd.DataFrame, *, top: int = 20, actor_types: dict[str, str] | None = None
) -> go.Figure:
    """Horizontal bars of the number of quotes per speaker, the most quoted at the top.

    Args:
        quotes: an ``analysis.quotes.find_quotes`` table; quotes without a speaker count as
            ``(unattributed)``.
        top: how many speakers to draw.
        actor_types: each speaker's type (``palette.actor_types``), to colour a speaker as in
            every other chart.
    """
    speakers = quotes["speaker"].replace("", "(unattributed)")
    totals = speakers.value_counts().reset_index()
    totals.columns = ["speaker", "quotes"]
    totals = totals.sort_values(["quotes", "speaker"], ascending=[False, True]).head(top)
    return _speaker_bars(
        totals["speaker"], totals["quotes"], "quotes", "Quotes by speaker", actor_types
    )


def turns_by_speaker_bar(
    counts: pd.DataFrame, *, top: int = 20, actor_types: dict[str, str] | None = None
) -> go.Figure:
    """Horizontal bars of the words each speaker says in the corpus's transcripts, the most at
    the top; the hover gives the speaking turns too.

    Args:
        counts: an ``analysis.actors.turn_counts`` table.
        top: how many speakers to draw.
        actor_types: each speaker's type (``palette.actor_types``), to colour a speaker as in
            every other chart.
    """
    shown = counts.head(top)
    return _speaker_bars(
        shown["speaker"],
        shown["words"],
        "words",
        "Words spoken in transcripts, by speaker",
        actor_types,
        turns=shown["turns"],
    )


def _speaker_bars(
    speakers: pd.Series,
    values: pd.Series,
    what: str,
    title: str,
    actor_types: dict[str, str] | None,
    *,
    turns: pd.Series | None = None,
) -> go.Figure:
    """Horizontal bars of ``values`` by speaker, the first at the top, coloured by the
    speaker's actor type; ``turns`` adds the speaking turns to the hover."""
    speakers, values = speakers[::-1], values[::-1]
    hover = f"%{{y}}: %{{x}} {what}"
    fig = go.Figure(
        go.Bar(
            x=values,
            y=[_esc(s) for s in speakers],
            orientation="h",
            marker_color=[colour((actor_types or {}).get(s)) for s in speakers],
            customdata=None if turns is None else turns[::-1],
            hovertemplate=hover
            + (" in %{customdata} turns" if turns is not None else "")
            + "<extra></extra>",
        )
    )
    fig.update_layout(
        template=TEMPLATE, title=title, xaxis_title=what, height=max(260, 26 * len(values) + 140)
    )
    fig.update_yaxes(type="category")
    return fig


__all__ = [
    "actor_document_heatmap",
    "circular_layout",
    "cooccurrence_network",
    "mentions_bar",
    "quotes_by_speaker_bar",
    "turns_by_speaker_bar",
    "type_bar",
]
