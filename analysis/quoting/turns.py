"""Speaking turns in transcripts: a paragraph that opens with its speaker's name and a colon
(``Vladimir Putin: Good afternoon, ...``, ``President of Russia Vladimir Putin: ...``,
``Question: ...``, ``MR PRICE: ...``) holds that speaker's words, and so do the paragraphs after
it, up to the next turn or a ``* * *`` rule.

A label is a name with its titles (capitalised words, and the lower-case words a title or a name
holds: ``of``, ``the``, ``bin``), at most ``MAX_LABEL_WORDS`` words, with an aside after a comma
(``Valeriya Korableva, reporter at Channel One``) or a note in brackets (``(retranslated)``). It
names:

- a person of the actor dictionary mentioned in it (the last one: ``Prime Minister of India
  Narendra Modi``);
- else a person the dictionary does not know, written as two or more capitalised words that are
  neither titles nor names of places or bodies (``Megyn Kelly``); a surname alone, or one written
  in capitals (``MR PRICE``), is completed from a full name earlier in the document
  (``Ned Price``), and takes the actor of a person mentioned there by that surname;
- else a role that names nobody (``Question``, ``Remark``, ``Moderator``): a turn without a speaker.

Anything else before a colon is no label: a sentence (``I would like to stress: ...``), a heading
(``75th Anniversary of the Great Victory: ...``), a place or a body (``Tver Region: 5 cases``).
A document's first paragraph (its title) holds no label: ``Zelensky: Ukraine will not cede
territory`` is a headline's way of saying "said". A document holds turns when it has two labels
or more, or one that names a person of the dictionary; and when no label has a mark of a
transcript (a role, a person or outlet of the dictionary, a title, a note in brackets, capitals
or a time stamp), only when somebody speaks twice (``Key Takeaways:``, ``Khan Younis:`` are
headings and places).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.actor.names import FIRST_NAMES, first_name_at
from analysis.quoting.document import Document
from analysis.quoting.patterns import NAME_PARTICLES, SUBJECT_WORDS
from analysis.quoting.speakers import HONORIFIC, full_name

MAX_LABEL_WORDS = 12
# A label that ends in a person of the dictionary may hold a longer title: "Deputy Crown Prince
# and Defence Minister of Saudi Arabia Mohammad bin Salman Al Saud".
MAX_TITLED_LABEL_WORDS = 24
# A transcript has one turn this long at least (a list of ``Place: figure`` lines has none).
MIN_LONGEST_WORDS = 8
# How far a surname's full name is looked for: this many characters before the label, and at
# the top of the document, where a transcript introduces who takes part.
NAME_REACH = 3000

# A line's opening words up to a colon, matched at a line's start. Bounded: a line without a
# colon is read once.
_LABEL = re.compile(
    r"[^\S\n]*(?P<time>[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?[^\S\n]+)?"  # [00:12:03] Jane Doe:
    r"(?P<label>[^\W\d_][^\n:(]{0,119}(?:\([^\n()]{0,60}\)[^\n:(]{0,60}){0,3})"  # HOST (00:01:02)
    r":[^\S\n]+(?=\S)"
)
_LABEL_REACH = 520  # a label's colon is this near its line's start at most (see _LABEL)
_RULE = re.compile(r"\n[^\S\n]*(?:(?:\*[^\S\n]*){3,}|(?:[-\u2013\u2014_=][^\S\n]*){3,})(?=\n|$)")
_WORD = re.compile(r"\S+")
# A reporting verb ending the words before a colon: a sentence that introduces a quote.
_SAYS = re.compile(
    r"(?<![\w-])(?:said|says|say|added|adds|told|asked|replied|answered|stated|declared|noted|"
    r"wrote|writes|explained|warned|stressed|insisted|recalled|continued|concluded|tweeted|"
    r"posted|announced|remarked|argued|commented|responded)\s*$"
)
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,3}\.)+(?!\w)")  # drop: Mr.  M.  U.S.
_NOT_IN_LABEL = re.compile(r'[\d.;!?"\u201c\u201d\u00ab\u00bb]')
# notes in brackets after a label: (retranslated), (Lab), (Russian Federation), (00:01:02)
_NOTES = re.compile(r"(?:[^\S\n]*\([^()\n]{1,60}\))+[^\S\n]*$")
_OF_PLACE = re.compile(r"\s+(?:of|OF)\s+((?:\S+\s+){0,3}\S+)\s*$")
_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")
_INITIAL = re.compile(r"(?:[^\W\d_]\.)+")
_NUMBERED_ROLE = re.compile(
    r"(?:Speaker|Participant|Caller|Voice|Person|Respondent|Guest)\s?\d{1,2}"
)
_PEER = re.compile(r"((?:Lord|Baroness|Lady|Baron|Viscount|Earl)\s+[A-Z][\w'-]+)\s+of\s")
# A paragraph that closes a transcript: a note in brackets, "END ...", "The meeting rose at".
_CLOSING = re.compile(
    r"<(?:\u2026|\.\.\.)>|\([^()\n]{1,200}\)|\[[^\[\]\n]{1,200}\]|END\b[^\n]{0,40}|"
    r"\d{1,2}[:.]\d\d\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4})?|"  # 3:15 P.M. EDT
    r"The (?:meeting|sitting|session|briefing) (?:rose|ended|was (?:adjourned|concluded))\b[^\n]{0,60}"
)
_CONNECTORS = frozenset(
    "of the and for at in on to from with i bin ibn al von van der den de da di du la le dos del "
    "y e".split()
)
# Labels that name a role and nobody in it.
ROLES = frozenset(
    "question questions answer remark remarks reply response comment comments q a voice voices "
    "moderator host interviewer correspondent journalist reporter participant participants "
    "audience speaker anchor presenter narrator chair interpreter translator operator".split()
) | frozenset({"voice from the audience", "audience member", "voices from the audience"})
_HONORIFICS = frozenset(
    "mr mrs ms dr prof mister madam sir dame secretary ambassador senator president minister "
    "chancellor general admiral governor mayor premier".split()
)
# Titles that open a label of a person: "Chairman Menendez", "Mr. Nebenzia", "Lord Collins"
_TITLES = _HONORIFICS | frozenset(
    "speaker chair chairman chairwoman chairperson lord baroness lady congressman "
    "congresswoman representative rep sen gov lieutenant colonel captain major commander "
    "emir king queen prince princess sheikh patriarch metropolitan archbishop bishop pope "
    "cardinal judge justice commissioner spokesperson spokesman spokeswoman "
    "secretary-general under-secretary-general madame monsieur prime deputy vice acting "
    "chief".split()
)
_ROLE_CONNECTORS = frozenset("the of for and".split())
# words of a heading, never of a name: "What Happens Next", "Read More"
_HEADING_WORDS = frozenset(
    "what how why when where who which next this that these those our your my here there more "
    "latest read see watch live".split()
)
# words of a sentence, never of a title: "Now, here is my question", "First, the clarification"
_FUNCTION_WORDS = frozenset("now then also first here is my your our".split())
# Words of a title, no part of a name: "The Prime Minister", "Chairman Menendez", "Mr Speaker"
_TITLE_WORDS = _TITLES | SUBJECT_WORDS
# Words of a place or a body, never of a person's name.
_NOT_PERSON = frozenset(
    "region republic oblast territory krai city district province state county country "
    "ministry company bank group university centre center council committee agency service "
    "forum conference day year anniversary festival programme program project plant "
    "corporation fund institute association union party office department government "
    "embassy federation news exhibition award prize summit meeting session times post daily "
    "tribune journal herald gazette radio television tv development affairs healthcare culture "
    "agriculture sport transport energy justice education science industry trade finance "
    "economy labour defence construction resources ecology emergencies communications "
    "relations policy security health media".split()
)


def labels(text: str) -> list[tuple[int, int, int, bool]]:
    """Candidate labels of ``text``, unchecked, as ``(label_start, label_end, text_start,
    timed)``, timed when a time stamp stands before the label. Only a line with a colon near its
    start is read with the pattern (found with ``str.find``: most lines have none)."""
    found = []
    start = 0
    while start >= 0:
        line_end = text.find("\n", start)
        stop = len(text) if line_end < 0 else line_end
        if text.find(":", start, min(stop, start + _LABEL_REACH)) >= 0:
            m = _LABEL.match(text, start)
            if m:
                label_start = m.start("label")
                label_end = label_start + len(m["label"].rstrip())
                found.append((label_start, label_end, m.end(), bool(m["time"])))
        start = line_end + 1 if line_end >= 0 else -1
    return found


def label_words(head: str, max_words: int = MAX_LABEL_WORDS) -> list[str] | None:
    """The words of a label's head, or None when it is no label: a word that is neither
    capitalised nor a name's or title's connector, a digit or a sentence's punctuation, or more
    than ``max_words`` words."""
    bare = _ABBREVIATION.sub("", head)  # Mr.  M.  U.S.
    if _NOT_IN_LABEL.search(bare):
        return None
    words = [word.rstrip(",") for word in bare.split()]
    if not words or len(words) > max_words:
        return None
    for word in words:
        if not (word[:1].isupper() or word in _CONNECTORS or word.startswith(("al-", "el-"))):
            return None
    if not (words[-1][:1].isupper() or words[-1].startswith(("al-", "el-"))):
        return None
    return words


def label_speaker(doc: Document, label_start: int, label: str) -> tuple[str, str] | None:
    """Who a label names, as ``(actor_id, speaker)``: ``("", "")`` for a role such as
    ``Question``; None when the label names no person (see the module docstring). The label's
    head is what comes before a comma (``Valeriya Korableva, reporter at Channel One``), or the
    whole label when that names nobody (``Minister of Construction, Housing and Utilities
    Mikhail Men``); notes in brackets after it are left out (``(retranslated)``, ``(Lab)``),
    but a role's bracket may hold the name (``The Prime Minister (Rishi Sunak)``)."""
    notes = _NOTES.search(label)
    brackets = _BRACKET.findall(notes.group()) if notes else []
    label = label[: notes.start()] if notes else label
    if _SAYS.search(label):
        return None  # "Trump, speaking to reporters at the White House, said:": a sentence
    comma = label.find(",")
    if comma < 0:
        found = _head_speaker(doc, label_start, label, aside=False)
    else:
        found = _head_speaker(doc, label_start, label[:comma], aside=True)
        if found is None:
            found = _head_speaker(doc, label_start, label, aside=False)
    if found == ("", "") and brackets:
        named = _head_speaker(doc, label_start, brackets[0], aside=False, within=False)
        found = named if named and named[1] else found
    return found


def _head_speaker(
    doc: Document, start: int, head: str, *, aside: bool, within: bool = True
) -> tuple[str, str] | None:
    """Who the head of a label names (``within``: the head is text of the document at
    ``start``, so its mentions count)."""
    words = label_words(head)
    if words is None:
        return _numbered_role(head) or (_titled_person(doc, start, head) if within else None)
    lowered = " ".join(words).lower()
    if aside and HONORIFIC.match(head.lstrip()):
        return None  # "Mr Putin, pensioners are worried:" speaks to him
    if lowered in ROLES or (words[0].lower() in ROLES and words[1:2] == ["from"]):
        return "", ""  # Question; Question from Perm Territory
    if not aside and _is_role(words):
        return "", ""  # The President, Mr Speaker, THE CHAIRMAN: a role, its holder not named
    end = start + len(head.rstrip())
    mentions = doc.within(start, end) if within else []
    tail = _OF_PLACE.search(head)
    after = [m for m in mentions if m[0] >= start + tail.start(1)] if tail else []
    if after and after[-1][1] == end and all(m[4] != "person" for m in after):
        # "PRESIDENT VOLODYMYR ZELENSKY OF UKRAINE": the person, then where from
        return _head_speaker(doc, start, head[: tail.start()], aside=aside, within=within)
    persons = [m for m in mentions if m[4] == "person" and m[0] >= start and m[1] == end]
    if persons:  # the name ends the label: not "Mr. Kim" of "Mr. Kim Song"
        return persons[-1][2], persons[-1][3]
    media = next((m for m in mentions if m[4] == "media" and m[1] == end), None)
    if media and media[0] <= start + 1:
        return media[2], media[3]  # "Bloomberg:", "AFP:" ask at a news conference
    last_word = start + head.rstrip().rfind(" ") + 1
    if any(m[1] > last_word and m[0] < end for m in mentions):
        return None  # it ends in a place or body the dictionary knows: "Saint Petersburg"
    owner = [i for i, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    if owner and not any(w.lower() in FIRST_NAMES for w in words[owner[-1] + 1 :]):
        return None  # "Prime Minister's Questions"; not "Russia's Bandy Team Sergei Myaus"
    capitals = head.isupper()
    if capitals:  # MR PRICE, JEAN-PIERRE: as the document writes them elsewhere
        words = [_as_written(doc, w, start) for w in words]
    peer = _PEER.match(" ".join(words))
    if peer:
        return "", peer.group(1)  # Lord Collins of Highbury
    names = [w.rstrip(".") for w in words if w.lower().rstrip(".") not in _TITLE_WORDS]
    names = [w for w in names if w[:1].isupper() or w.startswith(("al-", "el-"))]
    if not names or (len(names) == 1 and aside):
        return None  # "Mr President:"; "Putin, pensioners are worried:" speaks to him
    titled = bool(_ABBREVIATION.match(head.lstrip())) or any(
        w.lower().rstrip(".") in _TITLES for w in words
    )
    if len(names) == 1 or capitals:
        if any(w.lower() in _NOT_PERSON for w in names):
            return None
        found = _surname_speaker(doc, names[-1], start)
        if found or len(names) > 1:
            return found or ("", " ".join(names))
        # a title or an initial and a surname the document does not complete: "Mr. Nebenzia",
        # "Chairman Menendez", "E. Choinozov"; a bare word is no name told from a heading
        if titled and _after_title(words, names[-1]) and not doc.common(names[-1]):
            return "", _initialled(head) or names[-1]
        return None  # "Minister of Foreign Affairs", "Interior Minister": a title's own words
    run = _trailing_name(doc, start, head, within)
    if any(w.lower() in _HEADING_WORDS for w in run):
        return None  # a heading: "What Happens Next"
    name = run
    plain = [w for w in name if not _INITIAL.fullmatch(w)]  # "Adnan Z. Amin": two names
    if len(plain) > 2 and not any(w in NAME_PARTICLES or w[:3] in ("al-", "el-") for w in name):
        # after titles, the run may hold a title's last words too: "Governor of Sevastopol
        # Mikhail Razvozhayev", "Board of Directors Rinat Khanbikov": from a first name we
        # know, else the last two words
        first = first_name_at(name)
        name = name[first:] if first is not None else name[-2:]
    if len(name) < 2 or any(w.lower() in _NOT_PERSON for w in name):
        return None
    return "", " ".join(name)


def _titled_person(doc: Document, start: int, head: str) -> tuple[str, str] | None:
    """Who ends a label too long for ``MAX_LABEL_WORDS``, when its words are a label's: a person
    of the dictionary (``Rosneft CEO, Chairman of the Management Board and Deputy Chairman of
    the Board of Directors Igor Sechin``), or a first name we know and a surname (``Head of the
    Federal Service for the Oversight of Consumer Protection and Welfare Anna Popova``)."""
    words = label_words(head, MAX_TITLED_LABEL_WORDS)
    if words is None:
        return None
    end = start + len(head.rstrip())
    persons = [m for m in doc.within(start, end) if m[4] == "person" and m[1] == end]
    if persons:
        return persons[-1][2], persons[-1][3]
    name = words[-2:]
    if first_name_at(name) == 0 and not any(w.lower() in _NOT_PERSON for w in name):
        if not any(m[1] > end - len(name[-1]) for m in doc.within(start, end)):
            return "", " ".join(name)  # and not a place or body the dictionary knows
    return None


def _after_title(words: list[str], name: str) -> bool:
    """Whether ``name`` follows the title words of a label, with no connector between (``Mr.
    Nebenzia``, ``Chairman Menendez``; not ``Interior Minister``, ``Minister of Healthcare``)."""
    at = max(i for i, w in enumerate(words) if w.rstrip(".") == name)
    before = words[at - 1].lower().rstrip(".") if at else ""
    return at == 0 or (before in _TITLES and before not in _ROLE_CONNECTORS)


def _is_role(words: list[str]) -> bool:
    """A title and no name: "The President", "Mr Speaker", "Minister of Justice"."""
    lowered = [w.lower().rstrip(".") for w in words]
    return (
        any(w in _TITLES for w in lowered)
        and all(
            w in _TITLES or w in _ROLE_CONNECTORS or w in _NOT_PERSON or w in SUBJECT_WORDS
            for w in lowered
        )
        and not any(w in _FUNCTION_WORDS for w in lowered)
    )


def _numbered_role(head: str) -> tuple[str, str] | None:
    """``Speaker 1``, ``Caller 2``: a role with a number, nobody named."""
    return ("", "") if _NUMBERED_ROLE.fullmatch(head.strip()) else None


def _initialled(head: str) -> str:
    """``E. Choinozov`` as written: initials and a surname, no title; else ``""``."""
    words = head.split()
    if len(words) > 1 and all(_INITIAL.fullmatch(w) for w in words[:-1]):
        return " ".join(words)
    return ""


def _as_written(doc: Document, word: str, position: int) -> str:
    """A word of a label in capitals as the document writes it elsewhere, near the label or at
    its top (``JEAN-PIERRE``: Jean-Pierre), else capitalised."""
    cache = doc.cache.setdefault("written", {})
    if word not in cache:
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
        found = ""
        for low, high in ((0, NAME_REACH), (max(0, position - NAME_REACH), position)):
            found = next(
                (
                    m.group()
                    for m in pattern.finditer(doc.text, low, high)
                    if not m.group().isupper()
                ),
                "",
            )
            if found:
                break
        cache[word] = found or "-".join(part.capitalize() for part in word.split("-"))
    return cache[word]


def _trailing_name(doc: Document, start: int, head: str, within: bool = True) -> list[str]:
    """The name that ends a label: its last capitalised words and a name's particles, back to
    a title's word, a lower-case word or a place the dictionary knows (``Tamim bin Hamad Al
    Thani`` in ``Emir of Qatar Tamim bin Hamad Al Thani``)."""
    name: list[str] = []
    for word in reversed(list(_WORD.finditer(head))):
        token = word.group().strip(",")
        at = start + word.start()
        particle = token in NAME_PARTICLES or token[:3] in ("al-", "el-")
        if not (token[:1].isupper() or particle) or token.lower().rstrip(".") in SUBJECT_WORDS:
            break
        place = within and any(m[4] != "person" for m in doc.within(at, at + len(token)))
        if place or HONORIFIC.match(token + " "):  # "Mr. Kim Song": "Kim" may stand for another
            break
        name.insert(0, token)
    while name and name[0] in NAME_PARTICLES:
        name.pop(0)
    return name


def _surnames(doc: Document) -> dict[str, tuple[str, str]]:
    """The persons a document names, by surname (lower case): its dictionary mentions, and the
    speakers of the labels read so far."""
    surnames = doc.cache.get("surnames")
    if surnames is None:
        surnames = doc.cache["surnames"] = {}
        for m in doc.mentions:
            if m[4] == "person":
                surnames.setdefault(m[3].split()[-1].lower(), (m[2], m[3]))
    return surnames


def _surname_speaker(doc: Document, surname: str, position: int) -> tuple[str, str] | None:
    """``MR PRICE``, ``Lavrov``: the person of the dictionary mentioned in the document by that
    surname, or the speaker of an earlier label (``FAREED ZAKARIA, CNN HOST:`` then
    ``ZAKARIA:``), else the full name ending in it written at the top of the document or shortly
    before, else None. Each look-up reads a bounded stretch of text, so a transcript of many
    labels is read in linear time."""
    surnames = _surnames(doc)
    if surname.lower() in surnames:
        return surnames[surname.lower()]
    full = full_name(doc, surname, position, max(0, position - NAME_REACH))
    if full == surname and position > NAME_REACH:
        full = full_name(doc, surname, NAME_REACH)
    words = full.split()
    while len(words) > 2 and words[0].lower() in _TITLE_WORDS:
        words.pop(0)  # "Speaker Kevin McCarthy"
    return ("", " ".join(words)) if full != surname else None


def _without_closing(said: str) -> str:
    """A turn's text without what closes the transcript after it: "<…>" (the rest is cut), a
    note in brackets ("(The briefing was concluded at 3:01 p.m.)"), "END 3:42 P.M. EDT", "The
    meeting rose at 12.35 p.m."."""
    said = said.rstrip()
    while True:
        cut = said.rfind("\n")
        last = said[cut + 1 :].strip()
        if cut < 0 or not _CLOSING.fullmatch(last):
            return said
        said = said[:cut].rstrip()


def _transcript_label(label: str, speaker: tuple[str, str]) -> bool:
    """Whether a label is plainly a transcript's: a role, a person or outlet of the dictionary,
    a title or honorific, a note in brackets, or capitals (``MR PRICE``)."""
    first = label.split()[0].lower().rstrip(".")
    return (
        speaker[0] != "" or speaker[1] == "" or first in _TITLES or "(" in label or label.isupper()
    )


# a line that is one short quotation and nothing else, after a label: a heading that quotes
_QUOTED_LINE = re.compile(
    '["\'\u201c\u2018\u00ab][^\n"\u201c\u201d\u00ab\u00bb]{1,150}["\'\u201d\u2019\u00bb][^\\S\n]*(?:\n|$)'
)


# A paragraph of the editor's, no turn's: "Note:", "Editor's note:", "Correction:", "Update:".
# It ends the turn before it, as a rule does, and names no speaker.
_EDITORIAL = re.compile(
    r"\n[^\S\n]*(?:(?i:editor)[\u2019']?s?[^\S\n]+(?i:note)|(?i:notes?|corrections?|"
    r"clarifications?|updates?|updated|disclaimer))[^\S\n]*:"
)
# Labels of an interview's answers: "A: ...", "Answer: ...".
_ANSWERS = frozenset({"a", "answer"})


def _answers_by_the_interviewee(doc: Document, accepted: list[tuple]) -> list[tuple]:
    """``accepted`` with the answers of a question-and-answer interview (``Q: ...`` then ``A:
    ...``) given to the interviewee: the one person of the dictionary that the text names before
    its first turn (``Reuters spoke to Sergei Lavrov``), else, when it names none, the one full
    name written there with a first name we know; left without a speaker when it names more
    than one."""
    if not any(a[2].strip().lower() in _ANSWERS and not a[4] for a in accepted):
        return accepted
    persons = {m[2]: m for m in doc.mentions if m[4] == "person" and m[0] < accepted[0][0]}
    if persons:
        if len(persons) != 1:
            return accepted
        (_, _, actor_id, name, _), *_ = persons.values()
    else:  # a name the dictionary does not know: "a conversation with Mayor Ana Ribeiro"
        names = _written_names(doc.text, accepted[0][0])
        if len(names) != 1:
            return accepted
        actor_id, name = "", names.pop()
    return [
        (*a[:3], actor_id, name) if a[2].strip().lower() in _ANSWERS and not a[4] else a
        for a in accepted
    ]


# Two or three capitalised words: a full name when the first is a first name we know.
_FULL_NAME = re.compile(r"\b[A-Z][a-z'\u2019-]{1,30}(?:[^\S\n]+[A-Z][a-z'\u2019-]{1,30}){1,2}\b")


def _written_names(text: str, stop: int) -> set[str]:
    """The full names opening with a first name we know (``Ana Ribeiro``) written in
    ``text[:stop]``, the last two words of each (``Mayor Ana Ribeiro`` is Ana Ribeiro)."""
    names = set()
    for match in _FULL_NAME.finditer(text, 0, stop):
        words = match.group().split()
        first = first_name_at(words)
        if first is not None and first < len(words) - 1:
            names.add(" ".join(words[first:]))
    return names


def _next_text(text: str, position: int) -> int:
    """Where the text goes on after ``position``, past white space."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def document_turns(doc: Document, found: list[tuple[int, int, int, bool]]) -> list[tuple]:
    """The turns of one document as ``(label_start, start, end, label, actor_id, speaker,
    words)``: each accepted label of ``found`` (the document's ``labels``), and the text after
    its colon up to the next one or a rule, with the number of its words."""
    text = doc.text
    first_paragraph_end = text.find("\n")
    if first_paragraph_end < 0:
        first_paragraph_end = len(text)  # one line: all of it is the title
    accepted, marked = [], False
    starts = {label_start for label_start, _, _, _ in found}
    for label_start, label_end, start, timed in found:
        if label_start < first_paragraph_end:
            continue  # a title: "Zelensky: Ukraine will not cede territory" says "said"
        quoted = _QUOTED_LINE.match(text, start)
        if quoted and _next_text(text, quoted.end()) not in starts:
            # a live blog's heading, "Zelensky: 'We are ready for any format'", and a story
            # after it; a host's question read out in quotes is answered by the next label
            continue
        label = text[label_start:label_end]
        speaker = label_speaker(doc, label_start, label)
        if speaker is not None:
            accepted.append((label_start, start, label, *speaker))
            marked = marked or timed or _transcript_label(label, speaker)
            if " " in speaker[1]:  # a later "ZAKARIA:" is this speaker
                _surnames(doc).setdefault(speaker[1].split()[-1].lower(), speaker)
    if not accepted or (len(accepted) == 1 and not accepted[0][3]):
        return []
    speakers = [a[4] for a in accepted]
    if not marked and len(set(speakers)) == len(speakers):
        return []  # "Key Takeaways:", "Khan Younis:": headings or places, nobody speaks twice
    accepted = _answers_by_the_interviewee(doc, accepted)
    rules = [m.start() + 1 for m in _RULE.finditer(text, accepted[0][1])]
    rules = sorted(rules + [m.start() + 1 for m in _EDITORIAL.finditer(text, accepted[0][1])])
    turns = []
    for i, (label_start, start, label, actor_id, speaker) in enumerate(accepted):
        end = accepted[i + 1][0] if i + 1 < len(accepted) else len(text)
        rule = bisect_right(rules, start)
        if rule < len(rules) and rules[rule] < end:
            end = rules[rule]
        said = _without_closing(text[start:end])
        turns.append((label_start, start, start + len(said), label, actor_id, speaker, said))
    words = [len(t[-1].split()) for t in turns]
    if max(words) < MIN_LONGEST_WORDS:
        return []
    return [(*t[:-1], n) for t, n in zip(turns, words, strict=True)]
