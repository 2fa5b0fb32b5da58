"""Attribution cases from the review probes (/tmp/review_aq): a cue after a quote that ends its
sentence, multi-word titles, unknown names beside titles and companies, spokespersons and unnamed
officials. Each on a short text in the style of English news wires."""

import pytest

from analysis.quotes import find_quotes
from tests.actors.conftest import documents


def _speakers(text):
    return find_quotes(documents(text))[["quote", "speaker", "speaker_actor_id"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "open." ends the sentence: Putin's cue belongs to the next quote only
        (
            'Kishida said "the door remains open." Putin has said Japan is "unfriendly."',
            [
                ["the door remains open.", "Fumio Kishida", "fumio-kishida"],
                ["unfriendly.", "Vladimir Putin", "vladimir-putin"],
            ],
        ),
        (
            'Lavrov told reporters that the sanctions were "a mistake!" Peskov said Moscow '
            'would "respond calmly."',
            [
                ["a mistake!", "Sergei Lavrov", "sergei-lavrov"],
                ["respond calmly.", "Dmitry Peskov", "dmitry-peskov"],
            ],
        ),
        # a quote with no cue before it still takes the cue after it
        (
            '"We will not back down." Lavrov said.',
            [["We will not back down.", "Sergei Lavrov", "sergei-lavrov"]],
        ),
    ],
)
def test_a_cue_after_a_sentence_ending_quote(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # as "the foreign minister said" is Lavrov, "the deputy prime minister said" is Novak
        (
            "Russia is ready, Deputy Prime Minister Alexander Novak said.\n\n"
            '"We are ready," the deputy prime minister said.',
            "Alexander Novak",
            "the deputy prime minister said",
        ),
        (
            "Russia is ready, Deputy Prime Minister Alexander Novak said.\n\n"
            '"We are ready," said the first deputy prime minister.',
            "Alexander Novak",
            "said the first deputy prime minister",
        ),
    ],
)
def test_a_title_of_several_words_is_one_nominal(text, speaker, cue):
    quotes = find_quotes(documents(text))
    assert quotes[["speaker", "cue"]].values.tolist()[-1] == [speaker, cue]


def test_the_deputy_prime_minister_is_not_the_prime_minister():
    text = (
        'Prime Minister Mikhail Mishustin said the budget was sound. "We are ready," the deputy '
        "prime minister said."
    )
    assert _speakers(text)[-1][1] == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "X of Org" names X, not the organisation's words
        (
            'Oil analyst Helima Croft of RBC Capital Markets said the call was "a signal to the '
            'market that the axis is intact."',
            "Helima Croft",
        ),
        # a title is no part of the name
        (
            'Saudi Aramco Chief Executive Amin Nasser said the world was "underinvesting in oil '
            'and gas."',
            "Amin Nasser",
        ),
        ('"We are underinvesting," said Chief Operating Officer John Harris.', "John Harris"),
    ],
)
def test_an_unknown_name_is_the_persons_words_only(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_the_deputy_foreign_minister_is_one_title():
    text = (
        'Deputy Foreign Minister Sergei Ryabkov met Lavrov. "We are ready," the deputy foreign '
        "minister said."
    )
    assert find_quotes(documents(text))[["speaker", "cue"]].values.tolist() == [
        ["Sergei Ryabkov", "the deputy foreign minister said"]
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a company's spokesperson speaks for the company, before the quote as after it
        (
            'A Mitsui spokesperson said in a statement that the company "continues to discuss '
            'the matter with the government."',
            ["Mitsui & Co.", "mitsui"],
        ),
        (
            'A Gazprom spokesman told reporters: "Supplies are going as planned."',
            ["Gazprom", "gazprom"],
        ),
        # somebody unnamed before the quote is still nobody
        ('A senior official said that "talks are going nowhere at the moment."', ["", ""]),
    ],
)
def test_an_unnamed_spokesperson_before_the_quote(text, speaker):
    assert _speakers(text)[0][1:] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the official" is the unnamed one the paragraph introduced, not the minister before
        (
            'Chief Cabinet Secretary Minoru Kihara said: "We have no plans to change our policy."'
            "\n\nA senior official at the ministry, who declined to be named, said the government "
            'had asked JERA for more cargoes. "It\'s a precaution," the official said.',
            ["", ""],
        ),
        # "the spokesman" is the company's spokesman the paragraph introduced
        (
            'Finance Minister Anton Siluanov said: "This is fair."\n\nA Rosneft spokesman said the '
            'company had not been consulted. "We learned about this from the media," the '
            "spokesman told Reuters.",
            ["Rosneft", "rosneft"],
        ),
    ],
)
def test_a_nominal_stands_for_the_unnamed_person_introduced_before_it(text, speaker):
    assert _speakers(text)[-1][1:] == speaker
