"""Headless Chromium over the generated reports and JupyterLab (issue 7).

Every test here is marked ``browser``. Without a Chromium at ``/usr/bin/chromium`` (or at
``$CHROMIUM``) the tests are skipped, saying why; with ``REQUIRE_BROWSER=1`` (set by ``.ci/run``)
they fail instead, so CI cannot pass by skipping them.

Playwright cannot download a browser here: Debian's ``chromium`` is launched through
``executable_path``. Pages are opened from ``file://`` and every other request is aborted and
counted. Screenshots go to ``test-output/browser/`` (git-ignored); ``UPDATE_DOCS_SCREENSHOTS=1``
also refreshes the small PNGs under ``docs/`` (``docs/index.png``, ``docs/figures-report.png``).
Helpers and the hostile corpus are in ``browser_support.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    KREMLIN_120,
    SEEDS,
    Visit,
    update_docs_screenshots,
    visit_report,
    write_hostile_corpus,
)

from analysis import report


@pytest.fixture(scope="session", autouse=True)
def _chromium_available():
    """Skip (or, with REQUIRE_BROWSER=1, fail) when Chromium or Playwright is missing."""
    missing = None
    if not os.access(CHROMIUM, os.X_OK):
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM=path)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright package is not installed (pip install playwright)"
    if missing is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {missing}", pytrace=False)
    pytest.skip(f"browser tests skipped: {missing}")


@pytest.fixture(scope="session")
def browser(_chromium_available):
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def _run_report(corpus: Path, out: Path) -> Path:
    report.run(corpus, out, jobs=2, log=lambda _: None)
    return out


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory) -> Path:
    """The reports on the seed corpus (one TASS article)."""
    return _run_report(SEEDS, tmp_path_factory.mktemp("report-seeds"))


@pytest.fixture(scope="session")
def kremlin_report(tmp_path_factory) -> Path:
    """The reports on the 120-item corpus: multi-document charts are drawn."""
    return _run_report(KREMLIN_120, tmp_path_factory.mktemp("report-kremlin120"))


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> Path:
    """A folder of articles whose every field carries markup, script and odd text."""
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "hostile-corpus")


@pytest.fixture(scope="session")
def hostile_report(hostile_corpus, tmp_path_factory) -> Path:
    """The reports on the hostile corpus."""
    return _run_report(hostile_corpus, tmp_path_factory.mktemp("report-hostile"))


@pytest.fixture(scope="session")
def seed_visits(browser, seed_report) -> dict[str, Visit]:
    return visit_report(browser, seed_report, "seeds")


@pytest.fixture(scope="session")
def kremlin_visits(browser, kremlin_report) -> dict[str, Visit]:
    visits = visit_report(browser, kremlin_report, "kremlin-120")
    if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1":
        update_docs_screenshots(browser, kremlin_report)
    return visits


@pytest.fixture(scope="session")
def hostile_visits(browser, hostile_report) -> dict[str, Visit]:
    return visit_report(browser, hostile_report, "hostile")
