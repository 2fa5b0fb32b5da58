"""Paths, derived from one place: the package location."""

import copy
import os
import subprocess
from functools import cache
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
PROJECT_ROOT = PACKAGE_DIR.parent
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"
# The analysis cache; ANALYSIS_CACHE_DIR moves it (benchmarks use a scratch folder).
CACHE_DIR = Path(os.environ.get("ANALYSIS_CACHE_DIR") or PROJECT_ROOT / ".cache" / "analysis")


def data_file(name: str) -> Path:
    """Return the path of a lexicon or dictionary shipped in ``analysis/data/``.

    Raises:
        FileNotFoundError: when the package does not ship ``name``.
    """
    path = DATA_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"analysis/data/{name}: not shipped with the package")
    return path


# LibYAML's safe loader when PyYAML was built with it: the same result, several times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _parsed_yaml(name: str):
    with data_file(name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=YAML_LOADER)


def read_yaml(name: str):
    """Parse a YAML lexicon shipped in ``analysis/data/`` (parsed once; each caller gets a copy).

    Raises:
        FileNotFoundError: when the package does not ship ``name``.
    """
    return copy.deepcopy(_parsed_yaml(name))


def git(*args: str) -> str:
    """What ``git ARGS`` prints in the project folder, or "" when git cannot tell (no git, not
    a checkout)."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""
