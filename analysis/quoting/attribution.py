"""Attribution: the speaker and cue of each quote of a document, in the order that the
``analysis.quotes`` docstring states (a cue after the quote, a cue before it in its sentence, a
colon that introduces it, else a quote it continues).
"""

from __future__ import annotations

import bisect
import re

from analysis.quoting.document import REACH, Document, subject_phrase
from analysis.quoting.marks import line_end, opens_paragraph
from analysis.quoting.patterns import (
    ANONYMOUS,
    DOCUMENT_WORDS,
    NAME_RE,
    NAMING_RE,
    NOMINAL_RE,
    ORGANISATION_WORDS,
    POSSESSED,
    POST_HOW,
    POST_SPEAKER_FIRST,
    POST_VERB_FIRST,
    PRE_CUE,
    SENTENCE_END_CUE,
)
from analysis.quoting.referents import message_sender, resolve
from analysis.quoting.speakers import (
    SENDER,
    clause_name,
    full_name,
    named_in,
    organisation,
    owned_body_speaker,
    phrase_speaker,
    unnamed_speaker,
)

# Between a subject and a naming verb: an aside, a few adverbs (`Lavrov on Monday condemned`).
_NEXT_TO_VERB = re.compile(
    r"\s*(?:(?:[,\u2014(][^,\u2014()]{0,80}){1,2}[,\u2014)])?\s*"  # up to two asides
    r"(?:(?:also|has|had|have|further|again|earlier|later|previously|repeatedly|once|on|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,3}$"
)
# `with Novak saying the market is "fragile"`: the one named before the participle speaks.
_WITH_SUBJECT = re.compile(r"\bwith[^\S\n]+(?P<spk>[^,;:\u2014\n]{1,80}?)[^\S\n]+$")
_PARTICIPLES = frozenset("saying adding noting stressing warning".split())
# `Maisie Cole, who told councillors:`: the name before the relative pronoun speaks.
_WHO_SUBJECT = re.compile(
    r"(?P<spk>(?:[A-Z][\w'\u2019-]{0,40}[^\S\n]+){1,3}[A-Z][\w'\u2019-]{0,40}),[^\S\n]+who"
    r"[^\S\n]+(?:(?:also|then|later|has|had|once)[^\S\n]+)?$"
)
# `Interfax quoted Ryabkov as saying`: the one quoted speaks (bounded: linear time).
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?!by\b)(?P<spk>[^,;:\u2014]{1,60}?)\s+as\s+$")
# , David Lammy, (after "The foreign secretary"); in Tbilisi, Pawel Herczynski, (after "Its
# ambassador")
_APPOSED = re.compile(
    r"(?:[^\S\n]+(?:in|to|at|for|of|from)[^\S\n]+[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,2})?"
    r",[^\S\n]*([^,;:\u2014()\n]{3,60}?),[^\S\n]*"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")  # was asked, was told
_BETWEEN = "also|then|later|once|again|just"  # words between a subject and its verb
_NARRATOR = re.compile(rf"\b(?:I|[Ww]e)\s+(?:(?:{_BETWEEN})\s+)*$")
_PRONOUN_CUE = re.compile(r"[Ii]n (his|her|their)")
_PRONOUN_SUBJECT = re.compile(
    rf"\b([Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:{_BETWEEN}|further|has|had|have)\s+)*$"
)
# Between a subject and its verb: nothing, or an aside between commas or dashes.
_ADJACENT = re.compile(
    r"\s*(?:[,\u2014(][^,\u2014()]{0,80}[,\u2014)])?\s*(?:also\s+|has\s+|had\s+)?$"
)
_NEXT_SENTENCE = re.compile(r"[^\S\n]+[A-Z]")
_NAMED_BODY = re.compile(r"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_ABBREVIATION_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Lt|St|Jr|Sr|[A-Z])\.")


def attribute(doc: Document) -> list[tuple]:
    """Speakers for the quotes of one document, as ``(start, end, actor_id, speaker, cue)``."""
    text, spans = doc.text, doc.spans
    results: list[list] = []
    last: tuple[str, str] | None = None
    for i, (start, end) in enumerate(spans):
        next_open = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(text)
        stop = min(next_open, line_end(text, end), end + 160)
        close = end  # the quoted text is trimmed: its closing mark may follow a space
        while close < stop and text[close].isspace():
            close += 1
        region_start = doc.region_start(start - 1)
        found = None
        if _ends_sentence(text, end, close):  # `X said "... open." Putin has said ...`
            found = _before(doc, region_start, start - 1)
        if found is None:
            found = _after(doc, close + 1, stop, start)
        if found is None:
            found = _before(doc, region_start, start - 1)
            if found is None:
                found = _introduced(doc, region_start, start - 1)
            if found is None and not (i and spans[i - 1][1] > region_start):
                found = _reported_before(doc, region_start, start - 1)
        if found is None:
            results.append([start, end, None, None, ""])
            continue
        actor_id, speaker, cue, refer, position = found
        if actor_id is SENDER:  # "the message reads": who sent it, the first person named
            actor_id, speaker = message_sender(doc, start)
        elif refer is not None:  # a pronoun or a nominal: the person it stands for
            actor_id, speaker = resolve(doc, refer, position, last)
        if not speaker and cue and _coordinated(doc, results, region_start, position):
            actor_id, speaker = results[-1][2], results[-1][3]  # "X praised "..." and said "...""
        results.append([start, end, actor_id, speaker, cue])
        if speaker:
            last = (actor_id, speaker)
    _split_quotes(text, results)
    _fill_continuations(text, results)
    _headline_speakers(doc, results)
    return [(s, e, a or "", sp or "", c) for s, e, a, sp, c in results]


# A headline's speaker: "Brazil's Lula says BRICS 'not against anyone'", "Syria's al-Sharaa vows
# 'no return to the past'": a surname, perhaps after a possessive, right before the cue.
_HEADLINE_SUBJECT = re.compile(
    r"(?:^|[\s:])(?:[A-Z][\w.-]*[\u2019']s[^\S\n]+)?((?:al-|el-)?[A-Z][\w\u2019'-]+)[^\S\n]+"
    r"(?:says|said|vows|warns|urges|tells|insists|claims|calls|slams|denies|rejects)[^\S\n]+"
)


_HEADLINE_MAX = 250  # characters: a first line longer than this is no headline


def _headline_speakers(doc: Document, results: list[list]) -> None:
    """Name the speaker of a quote in a document's first line (its headline) whose subject is a
    surname, from the full name the document gives anywhere (a headline comes before it)."""
    text = doc.text
    first_line = text.find("\n", 0, _HEADLINE_MAX)
    if first_line < 0:
        return  # no headline: a text of one paragraph, or a first line too long for one
    for result in results:
        if result[3] or result[0] > first_line:
            continue
        subjects = list(_HEADLINE_SUBJECT.finditer(text, max(0, result[0] - 120), result[0]))
        if not subjects:
            continue
        subject = subjects[-1]  # the last one before the quote
        surname = subject.group(1)
        persons = [m for m in doc.mentions if m[4] == "person" and m[3].endswith(surname)]
        if persons:
            result[2], result[3] = persons[0][2], persons[0][3]
            continue
        full = full_name(doc, surname, len(text), first_line)
        if full != surname:
            result[2], result[3] = "", full


# A verb that shares the subject of the verb before it: "... and said", "... but added".
_COORDINATED = re.compile(r"\b(?:and|but)[^\S\n]+(?:(?:then|also|later)[^\S\n]+)?$")


def _coordinated(doc: Document, results: list[list], region_start: int, position: int) -> bool:
    """Whether a cue before a quote is a verb whose subject is left out after ``and`` or ``but``
    (``Hollis praised her side's "character" and said the result "means everything"``), in the
    sentence of the previous quote, which has a speaker: the cue is that speaker's."""
    return (
        bool(results)
        and bool(results[-1][3])
        and region_start <= results[-1][0] < position
        and _COORDINATED.search(doc.masked, max(region_start, position - 20), position) is not None
    )


def _ends_sentence(text: str, end: int, close: int) -> bool:
    """Whether the quote ends its sentence and the next one starts after its closing mark
    (``"... remains open." Putin has said``): a cue before the quote in its own sentence then
    wins over the next sentence's cue, which is another quote's."""
    return text[end - 1 : end] in (".", "!", "?") and bool(_NEXT_SENTENCE.match(text, close + 1))


def _after(doc: Document, pos: int, stop: int, quote_start: int):
    """A cue after the closing mark: ``"...," said X``, ``"...," X, the minister, told TASS``,
    ``"..." That was how X put it``."""
    segment = _ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", doc.text[pos:stop])
    match = POST_VERB_FIRST.match(segment)
    if match:
        phrase = match.group("spk")
        cut = phrase.find(",")
        if cut >= 0 and not (_apposition(phrase[cut + 1 :]) and not _AGE.match(phrase, cut + 1)):
            phrase = phrase[:cut]  # said Tanya Brooks, 38, a nurse and mother of two, as she
        found = phrase_speaker(doc, pos + match.start("spk"), phrase, quote_start)
        if found:
            cue = match.group("cue")
            return _with_cue(found, cue, quote_start, first=False)
    match = POST_SPEAKER_FIRST.match(segment)
    phrase = match.group("spk") if match else ""
    if match and not subject_phrase(phrase.replace(",", " ")):
        # "...," Alexei Miller, Gazprom's chief executive, told TASS: the name before the aside
        head = phrase.split(",")[0]
        closed = segment.startswith(",", match.end("spk")) and "," in phrase
        if closed and subject_phrase(head) and ANONYMOUS.search(phrase):
            return "", "", match.group("cue"), None, quote_start  # who declined to be named
        phrase = head if closed and subject_phrase(head) else ""
    if not phrase:
        match = POST_HOW.match(segment)  # "..." That was how Zelensky put it.
        phrase = match.group("spk") if match else ""
    if phrase:
        found = phrase_speaker(doc, pos + match.start("spk"), phrase, quote_start)
        if found:
            return _with_cue(found, match.group("cue"), quote_start, first=True)
    # the sentence goes on after the quote (which ends none) and ends naming who said it
    if doc.text[max(0, pos - 3) : pos].rstrip("\"'\u201d\u2019\u00bb ")[-1:] in (".", "!", "?"):
        return None
    end = _SENTENCE_STOP.search(segment)
    match = SENTENCE_END_CUE.search(segment, 0, end.end() if end else len(segment))
    if match and subject_phrase(match.group("spk")):
        found = phrase_speaker(doc, pos + match.start("spk"), match.group("spk"), quote_start)
        if found and (found[0] or found[1] or found[2]):
            return _with_cue(found, match.group("cue"), quote_start, first=True)
    return None


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
_AGE = re.compile(r"\s*\d{1,3}\s*(?:,|$)")


def _reported_before(doc: Document, region_start: int, stop: int):
    """A quote opening its sentence, with no cue of its own, after a sentence of reported speech
    in its paragraph goes on with that sentence's speaker: ``Moscow will not agree to a price
    cap, Kremlin spokesman Dmitry Peskov told reporters. "We are evaluating the situation."``.
    Its cue is ``''``, as for any continuation."""
    if doc.masked[region_start:stop].strip() or doc.text[region_start - 1 : region_start] in (
        "",
        "\n",
    ):
        return None
    previous = doc.region_start(region_start - 1)
    found = _before(doc, previous, region_start)
    if found is None or not (found[1] or found[3]):
        return None
    actor_id, speaker, _, refer, position = found
    return actor_id, speaker, "", refer, position


def _apposition(text: str) -> bool:
    """``the foreign minister, Sergei Lavrov``: a second part naming the same speaker."""
    part = text.split(",")[0]
    return bool(part.strip()) and subject_phrase(part) and len(part.split()) <= 6


def _with_cue(found, cue: str, position: int, *, first: bool):
    actor_id, speaker, refer = found
    if refer is not None:
        cue = f"{refer} {cue}" if first else f"{cue} {refer}"
    if actor_id is not None:  # a person or organisation named, or a message's sender
        refer = None
    return actor_id, speaker, cue, refer, position


def _before(doc: Document, region_start: int, stop: int):
    """The last cue before the opening mark in its sentence (in its last ``REACH`` characters),
    with the cue's subject."""
    region_start = max(region_start, stop - REACH)
    masked = doc.masked
    cue, ends = None, None
    for candidate in reversed(list(PRE_CUE.finditer(masked, region_start, stop))):
        if not NAMING_RE.match(candidate.group()):
            cue = candidate
            break
        if ends is None:  # where the names and nominals of the sentence end, found once
            named = doc.before(region_start, stop)
            ends = [m[1] for m in named if not doc.possessive(m[1])]
            ends += [e for _, e in _nominals(doc, region_start, stop)]
        unknown = clause_name(doc, region_start, candidate.start())  # Vassily Nebenzia called
        subject_ends = ends + [unknown[2]] if unknown else ends
        if _subject_next_to(doc, region_start, candidate.start(), subject_ends):
            cue = candidate
            break
    if cue is None:
        return None
    word = cue.group("cue")
    if word.lower() == "according to":
        phrase = re.split(r"[,;:\u2014]", masked[cue.end() : stop], maxsplit=1)[0]
        found = phrase_speaker(doc, cue.end(), phrase, cue.start())
        return _with_cue(found, "according to", cue.start(), first=False) if found else None
    pronoun = _PRONOUN_CUE.match(word)
    if pronoun:
        return None, None, word.lower(), pronoun.group(1), cue.start()
    if word in ("asked", "told") and _PASSIVE.search(
        masked, max(region_start, cue.start() - 20), cue.start()
    ):
        return "", "", word, None, cue.start()  # "Putin was asked: ...": not what Putin said
    if ANONYMOUS.search(masked, region_start, cue.start()):
        # "One senior engineer, who asked that I not use her name because she was not
        # authorized to speak, told me": nobody, not whom "she" would stand for
        return "", "", word, None, cue.start()
    # The pronoun right before the verb is its subject, wherever the clause stands
    # ("..., but as he pointed out, ...").
    pronoun = _PRONOUN_SUBJECT.search(masked, region_start, cue.start())
    if pronoun:
        refer = pronoun.group(1).lower()
        if named_in(doc, masked[region_start : pronoun.start()], region_start) and not any(
            m[4] == "person" for m in doc.before(region_start, pronoun.start())
        ):
            # "When US Defence Secretary James Mattis took office, he described ...": the
            # pronoun may stand for the person the dictionary does not know; nobody is safer.
            return "", "", f"{refer} {word}", None, cue.start()
        return None, None, f"{refer} {word}", refer, cue.start()
    subject = (
        _WITH_SUBJECT.search(masked, max(region_start, cue.start() - 100), cue.start())
        if word in _PARTICIPLES
        else None
    )
    if subject is None:
        subject = _WHO_SUBJECT.search(masked, max(region_start, cue.start() - 200), cue.start())
    if subject and subject_phrase(subject.group("spk")):  # with Novak saying: Novak
        found = phrase_speaker(doc, subject.start("spk"), subject.group("spk"), cue.start())
        if found:
            return _with_cue(found, word, cue.start(), first=False)
    quoted = _QUOTED_AS.search(masked, max(region_start, cue.start() - 100), cue.start())
    if quoted:  # Interfax quoted Ryabkov as saying: the one quoted, not the agency
        found = phrase_speaker(doc, quoted.start("spk"), quoted.group("spk"), cue.start())
        if found:
            return _with_cue(found, word, cue.start(), first=False)
    left = [m for m in doc.before(region_start, cue.start()) if not doc.possessive(m[1])]
    persons = [m for m in left if m[4] == "person" and doc.subject(m[0])]
    nominals = _nominals(doc, region_start, cue.start())
    if _NARRATOR.search(masked, region_start, cue.start()):
        return "", "", word, None, cue.start()  # I said, "..."
    best_person = persons[-1] if persons else None
    best_nominal = nominals[-1] if nominals else None
    written = clause_name(doc, region_start, cue.start())
    if (
        written
        and not (best_person and best_person[0] >= written[0])
        and not (best_nominal and written[0] <= best_nominal[0] < written[2])
    ):
        return "", written[1], word, None, cue.start()  # a name the dictionary does not know
    apposition = (  # "Igor Dodon, a former president who leads the bloc, said": Dodon
        best_person is not None
        and best_nominal is not None
        and masked[best_person[1] : best_nominal[0]].strip() == ","
        and masked.startswith(("a ", "an ", "the "), best_nominal[0])
    )
    if (
        best_nominal
        and not apposition
        and (best_person is None or best_nominal[0] >= best_person[1])
    ):
        aside = _APPOSED.fullmatch(masked, best_nominal[1], cue.start())
        if aside:  # "The foreign secretary, David Lammy, said": the name in apposition
            written = named_in(doc, aside.group(1), aside.start(1))
            if written and len(written[1].split()) > 1:
                return "", written[1], word, None, cue.start()
        refer = masked[best_nominal[0] : best_nominal[1]].lower()
        head = refer.split()[-1]
        cue_text = f"{refer} {word}"
        if head in DOCUMENT_WORDS:
            return SENDER, None, cue_text, None, cue.start()
        if head in ORGANISATION_WORDS:
            inside = doc.within(*best_nominal)
            named = bool(_NAMED_BODY.match(masked, best_nominal[1]))  # Ministry of Commerce
            found = organisation(doc, head, inside, cue.start(), named=named)
            return (*found, cue_text, None, cue.start())
        if refer.startswith(("a ", "an ")):  # `A Mitsui spokesperson said`: for Mitsui, or nobody
            end = best_nominal[1]
            if _NAMED_BODY.match(masked, end):  # `A spokesman for Gazprom said`: for Gazprom
                end = cue.start()
            found = unnamed_speaker(
                masked[best_nominal[0] : end], best_nominal[0], doc.within(best_nominal[0], end)
            )
            return (*found[:2], cue_text, None, cue.start())
        return None, None, cue_text, refer, cue.start()
    if best_person:
        return best_person[2], best_person[3], word, None, cue.start()
    owner = owned_body_speaker(doc, region_start, cue.start())
    if owner:  # "Putin's office said:", "Rosneft's press service said"
        return owner[0], owner[1], word, None, cue.start()
    # An organisation or a country speaks only as the verb's own subject ("the Kremlin said",
    # "Gazprom, the gas exporter, said"), never from further back in the sentence.
    others = [m for m in left if doc.subject(m[0]) and _ADJACENT.match(masked, m[1], cue.start())]
    if others:
        return others[-1][2], others[-1][3], word, None, cue.start()
    # A subject the dictionary does not know ("An English officer wrote"): nobody we can name.
    return "", "", word, None, cue.start()


def _subject_next_to(doc: Document, region_start: int, verb: int, ends: list[int]) -> bool:
    """Whether a pronoun, or a name or nominal ending at one of ``ends``, stands right before the
    verb at ``verb``: ``Lavrov called``, not ``a school called``."""
    if _PRONOUN_SUBJECT.search(doc.masked, max(region_start, verb - 40), verb):
        return True
    return any(end <= verb and _NEXT_TO_VERB.match(doc.masked, end, verb) for end in ends)


def _nominals(doc: Document, start: int, stop: int) -> list[tuple[int, int]]:
    """The nominals in subject position in ``start:stop``: ``the expert``, ``the President's
    message`` (a possessive one only with what it possesses)."""
    found = []
    for match in NOMINAL_RE.finditer(doc.masked, start, stop):
        end = match.end()
        if doc.possessive(end):
            possessed = POSSESSED.match(doc.masked, end, stop)
            if possessed is None:
                continue
            end = possessed.end()
        if doc.subject(match.start()):
            found.append((match.start(), end))
    return found


# "In the letter, seen by the Guardian, they say:": the letter is no subject, its sender no speaker
# ("Text of the address:" is its sender's)
_AFTER_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Ww]ith|[Tt]o|[Bb]y|[Uu]nder|[Tt]hrough)\s+$")


def _introduced(doc: Document, region_start: int, stop: int):
    """A quote after a colon: ``Alexander Repin from Nizhny Novgorod: "..."``, ``Text of the
    address: "..."`` (its sender's, for "the" message only), or a paragraph ``The message
    reads, in part:`` before a paragraph that opens with the quote."""
    masked = doc.masked
    before = masked[region_start:stop].strip()
    if not before:
        previous_end = masked.rfind("\n", 0, region_start)
        while previous_end > 0 and masked[previous_end - 1].isspace():
            previous_end -= 1
        if previous_end <= 0 or masked[previous_end - 1] != ":":
            return None
        previous_start = masked.rfind("\n", 0, previous_end) + 1
        return _before(doc, previous_start, previous_end) or _introduced(
            doc, previous_start, previous_end
        )
    if (
        not before.endswith(":")
        or len(before) > 100
        or region_start
        and masked[region_start - 1] != "\n"
    ):
        return None
    persons = [m for m in doc.before(region_start, stop) if m[4] == "person"]
    if persons:
        return persons[0][2], persons[0][3], ":", None, region_start
    if any(
        m.group().lower().startswith("the ")
        and m.group().split()[-1].lower() in DOCUMENT_WORDS
        and not _AFTER_PREPOSITION.search(masked, region_start, m.start())
        for m in NOMINAL_RE.finditer(masked, region_start, stop)
    ):
        # Text of the address: "..." (not `a message from seamen:`, `Churchill's statement:`)
        return SENDER, None, ":", None, region_start
    name = NAME_RE.match(masked, region_start, stop)
    return ("", name.group(), ":", None, region_start) if name and " " in name.group() else None


# Between the two halves of a split quote: the cue and nothing that ends a sentence.
_SPLIT = re.compile(
    r"[\"'\u201d\u2019\u00bb]?,?[^\S\n][^.!?\n\"\u201c\u201d\u00ab\u00bb]{1,80},[^\S\n]*[\"'\u201c\u2018\u00ab]?"
)


def _split_quotes(text: str, results: list[list]) -> None:
    """The second half of a split quote (``"...," Mr Reeve said, "but ..."``) is the first
    half's speaker's when its cue is the same cue, read in the words between them."""
    for previous, result in zip(results, results[1:], strict=False):
        if result[3] or not previous[3] or not result[4] or result[4] != previous[4]:
            continue
        if _SPLIT.fullmatch(text, previous[1], result[0]):
            result[2], result[3] = previous[2], previous[3]


# What ends a sentence between two quotes: a full stop and a space, perhaps after a mark.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]?\s")


def _partial_before(text: str, row: list, later: list) -> bool:
    """Whether a quote stands inside running text (a word or a comma right before its mark:
    ``praising a "ferociously intelligent" performance``) and a sentence ends before the later
    quote: a few words quoted in a sentence of the writer's, not the later quote's speaker's."""
    before = text[max(0, row[0] - 3) : max(0, row[0] - 1)].rstrip(" \t")
    running = bool(before) and (before[-1].isalnum() or before[-1] == ",")
    # near the quote only: a run of quotes without a full stop is read in linear time
    return (
        running and _SENTENCE_BREAK.search(text, row[1], min(later[0], row[1] + REACH)) is not None
    )


def _fill_continuations(text: str, results: list[list]) -> None:
    """Give a quote without a cue the speaker of a quote next to it.

    The previous quote in its paragraph, else the next one there; a quote opening its paragraph
    also continues a quote that ran to the end of the paragraph before (multi-paragraph quotes),
    and a quote running unclosed to its paragraph's end takes the speaker of the quote that
    reopens it in the next paragraph. Quotes are in text order.
    """
    newlines = [m.start() for m in re.finditer("\n", text)]
    paragraph = [bisect.bisect_left(newlines, r[0]) for r in results]  # newlines before it
    spoken: dict[int, list[int]] = {}  # per paragraph, its quotes with a speaker, in order
    for i, row in enumerate(results):
        if row[3] is not None:
            spoken.setdefault(paragraph[i], []).append(i)
    for i, row in enumerate(results):
        if row[3] is not None:
            continue
        same = spoken.get(paragraph[i], [])
        at = bisect.bisect_left(same, i)
        source = same[at - 1] if at > 0 else same[at] if at < len(same) else None
        if source is not None and source > i and _partial_before(text, row, results[source]):
            source = None  # praising a "ferociously intelligent" performance. Osei said: "..."
        if source is None and i > 0 and results[i - 1][3] and opens_paragraph(text, row[0]):
            # the quote's line starts at most two characters after the line of the previous
            # quote ends (one blank line between them)
            after = bisect.bisect_left(newlines, results[i - 1][1])
            line_end = newlines[after] if after < len(newlines) else -1
            line_start = newlines[paragraph[i] - 1] if paragraph[i] else -1
            if line_start <= line_end + 2:
                source = i - 1
        if (
            source is None
            and i + 1 < len(results)
            and results[i + 1][3]
            and text[row[1] : row[1] + 3].lstrip(" \t")[:1] in ("", "\n")
            and opens_paragraph(text, results[i + 1][0])
            and paragraph[i + 1] - paragraph[i] <= 2
        ):
            # wire copy: a quote runs to its paragraph's end unclosed, and the next paragraph
            # reopens it and names the speaker ('"We were clear.\n\n"And we will act," Rubio
            # said')
            source = i + 1
        if source is not None:
            row[2], row[3] = results[source][2], results[source][3]
