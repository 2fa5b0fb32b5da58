"""Quotation spans: the quotation marks of a text, paired and nested, with the apostrophes
told apart (the rules are stated in the ``analysis.quotes`` docstring). Apart from attribution, so
that how a quote is found can be read and changed alone.
"""

from __future__ import annotations

import bisect
import re

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
        Spans in text order, trimmed of whitespace, never empty, across paragraphs only when the
        Kremlin's style closes them there (``MAX_PARAGRAPHS``); only the outermost of nested
        quotes.
    """
    return [(start, end) for start, end, _ in flagged_spans(text)]


# How many quotation marks after a possible apostrophe are searched for a clearer closing mark.
_LOOK_AHEAD = 64


# Quotes open inside one another at most this deep; marks opened deeper (a hostile run of
# "'a 'b 'c ...") are let go, so that each closing mark is looked for in a bounded stack.
_MAX_DEPTH = 16


def flagged_spans(text: str) -> list[tuple[int, int, bool]]:
    """Like ``quote_spans``, with a flag for quotes in straight single marks."""
    marks = _marks(text)
    spans = []
    stack: list[tuple[str, int]] = []  # the open quotes, outermost first: (opening kind, offset)
    paragraph_end = 0
    closed_until = -1  # the index of the mark closing a quote over paragraphs
    family = _families(marks)
    for index, (offset, kind) in enumerate(marks):
        if index <= closed_until:
            continue  # inside a quote over paragraphs
        if stack and offset > paragraph_end:
            opener, open_at = stack[0]
            closed_until = _closing_later(text, marks, family, index, opener, open_at)
            if closed_until >= 0:
                spans.append((open_at + 1, marks[closed_until][0], False))
                stack = []
                continue
            if opener in _CLOSING or (opener == "\u2018" and opens_paragraph(text, open_at)):
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
            if len(stack) > _MAX_DEPTH:  # no text nests so deep: the outermost and the latest
                del stack[1 : len(stack) - _MAX_DEPTH + 1]  # are kept, in linear time
        if len(stack) == 1 and stack[0][1] == offset:
            paragraph_end = line_end(text, offset + 1)
    if stack:
        opener, open_at = stack[0]
        if opener in _CLOSING or (opener == "\u2018" and opens_paragraph(text, open_at)):
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


# How far a quote over paragraphs may run (the Kremlin's style, closed only in its last
# paragraph): an opening mark left unclosed by mistake must not swallow the rest of a document.
MAX_PARAGRAPHS = 12
MAX_CHARACTERS = 8000
# The marks with a closing mark of their own; `„` closes with `“`, which may open, and `"` opens
# and closes alike, so their runs over paragraphs cannot be told from a mark left unclosed.
_OVER_PARAGRAPHS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}


def _families(marks: list[tuple[int, str]]) -> dict[str, list[int]]:
    """The indices of the marks of each pair (``“`` and ``”``, ``«`` and ``»``), by opening mark."""
    family: dict[str, list[int]] = {opener: [] for opener in _OVER_PARAGRAPHS}
    for index, (_, kind) in enumerate(marks):
        for opener, closer in _OVER_PARAGRAPHS.items():
            if kind in (opener, closer):
                family[opener].append(index)
    return family


def _closing_later(text, marks, family, index: int, opener: str, open_at: int) -> int:
    """The index of the mark that closes a quote left open at its paragraph's end, or -1.

    The next mark of its pair from ``index`` on must close it, within ``MAX_PARAGRAPHS`` and
    ``MAX_CHARACTERS``, opening and closing marks standing as such (not ``”pinch“ foreign``):
    another opening mark first (wire copy reopening each paragraph, or a new quote) means the
    quote ran to its paragraph's end only.
    """
    if opener not in _OVER_PARAGRAPHS:
        return -1
    indices = family[opener]
    at = bisect.bisect_left(indices, index)
    if at == len(indices):
        return -1
    close_at, kind = marks[indices[at]]
    if (
        kind != _OVER_PARAGRAPHS[opener]
        or close_at - open_at > MAX_CHARACTERS
        # marks the wrong way round: `”pinch“ foreign`, `priorities.“\n\nI am sure`
        or text[open_at + 1 : open_at + 2].isspace()
        or text[close_at - 1].isspace()
        or text[close_at + 1 : close_at + 2].isalnum()
    ):
        return -1
    paragraphs = sum(1 for line in text[open_at:close_at].split("\n") if line.strip())
    return indices[at] if paragraphs <= MAX_PARAGRAPHS else -1


def line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline


def opens_paragraph(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \"'\u201c\u201e\u00ab\u2018")
