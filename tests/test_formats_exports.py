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
