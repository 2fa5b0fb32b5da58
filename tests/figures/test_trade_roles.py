"""The source and recipient of a trade figure, from the actors of its sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import figures


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return list(
        zip(found["surface"], found["relation"], found["source"], found["recipient"], strict=True)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the seed's headline fact: the subject imports, "from" names the source
            "Japan receives almost 9-10% of all imported LNG, which is one of the key elements "
            "of the country's energy balance, from Sakhalin-2.",
            [("9-10%", "import_share", "Sakhalin-2", "Japan")],
        ),
        ("Russia exported 200 bcm of gas to Europe.", [("200 bcm", "export", "Russia", "Europe")]),
        (
            "Gazprom supplied 150 bcm of gas to Germany.",
            [("150 bcm", "supply", "Gazprom", "Germany")],
        ),
        ("Japan buys 8% of its LNG from Russia.", [("8%", "import", "Russia", "Japan")]),
        # no trade, or no actor in the sentence: no roles
        (
            "Russia produced 534 million tonnes of oil.",
            [("534 million tonnes", "production", "", "")],
        ),
        ("Exports rose 5%.", [("5%", "export", "", "")]),
        # the roles of the figure's own clause; the object of "supplies ... with"
        (
            "Exports to India rose about 10% to around 1.7 million bpd of oil, while exports to "
            "China fell about 5%.",
            [
                ("10%", "export", "", "India"),
                ("1.7 million bpd", "export", "", "India"),
                ("5%", "export", "", "China"),
            ],
        ),
        (
            "Turkmenistan supplies China with roughly 30-35 bcm of gas annually.",
            [("30-35 bcm of gas annually", "supply", "Turkmenistan", "China")],
        ),
        (  # an importer's purchase "of Russian crude": the source
            "China imported 10.3 million tonnes of Russian crude in May.",
            [("10.3 million tonnes", "import", "Russia", "China")],
        ),
        (  # "of US oil imports": the importer, not a source
            "Russian oil supplies could amount to more than 10% of US oil imports.",
            [("10%", "import", "Russia", "United States")],
        ),
        (  # "supply Russian gas": a demonym after the verb is no recipient
            "Gazprom signed an agreement to supply Russian gas to China.",
            [],
        ),
    ],
)
def test_a_trade_figure_names_its_source_and_recipient(text, expected):
    assert _roles(text) == expected


def test_each_figure_takes_the_source_nearest_after_it():
    text = "Japan imported 6 Mt of LNG from Australia and 2 Mt from Qatar."
    assert _roles(text) == [
        ("6 Mt", "import", "Australia", "Japan"),
        ("2 Mt", "import", "Qatar", "Japan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trader named before a trade noun, or after "imports of"
        (
            "Russian gas exports to China reached 22.7 bcm.",
            [("22.7 bcm", "export", "Russia", "China")],
        ),
        (
            "China's imports of Russian crude rose 8%.",
            [("8%", "import", "Russia", "China")],
        ),
        # a modal or a plan between the subject and its verb of trade
        ("Kazakhstan is set to export 10 Mt of oil.", [("10 Mt", "export", "Kazakhstan", "")]),
        (
            "Gazprom plans to supply 38 bcm of gas to China.",
            [("38 bcm", "supply", "Gazprom", "China")],
        ),
    ],
)
def test_traders_named_as_adjectives_or_before_a_plan(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia exported 47.5 million tonnes of wheat last season.",
        "Egypt bought 480,000 tons of wheat from Russia.",
        "Exports of Russian copper rose 12% to 600,000 tonnes.",
    ],
)
def test_trade_in_grain_and_metals_is_no_energy_trade(text):
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert len(found) >= 1 and not found["energy_trade"].any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every form of a verb of trade, after a modal, "to" or "is", gives the trade and its
        # direction: the subject of sell/ship/send/deliver is the source (review #9, #49)
        (
            "Qatar will ship 2 million tonnes of LNG to Germany.",
            [("2 million tonnes", "export", "Qatar", "Germany")],
        ),
        (
            "Qatar will send 2 million tonnes of LNG to Germany.",
            [("2 million tonnes", "export", "Qatar", "Germany")],
        ),
        (
            "Qatar is delivering 2 million tonnes of LNG to Germany.",
            [("2 million tonnes", "supply", "Qatar", "Germany")],
        ),
        (
            "Qatar ships 2 million tonnes of LNG to Germany.",
            [("2 million tonnes", "export", "Qatar", "Germany")],
        ),
        ("Russia will sell 5 bcm of gas to China.", [("5 bcm", "supply", "Russia", "China")]),
        # ... and of buy/get/take/receive/purchase the recipient (review #55, #101, #130)
        (
            "China will buy 2 million barrels a day of Russian oil.",
            [("2 million barrels a day", "import", "Russia", "China")],
        ),
        (
            "Serbia gets nearly 90% of its gas from Russia via TurkStream.",
            [("90%", "import", "Russia", "Serbia")],
        ),
        ("Japan took 8 cargoes of U.S. LNG.", [("8", "import", "United States", "Japan")]),
        ("Egypt will receive 60 LNG cargoes this year.", [("60", "import", "", "Egypt")]),
        (
            "Germany will purchase 2 million tonnes of LNG from Qatar.",
            [("2 million tonnes", "import", "Qatar", "Germany")],
        ),
        (  # review #92: the verb, not the pipeline, says which way the oil goes
            "Germany will receive up to 100,000 tonnes of Kazakh oil through the Druzhba pipeline.",
            [("100,000 tonnes", "import", "Kazakhstan", "Germany")],
        ),
        (  # one subject, two verbs: each figure goes the way of its own verb
            "Russia is exporting 3 bcm of gas and importing 1.7 bcm.",
            [("3 bcm", "export", "Russia", ""), ("1.7 bcm", "import", "", "Russia")],
        ),
    ],
)
def test_every_form_of_a_verb_of_trade_gives_its_direction(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # what a verb of trade takes that is no amount traded keeps the relation of its cues
        ("Rosneft bought a 5% stake in the oil field.", "investment"),
        ("Gazprom will sell 3,900 natural gas vehicles this year.", "other"),
        ("Gazprom has pumped 72 bcm of gas into its underground storage.", "reserves"),
    ],
)
def test_a_verb_of_trade_takes_only_an_amount_traded(text, relation):
    assert [r for _, r, _, _ in _roles(text)] == [relation]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "exports/shipments/deliveries/supplies of [adjective] X": the adjective's country is
        # the source (review #41, #98, #113, #115)
        (
            "Exports of Russian diesel to Brazil surged to 6.1 million tonnes.",
            [("6.1 million tonnes", "export", "Russia", "Brazil")],
        ),
        (
            "Shipments of U.S. LNG to Asia could rise to 30 million tonnes.",
            [("30 million tonnes", "export", "United States", "Asia")],
        ),
        (
            "Deliveries of Norwegian gas to the UK averaged 70 mcm/d.",
            [("70 mcm/d", "export", "Norway", "United Kingdom")],
        ),
        (
            "Supplies of Russian oil to China could be raised by 2.5 million tonnes per year.",
            [("2.5 million tonnes per year", "supply", "Russia", "China")],
        ),
        # ... and the amount "of [adjective] X" that a verb of export takes (review #89, #117)
        (
            "The Druzhba pipeline carries about 250,000 bpd of Russian crude to Hungary.",
            [("250,000 bpd", "export", "Russia", "Hungary")],
        ),
        (
            "Some 400,000 tonnes of Russian naphtha were shipped to Asia in August.",
            [("400,000 tonnes", "export", "Russia", "Asia")],
        ),
        # the agent after "by" of an import is the importer (review #5, #78, #119)
        (
            "Russian LNG imports by the EU reached 17.8 million tonnes.",
            [("17.8 million tonnes", "import", "Russia", "European Union")],
        ),
        ("Imports of Qatari LNG by China rose 18%.", [("18%", "import", "Qatar", "China")]),
        (
            "Niger accounts for about a quarter of the uranium imported by France.",
            [("a quarter", "import", "Niger", "France")],
        ),
        # ... of a supply the supplier (review #94)
        (
            "Nearly 70% of the gas that Slovakia consumes is supplied by Gazprom.",
            [("70%", "supply", "Gazprom", "")],
        ),
        # "X's deliveries from Y": X receives them (review #54)
        (
            "Moldova's gas deliveries from Gazprom were cut to 5.7 mcm a day.",
            [("5.7 mcm a day", "export", "Gazprom", "Moldova")],
        ),
        # a share "of" a country's demand, or a country as a place, is no source
        (
            "Gas deliveries from Russia cover 43 percent of Italian demand.",
            [("43 percent", "export", "Russia", "")],
        ),
        (
            "The gas pipeline will stretch across 3,000 kilometres of Russia.",
            [("3,000 kilometres", "supply", "", "")],
        ),
    ],
)
def test_noun_phrases_name_the_source_and_the_importer(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # actors named together all take the role, joined like the actors column (review #26,
        # #58, #111, #128)
        (
            "Britain imported 23.8 TWh of power from Norway and France combined.",
            [("23.8 TWh", "import", "Norway; France", "United Kingdom")],
        ),
        (
            "Ukraine's electricity imports from Slovakia, Hungary, Romania and Poland hit 28,000 MWh.",
            [("28,000 MWh", "import", "Slovakia; Hungary; Romania; Poland", "Ukraine")],
        ),
        (
            "Sweden exported 33.7 TWh of power, mostly to Finland, Denmark and Germany.",
            [("33.7 TWh", "export", "Sweden", "Finland; Denmark; Germany")],
        ),
        (
            "Germany and Austria together received 8 bcm of Russian pipeline gas.",
            [("8 bcm", "import", "Russia", "Germany; Austria")],
        ),
        # a comma alone makes no list: the speaker after it is no recipient
        ("Exports of gas to Germany rose 5%, Russia said.", [("5%", "export", "", "Germany")]),
    ],
)
def test_actors_named_together_share_the_role(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a plan or a deal to trade, or of a change in its trade (review #8,
        # #33, #45)
        (
            "QatarEnergy signed a deal to supply 4 million tonnes of LNG to Sinopec.",
            [("4 million tonnes", "supply", "QatarEnergy", "Sinopec")],
        ),
        (
            "Gazprom plans to raise gas exports to China to 38 bcm.",
            [("38 bcm", "export", "Gazprom", "China")],
        ),
        (
            "Azerbaijan will double gas exports to the EU to at least 20 bcm.",
            [
                ("double", "export", "Azerbaijan", "European Union"),
                ("20 bcm", "export", "Azerbaijan", "European Union"),
            ],
        ),
        (
            "India has signed a contract to buy 1 million tonnes of LNG from Qatar.",
            [("1 million tonnes", "import", "Qatar", "India")],
        ),
    ],
)
def test_the_subject_of_a_plan_or_deal_to_trade_takes_its_role(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive after the figure, and "bound for" (review #37, #95, #96, #97)
        (
            "The Suezmax loaded about 1 million barrels of Kazakh crude bound for Italy.",
            [("1 million barrels", "export", "Kazakhstan", "Italy")],
        ),
        (
            "About 3 million barrels of Iraqi crude are loaded each day at Basra.",
            [("3 million barrels", "export", "Iraq", "")],
        ),
        (
            "Some 1.6 million tonnes of Australian LNG were delivered to Japan in November.",
            [("1.6 million tonnes", "supply", "Australia", "Japan")],
        ),
        (
            "More than 150,000 barrels a day of Kazakh oil are expected to be sent to Germany.",
            [("150,000 barrels a day", "export", "Kazakhstan", "Germany")],
        ),
        # the subject of a relative clause (review #104)
        (
            "India, which buys around 35% of its crude from Russia, will follow the price cap.",
            [("35%", "import", "Russia", "India")],
        ),
        # "taken into account" is no trade, nor is a passive in the next sentence
        (
            "Russia supplied 30 Mt of oil, or 52 Mt when other deals are taken into account.",
            [("30 Mt", "supply", "Russia", ""), ("52 Mt", "supply", "Russia", "")],
        ),
        (
            "Russia produced 534 Mt of oil. Products were exported.",
            [("534 Mt", "production", "", "")],
        ),
    ],
)
def test_passives_and_relative_clauses_name_the_trade(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose imports a share is of, after "of" and owning them; whence, after "from"
        (
            "Roughly half of Europe's imported diesel came from Russia before the embargo.",
            ("Russia", "Europe"),
        ),
        # the subject of "accounted for" a share of imports is their source
        ("Russia accounted for 40% of EU gas imports in 2021.", ("Russia", "European Union")),
        ("Qatar makes up about a quarter of China's LNG imports.", ("Qatar", "China")),
    ],
)
def test_shares_of_imports_name_whose_imports_and_whence(text, expected):
    found = figures(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    assert tuple(found[["source", "recipient"]].iloc[0]) == expected
