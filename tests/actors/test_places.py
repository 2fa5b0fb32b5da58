"""A place's name inside another name, a demonym for a person or a language, and parties' names
shared between countries: each case from a review of 30 news stories from many beats (2026-12),
or the Kremlin corpus, reduced to the sentence that shows it."""

import pytest

from analysis.actors import find_mentions
from tests.actors.conftest import documents


def _pairs(text: str) -> list[tuple[str, str]]:
    found = find_mentions(documents(text))
    return list(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's name that is a given name, after a lower-case word of office: a person
        ("Former Liverpool captain Jordan Henderson said Arsenal looked complete.", []),
        # after a function word it is still the country, then its president
        ("The President of India Pranab Mukherjee arrived.", [("India", "india")]),
    ],
)
def test_a_given_name_after_a_word_of_office_is_a_person(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a US senator is "of" a state; so is the governor of one
        ("Senator Dana Whitfield of Georgia, a Democrat, voted in favor.", []),
        ("Georgia Gov. Brian Kemp signed it.", []),
        ("Georgia's President Salome Zourabichvili spoke.", [("Georgia", "georgia")]),
        # a city's mayor or governor is the city's, not the government its capital stands for
        (
            "Moscow Mayor Sergei Sobyanin met the Governor of Tokyo.",
            [("Sergei Sobyanin", "sergei-sobyanin")],
        ),
        # a Governor General is the country's
        ("The Governor General of Canada read it.", [("Canada", "canada")]),
        # a body's name before its office keeps its country
        ("Central Bank of Kenya Governor Kamau Thugge spoke.", [("Kenya", "kenya")]),
    ],
)
def test_an_office_of_a_city_or_state_names_no_country(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital before a capitalised word is another name, not the government
        ("Shares fell in Amsterdam, while Tokyo Electron dropped 4.4% in Tokyo.", [
            ("Amsterdam", "netherlands"), ("Tokyo", "japan"),
        ]),
        ("The Minsk Agreements were signed. Schools in the Moscow Region opened.", []),
        # but not before a title, a name of the dictionary, a date or an acronym
        (
            "In Moscow President Putin met Moscow Kremlin staff. Tokyo Monday, Moscow LNG.",
            [
                ("Moscow", "russia"), ("President Putin", "vladimir-putin"),
                ("Moscow", "russia"), ("Kremlin", "kremlin"), ("Tokyo", "japan"),
                ("Moscow", "russia"),
            ],
        ),
        # a country's name opens a company's name with its legal form
        ("It bought glass from Taiwan Glass Industry Corp for next year.", []),
        # and stays the country before its own bodies and before acronyms
        ("The Japan Coast Guard said so. US LNG exports rose. The Israel Police said so.", [
            ("Japan", "japan"), ("US", "united-states"), ("Israel", "israel"),
        ]),
        # a hyphenated pair names both countries
        ("The Russia-Kazakhstan Interregional Forum opened.", [
            ("Russia", "russia"), ("Kazakhstan", "kazakhstan"),
        ]),
    ],
)  # fmt: skip
def test_a_place_opening_a_longer_name_is_no_mention(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Confederation of British Industry called it unworkable.", []),
        ("The Federation of German Industries met.", []),
        # after "of the" a new name starts: the country stays
        (
            "The Primate of the Russian Orthodox Church spoke.",
            [("Russian", "russia")],
        ),
        ("Talks with the British Prime Minister went well.", [("British", "united-kingdom")]),
    ],
)
def test_a_demonym_inside_a_body_s_name_is_no_mention(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of its phrase: a person
        ('"I need to see it again," the Italian said.', []),
        ("The Belarusian, who lost last year's final, will face Gauff.", []),
        ("The 19-year-old Russian's serve failed.", []),
        ("He looks like a Russian, but he is not.", []),
        # or a language
        ("She said in Spanish through an interpreter.", []),
        ("He asked his question in Russian. The President replied.", []),
        # an adjective before its noun, or in a list, is the country
        ("The Italian government and the Russian side agreed.", [
            ("Italian", "italy"), ("Russian", "russia"),
        ]),
        ("The Russian, Chinese and Indian leaders met.", [
            ("Russian", "russia"), ("Chinese", "china"), ("Indian", "india"),
        ]),
        ("Demand in Russian gas markets fell.", [("Russian", "russia")]),
        # "the Japanese", "the French": a country's side, not one person
        ("The Japanese said they would respond.", [("Japanese", "japan")]),
        ("The technology used on the terminal is Russian.", [("Russian", "russia")]),
    ],
)  # fmt: skip
def test_a_demonym_for_a_person_or_a_language_is_no_mention(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story about Chile: its Republican Party is not the US one
        (
            "Polls closed across Chile, in the run-off between Kast, of the Republican Party, "
            "and Jara.",
            [("Chile", "chile"), ("Kast", "jose-antonio-kast")],
        ),
        ("Chile's Republican Party won the vote.", [("Chile", "chile")]),
        ("Putin met the leader of the Democratic Party of Japan.", [
            ("Putin", "vladimir-putin"), ("Japan", "japan"),
        ]),
        # a Russian story: the Liberal Democratic Party is Zhirinovsky's, not Japan's
        ("The Liberal Democratic Party won seats in the State Duma.", [("State Duma", "state-duma")]),
        # where the document names the United States, or a person of it, they are the US parties
        ("Republicans and Democrats in the US Congress agreed.", [
            ("Republicans", "republican-party-us"), ("Democrats", "democratic-party-us"),
            ("US Congress", "us-congress"),
        ]),
        ("Trump said the Democratic Party had lost its way.", [
            ("Trump", "donald-trump"), ("Democratic Party", "democratic-party-us"),
        ]),
    ],
)  # fmt: skip
def test_a_party_is_the_party_of_the_country_the_document_names(text, expected):
    assert _pairs(text) == expected
