"""One document as attribution sees it: its text with the quotes masked, its mentions and
sentences, and the look-ups on them (the sentence around a position, the mentions before it,
whether one stands in subject position). Built once per document, so that each quote only looks
things up.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from analysis.quoting.patterns import (
    AFTER_VERB,
    NAME_PARTICLES,
    POSSESSIVE_ENDINGS,
    ROLE_WORDS,
    TITLE_PREPOSITIONS,
    subject_word,
)
from analysis.text import stopwords

_stopwords = cache(stopwords)
_CONNECTIVES = frozenset(
    "whereas although though however moreover meanwhile indeed perhaps nevertheless thus hence "
    "still yet besides instead otherwise".split()
)
_WORD_ENDS = ("", ",", ".", ";", ":")  # how a word stands in the text split on spaces
_NEWLINE = re.compile("\n")
# A word that opens a clause, whose subject follows it: `..., while Miller replied that`.
_CLAUSE_OPENING = re.compile(
    r"\b(?:while|whereas|but|although|though|because|when|after|before|since|until|unless|what)\s"
)
_PARTICLE_PREFIX = re.compile(r"(?:al|el)-[A-Z]")  # al-Falih, el-Sisi
_MARK_CHARACTERS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb()"


# How far before a quote (or a mention) its cue and subject are looked for, in characters: a
# sentence of news is shorter, and a hostile one without full stops is read in linear time.
REACH = 400


class Document:
    """One document's text, quotes, mentions ``(start, end, actor_id, actor, actor_type)`` and
    sentences, with the look-ups that attribution needs."""

    def __init__(self, text, spans, mentions, sentences, roles, affiliations=None):
        self.text = text
        self.spans = spans
        self.masked = _mask(text, spans)
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.sentence_starts = [s for s, _ in sentences]
        self.span_starts = [s for s, _ in spans]
        self.roles = roles
        self.affiliations = affiliations or {}  # a person's country, where the dictionary says
        self._lower_words: frozenset[str] | None = None
        self._newlines: list[int] | None = None
        self.cache: dict = {}  # look-ups that a step builds once per document

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
        if self._newlines is None:  # found once: a search back per call is quadratic
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        line = bisect.bisect_left(self._newlines, position) - 1
        return max(start, self._newlines[line] + 1 if line >= 0 else 0)

    def previous_paragraph(self, paragraph: int) -> tuple[int, int]:
        """The start and the end (blank lines left out) of the paragraph before the one that
        starts at ``paragraph``, found without copying the text before it."""
        end = paragraph
        while end and self.text[end - 1].isspace():
            end -= 1
        return self.text.rfind("\n", 0, end) + 1, end

    def within(self, start: int, end: int) -> list[tuple]:
        """The mentions that overlap ``start:end``."""
        found, mentions = [], self.mentions
        # by index, in start order, up to ``end``: not a copy of every later mention per quote
        for i in range(bisect.bisect_left(self.starts, start - 60), len(mentions)):
            mention = mentions[i]
            if mention[0] >= end:
                break
            if mention[1] > start:
                found.append(mention)
                if len(found) == 8:
                    break
        return found

    def before(self, start: int, end: int) -> list[tuple]:
        """The mentions inside ``start:end``, outside quotes."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m[1] <= end and not self.quoted(m[0])]

    def quoted(self, position: int) -> bool:
        index = bisect.bisect_right(self.span_starts, position) - 1
        return index >= 0 and position < self.spans[index][1]

    def possessive(self, end: int) -> bool:
        return self.text.startswith(POSSESSIVE_ENDINGS, end)

    def subject(self, start: int) -> bool:
        """Whether the mention at ``start`` stands where a subject stands: first in its clause
        after titles and descriptions (``Kremlin spokesman Dmitry Peskov``), or right after a
        reporting verb (``said Lavrov``); not after a preposition or a verb (``talks with X``)."""
        prefix = self.masked[max(self.region_start(start), start - REACH) : start]
        if AFTER_VERB.search(prefix):
            return True
        dash = prefix.rfind(" - ")  # a dateline: `BRUSSELS (Reuters) - Kallas said`
        cut = max(*(prefix.rfind(c) for c in ",;:(\u2014\u2013"), dash + 2 if dash >= 0 else -1)
        for clause in _CLAUSE_OPENING.finditer(prefix, cut + 1):  # `..., while Miller replied`
            cut = clause.end() - 1
        return subject_phrase(prefix[cut + 1 :])


def subject_phrase(text: str) -> bool:
    """Whether ``text`` holds only names, titles and descriptions (and no verb or clause); a
    name's lower-case particles are part of it (``Mohammed bin Salman``, ``al-Falih``)."""
    words = _phrase_words(text.split())
    return all(_needed(words, i) <= len(words) for i in range(len(words)))


def subject_prefix(words: list[str]) -> int:
    """The most of ``words`` (parts of a text split at spaces) that make a subject phrase: the
    largest ``i`` for which ``subject_phrase(" ".join(words[:i]))`` holds, else 0.

    One pass: asking :func:`subject_phrase` of each prefix in turn read a sentence's words
    quadratically, for every quote near it (45 ms a quote in a hostile run of unknown speakers).
    """
    ends, tokens = [], []
    for word in words:  # up to the first word that no phrase can hold: the rest cannot count
        tokens.extend(_phrase_words(word.split()))
        ends.append(len(tokens))
        if any(_needed(tokens, i) == _NEVER and tokens[i] not in NAME_PARTICLES
               for i in range(ends[-2] if len(ends) > 1 else 0, len(tokens))):  # fmt: skip
            break
    reach = [0]  # reach[t]: the fewest tokens a prefix needs for its first t tokens to pass
    for i in range(len(tokens)):
        reach.append(max(reach[-1], _needed(tokens, i)))
    return next((i for i in range(len(ends), 0, -1) if reach[ends[i - 1]] <= ends[i - 1]), 0)


def _phrase_words(tokens: list[str]) -> list[str]:
    return [token.strip(_MARK_CHARACTERS + ".") for token in tokens]


_NEVER = 1 << 62


def _needed(words: list[str], i: int) -> int:
    """How many of ``words`` a phrase must hold for its word ``i`` to belong to a subject
    phrase: ``i + 1``, more for a particle that only the words after it show to open a name
    (``von der Leyen``), or ``_NEVER``."""
    word = words[i]
    if (
        not word
        or word[0].isupper()
        or word[0].isdigit()
        or subject_word(word)  # also co-leader, vice-president
        or (word in TITLE_PREPOSITIONS and i and words[i - 1].lower() in ROLE_WORDS)
        or _PARTICLE_PREFIX.match(word)
    ):
        return i + 1
    if word not in NAME_PARTICLES:
        return _NEVER
    for j in range(i + 1, min(i + 4, len(words))):  # particles, then a capitalised word
        if words[j][:1].isupper() or _PARTICLE_PREFIX.match(words[j]):
            return j + 1
        if words[j] not in NAME_PARTICLES:
            return _NEVER
    return _NEVER


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every quotation replaced by spaces, so cues are never read inside quotes."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
