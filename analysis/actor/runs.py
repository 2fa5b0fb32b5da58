"""What a run of capitalised words holds: the name in it, cut from the words around it.

A run of capitalised words (with ``of``, ``van``, ``da``... inside) is where the unknown-name
finder (``analysis.actor.unknown``) looks for names. Before one becomes a candidate it is cut
at a possessive (``Blantyre's Ndirande``) and at ``and`` between two people (``Bukayo Saka and
Declan Rice``), and loses the words that are no part of the name: connectors at its ends, a
post-nominal (``KC``, ``MP``), a title (``Sir``, ``Prof``, ``Attorney``, ``Labour MP``), an
opening adverb or adjective (``Former``, ``Maybe``, ``Far-right``); a run that is a title alone
(``Commission President``), shouted text (``INFLATION IS DYING``) or common words in capitals
(``Radical Left``, ``Big Tech``) is no name.
"""

from __future__ import annotations

import re

from analysis.actor.names import first_name_at

# Names are written in the letters of every Latin alphabet: Rafał Trzaskowski, Nicușor Dan,
# Željko Komšić. A capital is an ASCII one or one of Latin-1 and Latin Extended-A/B (whose
# lower-case letters among them open no word of English); a small letter is an ASCII one or
# any letter outside ASCII.
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]"
_SMALL = r"(?:[a-z]|[^\W\d_\x00-\x7f])"
PARTICLE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az)-")
_CAP_WORD = (
    rf"(?:{PARTICLE.pattern})?"  # al-Sharaa, el-Sisi
    # a capitalised word, in CamelCase too (FactSet, RetailWatch, McDonald), hyphens and
    # apostrophes inside; or an acronym
    rf"(?:{_CAPITAL}{_SMALL}+(?:{_CAPITAL}{_SMALL}+)*(?:[A-Z]+(?![a-z]))?"
    rf"(?:[-'\u2019](?:[A-Za-z]|{_CAPITAL}){_SMALL}*)*"
    rf"|[A-Z]{{2,}}[a-z]?)"
)
# words that join the capitalised words of one name, particles of surnames among them: "Andre
# Correa do Lago", "Pieter van Dam", "Luiz Inacio Lula da Silva", "Ortega y Gasset"
_CONNECTOR = (
    r"(?:of|for|and|the|on|de|du|des|von|van|der|den|ter|ten|bin|ibn|al|la|le|da|do|dos|das|"
    r"del|della|di|y)"
)
CONNECTOR_WORDS = frozenset(_CONNECTOR[3:-1].split("|"))
# the connectors that are particles of a surname, not words between two names
PARTICLES = CONNECTOR_WORDS - {"of", "for", "and", "the", "on"}
# A day or a month is no part of a name: "Claudia Sheinbaum on Monday" ends at Sheinbaum.
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?![\w'\u2019-])"
)
NAME_RUN = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*(?!{_DATE_WORD}){_CAP_WORD})*")
# The last word of a title before a name: "Economy Minister Marcelo Ebrard", "European Central
# Bank President Christine Lagarde", "House Speaker Mike Johnson", "Sir Roger Maitland",
# "Assistant U.S. Attorney Rebecca Lin", "Labour MP Judith Crane", "midfielder Declan Rice".
TITLE_HEADS = frozenset(
    "president minister secretary chancellor speaker governor mayor ambassador spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo director commissioner envoy general "
    "commander senator premier leader chief head adviser advisor king queen prince princess emir "
    "sheikh judge prosecutor lawmaker deputy colonel commodore admiral captain lieutenant "
    "sergeant officer executive analyst economist professor representative congressman "
    "congresswoman rep sen gov "
    # titles of address and of the law, news, science, medicine, police and sport
    "sir dame lord lady baroness baron prof justice attorney barrister solicitor counsel mp mps "
    "mep meps msp coach manager striker midfielder defender goalkeeper pundit correspondent "
    "editor reporter presenter anchor detective inspector superintendent constable nurse doctor "
    "surgeon physician scientist researcher epidemiologist virologist historian strategist "
    "lawyer activist campaigner treasurer assistant det insp supt sgt cllr lt col maj capt "
    "cmdr aide aides sultan pope patriarch mufti rabbi archbishop bishop".split()
)
ORG_WORDS = frozenset(
    "ministry party foundation forum company corporation corp bank council committee agency union "
    "organization organisation association university institute fund group service commission "
    "assembly duma court office government news club society center centre holding plant "
    "federation chamber board academy school museum theatre theater parliament department "
    "house inc ltd llc pjsc jsc co airlines railways energy oil gas petroleum project fleet army navy "
    "guard police forces command initiative summit conference rally front movement alliance "
    "coalition league congress bloc caucus affairs resources policy development security trade "
    "relations finance economy health education science culture defence defense justice "
    "industry agriculture transport communications emergencies labour construction order "
    "decree law directorate administration secretariat inspectorate church confederation "
    "enterprises patriarchate gallery "
    # the last words of companies' names
    "systems networks stores labs laboratories materials economics technologies technology "
    "motors industries pharmaceuticals partners insurance securities investments solutions "
    "ventures brands media environment social act interior foreign home healthcare sport "
    "sports tourism housing employment immigration climate digital".split()
)
# The last words of a body's name, which a title may be "of": "Director of the Foreign
# Intelligence Service" holds a body's name, "Minister of Industry and Trade" a portfolio.
BODY_HEADS = frozenset(
    "service council committee agency bank fund board commission union association society "
    "institute university academy corporation company court office parliament assembly chamber "
    "federation foundation forum party group organisation organization league coalition "
    "alliance movement front ministry department directorate".split()
)
PLACE_WORDS = frozenset(
    "island islands region territory republic oblast krai sea river mountains city bay strait "
    "peninsula province prefecture district lake street square ocean gulf coast valley airport "
    "port county state area town village capital suburb municipality stadium arena avenue "
    "row".split()
)
# a place's first word ("New Jersey", "San Pedro Sula", "Port Harcourt")
PLACE_FIRST_WORDS = frozenset("new san santa sao saint st port fort mount".split())
# Words that open a sentence and no name: function words, adverbs and the adjectives news puts
# before a title ("Former Liverpool captain", "Outgoing President", "Maybe for Christmas").
_OPENING_WORDS = frozenset(
    "in on at the a an every later meanwhile earlier after before former outgoing incoming then "
    "late interim ex maybe perhaps".split()
)
# After a name: letters that say an honour or an office, not a name ("Sarah Whitfield KC").
POST_NOMINALS = frozenset("KC QC MP MEP MSP OBE CBE MBE KBE PhD".split())
_WORD = re.compile(r"\S+")
_POSSESSIVES = ("'s", "\u2019s")


def split_run(text: str, start: int, end: int, lower_words) -> list[tuple[int, int]]:
    """The names a run holds: cut after a name's possessive (``Blantyre's Ndirande``:
    ``Blantyre``, ``Ndirande``; ``Martin Ledesma's``: ``Martin Ledesma``; not after a common
    noun's: ``Women's Tennis Association``, ``Attorney's Office``) and at ``and`` between two
    people (``Bukayo Saka and Declan Rice``, ``Saka and Odegaard``; not ``Department of Health
    and Social Care``, ``Avon and Somerset Police``)."""
    piece = text[start:end]
    if "'" not in piece and "\u2019" not in piece and " and " not in piece:
        return [(start, end)]  # most runs: nothing to cut
    parts, pos = [], start
    for word in _WORD.finditer(text, start, end):
        if word.group().endswith(_POSSESSIVES) and name_word(word.group()[:-2]):
            if word.end() < end and word.group()[:-2].lower() in lower_words:
                continue  # "Women's Tennis Association": a common noun's, inside a name
            parts.append((pos, word.end() - 2))
            pos = word.end()
    if pos < end:
        last = text[pos:end]
        parts.append((pos, end - 2 if last.endswith(_POSSESSIVES) else end))
    out = []
    for part_start, part_end in parts:
        out += _split_at_and(text, part_start, part_end)
    return out


def _split_at_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    at = piece.find(" and ")
    if at < 0 or piece.find(" and ", at + 1) >= 0:
        return [(start, end)]
    left, right = piece[:at].split(), piece[at + 5 :].split()
    named = 0  # the name words that end the left part ("Presidential Aides Sergei Yastrzhembsky")
    while named < len(left) and name_word(left[-1 - named]):
        named += 1
    if not 2 <= named <= 3 or not 2 <= len(right) <= 3:
        return [(start, end)]  # "Saka and Odegaard", "Kazan and Voronezh": the document tells
    if not all(name_word(w) for w in right):
        return [(start, end)]
    return [(start, start + at), (start + at + 5, end)]


def trim_connectors(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without connectors, quotes, dashes and commas at its ends."""
    piece = text[start:end]
    stripped = piece.lstrip(" '\u2019-,")
    if stripped[:2].lower() == "s ":
        stripped = stripped[2:]
    start += len(piece) - len(stripped)
    piece = stripped
    while True:
        words = piece.split()
        if words and words[0] in CONNECTOR_WORDS:
            cut = piece.index(words[0]) + len(words[0])
            start += cut + (len(piece[cut:]) - len(piece[cut:].lstrip()))
            piece = piece[cut:].lstrip()
        elif words and words[-1] in CONNECTOR_WORDS:
            piece = piece[: piece.rindex(words[-1])].rstrip()
        elif len(words) > 1 and words[-1] in POST_NOMINALS:
            piece = piece[: piece.rindex(words[-1])].rstrip()  # "Sarah Whitfield KC"
        else:
            break
    piece = piece.rstrip(" '\u2019-,")
    return start, start + len(piece)


def without_opening_word(text: str, start: int, end: int, skip, lower_words) -> int:
    """Where a run starts once a word that opens its sentence and is no name is taken off: a
    function word, an adverb or an adjective of a title ("In Zaporizhzhia", "The State Electoral
    Commission", "Later Nawrocki", "Former Liverpool", "Far-right Kast"), a verb's or adverb's
    form the corpus writes in lower case ("Containing Marburg", "Separately Smith"), or a common
    noun before "of" ("Shares of Applied Materials"); not a common word of a name ("Economic
    Development Ministry", "Bank of Kenya")."""
    first = text[start:end].split(" ", 1)
    if len(first) < 2 or not starts_sentence(text, start):
        return start
    word = first[0].lower()
    if (
        word in skip
        or word in _OPENING_WORDS
        or (word.endswith(("ing", "ly")) and word in lower_words)
        or _LOWER_AFTER_HYPHEN.fullmatch(first[0])  # "Far-right", "Pro-Kremlin"
        or (  # "Shares of Applied Materials": a common noun, not a body's ("Bank of Kenya")
            first[1].startswith(("of ", "for "))
            and word in lower_words
            and word not in ORG_WORDS
            and word not in PLACE_WORDS
        )
    ):
        return start + len(first[0]) + 1
    return start


_LOWER_AFTER_HYPHEN = re.compile(r"\w+-[a-z]+")


def starts_sentence(text: str, start: int) -> bool:
    """True when only opening quotes or brackets stand between ``start`` and a sentence's end, an
    opening quotation mark or a dash between clauses (``23:40 GMT – Outgoing President``)."""
    pos = start - 1
    while pos >= 0 and text[pos] in " \t":
        pos -= 1
    if pos >= 0 and text[pos] in "\u201c\u2018\u2013\u2014":
        return True  # "I tell them, \u2018Maybe for Christmas.\u2019"
    while pos >= 0 and text[pos] in " \t\"'\u201c\u2018(":
        pos -= 1
    return pos < 0 or text[pos] in ".!?:\n\u2026"


def title_head(words: list[str]) -> int | None:
    """Where the name after a title starts in a run of capitalised words: after its last title
    word, when one to three capitalised words that are no title follow (``Economy Minister
    Marcelo Ebrard``: 2); None when there is no such title."""
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().rstrip(".") in TITLE_HEADS:
            rest = words[i + 1 :]
            if 1 <= len(rest) <= 3 and all(name_word(w) for w in rest):
                return i + 1
            return None
    return None


def person_before_of(words: list[str], *, titled: bool) -> int | None:
    """How many words of a run name a person before "of" or "on" and a body (``Analyst Jane
    Smith of Rystad Energy``: 2; ``Nick Holloway on BBC Radio``: 2): two or three name words,
    after a title or from a first name we know; None otherwise."""
    at = next((i for i, w in enumerate(words) if w in ("of", "on")), None)
    if at not in (2, 3) or not all(name_word(w) for w in words[:at]):
        return None
    return at if titled or first_name_at(words[:1]) == 0 else None


def first_name_head(words: list[str]) -> int | None:
    """Where a person's name starts at the end of a run, from a first name we know, after the
    words of a title or a body (``Agricultural Policy Vladimir Shcherbak``: 2); None when there
    is none, or the run opens as a place's name does (``San Pedro Sula`` is a city) or has one
    word before the first name that is no title's or body's (``Khairpur Nathan Shah``)."""
    if len(words) < 3:
        return None
    first = first_name_at(words[-3:-1])
    if first is None:
        return None
    at = len(words) - 3 + first
    if at == 0 or not all(name_word(w) for w in words[at:]):
        return None
    before = {w.lower() for w in words[:at]}
    if words[0].lower() in PLACE_FIRST_WORDS or (
        at == 1 and not before & (TITLE_HEADS | ORG_WORDS)
    ):
        return None  # "San Pedro Sula", "Khairpur Nathan Shah": a place's name
    return at


def name_word(word: str) -> bool:
    """Whether a word of a run may be a word of a person's name: capitalised (or ``al-``), no
    title, no word of a body or a place, no possessive (``General's Office Board``)."""
    lower = word.lower()
    return (
        (word[:1].isupper() or lower.startswith(("al-", "el-")))
        and lower not in TITLE_HEADS
        and lower not in ORG_WORDS
        and lower not in PLACE_WORDS
        and not lower.endswith(("'s", "\u2019s"))
    )


def no_name(words: list[str], lower_words, skip) -> bool:
    """Whether a run of two or more words is no name: a title alone (``Commission President``,
    ``Outgoing President``, ``Environment Minister``, ``Secretary of State``), shouted text (``INFLATION IS DYING``,
    ``LONG LIVE FREEDOM``), or words the corpus writes in lower case with no word of a body or
    a place among them (``Radical Left``, ``Big Tech``, ``Climate Change``)."""
    if len(words) < 2:
        return False
    lower = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in words]
    title_of = any(
        w.lower() in TITLE_HEADS and after in ("of", "for")
        for w, after in zip(words, words[1:], strict=False)
    )
    lower = [w for w in lower if w not in CONNECTOR_WORDS]
    if title_of or (
        lower[-1] in TITLE_HEADS
        and all(
            w in TITLE_HEADS
            or w in ORG_WORDS
            or w in PLACE_WORDS
            or w in _OPENING_WORDS
            or w in skip
            or w.upper() == w
            for w in lower
        )
    ):
        return True  # "Secretary of State", "Federal Chancellor of the Republic"
    common = all(w in lower_words or w in skip for w in lower)
    if all(w.isupper() for w in words if w not in CONNECTOR_WORDS):
        return len(lower) > 2 or any(w in lower_words or w in skip for w in lower)
    return common and not any(w in ORG_WORDS or w in PLACE_WORDS for w in lower)
