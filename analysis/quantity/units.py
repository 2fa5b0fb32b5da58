"""What is written with a number: a scale (``10k``, ``5 bn``), a unit (``%``, ``bcm``,
``rubles``), a rate (``per day``, ``of gas a year``), a currency before it (``$``, ``RUB``) and a
smaller unit after it (``5 feet 2 inches``). ``read_quantity`` reads all of it at a candidate.
"""

from __future__ import annotations

import re

from analysis.quantity.lexicon import Lexicon, Unit
from analysis.quantity.nouns import singular
from analysis.quantity.numerals import SPACE, VULGAR, Quantity, Skip, read_digits, read_words
from analysis.quantity.words import ARTICLE_WORDS, MULTIPLYING, NUMBER_WORDS, words_value

_GLUED_LETTERS = re.compile(r"[A-Za-z\u00b0\u00b3\u00b2\u00b5\u03bc]+[23]?(?:/[A-Za-z]+)?")
_SYMBOL_BEFORE_NUMBER = re.compile(r"[$\u20ac\u00a3\u00a5\u20bd][ \t]*\d")
_MEASURE_AFTER = re.compile(r"[ \t-]*(?:tall|long|high|deep|wide|above|below|away|under|from)\b")
_NOUN_AFTER = re.compile(
    r"[ \t]+(?:[a-z]{3,}[ \t]+)?(?:[a-z]{2,}[b-df-hj-np-rtv-z]s|people)\b"
)  # not is, was; "300m smartphone owners"
_PER_WORD = re.compile(r"(?:per|an?|each|/)[ \t]*")
_PER_THOUSAND = re.compile(r"(?:1,000|1000|one thousand|thousand)[ \t]+")
_PER_NOUN = re.compile(r"[a-z]{3,20}(?![a-z'-])")
_PER_OTHER = re.compile(r"(?:share|capita|head|unit|barrel|tonne|ton|bushel)(?![a-z])")
# what any measure may be counted per: "183.1 bushels per acre", "0.72 births per woman"
DENOMINATORS = frozenset(
    "acre acres hectare hectares capita head person people woman women household households "
    "family families inhabitant inhabitants resident residents worker workers employee "
    "employees student students patient patients vehicle vehicles".split()
)
_PER_T = re.compile(r"t(?![\w/-])")
_YEAR_ON_YEAR = re.compile(r"[ \t-]+on[ \t-]+year")
# "a year earlier", "a year on," and "a year from now" date something; "a week on a four-week
# basis" and "a day from Ust-Luga" are rates, as are "55 bcm a year before it was damaged" and
# "a year since 2014" ("than a year before." dates)
_TIME_AGO = re.compile(
    r"[ \t]+(?:earlier|ago|later|after|prior|(?:before|since|on)(?=[ \t]*(?:[,.;:)]|$))"
    r"|from(?=[ \t]+(?:now|today|then)))(?![a-z])"
)


# what makes an "m" after a number metres: a word of size before it ("at a depth of 3.8m")
_MEASURE_BEFORE = re.compile(
    r"(?<![a-z])(?:depths?|heights?|altitudes?|elevation|distance|length|width|radius|"
    r"diameter|deep|high|tall|long|wide)[ \t]+(?:of[ \t]+)?(?:(?:about|around|some|nearly|"
    r"almost|roughly|up[ \t]+to|more[ \t]+than|over|under|just|only)[ \t]+)?\Z"
)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_SPACED_M = re.compile(r"m(?![\w'\u2019/-])")


def _m_is_metres(text: str, lower: str, q: Quantity, after: int, lex: Lexicon) -> bool:
    """Whether the "m" written after the number ``q`` (ending at ``after``), with no currency
    before it, is metres rather than million: a measure's word around it ("115m long", "at a
    depth of 3.8m"), or a number in comma groups ("8,849m", "the 10,000m final": nobody writes
    8.8 billion so), or a plain number with no noun or unit after it ("48m"); not before a
    unit or money ("5m tonnes", "1,500m euros"), nor after decimals ("1.5m") or before a
    counted noun ("3m people")."""
    if _MEASURE_AFTER.match(text, after) or _MEASURE_BEFORE.search(
        lower, max(0, q.start - 40), q.start
    ):
        return True
    unit = lex.units.match(text, lower, SPACE.match(text, after).end())
    if unit and unit[0].dimension not in ("length", "time"):
        return False  # 5m tonnes, 1,500m euros (not "100m metres", "400m in 43.8 seconds")
    if _GROUPED.fullmatch(text, q.start, q.end):
        return True
    return q.plain and not _NOUN_AFTER.match(text, after)


def _read_glued(text: str, lower: str, q: Quantity, lex: Lexicon, currency: bool) -> Skip | None:
    """Read a scale or unit written right after the digits (``10k``, ``75ml``, ``5bn``)."""
    m = _GLUED_LETTERS.match(text, q.end)
    if not m:
        return None
    run = m.group()
    after = m.end()
    if after < len(text) and (text[after].isalnum() or text[after] == "_"):
        return Skip(after)
    if run == "m" and not currency:
        currency = not _m_is_metres(text, lower, q, after, lex)  # 1.5m, 3m people; 8,849m
    whole = lex.units.match(text, lower, q.end)
    if whole and whole[1] > after and " per " not in whole[0].name:
        q.unit, q.end = whole  # "10.5mn t": a unit that carries its scale
        return None
    if run in lex.glued_scales and (currency or run[0].isupper() or run in ("k", "b")):
        q.scale, q.end = lex.glued_scales[run], after
        return None
    scale = lex.scales.match(text, lower, q.end)
    if scale and scale[1] == after:
        q.scale, q.end = scale[0], after
        return None
    unit = lex.glued_units.get(run)
    if unit is None:
        found = lex.units.match(text, lower, q.end)
        unit = found[0] if found and found[1] == after else None
    if unit is None:
        return Skip(after)  # an ordinal, a decade or a code: 21st, 1990s, 3D, 5G
    q.unit, q.end = unit, after
    return None


def _read_suffix(text: str, lower: str, q: Quantity, lex: Lexicon) -> None:
    """Extend ``q`` with a spaced scale word, a unit and a rate (``per day``)."""
    pos = SPACE.match(text, q.end).end()
    if q.scale == 1.0 and (q.unit is None or q.currency_prefix):
        hyphen = pos == q.end and pos < len(text) and text[pos] in "-\u2010\u2011"
        scale = lex.scales.match(text, lower, pos + 1 if hyphen else pos)  # $5.5-billion
        if scale and q.unit is None and not hyphen:
            whole = lex.units.match(text, lower, pos)
            if whole and whole[1] > scale[1] and " per " not in whole[0].name:
                scale = None  # "22.6 mln t": a unit that carries its scale, read whole below
        if scale and not (q.words and q.value >= 1000 and scale[0] < 1000):
            q.scale, q.end = scale[0], scale[1]
            pos = SPACE.match(text, q.end).end()
            larger = lex.scales.match(text, lower, pos)
            if larger and larger[0] > q.scale:  # 1.05 lakh crore, 10 thousand crore
                q.scale, q.end = q.scale * larger[0], larger[1]
                pos = SPACE.match(text, q.end).end()
    if q.unit is None and q.words and 0 < q.value < 1:
        of_a = _OF_A.match(lower, q.end)  # a quarter of a percentage point, half a point
        if of_a:
            unit = lex.units.match(text, lower, of_a.end())
            if unit:
                q.unit, q.end = unit[0], unit[1]
    if q.unit is None:
        hyphen = pos == q.end and pos < len(text) and text[pos] in "-\u2010\u2011"
        start = pos + 1 if hyphen else pos
        unit = lex.units.match(text, lower, start)
        if unit and unit[0].name == "year" and _YEAR_ON_YEAR.match(lower, start + 4):
            unit = None  # 104.5 year on year
        if unit and not _SYMBOL_BEFORE_NUMBER.match(text, start):
            q.unit, q.end = unit[0], unit[1]
        elif (
            q.scale == 1.0
            and _SPACED_M.match(text, start)
            and _m_is_metres(text, lower, q, start + 1, lex)
        ):
            q.unit, q.end = lex.glued_units["m"], start + 1  # 1,200 m long
    if q.unit is not None:
        read_per(text, lower, q, lex)


def _is_time_ago(lower: str, start: int, end: int) -> bool:
    """Whether the period at ``start``..``end`` dates something ("5% a year earlier", "a day
    on"); a rate written "per day", "/d" or "daily" never does ("42 mcm per day on Monday")."""
    if lower.startswith(("per", "/"), start) or lower.endswith("ly", start, end):
        return False
    return bool(_TIME_AGO.match(lower, end))


# what is measured may be a formula: "tonnes of CO2 a year", "of CO2-equivalent per year"
_OF_WORDS = re.compile(r"of((?:[ \t]{1,3}[A-Za-z][A-Za-z\d-]{0,20}){1,3})")
_WORD_END = re.compile(r"[A-Za-z][A-Za-z\d-]*")


def _period_after_what(text: str, lower: str, q: Quantity, pos: int, lex: Lexicon) -> bool:
    """Read a rate written after what is measured, up to three words: "38 billion cubic metres
    of gas a year", "55 bcm of Russian natural gas annually", "5 million tonnes of CO2 a year".
    True when one was read."""
    m = _OF_WORDS.match(text, pos)
    if not m:
        return False
    for word in _WORD_END.finditer(text, m.start(1), m.end(1)):
        at = SPACE.match(text, word.end()).end()
        period = lex.per.match(text, lower, at)
        if period and not _is_time_ago(lower, at, period[1]):
            q.per, q.end = period[0], period[1]
            return True
    return False


_OF_A = re.compile(r"[ \t]+(?:of[ \t]+)?an?[ \t]+")
_WON = re.compile(r"[ \t]+won(?![a-z])")
_SCALE_NAMES = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


_PERIODS = frozenset(["year", "month", "week", "day", "hour"])  # the periods of units.yml `per`


def read_per(text: str, lower: str, q: Quantity, lex: Lexicon) -> None:
    """Read the rate after a quantity ("$2 per share", "55 bcm a year"), and a period after a
    rate of another denominator: "$12,500 per person per year" is USD per person per year."""
    _read_per(text, lower, q, lex)
    if q.per is None or q.per in _PERIODS:
        return
    pos = SPACE.match(text, q.end).end()
    period = lex.per.match(text, lower, pos)
    if period and not _is_time_ago(lower, pos, period[1]):
        q.per, q.end = f"{q.per} per {period[0]}", period[1]


def _read_per(text: str, lower: str, q: Quantity, lex: Lexicon) -> None:
    pos = SPACE.match(text, q.end).end()
    period = lex.per.match(text, lower, pos)
    if period and not _is_time_ago(lower, pos, period[1]):
        q.per, q.end = period[0], period[1]
        return
    if q.unit.dimension in ("volume", "mass", "energy") and lower.startswith("of", pos):
        if _period_after_what(text, lower, q, pos, lex):
            return
    m = _PER_WORD.match(lower, pos)
    if not m or m.end() == pos:
        return
    upos = m.end()
    thousand = _PER_THOUSAND.match(lower, upos)
    if thousand:
        upos = thousand.end()
    unit = lex.units.match(text, lower, upos)
    if unit and unit[0].dimension in ("mass", "volume", "energy", "count", "length", "area"):
        # a unit carrying a scale keeps it in the rate: $10 per mmBtu is per million Btu
        scale = "thousand" if thousand else _SCALE_NAMES.get(unit[0].scale, "")
        if lower[upos : unit[1]] == "tcm" and q.unit.dimension == "currency":
            scale = "thousand"  # a gas price in $/tcm is per thousand cubic metres
        q.per = (scale + " " if scale else "") + unit[0].name
        q.end = unit[1]
        return
    other = _PER_OTHER.match(lower, upos)
    if other and q.unit.dimension == "currency":
        q.per, q.end = other.group(), other.end()
    elif q.unit.dimension == "currency" and m.group() == "/" and _PER_T.match(lower, upos):
        q.per, q.end = "tonne", upos + 1  # "$2,210/t", "3,650 yuan/t": a metal's or coal's price
    elif (
        m.group().startswith("per")
        and (noun := _PER_NOUN.match(lower, upos))
        and (noun.group() in DENOMINATORS)
    ):
        q.per, q.end = singular(noun.group()), noun.end()  # 183.1 bushels per acre
    elif q.unit.dimension == "currency" and m.group().startswith("per") and not thousand:
        # a price per anything counted: "$6.5 million per voyage", "$2 per share"
        noun = _PER_NOUN.match(lower, upos)
        if (
            noun
            and noun.group() not in lex.stopwords
            and noun.group() not in NUMBER_WORDS
            and not lex.units.match(text, lower, upos)  # not "$5 per cent"
        ):
            q.per, q.end = singular(noun.group()), noun.end()


def _prefix_currency(text: str, lower: str, q: Quantity, lex: Lexicon, floor: int) -> None:
    found = lex.prefixes.before(lower, q.start) or lex.cased_prefixes.before(
        lower, q.start, written=text
    )
    if found and found[1] >= floor:
        q.unit, q.start, q.currency_prefix = found[0], found[1], True


_PLUS_OR = re.compile(r"plus[ \t]*(?:or|/)[ \t]*\Z")


def read_quantity(text: str, lower: str, pos: int, lex: Lexicon, floor: int = 0) -> Quantity | Skip:
    """Read number, scale, unit and rate starting at ``pos`` (a digit or a number word)."""
    if text[pos] in VULGAR:
        q = Quantity(pos, pos + 1, VULGAR[text[pos]], integer=False, plain=False)
        _prefix_currency(text, lower, q, lex, floor)
    elif "0" <= text[pos] <= "9":
        q = read_digits(text, pos)
        if isinstance(q, Skip):
            return q
        if q.plain and pos and text[pos - 1] == "." and (pos < 2 or not text[pos - 2].isalnum()):
            q.start, q.integer, q.plain = pos - 1, False, False
            q.value = float("0." + text[pos : q.end]) if q.end - pos < 20 else q.value
        _prefix_currency(text, lower, q, lex, floor)
        skip = _read_glued(text, lower, q, lex, q.currency_prefix)
        if skip:
            return skip
    else:
        q = read_words(text, lower, pos)
        if isinstance(q, Skip):
            return q
        article = lex.articles.before(lower, q.start)
        if article and lower[article[1]] == "a" and q.tokens[0] in ARTICLE_WORDS:
            q.start = article[1]
            q.ordinal_word = False
        _prefix_currency(text, lower, q, lex, floor)
    sign = lex.signs.before(lower, q.start)
    if sign and _PLUS_OR.search(lower, max(0, sign[1] - 12), sign[1]):
        sign = None  # "plus or minus 2%": a margin, read as its hedge, not a negative
    if sign:
        q.start, q.value = sign[1], -q.value
    elif (
        q.start
        and text[q.start - 1] in "-\u2212"
        and (q.start < 2 or text[q.start - 2] in " \t\n(<>=\u2264\u2265~")
    ):
        q.start, q.value = q.start - 1, -q.value
    _read_suffix(text, lower, q, lex)
    if q.unit is not None and q.unit.dimension == "currency" and q.scale == 1.0 and not q.per:
        scale = lex.scales.match(text, lower, SPACE.match(text, q.end).end())
        if scale and scale[0] >= 1e3:
            q.scale, q.end = scale[0], scale[1]
    if (
        q.unit is not None
        and q.unit.name == "pound"
        and not lower.endswith(("lb", "lbs"), 0, q.end)
    ):
        _pounds_of_money(text, lower, q)
    if q.unit is None and q.scale >= 1e3:
        won = _WON.match(lower, q.end)
        if won:
            q.unit, q.end = Unit("KRW", "currency"), won.end()  # 2.4 trillion won
    return q


def _pounds_of_money(text: str, lower: str, q: Quantity) -> None:
    """Make "pounds" money when its words say so: a scale or "£" ("361 million pounds", not
    "32 million pounds of uranium"), a word of paying before it ("fined 500 pounds", "cost
    20 pounds"), a conversion to dollars after it ("20 pounds ($25)"), or a rate against the
    dollar ("50 pounds per dollar": the pound of the country named before, Egypt's here)."""
    rate = _RATE_AFTER.match(lower, q.end)
    if rate:
        countries = _POUND_COUNTRY.findall(lower, max(0, q.start - 120), q.start)
        code = _POUND_CODES[countries[-1]] if countries else "GBP"
        q.unit, q.per, q.end = (
            Unit(code, "currency"),
            _RATE_CODES[rate.group(1).split()[-1]],
            rate.end(),
        )
        return
    if q.currency_prefix or (
        not _WEIGHED.match(lower, q.end)
        and (
            q.scale > 1
            or _PAID_BEFORE.search(lower, max(0, q.start - 40), q.start)
            or _DOLLARS_AFTER.match(text, q.end)
        )
    ):
        q.unit = Unit("GBP", "currency")


# words of paying before an amount: "fined 500 pounds", "a ticket costs 20 pounds"
_PAID_BEFORE = re.compile(
    r"(?<![a-z])(?:fined|fine[ \t]+of|fines[ \t]+of|cost|costs|costing|paid|pay|pays|paying|"
    r"worth|priced[ \t]+at|price[ \t]+of|charged|charges?|earn|earns|earned|earning|"
    r"salary[ \t]+of|wages?[ \t]+of|bail[ \t]+of|compensation[ \t]+of|damages[ \t]+of|"
    r"bonus[ \t]+of|fees?[ \t]+of|donated|spent|spend|spends|spending|owed|owes|owe|"
    r"sold[ \t]+for|bought[ \t]+for|award[ \t]+of|prize[ \t]+of|pension[ \t]+of|tax[ \t]+of|"
    r"raised|raising|refund[ \t]+of|grant[ \t]+of)"
    r"[ \t]+(?:(?:about|around|nearly|almost|more[ \t]+than|over|up[ \t]+to|just|only|some|"
    r"an[ \t]+extra|an[ \t]+additional|a[ \t]+further|a[ \t]+total[ \t]+of)[ \t]+)?\Z"
)
_DOLLARS_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:about|around|roughly|some|nearly)?[ \t]*(?:US|U\.S\.)?\$"
)
# whose pound a rate prices: the country named last before it
_POUND_COUNTRY = re.compile(r"(?<![a-z])(egypt|leban|syria|sudan|brit|uk|england)")
_POUND_CODES = {
    "egypt": "EGP", "leban": "LBP", "syria": "SYP", "sudan": "SDG", "brit": "GBP", "uk": "GBP",
    "england": "GBP",
}  # fmt: skip


# what makes "million pounds" a weight: a good weighed in pounds after it ("32 million pounds
# of uranium", "of U3O8", "of beef")
_WEIGHED = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|its|their|enriched|natural|raw)[ \t]+)?(?:uranium|u3o8|yellowcake|"
    r"concentrate|ore|copper|nickel|aluminium|aluminum|zinc|lead|cotton|coffee|cocoa|sugar|"
    r"beef|pork|meat|chicken|poultry|fish|seafood|cheese|butter|milk|rice|wheat|corn|soybeans|"
    r"tobacco|cocaine|marijuana|cannabis|heroin|explosives|waste|plastic|steel|scrap)(?![a-z])"
)


SUBUNITS = {
    "foot": ("inch", 12.0),
    "USD": ("cent", 100.0),
    "EUR": ("cent", 100.0),
    "GBP": ("pence", 100.0),
}
_SUBUNIT_NUMBER = re.compile(r"[ \t]+(?:and[ \t]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?!\w|[.,]\d)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$|tall|long|high)")


def read_subunit(text: str, lower: str, q: Quantity, lex: Lexicon) -> None:
    """Add a smaller unit written after the first: "5 feet 2 inches", "13 dollars and 45 cents".

    The second number counts only with its unit, or alone at the end of a clause after a
    currency written as a word ("15 dollars 50.").
    """
    if q.scale != 1.0 or q.per:
        return
    m = _SUBUNIT_NUMBER.match(lower, q.end)
    if not m:
        return
    raw = m.group(1)
    value = float(raw) if raw.isdigit() else words_value(re.split(r"[ -]", raw))
    if value is None or not 0 < value < SUBUNITS[q.unit.name][1]:
        return
    unit = lex.units.match(text, lower, SPACE.match(text, m.end()).end())
    subunit, parts = SUBUNITS[q.unit.name]
    if unit and unit[0].name == subunit:
        end = unit[1]
    elif (
        q.unit.name == "foot"
        and lower.startswith(" in", m.end())
        and _CLAUSE_END.match(lower, m.end() + 3)
    ):
        end = m.end() + 3  # 5 ft 2 in
    elif (
        q.unit.dimension == "currency"
        and not q.currency_prefix
        and _CLAUSE_END.match(lower, m.end())
    ):
        end = m.end()
    else:
        return
    q.value += value / parts
    q.end = end
    q.integer = False


# "twice", "thrice": two and three times; "a factor of five": five times
_TWICE = re.compile(r"(twice|thrice)(?![a-z])")
_THINK = re.compile(r"(?<![a-z])(?:think|thinks|thought|thinking)[ \t]+\Z")
_TWICE_TITLE = re.compile(r"[ \t]+(?:hero|winner|champion|laureate|recipient|holder|decorated)")
_FACTOR_OF = re.compile(r"(?<![a-z])a[ \t]+factor[ \t]+of[ \t]+\Z")


# a verb that multiplies ("doubled"); its bare form only after a modal, "to" or a hedge ("will
# double", "set to triple", "nearly triple"), not "a double-digit rise" or "a triple-A rating"
_MULTIPLYING = re.compile(rf"({'|'.join(sorted(MULTIPLYING, key=len, reverse=True))})(?![\w-])")
_BARE_MULTIPLYING_BEFORE = re.compile(
    r"(?<![a-z])(?:will|would|could|can|may|might|should|must|to|nearly|almost|more[ \t]+than|"
    r"roughly|about|could[ \t]+nearly|'ll)[ \t]+\Z"
)
_DOUBLING_DOWN = re.compile(r"[ \t]+(?:down|up)(?![a-z])")


def multiplying_verb(lower: str, pos: int, lex: Lexicon) -> Quantity | None:
    """A verb that multiplies at ``pos`` ("doubled", "tripling", "will halve"), as that many
    times (``tokens`` holds the verb, whose direction ``MULTIPLYING`` gives), else None."""
    m = _MULTIPLYING.match(lower, pos)
    if not m or _DOUBLING_DOWN.match(lower, m.end()):
        return None  # doubling down on, doubled up
    verb = m.group(1)
    if verb.endswith("e") and not _BARE_MULTIPLYING_BEFORE.search(lower, max(0, pos - 16), pos):
        return None
    q = Quantity(pos, m.end(), MULTIPLYING[verb][0], words=True, plain=False, tokens=(verb,))
    q.unit = _times(lex)
    return q


def read_multiplier(lower: str, pos: int, lex: Lexicon) -> Quantity | None:
    """ "twice" or "thrice" at ``pos``, as 2 or 3 times ("trade increased twice", "twice as
    much"), or a verb that multiplies ("doubled"), else None."""
    if lower[pos] != "t" or lower.startswith("tripl", pos):
        return multiplying_verb(lower, pos, lex)
    m = _TWICE.match(lower, pos)
    if not m or _THINK.search(lower, max(0, pos - 10), pos) or _TWICE_TITLE.match(lower, m.end()):
        return None  # think twice; twice Hero of the Soviet Union, twice winner of the prize
    value = 2.0 if m.group(1) == "twice" else 3.0
    q = Quantity(pos, m.end(), value, words=True, plain=False, tokens=(m.group(1),))
    q.unit = _times(lex)
    read_per(lower, lower, q, lex)  # twice a year
    return q


def read_factor(lower: str, q: Quantity, lex: Lexicon) -> None:
    """Make a bare number after "a factor of" that many times, the words joining the figure
    ("increased by a factor of five")."""
    factor = _FACTOR_OF.search(lower, max(0, q.start - 16), q.start)
    if factor and q.unit is None:
        q.start, q.unit = factor.start(), _times(lex)


def _times(lex: Lexicon) -> Unit:
    return lex.units.match("times", "times", 0)[0]


# An exchange rate: a bare number "per dollar", "to the dollar", "against the euro", with the
# currency it prices named a few words before ("the ruble weakened to 75.3 per dollar").
_RATE_AFTER = re.compile(
    r"[ \t]+(?:per|to[ \t]+the|against[ \t]+the|for[ \t]+one|for[ \t]+a)[ \t]+"
    r"(dollar|u\.?s\.?[ \t]+dollar|euro|yuan|yen)(?![a-z])"
)
_RATE_CODES = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "yen": "JPY"}
_SENTENCE_STOP = re.compile(r"[.!?][ \t]+(?=[A-Z\"\u201c])")
# what names a currency as the base of a rate before it
_BASE_BEFORE = re.compile(
    r"(?<![a-z])(?:per|to[ \t]+the|against[ \t]+the|for[ \t]+one|for[ \t]+a)[ \t]+"
    r"(?:u\.?s\.?[ \t]+)?\Z"
)
# currencies whose rate against the dollar is quoted in dollars (EUR/USD 1.08), by convention
_QUOTED_IN_DOLLARS = ("EUR", "GBP")
_RATE_DOLLAR = Unit("USD", "currency")
_PRICED = re.compile(
    r"(?<![a-z])(ruble|rouble|yuan|yen|euro|hryvnia|lira|rupee|tenge|won|real|rand|zloty|"
    r"forint|lari|dram|manat|som|sum|pound|dollar|peso|koruna|rupiah|ringgit|baht|shekel|"
    r"naira)s?(?![a-z])"
)
# the currencies a rate names by a word that is no unit of its own ("the real", "the won")
_PRICED_CODES = {
    "pound": "GBP", "won": "KRW", "real": "BRL", "rand": "ZAR", "koruna": "CZK",
    "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "shekel": "ILS", "naira": "NGN",
}  # fmt: skip
# whose peso: the country named last before it ("Argentina devalued the peso", "the Mexican
# peso")
_PESO = re.compile(r"(?<![a-z])(argentin|mexic|chile|colombia|philippin|urugua|dominican)")
_PESO_CODES = {
    "argentin": "ARS", "mexic": "MXN", "chile": "CLP", "colombia": "COP", "philippin": "PHP",
    "urugua": "UYU", "dominican": "DOP",
}  # fmt: skip


def _peso(lower: str, at: int) -> str:
    """The ISO code of the peso named at ``at``, from the country before it; ``""``."""
    if not lower.startswith("peso", at):
        return ""
    countries = _PESO.findall(lower, max(0, at - 80), at)
    return _PESO_CODES[countries[-1]] if countries else ""


_CURRENCY_AREA = re.compile(r"[ \t]+(?:area|zone|bloc|region)(?![a-z])")


def read_currency_rate(lower: str, q: Quantity) -> None:
    """Make an amount of one currency a rate when another follows as its base: "90 rubles to
    the dollar", "150 yen per dollar" (RUB per USD); not "5 billion rubles to the euro area"."""
    rate = _RATE_AFTER.match(lower, q.end)
    if not rate or _CURRENCY_AREA.match(lower, rate.end()):
        return
    base = _RATE_CODES[rate.group(1).split()[-1]]
    if base != q.unit.name:
        q.per, q.end = base, rate.end()


def read_exchange_rate(text: str, lower: str, q: Quantity, lex: Lexicon) -> None:
    """Make a bare number an exchange rate when a currency follows as its base and another is
    named before it in the sentence: the unit is the priced currency per the base ("RUB per
    USD")."""
    rate = _RATE_AFTER.match(lower, q.end)
    if not rate:
        return
    window_start = max(0, q.start - 80)  # from the sentence's start ("0.4%", "U.S. " end none)
    for stop in _SENTENCE_STOP.finditer(text, window_start, q.start):
        window_start = stop.end()
    priced = list(_PRICED.finditer(lower, window_start, q.start))
    base = _RATE_CODES[rate.group(1).split()[-1]]
    for found in reversed(priced):
        if _BASE_BEFORE.search(lower, max(0, found.start() - 16), found.start()):
            continue  # "92.5 against the dollar and 100.1 against the euro": a base, not priced
        word = found.group(1)
        unit = lex.units.match(word + "s", word + "s", 0) or lex.units.match(word, word, 0)
        code = _PRICED_CODES.get(word) or _peso(lower, found.start())
        if code:
            unit = (Unit(code, "currency"), 0)  # in a rate, "pound" is sterling, not a weight
        if unit and unit[0].dimension == "currency" and unit[0].name != base:
            q.unit, q.per, q.end = unit[0], base, rate.end()
            if unit[0].name in _QUOTED_IN_DOLLARS and base == "USD":
                q.unit, q.per = _RATE_DOLLAR, unit[0].name  # the euro at 1.08: USD per EUR
            return
