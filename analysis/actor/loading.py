"""Reading the actor dictionary: the shipped ``analysis/data/actors.yml``, extended or overridden
by a user file, checked against the schema and built into a ``Dictionary``.

The only place that reads the dictionary files; the shipped dictionary alone is read once and
cached (worker processes warm that cache through ``analysis.actors.load_dictionary``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from analysis.actor.dictionary import LIST_FIELDS, Actor, Dictionary
from analysis.config import YAML_LOADER, data_file

ACTOR_TYPES = ("country", "person", "organisation", "party", "company", "media", "project", "place")


class DictionaryError(ValueError):
    """An actor dictionary file that does not follow the schema in ``analysis/data/actors.yml``."""


def load_dictionary(path: str | Path | None = None) -> Dictionary:
    """Read the shipped actor dictionary, extended or overridden by a user file.

    Args:
        path: a YAML file with the schema of ``analysis/data/actors.yml``. Its actors replace the
            fields they give of shipped actors with the same id, add new ids, and ``remove: true``
            drops one; its titles and government words are added. ``None``: the shipped file
            alone (read once and cached).

    Returns:
        A ``Dictionary`` ready for matching.

    Raises:
        FileNotFoundError: when ``path`` does not exist.
        DictionaryError: when a file does not follow the schema.
    """
    if path is None:
        return _default_dictionary()
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: actor dictionary not found")
    base = _read_raw(data_file("actors.yml"))
    user = _read_raw(path, _UserLoader)
    actors = dict(base["actors"])
    for actor_id, fields in user["actors"].items():
        if fields.get("remove"):
            actors.pop(actor_id, None)
        elif actor_id in actors:
            actors[actor_id] = {**actors[actor_id], **fields}
        else:
            actors[actor_id] = fields
    return _build(
        actors,
        base["titles"] + [t for t in user["titles"] if t not in base["titles"]],
        base["government_words"]
        + [w for w in user["government_words"] if w not in base["government_words"]],
        (str(data_file("actors.yml")), str(path)),
        base["not_actors"] + user["not_actors"],
        base["not_names"] + user["not_names"],
        origin=str(path),
    )


@cache
def _default_dictionary() -> Dictionary:
    base = _read_raw(data_file("actors.yml"))
    return _build(
        base["actors"],
        base["titles"],
        base["government_words"],
        (str(data_file("actors.yml")),),
        base["not_actors"],
        base["not_names"],
        origin="analysis/data/actors.yml",
    )


def dictionary_file(
    corpus_path: str | Path, *, actors_file: str | Path | None = None
) -> Path | None:
    """The user dictionary for a corpus: ``actors_file`` if given, else an ``actors.yml`` beside it.

    Returns:
        The file's path, or None when the shipped dictionary alone applies.
    """
    if actors_file is not None:
        return Path(actors_file)
    corpus_path = Path(corpus_path)
    folder = corpus_path if corpus_path.is_dir() else corpus_path.parent
    beside = folder / "actors.yml"
    return beside if beside.is_file() else None


def corpus_dictionary(
    corpus_path: str | Path, *, actors_file: str | Path | None = None
) -> Dictionary:
    """The dictionary for a corpus: ``actors_file`` if given, else an ``actors.yml`` next to it.

    Args:
        corpus_path: the corpus file or folder.
        actors_file: an explicit user dictionary; wins over one found next to the corpus.

    Returns:
        The shipped dictionary, extended by the user file when there is one.
    """
    return load_dictionary(dictionary_file(corpus_path, actors_file=actors_file))


class _UserLoader(yaml.SafeLoader):
    """The YAML reader of a user's dictionary, which may come with an untrusted corpus (an
    ``actors.yml`` beside it is read by itself): aliases (``*name``) are refused, as a dictionary
    needs none and a few lines of them expand to gigabytes ("billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.YAMLError(
                f"a YAML alias at line {mark.line + 1}: aliases are not allowed in a dictionary"
            )
        return super().compose_node(parent, index)


def _read_raw(path: Path, loader=YAML_LOADER) -> dict:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    except yaml.YAMLError as error:
        raise DictionaryError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(raw, dict):
        raise DictionaryError(f"{path}: expected a mapping with an 'actors' list")
    actors: dict[str, dict] = {}
    for i, item in enumerate(raw.get("actors") or []):
        if not isinstance(item, dict) or not item.get("id"):
            raise DictionaryError(f"{path}: actor #{i + 1} has no id")
        if item["id"] in actors:
            raise DictionaryError(f"{path}: actor id {item['id']!r} appears twice")
        actors[str(item["id"])] = {k: v for k, v in item.items() if k != "id"}
    return {
        "actors": actors,
        "titles": [str(t) for t in raw.get("titles") or []],
        "government_words": [str(w) for w in raw.get("government_words") or []],
        "not_actors": [str(w) for w in raw.get("not_actors") or []],
        "not_names": [str(w) for w in raw.get("not_names") or []],
    }


def _build(
    actors: dict[str, dict],
    titles,
    government_words,
    source,
    not_actors,
    not_names=(),
    *,
    origin: str,
) -> Dictionary:
    built = {}
    for actor_id, fields in actors.items():
        name = str(fields.get("name") or "")
        kind = str(fields.get("type") or "")
        if not name:
            raise DictionaryError(f"{origin}: actor {actor_id!r} has no name")
        if kind not in ACTOR_TYPES:
            raise DictionaryError(
                f"{origin}: actor {actor_id!r} has type {kind!r}; expected one of {', '.join(ACTOR_TYPES)}"
            )
        bare = str(fields.get("bare_surname") or "yes")
        if bare not in ("yes", "named", "no"):
            raise DictionaryError(
                f"{origin}: actor {actor_id!r}: bare_surname must be yes, named or no"
            )
        perspectives = fields.get("perspectives") or {}
        surname = str(fields.get("surname") or (name.split()[-1] if kind == "person" else ""))
        built[actor_id] = Actor(
            id=actor_id,
            name=name,
            type=kind,
            affiliation=str(fields.get("affiliation") or ""),
            role=str(fields.get("role") or ""),
            surname=surname,
            bare_surname=bare,
            perspectives=tuple((str(k), str(v)) for k, v in perspectives.items()),
            **{f: tuple(str(a) for a in fields.get(f) or []) for f in LIST_FIELDS},
        )
    for actor in built.values():
        if actor.affiliation and actor.affiliation not in built:
            built[actor.id] = replace(actor, affiliation="")
    return Dictionary(
        built,
        tuple(titles),
        tuple(government_words),
        tuple(source),
        frozenset(w.lower() for w in not_actors),
        tuple(not_names),
    )
