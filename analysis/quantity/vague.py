"""Vague amounts: "hundreds of troops", "tens of billions of rubles", "several thousand people",
"dozens of drones". News states many of its largest numbers this way; each is read as a range
from two to nine of its unit ("hundreds" is 200 to 900), approximate (change "~"), so that it
is counted and compared with the figures written in digits, and never as exactly 100.
"""

from __future__ import annotations

import re

from analysis.quantity.lexicon import Lexicon
from analysis.quantity.nouns import people_harmed
from analysis.quantity.numerals import SPACE, Quantity
from analysis.quantity.words import SCALE_WORDS, VAGUE_PLURALS

_SINGULARS = {"dozen": 12.0, "hundred": 100.0, **SCALE_WORDS}  # after "several", "a few"
LOW, HIGH = 2.0, 9.0  # "hundreds": at least two hundred, fewer than a thousand

# "hundreds", "tens of thousands", "hundreds of millions": plural words joined by "of"
_PLURAL_RUN = re.compile(
    rf"({'|'.join(VAGUE_PLURALS)})"
    rf"(?:[ \t]+of[ \t]+({'|'.join(word + 's' for word in SCALE_WORDS)})(?![a-z]))?"
)
_OF = re.compile(r"[ \t]+of[ \t]+(?=[a-z$\u20ac\u00a3%])")
_SCALE_AFTER = re.compile(rf"[ \t]+({'|'.join(SCALE_WORDS)})(?![a-z])")
# "several hundred", "a few thousand": a determiner of a small vague number, then a scale
_DETERMINER = re.compile(r"(?<![a-z])(several|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]+\Z")


def read_vague(text: str, lower: str, pos: int, lex: Lexicon) -> Quantity | None:
    """The vague amount starting at candidate ``pos`` (a plural like "hundreds", or the scale
    word after "several"), with the unit written after "of" ("hundreds of millions of
    dollars") or after the scale ("several thousand tonnes"); None when there is none.

    The Quantity's ``value`` is the low end and ``vague_high`` the high end, before the unit's
    own scale; ``tokens`` hold the determiner ("several", "a few") or the plural words.
    """
    plural = _PLURAL_RUN.match(lower, pos)
    if plural:
        of = _OF.match(lower, plural.end())
        if not (of or plural.group(2) or people_harmed(lower, pos, plural.end()) is not None):
            return None  # "thousands were there": no amount of anything; "dozens were killed"
        size = VAGUE_PLURALS[plural.group(1)]
        if plural.group(2):
            size *= VAGUE_PLURALS[plural.group(2)]  # tens of thousands
        q = Quantity(pos, plural.end(), LOW * size, words=True, plain=False)
        unit = lex.units.match(text, lower, of.end()) if of else None
        if unit:
            q.unit, q.end = unit  # hundreds of millions of dollars, thousands of tonnes
        elif of:
            q.end = of.start() + len(of.group().rstrip())  # "hundreds of": the noun follows
    else:
        word = lower[pos : pos + 9].split(" ", 1)[0]
        determiner = _DETERMINER.search(lower, max(0, pos - 16), pos)
        if word not in _SINGULARS or not determiner:
            return None
        size, end = _SINGULARS[word], pos + len(word)
        while more := _SCALE_AFTER.match(lower, end):  # several hundred million dollars
            size, end = size * _SINGULARS[more.group(1)], more.end()
        q = Quantity(determiner.start(), end, LOW * size, words=True, plain=False)
        unit = lex.units.match(text, lower, SPACE.match(text, q.end).end())
        if unit:
            q.unit, q.end = unit  # several thousand tonnes
    q.vague_high, q.integer = HIGH * size, False
    # the determiner ("several", "a few"), or the plurals ("tens", "of", "thousands")
    q.tokens = tuple(lower[q.start : plural.end() if plural else pos].split())
    return q
