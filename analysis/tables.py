"""All tables for a corpus, in one place: what notebooks, the CLI, the benchmark and the report call.

``build(corpus_path)`` loads the corpus and runs every analysis, giving the tables of
ARCHITECTURE.md: documents, problems, sentences, terms, bigrams, mentions, quotes, figures.

How the work is split: documents are grouped into partitions (by source file, and a large file
into runs of at most ``PARTITION_DOCS`` documents). Every partition is analysed on its own, so
partitions can run in worker processes or on a Dask cluster, and the per-partition results are
merged in partition order: the result is the same whichever engine ran them. Corpus-wide term
tables are sums of per-partition counts, re-ranked after the merge.

Engines: local worker processes are forked, so a worker inherits the documents and gets only a
partition's index. On Dask (``scheduler=``), partitions are sent to the cluster; an uncompressed
JSON Lines file above ``RANGE_THRESHOLD`` is instead cut into byte ranges at line starts, and
each range is read, parsed and analysed by a task of its own where the file is visible (a shared
file system): the client only decides duplicates and document ids from each row's sha256, date
and id, exactly as the loader does, so the tables are those of a local run. The byte-range path
does not use the partition cache.

Cache: each partition's analysed tables are kept as Parquet under ``.cache/analysis/``, keyed by
its documents' ids and sha256 digests, the package's code and data, and the actor dictionary.
An unchanged corpus is not analysed again; a changed file re-analyses only its partitions.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cache
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from analysis import config, corpus
from analysis.corpus import Corpus, read_corpus

PARTITION_DOCS = 400
# On Dask, an uncompressed JSON Lines file above RANGE_THRESHOLD bytes is read in ranges of
# about RANGE_BYTES, each read, parsed and analysed by a task of its own.
RANGE_THRESHOLD = 256 * 2**20
RANGE_BYTES = 64 * 2**20
PER_PARTITION = ("sentences", "mentions", "quotes", "figures", "terms", "bigrams")
TERM_TABLES = ("terms", "bigrams")


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

    def as_dict(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in ARCHITECTURE.md's order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def load(corpus_path: str | Path, *, year: int | None = None) -> Corpus:
    """Read the corpus at ``corpus_path`` (documents and problems tables).

    Args:
        corpus_path: a file or folder the loader understands (see ``analysis.corpus``).
        year: the year for dates that have none in the source.
    """
    return read_corpus(corpus_path, year=year)


# --- one partition ---------------------------------------------------------------------------


def analyse(
    documents: pd.DataFrame, *, actors_file: str | Path | None = None
) -> dict[str, pd.DataFrame]:
    """Run every analysis on some documents (one partition, or a whole small corpus).

    Args:
        documents: rows of the documents table.
        actors_file: a user actor dictionary extending the shipped one.

    Returns:
        ``sentences``, ``mentions``, ``quotes``, ``figures`` (one row per item, with ``doc_id``
        and offsets) and ``terms``, ``bigrams`` (counts over these documents; their
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
        "terms": unigrams,
        "bigrams": bigrams,
    }


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
    return merged


def _sum_terms(frames: list[pd.DataFrame]) -> pd.DataFrame:
    words = sum(int(f.attrs.get("word_tokens", 0)) for f in frames)
    stacked = pd.concat([f[["term", "count", "doc_freq"]] for f in frames], ignore_index=True)
    summed = stacked.groupby("term", sort=False, as_index=False)[["count", "doc_freq"]].sum()
    summed["per_1k"] = summed["count"] * 1000.0 / words if words else 0.0
    summed = summed[["term", "count", "per_1k", "doc_freq"]]
    summed = summed.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)
    summed.attrs["word_tokens"] = words
    return summed


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
    return analyse(documents, actors_file=actors_file)


# The tasks of a local run, inherited by forked workers: a worker is sent an index, not a
# pickled partition of documents.
_FORKED_TASKS: list = []


def _analyse_forked(index: int) -> dict[str, pd.DataFrame]:
    return _analyse_partition(_FORKED_TASKS[index])


def _warm(actors_file: str | None) -> None:
    """Read the dictionaries once before forking, so that workers inherit them."""
    from analysis import actors, figures, text

    actors.load_dictionary(actors_file)
    figures.lexicon()
    text.abbreviations(), text.stopwords()


def _run_local(tasks: list, workers: int, progress: Callable[[Iterable], Iterable]) -> list:
    if workers <= 1 or len(tasks) <= 1:
        return [_analyse_partition(task) for task in progress(tasks)]
    if not sys.platform.startswith("linux"):
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            return list(progress(pool.map(_analyse_partition, tasks)))
    _warm(tasks[0][1])
    _FORKED_TASKS[:] = tasks
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            return list(progress(pool.map(_analyse_forked, range(len(tasks)))))
    finally:
        _FORKED_TASKS.clear()


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


def _run_dask(tasks: list, scheduler: str, progress: Callable[[Iterable], Iterable]) -> list:
    with _dask_client(scheduler) as client:
        futures = client.map(_analyse_partition, tasks, pure=False)
        return [future.result() for future in progress(futures)]


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
    parts = [analyse(part, actors_file=actors_file) for part in partitions(documents)]
    return records, merge(parts)


def _build_in_ranges(
    path: Path,
    ranges: list[tuple[int, int, int]],
    *,
    year: int | None,
    actors_file: str | None,
    scheduler: str,
    progress: Callable[[Iterable], Iterable],
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
        results = [future.result() for future in progress(analysed)]
    records = [record for found, _ in results for record in found]
    loaded = corpus.corpus_of_ranges(path, records, problem_rows)
    analysed_tables = [tables for _, tables in results if tables is not None]
    return loaded, merge(analysed_tables) if analysed_tables else {}


def _progress(enabled: bool | None, total: int, label: str) -> Callable[[Iterable], Iterable]:
    if enabled is None:
        enabled = sys.stderr.isatty() and not os.environ.get("CI")
    if not enabled:
        return lambda items: items
    from tqdm.auto import tqdm

    return lambda items: tqdm(items, total=total, desc=label, unit="part")


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
        progress: show a progress bar (default: when attached to a terminal, not in CI).
        cache_dir: where the cache lives (default ``config.CACHE_DIR``).

    Returns:
        The tables; the same whichever engine ran them.
    """
    from analysis.actors import dictionary_file

    user_file = dictionary_file(corpus_path, actors_file=actors_file)
    actors_file = str(user_file.resolve()) if user_file else None
    if scheduler and (ranges := _ranges(corpus_path)):
        show = _progress(progress, len(ranges), "reading and analysing")
        built = _build_in_ranges(
            Path(corpus_path),
            ranges,
            year=year,
            actors_file=actors_file,
            scheduler=scheduler,
            progress=show,
        )
        if built is not None:
            loaded, merged = built  # never empty: the loader raises on a corpus without documents
            return Tables(documents=loaded.documents, problems=loaded.problems, **merged)
    loaded = load(corpus_path, year=year)
    documents = loaded.documents
    parts = partitions(documents)
    cache_root = Path(cache_dir or config.CACHE_DIR)
    keys = [partition_key(part, actors_file=actors_file) for part in parts]
    results: list[dict | None] = [
        _cache_read(cache_root / key) if use_cache else None for key in keys
    ]
    todo = [i for i, result in enumerate(results) if result is None]
    tasks = [(parts[i], actors_file) for i in todo]
    show = _progress(progress, len(tasks), "analysing")
    if scheduler:
        computed = _run_dask(tasks, scheduler, show)
    else:
        computed = _run_local(tasks, workers or os.cpu_count() or 1, show)
    for i, tables in zip(todo, computed, strict=True):
        results[i] = tables
        if use_cache:
            _cache_write(cache_root / keys[i], tables)
    # results is never empty: the loader raises on a corpus without documents
    return Tables(documents=documents, problems=loaded.problems, **merge(results))


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
