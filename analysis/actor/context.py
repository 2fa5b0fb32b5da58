"""What stands around a match in its text: the words the text writes, the capitalised word
before or after a name, and whether a line is a headline in title case.

Shared by the steps that decide what a match refers to (``resolving``, ``places``, ``parties``)
and by the unknown-name finder (``unknown``).
"""

from __future__ import annotations

import re
from functools import cache

from analysis.text import stopwords

stopwords_cached = cache(stopwords)

# a capitalised word right before a name, on the same line ("Denzel" of "Denzel Washington")
GIVEN_NAME = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z\u00e0-\u00ff]+)[ \u00a0]$")
# a capitalised word right after a name, on the same line ("Yo-jong" of "Kim Yo-jong"; the word
# before one is a GIVEN_NAME)
CAPITAL_AFTER = re.compile(r"[ \u00a0-]([A-Z][a-z]+)(?:-[a-z]+)?(?![\w'\u2019-])")
# the word right before a position, with the spaces between
WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+\Z")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_WORD_RUN = re.compile(r"[\w-]+")
# months and weekdays: capitalised, yet no part of a name ("in Moscow Monday")
DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)

# words looked for with a substring search before the text's words are listed once: a few
# searches cost less than listing a long text's words, many would cost more
_FIND_FIRST = 8


class Words:
    r"""Whether a word is written in a text on its own (not inside a longer word or a hyphenated
    one), as ``(?<![\w-])word(?![\w-])`` would find it; the text's words are listed once, when
    first asked for, rather than the whole text searched for each word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None
        self._asked = 0

    def __contains__(self, word: str) -> bool:
        if self._words is None and self._asked < _FIND_FIRST:
            self._asked += 1  # the first few words asked: a substring search each
            if word not in self.text:
                return False  # most words asked for are not there at all
        if not _WORD_RUN.fullmatch(word):  # a word with other characters: search for it
            return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text) is not None
        if self._words is None:
            self._words = frozenset(_WORD_RUN.findall(self.text))
        return word in self._words


def capitalised_name_word(word: str, words: Words) -> bool:
    """Whether a capitalised word may be part of a name: not a month or weekday, not a stop word,
    and never written in lower case in the text (``Says`` of a headline is "says" there)."""
    lower = word.lower()
    return lower not in DATE_WORDS and lower not in stopwords_cached() and lower not in words


def opens_sentence(text: str, pos: int) -> bool:
    """Whether only opening quotes or brackets stand between ``pos`` and a sentence's end."""
    before = text[max(0, pos - 4) : pos].rstrip(" \u00a0\"'\u201c\u2018(")
    return not before or before[-1] in ".!?\n:;"


def title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case ("Russia Cuts Gas Flows To
    Europe"): every word of four letters or more capitalised."""
    low = max(0, pos - 300)  # a bounded stretch: a text of one long line is read in linear time
    line_start = max(low, text.rfind("\n", low, pos) + 1)
    line_end = text.find("\n", pos, pos + 300)
    long_words = _LONG_WORD.findall(text, line_start, pos + 300 if line_end < 0 else line_end)
    return len(long_words) >= 3 and all(word[0].isupper() for word in long_words)
