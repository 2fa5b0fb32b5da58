"""Class rules that drop what is not a figure, judged at each candidate: dates and times,
years standing alone, ordinals, numbers inside names (``Article 5``, ``Nord Stream 2``), list
markers and codes, tenors and windows looking back (``10-year Treasury``, ``52-week high``); and
"the first three quarters" read as quarters of a year.
"""

from __future__ import annotations

import re

from analysis.quantity.lexicon import MONTH_SET, MONTHS, Lexicon
from analysis.quantity.nouns import count_noun, previous_word, sentence_start
from analysis.quantity.numerals import SPACE, Quantity
from analysis.quantity.ranges import RANGE_LINK, RATIO_LINK
from analysis.quantity.words import AND_AFTER, SINGULAR_DENOMINATORS, SMALL, WORD_SEQUENCE

_CLOCK = re.compile(r"[ \t]*(?:a\.m\.|p\.m\.|am|pm|o'clock|o\u2019clock|gmt|utc|msk|hrs)(?![a-z])")
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+(?:{MONTHS})(?![a-z])")
_NAME_NOUNS = frozenset(
    "article articles paragraph paragraphs section sections clause clauses chapter chapters "
    "page pages item items resolution decree no no. nos nos. nr nr. nrs nrs. number part parts "
    "annex appendix line flight route room channel version phase stage block unit point points "
    "vol vol. p. pp. tel fax code grade level group protocol tranche round day session episode "
    "edition issue volume convention camp order law regulation regulations directive rule "
    "reference ref ref. "
    "rules amendment amendments title annexe".split()
)
# a number, then a name before the number read: "18 Leopard 2 tanks" (a model's number)
_NUMBER_THEN_NAME = re.compile(r"\d[\d,.]*[ \t]+[A-Z][\w-]*[ \t]+\Z")
# a month and day, then a word that lists another day: what a number ending here belongs to
_DAY_BEFORE = re.compile(
    rf"(?:{MONTHS.title()})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:[ \t]*,[ \t]*\d{1,2})*[ \t]*(?:,|and|or|to|through|until|till)[ \t]*\Z"
)
# what may follow such a day: not a unit or a noun ("On May 5, 20 percent", "14 and 20 tankers")
_DAY_AFTER = re.compile(
    r"(?:st|nd|rd|th)?[ \t]*(?:[,.;:)\u2013\u2014-]|\Z|(?:and|or|in|at)(?![a-z]))"
)
_SPACED_ORDINAL = re.compile(r"[ \t](?:st|nd|rd|th)(?![a-z])")
YEAR_WORDS = (
    frozenset(
        "in since by until till from to of before after during for through year years and or "
        "between early late mid end the fiscal fy spring summer autumn fall winter around "
        "our their its his her my your this that these those last next".split()
    )
    | MONTH_SET
)


def is_lone_year(text: str, lower: str, q: Quantity, lex: Lexicon, hedged: bool) -> bool:
    """A year with no range, hedge (``hedged``: one is written before it) or counted noun after
    it ("in 2019", not "2019 tonnes")."""
    if RANGE_LINK.match(lower, q.end) or hedged:
        return False
    noun = count_noun(text, q.end, lex)
    if noun and lex.change_after.match(text, lower, SPACE.match(text, q.end).end()):
        return True  # 2024 gains, 2023 cuts: the year of a change, not a count of changes
    return not (noun and previous_word(text, q.start).lower() not in YEAR_WORDS)


# the words of a measure written before its number with a hyphen: "a magnitude-6.4 quake"
_MEASURE_BEFORE = re.compile(r"(?<![a-z])magnitude\Z")
_QUAKE = re.compile(r"[Mm]\d\.\d(?=[ \t]+(?:quake|earthquake|aftershock|tremor))")


# a house number's street: up to three capitalised words, then a street's word in capitals
_STREET_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}?[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Boulevard|Blvd\.?|Lane|Drive|Parkway|Place|Square|Embankment|Prospekt|Prospect|Way|Terrace|"
    r"Highway|Court)(?![\w-])"
)


# a person's age between commas after the person's name or a word for a person: "Lula, 79,
# said", "The president, 71, ..." (not "we have, let us say, 40, ...")
_NAMED_BEFORE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*|(?<![a-z])(?:president|minister|leader|premier|chancellor|king|"
    r"queen|prince|man|woman|boy|girl|son|daughter|father|mother|husband|wife|driver|"
    r"soldier|officer|victim|suspect|pilot|student|worker))"
    r",[ \t]+\Z"
)
_AGE_AFTER = re.compile(r",[ \t]+(?:[a-z]|[A-Z][a-z]+[ \t]+[a-z])")


def is_date_or_code(text: str, lower: str, q: Quantity, pos: int, lex: Lexicon) -> bool:
    """Class rules for digits that are not figures, judged before any unit is known."""
    before = text[pos - 1] if pos else " "
    if before in "Mm" and _QUAKE.match(text, pos - 1):
        return False  # an M5.2 aftershock: a magnitude
    if not q.currency_prefix and (before.isalpha() or before in "#\u2116_"):
        return True  # G20, MH17, #5
    if before in "-\u2010\u2011\u2013\u2014" and pos >= 2 and text[pos - 2].isalnum():
        if not _MEASURE_BEFORE.search(lower, max(0, pos - 12), pos - 1):
            return True  # Sakhalin-2, COVID-19, Su-57, mid-2019, a 3-1 score
    if q.plain and _SPACED_ORDINAL.match(lower, q.digits_end):
        return True  # the 60 th anniversary
    if q.plain and q.value <= 31:
        if MONTH_AFTER.match(lower, q.digits_end):
            return True  # 14 February
        month = lex.months.before(lower, q.start)
        if (
            month
            and (month[0] != "may" or text[month[1]] == "M")
            and ("," not in lower[month[1] : q.start] or _DAY_AFTER.match(lower, q.digits_end))
        ):
            return True  # February 14; but "in January, 3% in February", "By May, 20 countries"
        if _DAY_AFTER.match(lower, q.digits_end) and _DAY_BEFORE.search(
            text, max(0, q.start - 40), q.start
        ):
            return True  # the 20 of "between May 13 and 20", "on June 3, 5 or 7"
    if q.plain and q.unit is None and _STREET_AFTER.match(text, q.digits_end):
        return True  # 10 Downing Street, 1600 Amphitheatre Parkway: an address
    if (
        q.plain
        and 15 <= q.value <= 110
        and q.value == int(q.value)
        and _AGE_AFTER.match(text, q.digits_end)
        and _NAMED_BEFORE.search(text, max(0, pos - 40), pos)
    ):
        return True  # "The president, 71, said", "Jane Smith, 45, a nurse": an age
    leading_zero = q.plain and text[pos] == "0" and q.digits_end - pos > 1
    if q.plain and q.unit is None and (_CLOCK.match(lower, q.end) or leading_zero):
        return True  # 8 pm, 0900 GMT
    digits_end = q.digits_end if q.plain else -1
    if 0 < digits_end + 1 < len(text) and text[digits_end] in ".)" and q.value < 100:
        line_start = text.rfind("\n", max(0, pos - 12), pos) + 1
        if (
            (line_start or pos < 12)
            and not text[line_start:pos].strip()
            and text[digits_end + 1].isspace()
        ):
            return True  # list marker
    return False


# What a compound of a number and a unit of time ("10-year", "one-week") names rather than
# measures, when it modifies one of these nouns a few words on: a security or rate whose name
# holds its maturity (a tenor: "the 10-year Treasury note", "its one-week repo rate", "copper
# for three-month delivery"), an extreme over a window looking back ("a 40-year high", "a
# 52-week low"), or a statistic over a moving window ("the seven-day average", "the 12-month
# inflation rate", "the five-year survival rate"). A compound before any other noun states a
# duration and stays a figure: "a 10-year contract", "a 24-hour strike", "a 42-day first
# phase", "a four-day winning streak", "a six-month increase", "a 30-year record of work".
_TENOR_NOUNS = (
    "treasury|treasuries|notes?|bonds?|bills?|t-bills?|gilts?|bunds?|btps?|jgbs?|ofzs?|"
    "eurobonds?|paper|securities|yields?|mortgages?|rates?|repos?|libor|euribor|sofr|shibor|"
    "hibor|lpr|swaps?|breakevens?|futures|forwards?|cds|maturity|maturities|tenor|spreads?|"
    "deposits?|delivery|volatility|benchmark|"
    "averages?|mean|median|total|incidence|moving|rolling|trailing|inflation|"
    "highs?|lows?|peaks?|troughs?|records?(?![ \t]+of)"
)
# a change over a window, after a superlative: "the biggest one-day rise", "its first two-day
# loss" (not "after a ten-year decline", how long the decline lasted)
_WINDOW_CHANGES = (
    "rises?|falls?|drops?|gains?|loss|losses|declines?|jumps?|rally|rallies|slide|slump|surge|"
    "advance|plunge|increase|decrease|selloff|sell-off|moves?|swings?"
)
_SUPERLATIVE_BEFORE = re.compile(r"(?<![a-z])(?:[a-z]+est|first|second|third|record)[ \t]+\Z")


def _noun_after(nouns: str) -> re.Pattern:
    """One of ``nouns`` after at most three words of a noun phrase (a name or adjective, no word
    of grammar): "10-year U.S. Treasuries", "one-year loan prime rate"."""
    return re.compile(
        r"(?:[ \t]+(?!(?:for|of|the|a|an|and|or|to|in|on|at|by|with|from|that|which|was|were|"
        r"is|are|has|have|had|will|would|its|their)(?![\w.&'-]))[\w.&'-]+){0,3}?"
        rf"[ \t]+(?:{nouns})(?![\w-])"
    )


_TENOR_AFTER = _noun_after(_TENOR_NOUNS)
_WINDOW_CHANGE_AFTER = _noun_after(_WINDOW_CHANGES)
_HYPHENED_TIME = re.compile(r"[\w.,]*[-\u2010\u2011][a-z]+\Z")


def is_tenor_or_window(text: str, lower: str, q: Quantity) -> bool:
    """A number and a unit of time joined by a hyphen that names a security's maturity or a
    window looking back ("10-year Treasury", "52-week high", "seven-day average", "the biggest
    one-day rise"), not a duration (see ``_TENOR_NOUNS``)."""
    if (
        q.unit is None
        or q.unit.dimension != "time"
        or q.per
        or q.scale != 1.0
        or not _HYPHENED_TIME.match(lower, q.start, q.end)
    ):
        return False
    if _TENOR_AFTER.match(lower, q.end):
        return True
    return bool(
        _WINDOW_CHANGE_AFTER.match(lower, q.end)
        and _SUPERLATIVE_BEFORE.search(lower, max(0, q.start - 20), q.start)
    )


# a name's number, then a list joined by commas, "and", "or": "Nord Stream 1 and ", "Units 3, 4
# and ", "Sakhalin-1 and "
_NAME_LIST = re.compile(
    r"([A-Za-z][\w.]*)(?:[ \t]+|-)\d{1,4}(?:[ \t]*,[ \t]*\d{1,4})*"
    r"(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*(?:and|or|&)[ \t]+)\Z"
)


_LIST_LINK_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]*\Z")


def is_in_name_list(text: str, q: Quantity, lex: Lexicon) -> bool:
    """The later numbers of a list of names' numbers: the 2 of "Nord Stream 1 and 2", the 4 of
    "Units 3 and 4", "Sakhalin-1 and 2 projects", "Articles 5 and 6"."""
    if not q.plain or q.unit is not None or q.scale != 1.0 or q.currency_prefix:
        return False
    if not _LIST_LINK_BEFORE.search(text, max(0, q.start - 6), q.start):
        return False  # no list before it: the common case, decided without the long pattern
    listed = _NAME_LIST.search(text, max(0, q.start - 40), q.start)
    if not listed or listed.end() == listed.start(1) + len(listed.group(1)):
        return False
    word = listed.group(1)
    if word.lower() in MONTH_SET:
        return False  # March 20, 84 were delegated
    if text[listed.end(1)] == "-":
        return word[0].isupper()  # Sakhalin-1
    if word.lower() in _NAME_NOUNS or word.lower().rstrip("s") in _NAME_NOUNS:
        return True  # Articles 5 and 6, Units 3 and 4
    return (
        any(c.isupper() for c in word)
        and word.lower() not in lex.stopwords
        and not sentence_start(text, listed.start(1))  # "Maybe 250 or 300"
    )


_DOTTED = re.compile(r"\d+(?:\.\d+)+")


def is_name_number(text: str, q: Quantity, lex: Lexicon) -> bool:
    """Nord Stream 2, Article 5, Boeing 737: a bare integer after a name or a numbering noun;
    also a decimal after a numbering noun (Version 2.0, Rule 9.2, Section 3.1)."""
    if q.unit is not None or q.scale != 1.0 or q.currency_prefix:
        return False
    word = previous_word(text, q.start)
    if not word:
        return False
    if not q.plain:
        return bool(_DOTTED.fullmatch(text, q.start, q.end)) and word.lower() in _NAME_NOUNS
    if word.lower() in _NAME_NOUNS or word == "No":
        return True  # Article 5, No 10
    # a capital anywhere in the word before: Nord Stream 2, Boeing 737, iPhone 12; S&P 500
    if len(word) == 1 and word.isupper() and "&" in text[max(0, q.start - 4) : q.start]:
        return True
    return any(c.isupper() for c in word) and word.lower() not in lex.stopwords


def numbers_a_name(text: str, q: Quantity) -> bool:
    """Whether the number of a name (see ``is_name_number``) is one even before a noun it might
    count: after a numbering noun in capitals ("Article 5 commits", "Section 232 tariffs") or
    after a model's name that follows another number ("18 Leopard 2 tanks")."""
    word = previous_word(text, q.start)
    return (word.lower() in _NAME_NOUNS and word[:1].isupper()) or bool(
        _NUMBER_THEN_NAME.search(text, max(0, q.start - 40), q.start)
    )


# what may follow a share after "by": a function word or punctuation, not a noun ("a third party")
_AFTER_SHARE = re.compile(
    r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:as|to|in|on|since|from|compared|over|this|last|and|or|but|"
    r"while|after|before|amid|following|when|with|against|versus|at|for|between|until|during|"
    r"year-on-year|a|the)(?![a-z])"
)


_POINT_AFTER = re.compile(r"[ \t-]+(?:a[ \t]+)?(?:percentage[ \t-]+)?points?(?![a-z])")


def _title_by(text: str, q: Quantity) -> bool:
    """A headline in title case, the number after "By": "Cuts Gas Flows By Half", "Rise By A
    Third" (an article before the number may be part of it)."""
    before = text[max(0, q.start - 6) : q.start]
    return before.endswith(("By ", "By A ")) and text[q.start - 1] == " "


def words_not_a_figure(text: str, lower: str, q: Quantity, hedged: bool) -> bool:
    if text[q.start].isupper() and not sentence_start(text, q.start) and not _title_by(text, q):
        return True  # Formula One, the Group of Seven
    if previous_word(text, q.start).lower() in _NAME_NOUNS:
        return True  # day two, phase one
    if (
        q.unit is None
        and _HYPHEN_WORD.match(lower, q.end)
        and not WORD_SEQUENCE.match(lower, q.end + 1)
    ):
        return True  # two-way, six-party talks, a half-century
    if (
        q.unit is not None
        and q.unit.dimension == "time"
        and len(q.tokens) == 1
        and q.tokens[0] in SINGULAR_DENOMINATORS
        and q.tokens[0] not in ("half", "quarter")
    ):
        return True  # for a seventh week, a third year: ordinals, not a seventh of a week
    if hedged or q.unit is not None or q.scale != 1.0:
        return False
    if q.tokens and q.tokens[0] in AND_AFTER and lower[q.start] != "a":
        return True  # several hundred, dozens
    if q.tokens == ("one",):
        return not RATIO_LINK.match(lower, q.end)  # one of, no one; but one in five
    if q.ordinal_word:
        following = lower[q.end : q.end + 4]
        previous = lower[max(0, q.start - 7) : q.start].split()[-1:]
        if q.tokens == ("half",) and lower[max(0, q.start - 3) : q.start] == "by ":
            return False  # cut by half
        if q.tokens == ("half",) and following.startswith((" of", " a ")):
            return previous in (["the"], ["first"], ["second"], ["latter"], ["former"])
        return True  # the third, the first quarter
    if q.tokens and q.tokens[-1] in SINGULAR_DENOMINATORS and q.tokens[-1] != "half":
        if _TO_A_NUMBER.match(lower, q.end):
            return False  # fell by a third to 40 bcm: a share, then the level it reached
        if lower[max(0, q.start - 3) : q.start] == "by " and _AFTER_SHARE.match(lower, q.end):
            return False  # rose by a third as prices jumped (not "by a third party")
        if _POINT_AFTER.match(lower, q.end):
            return False  # cut rates by a quarter point: a share of a percentage point
        return not lower.startswith((" of", ",", ".", " million", " billion"), q.end) and (
            q.end < len(lower)
        )
    return False


# "to" and a number in digits or a fraction: "a third to 40 bcm", "a quarter to $3 billion",
# "a third to a half"
_TO_A_NUMBER = re.compile(
    r"[ \t]+(?:to|and)[ \t]+(?:[$\u20ac\u00a3\u00a5]?\d|(?:a|an|one|two|three)[ \t-]+"
    r"(?:half|thirds?|quarters?|fifths?|tenths?)(?![a-z]))"
)


_SPAN_WORDS = frozenset("first last past next previous final recent coming".split())


def quarters_of_a_year(text: str, q: Quantity, lex: Lexicon) -> None:
    """After "first", "last", "past", ... "three quarters" are three quarters of a year, not
    three fourths ("in the first three quarters of 2018")."""
    if q.tokens[0] in SMALL and previous_word(text, q.start).lower() in _SPAN_WORDS:
        q.value, q.integer = float(SMALL[q.tokens[0]]), True
        q.unit = lex.units.match("quarters", "quarters", 0)[0]


_HYPHEN_WORD = re.compile(r"-[a-z]")
