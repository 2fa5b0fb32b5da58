"""What each match in a document refers to: the mentions of one text.

Bare surnames and short names resolve to an actor named in full in the document (or to the only
one that can be meant), namesakes after another given name are dropped, and a title, a
government word or a possessive ``'s`` around a name is recorded in ``how``; the rules are listed
in the docstring of ``analysis.actors``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from analysis.actor.context import (
    CAPITAL_AFTER,
    GIVEN_NAME,
    Words,
    capitalised_name_word,
    stopwords_cached,
    title_case_line,
)
from analysis.actor.dictionary import NONE, Actor, Dictionary, Entry, fold
from analysis.actor.matching import candidates, leftmost_longest
from analysis.actor.parties import resolve_parties
from analysis.actor.places import not_the_place, one_word_name_inside_another

_CONTEXTUAL = ("surname", "short")


def document_mentions(text: str, dictionary: Dictionary) -> list[tuple[int, int, str, str, str]]:
    """Mentions in one text as ``(start, end, actor_id, how, perspective)``, in text order."""
    # a not-name ("Latin America", "Bank of China") takes its words from every name inside it
    # (a not-name's entry comes after any actor's with the same words: the last one tells)
    chosen = [c for c in leftmost_longest(candidates(text, dictionary)) if c[2][-1].how != NONE]
    words = Words(text)
    ends = {c[1] for c in chosen}  # where names of the dictionary end
    starts = {c[0] for c in chosen}
    resolved: list = []
    named: dict[str, list[int]] = {}  # actor id -> starts of its full-name mentions
    pending = []
    parties = []
    actors = dictionary.actors
    for start, end, entries in chosen:
        entry = entries[0]
        kind = actors[entry.actor_id].type
        if kind in ("country", "place") and not_the_place(
            text, start, end, entry, kind, words, starts, ends, dictionary.title_words
        ):
            continue  # Jordan Henderson, Tokyo Electron, the Italian said: not the place
        if kind in ("company", "media", "organisation") and one_word_name_inside_another(
            text, start, end, kind, words, starts, ends, dictionary.title_words
        ):
            continue  # Ilir Meta, Michael Bloomberg: a person, not the company
        if kind == "party" and entry.how not in _CONTEXTUAL:
            parties.append((start, end, entries))  # whose party: once the countries are known
            continue
        if entry.how in _CONTEXTUAL:
            fixed = [e for e in entries if e.how not in _CONTEXTUAL]
            if not fixed:
                pending.append((start, end, entries))
                continue
            entry = fixed[0]
        resolved.append([start, end, entry.actor_id, entry.how, entry.perspective])
        if entry.actor_id in named:
            named[entry.actor_id].append(start)
        else:
            named[entry.actor_id] = [start]
    ends = {m[1]: m[2] for m in resolved} if pending else {}
    shadows = _shadowed_surnames(text, pending, dictionary, words)
    for start, end, entries in pending:
        if entries[0].how == "surname" and _another_given_name_after(text, end, words, starts):
            continue  # Kim Yo-jong, Li Hui, Wang Ting-yu: the family name of another person
        title = dictionary.title_re.search(text, max(0, start - 40), start)
        if entries[0].how == "short":
            entries = _owned_by_adjacent_country(text, start, entries, ends, actors)
        choices = [e for e in entries if e.actor_id in named]
        employer = None
        if (
            not choices
            and entries
            and entries[0].how == "surname"
            and not _NAME_GOES_ON.match(text, end)
        ):
            employer = _employer_before(text, start, entries, ends, actors)
        if employer is not None:
            entry = employer  # Gazprom's Miller, Rosneft chief Sechin: named by the employer
            title = title or _EMPLOYER
            named.setdefault(entry.actor_id, []).append(start)
        elif choices:
            entry = _nearest(choices, named, start)
        else:
            entry = None
            if entries and entries[0].how == "short":
                entry = _owned_by_named_country(entries, named, actors)
            elif len(entries) == 1:
                only = entries[0]
                actor = actors[only.actor_id]
                if only.how == "surname" and dictionary.surname_count[fold(actor.surname)] == 1:
                    if actor.bare_surname == "yes" or title is not None:
                        entry = only
        if entry is None:
            continue
        actor = actors[entry.actor_id]
        if entry.how == "surname" and actor.id in shadows:
            if _shadow_is_nearer(shadows[actor.id], named.get(actor.id, []), start):
                continue
        if entry.how == "surname" and actor.bare_surname == "no" and title is None:
            continue
        how = entry.how
        if entry.how == "surname" and title is _EMPLOYER:
            how = "employer"
        elif entry.how == "surname" and title is not None:
            start, how = title.start(), "title"
        resolved.append([start, end, entry.actor_id, how, entry.perspective])
    if parties:
        resolved += resolve_parties(text, parties, resolved, dictionary, words)
    persons = dictionary.persons
    for mention in resolved:
        start, end, actor_id, how, _ = mention
        if how not in ("exact", "alias", "surname"):
            continue
        if actor_id in persons:
            government = dictionary.government_re.match(text, end)
            if government:
                mention[1], mention[3] = government.end(), "government"
                continue
        if how != "surname" and text.startswith(_POSSESSIVES, end):
            if end + 2 >= len(text) or not text[end + 2].isalnum():
                mention[3] = "possessive"
    if pending or parties:
        resolved.sort()
    return [tuple(m) for m in resolved]


_POSSESSIVES = ("'s", "\u2019s", "\u02bcs", "'S", "\u2019S")
_ADJACENT = re.compile(r"(?:['\u2019]s)?[ \u00a0]$")


def _other_given_name(
    text: str, start: int, actor: Actor, dictionary: Dictionary, words: Words
) -> bool:
    """True when a bare surname follows a given name not the person's (``Matthew Miller``).

    The word before must look like a name: capitalised, not a stop word, not a word the text also
    writes in lower case, and with another first letter than the person's given names
    (``Alexandr Lukashenko`` stays Alexander Lukashenko).
    """
    found = GIVEN_NAME.search(text, max(0, start - 30), start)
    initials = dictionary.initials.get(actor.id)
    if found is None or not initials:
        return False
    word = found.group(1)
    lowered = word.lower()
    if lowered[0] in initials or lowered in stopwords_cached():
        return False
    return lowered not in words


def _another_given_name_after(text: str, end: int, words: Words, starts: set[int]) -> bool:
    """Whether a bare surname goes on with another given name: ``Kim Yo-jong``, ``Li Hui``
    (not in a headline: "Putin Warns West"; not before another name of the dictionary:
    "Putin-Zelensky meeting")."""
    after = CAPITAL_AFTER.match(text, end)
    return (
        bool(after)
        and after.start(1) not in starts
        and capitalised_name_word(after.group(1), words)
        and not title_case_line(text, end)
    )


def _shadowed_surnames(
    text: str, pending: list, dictionary: Dictionary, words: Words
) -> dict[str, list[int]]:
    """Person id -> starts of their surname written after another given name (another person)."""
    shadows: dict[str, list[int]] = {}
    for start, _, entries in pending:
        for entry in entries:
            if entry.how != "surname" or dictionary.title_re.search(
                text, max(0, start - 40), start
            ):
                continue
            if _other_given_name(text, start, dictionary.actors[entry.actor_id], dictionary, words):
                shadows.setdefault(entry.actor_id, []).append(start)
    return shadows


def _shadow_is_nearer(shadow: list[int], full: list[int], start: int) -> bool:
    """Whether a surname at ``start`` belongs to the namesake rather than the dictionary's person.

    True at the namesake itself, when the namesake was named after the person's last full name
    before ``start``, and when nothing came before and the person is never named in full.
    """
    # Both lists are in text order: bisect, so that a text of many mentions stays linear-ish.
    at = bisect_right(shadow, start)
    last_shadow = shadow[at - 1] if at else -1
    at = bisect_left(full, start)
    last_full = full[at - 1] if at else -1
    if last_shadow == last_full == -1:
        return not full
    return last_shadow > last_full


# what may stand between an organisation and the surname of one of its people: a possessive
# and a few words of office ("Gazprom's Miller", "Rosneft chief executive Sechin")
_EMPLOYER_GAP = re.compile(
    r"(?:['\u2019]s)?(?:[ \u00a0]+(?:chief|executive|head|boss|ceo|chairman|president|director|"
    r"founder|spokesman|spokeswoman|spokesperson|leader|owner|deputy|general|manager)){0,3}"
    r"[ \u00a0]+",
    re.IGNORECASE,
)
# a capitalised word after the surname: another name ("China Li Keqiang", "Korea Kim Jong-il")
_NAME_GOES_ON = re.compile(r"[ \u00a0-]+[A-Z]")
_EMPLOYER = "employer"  # stands for a title: the employer names the person as a title would


def _employer_before(
    text: str, start: int, entries: tuple[Entry, ...], ends: dict[int, str], actors
) -> Entry | None:
    """The one person among a bare surname's actors whose organisation or country (its
    ``affiliation``) is named right before it, with a possessive or words of office between
    ("Gazprom's Miller", "Russia's Novak")."""
    for end in range(max(0, start - 40), start):
        org = ends.get(end)
        if org is None or actors[org].type == "person":
            continue
        if _EMPLOYER_GAP.fullmatch(text, end, start):
            works = [e for e in entries if actors[e.actor_id].affiliation == org]
            return works[0] if len(works) == 1 else None
    return None


def _owned_by_adjacent_country(
    text: str, start: int, entries: tuple[Entry, ...], ends: dict[int, str], actors
) -> tuple[Entry, ...]:
    """A short name right after a country (``Saudi Energy Ministry``) is only that country's."""
    adjacent = _ADJACENT.search(text, max(0, start - 3), start)
    country = ends.get(adjacent.start()) if adjacent else None
    if country is None or actors[country].type != "country":
        return entries
    return tuple(e for e in entries if actors[e.actor_id].affiliation == country)


def _owned_by_named_country(
    entries: tuple[Entry, ...], named: dict[str, list[int]], actors
) -> Entry | None:
    """The one organisation among a short name's actors whose country the document names.

    ``the Energy Ministry`` in a story naming Russia and not Saudi Arabia or Japan is the Russian
    Energy Ministry; companies (``Total``, ``Reliance``) still need their full name.
    """
    owned = [
        e
        for e in entries
        if actors[e.actor_id].type == "organisation" and actors[e.actor_id].affiliation in named
    ]
    countries = {actors[e.actor_id].affiliation for e in entries}
    if len(owned) == 1 and len(countries & named.keys()) == 1:
        return owned[0]
    return None


def _nearest(choices: list[Entry], named: dict[str, list[int]], start: int) -> Entry:
    """The candidate named last before ``start``, else the one named first after it.

    ``named`` lists each actor's starts in text order (bisected: many mentions stay fast).
    """
    before = []
    for e in choices:
        starts = named[e.actor_id]
        at = bisect_left(starts, start)
        if at:
            before.append((starts[at - 1], e))
    if before:
        return max(before, key=lambda pe: pe[0])[1]
    return min(choices, key=lambda e: named[e.actor_id][0])
