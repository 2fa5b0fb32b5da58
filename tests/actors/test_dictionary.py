"""The actor dictionary: the shipped file, user files that extend it, and schema errors."""

import pytest

from analysis.actor.dictionary import _patterns, fold, haystack
from analysis.actors import DictionaryError, corpus_dictionary, find_mentions, load_dictionary
from analysis.text import stopwords
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


# --- world news beyond Russia, Japan and energy ----------------------------------------------
# A review of 30 stories from many beats (2026-12) found 70 of their 321 actors (22%) in the
# dictionary. Each paragraph below is modelled on world news of 2025-2026 (shortened, names as
# written) and lists every actor a reader would see named, by the dictionary's conventions.
WORLD_NEWS = [
    (
        "Prime Minister Mark Carney said Canada would retaliate, after President Donald Trump "
        "doubled tariffs. Sir Keir Starmer and Chancellor Rachel Reeves met Bank of England "
        "Governor Andrew Bailey in Downing Street.",
        {"mark-carney", "canada", "donald-trump", "keir-starmer", "rachel-reeves",
         "bank-of-england", "andrew-bailey", "downing-street"},
    ),
    (
        "The Federal Reserve held rates; Fed Chair Jerome Powell said the ECB and the Bank of "
        "Japan faced other choices. Christine Lagarde, the European Central Bank's president, "
        "agreed with the People's Bank of China and the RBI.",
        {"federal-reserve", "jerome-powell", "ecb", "bank-of-japan", "christine-lagarde", "pboc",
         "rbi"},
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva hosted BRICS leaders; Lula met Narendra "
        "Modi and Cyril Ramaphosa, while Javier Milei of Argentina and Claudia Sheinbaum stayed "
        "away.",
        {"brazil", "luiz-inacio-lula-da-silva", "brics", "narendra-modi", "cyril-ramaphosa",
         "javier-milei", "argentina", "claudia-sheinbaum"},
    ),
    (
        "WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak in South Sudan and "
        "Rwanda was contained. UNHCR and the World Food Programme asked for funds; the African "
        "Union and the IMF pledged them.",
        {"who", "tedros-adhanom-ghebreyesus", "south-sudan", "rwanda", "unhcr", "wfp",
         "african-union", "imf"},
    ),
    (
        "Hamas and Israel agreed a ceasefire mediated by Qatar and Egypt, Al Jazeera and the BBC "
        "reported. Hezbollah and the Houthis did not comment.",
        {"hamas", "israel", "qatar", "egypt", "al-jazeera", "bbc", "hezbollah", "houthis"},
    ),
    (
        "Nvidia, Apple and Microsoft led gains; TSMC and Samsung Electronics fell, and "
        "JPMorgan Chase and Goldman Sachs cut their forecasts. Volkswagen and BYD were flat.",
        {"nvidia", "apple", "microsoft", "tsmc", "samsung", "jpmorgan", "goldman-sachs",
         "volkswagen", "byd"},
    ),
    (
        "Labour lost the by-election to Reform UK; the Conservatives and the Liberal Democrats "
        "came third and fourth in Britain. In Germany the CDU and the SPD formed a coalition "
        "without the AfD.",
        {"labour-party-uk", "reform-uk", "conservative-party-uk", "liberal-democrats-uk",
         "united-kingdom", "germany", "cdu", "spd", "afd"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORLD_NEWS)
def test_world_news_actors_are_in_the_dictionary(text, expected):
    assert set(find_mentions(documents(text))["actor_id"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short name shared by two actors: the one named in full in the document
        ("Indian Oil Corporation (IOC) bought crude. IOC said so.", ["indian-oil"] * 3),
        ("The International Olympic Committee met. The IOC ruled.", ["ioc"] * 2),
        ("The IOC ruled.", []),
        # a party's name shared by two countries' parties: the one of the country named
        ("Canada's Liberal Party won.", ["canada", "liberal-party-canada"]),
        ("In Australia, the Liberal Party lost.", ["australia", "liberal-party-australia"]),
        ("The Liberal Party lost.", []),
        # the Treasury of the one country the document names
        ("Britain's Treasury objected.", ["united-kingdom", "hm-treasury"]),
    ],
)
def test_a_name_several_actors_share_goes_to_the_one_the_document_names(text, expected):
    assert find_mentions(documents(text))["actor_id"].tolist() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one-word name of a body that is also a common word or another name's word
        ("Labour efficiency will rise, Britain's labour minister said.", ["united-kingdom"]),
        ("Putin met Albanian President Ilir Meta.", ["vladimir-putin", "albania"]),
        ("Winners of the Guardian of Memory prize met.", []),
        ("He was awarded the Hero of Socialist Labour in Britain.", ["united-kingdom"]),
        # a Chinese surname that is a pronoun is never a name alone, even after a title
        ("He met the Prime Minister. He said so.", []),
        ("Vice Premier He Lifeng met Scott Bessent. He said so.", ["he-lifeng", "scott-bessent"]),
    ],
)
def test_a_new_name_that_is_a_word_is_no_mention(text, expected):
    assert find_mentions(documents(text))["actor_id"].tolist() == expected


def test_names_several_actors_share_are_declared_ambiguous():
    # a name two actors share is silently the first one's, unless the dictionary says it is
    # ambiguous: a short name, a surname (resolved by the document), or a party's name
    # (resolved by the document's countries)
    dictionary = load_dictionary()
    holders: dict[str, set[tuple[str, str, str]]] = {}
    for actor in dictionary.actors.values():
        for pattern, entry in _patterns(actor):
            holders.setdefault(haystack(pattern, lower=True), set()).add(
                (actor.id, entry.how, actor.type)
            )
    undeclared = {
        pattern.strip(): sorted(found)
        for pattern, found in holders.items()
        if len({actor_id for actor_id, _, _ in found}) > 1
        and not all(how in ("short", "surname") or kind == "party" for _, how, kind in found)
    }
    assert undeclared == {}


def test_no_one_word_name_is_a_stop_word():
    # a surname that is a word ("May", "He", "Ma") is a name only after a title (bare_surname no)
    names = {
        fold(pattern)
        for actor in load_dictionary().actors.values()
        for pattern, entry in _patterns(actor)
        if " " not in pattern
        and entry.how != "acronym"
        and not (entry.how == "surname" and actor.bare_surname == "no")
    }
    assert names & stopwords() == set()
