"""What every chart shares: the template, and one colour per actor type (so an actor has the
same colour everywhere)."""

from __future__ import annotations

import pandas as pd

TYPE_COLOURS = {
    "country": "#1f77b4",
    "person": "#d62728",
    "organisation": "#2ca02c",
    "party": "#9467bd",
    "company": "#ff7f0e",
    "media": "#8c564b",
    "project": "#e377c2",
    "place": "#17becf",
    "unknown": "#7f7f7f",
}
DEFAULT = "#7f7f7f"
TEMPLATE = "plotly_white"  # the plotly template of every chart


def colour(actor_type: str | None) -> str:
    """The colour of an actor type (grey for anything unknown)."""
    return TYPE_COLOURS.get(actor_type or "unknown", DEFAULT)


def actor_types(mentions: pd.DataFrame) -> dict[str, str]:
    """Each actor's type, by display name, from a mentions table (``actor``, ``actor_type``)."""
    pairs = mentions[["actor", "actor_type"]].drop_duplicates("actor")
    return dict(zip(pairs["actor"], pairs["actor_type"], strict=True))
