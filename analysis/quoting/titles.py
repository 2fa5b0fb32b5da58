"""Titles and names in quotation marks, which are no quotations: a work and its author (``“They
Fought for their Homeland” by Mikhail Sholokhov``), a title-cased name after the word that says
what it names (``the festival “Russian Seasons”``, ``the “Power of Siberia” project``, ``a plan
called “Open Skies”``), and a name of one or two capitalised words (``the “Twenty” concept``).
"""

from __future__ import annotations

import re

# The words that say a quoted name follows (or, for the nouns, precedes them: `the "X" project`).
_NAMED = (
    r"book|books|film|films|movie|novel|novels|play|poem|song|opera|ballet|exhibition|programme|"
    r"program|project|operation|concept|festival|forum|campaign|initiative|plan|doctrine|"
    r"strategy|award|prize|order|medal"
)
_NAMING_BEFORE = re.compile(
    rf"\b(?:{_NAMED}|called|named|entitled|titled|dubbed)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE
)
_NAMING_AFTER = re.compile(rf"\s*(?:{_NAMED})\b", re.IGNORECASE)
_BY_AUTHOR = re.compile(r"\s*by\s+(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z]")
# The short words a title leaves in lower case: `Fall of the Wall`.
_TITLE_WORDS = frozenset("a an the and or of for in on to at by with from".split())
_SENTENCE_PUNCTUATION = re.compile(r"[.,!?;:]")
MAX_TITLE_WORDS = 8
MAX_NAME_WORDS = 2


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the quoted ``text[start:end]`` names a work or a thing rather than quoting words.

    Args:
        text: the document's text.
        start: where the quoted text starts (after its opening mark).
        end: where it ends (before its closing mark).

    Returns:
        True for a title followed by its author, a title-cased name of at most
        ``MAX_TITLE_WORDS`` words after or before a word that says what it names, and any
        title-cased name of at most ``MAX_NAME_WORDS`` words.
    """
    quote = text[start:end]
    after = end + 1 if text[end : end + 1] in "\u201d\u00bb\"\u201c'\u2019" else end
    if quote[-1:] not in ".,!?;:" and _BY_AUTHOR.match(text, after):
        return True
    words = quote.split()
    if len(words) > MAX_TITLE_WORDS or not _title_cased(words, quote):
        return False
    before = text[max(0, start - 41) : max(0, start - 1)]
    if len(words) <= MAX_NAME_WORDS:
        return not _SPOKEN_BEFORE.search(before)  # but they answered “Yes”, he said: “Never”
    return bool(_NAMING_BEFORE.search(before) or _NAMING_AFTER.match(text, after))


# A verb of speech right before a short quote: the words were spoken, not a name.
_SPOKEN_BEFORE = re.compile(
    r"(?<!\b[Yy]ou )(?<!\bI )"  # "You said “Russia”": a word under discussion, not speech
    r"\b(?:said|says|say|answered|answer|replied|reply|asked|shouted|exclaimed|added|wrote)"
    r"(?:\s+(?:him|her|them|us|me))?\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _title_cased(words: list[str], quote: str) -> bool:
    """Every word capitalised but a title's short words, and no sentence punctuation."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and not _SENTENCE_PUNCTUATION.search(quote)
        and all(word[:1].isupper() or word in _TITLE_WORDS for word in words)
    )
