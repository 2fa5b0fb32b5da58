"""JupyterLab smoke test: each report notebook opens, runs all cells and shows its outputs.

One ``jupyter lab`` server (127.0.0.1, a free port, a token) serves a scratch copy of
``notebooks/`` (so the outputs it saves never touch the repository) with ``seeds`` beside it, as
``corpus_path = "../seeds"`` expects, and a second copy whose parameters cell points at the
hostile corpus. The browser talks to that server only: any other request is aborted and counted.
JupyterLab 4 attaches off-screen cells lazily, so the tests wait for elements to be attached,
never for them to be visible.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from browser_support import (
    MATH,
    NOTEBOOK_STEMS,
    OUTPUT,
    ROOT,
    SCRIPT,
    Visit,
    watch,
)

pytestmark = pytest.mark.browser

TOKEN = "browser-test-token"
NOTEBOOKS = ROOT / "notebooks"
STARTUP_SECONDS = 60
RUN_SECONDS = 240
PLOTLY_MIME = "application/vnd.plotly.v1+json"
# The hostile corpus in JupyterLab: the overview (titles, datelines, agencies in tables and chart
# labels) and the actors notebook (names and quotes). The static reports cover every notebook on
# it (test_hostile.py); these two keep the JupyterLab run short.
HOSTILE_IN_LAB = [s for s in NOTEBOOK_STEMS if "overview" in s or "actor" in s] or NOTEBOOK_STEMS[
    :1
]

# The notebook panel JupyterLab shows for ``path``, once its kernel is ready.
_READY_JS = """(path) => {
  const app = window.jupyterapp;
  const widget = app && app.shell.currentWidget;
  const session = widget && widget.sessionContext && widget.sessionContext.session;
  return !!(widget && widget.context && widget.context.path === path && session
            && session.kernel && session.kernel.status === 'idle' && widget.content.model);
}"""
_RUN_ALL_JS = "() => window.jupyterapp.commands.execute('notebook:run-all-cells')"
_IDLE_JS = """() => {
  const s = window.jupyterapp.shell.currentWidget.sessionContext.session;
  return s && s.kernel && s.kernel.status === 'idle';
}"""
# What the notebook model holds after the run: every code cell's count and outputs.
_MODEL_JS = """() => {
  const widget = window.jupyterapp.shell.currentWidget;
  const cells = [];
  for (const cell of widget.content.model.cells) {
    if (cell.type !== 'code') continue;
    const outputs = [];
    for (let i = 0; i < cell.outputs.length; i++) {
      const o = cell.outputs.get(i).toJSON();
      outputs.push({type: o.output_type, name: o.name || null, ename: o.ename || null,
                    text: typeof o.text === 'string' ? o.text : (o.text || []).join(''),
                    mimes: Object.keys(o.data || {})});
    }
    cells.push({count: cell.executionCount, outputs});
  }
  return {session: widget.sessionContext.session.id, cells};
}"""
_ATTACHED_OUTPUTS_JS = """(expected) =>
  document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')
    .length >= expected"""
_CHARTS_DRAWN_JS = """(expected) => {
  const plots = document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .js-plotly-plot');
  return plots.length >= expected && Array.from(plots).every(
    p => p.querySelector('.main-svg') && p.querySelector('.trace, g.hm'));
}"""
_DOM_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const outputs = Array.from(panel.querySelectorAll('.jp-OutputArea-output'));
  const stderr = outputs.filter(o =>
    o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr');
  return {
    outputs: outputs.length,
    tracebacks: stderr.map(o => o.textContent).filter(t => /Traceback|Error/.test(t)),
    plots: Array.from(panel.querySelectorAll('.js-plotly-plot')).map(p => ({
      svg: p.querySelectorAll('.main-svg').length,
      traces: p.querySelectorAll('.trace, g.hm').length,
      data: (p.data || []).length,
      title: (p.querySelector('.gtitle') || {}).textContent || '',
      size: p.clientWidth + 'x' + p.clientHeight})),
    text: panel.textContent,
    math: panel.querySelectorAll('mjx-container, .MathJax, .MathJax_Display').length,
  };
}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _api(base: str, path: str, method: str = "GET"):
    request = urllib.request.Request(
        f"{base}{path}", method=method, headers={"Authorization": f"token {TOKEN}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return json.loads(body) if body else None


def _copy_notebooks(folder: Path, corpus_path: str | None = None) -> None:
    folder.mkdir(parents=True)
    for stem in NOTEBOOK_STEMS:
        nb = nbformat.read(NOTEBOOKS / f"{stem}.ipynb", as_version=4)
        if corpus_path is not None:
            cell = next(
                c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])
            )
            assert 'corpus_path = "../seeds"' in cell.source, f"{stem}: parameters cell changed"
            cell.source = cell.source.replace('"../seeds"', json.dumps(corpus_path))
        nbformat.write(nb, folder / f"{stem}.ipynb")


@pytest.fixture(scope="module")
def lab(tmp_path_factory, hostile_corpus, _chromium_available):
    """A running JupyterLab on scratch copies of the notebooks; shut down afterwards."""
    home = tmp_path_factory.mktemp("jupyterlab")
    root = home / "root"
    _copy_notebooks(root / "notebooks")
    (root / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    _copy_notebooks(root / "hostile", corpus_path=str(hostile_corpus))
    (home / "notary").mkdir()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    jupyter = Path(sys.executable).with_name("jupyter")
    command = [
        str(jupyter) if jupyter.exists() else "jupyter",
        "lab",
        "--no-browser",
        "--allow-root",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={TOKEN}",
        f"--ServerApp.root_dir={root}",
        # window.jupyterapp, to run commands; nothing fetched from the internet.
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        f"--NotebookNotary.data_dir={home / 'notary'}",
    ]
    # Config, runtime, settings and workspaces in scratch folders; the data path (kernel spec,
    # lab extensions in the venv's share/jupyter) is left as it is.
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    # No "get notified about Jupyter news?" toast over the screenshots.
    notification = home / "settings" / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True)
    (notification / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    log = (home / "server.log").open("w")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                _api(base, "/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        f"jupyter lab did not start: {(home / 'server.log').read_text()[-2000:]}"
                    )
                time.sleep(0.2)
        yield base
    finally:
        stopped = False
        try:
            _api(base, "/api/shutdown", method="POST")
            server.wait(timeout=20)
            stopped = True
        except (OSError, subprocess.TimeoutExpired):
            pass
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        log.close()
    assert stopped, "jupyter lab did not stop on POST /api/shutdown; it was terminated"


def run_in_lab(browser, base: str, path: str, shot: Path) -> tuple[Visit, dict, dict]:
    """Open ``path`` in JupyterLab, run all cells, and return what happened, the model, the DOM.

    The notebook's kernel is shut down before returning.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    visit = Visit(url=f"{base}/lab/tree/{path}")
    watch(page, visit, allowed=(f"{base}/", "data:", "blob:", "about:"))
    session = None
    try:
        page.goto(f"{base}/lab/tree/{path}?reset&token={TOKEN}")
        page.wait_for_function(_READY_JS, arg=path, timeout=STARTUP_SECONDS * 1000)
        assert page.evaluate(_RUN_ALL_JS) is True, f"{path}: run all cells did not complete"
        page.wait_for_function(_IDLE_JS, timeout=RUN_SECONDS * 1000)
        model = page.evaluate(_MODEL_JS)
        session = model["session"]
        expected = sum(len(c["outputs"]) for c in model["cells"])
        try:
            page.wait_for_function(_ATTACHED_OUTPUTS_JS, arg=expected, timeout=15_000)
        except Exception:  # noqa: BLE001 - the assertion on the counts says what is missing
            pass
        charts = sum(PLOTLY_MIME in o["mimes"] for c in model["cells"] for o in c["outputs"])
        try:  # plotly draws asynchronously, after the output is attached
            page.wait_for_function(_CHARTS_DRAWN_JS, arg=charts, timeout=15_000)
        except Exception:  # noqa: BLE001 - the assertion on the charts says which did not draw
            pass
        dom = page.evaluate(_DOM_JS)
        visit.pwned = page.evaluate("() => typeof window.__pwned")
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot))
    finally:
        if session:
            _api(base, f"/api/sessions/{session}", method="DELETE")
        context.close()
    return visit, model, dom


def _assert_ran_cleanly(name: str, visit: Visit, model: dict, dom: dict) -> None:
    counts = [c["count"] for c in model["cells"]]
    assert all(counts), f"{name}: code cells without an execution count: {counts}"
    errors = [
        o["ename"] or o["text"][:200]
        for c in model["cells"]
        for o in c["outputs"]
        if o["type"] == "error" or (o["name"] == "stderr" and "Traceback" in o["text"])
    ]
    assert errors == [], f"{name}: cells failed: {errors}"
    expected = sum(len(c["outputs"]) for c in model["cells"])
    charts = sum(PLOTLY_MIME in o["mimes"] for c in model["cells"] for o in c["outputs"])
    assert len(dom["plots"]) == charts, f"{name}: {len(dom['plots'])} of {charts} charts shown"
    assert expected > 0 and dom["outputs"] >= expected, (
        f"{name}: {dom['outputs']} outputs attached of {expected}"
    )
    assert dom["tracebacks"] == [], f"{name}: error shown: {dom['tracebacks'][0][:300]}"
    undrawn = [p for p in dom["plots"] if not (p["svg"] and p["traces"])]
    assert undrawn == [], f"{name}: charts not drawn: {undrawn}"
    assert visit.external == [], f"{name}: requests left the machine: {visit.external[:3]}"
    assert visit.page_errors == [], f"{name}: uncaught errors: {visit.page_errors[:3]}"
    assert visit.console_errors == [], f"{name}: console errors: {visit.console_errors[:3]}"


@pytest.mark.parametrize("stem", NOTEBOOK_STEMS)
def test_notebook_runs_in_jupyterlab(browser, lab, stem):
    visit, model, dom = run_in_lab(
        browser, lab, f"notebooks/{stem}.ipynb", OUTPUT / "jupyterlab" / f"{stem}.png"
    )
    _assert_ran_cleanly(stem, visit, model, dom)
    assert visit.dialogs == []
    # The kernel is gone once the test has shut its session down.
    assert _api(lab, "/api/sessions") == [] and _api(lab, "/api/kernels") == []


@pytest.mark.parametrize("stem", HOSTILE_IN_LAB)
def test_hostile_corpus_runs_as_text_in_jupyterlab(browser, lab, stem):
    visit, model, dom = run_in_lab(
        browser, lab, f"hostile/{stem}.ipynb", OUTPUT / "jupyterlab" / f"hostile-{stem}.png"
    )
    assert visit.dialogs == [], f"{stem}: a dialog opened: {visit.dialogs[:3]}"
    assert visit.pwned == "undefined", f"{stem}: corpus script ran (window.__pwned is set)"
    _assert_ran_cleanly(stem, visit, model, dom)
    # Corpus text is never typeset as TeX: "$5 and $x^2$" reads as typed.
    assert dom["math"] == 0, f"{stem}: MathJax typeset corpus text"
    if stem == "01-corpus-overview":
        # Its documents table lists the hostile titles (browser_support.HOSTILE_TITLE).
        assert SCRIPT in dom["text"]
        assert MATH in dom["text"]
