"""``python -m analysis corpus``: the loader from the command line.

Expected values: the seed article (see tests/test_corpus.py) and issue 2's exit-code rule.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

SEED_TITLE = "Normalization of Russian-Japanese ties possible in near future"


def run(project_root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=project_root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_corpus_json(project_root):
    result = run(project_root, "corpus", "seeds", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 1
    record = records[0]
    assert record["title"] == SEED_TITLE
    assert (record["dateline"], record["agency"]) == ("TOKYO", "TASS")
    assert (record["published_month"], record["published_day"]) == (2, 14)
    assert record["published"] is None  # no year in the seed, none invented


def test_corpus_json_with_year(project_root):
    result = run(project_root, "corpus", "seeds", "--format", "json", "--year", "2026")
    assert json.loads(result.stdout)[0]["published"].startswith("2026-02-14T08:04")


def test_corpus_csv(project_root):
    result = run(project_root, "corpus", "seeds", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "doc_id", "path", "title", "published", "published_month", "published_day",
        "published_time", "date_note", "dateline", "agency", "n_chars",
    ]  # fmt: skip
    assert len(rows) == 1
    assert rows[0]["title"] == SEED_TITLE
    assert rows[0]["published_time"] == "08:04"


def test_corpus_table(project_root):
    result = run(project_root, "corpus", "seeds")
    assert result.returncode == 0, result.stderr
    assert SEED_TITLE in result.stdout


def test_missing_path_exits_2(project_root, tmp_path):
    missing = tmp_path / "no-such-corpus"
    result = run(project_root, "corpus", str(missing))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert f"{missing}: no such file or folder" in result.stderr
    assert result.stdout == ""


def test_empty_folder_exits_2(project_root, tmp_path):
    result = run(project_root, "corpus", str(tmp_path))
    assert result.returncode == 2
    assert f"error: {tmp_path}: no readable document" in result.stderr


def test_problems_go_to_stderr_and_the_rest_loads(project_root, tmp_path):
    (tmp_path / "good.txt").write_text("A good article\n\nIt loads.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(project_root, "corpus", str(tmp_path), "--format", "json")
    assert result.returncode == 0
    assert [r["doc_id"] for r in json.loads(result.stdout)] == ["good"]
    assert "empty.txt: empty file; skipped" in result.stderr


def test_column_options_name_the_text_title_and_date(project_root, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Titel;Datum;Inhalt\nSturm trifft die K\u00fcste;15.01.2024;Der Sturm kam am Montag.\n",
        encoding="utf-8",
    )
    result = run(
        project_root, "corpus", str(path), "--format", "json",
        "--text-column", "Inhalt", "--title-column", "Titel", "--date-column", "Datum",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [record] = json.loads(result.stdout)
    assert record["title"] == "Sturm trifft die K\u00fcste"
    assert record["published"].startswith("2024-01-15")


def test_tables_takes_the_column_options(project_root, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Titel,Inhalt\nSturm,Der Sturm kam am Montag.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        project_root, "tables", str(path), "--out", str(out), "--no-cache",
        "--text-column", "Inhalt", "--title-column", "Titel",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert pd.read_parquet(out / "documents.parquet")["title"].tolist() == ["Sturm"]


def test_no_readable_document_names_the_column_options(project_root, tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("code,count\nA,1\n", encoding="utf-8")
    result = run(project_root, "corpus", str(path))
    assert result.returncode == 2
    assert "--text-column, --title-column, --date-column" in result.stderr


def test_report_takes_the_column_options(monkeypatch):
    from analysis import cli, report

    seen = {}
    monkeypatch.setattr(report, "main", lambda args: seen.update(columns=args.columns) or 0)
    try:
        cli.main(["report", "--text-column", "Inhalt", "--date-column", "Datum"])
    except SystemExit as done:
        assert done.code == 0
    assert seen["columns"] == {"text_column": "Inhalt", "date_column": "Datum"}


def test_json_output_escapes_what_a_terminal_would_obey(project_root, tmp_path):
    path = tmp_path / "a.jsonl"
    title = "Title \u009b31m red \u202ehidden"
    path.write_text(json.dumps({"title": title, "text": "Russia and Japan met."}) + "\n")
    result = run(project_root, "corpus", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "\u009b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\u009b31m" in result.stdout
    assert json.loads(result.stdout)[0]["title"] == title  # the same data, escaped
