"""A figure's commodity from its own unit when its sentence names none."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import figures


def _commodities(text: str) -> dict[str, str]:
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return dict(zip(found["surface"], found["commodity"], strict=True))


@pytest.mark.parametrize(
    ("text", "surface", "commodity"),
    [
        ("Gazprom said exports to Europe rose to 17.4 bcm in February.", "17.4 bcm", "natural gas"),
        ("Reserves are put at 2.5 tcf.", "2.5 tcf", "natural gas"),
        ("Output reached 4.1 million barrels per day.", "4.1 million barrels per day", "oil"),
        # a commodity named in the sentence wins over the unit
        ("Yamal LNG shipped 4.5 bcm of LNG.", "4.5 bcm", "LNG"),
        # cubic metres alone may be water: no commodity
        ("The reservoir holds 2 billion cubic metres of water.", "2 billion cubic metres", ""),
    ],
)
def test_a_unit_abbreviation_implies_its_commodity(text, surface, commodity):
    assert _commodities(text)[surface] == commodity


def _trade(text: str) -> list[tuple[str, str, bool]]:
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return list(zip(found["surface"], found["commodity"], found["energy_trade"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase that names no energy commodity though it holds one's word
        ("Palm oil imports rose 5%.", [("5%", "", False)]),
        ("Greenhouse gas emissions fell 5.2%.", [("5.2%", "", False)]),
        ("Oil exports grew by 10%.", [("10%", "oil", True)]),
        # a count of other things than energy assets is no energy trade
        ("Gas supplies reached 30,000 servicemen.", [("30,000", "natural gas", False)]),
        ("Two countries supply oil to Japan.", [("Two", "oil", False)]),
        ("Russia delivered 50 tankers of oil.", [("50", "oil", True)]),
    ],
)
def test_energy_trade_needs_an_energy_commodity_and_counts_only_energy_assets(text, expected):
    assert _trade(text) == expected


def test_the_commodity_chart_counts_every_figure():
    from analysis.charts import figures as charts

    found = figures(
        pd.DataFrame({"doc_id": ["d"], "text": ["Oil exports grew by 10%. Imports rose to 40%."]})
    )
    bars = charts.by_commodity(found).data[0]
    assert dict(zip(bars.y, bars.x, strict=True)) == {"oil": 1, charts.NO_COMMODITY: 1}


def test_power_prices_and_solar_and_wind_capacity_are_electricity():
    # sixth figures review: "power prices", "solar capacity", "offshore wind" named no commodity
    text = (
        "Germany's power prices rose 3% to 95 euros per MWh. The 1.6 GW offshore wind farm "
        "opened. China added 217 GW of solar capacity. The party's power rose 5%."
    )
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert list(zip(found["surface"], found["commodity"], strict=True)) == [
        ("3%", "electricity"),
        ("95 euros per MWh", "electricity"),
        ("1.6 GW", "electricity"),
        ("217 GW", "electricity"),
        ("5%", ""),  # power that is no electricity
    ]
