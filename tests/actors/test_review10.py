"""Review 10: role nominals with a country (``the Russian top diplomat``), a message's sender,
places inside company names, transcript notes, and fifteen new stories from many beats with the
speaker of each quote written by hand."""

from __future__ import annotations

import pytest

from analysis.quotes import find_quotes
from tests.actors.conftest import documents


def _speakers(text: str) -> list[list[str]]:
    return find_quotes(documents(text))[["speaker", "cue"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a demonym and a role: the person holding the role, named before
            "Sergei Lavrov met Wang Yi in Beijing on Monday.\n\n"
            '"We see no alternative to dialogue," the Russian top diplomat said.',
            [["Sergei Lavrov", "the russian top diplomat said"]],
        ),
        (  # the other country's minister, not the last person named
            "Sergei Lavrov met Wang Yi in Beijing on Monday.\n\n"
            '"We see no alternative to dialogue," the Chinese foreign minister told reporters.',
            [["Wang Yi", "the chinese foreign minister told reporters"]],
        ),
        (  # a possessive place before the role
            "Sergei Lavrov flew to Geneva on Monday.\n\n"
            '"This is simply unacceptable to us," the country\'s top diplomat said.',
            [["Sergei Lavrov", "the country's top diplomat said"]],
        ),
        (  # nobody holding the role is named: nobody, never the country or the president
            "Vladimir Putin spoke in Moscow on Monday.\n\n"
            '"We see no alternative to dialogue," the Russian foreign minister said.',
            [["", "the russian foreign minister said"]],
        ),
    ],
)
def test_a_role_with_a_country_is_the_person_holding_it(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the headline names the recipient first: the sender is who sent it
            "Condolences to Prime Minister of Bangladesh Sheikh Hasina\n\n"
            "Dmitry Medvedev sent his condolences to Prime Minister of Bangladesh Sheikh Hasina "
            "following a fire in Dhaka.\n\nThe message reads, in part:\n\n"
            "\u201cWe were deeply grieved to learn of the fire that has caused much loss of "
            "life.\u201d",
            [["Dmitry Medvedev", "the message reads"]],
        ),
        (  # who carried the message is not its sender
            "Vladimir Putin sent a message to the President of Lithuania. Georgy Poltavchenko "
            "conveyed the message to the Lithuanian President.\n\nThe message said, in part:\n\n"
            "\u201cThe centuries-old history of Russia and Lithuania has different pages.\u201d",
            [["Vladimir Putin", "the message said"]],
        ),
    ],
)
def test_a_message_is_its_senders(text, expected):
    assert _speakers(text) == expected
