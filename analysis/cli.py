"""``python -m analysis <command>``: a thin layer over the functions the notebooks call."""

from __future__ import annotations

import argparse
import io
import re
import sys
import warnings
from collections.abc import Callable

import pandas as pd

from analysis import config
from analysis.actor.loading import DictionaryError
from analysis.corpus import CorpusError
from analysis.tables import AnalysisError, to_safe_csv
from analysis.text import printable

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _emit(frame: pd.DataFrame, fmt: str) -> None:
    """Print ``frame`` as CSV (formulas neutralised, as in the report's tables), JSON, or a
    table whose corpus text shows its control characters rather than sending them to the
    terminal."""
    if fmt == "csv":
        if sys.stdout.isatty():  # to a terminal: shown, never obeyed; to a file: as they are
            buffer = io.StringIO()
            to_safe_csv(frame, buffer)
            sys.stdout.write(printable(buffer.getvalue()))
        else:
            to_safe_csv(frame, sys.stdout)
    elif fmt == "json":
        text = frame.to_json(orient="records", force_ascii=False, date_format="iso", indent=1)
        # C1 controls and direction overrides as \u escapes: the same JSON, safe on a terminal
        sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
        sys.stdout.write("\n")
    else:
        with pd.option_context(
            "display.max_rows", 200, "display.max_colwidth", 60, "display.width", 200
        ):
            print(printable(frame.to_string(index=False)) if len(frame) else "(no rows)")


def _corpus(args: argparse.Namespace):
    from analysis import tables

    with warnings.catch_warnings():  # each problem is printed below, once
        warnings.simplefilter("ignore", UserWarning)
        corpus = tables.load(args.path, year=args.year, columns=_columns(args))
    for problem in corpus.problems.itertuples():
        line = f":{problem.line}" if pd.notna(problem.line) else ""
        print(
            printable(f"{problem.path}{line}: {problem.problem}; {problem.action}"), file=sys.stderr
        )
    return corpus


def _column_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-column", help="the column or field holding the article text")
    parser.add_argument("--title-column", help="the column or field holding the title")
    parser.add_argument("--date-column", help="the column or field holding the date")


def _columns(args: argparse.Namespace) -> dict[str, str]:
    """The column names given on the command line, as ``read_corpus`` takes them."""
    names = ("text_column", "title_column", "date_column")
    return {name: getattr(args, name) for name in names if getattr(args, name, None)}


def cmd_corpus(args: argparse.Namespace) -> pd.DataFrame:
    documents = _corpus(args).documents
    columns = [
        "doc_id",
        "path",
        "title",
        "published",
        "published_month",
        "published_day",
        "published_time",
        "date_note",
        "dateline",
        "agency",
        "n_chars",
    ]
    return documents[columns]


def cmd_terms(args: argparse.Namespace) -> pd.DataFrame:
    from analysis import terms

    documents = _corpus(args).documents
    if args.by:
        if args.by not in documents.columns and args.by not in terms.PERIODS:
            raise CorpusError(f"{args.path}: no column '{args.by}' to group by")
        table = terms.term_frequencies(documents, by=args.by, ngram=args.ngram)
        return table.groupby(table.columns[0], sort=True, group_keys=False).head(args.top)
    return terms.term_counts(documents, ngram=args.ngram).head(args.top)


def cmd_actors(args: argparse.Namespace) -> pd.DataFrame:
    from analysis import actors

    documents = _corpus(args).documents
    dictionary = actors.corpus_dictionary(args.path, actors_file=args.actors_file)
    return actors.mentions_cli_rows(
        documents, include_unknown=args.include_unknown, dictionary=dictionary
    )


def cmd_quotes(args: argparse.Namespace) -> pd.DataFrame:
    from analysis import actors, quotes

    documents = _corpus(args).documents
    dictionary = actors.corpus_dictionary(args.path, actors_file=args.actors_file)
    if args.turns:
        return quotes.find_turns(documents, dictionary=dictionary)
    return quotes.find_quotes(documents, dictionary=dictionary)


def cmd_figures(args: argparse.Namespace) -> pd.DataFrame:
    from analysis import figures

    if args.text is not None:
        return figures.extract_figures(args.text)
    if args.path is None:
        raise CorpusError("figures: give a corpus PATH or --text")
    from analysis import actors, text

    documents = _corpus(args).documents
    dictionary = actors.corpus_dictionary(args.path, actors_file=args.actors_file)
    sentences = text.sentence_table(documents)  # split once, for the mentions and the figures
    mentions = actors.find_mentions(documents, dictionary=dictionary, sentences=sentences)
    table = figures.figures(documents, mentions=mentions, sentences=sentences)
    if args.energy_only:
        table = table[table["energy_trade"]]
    return table


def cmd_tables(args: argparse.Namespace) -> pd.DataFrame:
    from analysis import tables

    written = tables.write_tables(
        args.path,
        args.out,
        year=args.year,
        actors_file=args.actors_file,
        use_cache=not args.no_cache,
        scheduler=args.scheduler,
        workers=args.workers,
        columns=_columns(args),
    )
    return pd.DataFrame({"table": list(written), "path": [str(p) for p in written.values()]})


def cmd_report(args: argparse.Namespace) -> None:
    from analysis import report

    args.columns = _columns(args)
    sys.exit(report.main(args))


def cmd_notebooks(args: argparse.Namespace) -> None:
    from analysis import report

    sys.exit(report.refresh_notebooks())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(
        name: str, handler: Callable, help_text: str, *, path: bool = True, table: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if path:
            p.add_argument(
                "path", nargs="?" if name == "figures" else None, help="corpus file or folder"
            )
            p.add_argument("--year", type=int, help="year for dates given without one")
            p.add_argument(
                "--actors-file", help="a YAML actor dictionary extending the shipped one"
            )
            _column_options(p)
        if table:
            p.add_argument("--format", choices=["table", "csv", "json"], default="table")
        p.set_defaults(handler=handler)
        return p

    command("corpus", cmd_corpus, "Load a corpus and print one row per document")
    terms = command("terms", cmd_terms, "Term frequencies (per corpus, or per group with --by)")
    terms.add_argument("--top", type=int, default=20)
    terms.add_argument("--ngram", type=int, choices=[1, 2, 3], default=1)
    terms.add_argument("--by", help="group by a column (e.g. doc_id, agency, year, month)")
    actors = command("actors", cmd_actors, "Actor mentions: one row per mention")
    actors.add_argument(
        "--include-unknown",
        action="store_true",
        help="add capitalised names the dictionary does not know (how = unknown)",
    )
    quotes = command("quotes", cmd_quotes, "Direct quotations with their speakers")
    quotes.add_argument(
        "--turns",
        action="store_true",
        help="the speaking turns of transcripts instead ('Vladimir Putin: ...')",
    )
    figures = command("figures", cmd_figures, "Figures stated in the corpus (or in --text)")
    figures.add_argument("--text", help="extract the figures of this text instead of a corpus")
    figures.add_argument("--energy-only", action="store_true")
    tables = command("tables", cmd_tables, "Run every analysis and write each table as Parquet")
    tables.add_argument("--out", required=True, help="folder for the Parquet files")
    tables.add_argument("--no-cache", action="store_true")
    tables.add_argument("--scheduler", help="Dask scheduler address (tcp://HOST:PORT) or 'local'")
    tables.add_argument("--workers", type=int, help="worker processes for the local engine")

    report = command(
        "report", cmd_report, "Run the notebooks into offline HTML reports", path=False, table=False
    )
    report.add_argument("--corpus", default=str(config.DEFAULT_CORPUS))
    report.add_argument("--out", default=str(config.REPORTS_DIR))
    report.add_argument(
        "--jobs", type=int, default=None, help="notebooks run at once (default: cores)"
    )
    report.add_argument(
        "--only", nargs="+", metavar="NAME", help="only these notebooks (e.g. 01 terms)"
    )
    report.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML")
    report.add_argument("--year", type=int)
    report.add_argument("--actors-file")
    _column_options(report)
    report.add_argument("--no-cache", action="store_true")
    report.add_argument("--scheduler", help="Dask scheduler address (tcp://HOST:PORT) or 'local'")
    report.add_argument(
        "--kwic",
        nargs="+",
        metavar="TERM",
        help="words or phrases to show in context (default: the corpus's most mentioned actors)",
    )
    command(
        "notebooks",
        cmd_notebooks,
        "Re-execute the notebooks on the seed corpus, keeping outputs",
        path=False,
        table=False,
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    args = _parser().parse_args(argv)
    try:
        result = args.handler(args)
    except CorpusError as error:
        print(f"error: {printable(str(error))}", file=sys.stderr)
        return 2
    except (AnalysisError, DictionaryError) as error:
        print(f"error: {printable(str(error))}", file=sys.stderr)
        return 1
    if isinstance(result, pd.DataFrame):
        try:
            _emit(result, args.format)
        except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
            sys.stderr.close()
    return 0
