"""Number words: their values (``twenty-five``, ``a dozen``, ``two thirds``, ``one million and
a half``) and the words the scanner looks for. Plain tables and arithmetic that import nothing
else of the reader, so the lexicon and the readers can share them.
"""

from __future__ import annotations

import re
from functools import lru_cache

SMALL = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {  # the words that scale a number, and by how much
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1e3,
    "thousandths": 1e3,
    "millionth": 1e6,
    "millionths": 1e6,
    "billionth": 1e9,
    "billionths": 1e9,
    "trillionth": 1e12,
    "trillionths": 1e12,
}
ARTICLE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", *_DENOMINATORS}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
# plurals that start a vague amount ("hundreds of troops"), and what each counts; read by
# analysis.quantity.vague
VAGUE_PLURALS = {
    "tens": 10.0,
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
AND_AFTER = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens"}
# verbs that multiply, as a multiple and its direction, read by analysis.quantity.units: "output
# doubled" is 2 times up, "its share halved" 2 times down (like "fell twofold")
MULTIPLYING = {
    "double": (2.0, "up"), "doubled": (2.0, "up"), "doubling": (2.0, "up"),
    "triple": (3.0, "up"), "tripled": (3.0, "up"), "tripling": (3.0, "up"),
    "quadruple": (4.0, "up"), "quadrupled": (4.0, "up"), "quadrupling": (4.0, "up"),
    "quintupled": (5.0, "up"),
    "halve": (2.0, "down"), "halved": (2.0, "down"), "halving": (2.0, "down"),
}  # fmt: skip
SINGULAR_DENOMINATORS = {w for w in _DENOMINATORS if not w.endswith("s")} | {"half"}
NUMBER_WORDS = {*SMALL, "hundred", *SCALE_WORDS, "dozen", "dozens", *_DENOMINATORS}
# a number word ends a word, or is glued to "fold" ("twofold": "two" and the unit "fold")
_WORD = (
    "(?:"
    + "|".join(sorted(NUMBER_WORDS | {"point"}, key=len, reverse=True))
    + ")(?:(?![a-z])|(?=fold(?![a-z])))"
)
WORD_SEQUENCE = re.compile(  # at most 16 words: no spelt-out number in news is longer
    rf"{_WORD}(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:and(?:[ \t]+|-))?(?:an?(?:[ \t]+|-))?{_WORD}){{0,15}}+"
)
LETTERS = re.compile(r"[a-z]+")


def words_value(tokens: list[str]) -> float | None:
    """Value of a sequence of number words (``one hundred and five``, ``two thirds``)."""
    if "point" in tokens:
        i = tokens.index("point")
        whole = words_value(tokens[:i]) if i else 0.0
        rest = [t for t in tokens[i + 1 :] if t != "and"]
        if whole is None or not rest or any(t not in SMALL for t in rest):
            return None
        if all(SMALL[t] < 10 for t in rest):
            digits = "".join(str(SMALL[t]) for t in rest)
        else:
            digits = str(int(words_value(rest) or 0))
        return whole + float("0." + digits)
    total, current, since_and, numerator, last_big = 0.0, 0.0, 0.0, None, 0.0
    for i, tok in enumerate(tokens):
        if tok == "and":
            since_and = 0.0
        elif tok in ("a", "an"):
            numerator = 1.0
        elif tok in SMALL:
            current += SMALL[tok]
            since_and += SMALL[tok]
        elif tok == "hundred":
            current = current - since_and + (since_and or 1) * 100
            since_and = (since_and or 1) * 100
            last_big = 0.0
        elif tok in ("dozen", "dozens"):
            if since_and:
                current += since_and * 11
            else:
                current = current * 12 if current else 12.0
            since_and = 0.0
        elif tok in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[tok]
            current = since_and = 0.0
            last_big = SCALE_WORDS[tok]
            continue
        elif tok in _DENOMINATORS:
            if not current and total and not numerator and not since_and:
                total, current = 0.0, total / _DENOMINATORS[tok]  # a hundred thousandths
            else:
                num = since_and or numerator or 1.0
                fraction = num / _DENOMINATORS[tok]
                if (
                    last_big
                    and current == since_and
                    and not (i + 1 < len(tokens) and tokens[i + 1] in SCALE_WORDS)
                ):
                    total += fraction * last_big  # one million and a half
                    current = current - since_and
                else:
                    current = current - since_and + fraction
            since_and = 0.0
        numerator = numerator if tok in ("a", "an") else None
    return total + current


@lru_cache(maxsize=4096)
def words_reading(words: str) -> tuple[int, float, bool, tuple] | int:
    """The number spelt out at the start of ``words`` (a run of number words, read once per
    distinct run): ``(length, value, ordinal_only, tokens)``, or the length to skip when it is
    no number."""
    tokens, ends = [], []
    for t in LETTERS.finditer(words):
        tokens.append(t.group())
        ends.append(t.end())
    # "and" joins only after hundred/thousand/... or before a fraction: "ten and fifteen" is two,
    # and so are two fractions ("between a third and a half")
    for i, tok in enumerate(tokens):
        if (
            tok == "and"
            and i
            and tokens[i - 1] not in AND_AFTER
            and (
                tokens[i - 1] in _DENOMINATORS
                or not any(t in _DENOMINATORS for t in tokens[i + 1 : i + 4])
            )
        ):
            tokens, ends = tokens[:i], ends[:i]
            break
    # a hyphen joins tens and units ("twenty-five") or a fraction ("one-third"); between other
    # numbers it marks a range ("five-seven years")
    for i in range(1, len(tokens)):
        gap = words[ends[i - 1] : ends[i] - len(tokens[i])]
        if "-" in gap and not (
            tokens[i - 1] in _TENS
            and SMALL.get(tokens[i], 10) < 10
            or tokens[i] in _DENOMINATORS
            or tokens[i] in ("and", "a", "an")
            and "half" in tokens[i + 1 : i + 3]
        ):  # twenty-five, one-third, one-and-a-half
            tokens, ends = tokens[:i], ends[:i]
            break
    # a singular ordinal after a number greater than one is an ordinal ("two millionth")
    for i, tok in enumerate(tokens):
        if i and tok in SINGULAR_DENOMINATORS and tok != "half":
            prev = tokens[i - 1]
            if prev in SMALL and SMALL[prev] > 1:
                tokens, ends = tokens[:i], ends[:i]
                break
    while tokens and tokens[-1] in ("point", "and", "a", "an"):
        tokens.pop()
        ends.pop()
    if not tokens:
        return len(words)
    value = words_value(tokens)
    if value is None:
        return ends[-1]
    return ends[-1], value, all(t in _DENOMINATORS for t in tokens), tuple(tokens)
