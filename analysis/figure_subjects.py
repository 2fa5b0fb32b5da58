"""What the figures are about: each document's headline figure, and subjects several documents state.

Reads the figures table of ``analysis.figures.figures`` (one row per quantity, with commodity,
relation, actors and its sentence); DataFrames in, DataFrames out.
"""

from __future__ import annotations

import pandas as pd

# Which relations make a figure most newsworthy, most first (ties: earlier in the document).
RELATION_RANK = {
    "import_share": 0,
    "import": 1,
    "export": 2,
    "supply": 3,
    "production": 4,
    "reserves": 5,
    "price": 6,
    "investment": 7,
    "growth": 8,
    "other": 9,
}
# The relations as a headline says them.
RELATION_WORDS = {"import_share": "share of imports", "other": ""}
SUBJECT = ["commodity", "relation", "unit", "actors", "measure", "period"]
_YEAR = r"\b((?:19|20)\d\d)\b"


def value_label(row) -> str:
    """A figure's value in words: ``almost 9–10 percent`` (the hedge as written), ``> 1.5
    billion USD`` (a bound without one), ``up 3 percent``."""
    low, high = row["value_low"], row["value_high"]
    number = _number(low) if low == high else f"{_number(low)}\u2013{_number(high)}"
    hedge = str(row.get("hedge", "") or "")
    if hedge and row["change"] in ("~", "<", ">"):
        prefix = hedge.lower() + " "
    else:
        prefix = {"~": "~", "<": "< ", ">": "> ", "up": "up ", "down": "down "}.get(
            row["change"], ""
        )
    return f"{prefix}{number} {row['unit']}".strip()


def _number(value: float) -> str:
    if pd.isna(value):
        return "?"
    for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {name}"
    return f"{value:,.4g}"


def headline_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """The one figure per document an analyst would quote first.

    Energy-trade figures come before others, figures stated as fact before forecasts and plans
    (``outlook``), those naming a commodity first, then by relation (import share first, see
    ``RELATION_RANK``), then by position in the document.

    Returns:
        One row per document that states a figure: doc_id, value (in words), surface, hedge,
        outlook, source, recipient, commodity, relation, actors, sentence, start, end; ranked
        the same way across documents (ties in document order), so the first row is the
        corpus's headline figure.
    """
    if figures.empty:
        return pd.DataFrame(
            columns=[
                "doc_id",
                "value",
                "surface",
                "hedge",
                "outlook",
                "source",
                "recipient",
                "commodity",
                "relation",
                "actors",
                "sentence",
                "start",
                "end",
            ]
        )
    ranked = figures.assign(
        _energy=~figures["energy_trade"].astype(bool),
        _outlook=_column(figures, "outlook").ne(""),
        _commodity=figures["commodity"].astype(str).eq(""),
        _relation=figures["relation"].map(RELATION_RANK).fillna(len(RELATION_RANK)),
    )
    order = ["_energy", "_outlook", "_commodity", "_relation"]
    ranked = ranked.sort_values(["doc_id", *order, "start"], kind="stable")
    top = ranked.groupby("doc_id", sort=True).head(1)
    top = top.sort_values([*order, "doc_id"], kind="stable")
    return pd.DataFrame(
        {
            "doc_id": top["doc_id"].to_numpy(),
            "value": [value_label(r) for _, r in top.iterrows()],
            "surface": top["surface"].to_numpy(),
            "hedge": top["hedge"].to_numpy(),
            "outlook": _column(top, "outlook").to_numpy(),
            "source": _column(top, "source").to_numpy(),
            "recipient": _column(top, "recipient").to_numpy(),
            "commodity": top["commodity"].to_numpy(),
            "relation": top["relation"].to_numpy(),
            "actors": top["actors"].to_numpy(),
            "sentence": top["sentence"].to_numpy(),
            "start": top["start"].to_numpy(),
            "end": top["end"].to_numpy(),
        }
    )


def _flow(figure) -> str:
    """``" from Sakhalin-2 to Japan"``: the trade's source and recipient, as far as known."""
    source, recipient = figure["source"], figure["recipient"]
    return (f" from {source}" if source else "") + (f" to {recipient}" if recipient else "")


def _column(figures: pd.DataFrame, name: str) -> pd.Series:
    """A text column of the figures table, empty for tables built without it."""
    if name not in figures.columns:
        return pd.Series("", index=figures.index)
    return figures[name].fillna("").astype(str)


def shared_subjects(figures: pd.DataFrame) -> pd.DataFrame:
    """Energy-trade subjects stated in more than one document, flagged when the values differ.

    A subject is the commodity, relation, unit and actors of a figure (``LNG import_share
    percent Japan; Sakhalin-2``), whether it states a level or a change (``measure``), and the
    years its sentence names (``period``): the same quantity reported differently across
    documents is what an analyst should check, not the output of another year or a growth rate
    beside a level. A figure whose sentence names no actor has no subject to compare.

    Returns:
        One row per figure of such a subject: the subject columns, documents (how many state it),
        values_agree (all ranges identical), doc_id, value, sentence; subjects in order of how many
        documents state them.
    """
    columns = [*SUBJECT, "documents", "values_agree", "doc_id", "value", "sentence"]
    energy = figures[
        figures["energy_trade"].astype(bool)
        & figures["commodity"].astype(str).ne("")
        & figures["actors"].astype(str).ne("")
    ]
    if energy.empty:
        return pd.DataFrame(columns=columns)
    keyed = energy.assign(
        actors=energy["actors"].astype(str),
        measure=energy["change"]
        .isin(["up", "down"])
        .map({True: "change", False: "level"})
        .where(_column(energy, "outlook").eq(""), "outlook"),
        period=energy["sentence"].astype(str).str.findall(_YEAR).map(lambda y: ", ".join(y)),
    )
    grouped = keyed.groupby(SUBJECT, sort=True)
    spread = grouped.agg(
        documents=("doc_id", "nunique"),
        lows=("value_low", "nunique"),
        highs=("value_high", "nunique"),
    ).reset_index()
    spread = spread[spread["documents"] > 1]
    if spread.empty:
        return pd.DataFrame(columns=columns)
    spread["values_agree"] = (spread["lows"] == 1) & (spread["highs"] == 1)
    rows = keyed.merge(spread[[*SUBJECT, "documents", "values_agree"]], on=SUBJECT)
    rows = rows.assign(value=[value_label(r) for _, r in rows.iterrows()])
    rows = rows.sort_values(
        ["documents", *SUBJECT, "doc_id", "start"],
        ascending=[False] + [True] * (len(SUBJECT) + 2),
        kind="stable",
    )
    return rows[columns].reset_index(drop=True)


def with_values(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures table with a ``value`` column in words (see ``value_label``), for display."""
    return figures.assign(value=[value_label(row) for _, row in figures.iterrows()])


def findings(figures: pd.DataFrame, *, documents: int) -> list[str]:
    """The report's headline findings: how many figures, how many energy-trade, the top one.

    Args:
        figures: the figures table.
        documents: how many documents the corpus has.
    """
    energy = int(figures["energy_trade"].astype(bool).sum())
    stated = [
        f"{len(figures):,} figure(s) stated in {figures['doc_id'].nunique():,} of "
        f"{documents:,} document(s)",
        f"{energy:,} energy-trade figure(s)",
    ]
    headlines = headline_figures(figures)
    if headlines.empty:
        return [*stated, "No figure stated"]
    top = headlines.iloc[0]
    relation = RELATION_WORDS.get(top["relation"], top["relation"])
    about = ", ".join(
        part
        for part in (top["commodity"] or "no commodity", relation + _flow(top), top["outlook"])
        if part
    )
    return [*stated, f'Headline figure: {top["value"]} ({about}), from "{top["surface"]}"']
