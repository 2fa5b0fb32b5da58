"""Mentions in the seed article (expectations checked by hand against seeds/000_*.txt) and in
short hand-made texts, one behaviour each."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.actors import MENTION_COLUMNS, find_mentions
from analysis.text import sentence_table
from tests.actors.conftest import documents


def test_mentions_table_has_the_documented_columns(seed_mentions):
    assert list(seed_mentions.columns) == MENTION_COLUMNS


@pytest.mark.parametrize(
    "actor",
    [
        "Russia",
        "Japan",
        "Ukraine",
        "China",
        "United States",
        "Sanae Takaichi",
        "Taisuke Abiru",
        "Donald Trump",
        "Maria Zakharova",
        "Liberal Democratic Party",
        "Russian Foreign Ministry",
        "Sasakawa Peace Foundation",
        "Valdai Discussion Club",
        "TASS",
        "Sakhalin-2",
    ],
)
def test_seed_actor_is_found(seed_mentions, actor):
    assert actor in set(seed_mentions["actor"])


def test_seed_actors_are_exactly_these(seed_mentions):
    # read off the seed by hand: the 15 actors of the issue, plus "Southern Kurils /
    # Northern Territories" and "Japanese government" (the last paragraph but one)
    assert seed_mentions.groupby("actor_id").size().to_dict() == {
        "russia": 17,  # 12 Russia + 5 Russian - 3 inside "Russian Foreign Ministry" + 3 Moscow
        "japan": 16,  # 6 Japan + 7 Japanese - 1 inside "Japanese government" + 4 Tokyo
        "ukraine": 4,
        "taisuke-abiru": 4,  # Taisuke Abiru x2, Abiru x2
        "sanae-takaichi": 3,  # Prime Minister Takaichi, Takaichi administration x2
        "russian-foreign-ministry": 3,
        "southern-kurils": 3,  # Northern Territories, Southern Kurils x2
        "china": 2,  # Japan-China, Beijing
        "liberal-democratic-party-japan": 2,  # Liberal Democratic Party's, (LDP)
        "sakhalin-2": 2,
        "maria-zakharova": 1,
        "donald-trump": 1,
        "japanese-government": 1,
        "sasakawa-peace-foundation": 1,
        "tass": 1,
        "united-states": 1,
        "valdai-club": 1,
    }


@pytest.mark.parametrize(
    ("surface", "actor", "how"),
    [
        ("Moscow", "Russia", "capital"),
        ("Tokyo", "Japan", "capital"),
        ("Beijing", "China", "capital"),
        ("Russian", "Russia", "demonym"),
        ("LDP", "Liberal Democratic Party", "acronym"),
        ("Abiru", "Taisuke Abiru", "surname"),
        ("Takaichi administration", "Sanae Takaichi", "government"),
        ("Prime Minister Takaichi", "Sanae Takaichi", "title"),
        ("US", "United States", "acronym"),
        ("Valdai Discussion Forum", "Valdai Discussion Club", "alias"),
        ("Donald Trump’s administration", "Donald Trump", "government"),
    ],
)
def test_seed_name_resolves_to_actor(seed_mentions, surface, actor, how):
    rows = seed_mentions[seed_mentions["surface"] == surface]
    assert set(zip(rows["actor"], rows["how"], strict=True)) == {(actor, how)}


def test_contested_place_is_one_actor_with_two_perspectives(seed_mentions):
    rows = seed_mentions[seed_mentions["actor_id"] == "southern-kurils"]
    assert sorted(set(zip(rows["surface"], rows["perspective"], strict=True))) == [
        ("Northern Territories", "Japanese"),
        ("Southern Kurils", "Russian"),
    ]


def test_dateline_is_not_a_mention(seed_documents, seed_mentions):
    # the article's dateline is "TOKYO, February 14. /TASS/."; the loader keeps it out of text
    assert seed_documents["dateline"].iloc[0] == "TOKYO"
    assert "TOKYO" not in set(seed_mentions["surface"])


def test_longest_match_wins_for_the_ministry(seed_mentions):
    first = seed_mentions[seed_mentions["surface"] == "Russian Foreign Ministry"].iloc[0]
    overlapping = seed_mentions[
        (seed_mentions["start"] < first["end"]) & (seed_mentions["end"] > first["start"])
    ]
    assert overlapping["actor_id"].tolist() == ["russian-foreign-ministry"]


def test_possessive_full_name_is_marked(seed_mentions):
    # "...Russia’s special military operation" (paragraph 11)
    assert "possessive" in set(seed_mentions[seed_mentions["surface"] == "Russia"]["how"])


def test_offsets_slice_back_to_the_surface(seed_documents, seed_mentions):
    text = seed_documents["text"].iloc[0]
    assert all(
        text[s:e] == surface for s, e, surface in seed_mentions[["start", "end", "surface"]].values
    )


def test_sentence_ids_match_the_sentence_table(seed_documents, seed_mentions):
    sentences = sentence_table(seed_documents)
    given_sentences = find_mentions(seed_documents, sentences=sentences)
    assert given_sentences["sentence_id"].tolist() == seed_mentions["sentence_id"].tolist()
    # and each mention lies inside the sentence its id names
    placed = seed_mentions.merge(
        sentences, on=["doc_id", "sentence_id"], suffixes=("", "_sentence")
    )
    assert len(placed) == len(seed_mentions)
    assert (placed["start_sentence"] <= placed["start"]).all()
    assert (placed["end"] <= placed["end_sentence"]).all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tell us about US sanctions.", [("US", "united-states")]),
        ("The U.S. and the UN met.", [("U.S.", "united-states"), ("UN", "united-nations")]),
        ("Japan-Russia relations", [("Japan", "japan"), ("Russia", "russia")]),
        ("Russia’s and Japan's", [("Russia", "russia"), ("Japan", "japan")]),
        ("OPEC+ and OPEC agreed.", [("OPEC+", "opec-plus"), ("OPEC", "opec")]),
        (
            "Nord Stream 2 and Nord Stream",
            [("Nord Stream 2", "nord-stream-2"), ("Nord Stream", "nord-stream")],
        ),
        (
            "A Russian Foreign Ministry statement",
            [("Russian Foreign Ministry", "russian-foreign-ministry")],
        ),
        ("china plates and a turkey", []),  # lower-case common words are not the countries
        ("Russians and Russianness", [("Russians", "russia")]),  # word boundaries
    ],
)
def test_matching_rules_on_short_texts(text, expected):
    found = find_mentions(documents(text))
    assert list(zip(found["surface"], found["actor_id"], strict=True)) == expected


def test_ambiguous_bare_surname_alone_is_not_a_mention():
    # two Patrushevs (Nikolai, Dmitry) are in the dictionary and neither is named in full
    assert find_mentions(documents("Patrushev spoke.")).empty


def test_ambiguous_surname_resolves_to_the_person_named_anywhere_in_the_document():
    # a headline often has the surname before the body names the person in full
    found = find_mentions(documents("Patrushev spoke.\n\nDmitry Patrushev said so."))
    assert found["actor_id"].tolist() == ["dmitry-patrushev", "dmitry-patrushev"]


def test_unique_surname_resolves_without_the_full_name():
    # only one Zakharova in the dictionary
    found = find_mentions(documents("Zakharova said so."))
    assert list(zip(found["actor_id"], found["how"], strict=True)) == [
        ("maria-zakharova", "surname")
    ]


def test_surname_named_earlier_in_the_document_wins():
    found = find_mentions(
        documents("Nikolai Patrushev arrived. Dmitry Patrushev followed. Patrushev spoke.")
    )
    assert found["actor_id"].tolist() == [
        "nikolai-patrushev",
        "dmitry-patrushev",
        "dmitry-patrushev",
    ]


def test_surname_that_is_a_word_needs_a_title():
    # Theresa May: bare_surname "no", so the month is not her but "Mrs May" is
    found = find_mentions(documents("In May, Theresa May met Mrs May."))
    assert list(zip(found["surface"], found["how"], strict=True)) == [
        ("Theresa May", "exact"),
        ("Mrs May", "title"),
    ]


def test_ambiguous_short_name_resolves_to_the_ministry_named_in_the_document():
    found = find_mentions(
        documents("The Japanese Foreign Ministry said so. The Foreign Ministry added.")
    )
    assert found["actor_id"].tolist() == ["japanese-foreign-ministry", "japanese-foreign-ministry"]


def test_ambiguous_short_name_alone_is_not_a_mention():
    assert find_mentions(documents("The Foreign Ministry said so.")).empty


_WORDS = [
    "Russia",
    "Japan",
    "US",
    "us",
    "Putin",
    "President Putin",
    "Abe",
    "LDP",
    "Sakhalin-2",
    "Moscow",
    "Foreign Ministry",
    "Russian Foreign Ministry",
    "the",
    "and",
    "ministry",
    "’s",
    "Kuril Islands",
    "Northern Territories",
    "Takaichi administration",
    "Sanae Takaichi",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WORDS), st.sampled_from([" ", "-", ", ", ".\n\n", "\u00a0", "", "’s "])
        ),
        max_size=25,
    )
)
def test_offsets_always_slice_back_and_never_overlap(pieces):
    text = "".join(word + sep for word, sep in pieces)
    found = find_mentions(documents(text))
    assert all(text[s:e] == surface for s, e, surface in found[["start", "end", "surface"]].values)
    ends = found["end"].tolist()
    assert all(
        start >= end for start, end in zip(found["start"].tolist()[1:], ends[:-1], strict=True)
    )


def test_a_russian_name_with_its_patronymic_is_the_dictionarys_person():
    # TASS and Interfax style: the patronymic between the first name and the surname
    text = (
        "Energy Minister Nikolai Gennadyevich Shulginov met Alexander Valeryevich Dyukov. Later, "
        "Shulginov spoke. Elvira Sakhipzadovna Nabiullina agreed. Ivan Ivanovich Ivanov did not."
    )
    found = find_mentions(documents(text))
    assert found[["surface", "actor_id"]].values.tolist() == [
        ["Nikolai Gennadyevich Shulginov", "nikolai-shulginov"],
        ["Alexander Valeryevich Dyukov", "alexander-dyukov"],
        ["Shulginov", "nikolai-shulginov"],
        ["Elvira Sakhipzadovna Nabiullina", "elvira-nabiullina"],
    ]


def test_energy_exporters_and_companies_of_trade_news_are_in_the_dictionary():
    # from the sixth figures review: exporters whose trades lost their source
    text = (
        "Colombia exported coal to Europe. Venture Global will ship LNG to Germany. Cameco and "
        "Kazatomprom sell uranium; France buys it from Niger. The Dakar rally ended."
    )
    assert find_mentions(documents(text))[["surface", "actor_id"]].values.tolist() == [
        ["Colombia", "colombia"],
        ["Europe", "europe"],
        ["Venture Global", "venture-global"],
        ["Germany", "germany"],
        ["Cameco", "cameco"],
        ["Kazatomprom", "kazatomprom"],
        ["France", "france"],
        ["Niger", "niger"],
    ]  # Dakar is a rally more often than Senegal's government


def test_british_thermal_units_and_the_gulf_of_mexico_are_no_countries():
    text = (
        "Prices rose to $14 per million British thermal units. Output in the Gulf of Mexico "
        "fell. Mexico imported more gas."
    )
    assert find_mentions(documents(text))[["surface", "actor_id"]].values.tolist() == [
        ["Mexico", "mexico"]
    ]
