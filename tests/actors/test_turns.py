"""Speaking turns of transcripts: the Kremlin sample's turns, and short texts for each kind of
label and for what is no label.

The Kremlin sample's numbers were counted by find_turns (commit 3665c25) and checked by reading:
the 19 distinct labels it accepts (each a speaker's name, or a title and a name), the speakers
of documents 51579, 17864 and 17758 turn by turn, and every candidate it rejects. Three of those
were real labels missed: two titles longer than MAX_LABEL_WORDS (54627's Mohammad bin Salman Al
Saud, 54830's Igor Sechin), found since a label ending in a person of the dictionary may be
longer (95 turns, not 93), and "chairman of Vnesheconombank (VEB) Vladimir Dmitriev", in lower
case and still missed, so its words count in the turn before. The word counts are
``str.split`` counts of the turns.
"""

import pandas as pd
import pytest

from analysis.actors import findings, turn_counts, turn_excerpts
from analysis.charts.actors import turns_by_speaker_bar
from analysis.quotes import TURN_COLUMNS, find_turns
from tests.actors.conftest import documents
from tests.conftest import cpu_seconds


@pytest.fixture(scope="module")
def kremlin_turns(kremlin_documents):
    return find_turns(kremlin_documents)


def _turns(*texts: str) -> list[tuple[str, str, str]]:
    """(label, speaker, first words of the turn) of each turn."""
    found = find_turns(documents(*texts))
    return [(t.label, t.speaker, t.text[:20]) for t in found.itertuples()]


def test_turns_table_has_the_documented_columns(kremlin_turns):
    assert list(kremlin_turns.columns) == TURN_COLUMNS


def test_kremlin_sample_has_95_turns_in_20_transcripts(kremlin_turns):
    # 95 labels in the 20 transcripts, each a speaker; 1 more missed (see the module docstring)
    assert len(kremlin_turns) == 95
    assert kremlin_turns["doc_id"].nunique() == 20
    speakers = kremlin_turns["speaker"].value_counts()
    assert speakers["Vladimir Putin"] == 53
    assert speakers["Alexei Miller"] == 9 and speakers["Igor Sechin"] == 8
    assert speakers["Mohammad bin Salman"] == 1
    assert (kremlin_turns["speaker"] != "").all()  # no Question: or Remark: in the sample


def test_a_meeting_alternates_putin_and_sechin(kremlin_documents, kremlin_turns):
    turns = kremlin_turns[kremlin_turns["doc_id"] == "51579"]
    assert turns["speaker"].tolist() == ["Vladimir Putin", "Igor Sechin"] * 6 + ["Vladimir Putin"]
    first, second = turns.iloc[0], turns.iloc[1]
    assert first["label"] == "President of Russia Vladimir Putin"
    assert second["label"] == "Rosneft President and CEO Igor Sechin"
    assert second["speaker_actor_id"] == "igor-sechin"
    text = kremlin_documents.set_index("doc_id").loc["51579", "text"]
    assert text[first["label_start"] : first["start"]] == "President of Russia Vladimir Putin: "
    assert first["text"].startswith("Mr Sechin, Rosneft is one of Russia’s biggest companies.")
    # a turn runs over paragraphs up to the next label
    assert second["text"].startswith("Thank you, Mr President.\n\nYes, the crisis")
    assert text[second["start"] : second["end"]] == second["text"]
    assert first["end"] < second["label_start"]
    # the transcript's closing "<…>" is no part of the last turn
    assert turns.iloc[-1]["text"] == "Good." and turns.iloc[-1]["words"] == 1


def test_a_speaker_the_dictionary_does_not_know_is_named_as_written(kremlin_turns):
    turns = kremlin_turns[kremlin_turns["doc_id"] == "17864"]
    assert turns["speaker"].tolist()[:4] == [
        "Vladimir Putin",
        "Vladimir Putin",
        "Vladimir Dmitriev",
        "Vladimir Putin",
    ]
    dmitriev = turns[turns["speaker"] == "Vladimir Dmitriev"]
    assert len(dmitriev) == 5 and (dmitriev["speaker_actor_id"] == "").all()
    morsi = kremlin_turns[
        kremlin_turns["label"] == "President of Egypt Mohamed Morsi (retranslated)"
    ]
    assert morsi["speaker"].tolist() == ["Mohamed Morsi"]


TRANSCRIPT = (
    "Meeting with the Governor\n\n"
    "Vladimir Putin met with Governor of the Tver Region Igor Rudenya.\n\n"
    "Vladimir Putin: Mr Rudenya, how are things in the region? I would like to stress: the "
    "harvest matters.\n\n"
    "Igor Rudenya: Mr President, the harvest was good this year, thank you.\n\n"
    "Second paragraph of the governor's answer.\n\n"
    "Question: Will you visit the region again soon?\n\n"
    "* * *\n\n"
    "The President later met the regional press."
)


def test_labels_name_persons_roles_and_unknown_people():
    assert _turns(TRANSCRIPT) == [
        ("Vladimir Putin", "Vladimir Putin", "Mr Rudenya, how are "),
        ("Igor Rudenya", "Igor Rudenya", "Mr President, the ha"),
        ("Question", "", "Will you visit the r"),
    ]


def test_a_turn_runs_to_the_next_label_or_a_rule():
    found = find_turns(documents(TRANSCRIPT))
    putin, rudenya, question = (t.text for t in found.itertuples())
    assert putin.endswith("I would like to stress: the harvest matters.")  # no label inside
    assert rudenya.endswith("Second paragraph of the governor's answer.")
    assert question == "Will you visit the region again soon?"  # the * * * rule ends it


@pytest.mark.parametrize(
    "label, speaker",
    [
        ("President of Russia Vladimir Putin", "Vladimir Putin"),  # the dictionary's person
        ("Prime Minister of India Narendra Modi", "Narendra Modi"),
        ("Valeriya Korableva, reporter at Channel One", "Valeriya Korableva"),  # an aside
        ("Emir of Qatar Tamim bin Hamad Al Thani (retranslated)", "Tamim bin Hamad Al Thani"),
        ("Hans-Friedrich von Ploetz", "Hans-Friedrich von Ploetz"),
        ("Acting Governor of Sevastopol Mikhail Razvozhayev", "Mikhail Razvozhayev"),
        ("Chairman of the Ammonium JSC Board of Directors Rinat Khanbikov", "Rinat Khanbikov"),
        (
            "Minister of Civil Defence, Emergencies and Natural Disasters Relief Vladimir Puchkov",
            "Vladimir Puchkov",
        ),  # commas inside a title
        ("Remark", ""),
        ("Question from Perm Territory", ""),
        # longer than MAX_LABEL_WORDS, ending in a person of the dictionary
        (
            "Rosneft CEO, Chairman of the Management Board and Deputy Chairman of the Board of "
            "Directors Igor Sechin",
            "Igor Sechin",
        ),
        (
            "Deputy Crown Prince and Defence Minister of Saudi Arabia Mohammad bin Salman Al Saud",
            "Mohammad bin Salman",
        ),
        (
            "Head of the Federal Service for the Oversight of Consumer Protection and Welfare "
            "Anna Popova",
            "Anna Popova",
        ),  # or a first name we know and a surname
    ],
)
def test_a_label_names_its_speaker(label, speaker):
    text = f"Talks\n\n{label}: Thank you, it is a pleasure to be here with you today.\n\n"
    text += f"Megyn Kelly: Thank you for your time.\n\n{label}: Not at all."
    found = _turns(text)
    assert found[0][:2] == (label, speaker)


def test_a_surname_label_takes_the_full_name_written_before():
    text = (
        "Department Press Briefing by Spokesperson Ned Price\n\n"
        "MR PRICE: Good afternoon, everyone. I have two announcements at the top today.\n\n"
        "QUESTION: Ned, on Iran, can you say where the talks stand?\n\n"
        "MR PRICE: We are not there yet."
    )
    assert _turns(text) == [
        ("MR PRICE", "Ned Price", "Good afternoon, ever"),
        ("QUESTION", "", "Ned, on Iran, can yo"),
        ("MR PRICE", "Ned Price", "We are not there yet"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # sentences, headings and a list of places before colons
        "Report\n\nI would like to stress: we act together.\n\nThe same applies to Britain: "
        "nobody wants to implement the vote, and that is the problem we have.",
        "Results\n\nTver Region: 5 cases.\n\nPskov Region: 3 cases.\n\nMoscow: 12 cases.",
        "Anniversary\n\n75th Anniversary of the Great Victory: events all over the country "
        "this year.\n\nOpening the exhibition Imperial Capitals: the President visited it.",
        # a vocative is no label, and neither is "Mr President"
        "Talk\n\nMr Putin, pensioners are worried: why are prices rising so fast this year?\n\n"
        "Mr President: allow me to begin with a question about the pension system.",
        # a long heading is no label, even when it ends in a first name and another word
        "Programme\n\nThe Annual Conference of the International Federation of Journalists "
        "and Editors at Lake Victoria: opening remarks were made this year by the chair.\n\n"
        "Results of the Grand Regional Competition of Young Performers and Choirs in Saint "
        "Anna Hall: the winners will be announced tomorrow morning.",
        # a sentence that introduces a quote ends in its reporting verb
        "Tariffs\n\nMEXICO CITY (Reuters) - Mexico rejected the tariffs on Monday.\n\nTrump, "
        'speaking to reporters at the White House, said: "We will get a deal."\n\nAnalyst '
        "Gabriela Siller Pagaza said the peso could fall further if talks fail this week.",
        # one label in a headline says "said": not a transcript
        "Putin: Russia will respond to any threat to its security\n\nThe President spoke on "
        "Tuesday in Moscow about the new threats facing the country this year.",
    ],
)
def test_what_is_no_label(text):
    assert _turns(text) == []


def test_one_label_after_the_first_paragraph_is_a_speech():
    text = (
        "Meeting on economic issues\n\nThe President held a meeting.\n\n"
        "President of Russia Vladimir Putin: Good afternoon, colleagues. Today we will discuss "
        "the budget."
    )
    assert _turns(text) == [
        ("President of Russia Vladimir Putin", "Vladimir Putin", "Good afternoon, coll")
    ]


def test_seed_article_has_no_turns(seed_documents):
    assert find_turns(seed_documents).empty


def test_many_labels_are_read_in_linear_time():
    def text(n: int) -> str:
        return "Talk\n\n" + "".join(
            f"Mr Speaker{i}: words said here by the speaker.\n\nQuestion: and a question?\n\n"
            for i in range(n)
        )

    small, large = documents(text(500)), documents(text(4000))
    assert len(find_turns(large)) == 4000  # the questions; no full name completes Speaker{i}
    assert (
        cpu_seconds(lambda: find_turns(large)) < 12 * cpu_seconds(lambda: find_turns(small)) + 0.05
    )


def test_turn_counts_and_the_headline_finding(kremlin_turns):
    counts = turn_counts(kremlin_turns)
    assert list(counts.columns) == ["speaker", "speaker_actor_id", "turns", "words", "docs"]
    putin = counts.iloc[0]
    assert (putin["speaker"], putin["turns"], putin["words"]) == ("Vladimir Putin", 53, 5185)
    assert putin["docs"] == 20 and counts["words"].sum() == kremlin_turns["words"].sum() == 9212
    mentions = pd.DataFrame({"actor": ["Russia"], "mentions": [1], "docs": [1]})
    lines = findings(mentions, turns=kremlin_turns)
    assert lines[-1] == (
        "Speaks most in transcripts: Vladimir Putin, 5,185 of 9,212 words in 53 of 95 "
        "speaking turns"
    )


def test_turn_excerpts_keep_each_turns_opening(kremlin_turns):
    shown = turn_excerpts(kremlin_turns, chars=20)
    assert "label_start" not in shown.columns and len(shown) == 95
    sechin = shown[(shown["doc_id"] == "51579") & (shown["speaker"] == "Igor Sechin")]
    assert sechin["text"].iloc[0] == "Thank you, Mr Presid"  # its first 20 characters


def test_unnamed_turns_count_together_and_names_are_escaped_in_the_chart():
    turns = find_turns(
        documents(
            "Talk\n\nIvan Petrov<b>x</b>: Hello there, all of you in the room.\n\n"
            "Question: What about the budget this year?\n\nRemark: Yes."
        )
    )
    counts = turn_counts(turns)
    assert dict(zip(counts["speaker"], counts["turns"], strict=True)) == {
        "(unnamed)": 2,
        "Ivan Petrov<b>x</b>": 1,
    }
    fig = turns_by_speaker_bar(counts)
    assert "Ivan Petrov&lt;b&gt;x&lt;/b&gt;" in fig.data[0].y
    assert dict(zip(fig.data[0].y, fig.data[0].x, strict=True))["(unnamed)"] == 7


# Transcripts of other houses, each with the speakers a reader would mark (a review of 25
# transcripts in nine styles and ten articles with colons: 108 of 114 turns found at first
# 68%, after this 95%; see the issue note).
OTHER_STYLES = [
    (  # US State Department: a surname in capitals, completed from the title
        "Department Press Briefing by Spokesperson Ned Price\n\n"
        "MR PRICE: Good afternoon. I have two items at the top today.\n\n"
        "QUESTION: Ned, on Iran, where do the talks stand?\n\n"
        "MR PRICE: We are not there yet.\n\n(The briefing was concluded at 3:01 p.m.)",
        [("MR PRICE", "Ned Price"), ("QUESTION", ""), ("MR PRICE", "Ned Price")],
    ),
    (  # White House: a hyphenated surname in capitals, a role in capitals
        "Press Briefing by Karine Jean-Pierre and Speaker Kevin McCarthy\n\n"
        "MS. JEAN-PIERRE: Good afternoon, everybody. I have a few things to share.\n\n"
        "THE PRESIDENT: Thank you all for being here today, it matters a lot.\n\n"
        "MR. MCCARTHY: We will pass the bill next week, I am sure of it.",
        [
            ("MS. JEAN-PIERRE", "Karine Jean-Pierre"),
            ("THE PRESIDENT", ""),
            ("MR. MCCARTHY", "Kevin McCarthy"),
        ],
    ),
    (  # UK Parliament: constituency and party in brackets, a role's name in brackets, a peer
        "Prime Minister's Questions: 6 December 2023\n\n"
        "Sir Keir Starmer (Holborn and St Pancras) (Lab): Will the Prime Minister answer?\n\n"
        "The Prime Minister (Rishi Sunak): I will, and I thank him for the question.\n\n"
        "Mr Speaker: Order, order. Let us hear the answer now.\n\n"
        "Lord Collins of Highbury (Lab): My Lords, I have a question about this.",
        [
            ("Sir Keir Starmer (Holborn and St Pancras) (Lab)", "Keir Starmer"),
            ("The Prime Minister (Rishi Sunak)", "Rishi Sunak"),
            ("Mr Speaker", ""),
            ("Lord Collins of Highbury (Lab)", "Lord Collins"),
        ],
    ),
    (  # UN Security Council: an honorific and a surname, the delegation in brackets
        "Security Council, 9000th meeting\n\n"
        "The President: I now give the floor to the representative of Russia.\n\n"
        "Mr. Nebenzia (Russian Federation): We requested this meeting for a reason.\n\n"
        "Mr. Kim Song (Democratic People's Republic of Korea): We reject the statement.",
        [
            ("The President", ""),
            ("Mr. Nebenzia (Russian Federation)", "Nebenzia"),
            ("Mr. Kim Song (Democratic People's Republic of Korea)", "Kim Song"),
        ],
    ),
    (  # TV: a name in capitals with a role after a comma, then its surname alone
        "Interview transcript\n\n"
        "FAREED ZAKARIA, CNN HOST: Mr President, thank you. How is the offensive going?\n\n"
        "PRESIDENT VOLODYMYR ZELENSKY OF UKRAINE (through translator): Step by step, slowly.\n\n"
        "ZAKARIA: And the sanctions, are they working as you hoped?",
        [
            ("FAREED ZAKARIA, CNN HOST", "Fareed Zakaria"),
            (
                "PRESIDENT VOLODYMYR ZELENSKY OF UKRAINE (through translator)",
                "Vladimir Zelensky",
            ),
            ("ZAKARIA", "Fareed Zakaria"),
        ],
    ),
    (  # a podcast: time stamps before and after labels, numbered speakers
        "Episode 142\n\n[00:00:05] Jane Doe: Welcome back to the show, everyone, glad you came.\n\n"
        "[00:00:14] Tom Richards: Thanks, Jane, happy to be here again.\n\n"
        "HOST (00:01:02): Let us start.\n\nSpeaker 2: Sure, go ahead with it.",
        [
            ("Jane Doe", "Jane Doe"),
            ("Tom Richards", "Tom Richards"),
            ("HOST (00:01:02)", ""),
            ("Speaker 2", ""),
        ],
    ),
    (  # Chinese MFA: a news outlet asks
        "Regular Press Conference\n\nWang Wenbin: Good afternoon. I have an announcement today.\n\n"
        "Bloomberg: Will China send an envoy to the talks?\n\nWang Wenbin: We will release "
        "information in due course.",
        [
            ("Wang Wenbin", "Wang Wenbin"),
            ("Bloomberg", "Bloomberg"),
            ("Wang Wenbin", "Wang Wenbin"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_STYLES, ids=lambda v: str(v)[:20])
def test_transcripts_of_other_houses(text, expected):
    assert [(label, speaker) for label, speaker, _ in _turns(text)] == expected


def test_what_closes_a_transcript_is_no_part_of_the_last_turn():
    (*_, last) = find_turns(documents(OTHER_STYLES[0][0])).itertuples()
    assert last.text == "We are not there yet."


@pytest.mark.parametrize(
    "text",
    [
        # headings and places that nobody speaks twice, with no mark of a transcript
        "Central bank holds rates\n\nKey Takeaways: the bank held its rate at 16 percent as "
        "expected by most analysts.\n\nWhat Happens Next: the next meeting is in March and "
        "the bank may cut then.",
        "Gaza: the situation in the south\n\nKhan Younis: At least 20 people were killed in "
        "strikes overnight, officials said.\n\nDeir al-Balah: Residents said the shelling went on.",
        "Asian markets\n\nHong Kong: The Hang Seng rose 1 percent in early trade on Monday.\n\n"
        "New Zealand: The benchmark index fell 0.4 percent.",
        # a headline "Name: claim" is no turn, whatever follows
        "Zelensky: Ukraine will not cede any territory\n\nThe president said on Monday that "
        "Ukraine would fight on and that talks were not possible while troops remained.",
    ],
)
def test_headings_places_and_headlines_are_no_transcripts(text):
    assert _turns(text) == []


def test_a_live_blogs_heading_that_quotes_is_no_turn_but_a_hosts_quoted_question_is():
    blog = (
        "Ukraine war live\n\n14:20 GMT\nZelensky: 'We are ready for any format'\n\n"
        "Ukraine's President Volodymyr Zelensky said in his evening address that Kyiv was "
        "prepared to meet Russian negotiators in Istanbul or elsewhere, and that talks could "
        "begin within days if Moscow agreed to a ceasefire along the current front line.\n\n"
        "14:45 GMT\nKallas: 'Pressure must continue'\n\nThe EU's foreign policy chief said the "
        "bloc would keep up sanctions until Russia withdrew its forces from Ukrainian territory."
    )
    assert _turns(blog) == []
    transcript = (
        "Direct Line\n\nMaria Sittel: \u201cWill cannabis be legalised in Russia?\u201d\n\n"
        "Vladimir Putin: No, it will not. Industrial hemp is another matter, and we support it "
        "because it is used in many industries, from textiles to construction materials.\n\n"
        "Maria Sittel: \u201cWhich world leader has the strongest handshake?\u201d\n\n"
        "Vladimir Putin: The strength of a leader is not measured by a handshake."
    )
    assert [label for label, _, _ in _turns(transcript)] == [
        "Maria Sittel", "Vladimir Putin", "Maria Sittel", "Vladimir Putin",
    ]  # fmt: skip
