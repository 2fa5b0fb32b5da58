"""Smoke test of the benchmark entry point: it runs on a small sample and writes its JSON.

No timing is asserted (speed depends on the machine); the full run is ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KREMLIN = ROOT / "tests" / "data" / "kremlin-news-120.jsonl"


def test_benchmarks_run_on_a_sample_and_write_their_json(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--corpus", str(KREMLIN), "--sample", "50"]
        + ["--stages", "load", "terms", "end_to_end", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    assert results["sample"] == 50
    assert len(results["commit"].removesuffix("+changes")) in (40, len("unknown"))
    stages = {r["stage"]: r for r in results["results"]}
    assert list(stages) == ["load", "terms", "end_to_end"]
    # --sample 50 keeps the first 50 of the 120 items, for every stage.
    assert {r["documents"] for r in stages.values()} == {50}
    # end_to_end writes the eight tables of ARCHITECTURE.md and the speaking turns (its items
    # are the files written).
    assert stages["end_to_end"]["items"] == 9
    for r in stages.values():
        assert r["seconds"] > 0 and r["megabytes"] > 0 and r["peak_rss_mb"] > 0
        # the whole tree holds at least the stage's own process
        assert r["tree_peak_rss_mb"] >= 0.5 * r["peak_rss_mb"]
    # The printed table has a row per stage.
    rows = [line.split()[0] for line in done.stdout.splitlines()]
    assert {"load", "terms", "end_to_end"} <= set(rows)


def _recorded(commit: str, seconds: dict[str, float], **run) -> dict:
    return {
        "commit": commit,
        "corpus": run.get("corpus", "kremlin.jsonl.gz"),
        "sample": run.get("sample"),
        "cores": run.get("cores", 2),
        "results": [
            {"stage": stage, "seconds": s, "tree_peak_rss_mb": 500.0}
            for stage, s in seconds.items()
        ],
    }


def test_two_recorded_runs_compare_stage_by_stage(tmp_path, capsys):
    from benchmarks.__main__ import main

    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_recorded("aaa", {"terms": 3.0, "end_to_end": 5.0})))
    new.write_text(json.dumps(_recorded("bbb", {"terms": 1.5, "end_to_end": 4.0, "quotes": 1.0})))
    assert main(["--compare", str(old), str(new)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("old: aaa") and printed[1].startswith("new: bbb")
    rows = {line.split()[0]: line.split()[1:] for line in printed[3:]}
    assert rows["terms"][:3] == ["3.00", "1.50", "2.00"]
    assert rows["end_to_end"][:3] == ["5.00", "4.00", "1.25"]
    assert rows["quotes"] == ["-", "1.00", "-"]  # a stage the old run did not measure
    assert not any(line.startswith("warning") for line in printed)


def test_runs_on_other_text_are_flagged_and_a_bad_file_is_named(tmp_path, capsys):
    from benchmarks.__main__ import comparison, main

    text = comparison(
        _recorded("a", {"terms": 1.0}, sample=50), _recorded("b", {"terms": 1.0}, sample=None)
    )
    assert "warning: the runs differ in corpus, sample or cores" in text
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(SystemExit) as stop:
        main(["--compare", str(bad), str(bad)])
    assert str(stop.value) == f"error: {bad}: not a benchmark result (no list of results)"
