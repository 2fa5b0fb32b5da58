"""Whom a pronoun (``he``) or a person nominal (``the minister``) stands for: a person named
before it who fits it by sex and role, else nobody, as a wrong speaker is worse than none.
"""

from __future__ import annotations

import bisect
import re

from analysis.actor.names import FEMALE_FIRST as _FEMALE_FIRST
from analysis.actor.names import MALE_FIRST as _MALE_FIRST
from analysis.actor.names import first_name_at
from analysis.quoting.document import REACH, Document, subject_phrase, subject_prefix
from analysis.quoting.patterns import AFTER_VERB, NOMINAL_RE, REPORTS, VERB_RE, subject_word
from analysis.quoting.speakers import (
    HONORIFIC,
    clause_name,
    full_name,
    named_in,
    unnamed_speaker,
)

# Roles that the dictionary's free-text `role` can confirm or rule out (`the minister` is not
# the president); the others (`the expert`, `the official`) say too little to check.
_CHECKED_ROLES = {
    "minister": "minister",
    "president": "president",
    "premier": "prime minister",
    "chancellor": "chancellor",
    "spokesman": "spokes",
    "spokeswoman": "spokes",
    "spokesperson": "spokes",
    "ambassador": "ambassador",
    "governor": "governor",
    "mayor": "mayor",
    "ceo": "ceo",
}


# Sex from a name, only where it is plain: Russian surname endings and the first names of
# ``analysis.actor.names``. It rules a candidate out for ``he``/``she``; an unknown name fits
# both, but ``she`` prefers a name known to be a woman's, as most of the persons in the news
# whose sex the list does not tell are men.
_NON_OFFICIAL = frozenset(
    "expert analyst scholar researcher professor economist observer commentator author "
    "specialist".split()
)


def _sex(name: str) -> str | None:
    words = name.lower().split()
    if not words:
        return None
    if words[0] in _FEMALE_FIRST:
        return "f"
    if words[0] in _MALE_FIRST:
        return "m"
    if len(words) > 1 and words[-1].endswith(("ova", "eva", "ina", "aya")):
        return "f"
    if len(words) > 1 and words[-1].endswith(("ov", "ev", "in", "sky", "skiy")):
        return "m"
    return None


# The roles of a country's foreign minister as the dictionary writes them: `the top diplomat`
# and `the foreign minister` check one of them (alternatives, as `_fits_role` reads them).
_FOREIGN_MINISTER = (
    "foreign minister|minister of foreign affairs|foreign secretary|secretary of state"
)
_TOP = frozenset({"top", "chief"})  # `the Russian top diplomat`, `China's chief diplomat`


def _role(words: list[str]) -> str | None:
    """The dictionary role that a nominal's words check, from its ``deputy`` or ``vice`` on:
    ``the deputy prime minister`` is not the prime minister; ``the top diplomat`` and ``the
    foreign minister`` are a foreign minister (alternatives separated by ``|``; None when the
    head says too little to check)."""
    head = words[-1] if words else ""
    role = _CHECKED_ROLES.get(head)
    deputy = [i for i, word in enumerate(words[:-1]) if word in ("deputy", "vice")]
    if role and deputy:
        return " ".join([*words[deputy[-1] : -1], role])
    if len(words) > 1 and (
        (head == "diplomat" and words[-2] in _TOP)
        or (head == "minister" and words[-2] == "foreign")
    ):
        return _FOREIGN_MINISTER
    return "prime minister" if head == "minister" and "prime" in words else role


def resolve(doc: Document, refer: str, position: int, last) -> tuple[str, str]:
    """The person a pronoun or nominal (``refer``) before ``position`` stands for.

    Somebody unnamed whom the paragraph introduced after the last person it names (``A senior
    official said ...``, then ``the official``: nobody; ``A Rosneft spokesman``: Rosneft); else the
    most recent fitting person named in subject position earlier in the paragraph (outside
    quotes; for ``she``, a name known to be a woman's first; for a nominal with a checked role,
    one whose dictionary role holds it), else the
    previous speaker if that one fits, else, for a checked role, the only person of that role
    named before in the document; else nobody.
    """
    words = refer.split()
    head = words[-1] if words else ""
    if head in ("they", "their"):
        return "", ""
    if words and (words[0] in ("a", "an") or head in ("source", "sources")):
        return "", ""  # somebody the text introduces without naming: `a senior official`
    sex = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(head)
    role = _role(words)
    # "the Italian", "the Russian": a person of that country, resolved as a pronoun is
    demonym = len(words) == 2 and words[0] == "the" and not subject_word(head)

    country = _nominal_country(doc, words)
    if words and words[0].endswith(("'s", "\u2019s")) and country is None:
        return "", ""  # "Hendry's barrister": somebody of a person's whom the text does not name

    def fits(actor_id: str, name: str) -> bool:
        if sex and _sex(name) not in (None, sex):
            return False
        if country and doc.affiliations.get(actor_id, country) != country:
            return False  # "the Chinese foreign minister" is not Lavrov
        known = doc.roles.get(actor_id)
        if known is None:
            return True
        if head in _NON_OFFICIAL:
            return not any(word in known for word in _CHECKED_ROLES.values())
        return _fits_role(role, known)

    paragraph = doc.text.rfind("\n", 0, position) + 1
    named = doc.before(paragraph, position)
    introduced = _introduced(doc, head, paragraph, position)
    if introduced and not any(m[0] >= introduced.end() and m[4] == "person" for m in named):
        found = unnamed_speaker(
            introduced.group(), introduced.start(), doc.within(*introduced.span())
        )
        return found[0], found[1]
    paragraph_end = doc.text.find("\n", position)
    paragraph_end = len(doc.text) if paragraph_end < 0 else paragraph_end
    # a story told in the first person ("He said ... I asked ..."): "he" is who the narrator
    # spoke with, neither the paragraph before's speaker nor the document's previous one
    narrated = bool(  # read near the quote: a paragraph of thousands of quotes stays linear
        _NARRATED.search(
            doc.masked, max(paragraph, position - 3 * REACH), min(paragraph_end, position + REACH)
        )
    )
    unknown = unknown_subjects(doc, paragraph, position)
    if not narrated and not named and not unknown:  # "So I said to him ...\n\nHe replied, ..."
        previous_start, previous_end = doc.previous_paragraph(paragraph)
        narrated = bool(
            _TOLD_HIM.search(
                doc.masked, max(previous_start, previous_end - 3 * REACH), previous_end
            )
        )
    pronoun = bool(sex) or demonym
    if pronoun and not narrated and not any(m[4] == "person" for m in named) and not unknown:
        # A paragraph that names nobody before the pronoun goes on from the paragraph before,
        # whose speaker it is (wire copy: "Peskov said that ...\n\n'...,' he said.").
        here = _new_subject(doc, paragraph, position, last, fits)
        if here is not None:  # "Winston Churchill stood out ... he said": whom it names, or nobody
            return here
        previous_start, previous_end = doc.previous_paragraph(paragraph)
        previous = doc.before(previous_start, previous_end)
        subjects = [m for m in previous if m[4] == "person" and doc.subject(m[0])]
        speakers = [m for m in subjects if fits(m[2], m[3]) and REPORTS.match(doc.masked, m[1])]
        speakers = [m for m in speakers if not doc.text.startswith(":", m[1])]
        if speakers:
            return speakers[-1][2], speakers[-1][3]
        # No speaker there, but a person it brings in as a subject ("Commission President
        # Ursula von der Leyen defended the proposal.\n\n'...,' she said"), the last one; not a
        # transcript's "Vladimir Putin:", who speaks in person (his "he" is somebody else)
        subjects = sorted(subjects + unknown_subjects(doc, previous_start, previous_end))
        subjects = [m for m in subjects if not doc.text.startswith(":", m[1])]
        if subjects and fits(subjects[-1][2], subjects[-1][3]):
            return subjects[-1][2], subjects[-1][3]
        if subjects or _new_subject(doc, previous_start, previous_end, last, fits) is not None:
            return "", ""  # somebody else came in since the last speaker: nobody is safer
    subjects = []  # the sentence starts of the persons in subject position seen so far
    persons = [m for m in named if m[4] == "person"]
    if unknown:  # "Amin Nasser said ..." then "he said": a person the dictionary does not know
        persons = sorted(persons + unknown)
    order = range(len(persons) - 1, -1, -1)  # the most recent first
    if sex == "f":  # a woman named in the paragraph before a name that may be a man's
        order = sorted(order, key=lambda i: _sex(persons[i][3]) != "f")
    for i in order:
        m = persons[i]
        if doc.text.startswith(("'s", "\u2019s", ":"), m[1]):
            continue  # X's administration; a transcript's "Vladimir Putin:" speaks in person
        if not fits(m[2], m[3]):
            continue
        if role and m[2] in doc.roles:
            return m[2], m[3]
        if m[2] == "" and not role:
            return m[2], m[3]  # a name the dictionary does not know, as a verb's subject
        if doc.subject(m[0]) and not _reported_subject(doc, m, persons[:i]):
            return m[2], m[3]
    if (
        last
        and fits(*last)
        and not narrated
        and _person(doc, last[0])  # "he", "the chief whip": a person, not a body that spoke last
        and _new_subject(doc, paragraph, position, last, fits) is None
    ):
        return last  # "he" is a person: not a country or a body that spoke last
    if role:
        named = [
            m
            for m in doc.mentions[: bisect.bisect_left(doc.starts, position)]
            if m[4] == "person"
            and _fits_role(role, doc.roles.get(m[2], ""))
            and fits(m[2], m[3])
            and not doc.quoted(m[0])
        ]
        subjects = [m for m in named if doc.subject(m[0])]
        if subjects:
            return subjects[-1][2], subjects[-1][3]
        if len({m[2] for m in named}) == 1:
            return named[0][2], named[0][3]
    return "", ""


def _fits_role(role: str | None, known: str) -> bool:
    """Whether a dictionary role (``known``, lower case) holds the role a nominal checks, one
    of its alternatives (``foreign minister|secretary of state``); any role when it checks none."""
    return not role or any(part in known for part in role.split("|"))


def _nominal_country(doc: Document, words: list[str]) -> str | None:
    """The country a nominal names by its demonym or name (``the Russian top diplomat``,
    ``Japan's foreign minister``): the country mentioned in the document under that word, else
    None (``the country's top diplomat`` names none)."""
    wanted = {word.removesuffix("'s").removesuffix("\u2019s") for word in words[:-1]}
    wanted -= {"the", "a", "an", "his", "her", "its", "their", "country", "top", "chief"}
    if not wanted:
        return None
    for m in doc.mentions:
        if m[4] == "country" and doc.text[m[0] : m[1]].lower() in wanted:
            return m[2]
    return None


# A sentence's first word, after a connective: whom the sentence is about when it is a name.
_SENTENCE_OPENING = re.compile(
    r"[^\S\n]*For[^\S\n]+([A-Z][\w\u2019'-]{1,40}),"  # "For Rasool, the debate feels distant."
    r"|[^\S\n]*(?:(?:But|And|Yet|So|Then|Meanwhile|Still|Now|Later|Earlier),?[^\S\n]+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?[^\S\n]+)?([A-Z][\w\u2019'-]{1,40})\b(?![\u2019']s\b)"
)


def _new_subject(doc: Document, start: int, stop: int, last, fits) -> tuple[str, str] | None:
    """The person other than the last speaker whose name opens a sentence between ``start`` and
    ``stop`` as its subject (``Mkandawire, who is seeking a second term, urged calm.``): a
    capitalised word that is no common word, no place or body the dictionary knows and no part
    of the last speaker's name. Returns ``(actor_id, name)``: the dictionary's person, or the full
    name (a surname completed from earlier in the document), when it fits the pronoun, else
    ``("", "")``; None when no sentence opens so. A pronoun
    after such a sentence is that person, whom the dictionary may not know, not the last
    speaker."""
    names = set(last[1].split()) if last else set()
    found = None
    start = max(start, stop - 3 * REACH)  # near the quote: a paragraph of thousands stays linear
    first = bisect.bisect_left(doc.sentence_starts, start)
    for sentence in [start, *doc.sentence_starts[first:]]:
        if sentence >= stop:
            break
        opening = _SENTENCE_OPENING.match(doc.masked, sentence, stop)
        if opening is None:
            continue
        g = 2 if opening.group(2) else 1
        word = opening.group(g)
        if word in names or doc.common(word) or subject_word(word.lower()):
            continue
        inside = doc.within(*opening.span(g))
        if inside and (inside[0][4] != "person" or (last and inside[0][2] == last[0])):
            continue  # Russia, Gazprom: no person; the last speaker again
        after = _CLAUSE_AFTER_NAME.match(doc.masked, opening.end(g))
        if not (after or REPORTS.match(doc.masked, opening.end(g)) or g == 1):
            continue
        if inside:
            found = inside[0][2:4] if fits(inside[0][2], inside[0][3]) else ("", "")
            continue
        run = doc.masked[opening.start(g) : after.end(1) if after else opening.end(g)].split()
        if len(run) > 1:  # a full name: a person's if its first name is one we know
            name = " ".join(run) if first_name_at(run[:1]) == 0 else ""
        else:  # a surname: a person's if the document gives the full name
            name = full_name(doc, word, opening.start(g))
            if " " not in name and g == 2:
                continue  # "Everybody saw", "Exports rose": no evidence of a person
        found = ("", name if " " in name and fits("", name) else "")
    return found


# After a name that opens a sentence, what makes it the sentence's subject: an aside and a verb
# ("Mkandawire, who is seeking a second term, urged"), or a verb in the past ("Rice played down").
_CLAUSE_AFTER_NAME = re.compile(
    r"((?:[^\S\n]+[A-Z][\w\u2019'-]{1,40}){0,3})(?:,[^,\n]{1,80},)?"
    r"(?:[^\S\n]+(?:himself|herself))?[^\S\n]+"  # "Doreen herself is determined"
    r"(?:[a-z]{2,20}ed|was|is|has|had|told|made|took|gave|spoke|struck|led|won|lost|came|went|"
    r"did|wrote|sent|held|left|met|began|kept|rang|ran|stood|sat|saw|set|put|felt|brought|"
    r"thought|urged)\b"
)


def _person(doc: Document, actor_id: str) -> bool:
    """Whether a speaker is a person: a name the dictionary does not know (found as a person's)
    or one of its persons."""
    if not actor_id:
        return True
    if "persons" not in doc.cache:
        doc.cache["persons"] = {m[2] for m in doc.mentions if m[4] == "person"}
    return actor_id in doc.cache["persons"]


# The narrator speaking to somebody in the paragraph before: "So I said to him, ..."
_TOLD_HIM = re.compile(
    r"\bI\s+(?:said|asked|told|replied|answered|spoke|talked)\s+(?:to\s+|with\s+)?(?:him|her)\b"
)
# A paragraph that tells a conversation in the first person ("I asked him ...", "I said,"): its
# "he" is the one the narrator spoke with, not the document's previous speaker.
_NARRATED = re.compile(
    r"\bI\s+(?:said|asked|told|replied|answered|say|ask|tell|thought|met|spoke|talked|called|"
    r"phoned|rang)\b"
)


def unknown_subjects(doc: Document, start: int, stop: int) -> list[tuple]:
    """Persons the dictionary does not know, named between ``start`` and ``stop`` outside
    quotes as the subject of a reporting verb (``Saudi Aramco Chief Executive Amin Nasser
    said``) or of a sentence (``Belgian Prime Minister Bart De Wever, whose country ..., has
    resisted``; ``His defence minister, Boris Pistorius, ...``), as mentions ``(start, end, "",
    name, "person")`` in text order."""
    found = {}
    low = max(start, stop - 3 * REACH)
    for verb in VERB_RE.finditer(doc.masked, low, stop):
        region = max(doc.region_start(verb.start()), verb.start() - REACH)
        named = clause_name(doc, region, verb.start())
        if named and len(named[1].split()) > 1 and not doc.within(named[0], named[2]):
            found[named[0]] = (named[0], named[0] + len(named[1]), "", named[1], "person")
    first = bisect.bisect_left(doc.sentence_starts, low)
    for sentence in [low, *doc.sentence_starts[first:]]:
        if sentence >= stop:
            break
        named = _sentence_subject(doc, sentence, min(stop, sentence + REACH))
        if named and named[0] not in found:
            found[named[0]] = (named[0], named[0] + len(named[1]), "", named[1], "person")
    return sorted(found.values())


# The words before a sentence's first comma that name a role and not a person: "His defence
# minister, Boris Pistorius, ...", "Its ambassador in Tbilisi, Pawel Herczynski, said".
_ROLE_BEFORE_NAME = re.compile(
    r"\s*(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w-]{0,40}[\u2019']s)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*"
    r"(?:\s+(?:in|at|to|for|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*"
)


def _sentence_subject(doc: Document, start: int, stop: int) -> tuple[int, str] | None:
    """The full name (two words or more) of a person the dictionary does not know, standing
    first in the sentence at ``start`` (the names and titles before its first comma or verb, or,
    after a role, ``His defence minister,``, those up to the next), after a title or opening
    with a first name we know."""
    text = doc.masked[start:stop]
    parts = re.split(r"[,;:\u2014()]", text, maxsplit=2)
    offset, role = start, False
    if len(parts) > 2 and _ROLE_BEFORE_NAME.fullmatch(parts[0]):
        offset += len(parts[0]) + 1
        phrase = parts[1]
        role = subject_word(parts[0].split()[-1].lower())  # "The chairwoman, Annabel Mbewe,"
    else:
        phrase = parts[0]
    words = phrase.split("\n")[0].split(" ")
    cut = subject_prefix(words)
    head = " ".join(words[:cut])  # "Andrei Krutskikh" of "Andrei Krutskikh is an advisor"
    named = named_in(doc, head, offset) if head.strip() else None
    if named is None or len(named[1].split()) < 2 or doc.within(named[0], named[0] + len(named[1])):
        return None
    before = head[: named[0] - offset]
    titled = role or any(
        subject_word(w.lower()) or HONORIFIC.match(w + " ") for w in before.split()
    )
    if not titled and first_name_at(named[1].split()[:1]) is None:
        return None  # "Rystad Energy said": a person by a title or a first name we know
    return named


# A place's possessive before a role: "Hungary's foreign minister", whom "the minister" goes on
# to stand for when the text names nobody after it.
_COUNTRY_OWNER = re.compile(r"[A-Z][\w-]{1,40}[\u2019']s")


def _introduced(doc: Document, head: str, paragraph: int, position: int):
    """The last nominal of the same head introducing somebody unnamed earlier in the paragraph
    (``A senior official ... said``, ``A Rosneft spokesman said``), whom ``the official`` or ``the
    spokesman`` goes on to stand for, rather than a person named before."""
    found = None
    # a bounded stretch: a paragraph of thousands of quotes is read in linear time
    for match in NOMINAL_RE.finditer(doc.masked, max(paragraph, position - 3 * REACH), position):
        words = match.group().lower().split()
        if (
            (words[0] in ("a", "an") or _COUNTRY_OWNER.fullmatch(match.group().split()[0]))
            and words[-1] == head
            and subject_phrase(match.group())  # not `a report by Ambassador X`
            and doc.subject(match.start())
        ):
            found = match
    return found


def _reported_subject(doc: Document, mention: tuple, earlier: list[tuple]) -> bool:
    """Whether ``mention`` is the subject of a reported clause: right after a reporting verb
    whose own subject, a person, is named before it in the sentence (``Ushakov said Putin and
    Trump had talked``: Putin did not say it)."""
    region_start = doc.region_start(mention[0])
    verb = AFTER_VERB.search(doc.masked, max(region_start, mention[0] - REACH), mention[0])
    if verb is None:
        return False
    return any(m[0] >= region_start and m[1] <= verb.start() and doc.subject(m[0]) for m in earlier)


# A verb that sends a message, right after its sender (an aside or adverbs between): "Dmitry
# Medvedev sent his condolences to ...", "Putin has addressed a message to ..."
_SENDS = re.compile(
    r"(?:,[^,\n]{1,80},)?[^\S\n]+(?:(?:has|had|also|then|earlier)[^\S\n]+){0,2}"
    r"(?:sent|sends|addressed|addresses|wrote|writes|congratulated|congratulates|expressed|"
    r"expresses|extended|signed)\b"
)


def message_sender(doc: Document, position: int) -> tuple[str, str]:
    """Who sent the message quoted at ``position`` (``The message reads: "..."``): the last
    person named before it as the subject of a verb that sends (``Medvedev sent his condolences
    to Sheikh Hasina``: Medvedev, not the recipient, whom a headline may name first), else the
    first person named in the document before it."""
    low = bisect.bisect_left(doc.starts, position - 6 * REACH)
    for m in reversed(doc.mentions[low : bisect.bisect_left(doc.starts, position)]):
        if m[4] == "person" and not doc.quoted(m[0]) and _SENDS.match(doc.masked, m[1], position):
            return m[2], m[3]
    return first_person(doc.mentions, position)


def first_person(mentions, position: int) -> tuple[str, str]:
    """The first person named before ``position``, else nobody."""
    for m in mentions:
        if m[0] >= position:
            break
        if m[4] == "person":
            return m[2], m[3]
    return "", ""
