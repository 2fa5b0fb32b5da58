"""``extract_figures`` on the eighth figures review: a span "over" a period, negative ranges
and temperatures, rates after what is measured, counted people and crowds, and 120 news
sentences written for the review across beats (energy, markets, economy, health, climate,
sport, elections, defence, technology, courts, weather, transport).

Each case gives the figures a reader finds, as (surface, low, high, unit, change, hedge): the
scale folded in; the unit a units.yml name or the counted noun made singular; change ``up`` or
``down`` for a verb or noun of change, ``~ < >`` for a hedge, else ``=``.
"""

from __future__ import annotations

import pytest

from analysis.quantities import extract_figures


def _rows(text: str) -> list[tuple]:
    return [
        (r.surface, r.value_low, r.value_high, r.unit, r.change, r.hedge)
        for r in extract_figures(text).itertuples()
    ]


def _assert_figures(text: str, expected: list[tuple]) -> None:
    """The figures of ``text`` are ``expected``: (surface, low, high, unit, change, hedge)."""
    got = _rows(text)
    assert len(got) == len(expected), got
    for row, want in zip(got, expected, strict=True):
        surface, low, high, unit, change, hedge = row
        assert (surface, unit, change, hedge) == (want[0], want[3], want[4], want[5]), got
        assert (low, high) == (pytest.approx(want[1]), pytest.approx(want[2])), got


# --- 1. "over" a period after a phrasal verb of a process is the time it takes -----------------

SPANS = [
    (
        "The levy will be phased in over 18 months.",
        [("18 months", 18, 18, "month", "=", "")],
    ),
    (
        "The discounts will be paid out over three years.",
        [("three years", 3, 3, "year", "=", "")],
    ),
    (
        "The new tariffs are being rolled out over six months, beginning in April.",
        [("six months", 6, 6, "month", "=", "")],
    ),
    (
        "Payments will be spread over five years.",
        [("five years", 5, 5, "year", "=", "")],
    ),
    (
        "Prices rose 5% over 18 months.",
        [("5%", 5, 5, "percent", "up", "rose"), ("18 months", 18, 18, "month", "=", "")],
    ),
    # the particle alone, or a verb of lasting, still makes "over" "more than"
    (
        "It was the highest level in over 20 years.",
        [("20 years", 20, 20, "year", ">", "over")],
    ),
    (
        "For over two decades, the plant ran without a stop.",
        [("two decades", 2, 2, "decade", ">", "over")],
    ),
    (
        "Over 500 people were killed.",
        [("500 people", 500, 500, "person", ">", "Over")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_over_a_period_after_a_phrasal_verb_is_a_span(text, expected):
    _assert_figures(text, expected)


# --- 2. negative ends of a range, and temperatures -----------------------------------------------

NEGATIVES = [
    (
        "Temperatures will range between -3C and -8C.",
        [("between -3C and -8C", -8, -3, "degree celsius", "=", "")],
    ),
    (
        "Temperatures will range between -3 and -8 degrees.",
        [("between -3 and -8 degrees", -8, -3, "degree", "=", "")],
    ),
    (
        "Temperatures will range from -5C to 2C.",
        [("from -5C to 2C", -5, 2, "degree celsius", "=", "")],
    ),
    (
        "Overnight lows of -3 to -8C are expected.",
        [("-3 to -8C", -8, -3, "degree celsius", "=", "")],
    ),
    (
        "Lows of minus 3 to minus 8 degrees Celsius are expected.",
        [("minus 3 to minus 8 degrees Celsius", -8, -3, "degree celsius", "=", "")],
    ),
    (
        "The economy is seen shrinking by -2% to -4% this year.",
        [("-2% to -4%", -4, -2, "percent", "down", "shrinking by")],
    ),
    # a change verb before "from ... to": the two levels, no range
    (
        "Temperatures rose from -5C to 2C.",
        [("-5C", -5, -5, "degree celsius", "=", ""), ("2C", 2, 2, "degree celsius", "=", "")],
    ),
    (
        "It was 20 degrees C in Rome and 68 degrees F in Boston.",
        [
            ("20 degrees C", 20, 20, "degree celsius", "=", ""),
            ("68 degrees F", 68, 68, "degree fahrenheit", "=", ""),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_negative_ends_make_one_range(text, expected):
    _assert_figures(text, expected)


# --- 3. a rate after what is measured, a formula included ----------------------------------------

RATES = [
    (
        "The plant emits 5 million tonnes of CO2 a year.",
        [("5 million tonnes of CO2 a year", 5e6, 5e6, "tonne per year", "=", "")],
    ),
    (
        "Cars emit 1.2 billion tonnes of CO2-equivalent per year.",
        [
            (
                "1.2 billion tonnes of CO2-equivalent per year",
                1.2e9,
                1.2e9,
                "tonne per year",
                "=",
                "",
            )
        ],
    ),
    (
        "The electrolyser makes 300 tonnes of H2 a day.",
        [("300 tonnes of H2 a day", 300, 300, "tonne per day", "=", "")],
    ),
    (
        "They sold 40 tonnes of H2 in 2021.",
        [("40 tonnes", 40, 40, "tonne", "=", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_a_rate_after_a_formula(text, expected):
    _assert_figures(text, expected)


# --- 4. people counted; 5. crowds in vague words -------------------------------------------------
# Vague amounts are figures here (a range from two to nine of the unit, change "~"): a crowd's
# verb after one says that it counts people, as a verb of harm does.

PEOPLE = [
    (
        "Some 3,000 protesters marched in the capital.",
        [("3,000", 3000, 3000, "protester", "~", "Some")],
    ),
    # the number forecasters expected is of what the figure before counts, not of economists
    (
        "The economy added 250,000 jobs, more than the 200,000 economists had expected.",
        [("250,000", 25e4, 25e4, "job", "up", "added"), ("200,000", 2e5, 2e5, "job", "=", "")],
    ),
    (
        "Some 200,000 economists work in the sector.",
        [("200,000", 2e5, 2e5, "economist", "~", "Some")],
    ),
    ("Thousands marched in Paris.", [("Thousands", 2000, 9000, "person", "~", "")]),
    (
        "Hundreds took to the streets of Tbilisi on Sunday.",
        [("Hundreds", 200, 900, "person", "~", "")],
    ),
    ("Some 3,000 rallied outside parliament.", [("3,000", 3000, 3000, "person", "~", "Some")]),
    ("Several thousand marched.", [("Several thousand", 2000, 9000, "person", "~", "several")]),
    ("Hundreds of people were arrested.", [("Hundreds of people", 200, 900, "person", "~", "")]),
    ("Dozens of drones were shot down.", [("Dozens of", 24, 108, "drone", "~", "")]),
    # no verb of a crowd or of harm: no amount of anything
    ("Thousands were there.", []),
    ("I have told him hundreds of times.", [("hundreds of times", 200, 900, "times", "~", "")]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_and_crowds(text, expected):
    _assert_figures(text, expected)
