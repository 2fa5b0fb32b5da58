"""Every report page, opened from disk in headless Chromium: offline, error-free, charts drawn.

Two report runs: the seed corpus (one article: notes instead of most charts) and the 120-item
corpus (multi-document charts draw). Pages are those of ``notebooks/NN-*.ipynb`` plus the index,
so a new notebook is covered as soon as it lands.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browser_support import OUTPUT, PAGES, VIEWPORT, Visit, watch

pytestmark = pytest.mark.browser

CORPORA = {"seeds": "seed_visits", "kremlin-120": "kremlin_visits"}
REPORTS = {"seeds": "seed_report", "kremlin-120": "kremlin_report"}
CASES = [pytest.param(corpus, page, id=f"{corpus}-{page}") for corpus in CORPORA for page in PAGES]


def _visit(request, corpus: str, page: str):
    visits = request.getfixturevalue(CORPORA[corpus])
    assert page in visits, f"{page}.html was not written (pages: {sorted(visits)})"
    return visits[page]


@pytest.mark.parametrize(("corpus", "page"), CASES)
def test_page_requests_nothing_but_local_files(request, corpus, page):
    visit = _visit(request, corpus, page)
    assert visit.external == [], f"{page}: requests left the machine: {visit.external[:5]}"


@pytest.mark.parametrize(("corpus", "page"), CASES)
def test_page_logs_no_console_error_and_throws_nothing(request, corpus, page):
    visit = _visit(request, corpus, page)
    assert visit.page_errors == [], f"{page}: uncaught errors: {visit.page_errors[:3]}"
    assert visit.console_errors == [], f"{page}: console errors: {visit.console_errors[:3]}"


@pytest.mark.parametrize(("corpus", "page"), CASES)
def test_every_chart_has_drawn_its_data(request, corpus, page):
    visit = _visit(request, corpus, page)
    for chart in visit.charts:
        assert chart["svg"] > 0, f"{page}: chart {chart['id']} has no SVG: plotly did not draw"
        assert chart["traces"] > 0, f"{page}: chart {chart['id']} has no trace"
        assert chart["marks"] > 0, f"{page}: chart {chart['id']} drew no data marks"


@pytest.mark.parametrize(("corpus", "page"), CASES)
def test_every_chart_fits_its_box(request, corpus, page):
    # A chart taller than its box spills over the table or text below it.
    visit = _visit(request, corpus, page)
    for chart in visit.charts:
        assert chart["drawn"] <= chart["box"] + 1, (
            f"{page}: chart {chart['id']} is {chart['drawn']:.0f} px tall in a "
            f"{chart['box']:.0f} px box"
        )


def test_the_120_item_overview_draws_its_three_charts(kremlin_visits):
    # 120 documents over 12 years with datelines repeated (The Kremlin, Moscow: 33 documents):
    # the overview notebook draws the timeline, the length histogram and the source bars.
    charts = kremlin_visits["01-corpus-overview"].charts
    assert len(charts) == 3
    assert all(c["marks"] > 0 for c in charts)


def test_the_seed_overview_explains_instead_of_drawing(seed_visits):
    # One document: each overview chart is replaced by a note saying why (notebook 01).
    visit = seed_visits["01-corpus-overview"]
    assert visit.charts == []
    assert "Dates span one period or none" in visit.text


@pytest.mark.parametrize("corpus", REPORTS)
def test_every_local_link_resolves_and_the_index_links_every_report(request, corpus):
    folder = request.getfixturevalue(REPORTS[corpus])
    visits = request.getfixturevalue(CORPORA[corpus])
    for name, visit in visits.items():
        for href in visit.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue  # an absolute address is a link for the reader, not a request
            assert (folder / unquote(parts.path)).is_file(), f"{name}.html links to {href}"
    linked = {urlsplit(h).path for h in visits["index"].links}
    assert linked >= {f"{stem}.html" for stem in PAGES if stem != "index"}


def _column(page, table, header: str) -> list[float]:
    col = table.locator("thead th").all_inner_texts().index(header)
    cells = table.locator(f"tbody tr td:nth-child({col + 1})").all_inner_texts()
    return [float(c.replace(",", "")) for c in cells]


def test_clicking_a_header_sorts_the_table(browser, kremlin_report):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    visit = Visit(url="")
    watch(page, visit)
    try:
        page.goto((kremlin_report / "01-corpus-overview.html").as_uri())
        table = page.locator("table.data-table", has=page.locator("th", has_text="words")).first
        before = _column(page, table, "words")
        # The documents table is in date order, so its word counts are not sorted to begin with.
        assert before != sorted(before)
        table.locator("thead th", has_text="words").click()
        assert _column(page, table, "words") == sorted(before)
        table.locator("thead th", has_text="words").click()
        assert _column(page, table, "words") == sorted(before, reverse=True)
        assert visit.page_errors == [] and visit.external == []
    finally:
        context.close()


@pytest.mark.parametrize(("corpus", "page"), CASES)
def test_a_screenshot_of_the_page_is_saved(request, corpus, page):
    visit = _visit(request, corpus, page)
    shot: Path = visit.screenshot
    assert shot == OUTPUT / corpus / f"{page}.png"
    # A PNG of a blank 1200x900 page is a few kilobytes; a rendered report is far more.
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
