"""Rows for `python -m analysis actors PATH [--include-unknown]`."""

from analysis.actors import CLI_COLUMNS, mentions_cli_rows
from tests.actors.conftest import documents


def test_cli_rows_are_the_mentions(seed_documents, seed_mentions):
    rows = mentions_cli_rows(seed_documents)
    assert list(rows.columns) == CLI_COLUMNS
    assert len(rows) == len(seed_mentions) == 63  # the per-actor counts in test_mentions add to 63


def test_include_unknown_adds_candidates_in_text_order():
    rows = mentions_cli_rows(
        documents("Spokeswoman Jane Doe met Russia's envoy."), include_unknown=True
    )
    assert rows[["surface", "actor_type", "how"]].values.tolist() == [
        ["Jane Doe", "person", "unknown"],
        ["Russia", "country", "possessive"],
    ]


def test_seed_unknown_rows_are_the_lower_house_and_the_convention(seed_documents):
    rows = mentions_cli_rows(seed_documents, include_unknown=True)
    unknown = rows[rows["how"] == "unknown"]
    assert unknown["surface"].tolist() == [
        "National Convention Demanding the Return",
        "Lower House",
        "Lower House",
    ]
