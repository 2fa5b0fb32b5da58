"""The verbs of trade: which relation an amount has when it is their object, and which way
the trade goes for their subject.

Every form of each verb is listed in ``trade_verbs`` of ``analysis/data/figure_relations.yml``
by the relation it gives: ``import`` (receive, buy, purchase, get, take), ``export`` (ship,
send, pump, load, carry) or ``supply`` (supply, sell, deliver: these need not cross a border).
``object_relation`` reads the verb right before a figure ("Germany will receive up to 100,000
tonnes", "Japan took 8 cargoes") or its passive after it ("1.6 million tonnes of LNG were
delivered"); ``subject_relation`` the verb right after an actor, through a modal, a plan or a
relative pronoun ("China will buy", "Kazakhstan is set to export", "India, which buys"). The
subject of an import verb is the recipient, of an export or supply verb the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.config import read_yaml

# the units of an amount no verb of trade takes: money paid ("bought a $5 billion stake"), time
# ("it will take 5 years") and ratios ("coal loading increased by 1.5 times")
_NOT_TRADED = frozenset({"currency", "time", "ratio"})
# how far before a figure its verb is looked for, in characters
_OBJECT_REACH = 60
_OF = re.compile(r"\s+of\b")  # a share "of" what is traded
_NO_PASSIVE = frozenset({"get", "gets", "got", "gotten", "getting"}) | frozenset(
    {"take", "takes", "took", "taken", "taking"}
)
_CHANGE = r"(?:raise|increase|boost|double|triple|expand|cut|reduce|halve|resume)"
_NOUN = r"(exports|imports|supplies|deliveries|purchases|shipments)"
_NOUN_RELATION = {"imports": "import", "purchases": "import", "supplies": "supply"}


@dataclass(frozen=True)
class _Verbs:
    relation: dict  # each form, lower-cased: the relation it gives
    before_object: re.Pattern
    after_object: re.Pattern
    after_subject: re.Pattern
    not_traded_units: frozenset
    share_units: frozenset


@cache
def _verbs() -> _Verbs:
    forms = {
        form.lower(): relation
        for relation, listed in read_yaml("figure_relations.yml")["trade_verbs"].items()
        for form in listed
    }
    alternation = "|".join(sorted(forms, key=len, reverse=True))
    # "when deals are taken into account", "got": no passive of trade
    passive = "|".join(f for f in sorted(forms, key=len, reverse=True) if f not in _NO_PASSIVE)
    dimensions = {u["name"]: u["dimension"] for u in read_yaml("units.yml")["units"]}
    return _Verbs(
        relation=forms,
        # the verb, then at most an article before the figure (its hedge is cut off first)
        before_object=re.compile(rf"(?<![\w-])({alternation})\s+(?:(?:a|an|the)\s+)?\Z"),
        # right after the subject: a modal or auxiliary, a plan ("plans to", "is set to")
        # right after the subject: a modal or auxiliary, a plan or a deal ("plans to", "is set
        # to", "signed a deal to"), then the verb, or a verb of change and the trade's noun
        # ("plans to raise gas exports")
        after_subject=re.compile(
            r"(?:\s*,?\s+(?:which|who)\b)?"  # "India, which buys around 35%"
            r"\s*(?:(?:has|have|had|will|would|can|could|may|might|should|is|are|was|were)\s+)?"
            r"(?:(?:also|set|going|expected|likely|able|plans?|planned|aims?|agreed|agrees|"
            r"wants?|intends?|signed|signs?)\s+(?:(?:a|an)\s+(?:deal|contract|agreement)\s+)?"
            r"(?:to\s+)?)?(?:(?:also|together|jointly)\s+)?"
            rf"(?:({alternation})\b|{_CHANGE}\s+(?:(?!to\b)[a-z]+\s+){{0,2}}?{_NOUN}\b)",
            re.IGNORECASE,
        ),
        # after a figure that is its clause's subject: a few words of its noun, then a passive
        # ("1.6 million tonnes of Australian LNG were delivered", "150,000 bpd of Kazakh oil
        # are expected to be sent")
        after_object=re.compile(
            r"(?:[ \t]+[\w'\u2019-]+){0,6}?[ \t]+(?:is|are|was|were|(?:will|would|could|"
            r"may|might|can|should|has|have|had)[ \t]+been?|(?:is|are|was|were)[ \t]+"
            r"(?:expected|set|due|likely|planned|scheduled)[ \t]+to[ \t]+be)"
            rf"[ \t]+(?:(?:also|being)[ \t]+)?({passive})\b"
        ),
        not_traded_units=frozenset(u for u, d in dimensions.items() if d in _NOT_TRADED),
        share_units=frozenset(u for u, d in dimensions.items() if d == "percent"),
    )


def object_relation(
    lower: str, clause_start: int, figure: tuple[int, int], *, hedge: str, unit: str
):
    """The relation of a figure that is the object of a verb of trade: the verb right before
    it, or a passive after it ("400,000 tonnes of naphtha were shipped").

    Args:
        lower: the document's text, lower-cased (same offsets).
        clause_start: where the figure's sentence starts; the verb is looked for after it.
        figure: where the figure starts and ends.
        hedge: the figure's hedge as written before it ("up to", "nearly"), or "".
        unit: the figure's unit; money and time are no amount traded, and a share only one
            "of" something ("gets nearly 90% of its gas", not "bought a 5% stake").

    Returns:
        ``import``, ``export`` or ``supply``, or ``""`` when no verb of trade takes the figure.
    """
    verbs = _verbs()
    figure_start, figure_end = figure
    unit = unit.partition(" per ")[0]
    if unit in verbs.not_traded_units or (
        unit in verbs.share_units and not _OF.match(lower, figure_end)
    ):
        return ""
    before = lower[max(clause_start, figure_start - _OBJECT_REACH) : figure_start].rstrip()
    if hedge and before.endswith(hedge.lower()):
        before = before[: -len(hedge)]
    found = verbs.before_object.search(before + " ") or verbs.after_object.match(
        lower, figure_end, figure_end + _OBJECT_REACH
    )
    return verbs.relation[found.group(1)] if found else ""


def subject_relation(text: str, actor_end: int, figure_start: int) -> str:
    """The relation of the verb of trade of which the actor ending at ``actor_end`` is the
    subject ("Japan receives", "Russia has exported", "Qatar will ship", "QatarEnergy signed a
    deal to supply", "Gazprom plans to raise gas exports"), or ``""``.

    Args:
        text: the document's text.
        actor_end: where the actor's mention ends.
        figure_start: the verb must end before the figure starts.
    """
    found = _verbs().after_subject.match(text, actor_end, figure_start)
    if not found:
        return ""
    if found.group(1):
        return _verbs().relation[found.group(1).lower()]
    return _NOUN_RELATION.get(found.group(2).lower(), "export")
