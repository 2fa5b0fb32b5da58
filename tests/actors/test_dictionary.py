"""The actor dictionary: the shipped file, user files that extend it, and schema errors."""

import pytest

from analysis.actors import DictionaryError, corpus_dictionary, find_mentions, load_dictionary
from tests.actors.conftest import documents


def test_shipped_dictionary_is_cached():
    assert load_dictionary() is load_dictionary()


@pytest.mark.parametrize(
    ("actor_id", "actor_type", "affiliation"),
    [
        ("russia", "country", ""),
        ("sanae-takaichi", "person", "japan"),
        ("russian-foreign-ministry", "organisation", "russia"),
        ("maria-zakharova", "person", "russian-foreign-ministry"),
        ("liberal-democratic-party-japan", "party", "japan"),
        ("sakhalin-2", "project", "russia"),
        ("southern-kurils", "place", ""),
    ],
)
def test_shipped_actor_has_type_and_affiliation(actor_id, actor_type, affiliation):
    actor = load_dictionary().actors[actor_id]
    assert (actor.type, actor.affiliation) == (actor_type, affiliation)


def test_every_affiliation_names_an_actor():
    dictionary = load_dictionary()
    assert {a.affiliation for a in dictionary.actors.values()} - {""} <= set(dictionary.actors)


def test_user_file_adds_overrides_and_removes(tmp_path):
    user = tmp_path / "actors.yml"
    user.write_text(
        "titles: [Academician]\n"
        "actors:\n"
        "  - {id: acme, name: Acme Energy, type: company, acronyms: [AEC]}\n"
        "  - {id: tass, name: TASS news agency}\n"
        "  - {id: china, remove: true}\n",
        encoding="utf-8",
    )
    dictionary = load_dictionary(user)
    found = find_mentions(
        documents(
            "AEC and Acme Energy told TASS about China. Academician Abiru met Taisuke Abiru."
        ),
        dictionary=dictionary,
    )
    assert found[["surface", "actor"]].values.tolist() == [
        ["AEC", "Acme Energy"],
        ["Acme Energy", "Acme Energy"],
        ["TASS", "TASS news agency"],  # the override kept the shipped acronym, changed the name
        ["Academician Abiru", "Taisuke Abiru"],  # the user's title joins the shipped ones
        ["Taisuke Abiru", "Taisuke Abiru"],
    ]


def test_a_user_file_adds_not_names(tmp_path):
    user = tmp_path / "actors.yml"
    user.write_text("not_names: [Moscow Mule]\nactors: []\n", encoding="utf-8")
    text = "He ordered a Moscow mule in Moscow. Trade with Latin America grew."
    assert find_mentions(documents(text))["surface"].tolist() == ["Moscow", "Moscow"]
    found = find_mentions(documents(text), dictionary=load_dictionary(user))
    assert found["surface"].tolist() == ["Moscow"]  # and the shipped "Latin America" stays


def test_dictionary_beside_the_corpus_is_used(tmp_path):
    (tmp_path / "actors.yml").write_text(
        "actors:\n  - {id: acme, name: Acme Energy, type: company}\n", encoding="utf-8"
    )
    corpus_file = tmp_path / "corpus.jsonl"
    corpus_file.write_text("", encoding="utf-8")
    assert "acme" in corpus_dictionary(tmp_path).actors
    assert "acme" in corpus_dictionary(corpus_file).actors


def test_corpus_without_a_dictionary_gets_the_shipped_one(tmp_path):
    assert corpus_dictionary(tmp_path) is load_dictionary()


def test_explicit_actors_file_wins_over_the_one_beside_the_corpus(tmp_path):
    (tmp_path / "actors.yml").write_text("actors:\n  - {id: a1, name: Alpha, type: company}\n")
    other = tmp_path / "other.yml"
    other.write_text("actors:\n  - {id: b1, name: Beta, type: company}\n")
    ids = set(corpus_dictionary(tmp_path, actors_file=other).actors)
    assert ("b1" in ids, "a1" in ids) == (True, False)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors:\n  - {name: Nameless id}\n", "has no id"),
        ("actors:\n  - {id: x, name: X, type: planet}\n", "type 'planet'"),
        ("actors:\n  - {id: x, type: company}\n", "has no name"),
        ("actors: [\n", "not valid YAML"),
    ],
)
def test_schema_errors_name_the_file_and_actor(tmp_path, content, message):
    user = tmp_path / "bad.yml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(user)


def test_missing_user_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.yml"):
        load_dictionary(tmp_path / "nope.yml")


def test_a_user_dictionary_with_yaml_aliases_is_refused_at_once(tmp_path):
    # 'billion laughs': nine lines that expand to 9**7 strings (3.4 GB and 44 s before)
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 8)]
    path = tmp_path / "actors.yml"
    path.write_text("\n".join([*lines, "titles: [*a7]", "actors: []"]) + "\n")
    with pytest.raises(DictionaryError, match="alias at line 2"):
        load_dictionary(path)
    # the shipped dictionary's loader is unchanged: a user file without aliases still loads
    (tmp_path / "plain.yml").write_text(
        "actors:\n  - id: acme\n    name: Acme Corp\n    type: company\n"
    )
    assert "acme" in load_dictionary(tmp_path / "plain.yml").actors
