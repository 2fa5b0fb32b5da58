"""Direct quotations and who said them.

A quotation is the text between a pair of quotation marks in one paragraph: double marks,
straight (``"``, paired in order), curly (``“ ”``, ``„ “``) or guillemets (``« »``), and single
curly marks (``‘ ’``, the British style). Marks nest: a single quote inside a double one
(``“... ‘...’ ...”``) or a double quote inside a single one is part of the outer quotation, which
alone is reported. The right single mark ``’`` is also the apostrophe: it never closes a quote
inside a word (``Russia’s``, ``don’t``) or before a digit (``the ’90s``), and after an ``s``
followed by a word (``the students’ union``) it closes only when no clearer closing mark follows
in the paragraph. Straight single quotes (``'...'``) count only with a speaker cue, as they are
mostly titles (``the law 'On Defence'``) and apostrophes. A paragraph that opens a quote and does
not close it quotes to its end (the convention for quotes running over paragraphs). ``start``/
``end`` are the offsets of the quoted text *without* its marks, so ``text[start:end] == quote``.

The speaker is found in this order:

1. a cue right after the closing mark: ``"...," said Abiru``, ``"...," Abiru believes``,
   ``"...," Kremlin spokesman Dmitry Peskov told Reuters``, ``"...," Lavrov, the foreign
   minister, said``, ``"...," Alexei Miller, Gazprom's chief executive, told TASS`` (the name
   before an aside), ``"...," he added``, ``"...," the ministry said``, ``"...," say analysts``,
   ``"...," Lavrov was quoted as saying``, ``"...", according to Lavrov``;
2. else the last cue before the opening mark in the same sentence: ``X told reporters that
   "..."``, ``X said on Tuesday that "..."``, ``according to X, "..."``, ``In his opinion,
   "..."``, ``the expert noted that "..."``, and a verb that quotes the subject's own words
   (``Lavrov called the sanctions "illegitimate"``, ``described it as "absurd"``, ``criticised
   Japan for "..."``) when the subject stands right before it (not ``a school called "..."``);
   the speaker is the subject of the cue: the person named closest before it who is not in an
   object or possessive position (``talks with X``, ``X's administration``), else a nominal
   such as ``the expert`` or a pronoun, else an organisation or country in subject position;
   ``Interfax quoted Ryabkov as saying`` is Ryabkov's, and ``Putin was asked`` is not Putin's;
3. else a colon introduces it: ``John Smith from the Tver Region: "..."`` (a short paragraph
   opening with a name), or a paragraph ``The message reads, in part:`` before a paragraph that
   opens with the quote; a message, letter, telegram, address or statement "says" what the first
   person named in the document sent (the Kremlin's "X congratulated Y. The message reads:");
4. else, with no cue at all, the quote continues another: it takes the speaker of the previous
   quote in its paragraph, else, when it opens a sentence, the speaker of the sentence of
   reported speech before it (``..., Peskov told reporters. "..."``), else the next quote in its
   paragraph, else the last speaker in the document, and its cue is ``''``.

A pronoun (``he``, ``she``) or a person nominal (``the minister``, ``the spokeswoman``) is the
most recent person named in subject position before the quote in its paragraph (outside quotes)
who fits it: not of the other sex where the name tells it (``-ova``/``-ov``, a short list of first
names), and holding the role where the nominal names one and the dictionary gives the person's
role (``the minister`` is not the president); a name right after a reporting verb whose own
subject is named before it is not that subject (``Ushakov said Putin had ...``: he is Ushakov).
A pronoun in a paragraph that names nobody before it is the person who spoke in the paragraph
before (``Peskov said that ...`` then ``"...," he said``), as wire copy writes it. Else it is the
previous speaker in the document if that one fits, else nobody: a wrong speaker is worse than
none. ``they`` is nobody, and so is somebody the text does not name: ``a senior official``, ``an
OPEC+ source``, ``one of the sources``, ``the source``, ``the official, who declined to be
named`` (but ``a Gazprom spokesman`` and ``a statement from the ministry`` speak for their
organisation), and a pronoun whose sentence names before it a person the dictionary does not
know (``When US Defence Secretary James Mattis took office, he described ...``). An
organisation nominal (``the ministry``, ``the agency``) is the organisation of that kind named
last before the quote. A name that the actor dictionary does not know is reported as written,
without its honorific and titles, and a person's full name wins over the organisation or the
description around it (``Rystad Energy analyst Jorge Leon``, ``Giovanni Staunovo, an analyst at
UBS, said``); a common word is no name (``As Churchill said``: Churchill); a bare surname
(``Mr Smith``) is completed from a full name earlier in the document (``John Smith``); its actor
id is empty.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import numpy as np
import pandas as pd

from analysis.actors import Dictionary, find_mentions, load_dictionary
from analysis.text import sentence_table, split_sentences, stopwords

QUOTE_COLUMNS = ["doc_id", "start", "end", "quote", "speaker_actor_id", "speaker", "cue"]

_VERBS = (
    r"told (?:reporters|journalists|the press|the media|lawmakers|parliament|"
    r"(?:a |the )?(?:news |press )?(?:conference|briefing)|[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)|"
    r"(?:quoted|cited) as saying|"
    r"said|says|saying|reads|read|added|adds|adding|noted|notes|noting|stressed|stresses|stressing|"
    r"emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|believes|believed|thinks|"
    r"stated|states|declared|remarked|pointed out|warned|warns|warning|insisted|insists|argued|"
    r"argues|claimed|claims|continued|concluded|recalled|wrote|writes|asked|replied|answered|"
    r"commented|opined|underlined|underscored|assured|announced|admitted|observed|suggested|"
    r"acknowledged|affirmed|complained|predicted|posted|tweeted|"
    r"expressed (?:his |her )?(?:hope|confidence)|told"
)
# After a quote only, where they are plain attribution (`"...," say analysts`, `"...," they
# add`); before one they mostly mention a word (`when I say "our"`).
_POST_VERBS = f"{_VERBS}|say|add"
_PERSON_ROLES = (
    r"expert|analyst|minister|president|premier|spokeswoman|spokesman|spokesperson|diplomat|"
    r"official|source|ambassador|politician|leader|chancellor|scholar|researcher|professor|"
    r"economist|head|chief|governor|senator|lawmaker|deputy|director|chairman|chairwoman|"
    r"representative|secretary|envoy|observer|commentator|author|specialist|mayor|aide|adviser|"
    r"advisor|general|commander|prosecutor|judge|ceo"
)
_ORGANISATION_ROLES = r"ministry|agency|embassy|department|committee|commission|company|government"
_DOCUMENT_ROLES = (
    r"messages|message|telegrams|telegram|letters|letter|address|statements|statement|greetings|"
    r"greeting|appeal"
)
_ROLES = f"{_PERSON_ROLES}|{_ORGANISATION_ROLES}|{_DOCUMENT_ROLES}"
_DOCUMENT_WORDS = frozenset(_DOCUMENT_ROLES.split("|"))
_ORGANISATION_WORDS = frozenset(_ORGANISATION_ROLES.split("|"))
_ORGANISATION_TYPES = frozenset({"organisation", "company", "party", "media"})
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
_SENDER = object()  # stands for "whoever sent the message": the document's first person
# Word lengths are bounded so that a hostile run ("A-A-A-...") is read in linear time.
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]{0,40}[\u2019']s)"
_NOMINAL = (
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|{_DETERMINER}\s+(?:(?![Tt]he\b)[\w'\u2019-]{{1,40}}\s+){{0,4}}?"
    rf"(?i:{_ROLES}))"
)
_NAME = r"(?!(?:I|We)\b)[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|von|van|der|bin|al))*"
_NAME_RE = re.compile(_NAME)
_LEAD = r"\s*[,:;\u2014-]?\s*"
_ADVERBS = (
    r"(?:(?:has|had|have|was|is|also|then|later|further|again|earlier|previously|once again|"
    r"additionally|however|now|reportedly|publicly)\s+)*"
)
_PHRASE = r"[^\n.!?;:\u201c\u201d\"\u00ab\u00bb\u201e]"
_POST_VERB_FIRST = re.compile(
    rf"{_LEAD}(?P<cue>{_POST_VERBS}|according to)\s+(?P<spk>{_PHRASE}{{1,120}})"
)
_POST_SPEAKER_FIRST = re.compile(
    rf"{_LEAD}(?P<spk>{_PHRASE}{{1,120}}?),?\s+{_ADVERBS}(?P<cue>{_POST_VERBS})\b"
)
# Verbs that quote a word or phrase the subject used, before it: `called the sanctions
# "illegitimate"`, `criticised Japan for "obediently following instructions"`.
_NAMING = (
    r"called|calls|described|describes|dubbed|branded|labell?ed|termed|condemned|denounced|"
    r"dismissed|critici[sz]ed|accused|slammed"
)
_NAMING_RE = re.compile(rf"(?:{_NAMING})$")
_PRE_CUE = re.compile(
    rf"(?P<cue>[Aa]ccording to|[Ii]n (?:his|her|their) (?:opinion|view|words)|\b(?:{_VERBS})|"
    rf"(?<![\w-])(?:{_NAMING}))\b"
)
# Between a subject and a naming verb: an aside, a few adverbs (`Lavrov on Monday condemned`).
_NEXT_TO_VERB = re.compile(
    r"\s*(?:[,\u2014(][^,\u2014()]{0,80}[,\u2014)])?\s*"
    r"(?:(?:also|has|had|have|further|again|earlier|later|previously|repeatedly|on|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,3}$"
)
_NOMINAL_RE = re.compile(rf"\b{_NOMINAL}\b")
# A subject followed by its reporting verb: `Peskov said`, `Lavrov, the minister, called`.
_REPORTS = re.compile(
    rf"\s*(?:[,\u2014(][^,\u2014()]{{0,80}}[,\u2014)])?\s*{_ADVERBS}(?:{_VERBS}|{_NAMING})\b"
)
# A subject phrase for somebody the text does not name: `a senior official`, `one of the sources`.
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)\s")
# Somebody who asked not to be named is nobody we can name.
_ANONYMOUS = re.compile(
    r"\b(?:anonymity|(?:declined|asked|wished) not to be (?:named|identified)|"
    r"declined to be (?:named|identified)|not authori[sz]ed to speak)"
)
# A statement, or a spokesman, speaks for the organisation it comes from.
_SPEAKS_FOR = _DOCUMENT_WORDS | {"spokesman", "spokeswoman", "spokesperson", "representative"}
# `Interfax quoted Ryabkov as saying`: the one quoted speaks (bounded: linear time).
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?!by\b)(?P<spk>[^,;:\u2014]{1,60}?)\s+as\s+$")
# What may stand between a subject and its verb: adverbs, an aside between commas.
_TRAILING_ADVERBS = frozenset(
    "has had have was is also then later further again earlier previously now".split()
)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TRAILING_APPOSITION = re.compile(r",[^,;:\u2014()]{1,80},\s*$")
_OPENING_WORD = re.compile(
    r"\s*(?:(?:But|And|However|Yet|So|Then|Meanwhile),?\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"([A-Z][\w-]+)\b"
)
_WORD = re.compile(r"[^\s,]+")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")  # was asked, was told
_INITIAL = re.compile(r"[A-Z]\.")  # Franklin D. Roosevelt
_stopwords = cache(stopwords)
_CONNECTIVES = frozenset(
    "whereas although though however moreover meanwhile indeed perhaps nevertheless thus hence "
    "still yet besides instead otherwise".split()
)
_WORD_ENDS = ("", ",", ".", ";", ":")  # how a word stands in the text split on spaces
_POSSESSED = re.compile(rf"[\u2019']s\s+(?:[\w-]+\s+){{0,3}}?(?i:{_ROLES})\b")
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
_ABBREVIATION_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Lt|St|Jr|Sr|[A-Z])\.")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Mister|Madam)\.?\s+)+")
_AFTER_VERB = re.compile(rf"\b(?:{_VERBS})\s+$")
_MARK_CHARACTERS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb()"
# Words that may stand in a subject phrase besides names: `a leading Japanese expert on Russia`,
# `the Russian Foreign Ministry's official spokeswoman`, `Lavrov, 74, the foreign minister`.
_SUBJECT_WORDS = frozenset(
    "he she they the a an and of on for in his her its their senior former deputy first chief top "
    "leading foreign state press official acting new then also now prime vice presidential "
    "foreign-policy defence defense finance energy economic news well-known veteran russian".split()
) | frozenset(_ROLES.split("|"))
_POSSESSIVE_ENDINGS = ("'s", "\u2019s")
_CLOSING = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", '"': '"'}
# One pattern per mark: re finds a single character much faster than any of a set.
_MARKS = [(mark, re.compile(mark)) for mark in '"\u201c\u201d\u201e\u00ab\u00bb']
_LEFT_SINGLE = re.compile("\u2018(?=\\S)")
_RIGHT_SINGLE = re.compile("\u2019")
_STRAIGHT = re.compile("'")
_SINGLE_OPENERS = {"\u2018": "\u2019", "'<": "'>"}


def _marks(text: str) -> list[tuple[int, str]]:
    """The quotation marks of ``text`` as ``(offset, kind)``, in text order.

    A kind is the double mark itself, ``‘`` or ``’`` for a single curly mark that may open or
    close (never one inside a word), and ``'<`` / ``'>`` for a straight single mark that may
    open / close.
    """
    found = [
        (match.start(), mark)
        for mark, pattern in _MARKS
        if mark in text
        for match in pattern.finditer(text)
    ]
    if "\u2018" in text:  # without a left mark, every right one is an apostrophe
        found += [(match.start(), "\u2018") for match in _LEFT_SINGLE.finditer(text)]
        found += [
            (match.start(), "\u2019")
            for match in _RIGHT_SINGLE.finditer(text)
            if _closes(text, match.start())
        ]
    if "'" in text:
        straight = [match.start() for match in _STRAIGHT.finditer(text)]
        opening = [(i, "'<") for i in straight if _opens(text, i)]
        if opening:
            found += opening
            found += [(i, "'>") for i in straight if _closes(text, i)]
    found.sort()
    return found


def _opens(text: str, offset: int) -> bool:
    """A straight mark after a space or a bracket and before a letter: ``'On Defence'``."""
    after = text[offset + 1 : offset + 2]
    return (offset == 0 or not (text[offset - 1].isalnum() or text[offset - 1] == "'")) and (
        after.isalpha()
    )


def _closes(text: str, offset: int) -> bool:
    """A mark after a letter or punctuation and not before a letter: never ``Russia’s``."""
    before, after = text[offset - 1 : offset], text[offset + 1 : offset + 2]
    return (
        bool(before)
        and (before.isalnum() or before in '.,!?)\u201d"\u2026')
        and not (after.isalnum() or after in "'\u2019")
    )


def _may_be_apostrophe(text: str, offset: int) -> bool:
    """A right mark after an ``s`` and before a word: ``the students’ union``."""
    return (
        offset > 0
        and text[offset - 1] in "sS"
        and text[offset + 1 : offset + 2] == " "
        and text[offset + 2 : offset + 3].isalnum()
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quoted passages of ``text`` as ``(start, end)`` of the text inside the marks.

    Args:
        text: a document's text.

    Returns:
        Spans in text order, trimmed of whitespace, never empty, never across a paragraph; only
        the outermost of nested quotes.
    """
    return [(start, end) for start, end, _ in _spans(text)]


# How many quotation marks after a possible apostrophe are searched for a clearer closing mark.
_LOOK_AHEAD = 64


def _spans(text: str) -> list[tuple[int, int, bool]]:
    """Like ``quote_spans``, with a flag for quotes in straight single marks."""
    marks = _marks(text)
    spans = []
    stack: list[tuple[str, int]] = []  # the open quotes, outermost first: (opening kind, offset)
    paragraph_end = 0
    for index, (offset, kind) in enumerate(marks):
        if stack and offset > paragraph_end:
            opener, open_at = stack[0]
            if opener in _CLOSING or (opener == "\u2018" and _opens_paragraph(text, open_at)):
                spans.append((open_at + 1, paragraph_end, False))
            stack = []
        closes = None
        if kind in _SINGLE_OPENERS.values():
            opener = "\u2018" if kind == "\u2019" else "'<"
            closes = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == opener), None)
            if closes is not None and _may_be_apostrophe(text, offset):
                later = marks[index + 1 : index + 1 + _LOOK_AHEAD]  # bounded: linear time
                clearer = next(
                    (
                        o
                        for o, k in later
                        if o < paragraph_end and k == kind and not _may_be_apostrophe(text, o)
                    ),
                    None,
                )
                stop = next((o for o, k in later if k == opener), paragraph_end)
                if clearer is not None and clearer < stop:
                    closes = None
        elif kind in _CLOSING.values() or kind == '"':
            closes = next(
                (i for i in range(len(stack) - 1, -1, -1) if _CLOSING.get(stack[i][0]) == kind),
                None,
            )
        if closes is not None:
            if closes == 0:
                spans.append((stack[0][1] + 1, offset, stack[0][0] == "'<"))
            del stack[closes:]
        elif kind in _CLOSING and not any(opener in _CLOSING for opener, _ in stack):
            stack.append((kind, offset))
        elif kind in _SINGLE_OPENERS:
            stack.append((kind, offset))
        if len(stack) == 1 and stack[0][1] == offset:
            paragraph_end = _line_end(text, offset + 1)
    if stack:
        opener, open_at = stack[0]
        if opener in _CLOSING or (opener == "\u2018" and _opens_paragraph(text, open_at)):
            spans.append((open_at + 1, paragraph_end, False))
    trimmed = []
    for start, end, straight in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end, straight))
    return trimmed


# Fewer words than this in quotation marks, with neither speaker nor cue: a title or a scare
# quote, not a quotation.
MIN_UNATTRIBUTED_WORDS = 4


def find_quotes(
    documents: pd.DataFrame,
    *,
    dictionary: Dictionary | None = None,
    mentions: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find direct quotations and attribute each to a speaker (see the module docstring).

    Args:
        documents: a frame with ``doc_id`` and ``text``.
        dictionary: from ``analysis.actors.load_dictionary``; the shipped one when ``None``.
        mentions: the mentions table of ``documents`` (found when ``None``).
        sentences: the sentence table (computed per document when ``None``).

    Returns:
        One row per quote: doc_id, start, end (of the quoted text, marks excluded), quote,
        speaker_actor_id ('' when the speaker is not in the dictionary or not found), speaker
        (display name, or the name as written), cue ('said', 'he added', 'told reporters',
        'according to', ... ; '' for a continuation without a cue). Short unattributed runs
        (``MIN_UNATTRIBUTED_WORDS``) are titles or scare quotes and are left out, and so are
        quotes in straight single marks without a cue.
    """
    dictionary = dictionary or load_dictionary()
    if sentences is None:  # split once, for the mentions and for the quotes
        sentences = sentence_table(documents)
    if mentions is None:
        mentions = find_mentions(documents, dictionary=dictionary, sentences=sentences)
    quoted = {}
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        if isinstance(text, str) and any(
            mark in text for mark in "\"'\u201c\u201d\u201e\u00ab\u2018"
        ):
            spans = _spans(text)
            if spans:
                quoted[doc_id] = (text, spans)
    by_doc = _by_document(
        mentions[mentions["doc_id"].isin(list(quoted))],
        ["start", "end", "actor_id", "actor", "actor_type"],
    )
    sentence_spans = {}
    if sentences is not None:
        ordered = sentences[sentences["doc_id"].isin(list(quoted))].sort_values(
            ["doc_id", "sentence_id"]
        )
        sentence_spans = _by_document(ordered, ["start", "end"])
    roles = {actor.id: actor.role.lower() for actor in dictionary.actors.values() if actor.role}
    rows = []
    for doc_id, (text, spans) in quoted.items():
        doc = _Document(
            text,
            [(s, e) for s, e, _ in spans],
            sorted(by_doc.get(doc_id, [])),
            sentence_spans.get(doc_id) or split_sentences(text),
            roles,
        )
        for (start, end, actor_id, speaker, cue), (_, _, straight) in zip(
            _attribute(doc), spans, strict=True
        ):
            if straight and not cue:
                continue  # 'On Defence', the parents' shoulders: a title or apostrophes
            if not speaker and not cue and len(text[start:end].split()) < MIN_UNATTRIBUTED_WORDS:
                continue  # a title or a scare quote ("Plan of Action", "gray business")
            rows.append((doc_id, start, end, text[start:end], actor_id, speaker, cue))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64"})


def _by_document(frame: pd.DataFrame, columns: list[str]) -> dict[str, list[tuple]]:
    """Rows of ``frame`` as tuples of ``columns``, grouped by doc_id (in frame order)."""
    codes, doc_ids = pd.factorize(frame["doc_id"], use_na_sentinel=False)
    rows = list(zip(*(frame[c].tolist() for c in columns), strict=True))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(doc_ids) + 1)).tolist()
    ordered = [rows[i] for i in order.tolist()]
    return {doc_id: ordered[bounds[i] : bounds[i + 1]] for i, doc_id in enumerate(doc_ids.tolist())}


# How far before a quote (or a mention) its cue and subject are looked for, in characters: a
# sentence of news is shorter, and a hostile one without full stops is read in linear time.
_REACH = 400


class _Document:
    """One document's text, quotes, mentions ``(start, end, actor_id, actor, actor_type)`` and
    sentences, with the look-ups that attribution needs."""

    def __init__(self, text, spans, mentions, sentences, roles):
        self.text = text
        self.spans = spans
        self.masked = _mask(text, spans)
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.sentence_starts = [s for s, _ in sentences]
        self.span_starts = [s for s, _ in spans]
        self.roles = roles
        self._lower_words: frozenset[str] | None = None

    def common(self, word: str) -> bool:
        """Whether ``word`` opens no name: a stop word (``As``, ``One``), a connective
        (``Whereas``), an acronym (``FSB``) or a word the text also writes in lower case
        (``Order``, ``Musicians``)."""
        if len(word) > 1 and word.isupper():
            return True  # an acronym: FSB, US
        word = word.lower()
        if word in _stopwords() or word in _CONNECTIVES:
            return True
        if self._lower_words is None:
            self._lower_words = frozenset(self.text.split())  # twice as fast as a regex
        forms = (word, word[:-1]) if word.endswith("s") else (word,)
        return any(form + end in self._lower_words for form in forms for end in _WORD_ENDS)

    def region_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, within its paragraph."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        start = self.sentence_starts[index] if index >= 0 else 0
        return max(start, self.text.rfind("\n", 0, position) + 1)

    def within(self, start: int, end: int) -> list[tuple]:
        """The mentions that overlap ``start:end``."""
        first = bisect.bisect_left(self.starts, start - 60)
        return [m for m in self.mentions[first:] if m[0] < end and m[1] > start][:8]

    def before(self, start: int, end: int) -> list[tuple]:
        """The mentions inside ``start:end``, outside quotes."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m[1] <= end and not self.quoted(m[0])]

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self.span_starts, position) - 1
        return index >= 0 and position < self.spans[index][1]

    def possessive(self, end: int) -> bool:
        return self.text.startswith(_POSSESSIVE_ENDINGS, end)

    def subject(self, start: int) -> bool:
        """Whether the mention at ``start`` stands where a subject stands: first in its clause
        after titles and descriptions (``Kremlin spokesman Dmitry Peskov``), or right after a
        reporting verb (``said Lavrov``); not after a preposition or a verb (``talks with X``)."""
        prefix = self.masked[max(self.region_start(start), start - _REACH) : start]
        if _AFTER_VERB.search(prefix):
            return True
        cut = max(prefix.rfind(c) for c in ",;:(\u2014")
        return _subject_phrase(prefix[cut + 1 :])


def _subject_phrase(text: str) -> bool:
    """Whether ``text`` holds only names, titles and descriptions (and no verb or clause)."""
    for word in text.split():
        word = word.strip(_MARK_CHARACTERS + ".")
        if word and not (word[0].isupper() or word[0].isdigit() or word in _SUBJECT_WORDS):
            return False
    return True


def _attribute(doc: _Document) -> list[tuple]:
    """Speakers for the quotes of one document, as ``(start, end, actor_id, speaker, cue)``."""
    text, spans = doc.text, doc.spans
    results: list[list] = []
    last: tuple[str, str] | None = None
    for i, (start, end) in enumerate(spans):
        next_open = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(text)
        stop = min(next_open, _line_end(text, end), end + 160)
        close = end  # the quoted text is trimmed: its closing mark may follow a space
        while close < stop and text[close].isspace():
            close += 1
        found = _after(doc, close + 1, stop, start)
        if found is None:
            region_start = doc.region_start(start - 1)
            found = _before(doc, region_start, start - 1)
            if found is None:
                found = _introduced(doc, region_start, start - 1)
            if found is None and not (i and spans[i - 1][1] > region_start):
                found = _reported_before(doc, region_start, start - 1)
        if found is None:
            results.append([start, end, None, None, ""])
            continue
        actor_id, speaker, cue, refer, position = found
        if actor_id is _SENDER:  # "the message reads": who sent it, the first person named
            actor_id, speaker = _first_person(doc.mentions, start)
        elif refer is not None:  # a pronoun or a nominal: the person it stands for
            actor_id, speaker = _resolve(doc, refer, position, last)
        results.append([start, end, actor_id, speaker, cue])
        if speaker:
            last = (actor_id, speaker)
    _fill_continuations(text, results)
    return [(s, e, a or "", sp or "", c) for s, e, a, sp, c in results]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every quotation replaced by spaces, so cues are never read inside quotes."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline


def _after(doc: _Document, pos: int, stop: int, quote_start: int):
    """A cue after the closing mark: ``"...," said X``, ``"...," X, the minister, told TASS``."""
    segment = _ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", doc.text[pos:stop])
    match = _POST_VERB_FIRST.match(segment)
    if match:
        phrase = match.group("spk")
        cut = phrase.find(",")
        if cut >= 0 and not _apposition(phrase[cut + 1 :]):
            phrase = phrase[:cut]
        found = _phrase_speaker(doc, pos + match.start("spk"), phrase, quote_start)
        if found:
            cue = match.group("cue")
            return _with_cue(found, cue, quote_start, first=False)
    match = _POST_SPEAKER_FIRST.match(segment)
    phrase = match.group("spk") if match else ""
    if match and not _subject_phrase(phrase.replace(",", " ")):
        # "...," Alexei Miller, Gazprom's chief executive, told TASS: the name before the aside
        head = phrase.split(",")[0]
        closed = segment.startswith(",", match.end("spk")) and "," in phrase
        if closed and _subject_phrase(head) and _ANONYMOUS.search(phrase):
            return "", "", match.group("cue"), None, quote_start  # who declined to be named
        phrase = head if closed and _subject_phrase(head) else ""
    if phrase:
        found = _phrase_speaker(doc, pos + match.start("spk"), phrase, quote_start)
        if found:
            return _with_cue(found, match.group("cue"), quote_start, first=True)
    return None


def _reported_before(doc: _Document, region_start: int, stop: int):
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
    return bool(part.strip()) and _subject_phrase(part) and len(part.split()) <= 6


def _with_cue(found, cue: str, position: int, *, first: bool):
    actor_id, speaker, refer = found
    if refer is not None:
        cue = f"{refer} {cue}" if first else f"{cue} {refer}"
    if actor_id is not None:  # a person or organisation named, or a message's sender
        refer = None
    return actor_id, speaker, cue, refer, position


def _phrase_speaker(doc: _Document, offset: int, phrase: str, position: int):
    """Who a subject phrase names, as ``(actor_id, speaker, refer)``, or None.

    A person mentioned in it; else a pronoun or nominal (``refer``, resolved later; a message's
    sender is ``_SENDER``); else an organisation or country mentioned in it; else a name as
    written. ``position`` is where the quote starts (nominals refer to what comes before it).
    """
    stripped = phrase.strip()
    if not stripped or len(stripped.split()) > 12:
        return None
    if stripped in ("I", "we", "We"):
        return "", "", None  # the narrator: no speaker to name
    start = offset + phrase.find(stripped[0])
    end = start + len(stripped)
    mentions = [m for m in doc.within(start, end) if not doc.possessive(m[1])]
    persons = [m for m in mentions if m[4] == "person"]
    if _INDEFINITE.match(stripped) or _ANONYMOUS.search(stripped):
        return _indefinite_speaker(stripped, start, mentions)
    if persons:
        return persons[0][2], persons[0][3], None
    written = _named_in(doc, stripped, start)
    if written:  # Gazprom spokesman Sergei Kupriyanov: the person, not the company
        return "", written[1], None
    nominal = _NOMINAL_RE.match(stripped)
    if nominal and doc.possessive(start + nominal.end()):
        # "the President's telegram reads": the message's sender is whom the nominal stands for
        possessed = _POSSESSED.match(doc.text, start + nominal.end(), end)
        if possessed and possessed.group().split()[-1].lower() in _DOCUMENT_WORDS:
            refer = nominal.group().lower()
            if refer.split()[-1] not in _DOCUMENT_WORDS | _ORGANISATION_WORDS:
                return None, None, refer
    if nominal and not doc.possessive(start + nominal.end()):
        refer = nominal.group().lower()
        head = refer.split()[-1]
        if head in _DOCUMENT_WORDS:
            return (_SENDER, None, refer) if refer.startswith("the ") else None
        if head in _ORGANISATION_WORDS:
            return (*_organisation(doc, head, mentions, position), refer)
        return None, None, refer
    if mentions:
        return mentions[0][2], mentions[0][3], None
    name = _written_name(doc, stripped, start)
    return ("", name, None) if name else None


def _indefinite_speaker(phrase: str, start: int, mentions: list[tuple]):
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


def _written_name(doc: _Document, phrase: str, position: int) -> str:
    """A name the dictionary does not know, without honorifics; a bare surname is completed
    from the last full name ending in it before ``position`` (``Mr Smith`` -> ``John Smith``)."""
    for run in _NAME_RE.finditer(phrase):
        words = _HONORIFIC.sub("", run.group()).split()
        while words and words[0].lower() in _SUBJECT_WORDS:
            words.pop(0)  # Foreign Minister John Smith
        name = " ".join(words)
        if not name or name.endswith(_POSSESSIVE_ENDINGS):
            continue
        if len(words) > 1:
            return name
        return "" if doc.common(name) else _full_name(doc, name, position)  # "...," Officials said
    return ""


def _full_name(doc: _Document, surname: str, position: int) -> str:
    pattern = re.compile(rf"\b((?:[A-Z][\w\u2019'-]+[^\S\n]+){{1,2}}){re.escape(surname)}\b")
    found = [m.group() for m in pattern.finditer(doc.masked, 0, position)]
    words = found[-1].split() if found else []
    while words and (
        words[0].lower() in _SUBJECT_WORDS
        or _HONORIFIC.match(words[0] + " ")
        or doc.common(words[0])
        or any(_HONORIFIC.match(word + " ") for word in words[1:])
    ):
        words.pop(0)  # Vice President John Smith; As Churchill; Poland Mr Beck
    full = " ".join(words)
    return full if " " in full and _subject_phrase(full) else surname


def _organisation(doc: _Document, head: str, inside: list[tuple], position: int):
    """``the ministry``: an organisation mentioned in the phrase, else the last one of its kind
    named before ``position``."""
    for m in inside:
        if m[4] in _ORGANISATION_TYPES:
            return m[2], m[3]
    for m in reversed(doc.mentions[: bisect.bisect_left(doc.starts, position)]):
        if m[4] in _ORGANISATION_TYPES and not doc.quoted(m[0]):
            name = m[3].lower()
            if head in name or (head == "agency" and m[4] == "media"):
                return m[2], m[3]
    return "", ""


def _before(doc: _Document, region_start: int, stop: int):
    """The last cue before the opening mark in its sentence (in its last ``_REACH`` characters),
    with the cue's subject."""
    region_start = max(region_start, stop - _REACH)
    masked = doc.masked
    cue, ends = None, None
    for candidate in reversed(list(_PRE_CUE.finditer(masked, region_start, stop))):
        if not _NAMING_RE.match(candidate.group()):
            cue = candidate
            break
        if ends is None:  # where the names and nominals of the sentence end, found once
            named = doc.before(region_start, stop)
            ends = [m[1] for m in named if not doc.possessive(m[1])]
            ends += [e for _, e in _nominals(doc, region_start, stop)]
        if _subject_next_to(doc, region_start, candidate.start(), ends):
            cue = candidate
            break
    if cue is None:
        return None
    word = cue.group("cue")
    if word.lower() == "according to":
        phrase = re.split(r"[,;:\u2014]", masked[cue.end() : stop], maxsplit=1)[0]
        found = _phrase_speaker(doc, cue.end(), phrase, cue.start())
        return _with_cue(found, "according to", cue.start(), first=False) if found else None
    pronoun = _PRONOUN_CUE.match(word)
    if pronoun:
        return None, None, word.lower(), pronoun.group(1), cue.start()
    if word in ("asked", "told") and _PASSIVE.search(
        masked, max(region_start, cue.start() - 20), cue.start()
    ):
        return "", "", word, None, cue.start()  # "Putin was asked: ...": not what Putin said
    # The pronoun right before the verb is its subject, wherever the clause stands
    # ("..., but as he pointed out, ...").
    pronoun = _PRONOUN_SUBJECT.search(masked, region_start, cue.start())
    if pronoun:
        refer = pronoun.group(1).lower()
        if _named_in(doc, masked[region_start : pronoun.start()], region_start) and not any(
            m[4] == "person" for m in doc.before(region_start, pronoun.start())
        ):
            # "When US Defence Secretary James Mattis took office, he described ...": the
            # pronoun may stand for the person the dictionary does not know; nobody is safer.
            return "", "", f"{refer} {word}", None, cue.start()
        return None, None, f"{refer} {word}", refer, cue.start()
    quoted = _QUOTED_AS.search(masked, max(region_start, cue.start() - 100), cue.start())
    if quoted:  # Interfax quoted Ryabkov as saying: the one quoted, not the agency
        found = _phrase_speaker(doc, quoted.start("spk"), quoted.group("spk"), cue.start())
        if found:
            return _with_cue(found, word, cue.start(), first=False)
    left = [m for m in doc.before(region_start, cue.start()) if not doc.possessive(m[1])]
    persons = [m for m in left if m[4] == "person" and doc.subject(m[0])]
    nominals = _nominals(doc, region_start, cue.start())
    if _NARRATOR.search(masked, region_start, cue.start()):
        return "", "", word, None, cue.start()  # I said, "..."
    best_person = persons[-1] if persons else None
    best_nominal = nominals[-1] if nominals else None
    written = _clause_name(doc, region_start, cue.start())
    if (
        written
        and not (best_person and best_person[0] >= written[0])
        and not (best_nominal and written[0] <= best_nominal[0] < written[2])
    ):
        return "", written[1], word, None, cue.start()  # a name the dictionary does not know
    if best_nominal and (best_person is None or best_nominal[0] >= best_person[1]):
        refer = masked[best_nominal[0] : best_nominal[1]].lower()
        head = refer.split()[-1]
        cue_text = f"{refer} {word}"
        if head in _DOCUMENT_WORDS:
            return _SENDER, None, cue_text, None, cue.start()
        if head in _ORGANISATION_WORDS:
            inside = doc.within(*best_nominal)
            return (*_organisation(doc, head, inside, cue.start()), cue_text, None, cue.start())
        return None, None, cue_text, refer, cue.start()
    if best_person:
        return best_person[2], best_person[3], word, None, cue.start()
    # An organisation or a country speaks only as the verb's own subject ("the Kremlin said",
    # "Gazprom, the gas exporter, said"), never from further back in the sentence.
    others = [m for m in left if doc.subject(m[0]) and _ADJACENT.match(masked, m[1], cue.start())]
    if others:
        return others[-1][2], others[-1][3], word, None, cue.start()
    # A subject the dictionary does not know ("An English officer wrote"): nobody we can name.
    return "", "", word, None, cue.start()


def _clause_name(doc: _Document, region_start: int, verb: int) -> tuple[int, str, int] | None:
    """A name the dictionary does not know as the subject of the verb at ``verb``, as ``(start,
    name, end)``, ``end`` where the subject ends before an aside or adverbs: a full name standing in subject position (``Japan's Chief Cabinet Secretary Hirokazu
    Matsuno told``, ``Giovanni Staunovo, an analyst at UBS, said``), or a surname opening the
    clause that completes to a full name earlier in the document (``But Parker was quick to
    add``)."""
    text = _without_trailing_adverbs(doc.masked[region_start:verb])
    aside = _TRAILING_APPOSITION.search(text)
    if aside:
        text = text[: aside.start()]
    clause_start = max(text.rfind(c) for c in ",;:(\u2014") + 1
    clause = text[clause_start:]
    offset = region_start + clause_start
    end = region_start + len(text)
    if _subject_phrase(clause):
        name = _named_in(doc, clause, offset)
        if name:
            return (*name, end)
    words = _OPENING_WORD.match(clause)
    if (
        words
        and words.group(1).lower() not in _SUBJECT_WORDS
        and not doc.common(words.group(1))
        and not doc.within(offset + words.start(1), offset + words.end(1))
    ):
        surname = words.group(1)
        full = _full_name(doc, surname, offset)
        if full != surname:
            return offset + words.start(1), full, end
    return None


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


def _named_in(doc: _Document, phrase: str, offset: int) -> tuple[int, str] | None:
    """The first full name in a subject phrase that the dictionary does not know, with where it
    starts: the last run of two or more capitalised words that are neither titles nor
    descriptions, outside the dictionary's mentions, before any preposition (``Rystad Energy
    analyst Jorge Leon``, ``Gazprom spokesman Sergei Kupriyanov``; ``John Smith`` in ``John Smith
    from the Tver Region``). A run after an article is a thing (``the Executive Order``), and a
    run does not open with a common word (``As Churchill``)."""
    for part_start, part in _parts(phrase):
        names, run, previous = [], [], ""
        for word in _WORD.finditer(part):
            start = offset + part_start + word.start()
            token = word.group()
            token = token if _INITIAL.fullmatch(token) else token.strip(".")
            plain = not (
                token.lower() in _SUBJECT_WORDS
                or token.endswith(_POSSESSIVE_ENDINGS)
                or _HONORIFIC.match(token + " ")
                or doc.within(start, start + len(token))
            )
            if token[:1].isupper() and plain:
                if run or (previous.lower() not in ("the", "a", "an") and not doc.common(token)):
                    run.append((start, token))
                else:
                    previous = token  # not a name's first word
                continue
            if len(run) > 1:
                names.append(run)
            run, previous = [], token
            if not token[:1].isupper() and token.lower() not in _SUBJECT_WORDS:
                break  # a preposition or a verb ends the subject: `from the Tver Region`
        if len(run) > 1:
            names.append(run)
        if names:
            return names[-1][0][0], " ".join(token for _, token in names[-1])
    return None


def _parts(phrase: str):
    """The comma-separated parts of a phrase, with their offsets."""
    start = 0
    for part in phrase.split(","):
        yield start, part
        start += len(part) + 1


def _subject_next_to(doc: _Document, region_start: int, verb: int, ends: list[int]) -> bool:
    """Whether a pronoun, or a name or nominal ending at one of ``ends``, stands right before the
    verb at ``verb``: ``Lavrov called``, not ``a school called``."""
    if _PRONOUN_SUBJECT.search(doc.masked, max(region_start, verb - 40), verb):
        return True
    return any(end <= verb and _NEXT_TO_VERB.match(doc.masked, end, verb) for end in ends)


def _nominals(doc: _Document, start: int, stop: int) -> list[tuple[int, int]]:
    """The nominals in subject position in ``start:stop``: ``the expert``, ``the President's
    message`` (a possessive one only with what it possesses)."""
    found = []
    for match in _NOMINAL_RE.finditer(doc.masked, start, stop):
        end = match.end()
        if doc.possessive(end):
            possessed = _POSSESSED.match(doc.masked, end, stop)
            if possessed is None:
                continue
            end = possessed.end()
        if doc.subject(match.start()):
            found.append((match.start(), end))
    return found


def _introduced(doc: _Document, region_start: int, stop: int):
    """A quote after a colon: ``Alexander Repin from Nizhny Novgorod: "..."``, or a paragraph
    ``The message reads, in part:`` before a paragraph that opens with the quote."""
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
    name = _NAME_RE.match(masked, region_start, stop)
    return ("", name.group(), ":", None, region_start) if name and " " in name.group() else None


# Sex from a name, only where it is plain: Russian surname endings and common first names. It
# only rules a candidate out for ``he``/``she``; an unknown name fits both.
_FEMALE_FIRST = frozenset(
    "maria anna angela theresa olga elena yelena valentina elvira tatyana tatiana irina svetlana "
    "natalia natalya marina ella ursula kamala giorgia kaja annalena liz elizabeth elisabeth nancy "
    "hillary christine kristalina sanae yuriko yoko margaret madeleine condoleezza victoria "
    "viktoria ekaterina yekaterina lyudmila galina veronika sophie jacinda sanna mette jill "
    "melania michelle julia yulia dilma cristina park tsai".split()
)
_MALE_FIRST = frozenset(
    "vladimir dmitry dmitri sergei sergey yury yuri john joe joseph donald barack george bill "
    "boris mikhail alexander alexei alexey nikolai nikolay igor ivan fumio shinzo yoshihide "
    "junichiro taro toshimitsu emmanuel olaf gerhard jacques nicolas francois silvio tony gordon "
    "david mike michael antony anthony jake recep xi li narendra volodymyr petro viktor viktor "
    "alexander aleksandr andrei andrey anatoly oleg pavel maxim denis yevgeny evgeny kirill "
    "nikita ilya ramzan sergey konstantin valentin valery vitaly".split()
)
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


def _resolve(doc: _Document, refer: str, position: int, last) -> tuple[str, str]:
    """The person a pronoun or nominal (``refer``) before ``position`` stands for.

    The most recent fitting person named in subject position earlier in the paragraph (outside
    quotes; for a nominal with a checked role, one whose dictionary role holds it), else the
    previous speaker if that one fits, else, for a checked role, the only person of that role
    named before in the document; else nobody.
    """
    words = refer.split()
    head = words[-1] if words else ""
    if head in ("they", "their"):
        return "", ""
    if words and (words[0] in ("a", "an") or head in ("source", "sources")):
        return "", ""  # somebody the text introduces without naming: `a senior official`
    sex = {"he": "m", "his": "m", "she": "f", "her": "f"}.get(head)
    role = "prime minister" if head == "minister" and "prime" in words else _CHECKED_ROLES.get(head)

    def fits(actor_id: str, name: str) -> bool:
        if sex and _sex(name) not in (None, sex):
            return False
        known = doc.roles.get(actor_id)
        if known is None:
            return True
        if head in _NON_OFFICIAL:
            return not any(word in known for word in _CHECKED_ROLES.values())
        return not role or role in known

    paragraph = doc.text.rfind("\n", 0, position) + 1
    named = doc.before(paragraph, position)
    if sex and not any(m[4] == "person" for m in named):
        # A paragraph that names nobody before the pronoun goes on from the paragraph before,
        # whose speaker it is (wire copy: "Peskov said that ...\n\n'...,' he said.").
        previous_end = len(doc.text[:paragraph].rstrip())
        previous = doc.before(doc.text.rfind("\n", 0, previous_end) + 1, previous_end)
        speakers = [
            m
            for m in previous
            if m[4] == "person"
            and doc.subject(m[0])
            and fits(m[2], m[3])
            and _REPORTS.match(doc.masked, m[1])
        ]
        if speakers:
            return speakers[-1][2], speakers[-1][3]
    subjects = []  # the sentence starts of the persons in subject position seen so far
    persons = [m for m in named if m[4] == "person"]
    for i in range(len(persons) - 1, -1, -1):
        m = persons[i]
        if doc.text.startswith(("'s", "\u2019s", ":"), m[1]):
            continue  # X's administration; a transcript's "Vladimir Putin:" speaks in person
        if not fits(m[2], m[3]):
            continue
        if role and m[2] in doc.roles:
            return m[2], m[3]
        if doc.subject(m[0]) and not _reported_subject(doc, m, persons[:i]):
            return m[2], m[3]
    if last and fits(*last):
        return last
    if role:
        named = [
            m
            for m in doc.mentions[: bisect.bisect_left(doc.starts, position)]
            if m[4] == "person" and role in doc.roles.get(m[2], "") and not doc.quoted(m[0])
        ]
        subjects = [m for m in named if doc.subject(m[0])]
        if subjects:
            return subjects[-1][2], subjects[-1][3]
        if len({m[2] for m in named}) == 1:
            return named[0][2], named[0][3]
    return "", ""


def _reported_subject(doc: _Document, mention: tuple, earlier: list[tuple]) -> bool:
    """Whether ``mention`` is the subject of a reported clause: right after a reporting verb
    whose own subject, a person, is named before it in the sentence (``Ushakov said Putin and
    Trump had talked``: Putin did not say it)."""
    region_start = doc.region_start(mention[0])
    verb = _AFTER_VERB.search(doc.masked, max(region_start, mention[0] - _REACH), mention[0])
    if verb is None:
        return False
    return any(m[0] >= region_start and m[1] <= verb.start() and doc.subject(m[0]) for m in earlier)


def _first_person(mentions, position: int) -> tuple[str, str]:
    for m in mentions:
        if m[0] >= position:
            break
        if m[4] == "person":
            return m[2], m[3]
    return "", ""


def _fill_continuations(text: str, results: list[list]) -> None:
    """Give a quote without a cue the speaker of a quote next to it.

    The previous quote in its paragraph, else the next one there; a quote opening its paragraph
    also continues a quote that ran to the end of the paragraph before (multi-paragraph quotes).
    Quotes are in text order.
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
        if source is None and i > 0 and results[i - 1][3] and _opens_paragraph(text, row[0]):
            # the quote's line starts at most two characters after the line of the previous
            # quote ends (one blank line between them)
            after = bisect.bisect_left(newlines, results[i - 1][1])
            line_end = newlines[after] if after < len(newlines) else -1
            line_start = newlines[paragraph[i] - 1] if paragraph[i] else -1
            if line_start <= line_end + 2:
                source = i - 1
        if source is not None:
            row[2], row[3] = results[source][2], results[source][3]


def _opens_paragraph(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \"'\u201c\u201e\u00ab\u2018")


__all__ = ["QUOTE_COLUMNS", "find_quotes", "quote_spans"]
