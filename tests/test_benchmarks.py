"""Smoke test of the benchmark entry point: it runs on a small sample and writes its JSON.

No timing is asserted (speed depends on the machine); the full run is ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    # end_to_end writes the eight tables of ARCHITECTURE.md (its items are the files written).
    assert stages["end_to_end"]["items"] == 8
    for r in stages.values():
        assert r["seconds"] > 0 and r["megabytes"] > 0 and r["peak_rss_mb"] > 0
        # the whole tree holds at least the stage's own process
        assert r["tree_peak_rss_mb"] >= 0.5 * r["peak_rss_mb"]
    # The printed table has a row per stage.
    rows = [line.split()[0] for line in done.stdout.splitlines()]
    assert {"load", "terms", "end_to_end"} <= set(rows)
