"""Recognising an article's layout: paragraphs, the section and time line, datelines, trailers.

Expected values are read off each hand-written input.
"""

from __future__ import annotations

import pytest

from analysis.layout import (
    paragraphs,
    parse_plain_text,
    parse_section_line,
    strip_dateline,
    strip_trailer,
)


def test_paragraphs_split_at_blank_lines_only():
    text = "One\nstill one\n\nTwo\n \t\nThree\n\n\n\nFour  "
    assert paragraphs(text) == ["One\nstill one", "Two", "Three", "Four"]


def test_paragraphs_of_blank_text():
    assert paragraphs(" \n\n \n") == []


@pytest.mark.parametrize(
    "line, expected",
    [
        # The seed's second line.
        ("World February 14, 8:04", ("World", 2, 14, None, "08:04")),
        ("Business March 3, 2024, 17:45", ("Business", 3, 3, 2024, "17:45")),
        ("Politics 14 February 2024, 08:04", ("Politics", 2, 14, 2024, "08:04")),
        (
            "Russian Politics & Diplomacy May 1, 23:59",
            ("Russian Politics & Diplomacy", 5, 1, None, "23:59"),
        ),
        ("Economy Sept. 9, 10:00", ("Economy", 9, 9, None, "10:00")),
    ],
)
def test_section_line(line, expected):
    fields = parse_section_line(line)
    assert (
        fields["section"],
        fields["month"],
        fields["day"],
        fields["year"],
        fields["time"],
    ) == expected


@pytest.mark.parametrize(
    "line",
    [
        "World February 14",  # neither a year nor a time: could be any sentence
        "Sakhalin-2 LNG project June 3, 2020 was delayed",
        "Japanese expert on Russia Taisuke Abiru opined",
    ],
)
def test_not_a_section_line(line):
    assert parse_section_line(line) is None


@pytest.mark.parametrize(
    "body, expected",
    [
        # The seed's dateline.
        (
            "TOKYO, February 14. /TASS/. Normalization of relations",
            ("Normalization of relations", "TOKYO", "TASS", (None, 2, 14)),
        ),
        (
            "ST. PETERSBURG, June 5. /TASS/. The forum opened.",
            ("The forum opened.", "ST. PETERSBURG", "TASS", (None, 6, 5)),
        ),
        (
            "MOSCOW, March 3 (Reuters) - Russia said on Monday",
            ("Russia said on Monday", "MOSCOW", "Reuters", (None, 3, 3)),
        ),
        (
            "WASHINGTON (AP) \u2014 The Senate voted",
            ("The Senate voted", "WASHINGTON", "AP", (None, None, None)),
        ),
        ("PARIS (AFP) -- Talks ended", ("Talks ended", "PARIS", "AFP", (None, None, None))),
        (
            "NEW YORK, Feb. 3, 2024 /PRNewswire/ -- Acme announced",
            ("Acme announced", "NEW YORK", "PRNewswire", (2024, 2, 3)),
        ),
        # Interfax puts a full stop after the place.
        (
            "MOSCOW. March 3 (Interfax) - Gazprom said",
            ("Gazprom said", "MOSCOW", "Interfax", (None, 3, 3)),
        ),
        # The day before the month, as British papers write it.
        (
            "LONDON, 3 March (Reuters) - BP said",
            ("BP said", "LONDON", "Reuters", (None, 3, 3)),
        ),
        # Bloomberg's dateline names no place.
        ("(Bloomberg) -- Oil climbed", ("Oil climbed", "", "Bloomberg", (None, None, None))),
    ],
)
def test_dateline_stripped(body, expected):
    assert strip_dateline(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Kremlin said on Monday that talks would resume.",
        "US President Donald Trump said",
        "NATO chief said",
        # Transcripts and glosses look like "PLACE (Agency) -" but are not datelines.
        "VLADIMIR PUTIN (retranslated): Good afternoon, colleagues.",
        "LNG (liquefied natural gas) - is shipped from Sakhalin.",
        "(retranslated): Good afternoon.",
        "U.S. officials said (AP) - nothing",
    ],
)
def test_no_dateline(body):
    assert strip_dateline(body) == (body, "", "", (None, None, None))


def test_trailer_dropped():
    # The seed's last line.
    assert strip_trailer(["Body.", "Read more on the site \u2192"]) == (["Body."], True)


@pytest.mark.parametrize(
    "paras",
    [
        ["Body.", "Read more about the talks in our archive."],
        ["Read more on the site \u2192", "Body."],  # only the last paragraph is a trailer
    ],
)
def test_trailer_kept_when_it_is_text(paras):
    assert strip_trailer(paras) == (paras, False)


def test_tass_layout_field_by_field():
    text = (
        "Gas talks resume\n\nBusiness March 3, 17:45\n\nTalks on gas supplies resumed.\n\n"
        "MOSCOW, March 3. /TASS/. Gazprom and CNPC resumed talks.\n\nA second paragraph.\n\n"
        "Read more on the site \u2192\n"
    )
    layout = parse_plain_text(text)
    assert (layout.title, layout.section, layout.lead) == (
        "Gas talks resume",
        "Business",
        "Talks on gas supplies resumed.",
    )
    assert (layout.month, layout.day, layout.year, layout.time) == (3, 3, None, "17:45")
    assert (layout.dateline, layout.agency) == ("MOSCOW", "TASS")
    assert layout.body == "Gazprom and CNPC resumed talks.\n\nA second paragraph."
    assert layout.trailer_dropped


def test_plain_layout_first_line_is_title():
    layout = parse_plain_text("Headline\nBody line one.\n\nBody paragraph two.")
    assert (layout.title, layout.body) == ("Headline", "Body line one.\n\nBody paragraph two.")
    assert (layout.section, layout.lead, layout.dateline, layout.month) == ("", "", "", None)


def test_title_only():
    layout = parse_plain_text("\n\nJust a headline\n\n")
    assert (layout.title, layout.body) == ("Just a headline", "")


def test_empty_text():
    assert parse_plain_text(" \n ") == parse_plain_text("")
    assert parse_plain_text("").title == ""


def test_a_text_opening_with_its_dateline_has_no_title():
    layout = parse_plain_text(
        "MOSCOW, March 3 (Interfax) - Rosneft raised output by 3.5%, Igor Sechin said.\n\n"
        "Second paragraph."
    )
    assert layout.title == ""
    assert (layout.dateline, layout.agency, layout.month, layout.day) == (
        "MOSCOW",
        "Interfax",
        3,
        3,
    )
    assert layout.body == "Rosneft raised output by 3.5%, Igor Sechin said.\n\nSecond paragraph."
