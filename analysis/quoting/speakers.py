"""Who a subject phrase names: a person or an organisation the dictionary knows, a name it
does not know (a bare surname completed from earlier in the document), a pronoun or nominal to
resolve later (``analysis.quoting.referents``), or somebody the text does not name.
"""

from __future__ import annotations

import bisect
import re

from analysis.actor.names import first_name_at
from analysis.quoting.document import REACH, Document, subject_phrase
from analysis.quoting.patterns import (
    ANONYMOUS,
    DOCUMENT_WORDS,
    NAME_PARTICLES,
    NAME_RE,
    NOMINAL_RE,
    ORGANISATION_WORDS,
    POSSESSED,
    POSSESSIVE_ENDINGS,
    POST_NOMINALS,
    ROLE_WORDS,
    SUBJECT_WORDS,
    subject_word,
)

_BODY_OR_ROLE = ROLE_WORDS | ORGANISATION_WORDS | DOCUMENT_WORDS | {"government", "kremlin"}
_ORGANISATION_TYPES = frozenset({"organisation", "company", "party", "media"})
SENDER = object()  # stands for "whoever sent the message": the document's first person
# A subject phrase for somebody the text does not name: `a senior official`, `one of the sources`.
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)\s")
# A statement, or a spokesman, speaks for the organisation it comes from.
_SPEAKS_FOR = DOCUMENT_WORDS | {"spokesman", "spokeswoman", "spokesperson", "representative"}
# What may stand between a subject and its verb: adverbs, an aside between commas.
_TRAILING_ADVERBS = frozenset(
    "has had have was is also then later further again earlier previously now once famously "
    "reportedly recently publicly openly repeatedly often always never still".split()
)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TRAILING_APPOSITION = re.compile(r",[^,;:\u2014()]{1,80},\s*$")
_LOWER_ASIDE = re.compile(r",\s*(?:[a-z]|\d)")  # ", of the National Oceanography Centre,"
_OPENING_WORD = re.compile(
    r"\s*(?:(?:But|And|However|Yet|So|Then|Meanwhile),?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?"
    r"([A-Z][\w-]+)\b(?![\u2019']s\b)"  # not an owner: "Doreen's daughter Karen"
)
_WORD = re.compile(r"[^\s,]+")
# an article and lower-case words of a description, then a capitalised name ending the clause
# ("The philosopher and teacher John Dewey"; not "The message to President Jiang Zemin")
_DESCRIBED_NAME = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+((?:(?!(?:to|of|for|with|from|by|at|on|in|about)\b)[a-z][\w-]*\s+)"
    r"{1,6})((?:[A-Z][\w\u2019'.-]*\s*){2,4})"
)
_INITIAL = re.compile(r"[A-Z]\.")  # Franklin D. Roosevelt
_DEMONYM = re.compile(r"[Tt]he [A-Z][a-z]{2,30}")  # "the Italian", read as a country
HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mister|Madam|Sir|Dame)\.?\s+)+")


# A body that speaks for its owner: "Russia's embassy in Tokyo", "Rosneft's press service"
_OWNED_BODY = re.compile(
    r"[\u2019']s\s+(?:[\w-]+\s+){0,2}?(ministry|embassy|office|press\s+service|service|"
    r"government|department|agency|committee|commission|mission|delegation|press\s+office|"
    r"headquarters|administration)\b",
    re.IGNORECASE,
)


def owned_body_speaker(doc: Document, start: int, verb: int) -> tuple[str, str] | None:
    """The owner of the body that is the subject of the verb at ``verb`` (``Putin's office
    said``, ``Russia's embassy in Tokyo said``): the mention right before the body's name, a
    person only for an office or a press service; None when there is none."""
    for m in reversed(doc.before(start, verb)):
        if not doc.possessive(m[1]):
            continue
        body = _owned_body(doc, m, verb)
        if body and _NEXT_TO_VERB_END.fullmatch(doc.text, body.end(), verb):
            return m[2], m[3]
        return None
    return None


def _owned_body(doc: Document, owner: tuple, stop: int) -> re.Match | None:
    """The body that the mention ``owner`` owns, right after it (``'s embassy``, ``'s press
    service``) before ``stop``; a person owns only an office or a press service."""
    body = _OWNED_BODY.match(doc.text, owner[1], stop)
    if body and (owner[4] != "person" or body.group(1).lower().startswith(("office", "press"))):
        return body
    return None


# between a body's name and its verb: a place, an aside, adverbs ("embassy in Tokyo on Monday")
_NEXT_TO_VERB_END = re.compile(r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?"
                               r"(?:[ \t]+(?:on|also|has|had|later|again)(?:[ \t]+[A-Z][a-z]+)?)?"
                               r"[ \t]*,?[ \t]*")  # fmt: skip


def phrase_speaker(doc: Document, offset: int, phrase: str, position: int):
    """Who a subject phrase names, as ``(actor_id, speaker, refer)``, or None.

    A person mentioned in it; else a pronoun or nominal (``refer``, resolved later; a message's
    sender is ``SENDER``); else an organisation or country mentioned in it; else a name as
    written. ``position`` is where the quote starts (nominals refer to what comes before it).
    """
    stripped = phrase.strip()
    if not stripped or len(stripped.split()) > 12:
        return None
    if stripped in ("I", "we", "We"):
        return "", "", None  # the narrator: no speaker to name
    if stripped.lower() in ("him", "her"):  # "according to him": whom it stands for
        return None, None, stripped.lower()
    start = offset + phrase.find(stripped[0])
    end = start + len(stripped)
    mentions = [m for m in doc.within(start, end) if not doc.possessive(m[1])]
    persons = [m for m in mentions if m[4] == "person"]
    if _INDEFINITE.match(stripped) or ANONYMOUS.search(stripped):
        return unnamed_speaker(stripped, start, mentions)
    if (
        _DEMONYM.fullmatch(stripped)
        and stripped.split()[1].lower() not in _BODY_OR_ROLE  # not "the Ministry said"
        and all(m[4] == "country" for m in mentions)
    ):
        return None, None, stripped.lower()  # "the Italian said": a person, not Italy
    if persons:
        return persons[0][2], persons[0][3], None
    owner = next((m for m in doc.within(start, end) if m[0] == start), None)
    if owner and _owned_body(doc, owner, end):
        # Russia's embassy in Tokyo, Rosneft's press service, Netanyahu's office
        return owner[2], owner[3], None
    written = named_in(doc, stripped, start)
    if written:  # Gazprom spokesman Sergei Kupriyanov: the person, not the company
        return "", written[1], None
    nominal = NOMINAL_RE.match(stripped)
    if nominal and doc.possessive(start + nominal.end()):
        # "the President's telegram reads": the message's sender is whom the nominal stands for
        possessed = POSSESSED.match(doc.text, start + nominal.end(), end)
        if possessed and possessed.group().split()[-1].lower() in DOCUMENT_WORDS:
            refer = nominal.group().lower()
            if refer.split()[-1] not in DOCUMENT_WORDS | ORGANISATION_WORDS:
                return None, None, refer
    if nominal and not doc.possessive(start + nominal.end()):
        refer = nominal.group().lower()
        head = refer.split()[-1]
        if head in DOCUMENT_WORDS:
            return (SENDER, None, refer) if refer.startswith("the ") else None
        if head in ORGANISATION_WORDS:
            return (*organisation(doc, head, mentions, position), refer)
        return None, None, refer
    if mentions:
        return mentions[0][2], mentions[0][3], None
    name = _written_name(doc, stripped, start)
    return ("", name, None) if name else None


def unnamed_speaker(phrase: str, start: int, mentions: list[tuple]):
    """``a senior official``, ``an OPEC+ source``, ``one of the sources``: somebody the text does
    not name, so nobody (never a person named earlier, nor one the phrase mentions: ``a source
    close to Putin``); but a person named in apposition (``a Kremlin spokesman, Dmitry
    Peskov``), and the organisation whose statement or spokesman it is (``a statement from the
    Energy Ministry``, ``a Gazprom spokesman``)."""
    comma = phrase.find(",")
    if comma >= 0:
        named = [m for m in mentions if m[4] == "person" and m[0] >= start + comma]
        if named:
            return named[0][2], named[0][3], None
        phrase = phrase[:comma]
    words = {word.lower() for word in re.findall(r"[\w-]+", phrase)}
    if words & _SPEAKS_FOR:
        inside = [m for m in mentions if m[0] < start + len(phrase)]
        organisations = [m for m in inside if m[4] in _ORGANISATION_TYPES]
        if organisations:
            return organisations[0][2], organisations[0][3], None
    return "", "", None


def _written_name(doc: Document, phrase: str, position: int) -> str:
    """A name the dictionary does not know, without honorifics; a bare surname is completed
    from the last full name ending in it before ``position`` (``Mr Smith`` -> ``John Smith``)."""
    for run in NAME_RE.finditer(phrase):
        words = HONORIFIC.sub("", run.group()).split()
        if "I" in words or "We" in words:
            continue  # "Later I told him": the narrator
        owner = [i for i, word in enumerate(words[:-1]) if word.endswith(POSSESSIVE_ENDINGS)]
        if owner:
            words = words[owner[-1] + 1 :]  # Al Jazeera's Lucia Marin
        while words and (words[0].lower() in SUBJECT_WORDS or _peer_title(words)):
            words.pop(0)  # Foreign Minister John Smith; Lady Justice Kendal
        while words and words[-1] in POST_NOMINALS:
            words.pop()  # Sarah Whitfield KC
        name = " ".join(words)
        if not name or name.endswith(POSSESSIVE_ENDINGS):
            continue
        if len(words) > 1:
            return name
        return "" if doc.common(name) else full_name(doc, name, position)  # "...," Officials said
    return ""


def full_name(doc: Document, surname: str, position: int, start: int = 0) -> str:
    """The last full name ending in ``surname`` in ``start:position``, else ``surname``."""
    pattern = re.compile(  # and a tail after particles: "Luiz Inacio Lula da Silva"
        rf"\b((?:[A-Z][\w\u2019'-]+[^\S\n]+){{1,2}}){re.escape(surname)}\b"
        rf"(?:[^\S\n]+(?:{'|'.join(sorted(NAME_PARTICLES))})[^\S\n]+[A-Z][\w\u2019'-]+)?"
    )
    # the last full name, else one before it when the last is titles only ("Lady Justice
    # Kendal" after "Lady Justice Moira Kendal"); a few at most, in linear time
    for found in _recent_within(doc, ("full", surname), pattern, start, position, 3):
        full = _written_full_name(doc, found)
        if " " in full and subject_phrase(full):
            return full
    # a family name written first ("Geng Shuang" for "Geng", "Bahlil Lahadalia")
    first = re.compile(rf"\b{re.escape(surname)}[^\S\n]+([A-Z][a-z][\w\u2019'-]*)\b")
    for m in _matches_within(doc, ("first", surname), first, start, position):
        given = m.group(1)
        if given not in _WEEKDAYS and not doc.common(given):
            return f"{surname} {given}"
    return surname


def _peer_title(words: list[str]) -> bool:
    """Whether ``words`` open with a peer's or judge's title before a title word (``Lady
    Justice Kendal``, ``Lord Chief Justice``), not a peer's name (``Lord Halifax``)."""
    return words[0] in ("Lady", "Lord") and len(words) > 1 and words[1].lower() in SUBJECT_WORDS


def _written_full_name(doc: Document, found: re.Match) -> str:
    """The full name that a match of ``full_name``'s pattern writes, without the titles,
    honorifics, common words, owners and names of places or bodies before it."""
    words = found.group().split()
    known = doc.within(found.start(), found.start(1) + len(found.group(1)))
    ends = [m[1] for m in known if m[4] != "person"]
    if ends:  # not a place or body the dictionary knows: "to Nazi Germany Jozef Lipski"
        words = doc.masked[max(ends) : found.end()].split()
    owner = [i for i, word in enumerate(words[:-1]) if word.endswith(POSSESSIVE_ENDINGS)]
    if owner:
        words = words[owner[-1] + 1 :]  # Al Jazeera's Lucia Marin
    while words and (
        words[0].lower() in SUBJECT_WORDS
        or HONORIFIC.match(words[0] + " ")
        or doc.common(words[0])
        or any(HONORIFIC.match(word + " ") for word in words[1:])
        or _peer_title(words)
    ):
        words.pop(0)  # Vice President John Smith; As Churchill; Poland Mr Beck; Lady Justice X
    return " ".join(words)


def _indexed_matches(
    doc: Document, key: tuple, pattern: re.Pattern, start: int, stop: int
) -> tuple[list[re.Match], int, int]:
    """Every match of ``pattern`` in the masked text, and the range of their indexes that start
    inside ``start:stop``. The document is read once per pattern (``key``) and kept: a surname
    completed for every quote of a long text was read from the document's start each time
    (quadratic)."""
    if key not in doc.cache:
        matches = list(pattern.finditer(doc.masked))
        doc.cache[key] = ([m.start() for m in matches], matches)
    starts, matches = doc.cache[key]
    return matches, bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop)


def _matches_within(doc: Document, key: tuple, pattern: re.Pattern, start: int, stop: int):
    """The matches of ``pattern`` that lie inside ``start:stop``, in order, read lazily."""
    matches, low, high = _indexed_matches(doc, key, pattern, start, stop)
    return (matches[i] for i in range(low, high) if matches[i].end() <= stop)


def _recent_within(
    doc: Document, key: tuple, pattern: re.Pattern, start: int, stop: int, count: int
) -> list[re.Match]:
    """The last ``count`` matches of ``pattern`` inside ``start:stop``, the latest first."""
    matches, low, high = _indexed_matches(doc, key, pattern, start, stop)
    found = []
    for i in range(high - 1, low - 1, -1):
        if matches[i].end() <= stop:
            found.append(matches[i])
            if len(found) == count:
                break
    return found


def organisation(
    doc: Document, head: str, inside: list[tuple], position: int, *, named: bool = False
):
    """``the ministry``: an organisation mentioned in the phrase, else the last one of its kind
    named before ``position``, else the country that owns it (``Russia's embassy in Tokyo``).
    With ``named``, the phrase names its own body (``China's Ministry of Commerce``), which no
    body of its kind named before is."""
    for m in inside:
        if m[4] in _ORGANISATION_TYPES:
            return m[2], m[3]
    for m in [] if named else reversed(doc.mentions[: bisect.bisect_left(doc.starts, position)]):
        if m[4] in _ORGANISATION_TYPES and not doc.quoted(m[0]):
            name = m[3].lower()
            if head in name or (head == "agency" and m[4] == "media"):
                return m[2], m[3]
    if head == "company" and not named and not inside:
        found = _company_before(doc, position)
        if found:
            return found
    if not named and not inside:  # "China's commerce ministry ... the ministry said": China
        low = bisect.bisect_left(doc.starts, position - 3 * REACH)
        for m in reversed(doc.mentions[low : bisect.bisect_left(doc.starts, position)]):
            body = _OWNED_BODY.match(doc.text, m[1], position) if doc.possessive(m[1]) else None
            if body and body.group(1).lower() == head and not doc.quoted(m[0]):
                return m[2], m[3]
    owner = next((m for m in inside if m[4] == "country"), None)
    return (owner[2], owner[3]) if owner else ("", "")


# a company the dictionary does not know, introduced as one: "DTEK, Ukraine's largest private
# energy company, said"
_INTRODUCED_COMPANY = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))((?:[A-Z][\w&.'-]{0,30}[ \t]+){0,3}[A-Z][\w&.'-]{0,30}),"
    r"[^,.;:\n]{0,80}\bcompany,"
)


def _company_before(doc: Document, position: int) -> tuple[str, str] | None:
    """Whom ``the company`` stands for: the last company of the dictionary named as a subject in
    this paragraph or the one before, else one the paragraph introduces as a company."""
    paragraph = doc.text.rfind("\n", 0, position) + 1
    previous = doc.previous_paragraph(paragraph)[0]
    for m in reversed(doc.before(previous, position)):
        if m[4] == "company" and doc.subject(m[0]):
            return m[2], m[3]
    introduced = list(
        _INTRODUCED_COMPANY.finditer(doc.masked, max(paragraph, position - REACH), position)
    )
    return ("", introduced[-1].group(1)) if introduced else None


def clause_name(doc: Document, region_start: int, verb: int) -> tuple[int, str, int] | None:
    """A name the dictionary does not know as the subject of the verb at ``verb``, as ``(start,
    name, end)``, ``end`` where the subject ends before an aside or adverbs: a full name
    standing in subject position (``Japan's Chief Cabinet Secretary Hirokazu Matsuno told``,
    ``Giovanni Staunovo, an analyst at UBS, said``), or a surname opening the clause that
    completes to a full name earlier in the document (``But Parker was quick to add``)."""
    text = _without_trailing_adverbs(doc.masked[region_start:verb])
    for count in range(3):  # "Prof Rowan Fielding, of the National Oceanography Centre, who
        aside = _TRAILING_APPOSITION.search(text)  # was not involved, said": the asides go
        if aside is None or (count and not _LOWER_ASIDE.match(aside.group())):
            break  # "In Moscow, Putin, the president, said": Putin is no aside
        apposed = _apposed_name(doc, text, aside, region_start)
        if apposed:
            return apposed  # Qatar's foreign ministry spokesman, Majid al-Rashidi, told
        text = text[: aside.start()] + ","
    text = text.rstrip(",")
    clause_start = max(text.rfind(c) for c in ",;:(\u2014") + 1
    dash = text.rfind(" - ")  # a dateline: "ANKARA (Hurriyet Daily News) - Hakan Fidan said"
    clause_start = max(clause_start, dash + 3 if dash >= 0 else 0)
    clause = text[clause_start:]
    # the mark that closed a quote before it: '"...," Mr Reeve said, "but ..."'
    opened = len(clause) - len(clause.lstrip(" \t\"'\u201d\u2019\u00bb"))
    clause_start += opened
    clause = clause[opened:]
    offset = region_start + clause_start
    end = region_start + len(text)
    if subject_phrase(clause):
        name = named_in(doc, clause, offset)
        if name:
            return (*name, end)
    described = _DESCRIBED_NAME.fullmatch(clause)
    if described and not set(described.group(1).split()) & DOCUMENT_WORDS:
        # "The philosopher and teacher John Dewey": a description, then the name
        name = named_in(doc, described.group(2), offset + described.start(2))
        if name and len(name[1].split()) > 1:
            return (*name, end)
    words = _OPENING_WORD.match(clause)
    if (
        words
        and words.group(1).lower() not in SUBJECT_WORDS
        and not doc.common(words.group(1))
        and not doc.within(offset + words.start(1), offset + words.end(1))
    ):
        surname = words.group(1)
        full = full_name(doc, surname, offset)
        if full != surname:
            return offset + words.start(1), full, end
    return None


# Kin before a name in apposition: "Her mother, Laura Cole, said".
_RELATIONS = frozenset(
    "mother father daughter son wife husband sister brother widow widower grandmother "
    "grandfather aunt uncle cousin neighbour neighbor friend".split()
)
_ROLES_OR_RELATIONS = ROLE_WORDS | _RELATIONS


def _apposed_name(doc: Document, text: str, aside: re.Match, region_start: int):
    """The full name that an aside is, all of it, after a role (``Qatar's foreign ministry
    spokesman, Majid al-Rashidi,``), as ``(start, name, end)``; else None."""
    before = text[: aside.start()].split()
    # a role among the last words: "Counsel for the regulator, Jonathan Crow KC,", "Her mother,
    # Laura Cole,"
    if not any(word.lower() in _ROLES_OR_RELATIONS for word in before[-4:]):
        return None
    inner = aside.group()[1:].rstrip().rstrip(",")
    name = named_in(doc, inner, region_start + aside.start() + 1)
    words = [word for word in inner.split() if word not in POST_NOMINALS]
    if name is None or len(name[1].split()) < 2 or name[1] != " ".join(words):
        return None
    return (*name, region_start + aside.end())


def _without_trailing_adverbs(text: str) -> str:
    """``text`` without the adverbs at its end (``Novak has also``, ``Novak on Monday``)."""
    text = text.rstrip()
    while True:
        head, _, last = text.rpartition(" ")
        if last in _TRAILING_ADVERBS:
            text = head.rstrip()
        elif last in _WEEKDAYS and head.endswith(" on"):
            text = head[:-3].rstrip()
        else:
            return text


def named_in(doc: Document, phrase: str, offset: int) -> tuple[int, str] | None:
    """The first full name in a subject phrase that the dictionary does not know, with where it
    starts: the last run of two or more capitalised words that are neither titles nor
    descriptions, outside the dictionary's mentions, before any preposition (``Rystad Energy
    analyst Jorge Leon``, ``Gazprom spokesman Sergei Kupriyanov``; ``John Smith`` in ``John Smith
    from the Tver Region``, ``Helima Croft`` in ``Helima Croft of RBC Capital Markets``). A run
    after an article is a thing (``the Executive Order``), and a run does not open with a common
    word (``As Churchill``)."""
    for part_start, part in _parts(phrase):
        names, run, previous, joined = [], [], "", False
        words = list(_WORD.finditer(part))
        for index, word in enumerate(words):
            start = offset + part_start + word.start()
            token = word.group()
            token = token if _INITIAL.fullmatch(token) else token.strip(".")
            if token in POST_NOMINALS and run:
                continue  # Sarah Whitfield KC
            if token in ("I", "We"):
                return None  # "Later I told him": the narrator, no name
            if (
                run
                and token in NAME_PARTICLES
                and index + 1 < len(words)
                and words[index + 1].group()[:1].isupper()
            ):
                run.append((start, token))  # Luiz Inacio Lula da Silva, Andre Correa do Lago
                continue
            plain = not (
                subject_word(token.lower())
                or token.endswith(POSSESSIVE_ENDINGS)
                or HONORIFIC.match(token + " ")
                or doc.within(start, start + len(token))
            )
            capital = token[:1].isupper() or (
                token[:3].lower() in ("al-", "el-") and token[3:4].isupper()
            )
            if capital and plain:
                if not run and joined and first_name_at([token]) is None:
                    previous = token  # "Department of Health and Social Care": no person
                    continue  # (but "Governor of Tver Region Igor Rudenya": Igor Rudenya)
                if run or (previous.lower() not in ("the", "a", "an") and not doc.common(token)):
                    run.append((start, token))
                else:
                    previous = token  # not a name's first word
                continue
            joined = bool(run or previous[:1].isupper()) and token.lower() in ("of", "and", "&")
            if len(run) > 1:
                names.append(run)
            run, previous = [], token
            if not capital and (
                not subject_word(token.lower()) or (names and token.lower() in _LINKS)
            ):
                break  # a verb, or a preposition after a name: `from the Tver Region`, `of RBC`
        if len(run) > 1:
            names.append(run)
        if names:
            run = names[-1]
            first = first_name_at([token for _, token in run])
            if len(run) > 2 and first:
                run = run[first:]  # International Relations Ronald Lamola: Ronald Lamola
            return run[0][0], " ".join(token for _, token in run)
    return None


# Words of a subject phrase that, after a name, end it (`Helima Croft of RBC`); a title goes on
# to the name it is of (`Itau Unibanco chief economist Ricardo Teixeira`).
_LINKS = frozenset("of on for in at from and the a an he she they his her its their".split())


def _parts(phrase: str):
    """The comma-separated parts of a phrase, with their offsets."""
    start = 0
    for part in phrase.split(","):
        yield start, part
        start += len(part) + 1
