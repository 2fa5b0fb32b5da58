"""Corpus text is untrusted: a corpus full of markup and script renders as text in every page.

The hostile corpus (``browser_support.write_hostile_corpus``) puts ``<script>``, ``<img onerror>``,
``<svg onload>``, ``javascript:`` links, a ``</script>`` break-out, attribute break-outs, HTML
entities and a 100 KB line into titles, leads, bodies, quotes, datelines, agencies and actor
names. Every payload that could run sets ``window.__pwned`` and opens a dialog.
"""

from __future__ import annotations

import nbformat
import plotly.graph_objects as go
import pytest
from browser_support import (
    BREAKOUT,
    ENTITIES,
    HOSTILE_AGENCY,
    HOSTILE_TITLE,
    MATH,
    PAGES,
    SCRIPT,
    visit_page,
)
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import report

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("page", PAGES)
def test_no_script_from_the_corpus_runs(hostile_visits, page):
    visit = hostile_visits[page]
    assert visit.dialogs == [], f"{page}: a dialog opened: {visit.dialogs[:3]}"
    assert visit.pwned == "undefined", f"{page}: corpus script ran (window.__pwned is set)"


@pytest.mark.parametrize("page", PAGES)
def test_no_markup_from_the_corpus_reaches_the_page(hostile_visits, page):
    # Neither the pages nor plotly put event handlers or javascript: links in the DOM; any that
    # appears came from corpus text that was not escaped.
    visit = hostile_visits[page]
    assert visit.injected == [], f"{page}: injected markup: {visit.injected[:3]}"


@pytest.mark.parametrize("page", PAGES)
def test_the_page_stays_offline_and_error_free(hostile_visits, page):
    visit = hostile_visits[page]
    assert visit.external == [], f"{page}: requests left the machine: {visit.external[:3]}"
    assert visit.page_errors == [], f"{page}: uncaught errors: {visit.page_errors[:3]}"
    for chart in visit.charts:
        assert chart["svg"] > 0 and chart["marks"] > 0, f"{page}: chart {chart['id']} did not draw"


@pytest.mark.parametrize("page", PAGES)
def test_the_tables_still_render(hostile_visits, page):
    # Every page shows a table with rows (a corpus-dependent table may legitimately be empty).
    visit = hostile_visits[page]
    assert any(rows > 0 for rows in visit.table_rows), f"{page}: no table with rows"


def test_the_documents_table_lists_every_hostile_document(hostile_visits):
    # 6 JSON Lines records + 2 TASS text files + 1 HTML page (browser_support.py).
    visit = hostile_visits["01-corpus-overview"]
    assert 9 in visit.table_rows


@pytest.mark.parametrize(
    "literal",
    [
        pytest.param(SCRIPT, id="script-tag"),
        pytest.param(HOSTILE_TITLE, id="title-with-img-onerror"),
        # Entities in a text source are text: "&lt;" shows as typed, it is not decoded into "<".
        pytest.param(ENTITIES, id="entities-as-typed"),
        pytest.param("Page <script>alert(1)</script>", id="html-source-entities-decoded"),
        pytest.param(MATH, id="tex-as-typed"),
    ],
)
def test_hostile_strings_show_as_text_in_the_overview(hostile_visits, literal):
    assert literal in hostile_visits["01-corpus-overview"].text


def test_a_hostile_agency_shows_as_text_on_the_index(hostile_visits):
    # The index's corpus facts list the agencies of the JSON Lines records.
    assert HOSTILE_AGENCY in hostile_visits["index"].text


def test_chart_labels_show_markup_as_text(hostile_visits):
    # The overview charts the most common source field: the agency "Agency <script>...", named by
    # all 6 JSON Lines records. Its label reads as typed; plotly does not drop the "tag".
    labels = "".join(c["text"] for c in hostile_visits["01-corpus-overview"].charts)
    assert HOSTILE_AGENCY in labels


@pytest.mark.parametrize("page", PAGES)
def test_a_100_kb_line_does_not_stretch_the_page_beyond_reading(hostile_visits, page):
    # Viewport 1200 px; a long word may widen a table a little (the documents table of this
    # corpus is about 1,250 px), but 100 KB of "x" in a cell would make it hundreds of thousands.
    assert hostile_visits[page].scroll_width < 3_000


def test_a_chart_label_cannot_close_the_script_that_draws_it(browser, tmp_path):
    # A chart builder that forgets html.escape puts raw "</script><script>..." into the figure;
    # the report still embeds the figure JSON so that it cannot end its <script> element.
    figure = go.Figure(go.Bar(x=[1, 2], y=[BREAKOUT, "plain"], orientation="h"))
    output = new_output(
        "display_data", data={report.PLOTLY_MIME: figure.to_plotly_json(), "text/plain": "Figure"}
    )
    cell = new_code_cell("fig.show()", outputs=[output])
    notebook = new_notebook(cells=[new_markdown_cell("# Chart\n\nOne chart."), cell])
    nbformat.write(notebook, tmp_path / "chart.ipynb")
    page, *_ = report.to_html(tmp_path / "chart.ipynb")
    (tmp_path / "chart.html").write_text(page, encoding="utf-8")
    visit = visit_page(browser, tmp_path / "chart.html")
    assert visit.dialogs == [] and visit.pwned == "undefined"
    assert visit.page_errors == []
    assert len(visit.charts) == 1 and visit.charts[0]["marks"] > 0
