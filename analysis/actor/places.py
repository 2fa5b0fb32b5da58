"""Whether a country's or a place's name, a capital or a demonym in a text names that place,
and whether a body's one-word name names the body.

A place's name is often a word of another name, and a demonym a word for a person or a
language; the matches below are no mention of the place or body:

- the second word of another name (``Denzel Washington``, ``Lomonosov Moscow State University``),
  or the first name of a person (``Jordan Bardella``, ``captain Jordan Henderson``);
- a city or a federal state named by its own office, not the national government its capital or
  a country's name stands for (``Moscow Mayor``, ``Governor of Tokyo``, ``Senator Dana Whitfield
  of Georgia``, ``Georgia Gov.``);
- the first word of a longer name: a capital before a capitalised word that is no title, name or
  date (``Tokyo Electron``, ``Minsk Agreements``, ``Moscow Region``), a country's name before a
  company's name with its legal form (``Taiwan Semiconductor Manufacturing Co``);
- a demonym inside a body's name (``Confederation of British Industry``), a demonym that is the
  noun of a phrase, a person (``the Italian said``, ``the 19-year-old Russian's serve``), and a
  language (``in Spanish``, ``spoke in Russian.``);
- the one-word name of a company, a medium, a party or another body that is a common word or
  another name's word: ``Labour efficiency will rise``, ``Guardian of Memory``, ``Ilir Meta``,
  ``Labour Day``, ``Hero of Socialist Labour`` (``one_word_name_inside_another``).

A country's name before a body of its own (``Israel Police``, ``Japan Coast Guard``), a title
(``Russian President``) or a person named after ``of`` (``President of Italy Sergio Mattarella``)
stays the country.
"""

from __future__ import annotations

import re

from analysis.actor.context import (
    CAPITAL_AFTER,
    DATE_WORDS,
    GIVEN_NAME,
    WORD_BEFORE,
    Words,
    capitalised_name_word,
    opens_sentence,
    stopwords_cached,
    title_case_line,
)
from analysis.actor.dictionary import Entry
from analysis.actor.names import FIRST_NAMES

# words that place a region, before its name: "Central Asia", "Western Europe", "Greater Moscow"
_PLACE_WORDS = frozenset(
    "north south east west central northern southern eastern western greater upper lower "
    "inner outer new old great southeast northeast southwest northwest middle far near "
    "continental mainland soviet imperial modern nazi european asian african eurasian joint "
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()
)
# Names of countries and cities that are also given names: "Jordan Bardella", "Israel Katz".
_PLACE_GIVEN_NAMES = frozenset(
    "jordan georgia israel chad india sydney florence austin victoria chelsea lincoln "
    "savannah dakota madison phoenix".split()
)
# Words after such a name that make a place or a body of it: "Jordan Valley", "Israel Defense
# Forces", "India Today".
_NOT_SURNAMES = frozenset(
    "valley river sea basin defense defence forces army police airways airlines times post "
    "today news gate street square university state city county bay hills national central "
    "dream railways television radio airport accords agreement treaty declaration summit forum "
    "hall club".split()
)


def not_the_place(
    text: str,
    start: int,
    end: int,
    entry: Entry,
    kind: str,
    words: Words,
    starts: set[int],
    ends: set[int],
    titles: frozenset[str],
) -> bool:
    """Whether a match of a country's or place's name (``kind``) is no mention of it.

    Args:
        text: the document's text; the match spans ``text[start:end]``.
        entry: the match's dictionary entry (its ``how`` tells a name from a demonym).
        kind: the actor's type, ``country`` or ``place``.
        words: the text's words (``analysis.actor.context.Words``).
        starts, ends: where the dictionary's matches in the text start and end.
        titles: the dictionary's title words, lower case (``president``, ``minister``).

    Returns:
        True when the match is a word of another name, a person or a language (see above).
    """
    if entry.how == "demonym":
        return kind == "country" and (
            _inside_a_body_name(text, start, end, words, starts, titles)
            or _a_person_or_a_language(text, start, end, entry.alias)
            or _inside_a_company_name(text, start, end, starts, titles)
        )
    if entry.how not in ("exact", "alias", "capital"):
        return False
    if kind == "country" and _inside_a_company_name(text, start, end, starts, titles):
        return True  # Japan Airlines, Air China, Bank of China, University of Tokyo
    if _part_of_another_name(text, start, words, ends) or _first_name_of_a_person(
        text, start, end, words, starts
    ):
        return True  # Denzel Washington, Paris Hilton, Jordan Bardella: a person, not the place
    if kind != "country" and entry.how != "capital":
        return False  # "Sakhalin Governor", "Hokkaido University": the place itself
    return _local_office(text, start, end) or _first_word_of_a_name(
        text, start, end, entry.how == "capital", starts, titles
    )


def one_word_name_inside_another(
    text: str,
    start: int,
    end: int,
    kind: str,
    words: Words,
    starts: set[int],
    ends: set[int],
    titles: frozenset[str],
) -> bool:
    """Whether the one-word name of a company, a medium, a party or another body is a word of
    another name or a common word: before ``of`` and a capitalised word (``Guardian of Memory``);
    at a sentence's start when the text also writes it in lower case (``Labour efficiency will
    rise``); for a company or a medium, the second word of a person's or another name (``Ilir
    Meta``, ``Michael Bloomberg``, ``Nikola Tesla``); for a party, the first word of a longer
    name or the word after a body's name and ``of`` (``Labour Day``, ``Hero of Labour``; not
    ``Labour MPs``, ``Labour leader``, and ``Senate Democrats`` stays the party).

    Args:
        text, start, end: the document's text and the match's span.
        kind: the actor's type.
        words, starts, ends, titles: as for ``not_the_place``.
    """
    surface = text[start:end]
    if " " in surface:
        return False
    of_a_name = _OF_A_NAME.match(text, end)  # "Guardian of Memory"; not "Sberbank of Russia"
    if not surface.isupper() and (
        (of_a_name and of_a_name.end() - 1 not in starts)
        or (opens_sentence(text, start) and surface.lower() in words)
    ):
        return True  # "Labour efficiency will increase": a word the text writes in lower case
    if kind not in ("party", "organisation"):
        before = GIVEN_NAME.search(text, max(0, start - 30), start)
        return (
            before is not None
            and before.group(1).lower() not in _BODY_WORDS
            and _part_of_another_name(text, start, words, ends)
        )
    if kind != "party" or surface.isupper():
        return False  # "LDPR Leader", "KPRF State Duma faction": an acronym names the party
    before = _BODY_OF_NAME.search(text, max(0, start - 60), start)
    if before is not None and before.group(1).lower() not in titles:
        return True  # "Ministry of Labour", "Hero of Socialist Labour"
    return _first_word_of_a_name(text, start, end, True, starts, titles | _PARTY_WORDS)


# a capitalised word, "of" or "for" and perhaps another capitalised word before a name
_BODY_OF_NAME = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z]+)[ \u00a0]+(?:of|for)[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?\Z"
)


_OF_A_NAME = re.compile(r"[ \u00a0]+of[ \u00a0]+[A-Z]")
# words of a body before its name, in apposition: "State Corporation Rosatom", "News Agency TASS"
_BODY_WORDS = frozenset(
    "corporation company agency group bank fund holding holdings network channel station "
    "newspaper magazine daily television radio news press service broadcaster".split()
)
# words after a party's name that keep it the party: "Labour Leader", "Likud Government"
_PARTY_WORDS = frozenset(
    "leader leaders chairman chairwoman chair deputy deputies member members candidate "
    "candidates government conference party faction caucus".split()
)


def _part_of_another_name(text: str, start: int, words: Words, ends: set[int]) -> bool:
    """Whether a country's or capital's name is the second word of another name: a first name,
    or a capitalised word that is no common word, place word or name of the dictionary, stands
    right before it (``Denzel Washington``, ``Tom Holland``, ``Lomonosov Moscow State
    University``; not ``Central Asia``, ``the Moscow Kremlin``). A name after it says less
    ("Russia Vladimir Putin", "Moscow Mayor"): not-names take "Paris Agreement" and the like."""
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isalpha():
        return False  # "(Moscow", "the Russia-": no word right before
    before = GIVEN_NAME.search(text, max(0, start - 30), start)
    if not before or before.group(1).lower() in _PLACE_WORDS or before.end(1) in ends:
        return False
    word = before.group(1)
    if word.lower() in FIRST_NAMES:
        return True  # Michael Jordan, Tom Holland, also at a sentence's start
    return not opens_sentence(text, before.start(1)) and capitalised_name_word(word, words)


def _first_name_of_a_person(
    text: str, start: int, end: int, words: Words, starts: set[int]
) -> bool:
    """Whether a country's or city's name that is also a given name opens a person's name: a
    capitalised word follows that is no common word, no name of the dictionary and no place or
    body word (``Jordan Bardella``, ``Defence Minister Israel Katz``, ``Liverpool captain Jordan
    Henderson``; not ``Jordan Valley``, nor after a function word: ``President of India Pranab
    Mukherjee``), outside a headline in title case."""
    if text[start:end].lower() not in _PLACE_GIVEN_NAMES:
        return False
    before = WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in stopwords_cached():
        return False  # "President of India Pranab Mukherjee": the country, then its president
    after = CAPITAL_AFTER.match(text, end)
    return (
        bool(after)
        and text[end] in " \u00a0"
        and after.start(1) not in starts
        and after.group(1).lower() not in _NOT_SURNAMES
        and capitalised_name_word(after.group(1), words)
        and not title_case_line(text, end)
    )


# Offices of a city or a federal state: before a place's name they make it the city or the
# state ("Moscow Mayor", "Georgia Gov."), and so does "of" after an office-holder ("Senator
# Dana Whitfield of Georgia", "the Governor of Tokyo").
_OFFICE = (
    r"(?:mayor|governor|gov\.|senator|sen\.|congressman|congresswoman|assemblyman|"
    r"assemblywoman|assembly[ \u00a0]member|state[ \u00a0]senator|lieutenant[ \u00a0]governor|"
    r"rep\.|councilman|councilwoman|councillor|councilor|alderman|sheriff)"
)
_OFFICE_AFTER = re.compile(rf"[ \u00a0]+{_OFFICE}(?![\w-])", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?<![\w-])of[ \u00a0]\Z")
_OFFICE_HOLDER_OF = re.compile(
    rf"(?<![\w-]){_OFFICE}(?![ \u00a0-]General)(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){{0,4}},?[ \u00a0]+(?:of|from)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?\Z",
    re.IGNORECASE,
)


def _local_office(text: str, start: int, end: int) -> bool:
    """Whether a capital or a country's name is a city or a federal state by its office:
    ``Moscow Mayor``, ``Tokyo governor``, ``the Mayor of Moscow``, ``Senator Dana Whitfield of
    Georgia`` (a US senator is of a state); not the end of a body's name before its office
    (``Central Bank of Nigeria Governor``)."""
    if (
        text[end + 1 : end + 2] in _OFFICE_INITIALS  # a character test before the pattern
        and _OFFICE_AFTER.match(text, end)
        and not _OF_BEFORE.search(text, max(0, start - 4), start)
    ):
        return True
    # a substring test first: most names stand after no "of" or "from"
    if not text.endswith(_OF_OR_FROM, max(0, start - 9), start):
        return False
    return _OFFICE_HOLDER_OF.search(text, max(0, start - 80), start) is not None


_OFFICE_INITIALS = frozenset("MGSCARLmgscarl")
_OF_OR_FROM = ("of ", "from ", "of the ", "from the ", "of\u00a0", "from\u00a0")


# The legal forms that end a company's name ("Taiwan Semiconductor Manufacturing Co").
_LEGAL_FORMS = frozenset(
    "co corp corporation inc incorporated ltd limited llc plc ag sa nv se pjsc jsc ojsc gmbh "
    "company holdings".split()
)
_NEXT_WORD = re.compile(r"[ \u00a0]([A-Z][\w'\u2019-]*)")
# up to five capitalised words after a name, "&" and "and" between: a company's name
_NAME_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:(?:&|and)[ \u00a0]+)?[A-Z][\w'\u2019-]*\.?){1,5}(?![\w&'\u2019-])"
)


def _first_word_of_a_name(
    text: str, start: int, end: int, capital: bool, starts: set[int], titles: frozenset[str]
) -> bool:
    """Whether a capital or a country's name opens a longer name.

    A capital does before any capitalised word that is no title, name of the dictionary, first
    name, stop word, date or acronym (``Tokyo Electron``, ``Moscow Region``, ``Minsk
    Agreements``; not ``Moscow Mayor``, ``Moscow Kremlin``, ``in Moscow Vladimir Putin``,
    ``Moscow LNG``): a city's name in another name is the city's or nobody's, not its
    government's. A country's name does before a company's name that ends in its legal form
    (``Taiwan Semiconductor Manufacturing Co``); before other words it is often the country's
    own body (``Japan Coast Guard``, ``Israel Police``). Never in a headline in title case, nor
    in a hyphenated pair (``Russia-Kazakhstan Interregional Forum`` names both).
    """
    if start and text[start - 1] in "-\u2013":
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.start(1) in starts:
        return False
    word = after.group(1)
    lower = word.lower()
    if (
        (len(word) > 1 and (word.isupper() or (word[:-1].isupper() and word[-1] == "s")))
        or lower in titles
        or lower in FIRST_NAMES
        or lower in DATE_WORDS
        or lower in stopwords_cached()
        or title_case_line(text, end)
    ):
        return False
    if capital:
        return True
    run = _NAME_AFTER.match(text, end)
    return run is not None and run.group().split()[-1].rstrip(".").lower() in _LEGAL_FORMS


# The last word of a company's, a bank's or a newspaper's name after a place's name or
# demonym: "Japan Airlines", "British Airways", "Russian Railways", "China Southern Airlines",
# "Indian Oil", "Japan Times", "Korea Electric Power". Not a state body's words (ministry,
# police, coast guard), which keep the country's name its own.
_COMPANY_WORDS = frozenset(
    "airlines airline airways aviation railways railway rail telecom telecommunications mobile "
    "daily times post tribune herald gazette journal energy steel motors motor tobacco petroleum "
    "oil gas power electric electronics foods holdings holding mining metals chemicals "
    "shipping shipbuilding insurance pharmaceuticals pharma technologies semiconductor "
    "industries bank".split()
)
# The words of a company's name before a place's: "Air China", "Air India"; and with "of":
# "Bank of China", "University of Tokyo".
_COMPANY_BEFORE = re.compile(r"(?<![\w'\u2019-])Air[ \u00a0]+\Z")
_BODY_OF_PLACE = re.compile(
    r"(?<![\w'\u2019-])(?:(\w+)[ \u00a0]+)?(?:Bank|University|College|Institute)[ \u00a0]+of"
    r"[ \u00a0]+\Z"
)
# up to four capitalised words after a name: a company's name that ends in one of its words
_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+[A-Z][\w'\u2019-]*){1,4}(?![\w'\u2019-])")
# words of a state's own body or office, which keep a place's name the place's
_STATE_WORDS = frozenset(
    "ministry ministries minister ministers government police guard forces army navy embassy "
    "agency service council committee office state federal national central".split()
)


def _inside_a_company_name(
    text: str, start: int, end: int, starts: set[int], titles: frozenset[str]
) -> bool:
    """Whether a country's name, capital or demonym is a word of a company's, a bank's or a
    medium's name: after ``Air`` (``Air China``), ``Bank of`` or ``University of`` (``Bank of
    China``, ``University of Tokyo``), or before up to four capitalised words the last of which
    is a company's word (``Japan Airlines``, ``British Airways``, ``China Southern Airlines``,
    ``Japan Times``), none a title, a state body's word or a name of the dictionary (not
    ``Russian Energy Minister``, ``Japan Coast Guard``, ``Russian Central Bank``, ``Central
    Bank of Belarus``); never in a headline in title case."""
    if start and text[start - 1] in "-\u2013":
        return False  # "Russia-China Bank": a pair of countries
    if text.endswith(("Air ", "Air\u00a0"), max(0, start - 4), start):
        return _COMPANY_BEFORE.search(text, max(0, start - 5), start) is not None
    if text.endswith(("of ", "of\u00a0"), max(0, start - 3), start):
        body = _BODY_OF_PLACE.search(text, max(0, start - 40), start)
        if body is not None:  # not the state's own: "Central Bank of Belarus"
            return (body.group(1) or "").lower() not in _STATE_WORDS
    run = _WORDS_AFTER.match(text, end)
    if run is None or title_case_line(text, end):
        return False
    words = run.group().split()
    if words[-1].lower() not in _COMPANY_WORDS:
        return False
    position = end
    for word in words:
        position = text.index(word, position)
        lower = word.lower()
        if lower in titles or lower in _STATE_WORDS or position in starts:
            return False  # Russian Energy Minister, Japan Coast Guard, Russian Railways
        position += len(word)
    return True


# a capitalised word and "of" or "for" right before a demonym: "Confederation of British"
_BODY_OF = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+)[ \u00a0]+(?:of|for)[ \u00a0]+\Z")


def _inside_a_body_name(
    text: str, start: int, end: int, words: Words, starts: set[int], titles: frozenset[str]
) -> bool:
    """Whether a demonym is a word inside a body's name: a capitalised word and ``of`` right
    before it, a capitalised word after it (``Confederation of British Industry``, ``Museum of
    Russian Art``; not after or before a title: ``Ambassador of Russian Federation``, and not
    after ``of the``, which opens another name: ``Primate of the Russian Orthodox Church``)."""
    if not text.endswith(("of ", "for ", "of\u00a0", "for\u00a0"), max(0, start - 4), start):
        return False  # a substring test first: the pattern below looks back 40 characters
    before = _BODY_OF.search(text, max(0, start - 40), start)
    if (
        before is None
        or before.group(1).lower() in titles
        or (opens_sentence(text, before.start(1)) and before.group(1).lower() in words)
    ):
        return False  # "Imports of Qatari LNG": a sentence's first word, common in the text
    after = _NEXT_WORD.match(text, end)
    return (
        after is not None
        and not after.group(1).isupper()  # "of Qatari LNG": an acronym after an adjective
        and after.start(1) not in starts
        and after.group(1).lower() not in stopwords_cached()
        and after.group(1).lower() not in titles
    )


# a determiner before a demonym, and up to two words that may stand before a person's noun
# between ("the 19-year-old Russian", "the first Russian")
_DETERMINER = re.compile(
    r"(?<![\w'\u2019-])(?i:the|a|an|another|this|that)[ \u00a0]+"
    r"(?:(?:[\w-]*[\d-][\w-]*|former|young|veteran|defending|seeded|unseeded|first|last)"
    r"[ \u00a0]+){0,2}\Z"
)
# a word that puts a language after it: "in Spanish", "spoke Russian", "translated into French"
_LANGUAGE_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:in|into|speak|speaks|speaking|spoke|spoken|fluent)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# what may follow the noun that ends a phrase: a punctuation mark, a possessive, a word
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)\]\"\u201d\u2019]|['\u2019]s\b|([a-z]+)\b)")
# verbs of news reports that follow a person's noun; the stop words cover "said", "who", "has"
_PERSON_VERBS = frozenset(
    "told added insisted explained replied admitted acknowledged conceded noted wrote argued "
    "warned claimed stressed recalled beat won lost defeated served saved scored finished "
    "smiled laughed joked".split()
)
_NOT_PHRASE_END = frozenset({"and", "or", "nor", "one", "ones"})  # "an American one"
# demonyms that are no noun for one person: "the Japanese", "the French", "the Swiss", "Russians"
_COLLECTIVE_ENDINGS = ("ese", "sh", "ch", "ss", "s")


def _a_person_or_a_language(text: str, start: int, end: int, demonym: str) -> bool:
    """Whether a demonym is the noun its phrase ends in: a person after a determiner (``the
    Italian said``, ``the 19-year-old Russian's``) or a language after ``in`` or ``speak``
    (``in Spanish through an interpreter``); not an adjective before a noun (``the Russian
    side``, ``in Russian gas``) nor in a list (``the Russian, Chinese and Indian leaders``)."""
    after = _PHRASE_END.match(text, end)  # first: most demonyms stand before their noun
    if after is None:
        return False
    word = after.group(1)
    if word is not None and word not in stopwords_cached() and word not in _PERSON_VERBS:
        return False  # "the Russian side": an adjective before its noun
    language = (
        not demonym.endswith("s")  # "evident in Russians": people, no language
        and _LANGUAGE_BEFORE.search(text, max(0, start - 12), start) is not None
    )
    if not language and (
        demonym.lower().endswith(_COLLECTIVE_ENDINGS)
        or _DETERMINER.search(text, max(0, start - 40), start) is None
    ):
        return False
    if word is None:  # a punctuation mark: not a comma before another capitalised word
        return not (
            text.startswith(",", after.end() - 1)
            and re.match(r"\s*[A-Z]", text[after.end() : after.end() + 3])
        )
    return word not in _NOT_PHRASE_END and (
        word in stopwords_cached() or (not language and word in _PERSON_VERBS)
    )
