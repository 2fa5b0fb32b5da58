"""The analysis commands of ``python -m analysis``: terms, actors, quotes, figures, tables.

Expected values come from the seed article, checked by hand in the topic tests
(tests/terms, tests/actors, tests/figures) and restated here where the command must show them.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_terms_top_n_as_csv():
    result = run("terms", "seeds", "--top", "3", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3
    assert (rows[0]["term"], rows[0]["count"]) == ("russia", "12")  # tests/terms: russia 12


def test_bigrams_by_document_as_json():
    result = run(
        "terms", "seeds", "--ngram", "2", "--by", "doc_id", "--top", "5", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    assert {"doc_id", "term", "count"} <= set(rows[0])
    assert "economic sanctions" in {r["term"] for r in rows}


def test_terms_by_an_unknown_column_is_a_clear_error():
    result = run("terms", "seeds", "--by", "nonexistent")
    assert result.returncode == 2
    assert "no column 'nonexistent'" in result.stderr


def test_actors_rows_name_how_each_mention_matched():
    result = run("actors", "seeds", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "doc_id",
        "start",
        "end",
        "surface",
        "actor_id",
        "actor",
        "actor_type",
        "how",
    ]
    ldp = [r for r in rows if r["surface"] == "LDP"]
    assert [(r["actor"], r["how"]) for r in ldp] == [("Liberal Democratic Party", "acronym")]


def test_actors_include_unknown_adds_candidates_of_the_same_shape():
    known = list(csv.DictReader(io.StringIO(run("actors", "seeds", "--format", "csv").stdout)))
    result = run("actors", "seeds", "--include-unknown", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    unknown = [r for r in rows if r["how"] == "unknown"]
    assert unknown and len(rows) == len(known) + len(unknown)
    assert {r["actor_type"] for r in unknown} <= {"person", "organisation", "place"}


def test_quotes_point_of_no_return_is_zakharovas():
    result = run("quotes", "seeds", "--format", "json")
    assert result.returncode == 0, result.stderr
    quotes = json.loads(result.stdout)
    assert len(quotes) == 12  # tests/actors: 12 quotes in the seed, counted by hand
    speakers = {q["quote"]: q["speaker"] for q in quotes}
    assert speakers["point of no return."] == "Maria Zakharova"


def test_quotes_turns_gives_the_speaking_turns_of_transcripts():
    result = run("quotes", "tests/data/kremlin-news-120.jsonl", "--turns", "--format", "json")
    assert result.returncode == 0, result.stderr
    turns = json.loads(result.stdout)
    assert len(turns) == 95  # tests/actors/test_turns.py
    sechin = [t for t in turns if t["doc_id"] == "51579" and t["speaker"] == "Igor Sechin"]
    assert len(sechin) == 6 and sechin[0]["label"] == "Rosneft President and CEO Igor Sechin"


def test_figures_energy_only_gives_the_seed_headline_figure():
    result = run("figures", "seeds", "--energy-only", "--format", "json")
    assert result.returncode == 0, result.stderr
    (figure,) = json.loads(result.stdout)
    assert (figure["value_low"], figure["value_high"], figure["unit"]) == (9.0, 10.0, "percent")
    assert (figure["change"], figure["hedge"], figure["commodity"]) == ("~", "almost", "LNG")
    assert figure["relation"] == "import_share"
    assert figure["sentence"].startswith("Japan receives almost 9-10% of all imported LNG")


def test_figures_of_a_text_given_on_the_command_line():
    result = run("figures", "--text", "Exports rose by 5% to $1.5bn.", "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["surface"], r["value_low"], r["unit"], r["change"]) for r in rows] == [
        ("5%", 5.0, "percent", "up"),
        ("$1.5bn", 1.5e9, "USD", "="),
    ]


def test_tables_writes_every_table_as_parquet(tmp_path):
    result = run("tables", "seeds", "--out", str(tmp_path), "--no-cache", "--format", "csv")
    assert result.returncode == 0, result.stderr
    written = {row["table"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert written == {
        "documents",
        "problems",
        "sentences",
        "terms",
        "bigrams",
        "mentions",
        "quotes",
        "figures",
        "turns",
    }
    assert len(pd.read_parquet(tmp_path / "turns.parquet")) == 0  # an article, no transcript
    assert (
        len(pd.read_parquet(tmp_path / "sentences.parquet")) == 20
    )  # tests/test_text.py: 20 sentences


def test_control_characters_of_the_corpus_are_shown_not_sent_to_the_terminal(tmp_path):
    # ESC [2J clears a screen, OSC 52 writes the clipboard: shown as \x1b, never obeyed
    record = {"title": "Gas \x1b[2J\x1b]52;c;cm0=\x07talks", "text": "Gazprom met Japan.",
              "date": "\x1b[31m2024"}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    result = run("corpus", str(tmp_path))
    assert result.returncode == 0
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stderr
    assert "Gas \\x1b[2J\\x1b]52;c;cm0=\\x07talks" in result.stdout
    assert "date '\\x1b[31m2024' not understood" in result.stderr


def test_csv_output_quotes_line_breaks_and_neutralises_formulas(tmp_path):
    record = {"title": "Harmless\r=cmd|' /C calc'!A0", "text": "Gazprom met Japan.",
              "=HYPERLINK(1)": "x"}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    result = run("corpus", str(tmp_path), "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 2  # the carriage return is inside a quoted cell, not a new row
    header, row = rows
    assert row[header.index("title")].endswith("=cmd|' /C calc'!A0")  # inside its cell
    # the report's tables are written so too, their column names (from the corpus) included
    from analysis.tables import to_safe_csv

    target = io.StringIO(newline="")
    to_safe_csv(pd.DataFrame({"=HYPERLINK(1)": ["a\r@SUM(1)"], "n": [1]}), target)
    header, row = list(csv.reader(io.StringIO(target.getvalue(), newline="")))
    assert (header, row) == (["'=HYPERLINK(1)", "n"], ["a\r@SUM(1)", "1"])


def test_a_broken_user_dictionary_is_a_clear_error(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"title": "T", "text": "Russia sold oil to China."}\n')
    (tmp_path / "actors.yml").write_text("actors: [unclosed\n")
    result = run("tables", str(tmp_path), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 1
    assert "actors.yml: not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr and "worker" not in result.stderr
