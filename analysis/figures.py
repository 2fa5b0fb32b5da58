"""Energy-trade figures: every quantity a corpus states, with its sentence, commodity, actors and
what it measures.

``extract_figures(text)`` (from ``analysis.quantities``) reads the quantities of one text;
``figures(documents)`` runs it over a corpus and attaches to each figure:
- its sentence (``analysis.text`` spans, or a given sentence table) and offsets;
- the ``commodity`` named nearest to it in the sentence, from ``analysis/data/commodities.yml``
  (or implied by its unit: barrels are oil, kilowatt-hours electricity);
- the ``actors`` mentioned in the sentence, from the actor dictionary (``analysis.actors``): display
  names in order of first mention, joined with ``"; "``;
- the ``relation`` it measures (``import_share``, ``import``, ``export``, ``production``,
  ``supply``, ``price``, ``investment``, ``reserves``, ``growth`` or ``other``), from the cue
  words in ``analysis/data/figure_relations.yml`` nearest to it in the sentence;
- ``energy_trade``: true when a commodity is named or the relation is a trade relation.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import ahocorasick
import numpy as np
import pandas as pd

from analysis.config import read_yaml
from analysis.quantities import COLUMNS as FIGURE_COLUMNS
from analysis.quantities import extract_figures, figure_rows
from analysis.text import lower_keeping_offsets

__all__ = ["extract_figures", "figures", "FIGURES_COLUMNS"]

FIGURES_COLUMNS = [
    "doc_id",
    "sentence_id",
    *FIGURE_COLUMNS,
    "commodity",
    "relation",
    "actors",
    "energy_trade",
    "sentence_start",
    "sentence_end",
    "sentence",
]
_SHARE_UNITS = ("percent", "percentage point")


class _Phrases:
    """Whole-word phrase lookup with an Aho-Corasick automaton (one pass over a sentence)."""

    def __init__(self, phrases: dict[str, str]):
        self.automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            self.automaton.add_word(phrase, (len(phrase), value))
        if phrases:
            self.automaton.make_automaton()
        self.empty = not phrases

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, value)`` of every phrase found in ``text`` as whole words."""
        if self.empty:
            return []
        found = []
        n = len(text)
        for last, (length, value) in self.automaton.iter(text):
            start, end = last - length + 1, last + 1
            if (start == 0 or not text[start - 1].isalnum()) and (
                end == n or not text[end].isalnum()
            ):
                found.append((start, end, value))
        return found


@dataclass(frozen=True)
class _Lexicon:
    commodities: _Phrases
    commodities_cased: _Phrases
    by_unit: dict
    relations: _Phrases
    relation_order: dict
    trade: frozenset


@cache
def lexicon() -> _Lexicon:
    """Load the commodity lexicon and the relation cue words once.

    Returns:
        The compiled patterns used by :func:`figures`.

    Raises:
        FileNotFoundError: when ``commodities.yml`` or ``figure_relations.yml`` is missing.
    """
    commodities = read_yaml("commodities.yml")
    cues = read_yaml("figure_relations.yml")
    folded, cased = {}, {}
    for name, entry in commodities["commodities"].items():
        for form in entry["forms"]:
            if any(c.isupper() for c in form):
                cased[form] = name
            else:
                folded[form.lower()] = name
    relations = {}
    for relation, forms in cues["relations"].items():
        for form in forms:
            relations.setdefault(form.lower(), relation)
    return _Lexicon(
        commodities=_Phrases(folded),
        commodities_cased=_Phrases(cased),
        by_unit=commodities.get("by_unit", {}),
        relations=_Phrases(relations),
        relation_order={name: i for i, name in enumerate(cues["relations"])},
        trade=frozenset(cues["trade"]),
    )


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    if span[1] <= start:
        return start - span[1]
    if span[0] >= end:
        return span[0] - end
    return 0


def _commodity_spans(sentence: str, lower: str, lex: _Lexicon) -> list[tuple[int, int, str]]:
    return lex.commodities.find(lower) + lex.commodities_cased.find(sentence)


def _relation_spans(lower: str, lex: _Lexicon) -> list[tuple[int, int, str]]:
    return lex.relations.find(lower)


def _commodity(spans, start: int, end: int, unit: str, lex: _Lexicon) -> str:
    inside = [s for s in spans if not (s[0] >= start and s[1] <= end)]
    if inside:
        return min(inside, key=lambda s: (_distance(s, start, end), -(s[1] - s[0])))[2]
    return lex.by_unit.get(unit.split(" per ")[0], "")


def _relation(spans, start: int, end: int, unit: str, change: str, lex: _Lexicon) -> str:
    """The relation whose cue is nearest the figure; "growth" only when no other relation has
    a cue ("exports rose by 5%" is export, "output grew 5%" production, "GDP grew 5%" growth)."""
    if unit in _SHARE_UNITS and any(s[2] == "import_share" for s in spans):
        return "import_share"
    others = [s for s in spans if s[2] not in ("import_share", "growth")]
    if others:
        return min(others, key=lambda s: (_distance(s, start, end), lex.relation_order[s[2]]))[2]
    if change in ("up", "down") or any(s[2] == "growth" for s in spans):
        return "growth"
    return "other"


def _default_sentences(documents: pd.DataFrame) -> pd.DataFrame:
    from analysis.text import sentence_table

    return sentence_table(documents)


def _default_mentions(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    from analysis.actors import find_mentions

    return find_mentions(documents, sentences=sentences)


def _actors_by_sentence(mentions: pd.DataFrame | None) -> dict:
    """``{(doc_id, sentence_id): "Japan; Sakhalin-2"}``, names in order of first mention."""
    if mentions is None or mentions.empty:
        return {}
    ordered = mentions.sort_values(["doc_id", "sentence_id", "start"], kind="stable")
    names: dict[tuple, dict[str, None]] = {}
    columns = (
        ordered["doc_id"].tolist(),
        ordered["sentence_id"].tolist(),
        ordered["actor"].tolist(),
    )
    for doc_id, sentence_id, actor in zip(*columns, strict=True):
        if actor is not None and str(actor):
            names.setdefault((doc_id, sentence_id), {})[str(actor)] = None
    return {key: "; ".join(found) for key, found in names.items()}


def _document_rows(
    doc_id, text: str, spans: list[tuple[int, int, int]], actors: dict, lex: _Lexicon
) -> list[tuple]:
    found = figure_rows(text)
    if not found:
        return []
    starts = [s for _, s, _ in spans]
    cache_: dict[int, tuple] = {}
    rows = []
    for fig in found:
        fig_start, fig_end, unit, change = fig[0], fig[1], fig[5], fig[7]
        i = bisect.bisect_right(starts, fig_start) - 1
        if i < 0:
            continue
        sentence_id, s_start, s_end = spans[i]
        if fig_start >= s_end:
            continue
        if i not in cache_:
            sentence = text[s_start:s_end]
            lower = lower_keeping_offsets(sentence)
            cache_[i] = (
                sentence,
                _commodity_spans(sentence, lower, lex),
                _relation_spans(lower, lex),
            )
        sentence, commodities, relations = cache_[i]
        local = (fig_start - s_start, fig_end - s_start)
        commodity = _commodity(commodities, *local, unit, lex)
        relation = _relation(relations, *local, unit, change, lex)
        energy = bool(commodity) or relation in lex.trade
        rows.append(
            (
                doc_id,
                sentence_id,
                *fig,
                commodity,
                relation,
                actors.get((doc_id, sentence_id), ""),
                energy,
                s_start,
                s_end,
                sentence,
            )
        )
    return rows


def figures(
    documents: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every figure the documents state, with its sentence, commodity, relation and actors.

    Args:
        documents: a frame with ``doc_id`` and ``text`` columns.
        mentions: the actor mentions table (``doc_id``, ``sentence_id``, ``start``, ``actor``);
            found with ``analysis.actors.find_mentions`` when ``None``.
        sentences: the sentence table (``doc_id``, ``sentence_id``, ``start``, ``end``); split with
            ``analysis.text`` when ``None``.

    Returns:
        One row per figure (see ``FIGURES_COLUMNS``): the columns of ``extract_figures`` with
        offsets into the document's ``text``, plus ``doc_id``, ``sentence_id``, ``commodity``,
        ``relation``, ``actors`` (display names joined with ``"; "``), ``energy_trade`` (bool),
        ``sentence_start``, ``sentence_end`` and ``sentence`` (the sentence text).

    Raises:
        KeyError: when ``documents`` lacks a ``doc_id`` or ``text`` column.
    """
    missing = {"doc_id", "text"} - set(documents.columns)
    if missing:
        raise KeyError(f"figures: documents lack column(s) {sorted(missing)}")
    if sentences is None:
        sentences = _default_sentences(documents)
    if mentions is None:
        mentions = _default_mentions(documents, sentences)
    actors = _actors_by_sentence(mentions)
    by_doc: dict = {}
    columns = [sentences[c].tolist() for c in ("doc_id", "sentence_id", "start", "end")]
    for doc_id, sentence_id, start, end in zip(*columns, strict=True):
        by_doc.setdefault(doc_id, []).append((sentence_id, start, end))
    lex = lexicon()
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(text, str) and text:
            spans = sorted(by_doc.get(doc_id, []), key=lambda s: s[1])
            rows.extend(_document_rows(doc_id, text, spans, actors, lex))
    return _frame(rows)


_DTYPES = {
    "sentence_id": "int64",
    "start": "int64",
    "end": "int64",
    "value_low": "float64",
    "value_high": "float64",
    "scale": "float64",
    "energy_trade": "bool",
    "sentence_start": "int64",
    "sentence_end": "int64",
}


def _frame(rows: list[tuple]) -> pd.DataFrame:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FIGURES_COLUMNS)
    return pd.DataFrame(
        {
            name: np.array(values, dtype=_DTYPES[name]) if name in _DTYPES else list(values)
            for name, values in zip(FIGURES_COLUMNS, columns, strict=True)
        }
    )
