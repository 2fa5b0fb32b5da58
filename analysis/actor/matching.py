"""The dictionary's matches in one text, before context decides what they refer to.

One pass of the automaton over the text's haystack (``analysis.actor.dictionary.haystack``) finds
every name on word boundaries; acronyms are then checked against the text as written and a
capitalised name against a word written in lower case, and of overlapping matches the longest
one starting first wins.
"""

from __future__ import annotations

import re

from analysis.actor.dictionary import Dictionary, Entry, haystack


def candidates(text: str, dictionary: Dictionary) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """All dictionary matches on word boundaries, before overlaps are resolved.

    Returns:
        ``(start, -end, entries)`` triples (``-end`` so a plain sort puts the longest first).
    """
    found = []
    if not len(dictionary.automaton):
        return found
    # haystack index i is text index i - 1; a match spans the padding space on each side
    for last, (length, entries, has_acronym) in dictionary.automaton.iter(
        haystack(text, lower=True)
    ):
        start = last - length + 1
        if has_acronym or text[start].islower():
            surface = text[start : last - 1]
            entries = tuple(e for e in entries if _case_fits(surface, e))
            if not entries:
                continue
        found.append((start, 1 - last, entries))
    if any(hint in text for hint in _PATRONYMIC_HINTS):  # a substring test: most texts have none
        spans = {(start, end) for start, end, _ in found}
        found += [m for m in _with_patronymics(text, dictionary) if m[:2] not in spans]
    return found


# A Russian name with the patronymic between (TASS, Interfax): "Nikolai Gennadyevich Shulginov",
# "Elvira Sakhipzadovna Nabiullina"; the dictionary knows the first name and the surname.
_PATRONYMIC_HINTS = ("vich", "vna", "ichna")
_PATRONYMIC = re.compile(
    r"\b([A-Z][a-z]+)[ \t\u00a0]+[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|inichna)"
    r"[ \t\u00a0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def _with_patronymics(
    text: str, dictionary: Dictionary
) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """The dictionary's persons named with a patronymic between first name and surname, as
    matches of the whole name."""
    found = []
    for match in _PATRONYMIC.finditer(text):
        pattern = haystack(f"{match.group(1)} {match.group(2)}", lower=True)
        value = dictionary.automaton.get(pattern, None)
        if value is not None:
            entries = tuple(e for e in value[1] if e.how in ("exact", "alias"))
            if entries:
                found.append((match.start(), -match.end(), entries))
    return found


def _case_fits(surface: str, entry: Entry) -> bool:
    """Acronyms match only as written (``US``, not ``us``); names need not start lower-case."""
    if entry.how == "acronym":
        return [c for c in surface if c.isalnum()] == [c for c in entry.alias if c.isalnum()]
    return not (surface[0].islower() and entry.alias[0].isupper())


def leftmost_longest(found: list) -> list:
    found.sort()
    chosen, last_end = [], -1
    for start, negative_end, entries in found:
        if start >= last_end:
            last_end = -negative_end
            chosen.append((start, last_end, entries))
    return chosen
