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
A document holds turns only when it has two labels or more, or one that names a person of the
dictionary after its first paragraph: a single ``Name: text`` line is a headline's way of saying
"said", not a transcript.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.quoting.document import Document
from analysis.quoting.patterns import NAME_PARTICLES, SUBJECT_WORDS
from analysis.quoting.referents import FIRST_NAMES
from analysis.quoting.speakers import HONORIFIC, full_name

MAX_LABEL_WORDS = 12
# A transcript has one turn this long at least (a list of ``Place: figure`` lines has none).
MIN_LONGEST_WORDS = 8
# How far a surname's full name is looked for: this many characters before the label, and at
# the top of the document, where a transcript introduces who takes part.
NAME_REACH = 3000

# A paragraph's opening words up to a colon and the text after it. Bounded: a line without a
# colon is read once.
# (after a line break: the search skips to each one at once).
_LABEL = re.compile(r"\n[^\S\n]*(?P<label>[^\W\d_][^\n:]{0,119}):[^\S\n]+(?=\S)")
_FIRST_LABEL = re.compile(_LABEL.pattern[2:])
_RULE = re.compile(r"\n[^\S\n]*(?:(?:\*[^\S\n]*){3,}|(?:[-\u2013\u2014_=][^\S\n]*){3,})(?=\n|$)")
_WORD = re.compile(r"\S+")
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,3}\.)+(?!\w)")  # drop: Mr.  M.  U.S.
_NOT_IN_LABEL = re.compile(r'[\d.;!?"\u201c\u201d\u00ab\u00bb]')
_NOTE = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)[^\S\n]*$")  # (retranslated), (via interpreter)
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
# Words of a place or a body, never of a person's name.
_NOT_PERSON = frozenset(
    "region republic oblast territory krai city district province state county country "
    "ministry company bank group university centre center council committee agency service "
    "forum conference day year anniversary festival programme program project plant "
    "corporation fund institute association union party office department government "
    "embassy federation news agency exhibition award prize summit meeting session".split()
)


def candidates(text: str) -> bool:
    """Whether ``text`` has a paragraph that may open with a speaker's label."""
    return _FIRST_LABEL.match(text) is not None or _LABEL.search(text) is not None


def _labels(text: str) -> list[tuple[int, int, int]]:
    """Candidate labels of ``text`` as ``(label_start, label_end, text_start)``."""
    first = _FIRST_LABEL.match(text)
    found = [first] if first else []
    found.extend(_LABEL.finditer(text))
    return [(m.start("label"), m.start("label") + len(m["label"].rstrip()), m.end()) for m in found]


def label_words(head: str) -> list[str] | None:
    """The words of a label's head, or None when it is no label: a word that is neither
    capitalised nor a name's or title's connector, a digit or a sentence's punctuation, or too
    many words."""
    bare = _ABBREVIATION.sub("", head)  # Mr.  M.  U.S.
    if _NOT_IN_LABEL.search(bare):
        return None
    words = [word.rstrip(",") for word in bare.split()]
    if not words or len(words) > MAX_LABEL_WORDS:
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
    Mikhail Men``)."""
    label = _NOTE.sub("", label)
    comma = label.find(",")
    if comma < 0:
        return _head_speaker(doc, label_start, label, aside=False)
    found = _head_speaker(doc, label_start, label[:comma], aside=True)
    return found if found is not None else _head_speaker(doc, label_start, label, aside=False)


def _head_speaker(doc: Document, start: int, head: str, *, aside: bool) -> tuple[str, str] | None:
    words = label_words(head)
    if words is None:
        return None
    if aside and HONORIFIC.match(head.lstrip()):
        return None  # "Mr Putin, pensioners are worried:" speaks to him
    if " ".join(words).lower() in ROLES or (words[0].lower() in ROLES and words[1:2] == ["from"]):
        return "", ""  # Question; Question from Perm Territory
    end = start + len(head)
    within = doc.within(start, end)
    persons = [m for m in within if m[4] == "person" and m[0] >= start and m[1] <= end]
    if persons:
        return persons[-1][2], persons[-1][3]
    last_word = start + head.rstrip().rfind(" ") + 1
    if any(m[1] > last_word and m[0] < end for m in within):
        return None  # it ends in a place or body the dictionary knows: "Saint Petersburg"
    capitals = head.isupper()
    if capitals:  # MR PRICE, SECRETARY BLINKEN
        words = [w.capitalize() for w in words]
    names = [w.rstrip(".") for w in words if w.rstrip(".").lower() not in _HONORIFICS]
    names = [w for w in names if w[:1].isupper()]
    if not names or (len(names) == 1 and aside):
        return None  # "Mr President:", and "Mr Putin, pensioners are worried:" speaks to him
    if len(names) == 1 or capitals:
        if any(w.lower() in _NOT_PERSON for w in names):
            return None
        found = _surname_speaker(doc, names[-1], start)
        if found or len(names) > 1:
            return found or ("", " ".join(names))
        # an initial and a surname the document does not complete: "E. Choinozov", as written
        initial = not HONORIFIC.match(head.lstrip()) and len(head.split()) > 1
        return ("", " ".join(head.split())) if initial and not capitals else None
    name = _trailing_name(doc, start, head)
    if len(name) > 2 and not any(w in NAME_PARTICLES or w[:3] in ("al-", "el-") for w in name):
        # after titles, the run may hold a title's last words too: "Governor of Sevastopol
        # Mikhail Razvozhayev", "Board of Directors Rinat Khanbikov": from a first name we
        # know, else the last two words
        first = [i for i, w in enumerate(name) if w.lower() in FIRST_NAMES]
        name = name[first[0] :] if first else name[-2:]
    if len(name) < 2 or any(w.lower() in _NOT_PERSON for w in name):
        return None
    return "", " ".join(name)


def _trailing_name(doc: Document, start: int, head: str) -> list[str]:
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
        if doc.within(at, at + len(token)) or HONORIFIC.match(token + " "):
            break
        name.insert(0, token)
    while name and name[0] in NAME_PARTICLES:
        name.pop(0)
    return name


def _surname_speaker(doc: Document, surname: str, position: int) -> tuple[str, str] | None:
    """``MR PRICE``, ``Lavrov``: the person of the dictionary mentioned in the document by that
    surname, else the full name ending in it written at the top of the document or shortly
    before, else None (a bare word is no name we can tell from a heading). Each look-up reads a
    bounded stretch of text, so a transcript of many labels is read in linear time."""
    surnames = doc.cache.get("surnames")
    if surnames is None:
        surnames = doc.cache["surnames"] = {}
        for m in doc.mentions:
            if m[4] == "person":
                surnames.setdefault(m[3].split()[-1].lower(), (m[2], m[3]))
    if surname.lower() in surnames:
        return surnames[surname.lower()]
    full = full_name(doc, surname, position, max(0, position - NAME_REACH))
    if full == surname and position > NAME_REACH:
        full = full_name(doc, surname, NAME_REACH)
    return ("", full) if full != surname else None


def document_turns(doc: Document, first_paragraph_end: int) -> list[tuple]:
    """The turns of one document as ``(label_start, start, end, label, actor_id, speaker,
    words)``: each accepted label, and the text after its colon up to the next one or a rule,
    with the number of its words."""
    text = doc.text
    accepted = []
    for label_start, label_end, start in _labels(text):
        label = text[label_start:label_end]
        speaker = label_speaker(doc, label_start, label)
        if speaker is not None:
            accepted.append((label_start, start, label, *speaker))
    if not accepted or (
        len(accepted) == 1 and not (accepted[0][3] and accepted[0][0] >= first_paragraph_end)
    ):
        return []
    rules = [m.start() + 1 for m in _RULE.finditer(text, accepted[0][1])]
    turns = []
    for i, (label_start, start, label, actor_id, speaker) in enumerate(accepted):
        end = accepted[i + 1][0] if i + 1 < len(accepted) else len(text)
        rule = bisect_right(rules, start)
        if rule < len(rules) and rules[rule] < end:
            end = rules[rule]
        said = text[start:end].rstrip()
        while said.endswith(("<\u2026>", "<...>")):  # "Good.\n\n<…>": the transcript is cut
            said = said[: said.rfind("<")].rstrip()
        turns.append((label_start, start, start + len(said), label, actor_id, speaker, said))
    words = [len(t[-1].split()) for t in turns]
    if max(words) < MIN_LONGEST_WORDS:
        return []
    return [(*t[:-1], n) for t, n in zip(turns, words, strict=True)]
