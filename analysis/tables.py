"""All tables for a corpus, in one place: what notebooks, the CLI, the benchmark and the report call.

``build(corpus_path)`` loads the corpus and runs every analysis, giving the tables of
ARCHITECTURE.md: documents, problems, sentences, terms, bigrams, mentions, quotes, figures;
and turns, the speaking turns of transcripts.

How the work is split: documents are grouped into partitions (by source file, and a large file
into runs of at most ``PARTITION_DOCS`` documents). Every partition is analysed on its own, so
partitions can run in worker processes or on a Dask cluster, and the per-partition results are
merged in partition order: the result is the same whichever engine ran them. Corpus-wide term
tables are sums of per-partition counts, re-ranked after the merge.

Streaming: the corpus is read document by document (``corpus.DocumentStream``), and each
partition is handed to a worker as soon as its documents are read, so the analysis runs while
the rest of the corpus is still being read and parsed.

Engines: local worker processes (forked on Linux, so they start at once), or a Dask cluster
(``scheduler=``); each is sent a partition's ids, texts and digests. On Dask, an uncompressed
JSON Lines file above ``RANGE_THRESHOLD`` is instead cut into byte ranges at line starts, and
each range is read, parsed and analysed by a task of its own where the file is visible (a shared
file system): the client only decides duplicates and document ids from each row's sha256, date
and id, exactly as the loader does, so the tables are those of a local run. The byte-range path
does not use the partition cache.

Failures: when an analysis raises on a partition, its documents are analysed one by one, and
a document that still fails is left out of the analysed tables and reported as a row of the
problems table (its file and line, the error, "left out of the analyses"); such a partition is
not cached.

Output: ``write_tables`` writes every table as Parquet (the command line's ``tables``),
``write_csv`` every table the reports show as CSV safe to open in a spreadsheet (``reports/
tables/``).

Cache: each partition's analysed tables are kept as Parquet under ``.cache/analysis/``, keyed by
its documents' ids and sha256 digests, the package's code and data, and the actor dictionary.
An unchanged corpus is not analysed again; a changed file re-analyses only its partitions.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import os
import shutil
import sys
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cache
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import config, corpus
from analysis.corpus import Corpus, read_corpus

PARTITION_DOCS = 400
# A folder of more files than this analyses its small files in groups (see DocumentStream.runs):
# a partition costs about 20 ms of its own, and 10,000 one-article files took minutes.
GROUP_FILES_OVER = 500
# On Dask, an uncompressed JSON Lines file above RANGE_THRESHOLD bytes is read in ranges of
# about RANGE_BYTES, each read, parsed and analysed by a task of its own.
RANGE_THRESHOLD = 256 * 2**20
RANGE_BYTES = 64 * 2**20
PER_PARTITION = ("sentences", "mentions", "quotes", "figures", "turns", "terms", "bigrams")
TERM_TABLES = ("terms", "bigrams")
FAILED = "failed"  # a partition's documents whose analysis raised (doc_id, error), when any


@dataclass
class Tables:
    """Every table for one corpus (pandas DataFrames)."""

    documents: pd.DataFrame
    problems: pd.DataFrame
    sentences: pd.DataFrame
    terms: pd.DataFrame
    bigrams: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    figures: pd.DataFrame
    turns: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in ARCHITECTURE.md's order (then turns)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def load(
    corpus_path: str | Path, *, year: int | None = None, columns: dict[str, str] | None = None
) -> Corpus:
    """Read the corpus at ``corpus_path`` (documents and problems tables).

    Args:
        corpus_path: a file or folder the loader understands (see ``analysis.corpus``).
        year: the year for dates that have none in the source.
        columns: column names for row formats by option (``text_column``, ``title_column``,
            ``date_column``, ``id_column``), as ``read_corpus`` takes them.
    """
    return read_corpus(corpus_path, year=year, **(columns or {}))


# --- one partition ---------------------------------------------------------------------------


def analyse(
    documents: pd.DataFrame, *, actors_file: str | Path | None = None
) -> dict[str, pd.DataFrame]:
    """Run every analysis on some documents (one partition, or a whole small corpus).

    Args:
        documents: rows of the documents table.
        actors_file: a user actor dictionary extending the shipped one.

    Returns:
        ``sentences``, ``mentions``, ``quotes``, ``figures``, ``turns`` (one row per item, with
        ``doc_id`` and offsets) and ``terms``, ``bigrams`` (counts over these documents; their
        ``attrs["word_tokens"]`` holds the word-token total).
    """
    from analysis import actors, figures, quotes, terms, text

    dictionary = actors.load_dictionary(actors_file)
    spans = [text.split_sentences(t) for t in documents["text"]]  # split once, used twice
    sentences = text.sentence_table(documents, spans=spans)
    mentions = actors.find_mentions(documents, dictionary=dictionary, sentences=sentences)
    unigrams, bigrams = terms.term_tables(documents, spans=spans)
    return {
        "sentences": sentences,
        "mentions": mentions,
        "quotes": quotes.find_quotes(
            documents, dictionary=dictionary, mentions=mentions, sentences=sentences
        ),
        "figures": figures.figures(documents, mentions=mentions, sentences=sentences),
        "turns": quotes.find_turns(documents, dictionary=dictionary, mentions=mentions),
        "terms": unigrams,
        "bigrams": bigrams,
    }


def _no_tables() -> dict[str, pd.DataFrame]:
    """Every per-partition table, empty (the term tables with their columns)."""
    tables = {name: pd.DataFrame() for name in PER_PARTITION}
    for name in TERM_TABLES:
        tables[name] = pd.DataFrame(
            {
                "term": pd.Series([], dtype="str"),
                "count": pd.Series([], dtype="int64"),
                "per_1k": pd.Series([], dtype="float64"),
                "doc_freq": pd.Series([], dtype="int64"),
            }
        )
        tables[name].attrs["word_tokens"] = 0
    return tables


def merge(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Join per-partition tables, in partition order; term tables are summed and re-ranked."""
    merged = {}
    for name in PER_PARTITION:
        frames = [part[name] for part in parts]
        if name in TERM_TABLES:
            merged[name] = _sum_terms(frames)
        else:
            non_empty = [f for f in frames if len(f)] or frames[:1]
            merged[name] = pd.concat(non_empty, ignore_index=True) if non_empty else pd.DataFrame()
    failed = [part[FAILED] for part in parts if FAILED in part]
    if failed:
        merged[FAILED] = pd.concat(failed, ignore_index=True)
    return merged


def _tables(loaded: Corpus, merged: dict[str, pd.DataFrame]) -> Tables:
    """The tables of a corpus; a document whose analysis failed is a row of ``problems``."""
    problems = loaded.problems
    failed = merged.pop(FAILED, None)
    if failed is not None and len(failed):
        where = loaded.documents.set_index("doc_id")[["path", "line"]]
        rows = pd.DataFrame(
            {
                "path": where.loc[failed["doc_id"], "path"].to_numpy(),
                "line": where.loc[failed["doc_id"], "line"].to_numpy(),
                "problem": [f"analysis failed ({error})" for error in failed["error"]],
                "action": "left out of the analyses",
            }
        ).astype({"line": "Int64"})
        problems = pd.concat([problems, rows], ignore_index=True) if len(problems) else rows
    return Tables(documents=loaded.documents, problems=problems, **merged)


def _sum_terms(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Per-partition term tables summed by term, by count (descending) then term."""
    import pyarrow as pa
    import pyarrow.compute as pc

    words = sum(int(f.attrs.get("word_tokens", 0)) for f in frames)
    code, terms = pd.factorize(pd.concat([f["term"] for f in frames], ignore_index=True))

    def total(column: str) -> np.ndarray:
        values = np.concatenate([f[column].to_numpy("int64") for f in frames])
        return np.bincount(code, weights=values, minlength=len(terms)).astype("int64")

    count, doc_freq = total("count"), total("doc_freq")
    table = pa.table({"term": pa.array(terms, type=pa.large_string()), "count": count})
    order = pc.sort_indices(table, [("count", "descending"), ("term", "ascending")]).to_numpy()
    frame = pd.DataFrame(
        {
            "term": pd.array(table["term"].take(order), dtype="str"),
            "count": count[order],
            "per_1k": count[order] * 1000.0 / words if words else 0.0,
            "doc_freq": doc_freq[order],
        }
    )
    frame.attrs["word_tokens"] = words
    return frame


# --- partitions and cache --------------------------------------------------------------------


def partitions(documents: pd.DataFrame, *, size: int = PARTITION_DOCS) -> list[pd.DataFrame]:
    """Split documents by source file, and a large file into runs of at most ``size``."""
    parts = []
    for _, group in documents.groupby("path", sort=False):
        parts.extend(group.iloc[i : i + size] for i in range(0, len(group), size))
    return parts


@cache
def code_version() -> str:
    """A digest of the package's code and data: a change to either invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if (
            path.is_file()
            and path.suffix in (".py", ".yml", ".yaml", ".txt", ".json")
            and "__pycache__" not in path.parts
        ):
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _dictionary_version(actors_file: str | Path | None) -> str:
    return hashlib.sha256(Path(actors_file).read_bytes()).hexdigest() if actors_file else "shipped"


def partition_key(documents: pd.DataFrame, *, actors_file: str | Path | None = None) -> str:
    """The cache key of one partition: its documents, the code and the dictionary."""
    digest = hashlib.sha256()
    digest.update(code_version().encode())
    digest.update(_dictionary_version(actors_file).encode())
    for doc_id, sha in zip(documents["doc_id"], documents["sha256"], strict=True):
        digest.update(f"{doc_id}\x00{sha}\n".encode())
    return digest.hexdigest()


def _cache_read(folder: Path) -> dict[str, pd.DataFrame] | None:
    meta = folder / "meta.json"
    if not meta.is_file():
        return None
    attrs = json.loads(meta.read_text())
    tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in PER_PARTITION}
    for name in TERM_TABLES:
        tables[name].attrs["word_tokens"] = attrs[name]
    return tables


def _cache_write(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    staging = folder.with_name(folder.name + f".tmp{os.getpid()}")
    staging.mkdir(parents=True, exist_ok=True)
    for name in PER_PARTITION:
        tables[name].to_parquet(staging / f"{name}.parquet", index=False)
    meta = {name: int(tables[name].attrs.get("word_tokens", 0)) for name in TERM_TABLES}
    (staging / "meta.json").write_text(json.dumps(meta))
    try:
        staging.rename(folder)
    except OSError:  # another process cached the same partition first
        shutil.rmtree(staging, ignore_errors=True)


# --- engines ---------------------------------------------------------------------------------


def _analyse_partition(task: tuple[pd.DataFrame, str | None]) -> dict[str, pd.DataFrame]:
    documents, actors_file = task
    try:
        return analyse(documents, actors_file=actors_file)
    except Exception:  # one document the analyses cannot read must not cost the others
        return _analyse_one_by_one(documents, actors_file)


def _analyse_one_by_one(documents: pd.DataFrame, actors_file: str | None) -> dict:
    """The partition's tables from its documents analysed one at a time; the documents whose
    analysis fails are left out and listed under ``FAILED`` (doc_id, error)."""
    parts, failed = [], []
    for i in range(len(documents)):
        one = documents.iloc[i : i + 1]
        try:
            parts.append(analyse(one, actors_file=actors_file))
        except Exception as error:
            failed.append((one["doc_id"].iloc[0], f"{type(error).__name__}: {error}"[:300]))
    tables = merge(parts or [_no_tables()])
    tables[FAILED] = pd.DataFrame(failed, columns=["doc_id", "error"])
    return tables


def _warm(actors_file: str | None, parent: int | None = None) -> None:
    """Prepare a worker process: read the dictionaries before its first partition, and collect
    garbage less often (the analyses make millions of short-lived objects and few cycles)."""
    from analysis import actors, figures, text

    _end_with_parent(parent)
    gc.set_threshold(*_GC_THRESHOLDS)
    actors.load_dictionary(actors_file)
    figures.lexicon()
    text.abbreviations(), text.stopwords()


def _end_with_parent(parent: int | None = None) -> None:
    """On Linux, have the kernel end this worker when the process that started it ends, killed
    or not: a killed ``tables`` or ``report`` left its workers running (prctl
    PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = parent if parent is not None else os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the call above: end now
        os._exit(1)


# Generation-0 collections every 100,000 allocations rather than 700: about a tenth less time.
_GC_THRESHOLDS = (100_000, 20, 100)


@contextmanager
def _rare_collections():
    """Collect garbage as rarely as the workers do, for the duration of a build."""
    before = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def _engine(scheduler: str | None, workers: int, actors_file: str | None):
    """A ``submit(partition) -> future`` that analyses partitions: in this process, in local
    worker processes, or on a Dask cluster."""
    if scheduler:
        with _dask_client(scheduler) as client:
            yield lambda part: client.submit(_analyse_partition, (part, actors_file), pure=False)
        return
    if workers <= 1:

        def run_here(part: pd.DataFrame) -> Future:
            future: Future = Future()
            future.set_result(_analyse_partition((part, actors_file)))
            return future

        yield run_here
        return
    # Forked workers start at once (no interpreter start-up); elsewhere they are spawned.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context(method),
        initializer=_warm,
        initargs=(actors_file, os.getpid()),
    ) as pool:
        yield lambda part: pool.submit(_analyse_partition, (part, actors_file))


@contextmanager
def _dask_client(scheduler: str):
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- a large JSON Lines file in byte ranges, on Dask -----------------------------------------


def _parse_range(path: str, start: int, end: int, first_line: int, year: int | None):
    return corpus.read_line_range(path, start, end, first_line, year=year)


def _summarise_range(parsed) -> tuple[list[dict], list[tuple]]:
    problems, prepared = parsed
    return problems, corpus.range_summary(prepared)


def _analyse_range(parsed, path: str, doc_ids: list, actors_file: str | None):
    """A range's documents records and the merged tables of their partitions."""
    records = corpus.range_records(path, parsed[1], doc_ids)
    documents = corpus.documents_frame(records)
    if documents.empty:
        return records, None
    parts = [_analyse_partition((part, actors_file)) for part in partitions(documents)]
    return records, merge(parts)


def _build_in_ranges(
    path: Path,
    ranges: list[tuple[int, int, int]],
    *,
    year: int | None,
    actors_file: str | None,
    scheduler: str,
    progress: bool | None,
) -> tuple[Corpus, dict[str, pd.DataFrame]] | None:
    """Read, parse and analyse each byte range of ``path`` in a Dask task of its own.

    Three rounds: every range is parsed where it is read, and the parsed rows stay on that
    worker; the client gathers only each row's sha256, date and id fields, and decides the
    duplicates and document ids over the whole file exactly as ``read_corpus`` does; then each
    range is analysed on its worker with those ids. Returns None when a range is not UTF-8 (the
    file must then be read whole, its encoding guessed).
    """
    with _dask_client(scheduler) as client:
        parsed = [
            client.submit(_parse_range, str(path), s, e, first, year, pure=False)
            for s, e, first in ranges
        ]
        summaries = client.map(_summarise_range, parsed, pure=False)
        try:
            gathered = client.gather(summaries)
        except corpus.NotUtf8Error:
            return None
        problems, doc_ids = [g[0] for g in gathered], None
        if not any(summary for _, summary in gathered) and not any(problems):
            return None  # nothing but whitespace: read whole, for the loader's own message
        doc_ids, problem_rows = corpus.select_documents(
            path, problems, [summary for _, summary in gathered]
        )
        del summaries, gathered
        analysed = [
            client.submit(_analyse_range, part, str(path), ids, actors_file, pure=False)
            for part, ids in zip(parsed, doc_ids, strict=True)
        ]
        del parsed
        with _counter(progress, "reading and analysing", "part", total=len(analysed)) as bar:
            results = []
            for future in analysed:
                results.append(future.result())
                bar.update()
    records = [record for found, _ in results for record in found]
    loaded = corpus.corpus_of_ranges(path, records, problem_rows)
    analysed_tables = [tables for _, tables in results if tables is not None]
    return loaded, merge(analysed_tables) if analysed_tables else {}


def _shown(enabled: bool | None) -> bool:
    """Progress bars: when asked for, or by default on a terminal outside CI."""
    if enabled is None:
        return sys.stderr.isatty() and not os.environ.get("CI")
    return enabled


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc) -> None:
        pass


class AnalysisError(RuntimeError):
    """The analysis of a corpus could not finish (a worker process ended, say)."""


def _result(future, corpus_path, first: str, last: str) -> dict[str, pd.DataFrame]:
    """A partition's tables; a worker that ended (killed for memory, say) is named by the
    partition's documents rather than by the pool's bare error."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as error:
        raise AnalysisError(
            f"{corpus_path}: a worker process ended while analysing documents {first} to "
            f"{last} (out of memory?); try fewer worker processes ({error})"
        ) from error


def _counter(enabled: bool | None, label: str, unit: str, total: int | None = None):
    """A progress bar (tqdm's) advanced by ``update``, or one that shows nothing."""
    if not _shown(enabled):
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(desc=label, unit=unit, total=total)


def build(
    corpus_path: str | Path,
    *,
    year: int | None = None,
    actors_file: str | Path | None = None,
    use_cache: bool = True,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool | None = None,
    cache_dir: Path | None = None,
    columns: dict[str, str] | None = None,
) -> Tables:
    """Load a corpus and compute every table, reusing cached partitions.

    Args:
        corpus_path: a file or folder of articles.
        year: the year for dates that have none in the source.
        actors_file: a user actor dictionary extending the shipped one.
        use_cache: read and write the partition cache (``.cache/analysis/``).
        scheduler: None for this machine; ``"local"`` for a Dask LocalCluster of two workers;
            ``"tcp://HOST:PORT"`` for a running Dask scheduler.
        workers: worker processes for this machine (default: the number of cores).
        progress: show progress bars, for the documents read and the partitions analysed
            (default: when attached to a terminal, not in CI).
        cache_dir: where the cache lives (default ``config.CACHE_DIR``).
        columns: column names for row formats by option (``text_column``, ``title_column``,
            ``date_column``, ``id_column``), as ``read_corpus`` takes them.

    Returns:
        The tables; the same whichever engine ran them.
    """
    from analysis.actors import dictionary_file, load_dictionary

    user_file = dictionary_file(corpus_path, actors_file=actors_file)
    actors_file = str(user_file.resolve()) if user_file else None
    if actors_file:  # a broken file is said here, not in every worker process
        load_dictionary(actors_file)
    if scheduler and not columns and (ranges := _ranges(corpus_path)):
        built = _build_in_ranges(
            Path(corpus_path),
            ranges,
            year=year,
            actors_file=actors_file,
            scheduler=scheduler,
            progress=progress,
        )
        if built is not None:
            loaded, merged = built  # never empty: the loader raises on a corpus without documents
            return _tables(loaded, merged)
    # Partitions are analysed while the rest of the corpus is still being read.
    stream = corpus.DocumentStream(corpus_path, year=year, columns=corpus.given_columns(columns))
    cache_root = Path(cache_dir or config.CACHE_DIR)
    records: list[dict] = []
    pending: list[tuple[str, list, dict]] = []  # per partition: key, ids, tables or a future
    engine = _engine(scheduler, workers or os.cpu_count() or 1, actors_file)
    with _rare_collections(), engine as submit, _counter(progress, "reading", "doc") as reading:
        group_files = stream.file_count(GROUP_FILES_OVER + 1) > GROUP_FILES_OVER
        for run in stream.runs(PARTITION_DOCS, group_files=group_files):
            reading.update(len(run))
            records.extend(run)
            part = _partition_frame(run)
            key = partition_key(part, actors_file=actors_file)
            cached = _cache_read(cache_root / key) if use_cache else None
            ids = [run[0]["doc_id"], run[-1]["doc_id"]]
            pending.append((key, ids, submit(part) if cached is None else cached))
        reading.close()
        loaded = stream.corpus(records, stacklevel=3)  # raises on a corpus without documents
        del records
        work = sum(1 for _, _, item in pending if not isinstance(item, dict))
        results = []
        with _counter(progress, "analysing", "part", total=work) as analysing:
            for key, (first, last), item in pending:
                if not isinstance(item, dict):
                    item = _result(item, corpus_path, first, last)
                    analysing.update()
                    if use_cache and FAILED not in item:  # a failure is met again, and reported
                        _cache_write(cache_root / key, item)
                results.append(item)
    return _tables(loaded, merge(results))


def _partition_frame(records: list[dict]) -> pd.DataFrame:
    """What the analyses and the cache key read of a partition's documents, as Python strings
    (the analyses read them one by one: no conversion to Arrow and back)."""
    return pd.DataFrame(
        {
            name: pd.Series([record[name] for record in records], dtype=object)
            for name in ("doc_id", "text", "sha256")
        }
    )


def _ranges(corpus_path: str | Path) -> list[tuple[int, int, int]] | None:
    """Byte ranges for a large uncompressed JSON Lines file (None: read it whole)."""
    path = Path(corpus_path)
    if not path.is_file() or path.stat().st_size <= RANGE_THRESHOLD:
        return None
    return corpus.line_ranges(path, size=RANGE_BYTES)


def write_tables(corpus_path: str | Path, out: str | Path, **options) -> dict[str, Path]:
    """Compute every table (see ``build``) and write each as ``OUT/<name>.parquet``.

    Returns:
        The written files by table name.
    """
    tables = build(corpus_path, **options)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)

    def write(item: tuple[str, pd.DataFrame]) -> tuple[str, Path]:
        name, frame = item
        path = out / f"{name}.parquet"
        _parquet_safe(frame).to_parquet(path, index=False)
        return name, path

    # Arrow encodes and compresses without the GIL: two threads keep both cores busy.
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(write, tables.as_dict().items()))


def _parquet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns that Arrow cannot store as they are (mixed input metadata) become JSON text."""
    import pyarrow as pa

    frame = frame.copy()
    frame.attrs = {}
    for column in frame.columns:
        if frame[column].dtype != object:
            continue
        try:
            pa.array(frame[column], from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            frame[column] = frame[column].map(
                lambda v: (
                    v
                    if v is None or isinstance(v, str)
                    else json.dumps(v, default=str, ensure_ascii=False)
                )
            )
    return frame


# Every table the reports show the first rows of, as CSV for the analyst (``write_csv``).
CSV_TABLES = (
    "documents", "problems", "terms", "bigrams", "mentions", "quotes", "turns", "figures"
)  # fmt: skip
# what a spreadsheet would run as a formula at the start of a cell: corpus text is untrusted
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(tables: Tables, folder: Path) -> dict[str, int]:
    """Write every row of ``CSV_TABLES`` as ``folder/<name>.csv`` (UTF-8): documents without
    their text, and figures with their sentences. A text cell that a spreadsheet would take for
    a formula (``=``, ``+``, ``-``, ``@`` first) is written with a ``'`` before it.

    Returns:
        The rows written, by table name.
    """
    folder.mkdir(parents=True, exist_ok=True)
    every = tables.as_dict()
    written = {}
    for name in CSV_TABLES:
        frame = every[name]
        if name == "documents":
            frame = frame.drop(columns=["text", "lead", "body"], errors="ignore")
        to_safe_csv(frame, folder / f"{name}.csv")
        written[name] = len(frame)
    return written


def to_safe_csv(frame: pd.DataFrame, target) -> None:
    """Write ``frame`` as CSV for spreadsheets (``target``: a path or a text stream): formulas
    neutralised (``spreadsheet_safe``) and every text cell quoted, so that a line break inside a
    cell (a carriage return alone, which pandas would leave unquoted) never starts a row."""
    spreadsheet_safe(frame).to_csv(target, index=False, quoting=csv.QUOTE_NONNUMERIC)


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells, and column names, that a spreadsheet would run as
    formulas start with ``'``."""
    frame = frame.rename(columns=lambda c: _cell(c) if isinstance(c, str) else c)
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(_cell)
    return frame


def _cell(value):
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value
