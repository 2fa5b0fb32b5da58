"""Time ``python -m analysis report`` end to end: ``python -m benchmarks.report [--corpus PATH]``.

Two runs into a scratch folder: the first with an empty analysis cache (cold), the second on the
unchanged corpus (warm cache). Both include starting the kernels and converting to HTML, as
``make report`` does with a ready ``.venv``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import config


def timed_report(corpus: str, out: Path, cache: Path) -> float:
    """Seconds for one report run; raises when the run fails."""
    env = {**os.environ, "CI": "1", "ANALYSIS_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", corpus, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        env=env,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default=str(config.DEFAULT_CORPUS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        cold = timed_report(args.corpus, Path(scratch) / "reports", Path(scratch) / "cache")
        warm = timed_report(args.corpus, Path(scratch) / "reports", Path(scratch) / "cache")
    print(
        json.dumps(
            {
                "corpus": args.corpus,
                "cores": os.cpu_count(),
                "cold_cache_s": round(cold, 2),
                "warm_cache_s": round(warm, 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
