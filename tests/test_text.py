"""Sentences and tokens with offsets (analysis.text).

Expected tokens and sentences are read off each short input; the seed's sentences off
seeds/000_ddda338cfb54461b.txt.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import (
    normalise,
    sentence_table,
    split_sentences,
    stopwords,
    token_table,
    tokenize,
)


def tokens(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# --- tokens ----------------------------------------------------------------------------------


def test_sakhalin_2_is_one_token():
    assert tokens("the Sakhalin-2 LNG project") == [
        ("the", "word"), ("Sakhalin-2", "word"), ("LNG", "word"), ("project", "word"),
    ]  # fmt: skip


def test_hyphenated_lower_case_word_is_one_token():
    assert tokens("not-too-distant") == [("not-too-distant", "word")]


def test_percentage_range_is_a_number_and_a_percent_sign():
    # The seed: "Japan receives almost 9-10% of all imported LNG".
    assert tokens("almost 9-10% of") == [
        ("almost", "word"), ("9-10", "number"), ("%", "punct"), ("of", "word"),
    ]  # fmt: skip


@pytest.mark.parametrize("number", ["1,200.5", "2020", "0.5", "9\u201310"])
def test_numbers_stay_whole(number):
    assert tokens(f"about {number} tonnes")[1] == (number, "number")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A decimal number glued to a unit abbreviation keeps its decimals.
        ("$1.2bn", [("$", "punct"), ("1.2", "number"), ("bn", "word")]),
        ("1.5m", [("1.5", "number"), ("m", "word")]),
        ("2.5-3bn", [("2.5-3", "number"), ("bn", "word")]),
        ("the 1,000th", [("the", "word"), ("1,000", "number"), ("th", "word")]),
        # A whole number glued to letters is one word, as before.
        ("10bn", [("10bn", "word")]),
        ("3rd", [("3rd", "word")]),
    ],
)
def test_numbers_glued_to_letters(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "text, base",
    [
        ("Russia\u2019s", "Russia"),
        ("Russia's", "Russia"),
        ("Party's", "Party"),
        ("Party\u2019s", "Party"),
    ],
)
def test_possessive_splits_off(text, base):
    base_token, possessive = tokenize(text)
    assert (base_token.text, base_token.norm, base_token.kind) == (base, base.lower(), "word")
    assert (possessive.text, possessive.norm, possessive.kind) == (
        text[len(base) :],
        "'s",
        "possessive",
    )


def test_curly_and_straight_apostrophes_tokenise_alike():
    curly = [(t.norm, t.kind) for t in tokenize("the Party\u2019s and Russia\u2019s")]
    straight = [(t.norm, t.kind) for t in tokenize("the Party's and Russia's")]
    assert curly == straight


@pytest.mark.parametrize(
    "text, expected",
    [
        ("don't", [("do", "word"), ("n't", "clitic")]),
        ("we\u2019ll", [("we", "word"), ("\u2019ll", "clitic")]),
        ("O'Brien", [("O'Brien", "word")]),  # a name, not a clitic
    ],
)
def test_clitics(text, expected):
    assert tokens(text) == expected


def test_capitalised_pair_gives_both_names():
    assert tokens("Japan-Russia relations") == [
        ("Japan", "word"), ("-", "punct"), ("Russia", "word"), ("relations", "word"),
    ]  # fmt: skip


def test_capitalised_pair_offsets():
    japan, hyphen, russia = tokenize("Japan-Russia")
    assert [(t.start, t.end) for t in (japan, hyphen, russia)] == [(0, 5), (5, 6), (6, 12)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the U.S. market", ("U.S.", "abbrev")),
        ("at 8:04 today", ("8:04", "time")),
        ("Mr. Abiru said", ("Mr.", "abbrev")),
        ("on Feb. 14", ("Feb.", "abbrev")),
    ],
)
def test_stays_whole(text, expected):
    assert expected in tokens(text)


def test_norm_is_lower_case_with_plain_apostrophes():
    assert [t.norm for t in tokenize("U.S. O\u2019Brien LNG")] == ["u.s.", "o'brien", "lng"]


def test_tokenize_part_of_the_text():
    text = "First part. Second part."
    assert [(t.text, t.start) for t in tokenize(text, 12, 24)] == [
        ("Second", 12), ("part", 19), (".", 23),
    ]  # fmt: skip


# --- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Abiru spoke. He left.", ["Mr. Abiru spoke.", "He left."]),
        ("The U.S. President spoke. Then he left.", ["The U.S. President spoke.", "Then he left."]),
        ("On Feb. 14 he spoke. Then he left.", ["On Feb. 14 he spoke.", "Then he left."]),
        (
            "Talks with Dr. Smith and J. Doe ended. Why?",
            ["Talks with Dr. Smith and J. Doe ended.", "Why?"],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ('"It is over." Then he left.', ['"It is over."', "Then he left."]),
        ("Prices rose 2.5 percent. Exports fell.", ["Prices rose 2.5 percent.", "Exports fell."]),
        ("See No. 5 on the list. Done.", ["See No. 5 on the list.", "Done."]),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraphs_never_merge():
    # No full stop at the end of the first paragraph: the blank line alone ends it.
    text = "A headline without a period\n\nTOKYO. The body starts here\n \nAnd goes on"
    assert sentences(text) == [
        "A headline without a period",
        "TOKYO.",
        "The body starts here",
        "And goes on",
    ]


def test_seed_headline_lead_and_body_are_separate_sentences(seed_document):
    first = sentences(seed_document["text"])[:3]
    assert first == [
        "Normalization of Russian-Japanese ties possible in near future",
        "Japanese expert on Russia Taisuke Abiru opined that this will happen if talks on Ukraine "
        "produce result and the process of lifting economic sanctions begins",
        "Normalization of relations between Russia and Japan is possible in the not-too-distant "
        "future if talks on Ukraine produce result and the process of lifting economic sanctions "
        "begins, a leading Japanese expert on Russia Taisuke Abiru has told TASS.",
    ]


def test_seed_sentence_count(seed_document):
    # Counted by hand: title 1, lead 1, then the body's 13 paragraphs hold 1, 1, 1, 1,
    # 2 ("... must be created." / "The focus ..."), 1 (the subheading "Current cooperation
    # projects remain"), 1, 1, 2 ("... he said." / "In this way ..."), 1, 1, 2, 3 sentences.
    assert len(split_sentences(seed_document["text"])) == 20


def test_seed_possessives(seed_document):
    possessives = [t for t in tokenize(seed_document["text"]) if t.kind == "possessive"]
    # "Trump’s", "country’s", "Russia’s" (twice), "Ministry’s", "Tokyo’s" with curly
    # apostrophes; "Party's", "administration's" with straight ones.
    assert len(possessives) == 8
    assert {t.norm for t in possessives} == {"'s"}


# --- stop words ------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["the", "and", "of", "is"])
def test_stopwords_include(word):
    assert word in stopwords()


@pytest.mark.parametrize("word", ["russia", "japan", "sanctions", "lng"])
def test_stopwords_exclude(word):
    assert word not in stopwords()


def test_stopwords_are_lower_case_with_plain_apostrophes():
    words = stopwords()
    assert all(w == w.lower() and "\u2019" not in w for w in words)


# --- tables ----------------------------------------------------------------------------------


def test_sentence_table():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "text": ["One. Two.", "Three"]})
    table = sentence_table(documents)
    assert table.to_dict("list") == {
        "doc_id": ["a", "a", "b"], "sentence_id": [0, 1, 0], "start": [0, 5, 0], "end": [4, 9, 5],
    }  # fmt: skip


def test_token_table():
    documents = pd.DataFrame({"doc_id": ["a"], "text": ["Russia\u2019s gas. Up 9-10%."]})
    table = token_table(documents)
    assert table["token"].tolist() == ["Russia", "\u2019s", "gas", ".", "Up", "9-10", "%", "."]
    assert table["sentence_id"].tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    assert table["norm"].tolist()[1] == "'s"


# --- properties ------------------------------------------------------------------------------

# Pieces of news-like text: terminal punctuation, quotes of both kinds, paragraph breaks,
# digits, hyphens, apostrophes, abbreviations, and odd whitespace (U+2028, NBSP, U+001C).
NEWS_PIECES = [
    *"aZé .!?,:;%-\u2013\u2014'\u2019\"\u201c\u201d()\n\t09",
    "Mr.", "U.S.", "Feb.", "No.", "\n\n", "\n \n", "\r\n", "\u2019s", "'s", "9-10%", "8:04",
    "Sakhalin-2", "Japan-Russia", "...", "\u2026", "\u00a0", "\u2028", "\x1c", "\u0301",
    "\u0130", "TOKYO, February 14. /TASS/. ", " He said. ", "Russia",
]  # fmt: skip
news_text = st.lists(st.sampled_from(NEWS_PIECES), max_size=80).map("".join)
any_text = st.text(max_size=300)


def check_tokens(text: str) -> None:
    position = 0
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert position <= token.start < token.end
        assert text[position : token.start].strip() == ""  # every non-space character is in a token
        position = token.end
    assert text[position:].strip() == ""


def check_sentences(text: str) -> None:
    position = 0
    for start, end in split_sentences(text):
        assert position <= start < end
        assert text[position:start].strip() == ""  # only whitespace between sentences
        assert text[start:end] == text[start:end].strip()
        position = end
    assert text[position:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_token_offsets_any_text(text):
    check_tokens(text)


@settings(max_examples=300, deadline=None)
@given(news_text)
def test_token_offsets_news_text(text):
    check_tokens(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_sentences_cover_any_text(text):
    check_sentences(text)


@settings(max_examples=300, deadline=None)
@given(news_text)
def test_sentences_cover_news_text(text):
    check_sentences(text)


@settings(max_examples=300, deadline=None)
@given(news_text)
def test_sentence_tokens_stay_in_their_sentence(text):
    for start, end in split_sentences(text):
        for token in tokenize(text, start, end):
            assert start <= token.start < token.end <= end
            assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Sanctions hit the U.S. The prices rose.", ["Sanctions hit the U.S.", "The prices rose."]),
        ("Talks ended at 5 p.m. It was late.", ["Talks ended at 5 p.m.", "It was late."]),
        ("Oil, gas, etc. The ministry said so.", ["Oil, gas, etc.", "The ministry said so."]),
        # before a name or another word, the abbreviation goes on
        ("Talks ended at 5 p.m. Officials left.", ["Talks ended at 5 p.m. Officials left."]),
        ("The U.S. President spoke.", ["The U.S. President spoke."]),
        ("He met Mr. The.", ["He met Mr. The."]),  # a title never ends a sentence
    ],
)
def test_an_abbreviation_ends_a_sentence_before_a_capitalised_function_word(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_term_written_with_a_non_breaking_hyphen_is_the_same_term():
    assert normalise("Sakhalin\u20112") == normalise("Sakhalin-2") == "sakhalin-2"
    assert normalise("Russia\u2019s") == "russia's"


def test_web_and_mail_addresses_are_one_token_each():
    text = (
        "Contact press@gazprom.ru or https://www.gazprom.com/press/news. Visit www.kremlin.ru, then"
    )
    links = [t.text for t in tokenize(text) if t.kind == "link"]
    assert links == ["press@gazprom.ru", "https://www.gazprom.com/press/news", "www.kremlin.ru"]
