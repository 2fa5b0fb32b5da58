"""The words around a number: the word before it, whether it starts a sentence, and the
counted noun after it (``20 countries``, ``the 14-member OPEC``), made singular to serve as its
unit.
"""

from __future__ import annotations

import re

from analysis.quantity.lexicon import MONTH_SET, Lexicon
from analysis.quantity.numerals import Quantity, is_year
from analysis.quantity.words import NUMBER_WORDS, SMALL

_PREV_WORD = re.compile(r"[ \t]+([A-Za-z.'\u2019-]*[A-Za-z])")
_NEXT_WORDS = re.compile(  # a word, or an acronym (three LNG trains), then maybe two more
    r"[ \t]+([A-Z]{2,6}(?![A-Za-z])|[A-Za-z][a-z-]*[a-z])"
    r"(?:[ \t]+([a-z][a-z-]*[a-z])(?:[ \t]+([a-z][a-z-]*[a-z]))?)?"
)
# what may stand between a number and what it counts: "more", a maker's or a country's name,
# and a model's designation: "four S-400 systems", "12 Su-35 fighters", "26 Rafale-M jets",
# "571 A320neo jets", "250 Abrams M1A2 tanks", "2,500 U.S. troops", "74 more vessels"
_MODEL = re.compile(
    r"(?:[ \t]+more(?![\w-]))?"
    r"(?:[ \t]+(?:[A-Z][a-z]{2,12}[ \t]+)?"
    r"(?:[A-Z][A-Za-z]{0,5}-[A-Z\d][A-Za-z\d]{0,5}|[A-Z]{1,3}\d[A-Za-z\d]{0,6}|(?:[A-Z]\.){2,3})"
    r"(?![\w-]))?"
)
_BLANKS = re.compile(r"[ \t]*")
_FORECASTERS = re.compile(
    r"[ \t]+(?:had|have|has)[ \t]+(?:expected|forecast|predicted|estimated|projected|"
    r"anticipated)(?![a-z])"
)
_PRONOUNS = frozenset({"others", "ones"})
_IRREGULAR_PLURALS = frozenset(
    "people children men women staff personnel police aircraft troops cattle sheep fish deer "
    "livestock crew media".split()
)
# compounds of "men": servicemen, policemen, gunmen, militiamen; not the singulars in -men
_MEN = re.compile(
    r"(?!(?:speci|abdo|regi|acu|sta|se|hy|lu|cycla|albu|bitu|dura|fora|ru|teg|ye)men\Z)"
    r"[a-z]{2,}men"
)
# people named by where they are from, counted: "Russians", "Americans", "Ukrainians"
_PEOPLE = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|ans)")
_SENTENCE_END = ".!?\n:;"
_QUOTES = "\"'\u2018\u2019\u201c\u201d([\u00ab\u00bb "


def sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and j > pos - 8 and text[j] in _QUOTES:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def previous_word(text: str, pos: int) -> str:
    m = _PREV_WORD.match(text[max(0, pos - 30) : pos][::-1])
    return m.group(1)[::-1] if m else ""


def _is_plural_noun(word: str, stop: frozenset) -> bool:
    if word in _IRREGULAR_PLURALS or _MEN.fullmatch(word):
        return True
    if word in _PRONOUNS:
        return False  # wounding four others, the two ones
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in stop
    )


def count_noun(text: str, end: int, lex: Lexicon, *, far: bool = False) -> tuple[str, int] | None:
    """The plural noun counted by the number ending at ``end``, made singular, and where it
    ends: the next word or the one after; with ``far``, also the third ("440 operable nuclear
    reactors"), which the caller asks for only after a number that is no year or name."""
    skipped = _MODEL.match(text, end).end()  # four S-400 systems, 74 more vessels
    if skipped > end:
        gap = _BLANKS.match(text, skipped).end()
        ahead = text[gap : gap + 40]
        unit = lex.units.match(ahead, ahead.lower(), 0)
        if unit and unit[0].dimension not in ("time", "count"):
            return None  # 13.5 billion more cubic metres: a measure, which is no counted noun
        if unit:  # two more years, 50 more people
            return unit[0].name, gap + unit[1]
    end = skipped
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return None
    first, second = m.group(1), m.group(2)
    stop = lex.stopwords
    if first.lower() in stop or first.lower() in MONTH_SET:
        return None
    if _FORECASTERS.match(text, m.end(1)):
        return None  # "more than the 180,000 economists had expected": who expected, not what
    if first[0].islower() and _is_plural_noun(first, stop):
        return singular(first), m.end(1)
    if _PEOPLE.fullmatch(first):
        return singular(first), m.end(1)  # 140 million Russians, two Americans
    if far and first[0].isupper() and (named := _named_noun(text, end, stop)):
        return named  # 18 Leopard 2 tanks, 59 Bradley fighting vehicles
    if not second or first.endswith(("ly", "ing")):
        return None
    if _is_plural_noun(second, stop):
        return singular(second), m.end(2)
    third = m.group(3)
    # two words before the noun: "440 operable nuclear reactors", "four Russian export
    # terminals"; not when the second is a word of grammar or a verb's form ("5 were then sold")
    if far and third and second not in stop and not second.endswith(("ly", "ing", "ed")):
        if _is_plural_noun(third, stop):
            return singular(third), m.end(3)
    return None


# a maker's or a model's name, its number, and up to three words before the plural noun: "18
# Leopard 2 tanks", "100 Leopard 1A5 tanks", "12 Storm Shadow cruise missiles", "59 Bradley
# fighting vehicles", "90 Stryker armoured personnel carriers", "4 Patriot air defence systems"
_NAMED_NOUN = re.compile(
    r"[ \t]+[A-Z][A-Za-z]{2,12}(?:[ \t]+[A-Z][a-z]{2,12})?"
    r"(?:[ \t]+(?:\d[A-Za-z\d]{0,5}|[A-Z]{1,3}\d[A-Za-z\d]{0,6}))?"
    r"((?:[ \t]+[a-z][a-z-]*[a-z]){0,3}?)[ \t]+([a-z][a-z-]*s)(?![\w-])"
)


def _named_noun(text: str, end: int, stop: frozenset) -> tuple[str, int] | None:
    """The plural noun counted after a name and up to three modifiers (see ``_NAMED_NOUN``),
    made singular, and where it ends; None when a word of grammar stands between."""
    m = _NAMED_NOUN.match(text, end)
    if not m or not _is_plural_noun(m.group(2), stop):
        return None
    for word in m.group(1).split():
        if word in stop or (word.endswith("ed") and word not in _PARTICIPLE_ADJECTIVES):
            return None  # "The two Presidents discussed current issues": a verb between
    return singular(m.group(2)), m.end(2)


# the participles that modify a weapon's or a machine's noun: "armoured personnel carriers"
_PARTICIPLE_ADJECTIVES = frozenset(
    "armoured armored guided unmanned tracked wheeled advanced upgraded modernised modernized "
    "self-propelled nuclear-powered diesel-powered air-launched sea-launched ground-launched "
    "submarine-launched ship-based land-based".split()
)


# "343 of the 450 seats", "31 of 36 drones": the part counts the whole's noun
_NUMBER_WORDS = "|".join(
    [*sorted((w for w, v in SMALL.items() if v >= 2), key=len, reverse=True), "hundred"]
)
# "Two of the three units", "five of the plant's eight storage tanks": a possessive may stand
# between "the" and the total
_OF_THE_TOTAL = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|all|a[ \t]+total[ \t]+of|its|their|[A-Z][\w-]{0,30}['\u2019]s|"
    r"the[ \t]+[a-z][\w-]{0,30}['\u2019]s)[ \t]+)?"
    rf"(?:\d[\d,.]*|(?i:{_NUMBER_WORDS}))(?=[ \t])"
)


def noun_of_the_total(text: str, end: int, lex: Lexicon) -> str | None:
    """The noun counted by the total a number is part of ("343 of the 450 seats": seat)."""
    total = _OF_THE_TOTAL.match(text, end)
    noun = count_noun(text, total.end(), lex, far=True) if total else None
    return noun[0] if noun else None


_HYPHEN_NOUN = re.compile(r"-([a-z]{3,16})(?![\w-])")
_NOT_HYPHEN_NOUNS = frozenset("strong odd plus nil something ish".split())


def hyphen_noun(text: str, q1: Quantity, q2, end: int) -> tuple[str, int] | None:
    """The noun of a count written as an adjective: "the 14-member OPEC", "a 27-nation bloc"
    (digits only: "six-party talks" is a name, and "5,000-strong" no noun)."""
    if q2 is not None or q1.words or not q1.integer or is_year(q1):
        return None  # a 2022-era tanker: a year
    m = _HYPHEN_NOUN.match(text, end)
    if not m or m.group(1) in _NOT_HYPHEN_NOUNS or m.group(1) in NUMBER_WORDS:
        return None
    return m.group(1), m.end()


_SINGULARS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "lives": "life",
}


# nouns in -o whose plural takes -es (not shoes, canoes)
_O_PLURALS = frozenset(
    "cargoes embargoes heroes vetoes torpedoes potatoes tomatoes echoes volcanoes mosquitoes "
    "tornadoes".split()
)


def singular(noun: str) -> str:
    """The counted noun as a unit name: singular, like the vocabulary (countries -> country)."""
    if noun in _SINGULARS or noun in _IRREGULAR_PLURALS:
        return _SINGULARS.get(noun, noun)
    if _MEN.fullmatch(noun):
        return noun[:-3] + "man"  # servicemen -> serviceman
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes", "zes")) or noun in _O_PLURALS:
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


# People counted by what happened to them, without the word "people": "killed 32 and wounded
# 120 others", "30 were injured", "At Least 100 Killed", "Dozens were killed"
_HARMED = (
    r"killed|kill|kills|killing|wounded|wounding|injured|injuring|hurt|dead|died|die|missing|"
    r"arrested|detained|evacuated|displaced|rescued|executed|abducted|kidnapped|hospitali[sz]ed|"
    r"fled|hostages?|casualties|infected|infecting|sickened|poisoned"
)
_HARMED_BEFORE = re.compile(
    rf"(?<![a-z])(?:{_HARMED})[ \t]+(?:(?:at[ \t]+least|about|some|more[ \t]+than|nearly|almost|"
    r"another|over|up[ \t]+to)[ \t]+)?\Z"
)
# People counted by what a crowd did, written after the number: "Thousands marched in Paris",
# "some 3,000 rallied", "hundreds took to the streets"
_CROWD = (
    r"marched|protested|rallied|demonstrated|gathered|assembled|flocked|queued|attended|"
    r"watched|took[ \t]+to[ \t]+the[ \t]+streets|turned[ \t]+out|"
    r"joined[ \t]+the[ \t]+(?:protests?|rally|march)"
)
# ... or named as a crowd before it: "a crowd of 74,000", "an audience of some 2 million"
_CROWD_BEFORE = re.compile(
    r"(?<![a-z])(?:crowds?|attendance|audience)[ \t]+of[ \t]+(?:(?:about|around|some|nearly|"
    r"almost|more[ \t]+than|over|up[ \t]+to|at[ \t]+least)[ \t]+)?\Z"
)
_HARMED_AFTER = re.compile(
    r"(?P<others>[ \t]+(?:others|more))?(?:[ \t]+(?:were|have[ \t]+been|had[ \t]+been|are|was|"
    rf"have|had|remain|remained))?[ \t]+(?:{_HARMED}|{_CROWD})(?![a-z])"
)
_OTHERS = re.compile(r"[ \t]+others(?![a-z])")


def people_harmed(lower: str, start: int, end: int) -> int | None:
    """Where the noun of a number of people harmed ends when the number is written without
    "people" ("killed 32", "wounded 120 others", "30 were injured"), or of a crowd ("thousands
    marched"); None when it is no such number. ``lower`` is the text in lower case; the number
    is at ``start``..``end``."""
    after = _HARMED_AFTER.match(lower, end)
    if after:
        return after.end("others") if after.group("others") else end
    if _HARMED_BEFORE.search(lower, max(0, start - 40), start) or _CROWD_BEFORE.search(
        lower, max(0, start - 40), start
    ):
        others = _OTHERS.match(lower, end)
        return others.end() if others else end
    return None
