"""Run the notebooks headlessly (papermill) into self-contained, offline HTML reports.

The only module that writes report files. A run stages everything in a scratch folder and
moves the pages into place only when every notebook succeeded, so a failed run never replaces
the last good report. Two runs on the same corpus give the same bytes, apart from the
provenance footer of ``index.html``.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from pathlib import Path

import nbformat
import pandas as pd

from analysis import config
from analysis.present import HEADLINE_MIME

PLOTLY_MIME = "application/vnd.plotly.v1+json"
KERNEL = "python3"
PROVENANCE_PACKAGES = (
    "pandas",
    "nltk",
    "plotly",
    "papermill",
    "nbconvert",
    "pyarrow",
    "news-analysis",
)
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CSS = """
body { max-width: 1100px; margin: 0 auto; padding: 0 1.5rem 3rem; }
.report-nav, .report-header { font-family: var(--jp-content-font-family, system-ui, sans-serif); }
.report-nav { margin: 1rem 0 0; font-size: 0.9rem; }
.report-header { border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
.report-title { margin-bottom: 0.2rem; font-size: 1.9rem; }
.report-summary { color: #444; margin-top: 0; font-size: 1.05rem; }
.headline { background: #f4f7fb; border-left: 4px solid #1f77b4; padding: 0.4rem 1rem; }
.jp-RenderedHTMLCommon table.data-table { border-collapse: collapse; font-size: 0.85rem;
  table-layout: auto; }
.jp-RenderedHTMLCommon table.data-table td, .jp-RenderedHTMLCommon table.data-table th {
  border-bottom: 1px solid #eee; padding: 2px 8px; text-align: left; vertical-align: top;
  max-width: 40rem; overflow-wrap: break-word; word-break: normal; }
.jp-RenderedHTMLCommon table.data-table th { cursor: pointer; background: #fafafa;
  white-space: nowrap; }
.jp-RenderedHTMLCommon table.data-table th[data-sort="asc"]::after { content: " \\25B2"; }
.jp-RenderedHTMLCommon table.data-table th[data-sort="desc"]::after { content: " \\25BC"; }
.jp-RenderedHTMLCommon table.data-table td.num, .jp-RenderedHTMLCommon table.data-table th.num {
  text-align: right; font-variant-numeric: tabular-nums; }
.jp-RenderedHTMLCommon table.data-table th.wide { min-width: 15rem; }
p.note { color: #555; }
"""
# Tables: a click on a header sorts that column (numbers as numbers); columns of numbers are
# right-aligned and columns of long text get room to breathe. Inline, no network.
_SORT_JS = """
function cellNumber(cell) {
  var s = cell.textContent.trim().replace(/,/g, '');
  return s === '' ? NaN : Number(s);
}
document.querySelectorAll('table.data-table').forEach(function (table) {
  var body = table.tBodies[0];
  if (!body) { return; }
  table.querySelectorAll('thead th').forEach(function (th, col) {
    var cells = Array.prototype.map.call(body.rows, function (r) { return r.cells[col]; })
      .filter(function (c) { return c; });
    var filled = cells.filter(function (c) { return c.textContent.trim() !== ''; });
    if (filled.length && filled.every(function (c) { return !isNaN(cellNumber(c)); })) {
      th.classList.add('num');
      cells.forEach(function (c) { c.classList.add('num'); });
    } else if (filled.length && filled.reduce(function (n, c) {
      return n + c.textContent.length; }, 0) / filled.length > 60) {
      th.classList.add('wide');
    }
    th.title = 'Click to sort';
    th.addEventListener('click', function () {
      var rows = Array.prototype.slice.call(body.rows);
      var asc = th.dataset.sort !== 'asc';
      rows.sort(function (a, b) {
        var nx = cellNumber(a.cells[col]), ny = cellNumber(b.cells[col]);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny
          : a.cells[col].textContent.localeCompare(b.cells[col].textContent, undefined,
                                                   {numeric: true});
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      table.querySelectorAll('thead th').forEach(function (h) { delete h.dataset.sort; });
      th.dataset.sort = asc ? 'asc' : 'desc';
    });
  });
});
"""


class ReportError(Exception):
    """A notebook failed; the message names it, the failing cell and the traceback."""


@dataclass
class Outcome:
    """What happened to one notebook in a run."""

    notebook: Path
    executed: Path
    seconds: float
    error: str | None = None


def discover(only: list[str] | None = None) -> list[Path]:
    """The report notebooks (``notebooks/NN-*.ipynb``) in order, optionally filtered.

    Args:
        only: names to keep; each matches a notebook by its number (``01``) or a part of its
            name (``terms``).

    Raises:
        ReportError: a name in ``only`` matches no notebook.
    """
    notebooks = sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    if not only:
        return notebooks
    chosen = [nb for nb in notebooks if any(nb.name.startswith(n) or n in nb.stem for n in only)]
    unknown = [
        n for n in only if not any(nb.name.startswith(n) or n in nb.stem for nb in notebooks)
    ]
    if unknown:
        raise ReportError(
            f"no notebook matches {', '.join(unknown)} (have: {', '.join(nb.stem for nb in notebooks)})"
        )
    return chosen


def parameters(
    corpus: str | Path,
    *,
    year: int | None = None,
    actors_file: str | None = None,
    kwic_terms: list[str] | None = None,
    columns: dict[str, str] | None = None,
) -> dict:
    """The parameters injected into every notebook (the names of their ``parameters`` cell).

    ``kwic_terms``: the words looked up in context; when not given, the notebooks' own (chosen
    for the seed corpus) on the seed corpus, and on any other corpus ``None``, for the notebooks
    to take the actors it mentions most (``kwic.suggested_terms``)."""
    params = {"corpus_path": str(Path(corpus).resolve()), "year": year}
    if actors_file:
        params["actors_file"] = str(Path(actors_file).resolve())
    if columns:  # a table corpus's column names: {"text_column": "body"}
        params["columns"] = dict(columns)
    if kwic_terms:
        params["kwic_terms"] = list(kwic_terms)
    elif Path(corpus).resolve() != config.DEFAULT_CORPUS.resolve():
        params["kwic_terms"] = None
    return params


def execute(notebook: Path, output: Path, params: dict) -> Outcome:
    """Run one notebook with papermill in a fresh kernel; never raises for a failing cell."""
    import papermill

    started = time.perf_counter()
    error = None
    try:
        # Notebooks run in threads side by side, and a process has one working directory:
        # papermill's ``cwd`` changes it for the whole process while a notebook runs (and its
        # relative paths follow whichever directory another thread left), so a report could
        # fail with "No such file" for its own output. Absolute paths, and the kernel started
        # in the notebooks folder through nbclient's resources, leave the process's alone.
        papermill.execute_notebook(
            str(Path(notebook).resolve()),
            str(Path(output).resolve()),
            parameters=params,
            kernel_name=KERNEL,
            progress_bar=False,
            log_output=False,
            resources={"metadata": {"path": str(Path(config.NOTEBOOKS_DIR).resolve())}},
        )
    except papermill.PapermillExecutionError as failure:
        trace = _ANSI.sub("", "\n".join(failure.traceback))
        error = (
            f"{notebook.name}: cell {failure.exec_count} failed: {failure.ename}: "
            f"{failure.evalue}\n{_failed_source(output)}{trace}"
        )
    except Exception as failure:  # the kernel died or could not start: report, don't crash the run
        error = f"{notebook.name}: could not be run: {failure.__class__.__name__}: {failure}"
    return Outcome(notebook, output, time.perf_counter() - started, error)


def _failed_source(executed: Path) -> str:
    try:
        nb = nbformat.read(executed, as_version=4)
    except (OSError, ValueError):
        return ""
    for cell in nb.cells:
        if cell.cell_type == "code" and any(
            o.get("output_type") == "error" for o in cell.get("outputs", [])
        ):
            return f"--- failing cell ---\n{cell.source}\n--- traceback ---\n"
    return ""


def _plotly_div(figure: dict, div_id: str) -> str:
    """A chart as a div and an inline script; JSON made safe to sit inside <script>."""
    payload = json.dumps(
        {"data": figure.get("data", []), "layout": figure.get("layout", {})},
        sort_keys=True,
        ensure_ascii=True,
    )
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # The box is as tall as the figure asks to be: a fixed box lets a taller chart spill over the
    # content below it and leaves a gap under a shorter one.
    height = int(figure.get("layout", {}).get("height") or 480)
    return (
        f'<div id="{div_id}" class="plotly-graph-div" style="height:{height}px; width:100%;"></div>'
        f'<script type="text/javascript">(function () {{ var fig = {payload}; '
        f'Plotly.newPlot("{div_id}", fig.data, fig.layout, {{"responsive": true, "displaylogo": false}}); '
        f"}})();</script>"
    )


def prepare_for_html(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Turn plotly outputs into offline chart markup; drop what must not reach a page.

    Dropped: stderr streams (warnings carry machine paths), JavaScript outputs (only our own
    chart scripts may run), parameter cells.
    """
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    kept = []
    for index, cell in enumerate(nb.cells):
        tags = cell.get("metadata", {}).get("tags", [])
        if "parameters" in tags or "injected-parameters" in tags:
            continue
        if cell.cell_type == "code":
            outputs = []
            for number, output in enumerate(cell.get("outputs", [])):
                if output.get("output_type") == "stream" and output.get("name") == "stderr":
                    continue
                data = output.get("data")
                if data is not None:
                    data.pop("application/javascript", None)
                    if PLOTLY_MIME in data:
                        output["data"] = {
                            "text/html": _plotly_div(data[PLOTLY_MIME], f"chart-{index}-{number}")
                        }
                outputs.append(output)
            cell["outputs"] = outputs
        kept.append(cell)
    nb.cells = kept
    return nb


def title_and_summary(nb: nbformat.NotebookNode) -> tuple[str, str]:
    """The report's title (first ``#`` heading) and one-line summary (the paragraph after it)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = [line.strip() for line in cell.source.splitlines()]
        title = next((line.lstrip("# ") for line in lines if line.startswith("# ")), "")
        rest = [line for line in lines if line and not line.startswith("#")]
        return title, rest[0] if rest else ""
    return "", ""


def headline_findings(nb: nbformat.NotebookNode) -> list[str]:
    """The findings a notebook displayed with ``present.headline``."""
    return [
        finding
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        for finding in output.get("data", {}).get(HEADLINE_MIME, {}).get("findings", [])
    ]


def to_html(executed: Path, *, show_code: bool = False) -> tuple[str, str, str, list[str]]:
    """Convert an executed notebook into a self-contained HTML page.

    Returns:
        ``(page, title, summary, headline findings)``.
    """
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    title, summary = title_and_summary(nb)
    findings = headline_findings(nb)
    nb = prepare_for_html(nb)
    if nb.cells and nb.cells[0].cell_type == "markdown" and title:
        nb.cells[0].source = "\n".join(
            line
            for line in nb.cells[0].source.splitlines()
            if not line.startswith("# ") and line.strip() != summary
        )
    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(config.PACKAGE_DIR / "templates")],
        exclude_input=not show_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    resources = {
        "metadata": {"name": title or executed.stem},
        "report_title": title or executed.stem,
        "report_summary": summary,
        "report_css": _CSS,
    }
    page, _ = exporter.from_notebook_node(nb, resources=resources)
    return _inline_scripts(page), title, summary, findings


def _inline_scripts(page: str) -> str:
    plotly_js = plotly_js_source()
    head = f'<script type="text/javascript">{plotly_js}</script>\n</head>'
    page = page.replace("</head>", head, 1)
    return page.replace(
        "</body>", f'<script type="text/javascript">{_SORT_JS}</script>\n</body>', 1
    )


@cache
def plotly_js_source() -> str:
    """The plotly.js bundle shipped inside the plotly package (no CDN)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def package_versions() -> dict[str, str]:
    """The installed versions of the packages that shape a report's output."""
    versions = {}
    for package in PROVENANCE_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = _project_version(package) or "not installed"
    return versions


def _project_version(package: str) -> str | None:
    """This project's version from its pyproject.toml, when it runs from its folder rather than
    installed (as ``make report`` runs it)."""
    import tomllib

    try:
        project = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None
    return project.get("version") if project.get("name") == package else None


def provenance(corpus_digest: str) -> dict:
    """Run time, git commit, package versions and corpus digest: the only parts that may vary."""
    commit = config.git("rev-parse", "--short", "HEAD") or "unknown"
    versions = package_versions()
    return {
        "run": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "commit": commit,
        "python": sys.version.split()[0],
        "packages": versions,
        "corpus_sha256": corpus_digest,
    }


def index_page(
    corpus, cards: list[dict], prov: dict, corpus_label: str, downloads: dict | None = None
) -> str:
    """``index.html``: the corpus, one card per report, links to the full tables (``downloads``:
    rows by table name, see ``tables.write_csv``) and the provenance footer."""
    from analysis import overview

    esc = html.escape
    facts = overview.summary(corpus.documents, corpus.problems)
    fact_rows = "".join(
        f"<tr><th>{esc(r.what)}</th><td>{esc(r.value)}</td></tr>" for r in facts.itertuples()
    )
    problems = corpus.problems
    if len(problems):
        problem_rows = "".join(
            f"<tr><td>{esc(str(p.path))}</td><td>{'' if pd.isna(p.line) else esc(str(p.line))}</td>"
            f"<td>{esc(p.problem)}</td><td>{esc(p.action)}</td></tr>"
            for p in problems.head(200).itertuples()
        )
        more = (
            f"<p class='note'>{len(problems) - 200} more problems not shown.</p>"
            if len(problems) > 200
            else ""
        )
        problem_html = (
            "<table class='data-table'><thead><tr><th>file</th><th>line</th><th>problem</th>"
            f"<th>what was done</th></tr></thead><tbody>{problem_rows}</tbody></table>{more}"
        )
    else:
        problem_html = "<p>Every file was read as given.</p>"
    card_html = "".join(
        f"<article class='card'><h2><a href='{esc(c['href'])}'>{esc(c['title'])}</a></h2>"
        f"<p>{esc(c['summary'])}</p><ul>{''.join(f'<li>{esc(f)}</li>' for f in c['findings'])}</ul></article>"
        for c in cards
    )
    packages = ", ".join(f"{esc(k)} {esc(v)}" for k, v in prov["packages"].items())
    table_links = "".join(
        f"<li><a href='{TABLES_DIR}/{esc(name)}.csv'>{esc(name)}.csv</a> ({rows:,} rows)</li>"
        for name, rows in (downloads or {}).items()
    )
    tables_html = (
        "<section><h2>Full tables</h2><p>The reports show the first rows of each table; every "
        f"row is in these CSV files (UTF-8), each figure with its sentence.</p><ul>{table_links}"
        "</ul></section>"
        if table_links
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>News corpus report: {esc(corpus_label)}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 0 auto;
  padding: 1rem 1.5rem 3rem; color: #222; line-height: 1.45; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem; }}
.card {{ border: 1px solid #ddd; border-radius: 6px; padding: 0.2rem 1rem 0.6rem; }}
.card h2 {{ font-size: 1.15rem; }}
table.data-table, table.facts {{ border-collapse: collapse; font-size: 0.9rem; }}
table.data-table td, table.data-table th, table.facts td, table.facts th {{ border-bottom: 1px solid #eee;
  padding: 3px 10px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }}
footer.provenance {{ margin-top: 2rem; border-top: 1px solid #ddd; color: #666; font-size: 0.8rem; }}
</style></head>
<body>
<header><h1>News corpus report</h1><p>Corpus: <code>{esc(corpus_label)}</code>. Every number in these
reports is computed from the corpus by the notebooks named on each card, and each figure, mention and
quote is shown with the sentence it came from.</p></header>
<section><h2>The corpus</h2><table class="facts">{fact_rows}</table></section>
<section><h2>Reports</h2><div class="cards">{card_html}</div></section>
<section><h2>Load problems</h2>{problem_html}</section>
{tables_html}
<footer class="provenance"><p>Generated {esc(prov["run"])} from commit {esc(prov["commit"])} with Python
{esc(prov["python"])}; {packages}. Corpus sha256 {esc(prov["corpus_sha256"])}.</p></footer>
</body></html>
"""


def run(
    corpus: str | Path,
    out: str | Path,
    *,
    jobs: int | None = None,
    only: list[str] | None = None,
    show_code: bool = False,
    year: int | None = None,
    actors_file: str | None = None,
    use_cache: bool = True,
    scheduler: str | None = None,
    kwic_terms: list[str] | None = None,
    columns: dict[str, str] | None = None,
    log=print,
) -> list[Path]:
    """Run every report notebook on ``corpus`` and publish the pages into ``out``.

    Returns:
        The pages written (index first).

    Raises:
        ReportError: a notebook failed. Nothing in ``out`` was replaced; the failed executed
            notebook is kept in ``out/failed/`` for inspection.
        CorpusError: the corpus cannot be read at all.
    """
    from analysis import overview, tables

    out = Path(out)
    notebooks = discover(only)
    params = parameters(
        corpus, year=year, actors_file=actors_file, kwic_terms=kwic_terms, columns=columns
    )
    jobs = max(1, jobs or os.cpu_count() or 1)
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{os.getpid()}-", dir=out))
    # Without the cache the analysis still runs once, here, into a scratch cache that the
    # kernels read and that is thrown away afterwards. The kernels find the cache through
    # ANALYSIS_CACHE_DIR (papermill passes no environment of its own): not thread-safe.
    cache_dir = config.CACHE_DIR if use_cache else staging / "cache"
    saved_cache_dir = os.environ.get("ANALYSIS_CACHE_DIR")
    try:
        os.environ["ANALYSIS_CACHE_DIR"] = str(cache_dir)
        before = corpus_files(corpus, skip=(out, cache_dir))
        log("analysing the corpus" + (f" on {scheduler}" if scheduler else ""))
        corpus_data = tables.build(
            corpus,
            year=year,
            actors_file=actors_file,
            scheduler=scheduler,
            cache_dir=cache_dir,
            columns=columns,
        )
        digest = overview.corpus_sha256(corpus_data.documents)
        keys = None
        if use_cache:
            state = corpus_state(corpus_data)
            keys = {nb: run_key(nb, params, state, actors_file) for nb in notebooks}
        outcomes = _execute_all(notebooks, staging, params, jobs, log, keys)
        failed = [o for o in outcomes if o.error]
        if failed:
            kept = _keep_failed(failed, out)
            raise ReportError(
                "\n\n".join(o.error for o in failed) + f"\n\nFailed notebooks kept in {kept}; "
                f"the previous reports in {out} are unchanged."
            )
        changed = _changed_files(before, corpus_files(corpus, skip=(out, cache_dir)))
        if changed:  # the notebooks may have read different corpora: their pages would disagree
            raise ReportError(
                f"{corpus}: the corpus changed while the report ran ({changed}); run it again "
                f"once the corpus is complete. The previous reports in {out} are unchanged."
            )
        cards, pages = [], {}
        for outcome in outcomes:
            page, title, summary, findings = to_html(outcome.executed, show_code=show_code)
            name = outcome.notebook.stem + ".html"
            pages[name] = page
            cards.append(
                {
                    "href": name,
                    "title": title or outcome.notebook.stem,
                    "summary": summary,
                    "findings": findings,
                }
            )
        cards += _cards_kept(out, {o.notebook.name for o in outcomes})
        cards.sort(key=lambda card: card["href"])
        prov = provenance(digest)
        downloads = tables.write_csv(corpus_data, staging / TABLES_DIR)
        pages["index.html"] = index_page(
            corpus_data, cards, prov, Path(corpus).name or str(corpus), downloads
        )
        return _publish(pages, outcomes, staging, out)
    finally:
        if saved_cache_dir is None:
            os.environ.pop("ANALYSIS_CACHE_DIR", None)
        else:
            os.environ["ANALYSIS_CACHE_DIR"] = saved_cache_dir
        shutil.rmtree(staging, ignore_errors=True)


def _remove_stale_staging(out: Path) -> None:
    """Remove the scratch folders of runs that were killed (``.staging-PID-...`` of a process
    that no longer runs, or of the old unnamed kind); a run going on beside this one keeps its
    own."""
    for folder in out.glob(".staging-*"):
        pid = folder.name.split("-")[1]
        if pid.isdigit() and _running(int(pid)):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as somebody else
    return True


def corpus_files(corpus: str | Path, skip: tuple[Path, ...] = ()) -> dict[str, tuple[int, int]]:
    """Every file the loader may read under ``corpus`` (or the file itself) with its size and
    modification time in nanoseconds, to tell whether the corpus changed during a run. Like the
    loader, it follows links to folders once and leaves out hidden names; folders in ``skip``
    (the reports and the cache, which a run writes) are left out too."""
    root = Path(corpus)
    if not root.is_dir():
        try:
            status = root.stat()
        except OSError:
            return {}
        return {str(root): (status.st_size, status.st_mtime_ns)}
    visited = {os.path.realpath(folder) for folder in skip} | {os.path.realpath(root)}
    files = {}
    for folder, subfolders, names in os.walk(root, followlinks=True):
        kept = []
        for name in subfolders:
            real = os.path.realpath(os.path.join(folder, name))
            if not name.startswith(".") and real not in visited:
                visited.add(real)
                kept.append(name)
        subfolders[:] = kept
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            try:
                status = os.stat(path)
            except OSError:
                continue  # a broken link, or a file gone: the loader reports it
            files[path] = (status.st_size, status.st_mtime_ns)
    return files


def _changed_files(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> str:
    """The files added, removed or changed between two ``corpus_files`` states, named (at most
    three, then how many more); '' when none."""
    changed = sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )
    named = ", ".join(changed[:3])
    return named + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")


def corpus_state(corpus) -> str:
    """A digest of everything a notebook reads from the corpus: every documents column (the text
    through its sha256) and the problems table."""
    documents = corpus.documents.drop(columns=["text", "lead", "body"])
    digest = hashlib.sha256(documents.to_json(orient="split", date_format="iso").encode())
    digest.update(corpus.problems.to_json(orient="split").encode())
    return digest.hexdigest()


def run_key(notebook: Path, params: dict, corpus_digest: str, actors_file: str | None) -> str:
    """What an executed notebook depends on: its source, the code and data of the package, the
    installed package versions, the parameters, the corpus (``corpus_state``) and the user's
    actor dictionary. Equal keys give equal outputs."""
    from analysis.actors import dictionary_file
    from analysis.tables import code_version

    digest = hashlib.sha256()
    digest.update(notebook.read_bytes())
    digest.update(code_version().encode())
    digest.update(json.dumps(package_versions(), sort_keys=True).encode())
    digest.update(
        json.dumps({k: v for k, v in params.items() if k != "corpus_path"}, sort_keys=True).encode()
    )
    digest.update(corpus_digest.encode())
    user = dictionary_file(params["corpus_path"], actors_file=actors_file)
    digest.update(user.read_bytes() if user else b"shipped")
    return digest.hexdigest()


def _execute_all(
    notebooks: list[Path],
    staging: Path,
    params: dict,
    jobs: int,
    log,
    keys: dict[Path, str] | None = None,
) -> list[Outcome]:
    """Run the notebooks, up to ``jobs`` at once; with ``keys``, reuse an executed notebook
    cached under the same key instead of running it again."""
    total = len(notebooks)
    started = time.perf_counter()
    store = config.CACHE_DIR.parent / "executed"

    def one(numbered: tuple[int, Path]) -> Outcome:
        number, notebook = numbered
        cached = store / f"{keys[notebook]}.ipynb" if keys else None
        if cached is not None and cached.is_file():
            shutil.copyfile(cached, staging / notebook.name)
            log(
                f"[{number}/{total}] {notebook.stem}: unchanged corpus and code, reusing its last run"
            )
            return Outcome(notebook, staging / notebook.name, 0.0)
        log(f"[{number}/{total}] {notebook.stem}: running")
        outcome = execute(notebook, staging / notebook.name, params)
        state = "FAILED" if outcome.error else "done"
        log(
            f"[{number}/{total}] {notebook.stem}: {state} in {outcome.seconds:.1f} s "
            f"({time.perf_counter() - started:.1f} s elapsed)"
        )
        if cached is not None and not outcome.error:
            store.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".tmp{os.getpid()}-{number}")
            shutil.copyfile(outcome.executed, partial)
            os.replace(partial, cached)
        return outcome

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, enumerate(notebooks, start=1)))


def _cards_kept(out: Path, rerun: set[str]) -> list[dict]:
    """Index cards for reports this run left as they were (``--only``), from their executed
    notebooks in ``out``, so the index still links every report."""
    cards = []
    for notebook in discover():
        executed = out / notebook.name
        if (
            notebook.name in rerun
            or not executed.is_file()
            or not executed.with_suffix(".html").is_file()
        ):
            continue
        nb = nbformat.read(executed, as_version=4)
        title, summary = title_and_summary(nb)
        cards.append(
            {
                "href": notebook.stem + ".html",
                "title": title or notebook.stem,
                "summary": summary,
                "findings": headline_findings(nb),
            }
        )
    return cards


TABLES_DIR = "tables"  # beside the pages: every row of the tables the reports show a part of


def _keep_failed(failed: list[Outcome], out: Path) -> Path:
    folder = out / "failed"
    shutil.rmtree(folder, ignore_errors=True)  # only this run's failures
    folder.mkdir()
    for outcome in failed:
        if outcome.executed.exists():
            shutil.copy2(outcome.executed, folder / outcome.notebook.name)
    return folder


def _publish(
    pages: dict[str, str], outcomes: list[Outcome], staging: Path, out: Path
) -> list[Path]:
    """Write every page to the staging folder, then move each into place (atomic per file),
    the index last so that it never links to a page not yet in place.

    Returns:
        The pages written, index first.
    """
    for name, page in pages.items():
        (staging / name).write_text(page, encoding="utf-8")
    for outcome in outcomes:
        os.replace(outcome.executed, out / outcome.notebook.name)
    order = [*[n for n in pages if n != "index.html"], "index.html"]
    for name in order[:-1]:
        os.replace(staging / name, out / name)
    if (staging / TABLES_DIR).is_dir():  # the tables before the index that links them
        old = out / f".{TABLES_DIR}-old"
        shutil.rmtree(old, ignore_errors=True)
        if (out / TABLES_DIR).exists():
            os.replace(out / TABLES_DIR, old)
        os.replace(staging / TABLES_DIR, out / TABLES_DIR)
        shutil.rmtree(old, ignore_errors=True)
    os.replace(staging / order[-1], out / order[-1])
    written = [out / name for name in [order[-1], *order[:-1]]]
    shutil.rmtree(out / "failed", ignore_errors=True)
    return written


def main(args) -> int:
    """The ``report`` command: run, print where the pages are, return the exit code."""
    from analysis.actor.loading import DictionaryError
    from analysis.corpus import CorpusError
    from analysis.text import printable

    started = time.perf_counter()
    try:
        pages = run(
            args.corpus,
            args.out,
            jobs=args.jobs,
            only=args.only,
            show_code=args.show_code,
            year=args.year,
            actors_file=args.actors_file,
            use_cache=not getattr(args, "no_cache", False),
            scheduler=getattr(args, "scheduler", None),
            kwic_terms=getattr(args, "kwic", None),
            columns=getattr(args, "columns", None),
        )
    except (ReportError, CorpusError, DictionaryError) as error:
        print(f"report failed: {printable(str(error))}", file=sys.stderr)
        return 1
    print(f"Reports written in {time.perf_counter() - started:.1f} s:")
    for page in pages:
        print(f"  {page.resolve()}")
    return 0


def refresh_notebooks(notebooks: list[Path] | None = None) -> int:
    """Re-execute the notebooks in place on the seed corpus, storing outputs for nbval."""
    from nbclient import NotebookClient

    for notebook in notebooks or discover():
        started = time.perf_counter()
        nb = nbformat.read(notebook, as_version=4)
        client = NotebookClient(
            nb,
            kernel_name=KERNEL,
            timeout=600,
            resources={"metadata": {"path": str(config.NOTEBOOKS_DIR)}},
        )
        client.execute()
        for cell in nb.cells:
            cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, notebook)
        print(f"{notebook.name}: executed in {time.perf_counter() - started:.1f} s")
    return 0
