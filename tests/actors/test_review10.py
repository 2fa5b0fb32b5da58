"""Review 10: role nominals with a country (``the Russian top diplomat``), a message's sender,
places inside company names, transcript notes, and fifteen new stories from many beats with the
speaker of each quote written by hand."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.quotes import find_quotes, find_turns
from tests.actors.conftest import documents
from tests.conftest import cpu_seconds


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


_INTERVIEW = (
    "Interview: the minister on gas prices\n\n"
    "Reuters spoke to Deputy Prime Minister Alexander Novak in Moscow.\n\n"
    "Q: Will prices rise this winter?\n\n"
    "A: No. We have enough reserves and the storage is full.\n\n"
    "Q: What about exports to Europe?\n\n"
    "A: They will continue under the existing contracts, and we see no reason to change that.\n\n"
    "Note: The interview has been edited for length and clarity."
)


def test_an_interviews_answers_are_the_interviewees_and_a_note_is_nobodys():
    turns = find_turns(documents(_INTERVIEW))
    assert turns[["label", "speaker"]].values.tolist() == [
        ["Q", ""],
        ["A", "Alexander Novak"],
        ["Q", ""],
        ["A", "Alexander Novak"],
    ]
    assert turns["text"].iloc[-1].endswith("no reason to change that.")  # not the note


def test_answers_stay_nobodys_when_two_persons_are_named_before():
    text = _INTERVIEW.replace("in Moscow", "and Sergei Lavrov in Moscow")
    assert set(find_turns(documents(text))["speaker"]) == {""}


def test_editors_notes_and_corrections_end_a_turn_and_are_no_speakers():
    text = (
        "Putin holds talks with Tokayev\n\n"
        "Vladimir Putin: Good afternoon, friends. I am glad to see you in Moscow again.\n\n"
        "Kassym-Jomart Tokayev: Thank you, Mr President. Our relations are developing well.\n\n"
        "Editor\u2019s note: This transcript was corrected on March 3 to fix a quote.\n\n"
        "Correction: An earlier version misspelled the name of the minister of energy."
    )
    turns = find_turns(documents(text))
    assert turns["speaker"].tolist() == ["Vladimir Putin", "Kassym-Jomart Tokayev"]
    assert turns["text"].iloc[-1] == "Thank you, Mr President. Our relations are developing well."


def test_many_editors_notes_are_read_in_linear_time():
    def text(n: int) -> str:
        return "Talk\n\n" + "".join(
            f"Vladimir Putin: words said here by him.\n\nNote: n{i}\n\nQ: a question?\n\n"
            for i in range(n)
        )

    small, large = documents(text(500)), documents(text(4000))
    assert (
        cpu_seconds(lambda: find_turns(large)) < 12 * cpu_seconds(lambda: find_turns(small)) + 0.05
    )


def _mentioned(text: str) -> list[tuple[str, str]]:
    found = find_mentions(documents(text))
    return [
        (text[s:e], a)
        for s, e, a in zip(found["start"], found["end"], found["actor_id"], strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan Airlines said it would resume flights.", [("Japan Airlines", "japan-airlines")]),
        ("Shares of Japan Tobacco and Japan Post fell, The Japan Times reported.", []),
        ("Air China and China Southern Airlines added routes.", [("Air China", "air-china")]),
        (
            "Bank of China and the University of Tokyo signed a deal.",
            [("Bank of China", "bank-of-china")],
        ),
        ("Korea Electric Power and Indian Oil signed contracts.", []),
        ("Uzbekistan Airways and Brazil Foods signed deals.", []),
        # the state's own bodies and titles stay the country
        ("The Japan Coast Guard said so.", [("Japan", "japan")]),
        ("Money went to the Central Bank of Belarus.", [("Belarus", "belarus")]),
        (
            "Russian Energy Minister Alexander Novak spoke.",
            [("Russian", "russia"), ("Alexander Novak", "alexander-novak")],
        ),
        ("The Japan Energy Summit opened in Tokyo.", [("Japan", "japan"), ("Tokyo", "japan")]),
    ],
)
def test_a_place_inside_a_company_name_is_no_mention_of_it(text, expected):
    assert _mentioned(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a police rank is a title, not a name's word
            'Detective Constable Liam Oakes said the sentence sent "a clear message" to anyone.',
            [["Liam Oakes", "said"]],
        ),
        (  # "United boss": a title, not the club's name completed from the text
            "Rovers beat Ashford United.\n\n"
            '"It was never a penalty, not in a million years," said United boss Gary Pollard.',
            [["Gary Pollard", "said"]],
        ),
        (  # somebody of a person's whom the text does not name
            'Detective Liam Oakes said "we will find you all".\n\n'
            'Hendry\'s barrister said his client was "deeply ashamed of what he did".',
            [["Liam Oakes", "said"], ["", "hendry's barrister said"]],
        ),
        (  # an owner is no speaker: "Doreen's daughter Karen"
            "Doreen Matthews was attacked at home.\n\n"
            "Doreen's daughter Karen, 51, said outside court: \"Mum has not slept properly "
            'since."',
            [["", "said"]],
        ),
        (  # a verb after "and" shares the subject of the verb before it
            'Rovers manager Kate Hollis praised her side\'s "character and patience" and said '
            'the result "means everything to this group".',
            [["Kate Hollis", "praised"], ["Kate Hollis", "said"]],
        ),
    ],
)
def test_titles_owners_and_shared_subjects(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "with X saying": the one named before the participle
            "OPEC+ kept output unchanged, with Russian Deputy Prime Minister Alexander Novak "
            'saying the market remained "fragile and easily spooked".',
            [["Alexander Novak", "saying"]],
        ),
        (  # two asides between a name and a verb that quotes its words
            "Prof Rowan Fielding, of the National Oceanography Centre, who was not involved in "
            'the work, called it "careful and sobering". "The trend is unambiguous," he said.',
            [["Rowan Fielding", "called"], ["Rowan Fielding", "he said"]],
        ),
        (  # a role after a place's possessive, then the name in apposition
            "Scotland's Net Zero Secretary, Gillian Martin, welcomed the announcement. "
            '"Projects like this show that the transition creates jobs," she said.',
            [["Gillian Martin", "she said"]],
        ),
        (  # "her predecessor, X, once described": X
            "Her predecessor, Marcos Tavares, once described her as \u201ca technocrat with no "
            "heart\u201d.",
            [["Marcos Tavares", "described"]],
        ),
        (  # a few words quoted inside the writer's sentence are not the next quote's speaker's
            "The Guardian gave it four stars, praising a \u201cferociously intelligent\u201d "
            "performance by Nadia Osei. \u201cMy hands were shaking all night long,\u201d Osei "
            "said.",
            [["Nadia Osei", "said"]],
        ),
    ],
)
def test_participles_asides_and_partial_quotes(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a person's role is no body that spoke before
            "Downing Street said the prime minister had \u201cfull confidence\u201d in her.\n\n"
            "The chief whip told MPs: \u201cIf you vote against this, don\u2019t expect the party "
            "to remember you kindly.\u201d",
            [["Downing Street", "said"], ["", "the chief whip told MPs"]],
        ),
        (  # "X herself is ...": X opens the sentence, and "she" is X
            'Detective Liam Oakes said "we will find whoever did this".\n\n'
            "Doreen Matthews was attacked at home. Doreen herself is determined not to be driven "
            'out. "This is my home," she said.',
            [["Liam Oakes", "said"], ["Doreen Matthews", "she said"]],
        ),
        (  # a lower-case word of a title: "project director"
            '"It was the most challenging site we have worked on," said Van Oord project '
            "director Pieter de Vries.",
            [["Pieter de Vries", "said"]],
        ),
        (  # "Hungary's foreign minister", unnamed, is "the minister" after it: nobody
            'Kaja Kallas said Russia was "not serious about peace at all".\n\n'
            "Hungary's foreign minister has again criticised EU sanctions. Speaking in Budapest, "
            'the minister said the measures had "hurt Europe more than Russia".',
            [["Kaja Kallas", "said"], ["", "the minister said"]],
        ),
        (  # a role before an apposed name with a post-nominal; kin before an apposed name
            'Counsel for the regulator, Jonathan Crow KC, had argued that "responsibility does '
            'not disappear with a share sale". Her mother, Laura Cole, said the council had '
            '"stopped listening years ago".',
            [["Jonathan Crow", "argued"], ["Laura Cole", "said"]],
        ),
        (  # a judge's title before a surname completed from the full name
            "Lady Justice Moira Kendal gave the lead judgment on Thursday.\n\n"
            '"Parliament could have said so. It did not," Lady Justice Kendal wrote.',
            [["Moira Kendal", "wrote"]],
        ),
        (  # "The company's chief executive, X,": X, not the last speaker
            '"This is the supercycle everyone has been waiting for," said Greg Roh.\n\n'
            "The company's chief executive, Lee Sang-ho, told shareholders in a letter that the "
            'firm would "not repeat the mistakes of 2019".',
            [["Greg Roh", "said"], ["Lee Sang-ho", "told"]],
        ),
    ],
)
def test_roles_names_and_apposition_from_the_second_review_round(text, expected):
    assert _speakers(text) == expected
