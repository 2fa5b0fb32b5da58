"""``extract_figures`` on short texts: each case from the list in issue 6 ("What to build", 1).

Expected values are read off the text by hand: value_low, value_high (scale folded in), unit,
change and hedge.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quantities import COLUMNS, extract_figures

BTU = "USD per million british thermal unit"


def _one(text: str):
    found = extract_figures(text)
    assert len(found) == 1, found[["surface", "value_low", "unit"]].to_dict("records")
    return found.iloc[0]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        # separators and decimals
        ("exports of 1,234,567 tonnes", "1,234,567 tonnes", 1234567, 1234567, "tonne"),
        ("a share of 12.5%", "12.5%", 12.5, 12.5, "percent"),
        ("worth 0.75 dollars", "0.75 dollars", 0.75, 0.75, "USD"),
        # number words
        ("two countries", "two", 2, 2, "country"),
        ("a dozen projects", "a dozen", 12, 12, "project"),
        ("half of the gas", "half", 0.5, 0.5, ""),
        ("one-third of the gas", "one-third", 1 / 3, 1 / 3, ""),
        ("twenty-five tankers", "twenty-five", 25, 25, "tanker"),
        ("one hundred and five wells", "one hundred and five", 105, 105, "well"),
        ("a 9-10% share", "9-10%", 9, 10, "percent"),
        # ranges
        ("9-10% of imports", "9-10%", 9, 10, "percent"),
        ("9\u201310 percent of imports", "9\u201310 percent", 9, 10, "percent"),
        ("cut by a third to a half", "a third to a half", 1 / 3, 0.5, ""),
        ("between a third and a half of the gas", "between a third and a half", 1 / 3, 0.5, ""),
        ("two and three quarters percent", "two and three quarters percent", 2.75, 2.75, "percent"),
        ("from 9 to 10 per cent", "from 9 to 10 per cent", 9, 10, "percent"),
        ("between $5 and $6 billion", "between $5 and $6 billion", 5e9, 6e9, "USD"),
        ("$5-6 billion", "$5-6 billion", 5e9, 6e9, "USD"),
        ("from $60 to $70 per barrel", "from $60 to $70 per barrel", 60, 70, "USD per barrel"),
        # percentages and percentage points
        ("up 2.5 percentage points", "2.5 percentage points", 2.5, 2.5, "percentage point"),
        # money
        ("$1.5bn", "$1.5bn", 1.5e9, 1.5e9, "USD"),
        ("1.5 bln dollars", "1.5 bln dollars", 1.5e9, 1.5e9, "USD"),
        ("\u00a5200 billion", "\u00a5200 billion", 2e11, 2e11, "JPY"),
        ("200 billion yen", "200 billion yen", 2e11, 2e11, "JPY"),
        ("3 trillion rubles", "3 trillion rubles", 3e12, 3e12, "RUB"),
        ("3 trillion roubles", "3 trillion roubles", 3e12, 3e12, "RUB"),
        ("\u20ac40 million", "\u20ac40 million", 4e7, 4e7, "EUR"),
        ("40 million euros", "40 million euros", 4e7, 4e7, "EUR"),
        ("RUB 5 bln", "RUB 5 bln", 5e9, 5e9, "RUB"),
        ("$70 a barrel", "$70 a barrel", 70, 70, "USD per barrel"),
        # energy units
        ("55 bcm", "55 bcm", 55e9, 55e9, "cubic metre"),
        ("55 billion cubic metres", "55 billion cubic metres", 55e9, 55e9, "cubic metre"),
        ("10 million tonnes per year", "10 million tonnes per year", 1e7, 1e7, "tonne per year"),
        ("13 mtpa", "13 mtpa", 13e6, 13e6, "tonne per year"),
        ("500,000 barrels per day", "500,000 barrels per day", 5e5, 5e5, "barrel per day"),
        ("1.2 million bpd", "1.2 million bpd", 1.2e6, 1.2e6, "barrel per day"),
        ("a 1,200 MW plant", "1,200 MW", 1200, 1200, "megawatt"),
        ("4.8 GW of capacity", "4.8 GW", 4.8, 4.8, "gigawatt"),
        ("20 billion kWh", "20 billion kWh", 2e10, 2e10, "kilowatt-hour"),
        # "m" after digits: millions before a counted noun or after a decimal, else metres
        ("1.5m barrels", "1.5m barrels", 1.5e6, 1.5e6, "barrel"),
        ("3m people", "3m people", 3e6, 3e6, "person"),
        ("the 100m final", "100m", 100, 100, "metre"),
        ("he is 1.8m tall", "1.8m", 1.8, 1.8, "metre"),
        # UK press and temperatures
        ("inflation hit 5pc", "5pc", 5, 5, "percent"),
        ("it was 30C", "30C", 30, 30, "degree celsius"),
        # a range written with a hyphen between number words
        ("in five-seven years", "five-seven years", 5, 7, "year"),
        ("a 45-year-old man", "45-year", 45, 45, "year"),
        # a smaller unit after the first
        ("he is 5 feet 2 inches tall", "5 feet 2 inches", 5 + 2 / 12, 5 + 2 / 12, "foot"),
        (
            "thirteen dollars and forty-five cents",
            "thirteen dollars and forty-five cents",
            13.45,
            13.45,
            "USD",
        ),
        # a scale or unit joined with hyphens
        ("a $5.5-billion deal", "$5.5-billion", 5.5e9, 5.5e9, "USD"),
        ("a 5-million-tonne plant", "5-million-tonne", 5e6, 5e6, "tonne"),
        # ratios
        ("one in five adults", "one in five", 0.2, 0.2, "adult"),
        ("two out of three", "two out of three", 2 / 3, 2 / 3, ""),
        ("between 150 and 200 staff", "between 150 and 200", 150, 200, "staff"),
        ("a 3/4 share", "3/4", 0.75, 0.75, ""),
        # a number next to a year is still a figure when it has a unit or a currency
        ("2019 tonnes", "2019 tonnes", 2019, 2019, "tonne"),
        ("$2019", "$2019", 2019, 2019, "USD"),
        # a multiplier written as one word, as with a hyphen or digits
        ("exports rose tenfold", "tenfold", 10, 10, "times"),
        ("a threefold rise", "threefold", 3, 3, "times"),
        ("a 3-fold rise", "3-fold", 3, 3, "times"),
    ],
)
def test_reads_value_and_unit(text, surface, low, high, unit):
    row = _one(text)
    start = text.index(surface)
    assert (row.start, row.end, row.surface) == (start, start + len(surface), surface)
    assert row.value_low == pytest.approx(low) and row.value_high == pytest.approx(high)
    assert row.unit == unit


@pytest.mark.parametrize(
    ("text", "change", "hedge"),
    [
        ("almost 9-10%", "~", "almost"),
        ("about 40 tankers", "~", "about"),
        ("around 40 tankers", "~", "around"),
        ("nearly 40 tankers", "~", "nearly"),
        ("roughly 40 tankers", "~", "roughly"),
        ("some 40 tankers", "~", "some"),
        ("up to 40 tankers", "<", "up to"),
        ("less than 40 tankers", "<", "less than"),
        ("under 40 tankers", "<", "under"),
        ("more than 40 tankers", ">", "more than"),
        ("over 40 tankers", ">", "over"),
        ("at least 40 tankers", ">", "at least"),
        ("exports rose by 5%", "up", "rose by"),
        ("exports fell by 5%", "down", "fell by"),
        ("exports fell 5%", "down", "fell"),
        ("a 5% increase in exports", "up", ""),
        ("exports rose to 5%", "=", ""),  # a level, not a change
        ("500 tankers or more", ">", "or more"),
        ("we increased drilling operations by 30 percent", "up", ""),  # the verb of the clause
        ("exports were 9 percent more than in 2014", "up", ""),
        ("unemployment dropped by almost three percentage points", "~", "dropped by almost"),
        # "up"/"down" ending another verb is no change; on its own, or after "was", it is one
        ("gas made up 40% of the country's exports", "=", ""),
        ("gas makes up 40% of exports", "=", ""),
        ("the bill would free up about $200 million", "~", "about"),
        ("they signed up 300 new clients", "=", ""),
        ("Japan shut down 5 reactors", "=", ""),
        ("oil prices picked up 3%", "up", "up"),
        ("output was up 5%", "up", "was up"),
        ("prices were down 3%", "down", "were down"),
        ("exports shot up 12%", "up", "up"),
        # "more" after a bare count is a further one unless compared; "higher" education
        ("I have two more proposals", "=", ""),
        ("103 higher education institutions", "=", ""),
        ("we built 300 more schools than planned", "up", ""),
        ("we had 17,500 fewer deaths", "down", ""),
        # an exact cue after "by" ("by just", "by a total of") yields to the clause's verb
        (
            "OPEC+ will cut output in 2024 by an aggregate of 3.66 million",
            "down",
            "an aggregate of",
        ),
        ("they raised spending by a total of $5 billion", "up", "a total of"),
        ("they raised spending by just 2%", "up", "just"),
        ("the deal is worth a total of $5 billion", "=", "a total of"),
        ("it was paid by a total of 300 firms", "=", "a total of"),
    ],
)
def test_reads_change_and_hedge(text, change, hedge):
    row = _one(text)
    assert (row.change, row.hedge) == (change, hedge)


@pytest.mark.parametrize(
    "text",
    [
        "February 14",  # dates
        "TOKYO, February 14. /TASS/.",
        "on 14 February",
        "World February 14, 8:04",  # a time
        "in 2019",  # a year standing alone
        "2019",
        "the 1990s",
        "Sakhalin-2",  # numbers inside names
        "the Sakhalin-2 LNG project",
        "Power of Siberia-2",
        "G7 and G20 leaders",
        "COVID-19",
        "Su-57 and S-400",
        "Nord Stream 2",
        "Article 15 of the treaty",
        "the 21st century",  # an ordinal used as a name
        "1. The first point",  # list markers
        "2) The second point",
        "version 192.168.1.2",
        "on 14.02.2019",
        "one of the key elements",  # 'one' as a pronoun
        "in the first half of the year",
        "in the third quarter",
        "Formula One",
        "which is November, 20",
        "scheduled for 28\u201330 June",
        "on September 3\u20135, 2000",
        "the 60 th anniversary",
        "Chelsea won 3-1",
        "six-party talks and a two-way meeting",
        "thousands were there, in their hundreds",  # a vague amount needs "of" or a unit
        "in 2002 to 2003",
        "the iPhone 12 and Windows 10",
        "No 10 Downing Street",
        "since 9/11, open 24/7",
        "in Q3 2021 and FY2021",
        "by 0900 GMT",
        "at 10 pm",
        "manifold problems, a tenfolder",
        "the Superjet 100 short-range passenger aircraft",  # a name's number counts no noun
        "Primorye 1 and Primorye 2 international transport corridors",
        "Nord Stream 2 aims to deliver gas",  # "aims" is the name's verb, not a counted noun
        "Sakhalin 2 supplies the Japanese market",
        "mining the 200 millionth tonne of coal",  # an ordinal, not 200 and a millionth
        "the 5-millionth car",
        "opened between May 13 and 20, in late May",  # the second day of a date
        "on June 3, 5 or 7",
        "we focused our 2017 audits on",  # a year after a possessive, not a count of audits
    ],
)
def test_not_a_figure(text):
    assert extract_figures(text).empty


def test_levels_of_a_change_share_the_unit():
    found = extract_figures("the share went up from 76 to 88 percent")
    # two levels, not a range: the verb governs "from ... to"
    assert found[["value_low", "value_high", "unit"]].values.tolist() == [
        [76.0, 76.0, "percent"],
        [88.0, 88.0, "percent"],
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("20 countries", "country"),  # counted nouns are made singular, like unit names
        ("5 companies", "company"),
        ("300 people", "person"),
        ("4 branches", "branch"),
        ("12 aircraft", "aircraft"),
        ("6 children", "child"),
        ("30 new oil fields", "field"),  # up to two words before the noun
        ("the 440 operable nuclear reactors worldwide", "reactor"),
        ("from all four Russian export terminals", "terminal"),
        ("the EU 27 member states agreed", "state"),  # after a name: counts when no verb
        ("he plans 5 visits to the region", "visit"),
        ("over two million Russians contacted the hotline", "Russian"),  # people by origin
        ("four Palestinians were killed", "Palestinian"),
        ("we have 3 more important tasks", "task"),  # "more" counts what follows
        ("we have 3 such important tasks", ""),  # a word of grammar in between
        ("5 were then sold buildings", ""),
    ],
)
def test_counted_noun_is_the_unit(text, unit):
    assert _one(text).unit == unit


def test_offsets_slice_the_text():
    text = "Japan receives almost 9-10% of all imported LNG, up to $5 billion a year, 55 bcm."
    found = extract_figures(text)
    assert list(found.columns) == COLUMNS
    assert all(text[r.start : r.end] == r.surface for r in found.itertuples())
    assert found["surface"].tolist() == ["9-10%", "$5 billion a year", "55 bcm"]


def test_empty_text_gives_empty_frame_with_columns():
    found = extract_figures("")
    assert found.empty and list(found.columns) == COLUMNS


def test_rejects_non_text():
    with pytest.raises(TypeError, match="expected str"):
        extract_figures(None)  # type: ignore[arg-type]


def test_frame_types():
    found = extract_figures("5 tonnes")
    assert isinstance(found, pd.DataFrame)
    assert found.dtypes["value_low"] == "float64" and found.dtypes["start"] == "int64"


_PIECES = [
    *"0123456789 ,.-\u2013%$\u20ac\u00a3\u00a5/:+abcdefghijklmnoprstuvwxyz\n\u0130\u00bd",
    "one",
    "two",
    "half",
    "million",
    " bn",
    " to ",
    " and ",
    "between ",
    "about ",
    "more than ",
    "February ",
    " percent",
    " bcm",
    " rubles",
    "Sakhalin-",
    " in ",
    " feet ",
    " dollars ",
    "\u00b2",  # a superscript two: a digit to str.isdigit, not to the scanner
    "1e99",
    "^99",
    " out of ",
    " 3/4",
    "1.5m",
    "9" * 30,
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_text_gives_consistent_rows(text):
    # property: whatever the text, rows slice it exactly and ranges are ordered
    found = extract_figures(text)
    for row in found.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.surface
        assert row.value_low <= row.value_high
        assert row.change in {"=", "~", "<", ">", "up", "down"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit (and scale) written once after the last item of a list (Kremlin sentences)
        (
            "in some regions we received only 6, 5, 4 or even 3 percent",
            [(6, "percent"), (5, "percent"), (4, "percent"), (3, "percent")],
        ),
        ("it took five, six or seven years", [(5, "year"), (6, "year"), (7, "year")]),
        ("it was 8 or 9 billion rubles", [(8e9, "RUB"), (9e9, "RUB")]),
        ("maybe eight or nine billion euros", [(8e9, "EUR"), (9e9, "EUR")]),
        ("two or three thousand tourists", [(2e3, "tourist"), (3e3, "tourist")]),
        ("a 10, 20, or even 30 percent gap", [(10, "percent"), (20, "percent"), (30, "percent")]),
        ("700,000 or 1 million tonnes", [(7e5, "tonne"), (1e6, "tonne")]),  # written in full
        # no list: a comma alone, ", and" after a lone number, a bigger number, a half
        ("Of the 120, 30 percent were new", [(120, ""), (30, "percent")]),
        ("children under 18, and 151,000 pregnant women", [(18, ""), (151_000, "woman")]),
        ("5,000 or 6 million tonnes", [(5000, ""), (6e6, "tonne")]),
        ("a year and a half or two years ago", [(0.5, ""), (2, "year")]),
    ],
)
def test_a_list_shares_the_unit_written_after_it(text, expected):
    rows = extract_figures(text)
    assert list(zip(rows.value_low, rows.unit, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On May 5, 20 percent of workers", [(20, "percent")]),  # a unit: no second day
        ("On February 14 and 20 tankers arrived", [(20, "tanker")]),
        # "by X to Y": the change and the level it reached, not a range from X to Y
        ("raise the age by eight years to 63", [(8, "year"), (63, "")]),
        ("rose by 5 to 7 percent", [(5, "percent")]),  # the unit written once: a range
        # a fraction in words, then "to" a number: the share and the level, no range
        (
            "exports slumped by roughly a quarter to 62 billion cubic metres",
            [(0.25, ""), (62e9, "cubic metre")],
        ),
        ("Exports fell by a third to 40 bcm.", [(1 / 3, ""), (40e9, "cubic metre")]),
        ("Profits rose by half to $3 billion.", [(0.5, ""), (3e9, "USD")]),
        ("sales rose by two-thirds to 1.2 million units", [(2 / 3, ""), (1.2e6, "unit")]),
        ("a quarter and a half", [(0.25, ""), (0.5, "")]),  # two fractions, not their sum
        ("followed by a third round of talks", []),  # an ordinal
    ],
)
def test_a_day_a_change_and_a_level_are_told_apart(text, expected):
    rows = extract_figures(text)
    assert list(zip(rows.value_low, rows.unit, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal range with a hyphen, read like one with an en dash
        ("GDP is forecast to grow 1.5-2% in 2023.", [("1.5-2%", 1.5, 2, "percent", "up")]),
        ("It costs $1.5-2 billion.", [("$1.5-2 billion", 1.5e9, 2e9, "USD", "=")]),
        (
            "Iran produces about 3.2-3.4 million b/d.",
            [("3.2-3.4 million b/d", 3.2e6, 3.4e6, "barrel per day", "~")],
        ),
        ("the 14.02.2019 meeting, version 1.2.3", []),  # still a date and a version
        # phone numbers with en dashes are no ranges
        ("Contact telephone numbers: +7\u2013495\u2013606\u201329\u201311.", []),
        ("Requests can be faxed to +7 (495) 606\u20139000.", []),
        # a percentage change, then "to" a bare level; "by" a count, then "to" a level
        (
            "The MOEX index fell 1.2% to 3,050.",
            [("1.2%", 1.2, 1.2, "percent", "down"), ("3,050", 3050, 3050, "", "=")],
        ),
        (
            "The death toll rose by 12 to 57.",
            [("12", 12, 12, "", "up"), ("57", 57, 57, "", "=")],
        ),
        ("jobs were cut by 10 to 15 thousand", [("10 to 15 thousand", 1e4, 1.5e4, "", "down")]),
        ("grew 2% to 3%", [("2% to 3%", 2, 3, "percent", "up")]),
        # a month, a comma and a number with its unit: no date; one verb for a list of changes
        (
            "Output rose 2% in January, 3% in February.",
            [("2%", 2, 2, "percent", "up"), ("3%", 3, 3, "percent", "up")],
        ),
        (
            "Prices rose 0.5% m/m and 7.4% y/y.",
            [("0.5%", 0.5, 0.5, "percent", "up"), ("7.4%", 7.4, 7.4, "percent", "up")],
        ),
        (
            "Imports fell 3% year-on-year, and 2% of them were oil.",
            [("3%", 3, 3, "percent", "down"), ("2%", 2, 2, "percent", "=")],
        ),
        ("By December, 20 countries had joined.", [("20", 20, 20, "country", "=")]),
        # change verbs of wire copy, and an addition between the verb and the number
        ("The ruble weakened 1.5%.", [("1.5%", 1.5, 1.5, "percent", "down")]),
        ("Exports rebounded 12% in June.", [("12%", 12, 12, "percent", "up")]),
        ("Tariffs will go up by another 4 percent.", [("4 percent", 4, 4, "percent", "up")]),
        ("Another 500 troops were sent.", [("500", 500, 500, "troops", "=")]),
        ("one plant, and another one to be completed", []),  # "another one": a pronoun
        ("I will not let another 1998 happen", []),
        # a gas price per tcm is per thousand cubic metres; a volume in tcm is trillions
        (
            "Prices reached $1,900/tcm.",
            [("$1,900/tcm", 1900, 1900, "USD per thousand cubic metre", "=")],
        ),
        ("reserves of 1.2 tcm of gas", [("1.2 tcm", 1.2e12, 1.2e12, "cubic metre", "=")]),
        # a glued scale, then a unit that carries it
        ("China imported 10.5mn t of coal.", [("10.5mn t", 1.05e7, 1.05e7, "tonne", "=")]),
        ("Approximately 9.6\u20139.7\u20139.5 trillion rubles", []),  # no "1 trillion"
        # the later numbers of a list of names' numbers are names too
        ("Nord Stream 1 and 2 were damaged.", []),
        ("Sakhalin-1 and 2 projects", []),
        ("Units 3, 4 and 5 were built", []),
        ("On February 14 and 20 tankers arrived", [("20", 20, 20, "tanker", "=")]),
        # currencies of the region, written as words
        ("Turkey paid 20 billion lira.", [("20 billion lira", 2e10, 2e10, "TRY", "=")]),
        ("3 billion Egyptian pounds", [("3 billion Egyptian pounds", 3e9, 3e9, "EGP", "=")]),
        # counted nouns: compounds of "men", after a model's designation, of a total
        ("14 servicemen had been killed", [("14", 14, 14, "serviceman", "=")]),
        ("Turkey bought four S-400 systems", [("four", 4, 4, "system", "=")]),
        (
            "United Russia won 343 of the 450 seats.",
            [("343", 343, 343, "seat", "="), ("450", 450, 450, "seat", "=")],
        ),
        # multiples: "a factor of", "twice"; a temperature below zero
        (
            "Investment increased by a factor of five.",
            [("a factor of five", 5, 5, "times", "up")],
        ),
        ("Trade increased twice.", [("twice", 2, 2, "times", "up")]),
        ("They meet twice a year.", [("twice a year", 2, 2, "times per year", "=")]),
        ("would make any aggressor think twice", []),
        ("twice Hero of the Soviet Union", []),
        ("It fell to 40 degrees below zero.", [("40 degrees below zero", -40, -40, "degree", "=")]),
        # a verb or a counted noun left out of the second clause
        (
            "Exports fell 10%, imports 4%.",
            [("10%", 10, 10, "percent", "down"), ("4%", 4, 4, "percent", "down")],
        ),
        (
            "Prices rose 5%, reaching 4% of GDP.",
            [("5%", 5, 5, "percent", "up"), ("4%", 4, 4, "percent", "=")],
        ),
        (
            "Two soldiers were killed and three wounded.",
            [("Two", 2, 2, "soldier", "="), ("three", 3, 3, "soldier", "=")],
        ),
        # exchange rates: the currency named before, per the one after
        (
            "The ruble weakened to 75.3 per dollar.",
            [("75.3 per dollar", 75.3, 75.3, "RUB per USD", "=")],
        ),
        (
            "The yuan was at 7.3 to the dollar.",
            [("7.3 to the dollar", 7.3, 7.3, "CNY per USD", "=")],
        ),
        (
            "The euro rose to 1.08 against the dollar.",
            [("1.08 against the dollar", 1.08, 1.08, "USD per EUR", "=")],
        ),
        ("they sold 5 per dollar spent", [("5", 5, 5, "", "=")]),
        # each item with its currency, the scale written once
        (
            "Tariffs of $5, $10 and $15 billion",
            [
                ("$5", 5e9, 5e9, "USD", "="),
                ("$10", 1e10, 1e10, "USD", "="),
                ("$15 billion", 1.5e10, 1.5e10, "USD", "="),
            ],
        ),
        (
            "he paid $500 and $2 billion",
            [("$500", 500, 500, "USD", "="), ("$2 billion", 2e9, 2e9, "USD", "=")],
        ),
    ],
)
def test_wire_copy_figures(text, expected):
    _assert_figures(text, expected)


def _assert_figures(text: str, expected: list[tuple]) -> None:
    """The figures of ``text`` are ``expected``: (surface, low, high, unit, change) each."""
    rows = extract_figures(text)
    got = [(r.surface, r.value_low, r.value_high, r.unit, r.change) for r in rows.itertuples()]
    assert len(got) == len(expected), got
    for (surface, low, high, unit, change), want in zip(got, expected, strict=True):
        assert (surface, unit, change) == (want[0], want[3], want[4])
        assert (low, high) == (pytest.approx(want[1]), pytest.approx(want[2]))


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit", "hedge"),
    [
        # vague amounts: two to nine of the unit, approximate
        ("Hundreds of troops were killed.", "Hundreds of", 200, 900, "troops", ""),
        (
            "Tens of thousands of people fled.",
            "Tens of thousands of people",
            2e4,
            9e4,
            "person",
            "",
        ),
        ("hundreds of thousands died", "hundreds of thousands", 2e5, 9e5, "person", ""),
        ("hundreds of millions of dollars", "hundreds of millions of dollars", 2e8, 9e8, "USD", ""),
        ("tens of billions of rubles", "tens of billions of rubles", 2e10, 9e10, "RUB", ""),
        ("Dozens of people were detained.", "Dozens of people", 24, 108, "person", ""),
        ("several hundred applications", "several hundred", 200, 900, "application", "several"),
        ("A few thousand soldiers", "A few thousand", 2000, 9000, "soldier", "a few"),
        ("several thousand tonnes of oil", "several thousand tonnes", 2e3, 9e3, "tonne", "several"),
    ],
)
def test_vague_amounts_are_approximate_ranges(text, surface, low, high, unit, hedge):
    row = _one(text)
    assert (row.surface, row.unit, row.hedge, row.change) == (surface, unit, hedge, "~")
    assert (row.value_low, row.value_high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addition after "by": the verb before it gives the direction
        (
            "OPEC+ agreed on Sunday to cut output by a further 1.16 million bpd from May.",
            [("1.16 million bpd", 1.16e6, 1.16e6, "barrel per day", "down")],
        ),
        (
            "The central bank raised rates by an additional 2 percentage points.",
            [("2 percentage points", 2, 2, "percentage point", "up")],
        ),
        # "lost" before people counted is a count, not a fall; before a percentage it is a fall
        (
            "Zelenskiy said Ukraine had lost 31,000 soldiers in two years of war.",
            [("31,000", 31000, 31000, "soldier", "="), ("two years", 2, 2, "year", "=")],
        ),
        (
            "Exports fell 10%, imports lost 4%.",
            [("10%", 10, 10, "percent", "down"), ("4%", 4, 4, "percent", "down")],
        ),
        # a fraction after "by", in a headline's title case too; not "by a third party"
        ("Oil exports rise by a third as prices jump.", [("a third", 1 / 3, 1 / 3, "", "up")]),
        ("Oil Exports Rise By A Third As Prices Jump.", [("A Third", 1 / 3, 1 / 3, "", "up")]),
        ("Russia Cuts Gas Flows To Europe By Half.", [("Half", 0.5, 0.5, "", "down")]),
        ("The talks were postponed by a third party.", []),
        ("The Group Of Seven met By One Account.", []),
        # a maker's model and variant is no range
        ("A Boeing 737-800 operated by Ukraine International Airlines crashed.", []),
        ("Gazprom plans 100-150 new wells.", [("100-150", 100, 150, "well", "=")]),
        # what stands between a number and what it counts: a model, a country's initials, "more"
        (
            "India bought 48 Su-30MKI fighters and ordered 26 Rafale-M jets for its navy.",
            [("48", 48, 48, "fighter", "="), ("26", 26, 26, "jet", "=")],
        ),
        ("Poland ordered 250 Abrams M1A2 tanks.", [("250", 250, 250, "tank", "=")]),
        (
            "The Pentagon said roughly 2,500 U.S. troops remain in Iraq.",
            [("2,500", 2500, 2500, "troops", "~")],
        ),
        ("The EU is targeting 74 more shadow fleet vessels.", [("74", 74, 74, "vessel", "=")]),
        ("Gazprom shipped 5 more cargoes to China.", [("5", 5, 5, "cargo", "=")]),
        (
            "The attack killed two people, wounding four others.",
            [("two people", 2, 2, "person", "="), ("four", 4, 4, "person", "=")],
        ),
        ("We have almost two more years to go.", [("two", 2, 2, "year", "~")]),
        # a unit left out after "and ... of" or "quota of", at the same scale
        (
            "The draft budget foresees revenues of 40.3 trillion roubles and spending of 41.5 "
            "trillion.",
            [
                ("40.3 trillion roubles", 40.3e12, 40.3e12, "RUB", "="),
                ("41.5 trillion", 41.5e12, 41.5e12, "RUB", "="),
            ],
        ),
        (
            "Nigeria produced 1.32 million barrels a day, below its OPEC quota of 1.5 million.",
            [
                ("1.32 million barrels a day", 1.32e6, 1.32e6, "barrel per day", "="),
                ("1.5 million", 1.5e6, 1.5e6, "barrel per day", "="),
            ],
        ),
        (  # another scale, or a counted noun of its own: no unit passed on
            "Russia has a population of 146 million and GDP of $1.5 trillion.",
            [("146 million", 146e6, 146e6, "", "="), ("$1.5 trillion", 1.5e12, 1.5e12, "USD", "=")],
        ),
    ],
)
def test_review_of_wire_sentences(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # currencies: a prefix, a word after a scale, crowns by country, lakh crore
        (
            "TSMC posted revenue of NT$625.5 billion.",
            [("NT$625.5 billion", 625.5e9, 625.5e9, "TWD", "=")],
        ),
        (
            "Samsung's operating profit fell 78% to 2.4 trillion won ($1.8 billion).",
            [
                ("78%", 78, 78, "percent", "down"),
                ("2.4 trillion won", 2.4e12, 2.4e12, "KRW", "="),
                ("$1.8 billion", 1.8e9, 1.8e9, "USD", "="),
            ],
        ),
        ("The team won 3 games.", [("3", 3, 3, "game", "=")]),  # "won" is a verb here
        (
            "The fund holds 1.4 trillion Norwegian crowns.",
            [("1.4 trillion Norwegian crowns", 1.4e12, 1.4e12, "NOK", "=")],
        ),
        ("Revenue rose to ₹1.05 lakh crore.", [("₹1.05 lakh crore", 1.05e12, 1.05e12, "INR", "=")]),
        ("Profits were 4.1 billion SEK.", [("4.1 billion SEK", 4.1e9, 4.1e9, "SEK", "=")]),
        # exchange rates after another figure, and of currencies named by a word
        (
            "The yen slipped 0.4% to 151.70 per dollar.",
            [
                ("0.4%", 0.4, 0.4, "percent", "down"),
                ("151.70 per dollar", 151.7, 151.7, "JPY per USD", "="),
            ],
        ),
        (
            "Argentina devalued the peso by 54% to 800 per dollar.",
            [("54%", 54, 54, "percent", "down"), ("800 per dollar", 800, 800, "ARS per USD", "=")],
        ),
        (
            "Brazil's real strengthened to 4.90 per dollar.",
            [("4.90 per dollar", 4.9, 4.9, "BRL per USD", "=")],
        ),
        # a percentage "to" a bare number is a change and a level, whatever the verb
        (
            "Sales ticked 3% to 900 units.",
            [("3%", 3, 3, "percent", "="), ("900", 900, 900, "unit", "=")],
        ),
        ("Growth of 3 to 5% is expected.", [("3 to 5%", 3, 5, "percent", "up")]),
        # a negative level is no fall; a signed change in brackets is
        (
            "The Bank of Japan kept rates at minus 0.1%.",
            [("minus 0.1%", -0.1, -0.1, "percent", "=")],
        ),
        ("Yields fell to -0.05% in 2020.", [("-0.05%", -0.05, -0.05, "percent", "=")]),
        ("GDP grew (-2.1%) in the quarter.", [("-2.1%", -2.1, -2.1, "percent", "down")]),
        # "over" a period is the time taken, unless it is more than one
        (
            "Microsoft will invest A$5 billion over two years.",
            [("A$5 billion", 5e9, 5e9, "AUD", "="), ("two years", 2, 2, "year", "=")],
        ),
        ("Over 20 years have passed since then.", [("20 years", 20, 20, "year", ">")]),
        ("He is over thirty years old.", [("thirty years", 30, 30, "year", ">")]),
        # "shot down" is no change; the part counts the whole's noun
        (
            "The army said it shot down 31 of 36 drones.",
            [("31", 31, 31, "drone", "="), ("36", 36, 36, "drone", "=")],
        ),
        # a change verb before an adjective of the rate, and one verb for a list after "from"
        ("Japan's economy shrank an annualised 2.1%.", [("2.1%", 2.1, 2.1, "percent", "down")]),
        (
            "GDP grew 4.9% in the third quarter from a year earlier and 1.3% q/q.",
            [("4.9%", 4.9, 4.9, "percent", "up"), ("1.3%", 1.3, 1.3, "percent", "up")],
        ),
        # units: TEU, dwt, troy ounces, pps, a fraction of a unit, 1.5x
        ("The vessel carries 24,000 TEU.", [("24,000 TEU", 24000, 24000, "TEU", "=")]),
        (
            "The tankers total 50 million dwt.",
            [("50 million dwt", 50e6, 50e6, "deadweight tonne", "=")],
        ),
        (
            "Silver rose to $24.10 per troy ounce.",
            [("$24.10 per troy ounce", 24.1, 24.1, "USD per ounce", "=")],
        ),
        ("Rates have risen by 4.5 pps.", [("4.5 pps", 4.5, 4.5, "percentage point", "up")]),
        (
            "Mortgage rates rose by a quarter of a percentage point.",
            [("a quarter of a percentage point", 0.25, 0.25, "percentage point", "up")],
        ),
        ("Freight rates are 1.5x higher than a year ago.", [("1.5x", 1.5, 1.5, "times", "up")]),
        # an index's number, and who expected a number, are not what it counts
        ("The S&P 500 rose 1.2%.", [("1.2%", 1.2, 1.2, "percent", "up")]),
        (
            "It added 199,000 jobs, more than the 180,000 economists had expected.",
            [("199,000", 199000, 199000, "job", "up"), ("180,000", 180000, 180000, "job", "=")],
        ),
    ],
)
def test_review_of_market_and_macro_sentences(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit with a scale of its own ("million tonnes", "billion cubic metres") is written
        # once for both ends only when the first has no scale of its own
        (
            "Exports rose from 5.1 million to 5.6 million tonnes.",
            [("5.1 million", 5.1e6, 5.1e6, "tonne", "="), ("5.6 million tonnes", 5.6e6, 5.6e6, "tonne", "=")],
        ),
        (
            "Imports rose from 3.2 billion to 3.9 billion cubic metres.",
            [("3.2 billion", 3.2e9, 3.2e9, "cubic metre", "="),
             ("3.9 billion cubic metres", 3.9e9, 3.9e9, "cubic metre", "=")],
        ),
        (
            "Exports rose from 700,000 to 1.4 million tonnes.",
            [("700,000", 7e5, 7e5, "tonne", "="), ("1.4 million tonnes", 1.4e6, 1.4e6, "tonne", "=")],
        ),
        (
            "Exports rose from 5.1 to 5.6 million tonnes.",
            [("5.1", 5.1e6, 5.1e6, "tonne", "="), ("5.6 million tonnes", 5.6e6, 5.6e6, "tonne", "=")],
        ),
        (
            "Shipments were between 5 million and 6 million tonnes.",
            [("between 5 million and 6 million tonnes", 5e6, 6e6, "tonne", "=")],
        ),
        (
            "Exports were 5.1 million to 5.6 million tonnes.",
            [("5.1 million to 5.6 million tonnes", 5.1e6, 5.6e6, "tonne", "=")],
        ),
        # the level reached, written before the level it started from
        (
            "Output rose to 9.5 million from 9.1 million bpd.",
            [("9.5 million", 9.5e6, 9.5e6, "barrel per day", "="),
             ("9.1 million bpd", 9.1e6, 9.1e6, "barrel per day", "=")],
        ),
        # numbers of documents and models, before a noun they seem to count
        ("NATO's Article 5 commits all 32 allies.", [("32", 32, 32, "ally", "=")]),
        ("Resolution 2231 lapses in October.", []),
        ("Section 232 tariffs of 25% on steel remain.", [("25%", 25, 25, "percent", "=")]),
        (
            "Germany pledged 18 Leopard 2 tanks.",
            [("18", 18, 18, "tank", "=")],  # the model's 2 is no figure; 18 counts tanks
        ),
        # people counted by what befell them, without the word "people"
        (
            "The strikes killed 45 people and wounded 120 others.",
            [("45 people", 45, 45, "person", "="), ("120", 120, 120, "person", "=")],
        ),
        ("Israeli strikes killed 32 and wounded dozens.",
         [("32", 32, 32, "person", "="), ("dozens", 24, 108, "person", "~")]),
        ("Dozens were killed in the strike.", [("Dozens", 24, 108, "person", "~")]),
        ("Thousands fled.", [("Thousands", 2000, 9000, "person", "~")]),
        ("Thousands were there.", []),
        ("The attack killed 5% of the herd.", [("5%", 5, 5, "percent", "=")]),
        # a poll's or a rate's points are percentage points; an index's are its own
        (
            "Trump leads Biden by 2 points, 46% to 44%, a poll showed.",
            [("2 points", 2, 2, "percentage point", "="), ("46%", 46, 46, "percent", "="),
             ("44%", 44, 44, "percent", "=")],
        ),
        (
            "The unemployment rate fell 0.3 point to 3.9%.",
            [("0.3 point", 0.3, 0.3, "percentage point", "down"), ("3.9%", 3.9, 3.9, "percent", "=")],
        ),
        (
            "The Dow fell 300 points, or 0.9%.",
            [("300", 300, 300, "point", "down"), ("0.9%", 0.9, 0.9, "percent", "down")],
        ),
        # the part counts the whole's noun, in words too, and after a possessive
        (
            "Two of the three units at the plant remain offline.",
            [("Two", 2, 2, "unit", "="), ("three", 3, 3, "unit", "=")],
        ),
        (
            "Drones damaged two of the plant's four power units.",
            [("two", 2, 2, "unit", "="), ("four", 4, 4, "unit", "=")],
        ),
        # "topped" is "more than"
        ("The national debt topped $34 trillion.", [("$34 trillion", 34e12, 34e12, "USD", ">")]),
    ],
)  # fmt: skip
def test_a_third_review_of_wire_sentences(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a margin is no negative
        (
            "Revenue of $32.5 billion, plus or minus 2%, is expected.",
            [("$32.5 billion", 32.5e9, 32.5e9, "USD", "="), ("2%", 2, 2, "percent", "~")],
        ),
        ("The margin is \u00b13%.", [("3%", 3, 3, "percent", "~")]),
        # an index's points, even beside a percentage; a sentence ends at a full stop, not at
        # the point of "2.7%"
        (
            "The Baltic Dry Index rose 45 points, or 2.7%, to 1,712 points.",
            [("45", 45, 45, "point", "up"), ("2.7%", 2.7, 2.7, "percent", "up"),
             ("1,712", 1712, 1712, "point", "=")],
        ),
        # hyphenated rates
        ("The ECB announced a 25-basis-point cut.", [("25-basis-point", 25, 25, "basis point", "down")]),
        ("He won by a 1.5-percentage-point margin.",
         [("1.5-percentage-point", 1.5, 1.5, "percentage point", "=")]),
        # temperatures with a space before C or F, or a word
        ("Temperatures plunged to minus 20 C.", [("minus 20 C", -20, -20, "degree celsius", "=")]),
        ("Highs of 40 C (104 F) are expected.",
         [("40 C", 40, 40, "degree celsius", "="), ("104 F", 104, 104, "degree fahrenheit", "=")]),
        ("Group C won 3 games.", [("3", 3, 3, "game", "=")]),
        ("Next week 30 C-class ambulances arrive.", [("30", 30, 30, "ambulance", "=")]),
        # African currencies, and a peso or shilling of no country
        ("KSh 1.2 trillion was allocated.", [("KSh 1.2 trillion", 1.2e12, 1.2e12, "KES", "=")]),
        ("GH\u00a2 12 billion was raised.", [("GH\u00a2 12 billion", 12e9, 12e9, "GHS", "=")]),
        ("The deficit is 1.9 trillion pesos.",
         [("1.9 trillion pesos", 1.9e12, 1.9e12, "peso", "=")]),
        # a price per tonne written "/t"
        ("Aluminium fell to $2,210/t.", [("$2,210/t", 2210, 2210, "USD per tonne", "=")]),
        # a share of a point of a rate is of a percentage point
        (
            "The Fed cut rates by a quarter point to 4.5%.",
            [("a quarter point", 0.25, 0.25, "percentage point", "down"),
             ("4.5%", 4.5, 4.5, "percent", "=")],
        ),
        ("The bank raised rates by half a point.",
         [("half a point", 0.5, 0.5, "percentage point", "up")]),
        ("A third party paid.", []),
        # an earthquake's magnitude, written with a hyphen or as M5.2; codes stay codes
        ("A magnitude-6.4 quake and an M5.2 aftershock hit.",
         [("6.4", 6.4, 6.4, "", "="), ("5.2", 5.2, 5.2, "", "=")]),
        ("COVID-19 spread. The Su-57 flew. The M4 motorway closed.", []),
        # grain prices in eighths
        (
            "Wheat rose 12-1/4 cents to $5.81-1/2 a bushel.",
            [("12-1/4 cents", 12.25, 12.25, "cent", "up"),
             ("$5.81-1/2 a bushel", 5.815, 5.815, "USD per bushel", "=")],
        ),
        # a count per acre, per woman
        ("Yields of 183.1 bushels per acre.", [("183.1", 183.1, 183.1, "bushel per acre", "=")]),
        ("It is 5 tonnes per hectare.", [("5 tonnes per hectare", 5, 5, "tonne per hectare", "=")]),
        # a glued "m" before a noun of two words is a million: "300m smartphone owners"
        ("There are 300m smartphone owners.", [("300m", 3e8, 3e8, "owner", "=")]),
        ("A 50m swimming pool opened.", [("50m", 50, 50, "metre", "=")]),
        # digits grouped by spaces: not a model's number or a telephone number
        ("Boeing won orders for 40 737 MAX jets.", [("40", 40, 40, "", "=")]),
        ("Call 0800 123 456 or 020 7946 0958 now.", []),
        ("The ship carried 40 737 tons of grain.", [("40 737 tons", 40737, 40737, "tonne", "=")]),
    ],
)  # fmt: skip
def test_a_fourth_review_of_wire_sentences(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change by X, after a verb and its object, and the level it reached: no range X..Y
        (
            "The IEA cut its 2024 oil demand growth forecast by 100,000 bpd to 1.1 million bpd.",
            [("100,000 bpd", 1e5, 1e5, "barrel per day", "down"),
             ("1.1 million bpd", 1.1e6, 1.1e6, "barrel per day", "=")],
        ),
        (
            "The ministry raised the export duty by $5 to $40 per tonne.",
            [("$5", 5, 5, "USD per tonne", "up"), ("$40 per tonne", 40, 40, "USD per tonne", "=")],
        ),
        (
            "The government increased the quota by 10,000 tonnes to 60,000 tonnes.",
            [("10,000 tonnes", 1e4, 1e4, "tonne", "up"), ("60,000 tonnes", 6e4, 6e4, "tonne", "=")],
        ),
        ("Output rose by 5% to 7%.", [("5% to 7%", 5, 7, "percent", "up")]),  # one size: a range
        # a price that leaves out its "per", compared or linked with the one before
        (
            "Asian spot LNG prices eased to $11.80 per mmBtu this week from $12.50 last week.",
            [("$11.80 per mmBtu", 11.8, 11.8, BTU, "="), ("$12.50", 12.5, 12.5, BTU, "=")],
        ),
        (
            "The EU capped Russian diesel at $100 a barrel and fuel oil at $45.",
            [("$100 a barrel", 100, 100, "USD per barrel", "="),
             ("$45", 45, 45, "USD per barrel", "=")],
        ),
        (
            "The company earned 95 cents a share, beating expectations of 88 cents.",
            [("95 cents a share", 95, 95, "cent per share", "="),
             ("88 cents", 88, 88, "cent per share", "=")],
        ),
        (  # a total of another scale is no price
            "Brent rose to $80 a barrel and Exxon paid $45 billion.",
            [("$80 a barrel", 80, 80, "USD per barrel", "="),
             ("$45 billion", 45e9, 45e9, "USD", "=")],
        ),
        # a bare number compared with a count, or the level a change in points reached
        (
            "Qatar shipped 12 LNG cargoes to Europe in May, up from nine a year earlier.",
            [("12", 12, 12, "cargo", "="), ("nine", 9, 9, "cargo", "=")],
        ),
        (
            "Fewer than 10 tankers loaded in May, compared with 25 in April.",
            [("10", 10, 10, "tanker", "<"), ("25", 25, 25, "tanker", "=")],
        ),
        (
            "The Dow fell 475.86 points, or 1.4%, to 33,002.38.",
            [("475.86", 475.86, 475.86, "point", "down"), ("1.4%", 1.4, 1.4, "percent", "down"),
             ("33,002.38", 33002.38, 33002.38, "point", "=")],
        ),
        (  # "from" alone is no comparison, and a multiple has no noun
            "A list named 100 specialists from 10 organisations. Output grew 10 times: from "
            "800,000 a day to 8.5 million.",
            [("100", 100, 100, "specialist", "="), ("10", 10, 10, "organisation", "="),
             ("10 times", 10, 10, "times", "up"), ("800,000", 8e5, 8e5, "", "="),
             ("8.5 million", 8.5e6, 8.5e6, "", "=")],
        ),
    ],
)  # fmt: skip
def test_a_fifth_review_of_wire_sentences(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate before a clause ("a year before it was damaged"); "than a year before." dates
        (
            "Nord Stream 1 carried around 55 bcm a year before it was damaged.",
            [("55 bcm a year", 55e9, 55e9, "cubic metre per year", "~")],
        ),
        (
            "Russia has supplied 20 bcm a year since 2014.",
            [("20 bcm a year", 20e9, 20e9, "cubic metre per year", "=")],
        ),
        ("Output was 10% higher than a year before.", [("10%", 10, 10, "percent", "up")]),
        # a house number is no figure
        ("The talks took place at 10 Downing Street.", []),
        ("Google is based at 1600 Amphitheatre Parkway.", []),
        ("He lives at 55 Tverskaya St. in Moscow.", []),
        ("They sold 40 properties on Oxford Street.", [("40", 40, 40, "property", "=")]),
    ],
)  # fmt: skip
def test_rates_and_addresses_of_the_fifth_review(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # uranium is weighed in pounds: a weight, even after a scale word, and so is the
        # figure compared with it
        (
            "The US imported 4.1 million pounds of uranium from Russia, down from 5.8 million pounds.",
            [("4.1 million pounds", 4.1e6, 4.1e6, "pound", "="),
             ("5.8 million pounds", 5.8e6, 5.8e6, "pound", "=")],
        ),
        ("It bought 5 million lbs of U3O8.", [("5 million lbs", 5e6, 5e6, "pound", "=")]),
        # money stays money
        (
            "Revenue was 361 million pounds, up from 300 million pounds.",
            [("361 million pounds", 361e6, 361e6, "GBP", "="),
             ("300 million pounds", 300e6, 300e6, "GBP", "=")],
        ),
    ],
)  # fmt: skip
def test_pounds_of_a_good_weighed_in_pounds_are_a_weight(text, expected):
    _assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's age between commas is no figure (Kremlin corpus, sixth review)
        ("The President spoke with Ivan Zavarzin, 18, who leapt down from the fourth floor.", []),
        ("The president, 71, has ruled since 2003.", []),
        # a count between commas after a verb stays a figure
        ("We have, let us say, 40, so we will assign one deputy per two regions.",
         [("40", 40, 40, "", "="), ("two", 2, 2, "region", "=")]),
    ],
)  # fmt: skip
def test_an_age_between_commas_after_a_person_is_no_figure(text, expected):
    _assert_figures(text, expected)
