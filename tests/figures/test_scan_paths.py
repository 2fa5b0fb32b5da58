"""Paths of the fast scan for candidates and of the corpus table, on short hand-built texts.

Candidates are found on the lower-cased text read as Latin-1 bytes (other characters become
"?"), so fractions outside Latin-1 and letters outside it next to a number word need their own
cases; ``figures`` reads each sentence once from the lower-cased document, except where a
capital sigma makes lower-casing depend on the letters around it. Expected values are read off
the text by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.figures import figures
from analysis.quantities import extract_figures


def _found(text: str) -> list[list]:
    return extract_figures(text)[["surface", "value_low", "unit"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 2\u215b tonnes", [["2\u215b tonnes", 2.125, "tonne"]]),  # 1/8: not Latin-1
        ("\u00bd of all gas", [["\u00bd", 0.5, ""]]),  # 1/2: Latin-1
        ("na\u00efve nine tonnes", [["nine tonnes", 9.0, "tonne"]]),
    ],
)
def test_fractions_and_words_outside_ascii_are_read(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["\u0436five tonnes", "five\u0436 tonnes", "\u00dcnine tonnes", "\u00fcnine tonnes"],
)
def test_number_word_inside_a_longer_word_is_no_figure(text):
    assert _found(text) == []


def test_number_word_between_quotes_outside_latin1_is_read():
    assert _found("\u201cfive\u201d tonnes") == [["five", 5.0, ""]]


def _table(text: str, end: int) -> pd.DataFrame:
    documents = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    sentences = pd.DataFrame({"doc_id": ["d"], "sentence_id": [0], "start": [0], "end": [end]})
    mentions = pd.DataFrame(columns=["doc_id", "sentence_id", "start", "actor"])
    return figures(documents, mentions=mentions, sentences=sentences)


def test_sentence_with_capital_sigma_keeps_its_commodity():
    text = "\u03a3\u0391\u03a3 exported 4 bcm of LNG."
    found = _table(text, len(text))
    assert found[["surface", "commodity", "relation"]].values.tolist() == [
        ["4 bcm", "LNG", "export"]
    ]


def test_capitalised_commodity_form_needs_its_capitals():
    text = "Lng prices rose 3%."
    assert _table(text, len(text))["commodity"].tolist() == [""]


def test_figure_outside_every_sentence_is_dropped():
    assert _table("Exports rose 5%. Imports fell 3%.", 16)["surface"].tolist() == ["5%"]


def test_actors_are_those_of_the_figure_sentence_in_order_of_mention():
    text = "Russia and Japan raised exports by 5%. China fell 3%."
    documents = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    sentences = pd.DataFrame(
        {"doc_id": ["d", "d"], "sentence_id": [0, 1], "start": [0, 39], "end": [38, len(text)]}
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["d", "d", "d", "e"],
            "sentence_id": [0, 0, 1, 0],
            "start": [11, 0, 39, 0],
            "actor": ["Japan", "Russia", "China", "Elsewhere"],
        }
    )
    found = figures(documents, mentions=mentions, sentences=sentences)
    assert found["actors"].tolist() == ["Russia; Japan", "China"]
