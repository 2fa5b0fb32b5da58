"""Text exports of news databases: Factiva and LexisNexis (classic and Nexis Uni) files of
several articles each. The files are written by hand in the layouts those services export; the
expected fields are read off them."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import read_corpus
from analysis.formats.exports import export_kind
from tests.test_corpus import write

FACTIVA_CODES_ON_THEIR_LINES = """

HD
Central bank raises rates to curb inflation
WC
412 words
PD
7 December 2026
ET
14:00
SN
Reuters News
LA
English
CY
Copyright 2026 Reuters Limited
LP
LONDON, Dec 7 (Reuters) - The Bank of England raised its main interest rate on Thursday.

Governor Andrew Bailey said inflation remained too high.

TD
"We will do what is necessary," Bailey told reporters.

Markets had expected the move.

CO
bofeng : Bank of England
NS
e1202 : Interest Rates
AN
Document LBA0000020261207emc7000xx


HD
Oil prices fall on demand worries
BY
By Jane Smith
PD
8 December 2026
SN
Financial Times
LP
Oil prices fell on Friday as traders worried about weak demand in China.

TD
Brent crude fell 2 per cent to $71 a barrel.

AN
Document FTFT000020261208emc80001y
"""

FACTIVA_CODES_BEFORE_VALUES = (
    "HD   Gazprom cuts gas flows to Europe\nBY   By Olga Popova\nWC   250 words\n"
    "PD   3 March 2021\nSN   Interfax\nLP   MOSCOW, March 3 (Interfax) - Gazprom cut flows on "
    "Wednesday.\n\nTD   Exports fell 5% in February.\n\nThe company declined to comment.\n\n"
    "AN   Document INTFAX0020210303eh330001a\n"
)

LEXIS_CLASSIC = """                               1 of 2 DOCUMENTS


                              The New York Times

                           December 7, 2026 Monday
                              Late Edition - Final

Senate Passes Budget Bill After Long Debate

BYLINE: By John Doe

SECTION: Section A; Column 0; National Desk; Pg. 1

LENGTH: 812 words

DATELINE: WASHINGTON, Dec. 6


The Senate passed a sweeping budget bill late on Sunday after a long debate.

Republicans said the bill would cut spending by $1.2 trillion.


URL: http://www.nytimes.com/2026/12/07/us/politics/budget.html

LOAD-DATE: December 7, 2026

LANGUAGE: ENGLISH

Copyright 2026 The New York Times Company


                               2 of 2 DOCUMENTS


                              The Guardian (London)

                           December 8, 2026 Tuesday

Climate talks end without deal

BYLINE: Fiona Harvey

LENGTH: 500 words


Climate talks in Dubai ended without an agreement on Tuesday.

Delegates said they would meet again next year.


LOAD-DATE: December 8, 2026

Copyright 2026 Guardian Newspapers Limited
"""

NEXIS_UNI = """Senate Passes Budget Bill After Long Debate
The New York Times
December 7, 2026 Monday, Late Edition - Final
Copyright 2026 The New York Times Company
Section: Section A; Column 0; National Desk; Pg. 1
Length: 812 words
Byline: By John Doe
Dateline: WASHINGTON, Dec. 6
Body
The Senate passed a sweeping budget bill late on Sunday after a long debate.
Republicans said the bill would cut spending by $1.2 trillion.
Load-Date: December 7, 2026
End of Document
Climate talks end without deal
The Guardian (London)
December 8, 2026 Tuesday
Body
Climate talks in Dubai ended without an agreement on Tuesday.
Load-Date: December 8, 2026
End of Document
"""


def _fields(text: str, tmp_path) -> list[list]:
    corpus = read_corpus(write(tmp_path / "export.txt", text))
    columns = ["doc_id", "title", "published", "agency", "dateline", "lead", "body"]
    return corpus.documents[columns].values.tolist()


def test_factiva_export_with_codes_on_their_own_lines(tmp_path):
    assert _fields(FACTIVA_CODES_ON_THEIR_LINES, tmp_path) == [
        [
            "LBA0000020261207emc7000xx",  # the accession number
            "Central bank raises rates to curb inflation",
            pd.Timestamp("2026-12-07 14:00"),  # PD and ET
            "Reuters News",
            "LONDON",
            "The Bank of England raised its main interest rate on Thursday.\n\n"
            "Governor Andrew Bailey said inflation remained too high.",
            '"We will do what is necessary," Bailey told reporters.\n\n'
            "Markets had expected the move.",  # no indexing (CO, NS) in the text
        ],
        [
            "FTFT000020261208emc80001y",
            "Oil prices fall on demand worries",
            pd.Timestamp("2026-12-08"),
            "Financial Times",
            "",
            "Oil prices fell on Friday as traders worried about weak demand in China.",
            "Brent crude fell 2 per cent to $71 a barrel.",
        ],
    ]


def test_factiva_export_with_codes_before_their_values(tmp_path):
    assert _fields(FACTIVA_CODES_BEFORE_VALUES, tmp_path) == [
        [
            "INTFAX0020210303eh330001a",
            "Gazprom cuts gas flows to Europe",
            pd.Timestamp("2021-03-03"),
            "Interfax",
            "MOSCOW",
            "Gazprom cut flows on Wednesday.",
            "Exports fell 5% in February.\n\nThe company declined to comment.",
        ]
    ]
    corpus = read_corpus(write(tmp_path / "export.txt", FACTIVA_CODES_BEFORE_VALUES))
    assert corpus.documents["byline"].tolist() == ["By Olga Popova"]


@pytest.mark.parametrize("text", [LEXIS_CLASSIC, NEXIS_UNI], ids=["classic", "nexis-uni"])
def test_lexisnexis_export(tmp_path, text):
    found = _fields(text, tmp_path)
    assert [row[1:5] for row in found] == [
        [
            "Senate Passes Budget Bill After Long Debate",
            pd.Timestamp("2026-12-07"),
            "The New York Times",
            "WASHINGTON",
        ],
        [
            "Climate talks end without deal",
            pd.Timestamp("2026-12-08"),
            "The Guardian (London)",
            "",
        ],
    ]
    assert [row[6] for row in found] == [
        "The Senate passed a sweeping budget bill late on Sunday after a long debate.\n\n"
        "Republicans said the bill would cut spending by $1.2 trillion.",
        "Climate talks in Dubai ended without an agreement on Tuesday."
        + ("\n\nDelegates said they would meet again next year." if text is LEXIS_CLASSIC else ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gas talks\n\nHD of the talks said PD was fine. LP records. Document ABCDEFGHIJKLMNOPQ",
        "Report\n\nThe end of document review came on Monday.\n\nBody language was tense.",
        "Ratings\n\n1 of 2 documents were signed on Monday.",
    ],
)
def test_articles_that_mention_the_words_are_no_exports(tmp_path, text):
    assert export_kind(text) is None
    assert len(read_corpus(write(tmp_path / "a.txt", text)).documents) == 1


def test_an_export_with_windows_line_ends_is_split_too(tmp_path):
    text = FACTIVA_CODES_BEFORE_VALUES.replace("\n", "\r\n")
    assert [row[0] for row in _fields(text, tmp_path)] == ["INTFAX0020210303eh330001a"]


def test_a_lexis_text_keeps_lines_that_look_like_fields_or_a_copyright(tmp_path):
    text = LEXIS_CLASSIC.replace(
        "Republicans said the bill would cut spending by $1.2 trillion.",
        "Notes: traders were wary.\n\nCopyright holders say the ruling is unfair.\n\n"
        "Republicans said the bill would cut spending by $1.2 trillion.",
    )
    body = _fields(text, tmp_path)[0][6]
    assert body.endswith("Copyright holders say the ruling is unfair.\n\nRepublicans said the bill "
                         "would cut spending by $1.2 trillion.")  # fmt: skip
    assert "Notes: traders were wary." in body


def test_nexis_unis_cover_page_is_no_article(tmp_path):
    cover = (
        "User Name: =\nDate and Time: Monday, December 8, 2026 10:00:00 AM EST\nJob Number: "
        "123456789\n\nDocuments (2)\n\n1. Senate Passes Budget Bill After Long Debate\n"
        "Client/Matter: -None-\nSearch Terms: budget\n\n2. Climate talks end without deal\n"
        "Client/Matter: -None-\n\n"
    )
    found = _fields(cover + NEXIS_UNI, tmp_path)
    assert [row[1] for row in found] == [
        "Senate Passes Budget Bill After Long Debate",
        "Climate talks end without deal",
    ]


def test_factiva_section_before_the_headline_is_that_articles(tmp_path):
    text = (
        "SE   Business\nHD   Oil jumps\nPD   7 December 2026\nSN   Reuters\nTD   Oil rose.\n"
        "AN   Document LBA0000020261207ekc7001ab\n\nSE   Markets\nHD   Gold steady\nCLM  Heard on "
        "the Street\nPD   8 December 2026\nSN   WSJ\nTD   Gold held.\n\nCopyright 2026 Dow Jones\n"
        "AN   Document J000000020261208ekc80000b\n"
    )
    corpus = read_corpus(write(tmp_path / "export.txt", text))
    documents = corpus.documents
    assert documents[["title", "section", "body"]].values.tolist() == [
        ["Oil jumps", "Business", "Oil rose."],
        ["Gold steady", "Markets", "Gold held."],  # no column name, no copyright line
    ]


def test_splitting_an_export_takes_time_in_proportion_to_it(tmp_path):
    from tests.conftest import cpu_seconds

    def text(n: int) -> str:
        return "".join(f"{i} of {n} DOCUMENTS\n\nThe Times\n\nHeadline {i}\n\nLENGTH: 5 words\n\n"
                       f"Text {i}.\n\nLOAD-DATE: December 7, 2026\n\n" for i in range(n))  # fmt: skip

    small, large = text(2_000), text(16_000)
    from analysis.formats.exports import export_rows
    from analysis.formats.reader import Reader

    def run(t: str) -> None:
        assert len(export_rows(t, tmp_path / "x.txt", Reader(tmp_path, None, {}))) > 0

    assert cpu_seconds(lambda: run(large)) < 12 * cpu_seconds(lambda: run(small)) + 0.2
