"""E-mail: an ``.eml`` file is one document, each message of an ``.mbox`` another. The messages
are written here byte for byte as Gmail, a newsletter service and Thunderbird send and save
them (headers, MIME parts, quoted-printable and base64), so each expected field is read off
the message: the Subject as the title, the Date in UTC, the sender's name, the text part (else
the HTML part's text); attachments are left, and said so."""

from __future__ import annotations

import base64

import pandas as pd

from analysis.corpus import read_corpus
from analysis.formats.mail import HEADER_MAX
from tests.conftest import cpu_seconds
from tests.test_corpus import problem_rows, read_with_problems, write

# A Google Alert as Gmail's "Download message" saves it: HTML only, quoted-printable.
GOOGLE_ALERT = b"""Delivered-To: analyst@example.org
Received: by 2002:a05:7300:5a8e:b0:f2:3c4d with SMTP id m14csp1234567dyb;
        Fri, 19 Jan 2024 06:30:13 -0800 (PST)
Return-Path: <3pJmqZRQKBhUkstuvhgqtwxq-rspibwjqnrvktcrqkxy@alerts.bounces.google.com>
MIME-Version: 1.0
Date: Fri, 19 Jan 2024 06:30:12 -0800
Message-ID: <0000000000005e2f9a060f4c3e8d@google.com>
Subject: Google Alert - Gazprom
From: Google Alerts <googlealerts-noreply@google.com>
To: analyst@example.org
Content-Type: multipart/alternative; boundary="0000000000005e2f83060f4c3e8b"

--0000000000005e2f83060f4c3e8b
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><style>td {font-family: Arial}</style></head><body><table><tr><t=
d><a href=3D"https://www.google.com/url?rct=3Dj&amp;url=3Dhttps://news.exam=
ple.com/gas">Gazprom resumes gas talks with Japan</a></td></tr><tr><td>Gazp=
rom and Japan=E2=80=99s buyers resumed talks on LNG supplies on Friday.</td=
></tr></table></body></html>
--0000000000005e2f83060f4c3e8b--
"""

NEWSLETTER_TEXT = "Нефть и газ\n\nГазпром возобновил переговоры с Японией.\n\n-- \nРедакция"


def newsletter() -> bytes:
    """A newsletter in koi8-r: a base64 text part beside its HTML, and a PDF attached."""
    text = base64.encodebytes(NEWSLETTER_TEXT.encode("koi8-r")).decode()
    pdf = base64.encodebytes(b"%PDF-1.4\n%%EOF\n").decode()
    return f"""From: =?utf-8?q?Energy_Daily_=E2=80=94_Moscow?= <news@energy.example>
To: analyst@example.org
Subject: =?koi8-r?b?7sXG1NggySDHwdo=?=
Date: Mon, 22 Jan 2024 18:05:00 +0300 (MSK)
Message-ID: <20240122150500.1@energy.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="koi8-r"
Content-Transfer-Encoding: base64

{text}
--inner
Content-Type: text/html; charset="utf-8"

<p>HTML copy, not read: the text part is.</p>
--inner--

--outer
Content-Type: application/pdf; name="digest.pdf"
Content-Disposition: attachment; filename="digest.pdf"
Content-Transfer-Encoding: base64

{pdf}
--outer--
""".encode("ascii")


def _fields(corpus) -> list[list]:
    columns = ["doc_id", "line", "title", "published", "agency", "body"]
    return [
        [None if value is pd.NA else value for value in row]
        for row in corpus.documents[columns].values.tolist()
    ]


def test_a_google_alert_reads_its_html_part(tmp_path):
    corpus = read_corpus(write(tmp_path / "Google Alert - Gazprom.eml", GOOGLE_ALERT))
    assert _fields(corpus) == [
        [
            "Google Alert - Gazprom",
            None,
            "Google Alert - Gazprom",
            pd.Timestamp("2024-01-19 14:30:12"),  # 06:30:12 -0800, in UTC
            "Google Alerts",
            "Gazprom resumes gas talks with Japan\n\n"
            "Gazprom and Japan\u2019s buyers resumed talks on LNG supplies on Friday.",
        ]
    ]
    document = corpus.documents.iloc[0]
    assert (document.sender, document.message_id) == (
        "Google Alerts <googlealerts-noreply@google.com>",
        "0000000000005e2f9a060f4c3e8d@google.com",
    )


def test_a_newsletter_reads_its_text_part_in_its_charset_and_reports_the_attachment(tmp_path):
    corpus = read_with_problems(write(tmp_path / "digest.eml", newsletter()))
    assert _fields(corpus) == [
        [
            "digest",
            None,
            "Нефть и газ",  # the Subject's encoded word, koi8-r in base64
            pd.Timestamp("2024-01-22 15:05:00"),  # 18:05 +0300 (MSK), in UTC
            "Energy Daily \u2014 Moscow",
            "Нефть и газ\n\nГазпром возобновил переговоры с Японией.",  # without the signature
        ]
    ]
    assert problem_rows(corpus) == [
        {
            "path": "digest.eml",
            "line": None,
            "problem": "e-mail with 1 attachment (digest.pdf), not read",
            "action": "its text loaded",
        }
    ]


def test_flowed_text_is_joined_into_its_paragraphs(tmp_path):
    message = (
        b"From: Briefing <brief@example.org>\nSubject: Morning brief\n"
        b"Date: Tue, 23 Jan 2024 07:00:00 +0000\n"
        b'Content-Type: text/plain; charset="us-ascii"; format=flowed\n\n'
        b"Gazprom and Japan resumed talks on \nSakhalin-2 supplies.\n\n"
        b" From the archive: talks stalled in 2022.\n"
    )
    body = read_corpus(write(tmp_path / "brief.eml", message)).documents.iloc[0].body
    assert body == (
        "Gazprom and Japan resumed talks on Sakhalin-2 supplies.\n\n"
        "From the archive: talks stalled in 2022."  # space-stuffed: its leading space removed
    )


# Three messages as Thunderbird saves a folder: "From " lines, a body line quoted as ">From ".
MBOX = b"""From - Wed Jan 17 14:02:45 2024
From: Reuters Energy <energy@reuters.example>
Subject: Oil prices rise
Date: Wed, 17 Jan 2024 14:02:45 +0000

Brent rose 2% on Wednesday.
>From Monday on, supply was tight.

From - Thu Jan 18 09:00:00 2024
From: TASS <news@tass.example>
Subject: Gas talks
Date: sometime on Thursday

Gazprom met Japanese buyers.

From - Fri Jan 19 10:00:00 2024
From: Empty <empty@example.org>
Date: Fri, 19 Jan 2024 10:00:00 +0000

"""


def test_a_mailbox_gives_a_document_a_message_numbered_by_its_line(tmp_path):
    corpus = read_with_problems(write(tmp_path / "Energy.mbox", MBOX))
    assert _fields(corpus) == [
        [
            "Energy:1",
            1,
            "Oil prices rise",
            pd.Timestamp("2024-01-17 14:02:45"),
            "Reuters Energy",
            "Brent rose 2% on Wednesday.\nFrom Monday on, supply was tight.",  # unquoted
        ],
        ["Energy:9", 9, "Gas talks", pd.NaT, "TASS", "Gazprom met Japanese buyers."],
    ]
    assert problem_rows(corpus) == [
        {
            "path": "Energy.mbox",
            "line": 16,
            "problem": "e-mail without text (no subject, no text part)",
            "action": "skipped",
        },
        {
            "path": "Energy.mbox",
            "line": 9,
            "problem": "date 'sometime on Thursday' not understood",
            "action": "date left empty",
        },
    ]


def test_a_charset_that_is_no_text_encoding_is_not_used(tmp_path):
    # "rot13" and "hex" name codecs of Python, not of text: the bytes are decoded as a file's are
    message = (
        b"From: x@example.org\nSubject: Odd charset\nContent-Type: text/plain; charset=hex\n\n"
        b"Caf\xe9 prices rose.\n"
    )
    corpus = read_with_problems(write(tmp_path / "odd.eml", message))
    assert corpus.documents["body"].tolist() == ["Café prices rose."]
    assert [p["problem"] for p in problem_rows(corpus)] == [
        "e-mail text not UTF-8 (looks like latin-1); decoded as latin-1"
    ]


def test_a_mailbox_without_messages_is_reported(tmp_path):
    write(tmp_path / "good.txt", "Gas talks\n\nGazprom met Japan.")
    write(tmp_path / "empty.mbox", "Just text, no From line.\n")
    corpus = read_with_problems(tmp_path)
    assert [(p["path"], p["problem"]) for p in problem_rows(corpus)] == [
        ("empty.mbox", "a mailbox without messages (no 'From ' line)")
    ]


def test_a_subject_of_100000_encoded_words_is_cut_not_parsed_for_minutes(tmp_path):
    # policy.default parses a header in time that grows with the square of its length: this
    # Subject (1.6 MB) took more than five minutes before it was cut at HEADER_MAX
    message = b"From: a@example.org\nSubject: " + b"=?utf-8?q?Gas?= " * 100_000 + b"\n\nText.\n"
    path = write(tmp_path / "long.eml", message)
    seconds = cpu_seconds(lambda: read_corpus(path))
    title = read_corpus(path).documents.iloc[0].title
    assert (seconds < 2, title[:6], len(title) <= HEADER_MAX) == (True, "GasGas", True)


def test_an_address_list_the_parser_fails_on_is_taken_as_sent(tmp_path):
    # 50,000 addresses, cut at HEADER_MAX in the middle of one: the parser raises IndexError
    message = (
        b"From: " + b'"Desk, Energy" <desk@example.org>, ' * 50_000 + b"\nSubject: S\n\nText.\n"
    )
    document = read_corpus(write(tmp_path / "many.eml", message)).documents.iloc[0]
    assert (document.title, document.body, document.agency) == ("S", "Text.", "Desk, Energy")
