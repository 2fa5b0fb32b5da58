"""Known artefacts in the text of research news datasets, taken off before the text is read:
Multi-News' ``|||||`` between its source articles, AG News' backslashes for line breaks
(``dwindling\\band``) and entity remnants (``#36;`` for ``$``), and the header CNN/Daily Mail
keeps at the top of its Daily Mail stories (``By . Daily Mail Reporter . PUBLISHED: . 12:23 EST,
3 March 2013 . | . UPDATED: . 14:02 EST, 3 March 2013 .``).

Each is looked for by a plain substring test first, so text without them costs nothing, and each
pattern is bounded: hostile text is read in linear time.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Multi-News joins the source articles of one summary with "|||||".
_SOURCE_SEPARATOR = "|||||"
# AG News: "&#36;" lost its "&" ("#36;" is "$", "#39;" an apostrophe); only the codes of
# printable Latin-1 (32-255), so that "#10;" stays as written.
_ENTITY_REMNANT = re.compile(r"(?<![&\w])#(\d{2,4});")
# AG News: a backslash where a line broke ("Group,\which"), between a word or a mark and a
# letter; a backslash anywhere else (a path, a shrug) is left.
_LINE_BREAK_BACKSLASH = re.compile(r"(?<=[\w,.;:!?'\")])\\(?=[A-Za-z])")
# CNN/Daily Mail: "By . Name . [and Name . ]PUBLISHED: . <when> . | . UPDATED: . <when> . " or
# "Last updated at <when> . "; the published date is read (the update's is not the story's).
_NAME = r"[^.|\n]{1,80}?"
_WHEN = r"[^.|\n]{1,60}?"
_DAILY_MAIL_HEADER = re.compile(
    rf"(?:By \. {_NAME} \. (?:and {_NAME} \. )?)?"
    rf"(?:PUBLISHED: \. (?P<published>{_WHEN}) \. (?:\| \. UPDATED: \. {_WHEN} \. ?)?"
    rf"|Last updated at {_WHEN} \. ?)"
    rf"|By \. {_NAME} \. (?:and {_NAME} \. )?"
)


@dataclass(frozen=True)
class Cleaned:
    """A text without its dataset artefacts, and the date a Daily Mail header gave (or "")."""

    text: str
    published: str = ""


def without_artefacts(text: str) -> Cleaned:
    """The text without the known dataset artefacts; Multi-News' source articles become
    paragraphs.

    Args:
        text: a record's text field, as given.

    Returns:
        The text cleaned, and the published date of a Daily Mail header (else empty).
    """
    published = ""
    if text.startswith(("By . ", "PUBLISHED: . ", "Last updated at ")):
        header = _DAILY_MAIL_HEADER.match(text)
        if header:
            published = (header.group("published") or "").strip()
            text = text[header.end() :].lstrip()
    if _SOURCE_SEPARATOR in text:
        parts = (part.strip() for part in text.split(_SOURCE_SEPARATOR))
        text = "\n\n".join(part for part in parts if part.strip("|").strip())
    if "#" in text and ";" in text:
        text = _ENTITY_REMNANT.sub(_entity, text)
    if "\\" in text:
        text = _LINE_BREAK_BACKSLASH.sub(" ", text)
    return Cleaned(text, published)


def _entity(match: re.Match) -> str:
    code = int(match.group(1))
    return html.unescape(f"&#{code};") if 32 <= code <= 255 else match.group()
