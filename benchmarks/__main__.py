"""``python -m benchmarks [--corpus PATH] [--sample N] [--json FILE] [--compare OLD]``: every
stage, timed.

Prints, for each stage and end to end: MB/s of article text, documents/s, peak RSS (of the
stage's process, of its largest worker, and of the whole process tree at once), and the
speed-up over the naive baseline (NLTK ``word_tokenize`` + ``FreqDist``) measured in the same
run on the same text. The results are also written as JSON, to compare across commits:
``--compare OLD.json`` prints each stage's time beside the one OLD recorded, and
``python -m benchmarks --compare OLD.json NEW.json`` compares two recorded runs without running.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from analysis import config
from benchmarks.stages import ALL

DEFAULT_CORPUS = (
    config.PROJECT_ROOT.parent / "shared" / "corpora" / "kremlin-news-1999-2020.jsonl.gz"
)


def measure(stage: str, corpus: str, sample: int | None, workers: int | None) -> dict:
    """Run one stage in a fresh Python process and return its measurements, with the peak
    resident memory of its whole process tree (the stage and its workers, sampled every 20 ms;
    pages shared between a forked worker and its parent count once per process)."""
    import psutil

    command = [sys.executable, "-m", "benchmarks.stages", stage, "--corpus", corpus]
    command += ["--sample", str(sample)] if sample else []
    command += ["--workers", str(workers)] if workers else []
    env = {**os.environ, "CI": "1"}  # no progress bars in the measured run
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        running = subprocess.Popen(
            command, stdout=out, stderr=err, text=True, cwd=config.PROJECT_ROOT, env=env
        )
        tree_peak = _tree_peak(psutil.Process(running.pid), running)
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if running.returncode != 0:
        raise RuntimeError(f"stage {stage} failed:\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["tree_peak_rss_mb"] = round(tree_peak / 2**20, 1)
    return result


def _tree_peak(process, running: subprocess.Popen) -> int:
    """The largest sum of resident memory over ``process`` and its children until it ends."""
    import psutil

    peak = 0
    while running.poll() is None:
        total = 0
        try:
            members = [process, *process.children(recursive=True)]
        except psutil.Error:
            members = []
        for member in members:
            try:
                total += member.memory_info().rss
            except psutil.Error:
                pass  # ended between the listing and the reading
        peak = max(peak, total)
        time.sleep(0.02)
    return peak


def table(results: list[dict]) -> str:
    """The results as an aligned text table."""
    baseline = next((r for r in results if r["stage"] == "baseline"), None)
    lines = [
        f"{'stage':<12}{'seconds':>9}{'MB/s':>9}{'docs/s':>10}{'peak RSS MB':>13}{'x baseline':>12}"
        f"{'worker RSS MB':>15}{'tree RSS MB':>13}"
    ]
    for r in results:
        mbps = r["megabytes"] / r["seconds"] if r["seconds"] else float("inf")
        docs = r["documents"] / r["seconds"] if r["seconds"] else float("inf")
        ratio = baseline["seconds"] / r["seconds"] if baseline and r["seconds"] else float("nan")
        r.update(
            {
                "mb_per_s": round(mbps, 2),
                "docs_per_s": round(docs, 1),
                "x_baseline": round(ratio, 1),
            }
        )
        lines.append(
            f"{r['stage']:<12}{r['seconds']:>9.2f}{mbps:>9.2f}{docs:>10.0f}{r['peak_rss_mb']:>13.0f}{ratio:>12.1f}"
            f"{r.get('worker_peak_rss_mb', 0):>15.0f}{r.get('tree_peak_rss_mb', 0):>13.0f}"
        )
    return "\n".join(lines)


def comparison(old: dict, new: dict) -> str:
    """Two recorded runs side by side: each stage's seconds in both and how many times faster
    the new one is (below 1: slower), with what each run measured (commit, corpus, sample,
    cores), since only runs on the same text and machine compare."""
    before = {r["stage"]: r for r in old["results"]}
    lines = [
        f"old: {old.get('commit', '?')} {old.get('corpus')} sample={old.get('sample')} "
        f"cores={old.get('cores')}",
        f"new: {new.get('commit', '?')} {new.get('corpus')} sample={new.get('sample')} "
        f"cores={new.get('cores')}",
    ]
    if any(old.get(k) != new.get(k) for k in ("corpus", "sample", "cores")):
        lines.append("warning: the runs differ in corpus, sample or cores; times do not compare")
    lines.append(f"{'stage':<12}{'old s':>9}{'new s':>9}{'speed-up':>10}{'old MB':>8}{'new MB':>8}")
    for r in new["results"]:
        was = before.get(r["stage"])
        if was is None:
            lines.append(f"{r['stage']:<12}{'-':>9}{r['seconds']:>9.2f}{'-':>10}")
            continue
        ratio = was["seconds"] / r["seconds"] if r["seconds"] else float("inf")
        lines.append(
            f"{r['stage']:<12}{was['seconds']:>9.2f}{r['seconds']:>9.2f}{ratio:>10.2f}"
            f"{was.get('tree_peak_rss_mb', 0):>8.0f}{r.get('tree_peak_rss_mb', 0):>8.0f}"
        )
    return "\n".join(lines)


def _read_results(path: str) -> dict:
    """A JSON file this command wrote; exits with a message naming the file otherwise."""
    try:
        recorded = json.loads(Path(path).read_text())
    except (OSError, ValueError) as error:
        raise SystemExit(f"error: {path}: not a benchmark result ({error})") from None
    if not isinstance(recorded, dict) or not isinstance(recorded.get("results"), list):
        raise SystemExit(f"error: {path}: not a benchmark result (no list of results)")
    return recorded


def _commit() -> str:
    """The checked-out commit, ``+changes`` when the work tree differs from it."""
    commit = config.git("rev-parse", "HEAD") or "unknown"
    changed = config.git("status", "--porcelain", "--untracked-files=no")
    return commit + ("+changes" if changed else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--sample", type=int, help="only the first N documents (a smoke run)")
    parser.add_argument("--stages", nargs="+", choices=ALL, default=ALL)
    parser.add_argument(
        "--workers", type=int, help="worker processes for end_to_end (default: cores)"
    )
    parser.add_argument(
        "--json", default=str(config.PROJECT_ROOT / "benchmarks" / "results" / "latest.json")
    )
    parser.add_argument(
        "--compare",
        nargs="+",
        metavar="JSON",
        help="OLD.json: compare this run with it; OLD.json NEW.json: compare two recorded runs",
    )
    args = parser.parse_args(argv)
    if args.compare and len(args.compare) > 2:
        parser.error("--compare takes OLD.json, or OLD.json NEW.json")
    if args.compare and len(args.compare) == 2:
        print(comparison(*(_read_results(path) for path in args.compare)))
        return 0
    old = _read_results(args.compare[0]) if args.compare else None
    if not Path(args.corpus).exists():
        print(f"error: {args.corpus}: no such corpus (give --corpus PATH)", file=sys.stderr)
        return 2
    results = []
    for stage in args.stages:
        print(f"running {stage}...", file=sys.stderr, flush=True)
        results.append(measure(stage, args.corpus, args.sample, args.workers))
    print(
        f"corpus: {args.corpus} ({results[0]['documents']} documents, {results[0]['megabytes']} MB of text); "
        f"cores: {os.cpu_count()}; python {platform.python_version()}"
    )
    print(table(results))
    recorded = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "corpus": args.corpus,
        "cores": os.cpu_count(),
        "sample": args.sample,
        "results": results,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(recorded, indent=1))
    print(f"written: {out}")
    if old is not None:
        print(comparison(old, recorded))
    return 0


if __name__ == "__main__":
    sys.exit(main())
