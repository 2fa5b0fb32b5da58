"""Candidate positions: the starts of digit runs (found with numpy) and of number words (an
Aho-Corasick automaton), outside URLs, so that text without numbers costs a few passes in C
and no Python.
"""

from __future__ import annotations

import bisect
import re

import numpy as np

from analysis.quantity.lexicon import Lexicon
from analysis.quantity.numerals import VULGAR

_URL = re.compile(r"(?:https?://|www\.)\S+")

# The scan for candidates reads the lower-cased text as one byte a character (Latin-1, "?" for
# the rest), translated: digits and the Latin-1 fractions to 1 (else 0) for numpy, and letters
# a-z kept, other letters to "j" (in no number word) and the rest to spaces for the automaton.
_DIGIT_BYTES = bytes(chr(b) in "0123456789" or chr(b) in VULGAR for b in range(256))
_WIDE_VULGAR = [char for char in VULGAR if ord(char) > 0xFF]
_WORD_BYTES = bytes(
    b if 97 <= b <= 122 else ord("j") if chr(b).isalpha() else ord(" ") for b in range(256)
)


def _digit_starts(text: str, latin: bytes) -> list[int]:
    """Where runs of ASCII digits (or a vulgar fraction) start in ``text``, found with numpy on
    ``latin`` (its lower-cased Latin-1 bytes), not with Python."""
    digit = np.frombuffer(latin.translate(_DIGIT_BYTES), dtype=bool)
    wide = [char for char in _WIDE_VULGAR if char in text] if not text.isascii() else []
    if wide:
        digit = digit.copy()
        for char in wide:
            pos = text.find(char)
            while pos >= 0:
                digit[pos] = True
                pos = text.find(char, pos + 1)
    first = digit.copy()
    first[1:] &= ~digit[:-1]
    return np.flatnonzero(first).tolist()


def candidates(text: str, lower: str, lex: Lexicon) -> list[int]:
    latin = lower.encode("latin-1", "replace")
    starts = _digit_starts(text, latin)
    n = len(lower)
    words = " " + latin.translate(_WORD_BYTES).decode("ascii") + " "
    for last, length in lex.automaton.iter(words):  # " seven " ends at ``last`` in ``words``
        start = last - length - 1
        end = start + length
        if (start == 0 or not lower[start - 1].isalpha()) and (
            end >= n or not lower[end].isalpha()
        ):
            starts.append(start)
    if "://" in text or "www." in lower:
        urls = [m.span() for m in _URL.finditer(text)]
        ends = [b for _, b in urls]
        starts = [p for p in starts if not _inside(p, urls, ends)]
    starts.sort()
    return starts


def _inside(pos: int, spans: list[tuple[int, int]], ends: list[int]) -> bool:
    i = bisect.bisect_right(ends, pos)
    return i < len(spans) and spans[i][0] <= pos
