"""Sentences and word tokens, each with character offsets into the text they came from.

Data-free: regular expressions and a shipped abbreviation list, no NLTK downloads. Every span
is a pair of Python string indices, so ``text[start:end]`` gives back exactly what was found.

Rules, in brief:
- Paragraph breaks (a blank line) always end a sentence, so a headline, a dateline and the
  paragraphs of an article never merge.
- ``.``, ``!`` and ``?`` (with any closing quotes or brackets) end a sentence when whitespace and
  an upper-case letter, a digit or an opening quote follow, unless the word before the period is a
  known abbreviation (``Mr.``, ``Feb.``, ``U.S.``) or a single initial.
- Tokens: abbreviations with periods (``U.S.``), clock times (``8:04``), numbers with separators
  and ranges (``9-10``, ``1,200.5``), words with inner hyphens or digits (``Sakhalin-2``,
  ``not-too-distant``), punctuation. A hyphenated pair of capitalised words (``Japan-Russia``)
  gives both words. Clitics split off: ``Russia’s`` gives ``Russia`` + ``’s`` (possessive).
"""

from __future__ import annotations

import re
import string
from functools import cache
from itertools import chain
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.config import data_file


class Token(NamedTuple):
    """One word token.

    Attributes:
        start, end: character offsets into the text.
        text: the token as it stands in the text.
        norm: lower-cased, apostrophes unified (``’`` → ``'``); possessives normalise to ``'s``.
        kind: ``word``, ``number``, ``abbrev``, ``time``, ``possessive``, ``clitic`` or ``punct``.
    """

    start: int
    end: int
    text: str
    norm: str
    kind: str


@cache
def _abbreviation_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``abbreviations.txt`` as (the ones that never end a sentence but for the ``may-end``
    ones, those only before a number, those that may end a sentence)."""
    always, before_number, may_end = set(), set(), set()
    for line in data_file("abbreviations.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            word = fields[0].lower()
            (before_number if fields[1:] == ["before-number"] else always).add(word)
            if fields[1:] == ["may-end"]:
                may_end.add(word)
    return frozenset(always), frozenset(before_number), frozenset(may_end)


def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations (without their final period) that never end a sentence."""
    return _abbreviation_lists()[0]


def number_abbreviations() -> frozenset[str]:
    """Abbreviations that are ordinary words too (``No.``, ``Sat.``): not an end before a number."""
    return _abbreviation_lists()[1]


@cache
def stopwords() -> frozenset[str]:
    """The English stop-word list shipped with the package (lower case, ``'`` apostrophes)."""
    lines = data_file("stopwords_en.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


# --- sentences -------------------------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# A sentence end, in a copy of the text with "!", "?" and "\u2026" written as periods (``re`` finds
# a pattern that opens with one character much faster than one that opens with a set): terminal
# punctuation and any closing quotes or brackets, then whitespace without a paragraph break in
# it, and the start of the next sentence (opening quotes or brackets, an upper-case letter or a
# digit). A match starts only at the first period of a run (a later one would end where the
# first does, and a run of n periods must not be scanned n times).
_SENTENCE_END = re.compile(
    r"(?<!\.)\.\.*+[\"'\u201d\u2019)\]]*"
    r"(?=(?:[^\S\n]|\n(?![ \t\r\f\v\u00a0]*\n))+"
    r"(?P<next>[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u00de\u0410-\u042f]))"
)
_WORD_CHARACTERS = string.ascii_letters + "."


def _is_abbreviation_end(
    text: str, dot: int, next_start: int, lists: tuple[frozenset[str], ...]
) -> bool:
    """True when the period at ``text[dot]`` closes an abbreviation rather than a sentence.

    The word before the period is the run of ASCII letters and periods that ends there, from its
    first letter, looking at most 20 characters back. ``lists``: ``_abbreviation_lists()``.
    """
    before = text[dot - 20 if dot > 20 else 0 : dot]
    word = before[len(before.rstrip(_WORD_CHARACTERS)) :].lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    always, before_number, may_end = lists
    if "." in word or word.lower() in may_end:  # "U.S.", "a.m.", "etc."
        return not _function_word_at(text, next_start)  # "at 5 p.m. The talks", "etc. It"
    word = word.lower()
    if word in before_number:
        return text[next_start].isdigit()
    return word in always


_NEXT_WORD = re.compile(r"[A-Z][a-z]*(?![\w.-])")


def _function_word_at(text: str, start: int) -> bool:
    """Whether a capitalised stop word ("The", "It", "But") starts at ``start``."""
    word = _NEXT_WORD.match(text, start)
    return bool(word) and word.group().lower() in stopwords()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Args:
        text: any string.

    Returns:
        ``(start, end)`` spans in order, without overlap, trimmed of surrounding whitespace;
        everything between two spans is whitespace.
    """
    spans: list[tuple[int, int]] = []
    begin = len(text) - len(text.lstrip())  # where the current sentence starts
    breaks = [brk.span() for brk in _PARAGRAPH_BREAK.finditer(text)]
    breaks.append((len(text), len(text)))  # the text's end closes the last paragraph
    index = 0
    paragraph_end = breaks[0][0]
    lists = _abbreviation_lists()
    periods = text.replace("!", ".").replace("?", ".").replace("\u2026", ".")
    for end in _SENTENCE_END.finditer(periods):
        cut = end.end()
        while paragraph_end < cut:
            begin = _end_paragraph(text, begin, breaks[index], spans)
            index += 1
            paragraph_end = breaks[index][0]
        if (
            end.start() == cut - 1
            and text[cut - 1] == "."
            and _is_abbreviation_end(text, cut - 1, end.end("next") - 1, lists)
        ):
            continue
        spans.append((begin, cut))
        begin = end.start("next")
    for brk in breaks[index:]:
        begin = _end_paragraph(text, begin, brk, spans)
    return spans


def _end_paragraph(
    text: str, begin: int, brk: tuple[int, int], spans: list[tuple[int, int]]
) -> int:
    """Add the paragraph's last sentence, from ``begin`` to the break ``brk`` (trimmed), to
    ``spans``; return where the next paragraph starts."""
    stop, after = brk
    if begin < stop:
        if text[stop - 1].isspace():
            stop = begin + len(text[begin:stop].rstrip())
        spans.append((begin, stop))
    return after


EXCERPT_MAX = 1000


def excerpt(text: str, start: int, end: int, at: int, limit: int = EXCERPT_MAX) -> str:
    """``text[start:end]`` (a sentence), or, when it is longer than ``limit`` characters, the
    ``limit`` characters of it around offset ``at``, with ``…`` at each end that was cut.

    A table with a sentence per row (a figure's, a name's example) then grows linearly with the
    text: a hostile text of one long sentence with thousands of items cannot copy it per item.
    """
    if end - start <= limit:
        return text[start:end]
    low = max(start, min(at - limit // 2, end - limit))
    high = low + limit
    return ("\u2026" if low > start else "") + text[low:high] + ("\u2026" if high < end else "")


# --- tokens ----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<link>(?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'"\u2019\u201d])  # web address
    | (?P<abbrev>(?:[A-Za-z]\.){2,}(?![A-Za-z]))             # U.S.  a.m.  U.K.
    | (?P<time>\d{1,2}:\d{2}(?::\d{2})?(?!\d))              # 8:04
    | (?P<number>\d+(?:[.,]\d+)+(?:[-\u2013]\d+(?:[.,]\d+)*)?(?=[^\W\d_])  # 1.2 of 1.2bn
      | \d+(?:[.,]\d+)*(?:[-\u2013]\d+(?:[.,]\d+)*)?(?![\w]))  # 1,200.5  9-10
    | (?P<plain>[^\W\d_]++(?![\w\-\u2010\u2011'\u2019\u02bc@]))         # most words: letters only
    | (?P<mail>\w[\w.+-]{0,63}+@[\w-]+(?:\.[\w-]+)+)           # e-mail (bounded: linear)
    | (?P<word>\w+(?:[-\u2010\u2011]\w+)*(?:['\u2019\u02bc]\w+)*)      # Sakhalin-2  O'Brien
    | (?P<punct>['\u2019\u02bc]|[^\w\s])
    """,
    re.VERBOSE,
)
_CLITIC = re.compile(
    r"(?i)(?:(?P<poss>['\u2019\u02bc]s)|n['\u2019\u02bc]t|['\u2019\u02bc](?:re|ve|ll|d|m))$"
)
_CAPITALISED_PAIR = re.compile(r"[A-Z][^\W\d_]+(?:[-\u2010\u2011][A-Z][^\W\d_]+)+$")
_HYPHENS = re.compile(r"[-\u2010\u2011]")


def lower_keeping_offsets(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets into it stay offsets into
    ``text`` (``str.lower`` turns ``İ`` into two characters; such letters are left as they are)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def normalise(token: str) -> str:
    """Lower-case a token and unify its apostrophes and hyphens (``Sakhalin‑2`` with a
    non-breaking hyphen is the term ``sakhalin-2``)."""
    return unify_apostrophes(token).translate(_HYPHEN_TABLE).lower()


_HYPHEN_TABLE = str.maketrans({"\u2010": "-", "\u2011": "-"})


_APOS_TABLE = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})


def unify_apostrophes(text: str) -> str:
    """``’``, ``ʼ``, ``′`` and a backtick become ``'`` (same length: offsets keep)."""
    return text.translate(_APOS_TABLE)


def _word_tokens(text: str, start: int, end: int) -> list[Token]:
    word = text[start:end]
    clitic = _CLITIC.search(word)
    tokens: list[Token] = []
    if clitic and clitic.start() > 0:
        kind = "possessive" if clitic.group("poss") else "clitic"
        tokens.extend(_split_pair(text, start, start + clitic.start()))
        tokens.append(
            Token(start + clitic.start(), end, clitic.group(), normalise(clitic.group()), kind)
        )
        return tokens
    return _split_pair(text, start, end)


def _split_pair(text: str, start: int, end: int) -> list[Token]:
    word = text[start:end]
    if not _CAPITALISED_PAIR.match(word):
        return [Token(start, end, word, normalise(word), "word")]
    tokens = []
    pos = start
    for hyphen in _HYPHENS.finditer(word):
        cut = start + hyphen.start()
        tokens.append(Token(pos, cut, text[pos:cut], normalise(text[pos:cut]), "word"))
        tokens.append(Token(cut, cut + 1, text[cut], "-", "punct"))
        pos = cut + 1
    tokens.append(Token(pos, end, text[pos:end], normalise(text[pos:end]), "word"))
    return tokens


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into word tokens with offsets into ``text``.

    Args:
        text: the whole text (offsets refer to it).
        start, end: the part to tokenise, e.g. one sentence's span.

    Returns:
        Tokens in order; ``text[t.start:t.end] == t.text`` for each.
    """
    end = len(text) if end is None else end
    known = abbreviations()
    tokens: list[Token] = []
    append = tokens.append
    consumed = -1  # the end of a period joined to the abbreviation before it
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if s < consumed:
            continue
        kind = match.lastgroup
        if kind == "mail":
            kind = "link"  # a web or e-mail address: one token, no term
        if kind == "plain":
            word = match.group()
            parts = [Token(s, e, word, word.lower(), "word")]
        elif kind == "word":
            parts = _word_tokens(text, s, e)
        else:
            append(Token(s, e, match.group(), normalise(match.group()), kind))
            continue
        last = parts[-1]
        # "Mr" + "." is one token "Mr." when the word is a known abbreviation.
        if e < end and text[e] == "." and last.kind == "word" and last.norm in known:
            parts[-1] = Token(
                last.start, e + 1, text[last.start : e + 1], last.norm + ".", "abbrev"
            )
            consumed = e + 1
        tokens.extend(parts)
    return tokens


# --- tables ----------------------------------------------------------------------------------


def sentence_table(
    documents: pd.DataFrame, *, spans: list[list[tuple[int, int]]] | None = None
) -> pd.DataFrame:
    """One row per sentence of every document.

    Args:
        documents: a frame with ``doc_id`` and ``text`` columns.
        spans: each document's ``split_sentences`` spans, in the order of ``documents``, when
            the caller has them already (split here when ``None``).

    Returns:
        Columns ``doc_id``, ``sentence_id`` (0-based within the document), ``start``, ``end``.
    """
    if spans is None:
        spans = [split_sentences(text) for text in documents["text"]]
    doc_ids = documents["doc_id"].tolist()
    if len(spans) != len(doc_ids):
        raise ValueError(f"{len(spans)} span lists for {len(doc_ids)} documents")
    sizes = np.fromiter(map(len, spans), "int64", len(spans))
    flat = np.array(list(chain.from_iterable(spans)), dtype="int64").reshape(-1, 2)
    first = np.cumsum(sizes) - sizes
    frame = pd.DataFrame(
        {
            "doc_id": np.repeat(np.array(doc_ids, dtype=object), sizes).tolist(),
            "sentence_id": np.arange(len(flat), dtype="int64") - np.repeat(first, sizes),
            "start": flat[:, 0],
            "end": flat[:, 1],
        }
    )
    return frame


def token_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per token of every document (large: ask for it only when needed).

    Args:
        documents: a frame with ``doc_id`` and ``text`` columns.

    Returns:
        Columns ``doc_id``, ``sentence_id``, ``start``, ``end``, ``token``, ``norm``, ``kind``.
    """
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        for sentence_id, (s, e) in enumerate(split_sentences(text)):
            rows.extend(
                (doc_id, sentence_id, t.start, t.end, t.text, t.norm, t.kind)
                for t in tokenize(text, s, e)
            )
    columns = ["doc_id", "sentence_id", "start", "end", "token", "norm", "kind"]
    return pd.DataFrame(rows, columns=columns)


# Characters a terminal obeys rather than shows: C0 controls but tab and newline, DEL, C1
# controls (ESC starts the sequences that clear a screen or write the clipboard), and the bidi
# overrides that show a text in another order.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` for a terminal: each control character (see ``_UNPRINTABLE``) as ``\\xNN`` or
    ``\\uNNNN``, so corpus text printed in a table or a warning is shown, never obeyed."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)
