"""The report runner: offline pages, determinism, atomic failure, headline findings."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis import config, report, tables
from analysis.present import HEADLINE_MIME

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I
)
FOOTER = re.compile(r'<footer class="provenance">.*?</footer>', re.S)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("run1"), tmp_path_factory.mktemp("run2")
    # Without the cache both runs execute every notebook: determinism is tested, not reuse.
    report.run(SEEDS, first, jobs=2, use_cache=False, log=lambda _: None)
    report.run(SEEDS, second, jobs=2, use_cache=False, log=lambda _: None)
    return first, second


def test_every_notebook_gives_a_page_and_the_index_links_them(two_runs):
    first, _ = two_runs
    names = sorted(p.stem for p in config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    pages = sorted(p.stem for p in first.glob("*.html") if p.name != "index.html")
    assert pages == names
    index = (first / "index.html").read_text(encoding="utf-8")
    for name in names:
        assert f"href='{name}.html'" in index


def test_pages_load_nothing_from_the_network(two_runs):
    first, _ = two_runs
    for page in first.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(text), page.name


def test_plotly_js_is_inlined_in_report_pages(two_runs):
    first, _ = two_runs
    page = (first / "01-corpus-overview.html").read_text(encoding="utf-8")
    assert report.plotly_js_source()[:500] in page
    # One document: the overview explains why there is no timeline instead of drawing one.
    assert "Dates span one period or none" in page


def test_two_runs_are_byte_identical_apart_from_the_footer(two_runs):
    first, second = two_runs
    for page in sorted(first.glob("*.html")):
        a = page.read_text(encoding="utf-8")
        b = (second / page.name).read_text(encoding="utf-8")
        assert FOOTER.sub("", a) == FOOTER.sub("", b), page.name


def test_index_states_the_corpus_and_provenance(two_runs):
    index = (two_runs[0] / "index.html").read_text(encoding="utf-8")
    assert "February 14 (year not given in the source)" in index
    assert "TASS" in index
    footer = FOOTER.search(index).group()
    assert "Corpus sha256" in footer and "pandas" in footer
    assert "news-analysis 0.1.0" in footer


def test_index_cards_carry_headline_findings(two_runs):
    index = (two_runs[0] / "index.html").read_text(encoding="utf-8")
    # The seed has one document of 3,647 characters: len(title + lead + body) with the blank
    # lines between them, the identity tests/test_corpus.py checks on n_chars.
    assert "1 document(s), 3,647 characters of text" in index


def test_executed_notebooks_are_kept_beside_the_pages(two_runs):
    executed = two_runs[0] / "01-corpus-overview.ipynb"
    nb = nbformat.read(executed, as_version=4)
    assert any(c.get("outputs") for c in nb.cells if c.cell_type == "code")


def _notebook(cells) -> nbformat.NotebookNode:
    return new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
    )


@pytest.fixture
def scratch_notebooks(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    monkeypatch.setattr(config, "NOTEBOOKS_DIR", folder)
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache" / "analysis")
    params = new_code_cell(
        'corpus_path = "../seeds"\nyear = None', metadata={"tags": ["parameters"]}
    )
    good = _notebook(
        [
            new_markdown_cell("# Good\n\nIt works."),
            params,
            new_code_cell("from analysis import present\npresent.headline(['two is 2'])"),
        ]
    )
    nbformat.write(good, folder / "01-good.ipynb")
    return folder


def test_a_failing_notebook_leaves_the_last_good_report_in_place(scratch_notebooks, tmp_path):
    out = tmp_path / "reports"
    report.run(SEEDS, out, jobs=1, log=lambda _: None)
    good_page = (out / "01-good.html").read_bytes()
    good_index = (out / "index.html").read_bytes()
    failing = _notebook(
        [
            new_markdown_cell("# Bad"),
            new_code_cell("x = 1"),
            new_code_cell("raise ValueError('boom in cell')"),
        ]
    )
    nbformat.write(failing, scratch_notebooks / "02-bad.ipynb")

    with pytest.raises(report.ReportError) as failure:
        report.run(SEEDS, out, jobs=2, log=lambda _: None)

    message = str(failure.value)
    assert "02-bad.ipynb" in message and "ValueError" in message and "boom in cell" in message
    assert "raise ValueError('boom in cell')" in message  # the failing cell's source
    assert (out / "01-good.html").read_bytes() == good_page
    assert (out / "index.html").read_bytes() == good_index
    assert not (out / "02-bad.html").exists()
    assert (out / "failed" / "02-bad.ipynb").exists()
    assert not list(out.glob(".staging-*"))


def test_a_killed_run_leaves_no_scratch_folder_behind(scratch_notebooks, tmp_path):
    out = tmp_path / "reports"
    killed = out / ".staging-999999999-abcd"  # no process has this id: its run was killed
    killed.mkdir(parents=True)
    (killed / "01-good.ipynb").write_text("{}")
    older = out / ".staging-k2j3h4"  # the unnamed kind of earlier versions
    older.mkdir()
    running = out / f".staging-{os.getpid()}-efgh"  # a run going on beside this one
    running.mkdir()

    report.run(SEEDS, out, jobs=1, log=lambda _: None)

    assert not killed.exists() and not older.exists()
    assert running.is_dir()


def test_notebooks_run_side_by_side_never_move_the_process_working_directory(
    scratch_notebooks, tmp_path, monkeypatch
):
    """papermill's ``cwd`` did os.chdir for the whole process while a notebook ran: with
    notebooks in threads, another notebook's relative output path then resolved in the wrong
    folder ("No such file or directory: reports/.staging-.../02-....ipynb", seen in make
    report). The kernel still starts in the notebooks folder."""
    nbformat.write(
        _notebook([new_code_cell("import os\nprint(os.getcwd())")]),
        scratch_notebooks / "02-cwd.ipynb",
    )
    monkeypatch.chdir(tmp_path)
    moves = []
    real_chdir = report.os.chdir
    monkeypatch.setattr(report.os, "chdir", lambda path: moves.append(path) or real_chdir(path))
    report.run(SEEDS, Path("reports"), jobs=2, log=lambda _: None)

    # papermill's file handler still "moves" around each read and write to the directory a
    # run started in (its one shared setting, so possibly an earlier test's): harmless with
    # absolute paths; what broke the reports was the move into the notebooks folder
    assert scratch_notebooks.resolve() not in {Path(m).resolve() for m in moves}
    executed = nbformat.read(tmp_path / "reports" / "02-cwd.ipynb", as_version=4)
    cell = next(c for c in executed.cells if "getcwd" in c.source)
    assert cell.outputs[0]["text"].strip() == str(scratch_notebooks.resolve())
    assert (tmp_path / "reports" / "01-good.html").is_file()


def test_the_cli_exits_non_zero_when_a_notebook_fails(scratch_notebooks, tmp_path, capsys):
    nbformat.write(_notebook([new_code_cell("1/0")]), scratch_notebooks / "02-bad.ipynb")
    args = type(
        "Args",
        (),
        {
            "corpus": str(SEEDS),
            "out": str(tmp_path / "r"),
            "jobs": 1,
            "only": None,
            "show_code": False,
            "year": None,
            "actors_file": None,
        },
    )()
    assert report.main(args) == 1
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_headline_findings_are_read_from_the_executed_notebook(scratch_notebooks, tmp_path):
    report.run(SEEDS, tmp_path / "r", jobs=1, log=lambda _: None)
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "<li>two is 2</li>" in index


def test_only_selects_notebooks_by_number_or_name(scratch_notebooks):
    nbformat.write(_notebook([new_code_cell("1")]), scratch_notebooks / "02-other.ipynb")
    assert [p.name for p in report.discover(["01"])] == ["01-good.ipynb"]
    assert [p.name for p in report.discover(["other"])] == ["02-other.ipynb"]
    with pytest.raises(report.ReportError, match="no notebook matches zzz"):
        report.discover(["zzz"])


def test_chart_json_cannot_close_its_script_tag():
    hostile = "</script><script>alert(1)</script>"
    nb = _notebook([new_code_cell("")])
    nb.cells[0].outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={
                report.PLOTLY_MIME: {
                    "data": [{"type": "bar", "x": [hostile], "y": [1]}],
                    "layout": {"title": {"text": hostile}},
                }
            },
        )
    ]
    markup = report.prepare_for_html(nb).cells[0].outputs[0]["data"]["text/html"]
    assert "</script><script>" not in markup
    assert markup.count("<script") == 1


def test_javascript_outputs_and_stderr_are_dropped_from_pages():
    nb = _notebook([new_code_cell("")])
    nb.cells[0].outputs = [
        nbformat.v4.new_output(
            "display_data", data={"application/javascript": "alert(1)", "text/plain": "x"}
        ),
        nbformat.v4.new_output("stream", name="stderr", text="/home/someone/path warning"),
    ]
    outputs = report.prepare_for_html(nb).cells[0].outputs
    assert outputs[0]["data"] == {"text/plain": "x"}
    assert len(outputs) == 1


def test_headline_mime_round_trips_through_the_present_helper():
    from analysis import present

    bundle = present.headline(["<b>x</b> & y"])._repr_mimebundle_()
    assert bundle[HEADLINE_MIME] == {"findings": ["<b>x</b> & y"]}
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in bundle["text/html"]


def test_present_outputs_are_left_alone_by_mathjax():
    """JupyterLab typesets TeX in HTML outputs; corpus text in a table, note or headline sits in
    an element MathJax ignores (tests/browser checks it in JupyterLab itself)."""
    import pandas as pd

    from analysis import present

    for shown in (
        present.table(pd.DataFrame({"title": ["priced at $5 and $x^2$"]})),
        present.note("$5 and $10"),
        present.headline(["$5 and $10"]),
    ):
        markup = shown._repr_mimebundle_()["text/html"]
        assert markup.startswith('<div class="mathjax_ignore tex2jax_ignore">')
        assert markup.endswith("</div>") and "$5 and $" in markup


def test_nbval_fails_when_a_stored_number_changes(tmp_path):
    """A notebook whose committed output disagrees with a fresh run fails `pytest --nbval`."""
    import subprocess
    import sys

    source = config.NOTEBOOKS_DIR / "01-corpus-overview.ipynb"
    nb = nbformat.read(source, as_version=4)
    changed = False
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            if "3,647" in html:
                output["data"]["text/html"] = html.replace("3,647", "3,648")
                changed = True
    assert changed, "the committed overview notebook should show the seed's 3,647 characters"
    target = tmp_path / "notebooks"
    shutil.copytree(config.NOTEBOOKS_DIR, target, ignore=shutil.ignore_patterns("*.ipynb"))
    nbformat.write(nb, target / source.name)
    (tmp_path / "seeds").symlink_to(SEEDS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval",
            str(target / source.name),
            "--nbval-sanitize-with",
            str(ROOT / "tests" / "nbval-sanitize.cfg"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout[-2000:]
    assert "3,648" in result.stdout and "3,647" in result.stdout


def test_code_is_hidden_unless_show_code(scratch_notebooks, tmp_path):
    hidden = report.run(SEEDS, tmp_path / "hidden", jobs=1, log=lambda _: None)
    shown = report.run(SEEDS, tmp_path / "shown", jobs=1, show_code=True, log=lambda _: None)
    # nbconvert puts code cells in input areas, syntax-highlighted token by token.
    editor = re.compile(r'class="[^"]*jp-InputArea-editor')
    assert not editor.search(hidden[1].read_text(encoding="utf-8"))
    page = shown[1].read_text(encoding="utf-8")
    assert editor.search(page) and '<span class="n">present</span>' in page


def test_progress_names_each_notebook_and_the_elapsed_time(scratch_notebooks, tmp_path):
    lines = []
    report.run(SEEDS, tmp_path / "r", jobs=1, log=lines.append)
    assert "[1/1] 01-good: running" in lines
    assert any(
        re.fullmatch(r"\[1/1\] 01-good: done in \d+\.\d s \(\d+\.\d s elapsed\)", line)
        for line in lines
    )


def test_an_unchanged_corpus_reuses_the_executed_notebooks(scratch_notebooks, tmp_path):
    first_log, second_log = [], []
    first = report.run(SEEDS, tmp_path / "a", jobs=1, log=first_log.append)
    second = report.run(SEEDS, tmp_path / "b", jobs=1, log=second_log.append)
    assert "[1/1] 01-good: running" in first_log
    assert "[1/1] 01-good: unchanged corpus and code, reusing its last run" in second_log
    for a, b in zip(first, second, strict=True):
        assert FOOTER.sub("", a.read_text(encoding="utf-8")) == FOOTER.sub(
            "", b.read_text(encoding="utf-8")
        )


def test_a_changed_corpus_runs_the_notebooks_again(scratch_notebooks, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Gas prices\n\nGas exports rose by 5% in 2019.\n")
    report.run(corpus, tmp_path / "a", jobs=1, log=lambda _: None)
    (corpus / "a.txt").write_text("Gas prices\n\nGas exports rose by 7% in 2019.\n")
    lines = []
    report.run(corpus, tmp_path / "b", jobs=1, log=lines.append)
    assert "[1/1] 01-good: running" in lines


def test_a_corpus_that_changes_during_the_run_publishes_nothing(scratch_notebooks, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Gas prices\n\nGas exports rose by 5% in 2019.\n")
    out = tmp_path / "r"
    report.run(corpus, out, jobs=1, log=lambda _: None)
    good_index = (out / "index.html").read_bytes()
    # A notebook that runs while another process edits the corpus: the pages read before and
    # after the edit would disagree.
    nbformat.write(
        _notebook(
            [
                new_markdown_cell("# Late"),
                new_code_cell('corpus_path = "."', metadata={"tags": ["parameters"]}),
                new_code_cell(
                    "from pathlib import Path\n"
                    "Path(corpus_path, 'a.txt').write_text('Gas prices\\n\\nRose by 9%.\\n')"
                ),
            ]
        ),
        scratch_notebooks / "02-late.ipynb",
    )

    with pytest.raises(
        report.ReportError, match=r"corpus changed while the report ran \(.*a\.txt\)"
    ):
        report.run(corpus, out, jobs=1, log=lambda _: None)

    assert (out / "index.html").read_bytes() == good_index
    assert not (out / "02-late.html").exists()
    # Reports written inside the corpus folder are no change of the corpus.
    (corpus / "a.txt").write_text("Gas prices\n\nGas exports rose by 5% in 2019.\n")
    (scratch_notebooks / "02-late.ipynb").unlink()
    report.run(corpus, corpus / "reports", jobs=1, use_cache=False, log=lambda _: None)
    assert (corpus / "reports" / "index.html").is_file()


def test_report_reads_the_columns_it_is_told(scratch_notebooks, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.csv").write_text(
        "title,summary,fulltext\n"
        "Gas,Short summary of a longer story about gas.,"
        '"Exports of gas rose by 7% in 2019, and the ministry expects more next year."\n'
    )
    nbformat.write(
        _notebook(
            [
                new_markdown_cell("# Text"),
                new_code_cell(
                    'corpus_path = "."\ncolumns = None', metadata={"tags": ["parameters"]}
                ),
                new_code_cell(
                    "from analysis import present, tables\n"
                    "text = tables.build(corpus_path, columns=columns).documents.text.iloc[0]\n"
                    "present.headline([text.splitlines()[-1]])"
                ),
            ]
        ),
        scratch_notebooks / "01-good.ipynb",
    )
    index = report.run(
        corpus, tmp_path / "r", jobs=1, columns={"text_column": "summary"}, log=lambda _: None
    )[0].read_text(encoding="utf-8")
    assert "<li>Short summary of a longer story about gas.</li>" in index
    assert report.parameters(corpus, columns={"text_column": "summary"})["columns"] == {
        "text_column": "summary"
    }


def test_a_whole_file_problem_is_listed_on_the_index(scratch_notebooks, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Gas prices\n\nGas exports rose by 5% in 2019.\n")
    (corpus / "empty.txt").write_text("")  # a problem of the whole file: no line number
    index = report.run(corpus, tmp_path / "r", jobs=1, log=lambda _: None)[0].read_text(
        encoding="utf-8"
    )
    assert "<tr><td>empty.txt</td><td></td><td>empty file</td><td>skipped</td></tr>" in index


def test_only_keeps_the_other_reports_on_the_index(scratch_notebooks, tmp_path):
    nbformat.write(
        _notebook([new_markdown_cell("# Other\n\nAnother report."), new_code_cell("1")]),
        scratch_notebooks / "02-other.ipynb",
    )
    out = tmp_path / "r"
    report.run(SEEDS, out, jobs=1, log=lambda _: None)
    report.run(SEEDS, out, jobs=1, only=["02"], log=lambda _: None)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "href='01-good.html'" in index and "<li>two is 2</li>" in index
    assert "href='02-other.html'" in index


def test_a_change_in_document_metadata_alone_runs_the_notebooks_again(scratch_notebooks, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Gas prices\n\nMOSCOW, March 3 (Reuters) - Exports rose by 5%.\n")
    report.run(corpus, tmp_path / "a", jobs=1, log=lambda _: None)
    # Same text after the dateline, another agency: the overview's sources change.
    (corpus / "a.txt").write_text("Gas prices\n\nMOSCOW, March 3 (AFP) - Exports rose by 5%.\n")
    lines = []
    report.run(corpus, tmp_path / "b", jobs=1, log=lines.append)
    assert "[1/1] 01-good: running" in lines


def test_the_full_tables_are_written_beside_the_pages_and_linked(two_runs):
    first, _ = two_runs
    index = (first / "index.html").read_text(encoding="utf-8")
    figures = pd.read_csv(first / "tables" / "figures.csv")
    # the seed's headline fact, with its sentence, among every figure of the corpus
    row = figures[figures["surface"] == "9-10%"].iloc[0]
    assert (row["value_low"], row["value_high"], row["hedge"]) == (9.0, 10.0, "almost")
    assert row["sentence"].startswith("Japan receives almost 9-10% of all imported LNG")
    assert f"href='tables/figures.csv'>figures.csv</a> ({len(figures):,} rows)" in index
    documents = pd.read_csv(first / "tables" / "documents.csv")
    assert len(documents) == 1 and "text" not in documents.columns


def test_a_table_cell_a_spreadsheet_would_run_is_written_as_text(tmp_path):
    frame = pd.DataFrame(
        {"quote": ['=HYPERLINK("http://x")', "-5 percent", "plain"], "n": [1, 2, 3]}
    )
    tables.spreadsheet_safe(frame).to_csv(tmp_path / "t.csv", index=False)
    assert pd.read_csv(tmp_path / "t.csv")["quote"].tolist() == [
        '\'=HYPERLINK("http://x")',
        "'-5 percent",
        "plain",
    ]


def test_report_words_in_context_are_the_corpus_own_unless_given():
    seeds = report.parameters(SEEDS)
    assert "kwic_terms" not in seeds  # the notebooks' own, chosen for the seed article
    other = report.parameters(SEEDS.parent / "tests" / "data" / "kremlin-news-120.jsonl")
    assert other["kwic_terms"] is None  # the notebooks take the most mentioned actors
    given = report.parameters(SEEDS, kwic_terms=["LNG", "Sakhalin-2"])
    assert given["kwic_terms"] == ["LNG", "Sakhalin-2"]
