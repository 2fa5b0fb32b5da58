"""The all-tables pipeline: the same tables whichever engine runs them, and a cache that works."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import corpus, tables, terms

DATA = Path(__file__).resolve().parent / "data"
KREMLIN = DATA / "kremlin-news-120.jsonl"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _assert_same(a: tables.Tables, b: tables.Tables) -> None:
    for name, frame in a.as_dict().items():
        assert_frame_equal(
            frame.reset_index(drop=True), getattr(b, name).reset_index(drop=True), obj=name
        )


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> tables.Tables:
    return tables.build(KREMLIN, use_cache=False, workers=1, progress=False)


def test_every_table_of_the_architecture_is_built(one_process):
    assert list(one_process.as_dict()) == [
        "documents",
        "problems",
        "sentences",
        "terms",
        "bigrams",
        "mentions",
        "quotes",
        "figures",
        "turns",
    ]
    assert len(one_process.documents) == 120
    assert one_process.sentences["doc_id"].nunique() == 120
    assert len(one_process.mentions) > 500 and len(one_process.figures) > 100


def test_partitioned_term_counts_equal_counts_over_the_whole_corpus(one_process):
    # Partitions of 400 documents would give one partition here; force small ones.
    parts = tables.partitions(one_process.documents, size=17)
    assert len(parts) == 8
    merged = tables.merge([tables.analyse(part) for part in parts])
    whole = terms.term_counts(one_process.documents)
    assert_frame_equal(merged["terms"], whole)
    assert merged["terms"].attrs["word_tokens"] == whole.attrs["word_tokens"]
    assert_frame_equal(merged["bigrams"], terms.term_counts(one_process.documents, ngram=2))
    assert_frame_equal(merged["mentions"], one_process.mentions)


def test_figures_of_the_pipeline_are_those_of_the_figures_module(one_process):
    # tables.analyse hands figures the sentences and mentions it has already found; the table
    # must be exactly what figures.figures finds on its own.
    from analysis import figures

    assert one_process.figures["actors"].str.len().gt(0).sum() > 50  # the join is exercised
    assert_frame_equal(one_process.figures, figures.figures(one_process.documents))


def test_worker_processes_give_identical_tables(one_process, monkeypatch):
    monkeypatch.setattr(tables, "PARTITION_DOCS", 25)
    parallel = tables.build(KREMLIN, use_cache=False, workers=2, progress=False)
    _assert_same(one_process, parallel)


def _messy_folder(tmp_path: Path) -> Path:
    """The messy JSON Lines file beside a plain-text article and an unreadable file."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    _messy_jsonl(tmp_path).rename(folder / "b-messy.jsonl")
    shutil.copy(SEEDS / "000_ddda338cfb54461b.txt", folder / "a.txt")
    (folder / "c.bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def test_the_stream_gives_each_files_documents_in_runs(tmp_path):
    stream = corpus.DocumentStream(_messy_folder(tmp_path))
    runs = list(stream.runs(50))
    # a.txt alone, then the 121 kept items of b-messy.jsonl (a bad line skipped, a duplicate
    # dropped) in runs of 50: a run never spans two files; the binary file gives no document.
    assert [len(run) for run in runs] == [1, 50, 50, 21]
    assert [run[0]["path"] for run in runs] == ["a.txt"] + ["b-messy.jsonl"] * 3
    with pytest.warns(UserWarning, match="5 problem"):
        streamed = stream.corpus([record for run in runs for record in run])
    whole = corpus.read_corpus(tmp_path / "corpus")  # warns again: reads the folder anew
    assert_frame_equal(streamed.documents, whole.documents)
    assert_frame_equal(streamed.problems, whole.problems)


def test_problems_keep_their_order_when_partitions_are_analysed_while_reading(tmp_path):
    # Reading problems first, in file order (the bad line of b, the binary file c), then each
    # row's date and duplicate problems in row order: as the loader reports them.
    folder = _messy_folder(tmp_path)
    with pytest.warns(UserWarning, match="problem"):
        whole = corpus.read_corpus(folder)
    assert list(zip(whole.problems["path"], whole.problems["line"].fillna(0), strict=True)) == [
        ("b-messy.jsonl", 41),
        ("c.bin.txt", 0),
        ("b-messy.jsonl", 43),
        ("b-messy.jsonl", 43),
        ("b-messy.jsonl", 124),
    ]
    assert list(whole.problems["problem"].str.split().str[0]) == [
        "not",
        "binary",
        "date",
        "same",
        "duplicate",
    ]
    with pytest.warns(UserWarning, match="problem"):
        one = tables.build(folder, use_cache=False, workers=1, progress=False)
    assert_frame_equal(one.problems, whole.problems)
    assert_frame_equal(one.documents, whole.documents)


def test_workers_analysing_while_reading_give_the_tables_of_one_process(tmp_path, monkeypatch):
    folder = _messy_folder(tmp_path)
    with pytest.warns(UserWarning, match="problem"):
        one = tables.build(folder, use_cache=False, workers=1, progress=False)
    monkeypatch.setattr(tables, "PARTITION_DOCS", 30)
    with pytest.warns(UserWarning, match="problem"):
        parallel = tables.build(folder, use_cache=False, workers=2, progress=False)
    _assert_same(one, parallel)
    assert len(parallel.mentions) > 500  # the analyses ran, on both files


@pytest.mark.slow
def test_a_dask_local_cluster_gives_identical_tables(one_process, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(tables, "PARTITION_DOCS", 40)
    distributed = tables.build(KREMLIN, use_cache=False, scheduler="local", progress=False)
    _assert_same(one_process, distributed)


def _messy_jsonl(tmp_path: Path) -> Path:
    """The 120 items uncompressed, plus what the loader must report in the same order whichever
    way the file is read: a bad line, a blank line, an item without an id (doc_id from its line
    number), a repeated item (dropped as a duplicate) and an unreadable date."""
    lines = KREMLIN.read_text(encoding="utf-8").split("\n")[:120]
    extra = json.loads(lines[3])
    extra.pop("id")
    extra["url"] = ""
    extra["published"] = "sometime"
    lines[40:40] = ["{not json", "", json.dumps(extra)]
    lines.append(lines[10])  # the item of line 11 again: a duplicate
    path = tmp_path / "messy.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_line_ranges_start_at_line_starts_and_number_lines_from_the_file(tmp_path):
    path = _messy_jsonl(tmp_path)
    data = path.read_bytes()
    ranges = corpus.line_ranges(path, size=len(data) // 5)
    # Five ranges of a fifth each, give or take a line; together they are the whole file.
    assert len(ranges) in (5, 6)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    for (_, end, _), (start, _, _) in zip(ranges, ranges[1:], strict=False):
        assert end == start and data[start - 1 : start] == b"\n"
    for start, _, first_line in ranges:
        assert first_line == data[:start].count(b"\n") + 1


def test_a_compressed_file_is_not_cut_in_ranges(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(KREMLIN.read_bytes()))
    assert corpus.line_ranges(path, size=1000) is None


def test_a_file_with_a_byte_order_mark_is_not_cut_in_ranges(tmp_path):
    # The loader removes the mark and notes it as a problem of the whole file: read it whole.
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + KREMLIN.read_bytes())
    assert corpus.line_ranges(path, size=1000) is None


def test_a_range_that_is_not_utf8_asks_for_the_whole_file(tmp_path):
    # Latin-1 "é" (0xE9) is not UTF-8: only the whole file can tell its encoding.
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(KREMLIN.read_bytes() + '{"id": "x", "body": "Caf\u00e9"}\n'.encode("latin-1"))
    ranges = corpus.line_ranges(path, size=path.stat().st_size // 3)
    with pytest.raises(corpus.NotUtf8Error):
        corpus.read_line_range(path, *ranges[-1])
    problems, rows = corpus.read_line_range(path, *ranges[0])
    assert problems == [] and rows[0][0]["_line"] == 1


@pytest.mark.slow
def test_a_jsonl_read_in_byte_ranges_on_dask_gives_identical_tables(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    path = _messy_jsonl(tmp_path)
    with pytest.warns(UserWarning, match="problem"):
        local = tables.build(path, use_cache=False, workers=1, progress=False)
    # The loader met every problem planted above: the bad line 41; line 43 has a bad date and
    # the text of line 4 (a separate item on another date); line 124 repeats line 11.
    assert list(local.problems["line"]) == [41, 43, 43, 124]
    used = []
    real = tables._build_in_ranges
    monkeypatch.setattr(
        tables, "_build_in_ranges", lambda *a, **kw: used.append(len(a[1])) or real(*a, **kw)
    )
    monkeypatch.setattr(tables, "RANGE_THRESHOLD", 0)
    monkeypatch.setattr(tables, "RANGE_BYTES", path.stat().st_size // 4)
    with pytest.warns(UserWarning, match="problem"):
        distributed = tables.build(path, use_cache=False, scheduler="local", progress=False)
    assert used and used[0] >= 3
    _assert_same(local, distributed)


def test_an_unchanged_corpus_is_read_from_the_cache(tmp_path, monkeypatch, one_process):
    cache = tmp_path / "cache"
    first = tables.build(KREMLIN, cache_dir=cache, workers=1, progress=False)

    def fail(*args, **kwargs):
        raise AssertionError("analysed again although nothing changed")

    monkeypatch.setattr(tables, "analyse", fail)
    second = tables.build(KREMLIN, cache_dir=cache, workers=1, progress=False)
    _assert_same(first, second)
    _assert_same(one_process, second)


def test_a_changed_file_re_analyses_only_that_file(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_ddda338cfb54461b.txt", corpus / "a.txt")
    (corpus / "b.txt").write_text(
        "Gas prices\n\nGazprom raised gas exports to Japan by 5% in 2019.\n"
    )
    cache = tmp_path / "cache"
    tables.build(corpus, cache_dir=cache, workers=1, progress=False)

    analysed = []
    real = tables.analyse
    monkeypatch.setattr(
        tables,
        "analyse",
        lambda docs, **kw: analysed.append(list(docs["doc_id"])) or real(docs, **kw),
    )
    (corpus / "b.txt").write_text(
        "Gas prices\n\nGazprom raised gas exports to Japan by 7% in 2019.\n"
    )
    rebuilt = tables.build(corpus, cache_dir=cache, workers=1, progress=False)
    assert analysed == [["b"]]
    assert 7.0 in set(rebuilt.figures["value_low"])


def test_no_cache_bypasses_it(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    tables.build(SEEDS, cache_dir=cache, workers=1, progress=False)
    calls = []
    real = tables.analyse
    monkeypatch.setattr(tables, "analyse", lambda docs, **kw: calls.append(1) or real(docs, **kw))
    tables.build(SEEDS, cache_dir=cache, use_cache=False, workers=1, progress=False)
    assert calls == [1]


def test_write_tables_writes_every_table_as_parquet(tmp_path):
    written = tables.write_tables(
        SEEDS, tmp_path / "out", use_cache=False, workers=1, progress=False
    )
    assert sorted(written) == sorted(
        [
            "documents", "problems", "sentences", "terms", "bigrams", "mentions", "quotes",
            "figures", "turns",
        ]
    )  # fmt: skip
    documents = pd.read_parquet(written["documents"])
    assert documents.loc[0, "dateline"] == "TOKYO"
    figures = pd.read_parquet(written["figures"])
    energy = figures[figures["energy_trade"]]
    assert (
        len(energy) == 1 and energy.iloc[0]["value_low"] == 9 and energy.iloc[0]["value_high"] == 10
    )


def test_metadata_lists_survive_the_parquet_round_trip(tmp_path):
    written = tables.write_tables(
        KREMLIN, tmp_path / "out", use_cache=False, workers=1, progress=False
    )
    documents = pd.read_parquet(written["documents"])
    # Item 7999 of the JSONL is tagged with one person: ["Trotsenko Roman"].
    tagged = documents.set_index("doc_id").loc["7999"]
    assert list(tagged["persons"]) == ["Trotsenko Roman"]


def test_progress_bars_count_documents_read_and_partitions_analysed(capsys, monkeypatch):
    monkeypatch.setattr(tables, "PARTITION_DOCS", 50)
    tables.build(KREMLIN, use_cache=False, workers=1, progress=True)
    shown = capsys.readouterr().err.replace("\r", "\n")
    assert "reading: 120doc" in shown
    assert "analysing: 100%" in shown and "3/3" in shown


def test_progress_bars_stay_quiet_in_ci(capsys, monkeypatch):
    monkeypatch.setenv("CI", "true")
    tables.build(KREMLIN, use_cache=False, workers=1)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_the_analyses_cannot_read_is_reported_and_the_rest_analysed(
    tmp_path, monkeypatch, workers
):
    from analysis import figures

    real = figures.figures

    def fragile(documents, **kwargs):
        if documents["text"].str.contains("BOOM").any():
            raise ValueError("cannot read this one")
        return real(documents, **kwargs)

    monkeypatch.setattr(figures, "figures", fragile)
    lines = KREMLIN.read_text(encoding="utf-8").split("\n")[:20]
    bad = json.loads(lines[4])
    bad["body"] = "BOOM " + bad["body"]
    lines[4] = json.dumps(bad)
    path = tmp_path / "fragile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    built = tables.build(path, use_cache=False, workers=workers, progress=False)

    assert built.problems[["path", "line", "problem", "action"]].values.tolist() == [
        [
            "fragile.jsonl",
            5,
            "analysis failed (ValueError: cannot read this one)",
            "left out of the analyses",
        ]
    ]
    # the other 19 documents are analysed as usual; the failing one is in no table
    assert built.sentences["doc_id"].nunique() == 19
    assert str(bad["id"]) not in set(built.figures["doc_id"]) | set(built.mentions["doc_id"])
    assert len(built.documents) == 20


def test_a_partition_with_a_failure_is_not_cached(tmp_path, monkeypatch):
    from analysis import quotes

    monkeypatch.setattr(quotes, "find_quotes", lambda *a, **k: 1 / 0)
    cache = tmp_path / "cache"
    first = tables.build(SEEDS, cache_dir=cache, workers=1, progress=False)
    assert first.problems["problem"].str.startswith("analysis failed (ZeroDivisionError").all()
    assert not any(cache.glob("*/meta.json"))


def test_a_worker_that_dies_is_named_by_its_documents(tmp_path, monkeypatch, capsys):
    # os._exit stands for the kernel's out-of-memory killer: the pool breaks.
    import os as os_module

    real = tables.analyse
    monkeypatch.setattr(
        tables,
        "analyse",
        lambda docs, **kw: (
            os_module._exit(1) if "7999" in set(docs["doc_id"]) else real(docs, **kw)
        ),
    )
    monkeypatch.setattr(tables, "PARTITION_DOCS", 30)
    with pytest.raises(tables.AnalysisError, match="worker process ended while analysing"):
        tables.build(KREMLIN, use_cache=False, workers=2, progress=True)
    # both progress bars were closed (nothing is left to print at exit)
    shown = capsys.readouterr().err
    assert "reading: 120doc" in shown


def _many_files(folder: Path, n: int) -> Path:
    """``n`` one-article files, as a folder of saved stories is."""
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(
            f"Story {i}\n\nGazprom exported {i % 90 + 1} million tonnes of LNG to Japan, "
            f"Alexei Miller said on Monday.\n"
        )
    return folder


def test_a_folder_of_many_small_files_is_analysed_in_groups(tmp_path, monkeypatch):
    folder = _many_files(tmp_path / "corpus", tables.GROUP_FILES_OVER + 100)
    analysed: list[list[str]] = []
    real = tables.analyse
    monkeypatch.setattr(
        tables,
        "analyse",
        lambda docs, **kw: analysed.append(list(docs["doc_id"])) or real(docs, **kw),
    )
    cache = tmp_path / "cache"
    grouped = tables.build(folder, cache_dir=cache, workers=1, progress=False)
    files = tables.GROUP_FILES_OVER + 100
    # about one run in FILES_PER_RUN files (a hash of each name decides): far fewer than files
    assert sum(map(len, analysed)) == files and len(analysed) < files / 8
    runs = {doc_id: tuple(run) for run in analysed for doc_id in run}
    monkeypatch.setattr(tables, "GROUP_FILES_OVER", 10**6)  # one partition per file
    one_by_one = tables.build(folder, use_cache=False, workers=1, progress=False)
    _assert_same(grouped, one_by_one)
    # a changed file re-analyses its run alone
    monkeypatch.setattr(tables, "GROUP_FILES_OVER", files - 100)
    analysed.clear()
    (folder / "0042.txt").write_text("Story 42\n\nGazprom exported 7 million tonnes.\n")
    rebuilt = tables.build(folder, cache_dir=cache, workers=1, progress=False)
    assert analysed == [list(runs["0042"])]
    assert 7e6 in set(rebuilt.figures["value_low"])


_ORPHAN_SCRIPT = """
import multiprocessing, os, sys, time
from analysis.tables import _end_with_parent

def worker(parent):
    _end_with_parent(parent)
    time.sleep(60)

if __name__ == "__main__":
    child = multiprocessing.get_context("fork").Process(target=worker, args=(os.getpid(),))
    child.start()
    print(child.pid, flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_worker_ends_when_its_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(_ORPHAN_SCRIPT)
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    child = int(parent.stdout.readline())
    time.sleep(0.5)  # the worker has set its signal
    assert _alive(child)
    parent.kill()  # SIGKILL: no clean-up of its own
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
