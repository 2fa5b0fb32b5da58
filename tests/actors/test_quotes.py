"""Quotations and their speakers: the seed's 12 quotes, counted and attributed by hand, and
short hand-made texts for each cue pattern."""

import pytest

from analysis.quotes import QUOTE_COLUMNS, find_quotes, quote_spans
from tests.actors.conftest import documents

# The seed's quotes in order, read by hand (start of the quoted text, speaker, cue):
SEED_QUOTES = [
    ("There is no doubt", "Taisuke Abiru", "said"),  # "...," said Abiru
    ("two conditions must", "Taisuke Abiru", "in his opinion"),  # In his opinion, "..."
    ("One is a strong", "Taisuke Abiru", "the expert said"),
    ("with the ruling Liberal", "Taisuke Abiru", "the expert adding"),  # ..., adding that "..."
    ("must bear fruit", "Taisuke Abiru", ""),  # no cue: continues into "...," he added
    ("The focus will", "Taisuke Abiru", "he added"),
    ("Until then", "Taisuke Abiru", "believes"),  # "...," Abiru believes
    ("In addition", "Taisuke Abiru", "he said"),
    ("In this way", "Taisuke Abiru", ""),  # no cue: continues the quote before it
    ("the deterioration", "Taisuke Abiru", "the expert noted"),
    ("clumsy steps", "Maria Zakharova", "told reporters"),
    ("point of no return.", "Maria Zakharova", "told reporters"),
]


@pytest.fixture(scope="module")
def seed_quotes(seed_documents, seed_mentions):
    return find_quotes(seed_documents, mentions=seed_mentions)


def test_quotes_table_has_the_documented_columns(seed_quotes):
    assert list(seed_quotes.columns) == QUOTE_COLUMNS


def test_seed_has_twelve_quotes_with_their_speakers_and_cues(seed_quotes):
    found = [
        (quote[: len(start)], speaker, cue)
        for quote, speaker, cue, start in zip(
            seed_quotes["quote"],
            seed_quotes["speaker"],
            seed_quotes["cue"],
            [q[0] for q in SEED_QUOTES],
            strict=True,
        )
    ]
    assert found == SEED_QUOTES


def test_point_of_no_return_is_zakharova(seed_quotes):
    row = seed_quotes[seed_quotes["quote"] == "point of no return."].iloc[0]
    assert (row["speaker_actor_id"], row["speaker"]) == ("maria-zakharova", "Maria Zakharova")


def test_quote_offsets_exclude_the_marks(seed_documents, seed_quotes):
    text = seed_documents["text"].iloc[0]
    assert all(text[s:e] == q for s, e, q in seed_quotes[["start", "end", "quote"]].values)
    assert all(text[s - 1] == '"' for s in seed_quotes["start"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("Curly \u201cquotes\u201d and \u00abguillemets\u00bb.", ["quotes", "guillemets"]),
        ('An "unclosed quote\n\nNext paragraph.', ["unclosed quote"]),
        ('Empty "" marks', []),
    ],
)
def test_quote_spans(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We will go," said Sergei Lavrov.', "Sergei Lavrov", "said"),
        ('"We will go," Lavrov told reporters.', "Sergei Lavrov", "told reporters"),
        ('Sergei Lavrov told reporters that "we will go".', "Sergei Lavrov", "told reporters"),
        ('According to Lavrov, "we will go".', "Sergei Lavrov", "according to"),
        ('"We will go," said John Smith.', "John Smith", "said"),  # not in the dictionary
        (
            'Everyone remembers "the long and difficult road to peace".',
            "",
            "",
        ),  # no cue, no speaker
    ],
)
def test_cues(text, speaker, cue):
    found = find_quotes(documents(text))
    assert found[["speaker", "cue"]].values.tolist() == [[speaker, cue]]


@pytest.mark.parametrize(
    "text",
    ['The weather was "fine".', 'They signed the "Plan of Action" in May.'],
)
def test_short_unattributed_quotes_are_titles_or_scare_quotes_not_quotations(text):
    assert find_quotes(documents(text)).empty


def test_pronoun_takes_the_previous_speaker_not_the_last_name():
    text = '"Yes," said Sergei Lavrov. Talks with Donald Trump went on. "No," he added.'
    assert find_quotes(documents(text))["speaker"].tolist() == ["Sergei Lavrov", "Sergei Lavrov"]


def test_quote_opening_a_paragraph_continues_the_one_before():
    text = 'Sergei Lavrov said: "First part.\n\n"Second part," he added.\n\n"Third part."'
    found = find_quotes(documents(text))
    assert found[["quote", "speaker"]].values.tolist() == [
        ["First part.", "Sergei Lavrov"],
        ["Second part,", "Sergei Lavrov"],
        ["Third part.", "Sergei Lavrov"],
    ]


def test_message_quoted_after_a_colon_paragraph_is_its_senders():
    # the Kremlin's pattern: the first person named sent the message
    text = (
        "Vladimir Putin congratulated Shinzo Abe.\n\n"
        "The message reads, in part:\n\n"
        "\u201cI wish you success.\u201d"
    )
    found = find_quotes(documents(text))
    assert found[["speaker", "cue"]].values.tolist() == [["Vladimir Putin", "the message reads"]]


def test_name_and_colon_introduce_a_quote():
    text = 'John Smith from the Tver Region: "The roads are bad."'
    assert find_quotes(documents(text))[["speaker", "cue"]].values.tolist() == [["John Smith", ":"]]


def test_first_person_narrator_is_not_a_speaker_name():
    assert find_quotes(documents('I said, "Well then."'))["speaker"].tolist() == [""]


def test_a_space_before_the_closing_mark_keeps_the_speaker():
    # The quoted text is trimmed, so its closing mark is not right after it.
    found = find_quotes(documents('"We will go on with this plan, " said Putin.'))
    assert found[["speaker", "cue"]].values.tolist() == [["Vladimir Putin", "said"]]
