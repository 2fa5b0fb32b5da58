"""Energy-trade figures: every quantity a corpus states, with its sentence, commodity, actors and
what it measures.

``extract_figures(text)`` (from ``analysis.quantities``) reads the quantities of one text;
``figures(documents)`` runs it over a corpus and attaches to each figure:
- its sentence (``analysis.text`` spans, or a given sentence table) and offsets; a sentence over
  ``text.EXCERPT_MAX`` characters is cut to that many around the figure, marked with ``…``
  (``sentence_start``/``sentence_end`` still span all of it);
- the ``commodity`` named nearest to it in the sentence, from ``analysis/data/commodities.yml``
  (or implied by its unit: barrels are oil, kilowatt-hours electricity, "$9/MMBtu" gas);
- the ``actors`` mentioned in the sentence, from the actor dictionary (``analysis.actors``): display
  names in order of first mention, joined with ``"; "``;
- the ``relation`` it measures (``import_share``, ``import``, ``export``, ``production``,
  ``supply``, ``price``, ``investment``, ``reserves``, ``growth`` or ``other``), from the cue
  words in ``analysis/data/figure_relations.yml`` nearest to it in the sentence;
- ``source`` and ``recipient`` of a trade figure (relation import, import_share, export or
  supply; of energy or not) and of an energy figure, from the actors of its sentence: the one
  named right after "from" is the source and the one right after "to"/"into" the recipient; the subject (an actor right before a verb of
  trade, ``analysis.trade_verbs``: "receives", "will buy", "supplies") is the recipient of an
  import ("Japan receives almost 9-10% of all imported LNG ... from Sakhalin-2": Sakhalin-2 to
  Japan) and the source of an export or supply, the direction the figure's own verb gives
  ("Germany will receive 100,000 t of Kazakh oil through the pipeline": an import); so is an
  actor named before a trade noun ("Russian gas exports"; but "Moldova's deliveries from
  Gazprom": Moldova receives, "Russian LNG imports by the EU": Russia sends); "of" names the
  source after a trade noun ("exports of Russian diesel") or right after the amount ("250,000
  bpd of Russian crude"), "by" the agent ("imported by France": the importer); actors named
  together share a role, joined with ``"; "`` like ``actors`` ("from Norway and France");
- ``outlook``: the words that make the figure a forecast, plan, target or possibility rather
  than a fact stated ("could", "expected to", "plans to", "by 2030"), from the start of its
  clause to the figure; empty for a figure stated as fact;
- ``energy_trade``: true when the figure is of an energy commodity, named or implied by its
  unit (a trade figure in cubic metres is gas: ``by_traded_unit``), and counts no other things
  than energy assets (``energy_assets`` in the yml: tankers, wells, reactors; not servicemen,
  ships or countries); a commodity's word in a phrase that names none (``palm oil``,
  ``greenhouse gas``, ``gas giant``: ``not_commodities``) gives no commodity. A trade relation
  alone is no energy trade: "exports rose 5.1%", "the bank bought 8.6 billion yuan of bonds"
  and "delivered 59 Bradley fighting vehicles" are trade of other things.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

import ahocorasick
import numpy as np
import pandas as pd

from analysis.config import read_yaml
from analysis.quantities import COLUMNS as FIGURE_COLUMNS
from analysis.quantities import extract_figures, figure_rows
from analysis.quantity.words import MULTIPLYING
from analysis.text import EXCERPT_MAX, excerpt, lower_keeping_offsets
from analysis.trade_verbs import object_relation, subject_relation

__all__ = ["extract_figures", "figures", "FIGURES_COLUMNS"]

# The most figures of a document kept: a long transcript of the Kremlin corpus states 390,
# while a hostile megabyte of "1,1,1,..." states 500,000, each row with its sentence (a
# kilobyte): 4.8 GB, and 27 s of CPU time; the reading stops soon after the limit.
MAX_FIGURES_PER_DOCUMENT = 10_000

FIGURES_COLUMNS = [
    "doc_id",
    "sentence_id",
    *FIGURE_COLUMNS,
    "commodity",
    "relation",
    "actors",
    "source",
    "recipient",
    "energy_trade",
    "outlook",
    "sentence_start",
    "sentence_end",
    "sentence",
]
_SHARE_UNITS = ("percent", "percentage point")
_NONE = "-"  # the commodity of a phrase that names none ("palm oil"), until it is reported as ""


class _Phrases:
    """Whole-word lookup of commodity and relation phrases in one Aho-Corasick pass over a
    lower-cased sentence; commodity forms with capitals ("LNG", "Urals") must match as written."""

    def __init__(self, folded: dict[str, str], cased: dict[str, str], relations: dict[str, str]):
        entries: dict[str, list] = {}
        for phrase, name in folded.items():
            entries.setdefault(phrase, []).append((0, name, None))
        for form, name in cased.items():
            entries.setdefault(lower_keeping_offsets(form), []).append((1, name, form))
        for phrase, relation in relations.items():
            entries.setdefault(phrase, []).append((2, relation, None))
        self.automaton = ahocorasick.Automaton()
        for phrase, values in entries.items():
            self.automaton.add_word(phrase, (len(phrase), tuple(values)))
        if entries:
            self.automaton.make_automaton()
        self.empty = not entries

    def find(self, sentence: str, lower: str) -> tuple[list, list]:
        """The commodity spans and the relation spans of ``sentence``: ``(start, end, value)`` of
        each phrase found as whole words (``lower`` is the sentence lower-cased, same length)."""
        if self.empty:
            return [], []
        found: tuple[list, list, list] = ([], [], [])
        n = len(lower)
        for last, (length, values) in self.automaton.iter(lower):
            start, end = last - length + 1, last + 1
            for kind, value, form in values:
                text = lower if form is None else sentence
                if (
                    (form is None or text[start:end] == form)
                    and (start == 0 or not text[start - 1].isalnum())
                    and (end == n or not text[end].isalnum())
                ):
                    found[kind].append((start, end, value))
        return _leftmost_longest(found[0] + found[1]), _outermost(found[2])


def _leftmost_longest(spans: list) -> list:
    """The commodity spans read like words: of overlapping phrases the one starting first, or
    the longer of two starting together ("crude oil exports" is crude oil, though "oil exports"
    is an oil phrase; "liquefied natural gas" is LNG, not natural gas)."""
    kept, last_end = [], -1
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
    return kept


def _outermost(spans: list) -> list:
    """The relation spans that no longer span holds: "for May delivery" is a price's, not a
    supply's "delivery"."""
    if len(spans) < 2:
        return spans
    ordered = sorted(spans, key=lambda s: (s[0], s[0] - s[1]))
    kept, last_end = [], -1
    for span in ordered:
        if span[1] > last_end:  # not inside the span before
            kept.append(span)
            last_end = span[1]
    return kept


@dataclass(frozen=True)
class _Lexicon:
    phrases: _Phrases
    by_unit: dict
    by_abbreviation: dict
    relation_order: dict
    trade: frozenset
    by_traded_unit: dict  # the commodity a unit implies in a figure of trade
    assets: frozenset  # the counted nouns a count of energy trade may have


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
    named = [(form, name) for name, e in commodities["commodities"].items() for form in e["forms"]]
    named += [(form, _NONE) for form in commodities.get("not_commodities", [])]  # palm oil
    for form, name in named:
        if any(c.isupper() for c in form):
            cased[form] = name
        else:
            folded[form.lower()] = name
    relations = {}
    for relation, forms in cues["relations"].items():
        for form in forms:
            relations.setdefault(form.lower(), relation)
    return _Lexicon(
        phrases=_Phrases(folded, cased, relations),
        by_unit=commodities.get("by_unit", {}),
        by_abbreviation={k.lower(): v for k, v in commodities.get("by_abbreviation", {}).items()},
        relation_order={name: i for i, name in enumerate(cues["relations"])},
        trade=frozenset(cues["trade"]),
        by_traded_unit=commodities.get("by_traded_unit", {}),
        assets=frozenset(commodities.get("energy_assets", [])),
    )


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    if span[1] <= start:
        return start - span[1]
    if span[0] >= end:
        return span[0] - end
    return 0


class _Spans:
    """Phrase spans of one sentence, indexed so that the nearest to a figure is found without
    reading them all: a sentence with thousands of cues and figures stays linear-ish."""

    # below this many spans, reading them all is as fast
    MIN = 16

    def __init__(self, spans: list, kinds: frozenset = frozenset()):
        """``kinds``: the kinds of cue in the whole sentence, which ``spans`` may leave out
        (``_relation`` indexes the cues other than import_share and growth)."""
        self.spans = spans
        self.by_start = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.by_start]
        self.ends = sorted(s[1] for s in spans)
        self.longest = max((s[1] - s[0] for s in spans), default=0)
        self.kinds = kinds

    def nearest(self, start: int, end: int, skip=None) -> list:
        """The spans at the least ``_distance`` from ``start``..``end``, in list order; spans for
        which ``skip(span)`` is true are left out (``skip`` must be false for every span that
        does not overlap the figure)."""
        spans, starts, by_start = self.spans, self.starts, self.by_start

        def window(low: int, high: int, distance: int) -> list:
            found = [
                by_start[k]
                for k in range(bisect_left(starts, low), bisect_right(starts, high))
                if _distance(spans[by_start[k]], start, end) == distance
                and not (skip and skip(spans[by_start[k]]))
            ]
            return [spans[i] for i in sorted(found)]

        overlapping = window(start - self.longest, end, 0)  # touching counts as 0
        if overlapping:
            return overlapping
        before = bisect_right(self.ends, start)
        after = bisect_left(starts, end)
        gaps = ([start - self.ends[before - 1]] if before else []) + (
            [starts[after] - end] if after < len(starts) else []
        )
        if not gaps:
            return []
        gap = min(gaps)
        return window(start - gap - self.longest, end + gap, gap)


def _commodity(
    spans, start: int, end: int, unit: str, surface: str, lex: _Lexicon, index=None
) -> str:
    """The commodity named nearest the figure in its sentence; else the one its unit implies
    (barrels: oil), or the unit of its rate (a price "$70 a barrel" is of oil, "$9/MMBtu" of
    gas), or its abbreviation (``bcm``: natural gas, though cubic metres alone are not)."""
    base, _, per = unit.partition(" per ")
    # a commodity named within the figure counts when its unit implies none ("38 bcm of gas a
    # year"); "barrels of oil per day" is oil by its unit, and a nearby name can say more
    own = base in lex.by_unit
    if index is not None:  # many spans: only those nearest the figure
        inside = index.nearest(
            start, end, (lambda s: s[0] >= start and s[1] <= end) if own else None
        )
    else:
        inside = [s for s in spans if not (own and s[0] >= start and s[1] <= end)]
    if inside:
        return min(inside, key=lambda s: (_distance(s, start, end), -(s[1] - s[0])))[2]
    implied = lex.by_unit.get(base, "") or lex.by_unit.get(_SCALED.sub("", per), "")
    if implied or not lex.by_abbreviation:
        return implied
    words = _WORDS.findall(surface.lower())
    return next((lex.by_abbreviation[w] for w in words if w in lex.by_abbreviation), "")


_WORDS = re.compile(r"[a-z]+")
_SCALED = re.compile(r"^(?:thousand|million|billion|trillion) ")


def _relation(
    spans, start: int, end: int, unit: str, change: str, lex: _Lexicon, index=None
) -> str:
    """The relation whose cue is nearest the figure; "growth" only when no other relation has
    a cue ("exports rose by 5%" is export, "output grew 5%" production, "GDP grew 5%" growth).

    ``index``: when given, a ``_Spans`` of the cues other than import_share and growth (and its
    ``kinds`` those of all of ``spans``), to look only at the nearest."""
    kinds = index.kinds if index is not None else {s[2] for s in spans}
    if unit in _SHARE_UNITS and "import_share" in kinds:
        return "import_share"
    if index is not None:
        others = index.nearest(start, end)
    else:
        others = [s for s in spans if s[2] not in ("import_share", "growth")]
    if others:
        return min(others, key=lambda s: (_distance(s, start, end), lex.relation_order[s[2]]))[2]
    if change in ("up", "down") or "growth" in kinds:
        return "growth"
    return "other"


def _default_sentences(documents: pd.DataFrame) -> pd.DataFrame:
    from analysis.text import sentence_table

    return sentence_table(documents)


def _default_mentions(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    from analysis.actors import find_mentions

    return find_mentions(documents, sentences=sentences)


def _actors_by_sentence(
    mentions: pd.DataFrame | None, codes: dict, doc_code: np.ndarray, sentence_ids: np.ndarray
) -> tuple[list[str], list[list]]:
    """The actors of each figure's sentence (sentence ``sentence_ids[i]`` of the document coded
    ``doc_code[i]`` in ``codes``): display names in order of first mention joined with
    ``"; "``, or ``""``; and the mentions themselves, ``(start, end, actor)`` in text order."""
    if mentions is None or mentions.empty or not len(doc_code):
        return [""] * len(doc_code), [[] for _ in range(len(doc_code))]
    mention_code = np.array([codes.get(d, -1) for d in mentions["doc_id"].tolist()], np.int64)
    mention_ids = mentions["sentence_id"].to_numpy(np.int64)
    # one integer per (document, sentence): a document's sentences lie in one block of ``span``
    low = min(mention_ids.min(), sentence_ids.min())
    span = max(mention_ids.max(), sentence_ids.max()) - low + 1
    wanted = doc_code * span + (sentence_ids - low)
    keys = mention_code * span + (mention_ids - low)
    near = np.flatnonzero(np.isin(keys, wanted))
    ends = "end" if "end" in mentions.columns else "start"  # a table of starts only: no roles
    columns = [mentions[c].iloc[near].tolist() for c in ("start", ends, "actor")]
    found: dict = {}
    for key, start, end, actor in zip(keys[near].tolist(), *columns, strict=True):
        if actor is not None and str(actor):
            found.setdefault(key, []).append((start, end, str(actor)))
    names = {}
    for key, located in found.items():
        located.sort(key=lambda m: m[0])
        names[key] = "; ".join(dict.fromkeys(actor for _, _, actor in located))
    wanted_keys = wanted.tolist()
    return [names.get(key, "") for key in wanted_keys], [found.get(k, []) for k in wanted_keys]


class _Sentences:
    """The sentence table sorted by document and start, to find the sentence of an offset."""

    def __init__(self, sentences: pd.DataFrame, codes: dict):
        doc_code = np.array([codes.get(d, -1) for d in sentences["doc_id"].tolist()], np.int64)
        starts = sentences["start"].to_numpy(np.int64)
        # by document, then start; of equal starts the last in the table is found
        order = np.lexsort((np.arange(len(starts)), starts, doc_code))
        self.low = int(starts.min()) if len(starts) else 0
        self.span = (int(starts.max()) if len(starts) else 0) - self.low + 1
        self.doc_code = doc_code[order]
        self.starts = starts[order]
        self.keys = self.doc_code * self.span + (self.starts - self.low)
        self.ends = sentences["end"].to_numpy(np.int64)[order]
        self.ids = sentences["sentence_id"].to_numpy(np.int64)[order]

    def locate(self, doc_code: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """For each offset into the document coded ``doc_code`` (a code of ``codes``), the index
        into ``starts``, ``ends`` and ``ids`` of the sentence holding it, or -1 when none does."""
        if not len(self.keys):
            return np.full(len(offsets), -1)
        clipped = np.clip(offsets - self.low, -1, self.span - 1)  # before the first, past the last
        found = np.searchsorted(self.keys, doc_code * self.span + clipped, side="right") - 1
        safe = np.maximum(found, 0)
        inside = (found >= 0) & (self.doc_code[safe] == doc_code) & (offsets < self.ends[safe])
        return np.where(inside, safe, -1)


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
    doc_ids, texts = documents["doc_id"].tolist(), documents["text"].tolist()
    codes: dict = {}
    for doc_id in doc_ids:
        codes.setdefault(doc_id, len(codes))
    found, owner, lowers = [], [], {}
    for i, text in enumerate(texts):
        if isinstance(text, str) and text:
            lowers[i] = lower_keeping_offsets(text)
            rows = figure_rows(text, lower=lowers[i], limit=MAX_FIGURES_PER_DOCUMENT)
            if len(rows) > MAX_FIGURES_PER_DOCUMENT:
                warnings.warn(
                    f"document {doc_ids[i]!r}: over {MAX_FIGURES_PER_DOCUMENT:,} figures, the first "
                    f"{MAX_FIGURES_PER_DOCUMENT:,} kept (no article states so many)",
                    stacklevel=2,
                )
                rows = rows[:MAX_FIGURES_PER_DOCUMENT]
            found.extend(rows)
            owner.extend([i] * len(rows))
    table = _Sentences(sentences, codes)
    owner_code = np.array([codes[doc_ids[i]] for i in owner], np.int64)
    at = table.locate(owner_code, np.array([row[0] for row in found], np.int64))
    kept = np.flatnonzero(at >= 0)  # figures outside every sentence are dropped
    at = at[kept]
    owner = [owner[k] for k in kept.tolist()]
    found = [found[k] for k in kept.tolist()]
    in_doc = [doc_ids[doc] for doc in owner]
    ids, starts, ends = table.ids[at], table.starts[at], table.ends[at]
    actors, located = _actors_by_sentence(mentions, codes, owner_code[kept], ids)
    reader = _SentenceReader(texts, lowers)
    described = [
        reader.describe(fig, doc, start, end)
        for fig, doc, start, end in zip(found, owner, starts.tolist(), ends.tolist(), strict=True)
    ]
    _share_commodity(texts, found, owner, starts.tolist(), described, lexicon().trade)
    commodity, relation, energy, outlook, sentence = (
        zip(*described, strict=True) if found else [()] * 5
    )
    roles = [
        _roles(texts[doc], near, fig, _inbound(lowers[doc], start, fig, kind))
        if trade or kind in _TRADE_IN or kind in _TRADE_OUT  # Japan's car exports to Russia too
        else ("", "")
        for fig, doc, near, kind, trade, start in zip(
            found, owner, located, relation, energy, starts.tolist(), strict=True
        )
    ]
    source, recipient = zip(*roles, strict=True) if found else [(), ()]
    return _frame(
        [
            in_doc,
            ids,
            *(zip(*found, strict=True) if found else [()] * len(FIGURE_COLUMNS)),
            commodity,
            relation,
            actors,
            source,
            recipient,
            energy,
            outlook,
            starts,
            ends,
            sentence,
        ]
    )


class _SentenceReader:
    """The commodity, relation and sentence of figures, reading each sentence once."""

    def __init__(self, texts: list, lowers: dict):
        self.texts, self.lowers, self.lex = texts, lowers, lexicon()
        self.doc, self.sentences = -1, {}

    def describe(self, fig: tuple, doc: int, start: int, end: int) -> tuple:
        """``(commodity, relation, energy_trade, outlook, sentence)`` of the figure row ``fig``
        of document ``doc`` (an index into ``texts``) in the sentence ``start``..``end``."""
        lex = self.lex
        if doc != self.doc:
            self.doc, self.sentences = doc, {}
        if start not in self.sentences:
            text = self.texts[doc]
            sentence = text[start:end]
            # str.lower reads the letters around a capital sigma: lower such sentences alone
            lower = (
                self.lowers[doc][start:end]
                if "\u03a3" not in text
                else lower_keeping_offsets(sentence)
            )
            commodities, relations = lex.phrases.find(sentence, lower)
            indexes = (None, None)
            if max(len(commodities), len(relations)) > _Spans.MIN:
                others = [s for s in relations if s[2] not in ("import_share", "growth")]
                kinds = frozenset(s[2] for s in relations)
                indexes = (_Spans(commodities), _Spans(others, kinds))
            self.sentences[start] = (sentence, commodities, relations, indexes)
        sentence, commodities, relations, (in_commodities, in_relations) = self.sentences[start]
        local = (fig[0] - start, fig[1] - start)
        commodity = _commodity(commodities, *local, fig[5], fig[2], lex, in_commodities)
        relation = _relation(relations, *local, fig[5], fig[7], lex, in_relations)
        if not commodity and relation in lex.trade:  # exported 24 billion cubic metres: gas
            commodity = _traded_commodity(fig, lex)
        if relation == "growth" and commodity and fig[9] == "currency":
            relation = "price"  # crude fell 82 cents to $74.15: money for a commodity, a price
        if commodity and commodity != _NONE:
            relation = _traded_relation(relation, self.lowers[doc], start, fig, lex.assets)
        if end - start > EXCERPT_MAX:  # a very long sentence: the part around the figure
            sentence = excerpt(self.texts[doc], start, end, fig[0])
        energy = bool(commodity)  # "exports rose 5.1%", "bought $5bn of bonds": no energy
        if commodity == _NONE:
            commodity, energy = "", False  # palm oil imports: trade, but of no energy commodity
        if fig[9] == "count" and fig[5] not in lex.assets:
            energy = False  # 30,000 servicemen, two countries: no energy trade
        outlook = _outlook(self.texts[doc], self.lowers[doc], start, fig[0], fig[1])
        return commodity, relation, energy, outlook, sentence


# what joins two figures of one trade: "rose by 5% to 55 bcm", "fell 10%, or 5 bcm", "55 bcm,
# up 5%", "30 bcm (up 10%)"
_SAME_TRADE = re.compile(
    r"[ \t]*,?[ \t]*\(?[ \t]*(?:(?:to|or|from|up|down|versus|vs\.?|compared[ \t]+(?:with|to))"
    r"(?:[ \t]+(?:by|from))?[ \t]*)?\(?[ \t]*"
)


def _share_commodity(
    texts: list, found: list, owner: list, starts: list, described: list, trade: frozenset
) -> None:
    """Give a trade figure with no commodity the energy commodity of the figure next to it in
    its sentence that states the same trade in other terms: "Exports rose by 5% to 55 bcm"
    (the 5% is of gas, which only "bcm" names). Changes ``described`` in place."""
    for i in range(len(found)):
        commodity, relation, energy, outlook, sentence = described[i]
        if commodity or relation not in trade:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found) or owner[j] != owner[i] or starts[j] != starts[i]:
                continue
            other = described[j]
            if not other[0] or not other[2]:
                continue
            first, second = (found[j], found[i]) if j < i else (found[i], found[j])
            if _SAME_TRADE.fullmatch(texts[owner[i]], first[1], second[0]):
                described[i] = (other[0], relation, True, outlook, sentence)
                break


def _traded_commodity(fig: tuple, lex: _Lexicon) -> str:
    """The commodity the unit of a trade figure implies (``by_traded_unit``: a million cubic
    metres or more are gas), else ``""``."""
    implied = lex.by_traded_unit.get(fig[5].partition(" per ")[0])
    return implied["commodity"] if implied and fig[3] >= float(implied["at_least"]) else ""


def _traded_relation(
    relation: str, lower: str, sentence_start: int, fig: tuple, assets: frozenset
) -> str:
    """The relation of a figure of a commodity that a verb of trade takes as its object ("will
    deliver 2 mtpa of LNG": export), else ``relation``; a share received stays a share of
    imports ("receives 9-10% of all imported LNG"), stocks stay stocks, and a count is traded
    only when it counts energy ``assets`` (cargoes, not vehicles or passengers)."""
    if relation == "reserves" or (fig[9] == "count" and fig[5] not in assets):
        return relation  # pumped into storage; "will sell 3,900 natural gas vehicles"
    verb = object_relation(lower, sentence_start, fig[:2], hedge=fig[8], unit=fig[5])
    if not verb or (relation == "import_share" and verb == "import"):
        return relation
    return verb


# how far from a trade figure its source and recipient are looked for, in characters
ROLE_REACH = 300
_VERB_REACH = 40  # how far after a verb that multiplies the noun of its trade is read
_TRADE_IN = ("import", "import_share")
_TRADE_OUT = ("export", "supply")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?\Z", re.IGNORECASE)
_OF = re.compile(r"\bof\s+\Z")
_TO = re.compile(
    r"(?<!according )\b(?:to|into|(?:bound|destined|headed)\s+for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# a verb of supply whose object is the recipient: "Turkmenistan supplies China with 30 bcm"
_SELLS_TO = re.compile(
    r"\b(?:supplies|supplied|supply|supplying|sells|sold|selling|provides|provided)\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)
_WITH = re.compile(r"\s+with\s")  # "supplies China with", not "supply Russian gas"


def _inbound(lower: str, sentence_start: int, fig: tuple, relation: str) -> bool | None:
    """Whether a figure's trade comes in to its subject, by the verb of trade that takes it as
    object ("Germany will receive 100,000 tonnes of oil through the pipeline", though a pipeline
    makes it a supply), else by its relation; ``None`` for a figure of no trade."""
    if relation not in _TRADE_IN and relation not in _TRADE_OUT:
        return None
    verb = object_relation(lower, sentence_start, fig[:2], hedge=fig[8], unit=fig[5])
    return (verb or relation) in _TRADE_IN


def _roles(text: str, mentions: list, fig: tuple, inbound: bool | None) -> tuple[str, str]:
    """``(source, recipient)`` of a trade figure from the mentions of its sentence (``(start,
    end, actor)``, in text order): the subject is the recipient of a trade that comes in to it
    (``inbound``) and the source of one that goes out; ``("", "")`` for no trade (``inbound``
    None) or when the text does not say."""
    if inbound is None or not mentions:
        return "", ""
    figure_start = fig[0]
    # the mentions near the figure: a sentence of thousands of words is read in linear time
    first = bisect_left(mentions, (figure_start - ROLE_REACH,))
    mentions = mentions[first : bisect_left(mentions, (figure_start + ROLE_REACH,), lo=first)]
    if not mentions:
        return "", ""
    sources, recipients, subjects = [], [], []
    # a verb that multiplies is the figure: "Azerbaijan will double gas exports" reads its noun
    verb_end = fig[1] + _VERB_REACH if fig[2].lower() in MULTIPLYING else figure_start
    for start, end, actor in mentions:
        before = text[max(0, start - 20) : start]
        if inbound and start > figure_start and _OF.search(before) and _OWNER.match(text, end):
            # "half of Europe's imported diesel came from Russia": whose imports, not whence
            recipients.append((start, actor))
        elif (
            _FROM.search(before)
            or _OF_TRADE.search(text, max(0, start - 25), start)
            or (
                start > figure_start
                and _OF.search(before)
                and not _TRADE_NOUN.match(text, end)  # 10% of US oil imports: the importer
                and (inbound or _origin_of(text, start, end, fig))
            )
        ):  # from Sakhalin-2; exports of Russian diesel; carries 250,000 bpd of Russian crude
            sources.append((start, actor))
        elif agent := _BY_AGENT.search(text, max(0, start - 50), start):
            # imported by France, Russian LNG imports by the EU: the importer; supplied by
            # Gazprom: the supplier
            own = recipients if agent.group(1).lower() in _INBOUND_WORDS else sources
            own.append((start, actor))
        elif _TO.search(before) or (_SELLS_TO.search(before) and _WITH.match(text, end)):
            recipients.append((start, actor))  # to Japan; supplies China with 30 bcm
        elif end < figure_start and subject_relation(text, end, verb_end):
            subjects.append((start, actor))  # Japan receives 9-10%, Russia supplied 30 Mt
        elif (
            inbound
            and end < figure_start
            and _ACCOUNTS_FOR.fullmatch(text, end, figure_start)
            and not _PREPOSITION_BEFORE.search(before)  # "made in Russia accounting for 4%"
        ):
            sources.append((start, actor))  # Russia accounted for 40% of EU gas imports
        elif noun := _TRADE_NOUN.match(text, end):
            # "Russia's gas exports", "Russian gas exports": the exporter; "China's imports
            # of Russian crude", "Moldova's gas deliveries from Gazprom": the importer, and
            # what is "of" it or "from" the source; "Russian LNG imports by the EU": the source
            own = sources if _owns_exports(noun, text) else recipients
            own.append((start, actor))
    # the nearest of each in the figure's clause, after the figure first: "6 Mt from Australia
    # and 2 Mt from Qatar"; "exports to India rose 10%, while exports to China fell 5%"
    low, high = _clause(text, mentions[0][0], mentions[-1][1], figure_start)
    source, recipient = (
        _coordinated(
            text,
            mentions,
            _nearest([f for f in found if low <= f[0] < high] or found, figure_start),
        )
        for found in (sources, recipients)
    )
    subject = _coordinated(text, mentions, subjects[-1][0] if subjects else None)
    if inbound:
        recipient = recipient or subject
    else:
        source = source or subject
    return (source, recipient) if source != recipient else (source, "")


# a trade noun a few words after an actor, in one noun phrase: "Russia's gas exports",
# "Russian LNG supplies", "China's imports"
_TRADE_NOUN = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:[a-z][a-z-]*|[A-Z]{2,5})){0,2}?\s+"
    r"(exports|imports|supplies|deliveries|purchases|shipments|sales)\b",
)
_IMPORT_NOUNS = frozenset({"imports", "purchases"})
# a source's share of imports: "Russia accounted for 40% of EU gas imports", "Qatar makes up
# about a quarter of ..."
_ACCOUNTS_FOR = re.compile(
    r"\s+(?:(?:has|had|have|still|once|alone)\s+)?(?:accounted|accounts|account|accounting)\s+"
    r"for(?:\s+[a-z]+){0,3}?\s+|\s+(?:made|makes|make|making)\s+up(?:\s+[a-z]+){0,3}?\s+"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|to|by|at|of|for|with|into)\s+(?:the\s+)?\Z", re.I)
_OWNER = re.compile(r"['\u2019]s\s")  # "of Europe's imported diesel": Europe owns it
_OF_TRADE = re.compile(
    r"\b(?:exports|imports|supplies|deliveries|purchases|shipments|sales)\s+of\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+\w")
_FROM_AFTER = re.compile(r"\s+from\s")
_BY_AFTER = re.compile(r"\s+by\s")
# the agent of a trade, after "by" and at most three words after its noun or participle
_INBOUND_WORDS = frozenset({"imports", "purchases", "imported", "purchased", "bought", "received"})
_BY_AGENT = re.compile(
    r"\b(exports|imports|supplies|deliveries|purchases|shipments|sales|imported|exported|"
    r"supplied|delivered|shipped|sold|purchased|bought|received|sent|pumped|carried)"
    r"(?:\s+[\w.'\u2019-]+){0,3}?\s+by\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _origin_of(text: str, start: int, end: int, fig: tuple) -> bool:
    """Whether the actor at ``start``..``end``, after "of", names where the amount ``fig``
    comes from: right after it, before what is traded ("250,000 bpd of Russian crude"); not
    after a share ("43 percent of Italian demand") nor as a place ("3,000 km of Russia")."""
    return (
        start <= fig[1] + len(" of ") and fig[9] != "percent" and bool(_WORD_AFTER.match(text, end))
    )


def _owns_exports(noun: re.Match, text: str) -> bool:
    """Whether the actor before the trade noun ``noun`` (matched in ``text``) is its source:
    "Russian gas exports", "Russian LNG imports by the EU"; not "China's imports" nor
    "Moldova's gas deliveries from Gazprom"."""
    if noun.group(1).lower() in _IMPORT_NOUNS:
        return bool(_BY_AFTER.match(text, noun.end()))
    return not _FROM_AFTER.match(text, noun.end())


# where a clause of its own starts: "..., while exports to China fell 5%"
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\s")


def _clause(text: str, first: int, last: int, position: int) -> tuple[int, int]:
    """The bounds of the clause holding ``position`` among the text from ``first`` to
    ``last``."""
    low, high = first, last
    for m in _CLAUSE_BREAK.finditer(text, first, last):
        if m.end() <= position:
            low = m.end()
        elif m.start() >= position:
            high = m.start()
            break
    return low, high


def _nearest(found: list[tuple[int, str]], figure_start: int) -> int | None:
    """The start of the actor of ``found`` (``(start, actor)`` in text order) first after the
    figure, else of the last before it; ``None`` when none."""
    after = [start for start, _ in found if start > figure_start]
    return after[0] if after else found[-1][0] if found else None


# what joins actors named together: "Norway and France", "Finland, Denmark and Germany"
_AND = re.compile(r"(?:\s*,)?\s+and\s+|\s*,\s*")
_AND_WORD = re.compile(r"\band\b")


def _coordinated(text: str, mentions: list, start: int | None) -> str:
    """The actor whose mention (of ``mentions``, ``(start, end, actor)`` in text order) starts
    at ``start`` and those named together with it ("from Norway and France": ``"Norway;
    France"``), joined with ``"; "`` like the ``actors`` column; ``""`` for ``None``."""
    if start is None:
        return ""
    at = bisect_left(mentions, (start,))
    first = last = at
    while first > 0 and _joins(text, mentions[first - 1], mentions[first]):
        first -= 1
    while last + 1 < len(mentions) and _joins(text, mentions[last], mentions[last + 1]):
        last += 1
    # a list ends with "and": "to Germany, Russia said" names one recipient
    while last > first and not _AND_WORD.search(text, mentions[last - 1][1], mentions[last][0]):
        last -= 1
    if last < at:
        first = last = at
    return "; ".join(dict.fromkeys(actor for _, _, actor in mentions[first : last + 1]))


def _joins(text: str, left: tuple, right: tuple) -> bool:
    """Whether only "and" or a comma stands between two mentions."""
    return left[1] <= right[0] and bool(_AND.fullmatch(text, left[1], right[0]))


# What makes a figure a forecast, a plan, a target or a possibility: a modal verb or a word of
# expectation in its clause before it, or a deadline right after it ("by 2030").
_OUTLOOK = re.compile(
    r"(?<![a-z])(?:could|can|would(?!\s+(?:also\s+)?(?:like|love|prefer))|may|might|will|shall|"
    r"should|won't|sees|seen|"
    r"'ll|is to|are to|"
    r"(?:is|are|was|were)\s+(?:expected|projected|forecast|planned|set|due|likely|unlikely|"
    r"estimated|scheduled|poised)\s+to|expects?|expected|forecasts?|forecasted|"
    r"projections?|projected|predicts?|predicted|plans?\s+to|planned|planning\s+to|aims?\s+to|"
    r"aiming\s+to|targets?|targeted|intends?\s+to|hopes?\s+to|seeks?\s+to|wants?\s+to|"
    r"if(?!\s+(?:not|i\s+am\s+not|i\s+remember|i\s+recall|you\s+like))|unless)(?![a-z])"
)
# where a clause starts: a stop, a comma before a conjunction, a level it started from, or
# "that" ("I would like to say that ..." holds no outlook for what follows)
_CLAUSE_START = re.compile(
    r"[.;:!?](?=\s)|\n|,\s+(?:and|but|while|whereas)\s"
    r"|\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|that|after)\s"
)
_DEADLINE = re.compile(r"\s*(?:[a-z ]{0,30}?)\b(by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b")
# a verb in the past before a figure with a deadline: what was done by then, no plan ("had
# reached", "received", "delivered"; a cue of outlook in the clause is looked for first)
_PAST = re.compile(
    r"(?<![a-z])(?:had|was|were|did|received|reached|delivered|supplied|exported|imported|"
    r"produced|shipped|sent|sold|bought|spent|invested|built|completed|provided|totalled|"
    r"totaled|amounted|rose|fell|grew|increased|decreased|declined|dropped|doubled)(?![a-z])"
)
# "from 77 mtpa now", "from 56 bcm in 2023": the level a forecast starts from is a fact
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\Z")


# A target met, missed or hit is no plan: "meeting the EU's target two and a half months early"
_TARGET_MET = re.compile(
    r"(?<![a-z])(?:met|meet|meets|meeting|hit|hits|hitting|reached|reaching|exceeded|exceeding|"
    r"surpassed|surpassing|beat|beating|achieved|achieving|missed|missing|overshot|fulfilled)"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}\Z"
)
# A figure that is its clause's subject, and the modal of its verb after it: "Some 40 LNG
# tankers are expected to arrive", "Exports of 5 million tonnes are planned". Between them, a
# few words of its noun (no "and", "in", "by": "5% in March and will" holds another clause).
_OUTLOOK_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:and|or|but|in|on|at|by|for|to|from|with|than|as|since|after|before|"
    r"while|which|that|who|it|they|we|i|he|she|you|this|these|those|there)\b)[a-z][\w'-]*)"
    r"{0,4}?[ \t]+"
    r"(will|would|could|may|might|shall|should|can|"
    r"(?:is|are)\s+(?:expected|projected|forecast|planned|set|due|likely|scheduled|poised|to))"
    r"(?![a-z])"
)
# Before a figure that is its clause's subject: a few words, none of them a verb.
_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|has|have|had|said|says|say|will|would|could|may|"
    r"might|can|should|rose|fell|grew|[a-z]+ed|[a-z]+s\s+(?:up|down|about|some|around))(?![\w-])"
)


_REPORTED = re.compile(r"(?<![\w-])(?:said|says|say|added|noted|stated|told\s+\w+)\s+")


def _subject_before(text: str, clause: int, start: int) -> bool:
    """Whether the figure at ``start`` opens its clause's subject: at most six words before it
    in the clause (or after a reporting verb), no verb among them ("About", "Exports of",
    "Some", "Up to", "Gazprom said")."""
    before = text[clause:start].lower()
    for reported in _REPORTED.finditer(before):  # "Gazprom said 30 tankers would arrive"
        before = before[reported.end() :]
    return len(before.split()) <= 6 and not _VERB_BEFORE.search(before)


def _outlook(text: str, lower: str, sentence_start: int, start: int, end: int) -> str:
    """The outlook cue of the figure at ``start``..``end``: the last cue between the start of
    its clause (a clause start looked for at most 200 characters back) and the figure, else a
    deadline right after it ("to 126 mtpa by 2027"), else the modal of a figure that is its
    clause's subject ("Some 40 tankers are expected to arrive"); ``""`` for a fact."""
    if _FROM_LEVEL.search(lower, max(sentence_start, start - 20), start):
        return ""
    clause = max(sentence_start, start - 200)  # a sentence without breaks: read in linear time
    for m in _CLAUSE_START.finditer(lower, clause, start):
        clause = m.end()
    cues = [
        m
        for m in _OUTLOOK.finditer(lower, clause, start)
        if text[m.start()] != "M"  # not the month May
        and not (m.group().startswith("target") and _TARGET_MET.search(lower, clause, m.start()))
    ]
    if cues:
        return " ".join(cues[-1].group().split())
    deadline = _DEADLINE.match(lower, end)
    if deadline and _PAST.search(lower, clause, start):
        return ""  # "received 1.3 million shells by the end of 2024": done by then
    if deadline:
        return deadline.group(1)
    after = _OUTLOOK_AFTER.match(lower, end)
    if after and _subject_before(text, clause, start):
        return " ".join(after.group(1).split())  # "About 2,000 soldiers will be deployed"
    return ""


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


def _frame(columns: list) -> pd.DataFrame:
    return pd.DataFrame(
        {
            name: np.array(values, dtype=_DTYPES[name]) if name in _DTYPES else list(values)
            for name, values in zip(FIGURES_COLUMNS, columns, strict=True)
        }
    )
