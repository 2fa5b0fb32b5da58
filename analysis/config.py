"""Paths, derived from one place: the package location."""

import os
from pathlib import Path

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
