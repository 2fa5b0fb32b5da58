"""Whose party a party's name is: ``Republican Party``, ``Democrats``, ``Labour`` or ``Social
Democrats`` name a party in many countries.

A party's name is a mention of the dictionary's party only in a document that names the party's
country, or a person or body of it (a story about Chile names Chile, not the United States), and
not right after another country (``Chile's Republican Party``, ``Chilean``) or before ``of`` and
another country (``Democratic Party of Japan``). When several parties share a name (``Social
Democrats``), the one whose country the document names wins; with none or more than one, the name
is left out. A party's name of one word that opens a longer name is no party (``Labour Day``,
``Hero of Labour``).
"""

from __future__ import annotations

import re

from analysis.actor.context import Words
from analysis.actor.dictionary import Actor, Dictionary, Entry
from analysis.actor.places import one_word_name_inside_another

_ADJACENT_BEFORE = re.compile(r"(?:['\u2019]s)?[ \u00a0]\Z")
_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")


def country_of(actor_id: str, actors: dict[str, Actor]) -> str:
    """The country an actor belongs to, through its affiliations ('' when none)."""
    for _ in range(5):  # a ministry's spokeswoman: person -> ministry -> country
        actor = actors.get(actor_id)
        if actor is None:
            return ""
        if actor.type == "country":
            return actor.id
        actor_id = actor.affiliation
    return ""


def document_countries(mentions: list, actors: dict[str, Actor]) -> set[str]:
    """The countries a document names, itself or through a person or body of it."""
    return {country_of(m[2], actors) for m in mentions if actors[m[2]].type != "party"} - {""}


def resolve_parties(
    text: str,
    found: list[tuple[int, int, tuple[Entry, ...]]],
    mentions: list,
    dictionary: Dictionary,
    words: Words,
) -> list[list]:
    """The party mentions among matches of parties' names.

    Args:
        text: the document's text.
        found: ``(start, end, entries)`` of the matches whose entries name parties.
        mentions: the document's other mentions, ``[start, end, actor_id, how, perspective]``.
        dictionary: the dictionary, for its actors and title words.
        words: the text's words (``analysis.actor.context.Words``).

    Returns:
        ``[start, end, actor_id, how, perspective]`` for each match that names a party of the
        dictionary (see the module's docstring).
    """
    actors = dictionary.actors
    countries = document_countries(mentions, actors)
    starting, ending = {}, {}  # where the document's country mentions start and end
    for start, end, actor_id, *_ in mentions:
        if actors[actor_id].type == "country":
            starting[start], ending[end] = actor_id, actor_id
    out = []
    starts = {m[0] for m in mentions} | {f[0] for f in found}
    ends = {m[1] for m in mentions} | {f[1] for f in found}
    for start, end, entries in found:
        if one_word_name_inside_another(
            text, start, end, "party", words, starts, ends, dictionary.title_words
        ):
            continue  # Labour Day, Hero of Labour: no party
        before = _ADJACENT_BEFORE.search(text, max(0, start - 3), start)
        after = _OF_AFTER.match(text, end)
        beside = {
            ending.get(before.start()) if before else None,
            starting.get(after.end()) if after else None,
        } - {None}
        fits = [
            e
            for e in entries
            if actors[e.actor_id].type == "party"
            and (not (own := country_of(e.actor_id, actors)) or own in countries)
            and not beside - {own}
        ]
        if len({e.actor_id for e in fits}) == 1:
            entry = fits[0]
            out.append([start, end, entry.actor_id, entry.how, entry.perspective])
    return out
