"""A figure's outlook: the words that make it a forecast, plan or possibility, not a fact."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import figures


def _outlooks(text: str) -> list[tuple[str, str]]:
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return list(zip(found["surface"], found["outlook"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan receives almost 9-10% of all imported LNG from Sakhalin-2.", [("9-10%", "")]),
        (
            "Russian oil supplies could amount to more than 10% of US oil imports.",
            [("10%", "could")],
        ),
        (
            "Qatar plans to raise its LNG output to 126 mtpa by 2027, up from 77 mtpa.",
            [("126 mtpa", "plans to"), ("77 mtpa", "")],  # the level it started from is a fact
        ),
        ("Gazprom expects exports of 180 bcm this year.", [("180 bcm", "expects")]),
        ("Output should reach 5 Mt by 2030.", [("5 Mt", "should")]),
        ("Output reached 5 Mt, and exports will grow 3%.", [("5 Mt", ""), ("3%", "will")]),
        # a formula of speech holds no outlook for what it introduces, nor does the month May
        ("I would like to say that exports grew 5%.", [("5%", "")]),
        ("I will just say that output rose five-fold.", [("five-fold", "")]),
        ("In May exports were 5 bcm.", [("5 bcm", "")]),
        ("The capacity is 16.5 Mt by 2025.", [("16.5 Mt", "by 2025")]),
    ],
)
def test_a_forecast_or_plan_is_marked_with_its_words(text, expected):
    assert _outlooks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal point ends no clause
        (
            "Novatek expects to ship 6.6 Mt next year and 19.8 Mt in 2026.",
            [("6.6 Mt", "expects"), ("19.8 Mt", "expects")],
        ),
        # the level a forecast starts from, and what came before, are facts
        (
            "Qatar aims to raise LNG output to 142 mtpa by 2030 from 77 mtpa now.",
            [("142 mtpa", "aims to"), ("77 mtpa", "")],
        ),
        (
            "China is expected to import 80 Mt of coal in 2024, after buying 71 Mt in 2023.",
            [("80 Mt", "is expected to"), ("71 Mt", "")],
        ),
        # a deadline after the figure is the outlook, nothing between
        (
            "Tens of millions of tonnes of LNG will come onstream by 2027.",
            [("Tens of millions of tonnes", "by 2027")],
        ),
        # but what was done by a date, told in the past, is a fact
        (
            "Ukraine received 1.3 million artillery shells from the EU by the end of 2024.",
            [("1.3 million", "")],
        ),
        ("Exports of gas rose to 50 bcm by 2023.", [("50 bcm", "")]),
    ],
)
def test_outlook_clauses(text, expected):
    assert _outlooks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure is its clause's subject, and the modal of its verb follows it
        (
            "About 2,000 soldiers will be deployed to Lithuania next year.",
            [("2,000", "will")],
        ),
        (
            "Up to 300,000 troops could be placed on high readiness, NATO said.",
            [("300,000", "could")],
        ),
        ("Some 40 LNG tankers are expected to arrive in Europe in March.", [("40", "are expected")]),
        ("Exports of 5 million tonnes are planned for next year.", [("5 million tonnes", "are planned")]),
        ("Gazprom said 30 tankers would arrive.", [("30", "would")]),
        # but a figure after its verb, or a modal of another clause, is a fact
        ("Exports rose 5% in March and will continue to grow.", [("5%", "")]),
        ("Russia exported 5 million tonnes last year, and prices will rise.", [("5 million tonnes", "")]),
        # a target met, hit or missed is no plan
        (
            "Storage was 90% full in September, meeting the EU target two and a half months early.",
            [("90%", ""), ("two and a half months", "")],
        ),
        ("The country met its renewable target last year, generating 45 TWh.", [("45 TWh", "")]),
        ("The EU targets 45% renewables by 2030.", [("45%", "targets")]),
    ],
)  # fmt: skip
def test_a_third_review_of_outlooks(text, expected):
    assert _outlooks(text) == expected
