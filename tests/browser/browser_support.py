"""Helpers for the browser tests: paths, Chromium flags, the hostile corpus, page visits.

Kept out of ``conftest.py`` so that test modules can import them (``from browser_support import
...``); the fixtures live in ``conftest.py``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from analysis import report

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
KREMLIN_120 = ROOT / "tests" / "data" / "kremlin-news-120.jsonl"
OUTPUT = ROOT / "test-output" / "browser"
DOCS = ROOT / "docs"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
VIEWPORT = {"width": 1200, "height": 900}
# The report notebooks known when the tests are collected: one page each, plus the index.
NOTEBOOK_STEMS = [nb.stem for nb in report.discover()]
PAGES = ["index", *NOTEBOOK_STEMS]

# Everything a chart draws as data: bars, markers, lines, areas, heatmap images, pie slices.
_CHARTS_JS = """() => Array.from(document.querySelectorAll('.plotly-graph-div')).map(div => ({
  id: div.id,
  svg: div.querySelectorAll('.main-svg').length,
  traces: div.querySelectorAll('.trace, g.hm').length,
  marks: div.querySelectorAll(
    '.point, .js-line, .js-fill, g.hm image, .slice path, .textpoint, .boxlayer path').length,
  text: div.textContent,
  box: div.getBoundingClientRect().height,
  drawn: div.querySelector('.main-svg') ? div.querySelector('.main-svg').getBoundingClientRect().height : 0,
}))"""
# Markup that can only come from unescaped corpus text: event-handler attributes, script links.
_INJECTED_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.toLowerCase().startsWith('on') || value.startsWith('javascript:')) {
        found.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 80));
      }
    }
  }
  return found;
}"""

# --- the hostile corpus -------------------------------------------------------------------------

# Each payload that could run sets window.__pwned and opens a dialog; neither may happen.
SCRIPT = "<script>alert(1)</script>"
SCRIPT_PWN = "<script>window.__pwned=1;alert('script')</script>"
IMG = "<img src=x onerror=\"window.__pwned=1;alert('img')\">"
ACTOR = "President <img src=x onerror=alert(1)>"
SVG = "<svg onload=window.__pwned=1;alert('svg')>"
JS_LINK = "<a href=\"javascript:window.__pwned=1;alert('link')\">read more</a>"
JS_URL = "javascript:window.__pwned=1;alert('url')"
# Closes the <script> that carries a chart's JSON, then opens one of its own.
BREAKOUT = "</script><script>window.__pwned=1;alert('breakout')</script>"
ATTRIBUTE = '" onmouseover="window.__pwned=1" x="'
# Entities in the source are text: they must show as typed, not be decoded into markup.
ENTITIES = "&lt;script&gt;alert(5)&lt;/script&gt; &amp; &#60;b&#62;"
PLOTLY_TAGS = "<b>bold</b><br><i>it</i><sup>2</sup>"
LONG_LINE = "x" * 100_000  # 100 KB without a space
# TeX that JupyterLab's MathJax would typeset in an HTML output: corpus text must read as typed.
MATH = r"priced at $5 and $x^2$, \(E=mc^2\) and $$\int f$$"

HOSTILE_TITLE = f"Talks on {SCRIPT} and {IMG} resume"
# Plotly draws <b> as bold in a label: unescaped, the label would lose the tags.
HOSTILE_AGENCY = f"Agency {SCRIPT} <b>bold</b>"
HOSTILE_PLACE = f"Moscow {BREAKOUT}"


def _hostile_body(n: int) -> str:
    quote = f'"Everything is fine {SCRIPT} {MATH}," said {ACTOR}.'
    return "\n\n".join(
        [
            f"Russia and Japan held talks on sanctions {n}. {quote}",
            f"Foreign Ministry spokesman {ACTOR} said {JS_LINK} and {SVG}.",
            f"Sakhalin-2 exports rose by {10 + n}% to {n + 3} million tonnes {SCRIPT_PWN}.",
            f"Russian oil exports to Japan reached {20 + n} million tonnes in 2012, said {ACTOR}.",
            f"Gas supplies grew to {n + 5} billion cubic metres {IMG}, Gazprom <b>said</b>.",
            f"Entities stay text: {ENTITIES}. Plotly labels: {PLOTLY_TAGS}. {ATTRIBUTE}",
            f"Prime Minister Takaichi said {BREAKOUT} on {2000 + n}.",
        ]
    )


def write_hostile_corpus(folder: Path) -> Path:
    """Write the hostile corpus: JSON Lines, plain-text TASS articles and an HTML page.

    Returns:
        The folder.
    """
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for n in range(6):
        records.append(
            {
                "id": f"h{n}<script>x</script>",
                "url": JS_URL,
                "published": f"{2010 + n}-0{1 + n}-1{n}T10:00",
                "place": HOSTILE_PLACE if n % 2 == 0 else f"Tokyo {IMG}",
                "agency": HOSTILE_AGENCY,
                "title": f"{HOSTILE_TITLE} ({n}) {MATH}" if n else f"{ENTITIES} {PLOTLY_TAGS}",
                "lead": f"Lead {SVG} {ATTRIBUTE}",
                "body": _hostile_body(n) + (f"\n\n{LONG_LINE}" if n == 3 else ""),
                "persons": [ACTOR, "Putin Vladimir", f"Abe {SCRIPT}"],
                "topics": [f"Topic {IMG}", "Foreign policy"],
            }
        )
    (folder / "hostile.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    for n in range(2):
        (folder / f"tass-{n}.txt").write_text(
            f"{SCRIPT} Sanctions talk {n} {IMG}\n\n"
            f"World February 1{n}, 8:0{n}\n\n"
            f"Lead with a quote {JS_LINK}\n\n"
            f"TOKYO, February 1{n}. /TASS/. {_hostile_body(10 + n)}\n\n"
            f"{LONG_LINE[:20_000]}\n",
            encoding="utf-8",
        )
    # In an HTML source, markup is markup: the loader drops the script and decodes the
    # entities, so the text holds a literal "<script>alert(1)</script>" to be escaped.
    (folder / "page.html").write_text(
        "<html><head><title>Page &lt;script&gt;alert(1)&lt;/script&gt;</title>"
        "<script>window.__pwned=1;alert('html')</script></head><body>"
        "<p>MOSCOW, March 3 (Reuters) - Ministry said &lt;script&gt;alert(1)&lt;/script&gt; "
        "about sanctions.</p>"
        f"<p>{_hostile_body(20).replace('<', '&lt;')}</p></body></html>",
        encoding="utf-8",
    )
    return folder


# --- visiting pages -----------------------------------------------------------------------------


@dataclass
class Visit:
    """What one page did in the browser."""

    url: str
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    text: str = ""
    pwned: str = "undefined"
    injected: list[str] = field(default_factory=list)
    table_rows: list[int] = field(default_factory=list)
    scroll_width: int = 0
    screenshot: Path | None = None


def watch(page, visit: Visit, allowed=LOCAL_SCHEMES) -> None:
    """Abort and count every request outside ``allowed``; record errors and dialogs."""

    def route(route_):
        url = route_.request.url
        if url.startswith(allowed):
            route_.continue_()
        else:
            visit.external.append(url)
            route_.abort()

    page.route("**/*", route)
    page.on(
        "console",
        lambda message: (
            visit.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))

    def dialog(dialog_):
        visit.dialogs.append(f"{dialog_.type}: {dialog_.message}")
        dialog_.dismiss()

    page.on("dialog", dialog)


def wait_for_charts(page, timeout: float = 15_000) -> None:
    """Wait until every chart div holds plotly's SVG (a chart that never draws times out)."""
    try:
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.plotly-graph-div'))"
            ".every(d => d.querySelector('.main-svg'))",
            timeout=timeout,
        )
    except Exception:  # noqa: BLE001 - the per-chart assertions say which chart failed
        pass


def inspect(page, visit: Visit) -> Visit:
    """Fill ``visit`` from the loaded page."""
    visit.charts = page.evaluate(_CHARTS_JS)
    visit.links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    visit.text = page.inner_text("body")
    visit.pwned = page.evaluate("() => typeof window.__pwned")
    visit.injected = page.evaluate(_INJECTED_JS)
    visit.table_rows = page.eval_on_selector_all(
        "table", "ts => ts.map(t => t.tBodies.length ? t.tBodies[0].rows.length : t.rows.length)"
    )
    # The widest of the page and its tables (a table scrolls inside its output area).
    visit.scroll_width = page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth,"
        " ...Array.from(document.querySelectorAll('table'), t => t.scrollWidth))"
    )
    return visit


def visit_page(browser, path: Path, screenshot: Path | None = None) -> Visit:
    """Open ``path`` from disk in a fresh context, let its charts draw, and record everything."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    visit = Visit(url=path.as_uri())
    watch(page, visit)
    try:
        page.goto(visit.url, wait_until="load")
        wait_for_charts(page)
        inspect(page, visit)
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
            visit.screenshot = screenshot
    finally:
        context.close()
    return visit


def visit_report(browser, folder: Path, label: str) -> dict[str, Visit]:
    """Visit every page of a report folder; screenshots under ``test-output/browser/label``."""
    pages = sorted(folder.glob("*.html"))
    assert pages, f"no page in {folder}"
    return {
        page.stem: visit_page(browser, page, OUTPUT / label / f"{page.stem}.png") for page in pages
    }


def update_docs_screenshots(browser, folder: Path) -> None:
    """Small PNGs for the README: the index, and the figures report (else the overview)."""
    figures = sorted(folder.glob("[0-9][0-9]-*figures*.html")) or sorted(
        folder.glob("[0-9][0-9]-*.html")
    )
    shots = {"index.png": (folder / "index.html", 1600)}
    if figures:
        shots["figures-report.png"] = (figures[0], 1600)
    # 1250 CSS pixels at a device scale of 0.8 give a 1,000-pixel-wide image.
    context = browser.new_context(viewport={"width": 1250, "height": 900}, device_scale_factor=0.8)
    try:
        for name, (page_path, height) in shots.items():
            page = context.new_page()
            watch(page, Visit(url=page_path.as_uri()))
            page.goto(page_path.as_uri(), wait_until="load")
            wait_for_charts(page)
            full = page.evaluate("() => document.documentElement.scrollHeight")
            clip = {"x": 0, "y": 0, "width": 1250, "height": min(height, full)}
            DOCS.mkdir(exist_ok=True)
            page.screenshot(path=str(DOCS / name), clip=clip, full_page=True)
            page.close()
    finally:
        context.close()
