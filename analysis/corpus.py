"""Read a corpus: a file or a folder of news articles, into one documents table.

The only module that reads corpus files. Raw input is never modified. Every problem met on the
way (an encoding guessed, a bad JSON line, a duplicate) is recorded in a ``problems`` table with
the file, the line and what was done, and a bad file never aborts the load.

This module finds the files, reads and decodes them and hands each to the reader of its format
(in ``analysis.formats``): a zip or tar archive's members in turn, as files of a folder, and a
file whose name gives no format read by its first bytes; then it dates each document, drops
duplicates and gives the ids.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import os
import re
import stat
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.formats.archives import ARCHIVE_FORMATS, Listing, archive_members, zip_kind
from analysis.formats.dates import row_dates, slash_date_order
from analysis.formats.delimited import delimited
from analysis.formats.documents import DOCUMENT_FORMATS, REFUSED_FORMATS, document_text
from analysis.formats.encoding import (
    SNIFF_BYTES,
    WIDE_BOMS,
    charset,
    decode,
    is_utf8,
    looks_binary,
    meta_charset,
)
from analysis.formats.exports import export_kind, export_rows
from analysis.formats.feeds import xml_items
from analysis.formats.html import html_row
from analysis.formats.mail import eml_rows, mbox_rows
from analysis.formats.plain import plain_text_row
from analysis.formats.reader import DOCUMENT_COLUMNS, Reader, shown_name
from analysis.formats.rows import COLUMN_VARIANTS as COLUMN_VARIANTS  # part of the corpus API
from analysis.formats.rows import (
    json_document,
    json_line_rows,
    json_lines,
    read_arrow,
    read_parquet,
)
from analysis.formats.sgml import reuters_sgml
from analysis.formats.sniff import content_format
from analysis.formats.subtitles import subtitle_row
from analysis.formats.warc import warc_rows
from analysis.text import printable

TEXT_FORMATS = (".txt", ".text", ".md")
# .arrow: the Arrow IPC files of a HuggingFace ``Dataset.save_to_disk`` folder (data-*.arrow)
ROW_FORMATS = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".arrow")
HTML_FORMATS = (".html", ".htm")
# RSS <item>s, Atom <entry>s, <article>/<doc> lists, and one-article news XML found by its root
# element: NITF (<nitf>, the New York Times Annotated Corpus, AP), Reuters RCV1 (<newsitem>) and
# IPTC NewsML-G2 (<newsItem>, <newsMessage>).
XML_FORMATS = (".xml", ".rss", ".atom", ".nitf")
SGML_FORMATS = (".sgm", ".sgml")  # Reuters-21578: many <REUTERS> articles a file, not XML
WARC_FORMATS = (".warc",)  # web archives (CC-News, Common Crawl), also as .warc.gz
MAIL_FORMATS = (".eml", ".mbox")  # one e-mail (a newsletter, a Google Alert), a mailbox of many
SUBTITLE_FORMATS = (".srt", ".vtt")  # a broadcast's captions, read as its transcript
# Word, OpenDocument, RTF and PDF files (DOCUMENT_FORMATS), read to text and then as a .txt file
# is read; zip and tar archives (ARCHIVE_FORMATS), each member read as a file of a folder is.
READ_FORMATS = (
    TEXT_FORMATS + ROW_FORMATS + HTML_FORMATS + XML_FORMATS + SGML_FORMATS + WARC_FORMATS
    + DOCUMENT_FORMATS + MAIL_FORMATS + SUBTITLE_FORMATS + ARCHIVE_FORMATS
)  # fmt: skip
# Types of file that hold no articles, whatever their bytes: reported as not read, where a file
# of a type not known (``.dat``, no extension) is read by its first bytes (see formats.sniff).
NOT_ARTICLES = frozenset(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .svg .ico .heic .mp3 .mp4 .m4a .wav .ogg .flac "
    ".avi .mov .mkv .webm .pptx .ppt .xlsx .xls .ods .odp .key .numbers .epub .7z .rar .bz2 .xz "
    ".zst .exe .dll .so .py .js .css .sh .ipynb .ini .cfg .toml .lock .log .url .lnk "
    ".webloc".split()
)
# Files about a corpus folder rather than in it (any suffix): never read as articles.
NOTE_NAMES = ("readme", "license", "licence", "notice", "changelog")
IGNORED_SUFFIXES = (".yml", ".yaml", ".pdf.meta")  # e.g. a user's actors.yml beside the corpus
# The JSON files HuggingFace's ``save_to_disk`` writes beside its .arrow data: about the dataset,
# never articles (``state.json`` only beside .arrow files: elsewhere it may be a corpus file).
HF_SIDECARS = ("dataset_info.json", "dataset_dict.json")
HF_STATE = "state.json"
# The Kaggle "BBC News Summary" layout: ``News Articles/<category>/NNN.txt`` and, under
# ``Summaries/``, each article's extractive summary (its own sentences run together).
BBC_ARTICLES, BBC_SUMMARIES = "news articles", "summaries"

# The documents table's columns (DOCUMENT_COLUMNS) and the field names read as each of them
# (COLUMN_VARIANTS) are the format readers' vocabulary: defined in analysis.formats, imported here.
PROBLEM_COLUMNS = ["path", "line", "problem", "action"]
COLUMNS_HINT = (
    "name the columns with text_column=, title_column=, date_column= (on the command line: "
    "--text-column, --title-column, --date-column)"
)


class CorpusError(Exception):
    """The corpus as a whole cannot be read: a missing path, or no readable document in it."""


@dataclass
class Corpus:
    """A loaded corpus: one row per document, and what went wrong on the way."""

    documents: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))


def load_corpus(
    path: str | Path,
    *,
    year: int | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    id_column: str | None = None,
) -> pd.DataFrame:
    """Load a file or a folder (recursive) of articles into a documents table.

    Args:
        path: a ``.txt``/``.md`` article, a ``.jsonl``/``.jsonl.gz``/``.json``/``.csv``/``.tsv``/
            ``.parquet``/``.arrow`` file of articles (one per row), an ``.html`` page, an RSS/Atom/XML list
            of articles (``.xml``/``.rss``/``.atom``), a NITF, Reuters RCV1 or NewsML-G2 article
            (``.xml``/``.nitf``), a Reuters-21578 ``.sgm`` file, a ``.warc``/``.warc.gz`` web
            archive (its HTML responses), a Word, OpenDocument, RTF or PDF file (``.docx``/
            ``.odt``/``.rtf``/``.pdf``, read as a ``.txt`` article or export), an e-mail or a
            mailbox (``.eml``/``.mbox``), subtitles (``.srt``/``.vtt``), a zip or tar archive
            of these (``.zip``/``.tar``/``.tar.gz``/``.tgz``), a file of these without its
            extension (read by its first bytes), or a folder of these.
        year: the year for dates given without one (TASS web pages say ``February 14, 8:04``);
            without it such dates keep their month and day and no year is invented.
        text_column, title_column, date_column, id_column: column names for row formats, when
            the common variants (``text``/``body``/``content``, ...) do not apply.

    Returns:
        One row per document with the columns in ``DOCUMENT_COLUMNS`` plus any metadata columns
        of the input. ``.attrs["problems"]`` holds the problems table (see ``read_corpus``).

    Raises:
        CorpusError: the path does not exist or cannot be read, or it holds no document.
    """
    corpus = read_corpus(
        path,
        year=year,
        text_column=text_column,
        title_column=title_column,
        date_column=date_column,
        id_column=id_column,
    )
    documents = corpus.documents
    documents.attrs["problems"] = corpus.problems.to_dict("records")
    return documents


def read_corpus(
    path: str | Path,
    *,
    year: int | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    id_column: str | None = None,
) -> Corpus:
    """Like ``load_corpus``, returning the documents and the problems table apart.

    The problems table has one row per file or line that could not be read as given:
    ``path``, ``line`` (1-based, empty for a whole file), ``problem``, ``action``.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if root.is_dir() and not _readable_dir(root):
        raise CorpusError(f"{path}: folder cannot be read (permission denied)")
    given = {
        "text_column": text_column,
        "title_column": title_column,
        "date_column": date_column,
        "id_column": id_column,
    }
    stream = DocumentStream(path, year=year, columns=given_columns(given))
    return stream.corpus(list(stream.records()), stacklevel=3)


# The caller's column options and the document fields they name.
COLUMN_OPTIONS = {
    "text_column": "body",
    "title_column": "title",
    "date_column": "published",
    "id_column": "id",
}


def given_columns(options: dict[str, str | None] | None) -> dict[str, str]:
    """The fields the caller named, by role, from ``text_column=``-style options (unset ones
    left out), as ``DocumentStream`` takes them."""
    return {COLUMN_OPTIONS[name]: value for name, value in (options or {}).items() if value}


class DocumentStream:
    """A corpus read document by document, for work that starts before the reading ends.

    ``records()`` yields each kept document's record (see ``documents_frame``) as soon as its
    line or file is read, in corpus order; ``runs(size)`` groups them by file, at most ``size``
    at a time; ``corpus(records)`` then gives exactly what ``read_corpus`` gives. Problems keep
    ``read_corpus``'s order: every reading problem first, then each row's date and duplicate
    problems in row order.
    """

    def __init__(
        self, path: str | Path, *, year: int | None = None, columns: dict[str, str] | None = None
    ) -> None:
        self.path = path
        root = Path(path)
        if not root.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if root.is_dir() and not _readable_dir(root):
            raise CorpusError(f"{path}: folder cannot be read (permission denied)")
        self._reader = Reader(root, year, columns or {})
        self._row_problems: list[dict] = []

    def records(self) -> Iterator[dict]:
        """The kept documents' records, in corpus order (read once)."""
        return (record for _, record in self._file_records())

    def _file_records(self) -> Iterator[tuple[Path, dict]]:
        """``(file, record)`` per kept document: the file on disk it was read from (an archive,
        for its members' documents)."""
        reader = self._reader
        reading, select = reader.problems, _Selector(reader)
        for file in _corpus_files(reader.root, reader):
            rows = _file_rows(file, reader)
            while True:
                try:
                    row = next(rows, None)
                except Exception as error:  # a reader's bug on a hostile file: that file alone
                    reader.problem(file, None, f"cannot be read ({_reason(error)})", _REST_LOST)
                    break
                if row is None:
                    break
                try:
                    reader.problems = self._row_problems
                    row, text, digest, dates = _prepare(row, reader)
                    doc_id = select(row, digest, dates)
                    record = (
                        None
                        if doc_id is None
                        else _record(row, text, digest, dates, doc_id, reader)
                    )
                except Exception as error:  # one row's: that row alone is lost
                    reader.problems = reading
                    reader.problem(
                        row.get("_path", file),
                        row.get("_line"),
                        f"cannot be read ({_reason(error)})",
                        "skipped",
                    )
                    continue
                finally:
                    reader.problems = reading
                if record is not None:
                    yield file, record

    def runs(self, size: int, *, group_files: bool = False) -> Iterator[list[dict]]:
        """``records()`` in runs of at most ``size`` documents of one file each; with
        ``group_files``, of consecutive files each, cut after a file whose name's hash says so
        (about one in ``FILES_PER_RUN``): a folder of thousands of one-article files is analysed
        in a few hundred runs, and a file added or changed changes its run alone. The members
        of one archive are grouped so whatever ``group_files`` says."""
        run: list[dict] = []
        run_file = None
        for file, record in self._file_records():
            if run and (
                len(run) == size
                or record["path"] != run[-1]["path"]
                and (not group_files and file != run_file or _ends_run(run[-1]["path"]))
            ):
                yield run
                run = []
            run.append(record)
            run_file = file
        if run:
            yield run

    def file_count(self, limit: int) -> int:
        """How many files the corpus folder holds, counted up to ``limit``."""
        root = self._reader.root
        if not root.is_dir():
            return 1
        count = 0
        for _, _, files in os.walk(root):
            count += len(files)
            if count >= limit:
                break
        return count

    def corpus(self, records: list[dict], *, stacklevel: int = 2) -> Corpus:
        """The corpus of all ``records`` read (raises ``CorpusError`` when there are none); a
        warning names the problems, attributed as ``warnings.warn(stacklevel=...)`` would."""
        problems = self._reader.problems + self._row_problems
        return _corpus(self.path, documents_frame(records), problems, stacklevel=stacklevel + 1)


FILES_PER_RUN = 32


def _ends_run(path: str) -> bool:
    """Whether a run of grouped files ends after the file ``path`` (as the corpus names it): a
    content-defined cut, so that the runs of the other files stay as they were."""
    return zlib.crc32(path.encode("utf-8", "replace")) % FILES_PER_RUN == 0


def _corpus(
    path: str | Path, documents: pd.DataFrame, problem_rows: list[dict], *, stacklevel: int = 3
) -> Corpus:
    """The corpus from its documents and problems; raises when no document could be read."""
    problems = pd.DataFrame(problem_rows, columns=PROBLEM_COLUMNS).astype({"line": "Int64"})
    if documents.empty:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        detail = f" ({count}: {_first_problems(problems)})" if len(problems) else ""
        if problems["problem"].str.startswith("no text").any():
            detail += f"; {COLUMNS_HINT}"
        raise CorpusError(printable(f"{path}: no readable document{detail}"))
    if len(problems):
        warnings.warn(
            printable(
                f"{path}: {len(problems)} problem(s) while loading: {_first_problems(problems)}"
            ),
            stacklevel=stacklevel,
        )
    return Corpus(documents, problems)


# --- large JSON Lines files in byte ranges (read on many machines) ----------------------------

LINE_RANGE_SUFFIXES = (".jsonl", ".ndjson")


def line_ranges(path: str | Path, *, size: int) -> list[tuple[int, int, int]] | None:
    """Cut an uncompressed JSON Lines file into byte ranges of about ``size`` bytes.

    Each range starts at the start of a line and ends just after a newline (the last one at the
    end of the file), so its lines are whole; its first line number is one more than the newlines
    before it. The file is read once, counting newlines (no parsing).

    Returns:
        ``(start, end, first_line)`` per range, in file order; None when the file cannot be read
        in parts as the whole file would be: another format, compressed, a byte-order mark, UTF-16
        or binary content (``read_corpus`` reads such a file whole).
    """
    path = Path(path)
    if not path.is_file() or path.name.lower().endswith(".gz"):
        return None
    if _suffix(path) not in LINE_RANGE_SUFFIXES:
        return None
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if (
        not head.strip()
        or head.lstrip().startswith(b"[")  # a JSON list, read whole
        or head.startswith((b"\xef\xbb\xbf", *WIDE_BOMS))
        or looks_binary(head)
    ):
        return None
    total = path.stat().st_size
    ranges: list[tuple[int, int, int]] = []
    start, first_line = 0, 1
    offset = newlines = 0  # bytes read before the block; newlines before ``offset + pos``
    target = size
    with path.open("rb") as handle:
        while block := handle.read(1 << 23):
            pos = 0
            while offset + len(block) > target:
                cut = block.find(b"\n", max(target - offset, pos))
                if cut < 0:  # the line goes on in the next block
                    break
                newlines += block.count(b"\n", pos, cut + 1)
                pos = cut + 1
                ranges.append((start, offset + pos, first_line))
                start, first_line = offset + pos, newlines + 1
                target = start + size
            newlines += block.count(b"\n", pos)
            offset += len(block)
    if start < total:
        ranges.append((start, total, first_line))
    return ranges


class NotUtf8Error(ValueError):
    """A byte range is not UTF-8: the file must be read whole (its encoding is guessed)."""


def read_line_range(
    path: str | Path, start: int, end: int, first_line: int, *, year: int | None = None
) -> tuple[list[dict], list[tuple]]:
    """Read and parse one range of ``line_ranges`` (on any machine that sees the file).

    Returns:
        ``(problems, rows)``: the problems of reading the lines, and per document row
        ``(row, text, sha256, dates, date_problems)``, as ``read_corpus`` finds them; the
        corpus-wide steps (duplicates, ids) are ``select_documents`` and ``range_records``.

    Raises:
        NotUtf8Error: when the bytes are not UTF-8.
    """
    path = Path(path)
    with path.open("rb") as handle:
        handle.seek(start)
        data = handle.read(end - start)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotUtf8Error(f"{path}: bytes {start}-{end} are not UTF-8") from error
    reader = Reader(path, year, {})
    rows = json_lines(text, path, reader, first_line=first_line)
    problems, reader.problems = reader.problems, []
    prepared = []
    for row in rows:
        row, text, digest, dates = _prepare(row, reader)
        prepared.append((row, text, digest, dates, reader.problems))
        reader.problems = []
    return problems, prepared


def range_summary(prepared: list[tuple]) -> list[tuple]:
    """What ``select_documents`` needs of a range's rows: small, to send to one machine."""
    keys = ("_path", "_line", "_stem", "_id")
    return [
        ({k: row[k] for k in keys if k in row}, digest, dates, problems)
        for row, _, digest, dates, problems in prepared
    ]


def select_documents(
    path: str | Path, problems: list[list[dict]], summaries: list[list[tuple]]
) -> tuple[list[list[str | None]], list[dict]]:
    """Duplicates and document ids over all ranges of a file, as ``read_corpus`` decides them.

    Args:
        path: the file.
        problems: each range's reading problems, in file order.
        summaries: each range's ``range_summary``, in file order.

    Returns:
        Per range, each row's doc_id (None for a dropped duplicate); and the problems table's
        rows for the whole file.
    """
    reader = Reader(Path(path), None, {})
    for found in problems:
        reader.problems.extend(found)
    doc_ids = _select((item for summary in summaries for item in summary), reader)
    out, pos = [], 0
    for summary in summaries:
        out.append(doc_ids[pos : pos + len(summary)])
        pos += len(summary)
    return out, reader.problems


def range_records(path: str | Path, prepared: list[tuple], doc_ids: list) -> list[dict]:
    """The documents-table records of a range's kept rows (see ``documents_frame``)."""
    reader = Reader(Path(path), None, {})
    return [
        _record(row, text, digest, dates, doc_id, reader)
        for (row, text, digest, dates, _), doc_id in zip(prepared, doc_ids, strict=True)
        if doc_id is not None
    ]


def corpus_of_ranges(path: str | Path, records: list[dict], problems: list[dict]) -> Corpus:
    """The corpus of a file read in ranges: the same as ``read_corpus(path)`` gives."""
    return _corpus(path, documents_frame(records), problems)


def _first_problems(problems: pd.DataFrame, limit: int = 3) -> str:
    shown = [
        f"{r.path}{':' + str(r.line) if pd.notna(r.line) else ''}: {r.problem}"
        for r in problems.head(limit).itertuples()
    ]
    more = f"; and {len(problems) - limit} more" if len(problems) > limit else ""
    return "; ".join(shown) + more


def _readable_dir(root: Path) -> bool:
    try:
        next(root.iterdir(), None)
    except OSError:
        return False
    return True


def _suffix(path: Path) -> str:
    """The format suffix, looking through a trailing ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"] and len(suffixes) >= 2:
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def _corpus_files(root: Path, reader: Reader) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in _walk(root, reader):
        if _kept(path, reader, _disk_entries):
            yield path


# What a folder holds, as ``(name, is_folder)``: on disk, or in an archive (``Listing``).
Entries = Callable[[Path], Iterable[tuple[str, bool]]]


def _disk_entries(folder: Path) -> list[tuple[str, bool]]:
    return [(entry.name, entry.is_dir()) for entry in folder.iterdir()]


def _kept(path: Path, reader: Reader, entries: Entries) -> bool:
    """Whether a file of the corpus folder (or of an archive in it) is read: not a note about
    the corpus (its README.md, NOTICE), a file a dataset keeps about itself, a summary of the
    BBC News Summary layout or a file of a type ignored (a user's ``actors.yml``). A file of a
    type not read is kept too: it is reported, or read by its first bytes, when it is read."""
    if path.name.split(".")[0].lower() in NOTE_NAMES:
        return False
    if _dataset_sidecar(path, entries) or _bbc_summary(path, reader.root, reader, entries):
        return False
    return _suffix(path) in READ_FORMATS or not path.name.lower().endswith(IGNORED_SUFFIXES)


def _member_kept(member: Path, listing: Listing, reader: Reader) -> bool:
    """``_kept`` for a member of an archive: the folders it looks into are the archive's."""

    def entries(folder: Path) -> Iterable[tuple[str, bool]]:
        inside = listing.entries(folder)
        return _disk_entries(folder) if inside is None else inside

    return _kept(member, reader, entries)


def _dataset_sidecar(path: Path, entries: Entries) -> bool:
    """Whether ``path`` is a file HuggingFace's ``save_to_disk`` writes about its data."""
    name = path.name.lower()
    if name in HF_SIDECARS:
        return True
    return name == HF_STATE and any(
        not folder and entry.lower().endswith(".arrow") for entry, folder in entries(path.parent)
    )


def _bbc_summary(path: Path, root: Path, reader: Reader, entries: Entries) -> bool:
    """Whether ``path`` is in the ``Summaries/`` folder of the BBC News Summary layout (beside a
    ``News Articles/`` folder); the folder is reported once, and its files are not read: each
    summary is sentences of its article, and read as an article would count them twice."""
    parts = path.relative_to(root).parts[:-1]
    for depth, part in enumerate(parts):
        if part.lower() != BBC_SUMMARIES:
            continue
        folder = root.joinpath(*parts[: depth + 1])
        if (folder, "summaries") in reader.noted:
            return True  # the layout is known: its folder is listed once, not for each file
        if not any(
            is_dir and name.lower() == BBC_ARTICLES for name, is_dir in entries(folder.parent)
        ):
            continue
        reader.noted.add((folder, "summaries"))
        reader.problem(
            folder,
            None,
            "the BBC News Summary layout: Summaries/ holds extractive summaries of the "
            "News Articles/ files (their own sentences)",
            "skipped; the articles are read from News Articles/",
        )
        return True
    return False


def _walk(root: Path, reader: Reader) -> list[Path]:
    """The files under ``root`` in path order; hidden ones left out.

    A symbolic link to a file or folder elsewhere is read where it stands; one to a file or
    folder that is read anyway, a broken link, a link loop, a folder that cannot be listed and
    anything that is not a regular file (a pipe, a device) are each reported and skipped. A file
    or folder whose name is not UTF-8 is read, and reported: its name is shown with U+FFFD.
    """
    real_root = Path(os.path.realpath(root))
    visited = {str(real_root)}
    files: list[Path] = []

    def unreadable(error: OSError) -> None:
        reader.problem(
            Path(error.filename),
            None,
            f"folder cannot be read ({error.__class__.__name__})",
            "skipped",
        )

    def failed(path: Path, error: OSError) -> None:
        reader.problem(path, None, f"cannot be read ({error.__class__.__name__})", "skipped")

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
        for name in sorted(dirs):
            path = Path(folder, name)
            dirs.remove(name)
            if name.startswith("."):
                continue
            try:
                real = os.path.realpath(path)
                if path.is_symlink():
                    if real in visited or _read_anyway(real, real_root):
                        reader.problem(
                            path,
                            None,
                            "symbolic link to a folder read anyway (or a loop)",
                            "skipped",
                        )
                        continue
                    if (outside := _outside_link(real, real_root)) is not None:
                        reader.problem(path, None, outside, "skipped")
                        continue
            except OSError as error:  # a folder listed but not entered (chmod 644)
                failed(path, error)
                continue
            visited.add(real)
            if shown_name(name) != name:
                reader.problem(
                    path, None, "folder name is not UTF-8", "read; its name shown with U+FFFD"
                )
            dirs.append(name)
        for name in names:
            path = Path(folder, name)
            if name.startswith("."):
                continue
            try:
                if path.is_symlink():
                    if not path.exists():
                        reader.problem(path, None, "broken symbolic link (or a loop)", "skipped")
                        continue
                    real = os.path.realpath(path)
                    if _read_anyway(real, real_root):
                        target = Path(real).relative_to(real_root).as_posix()
                        reader.problem(
                            path, None, f"symbolic link to {target}, read there", "skipped"
                        )
                        continue
                    if _system_path(real):
                        reader.problem(path, None, _SYSTEM_LINK, "skipped")
                        continue
                if not path.is_file():
                    reader.problem(path, None, "not a regular file (a pipe or device)", "skipped")
                    continue
            except OSError as error:  # in a folder listed but not entered (chmod 644)
                failed(path, error)
                continue
            if shown_name(name) != name:
                reader.problem(
                    path, None, "file name is not UTF-8", "read; its name shown with U+FFFD"
                )
            files.append(path)
    return sorted(files)


# Folders of the system, not of files: /proc and /sys never end (/proc/1/cwd is /), /dev holds
# devices. A link into one is not followed, nor a link to a folder holding the corpus (a link
# "root -> /" walked the whole file system).
SYSTEM_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))
_SYSTEM_LINK = "symbolic link into a system folder (/proc, /sys, /dev)"


def _system_path(real: str) -> bool:
    return any(Path(real).is_relative_to(folder) for folder in SYSTEM_FOLDERS)


def _outside_link(real: str, real_root: Path) -> str | None:
    """The problem of a link to a folder that is not followed: one holding the corpus folder,
    or a system folder; None for a folder that may be read."""
    if real_root.is_relative_to(real):
        return "symbolic link to a folder holding the corpus (a loop)"
    if _system_path(real):
        return _SYSTEM_LINK
    return None


def _read_anyway(real: str, real_root: Path) -> bool:
    """Whether a link's target is in the corpus folder, and not hidden: read where it is."""
    path = Path(real)
    return path.is_relative_to(real_root) and not any(
        part.startswith(".") for part in path.relative_to(real_root).parts
    )


def _read_bytes(path: Path, reader: Reader, data: bytes | None = None) -> bytes | None:
    """The file's bytes (``data``: an archive member's, read already), a gzipped one's inflated;
    None, the problem recorded, when they cannot be read."""
    try:
        if data is None:
            data = _read_regular(path)
            if data is None:
                reader.problem(path, None, "not a regular file (a pipe or device)", "skipped")
                return None
        if path.suffix.lower() == ".gz":
            packed, data = len(data), _inflate(data)
            if data is None:
                reader.problem(path, None, _too_inflated(packed), "skipped")
    except (OSError, EOFError, zlib.error) as error:
        reader.problem(
            path, None, f"cannot be read ({error.__class__.__name__}: {error})", "skipped"
        )
        return None
    return data


def _read_regular(path: Path, size: int = -1) -> bytes | None:
    """The first ``size`` bytes of a file (all with -1); None when it is no regular file. The
    walk checked it, but it may have become a pipe since, whose reading would wait forever: it
    is opened without waiting and checked again."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return handle.read(size)


# Text and JSON inflate 3 to 10 times; a compression bomb (gigabytes of one byte in a few
# megabytes) a thousand times. A gzipped file may inflate to this many times its size, and to
# the floor whatever its size; past that it is refused before it fills the memory.
INFLATE_RATIO = 50
INFLATE_FLOOR = 256 << 20


def _inflate(data: bytes) -> bytes | None:
    """The bytes of a gzip file (all its members, as ``gzip.decompress`` reads them); None
    when they would pass the limit. Raises ``EOFError`` for a file cut short, ``OSError`` for
    one that is not gzip."""
    limit = max(INFLATE_FLOOR, INFLATE_RATIO * len(data))
    pieces, total = [], 0
    while data:
        if not data.startswith(b"\x1f\x8b"):
            if data.strip(b"\x00"):  # zero padding after the last member is allowed
                raise gzip.BadGzipFile("not a gzipped file" if not pieces else "trailing garbage")
            break
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        piece = inflater.decompress(data, limit + 1 - total)
        total += len(piece)
        if total > limit:
            return None
        pieces.append(piece)
        if not inflater.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data = inflater.unused_data
    return b"".join(pieces)


def _too_inflated(packed: int) -> str:
    limit = max(INFLATE_FLOOR, INFLATE_RATIO * packed)
    return (
        f"inflates to more than {limit >> 20} MB from {packed:,} bytes "
        f"(over {INFLATE_RATIO} times its size: a compression bomb?)"
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text of mostly Latin letters saved as UTF-16 without a
    byte-order mark (every other byte NUL), else None."""
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.9 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


# The XML declaration's encoding, in the file's first bytes (RCV1: encoding="iso-8859-1").
_XML_DECLARATION = re.compile(
    rb"\A\s{0,64}<\?xml[^>]{0,200}?\bencoding\s*=\s*[\"']([A-Za-z][\w.:-]{0,39})[\"']"
)


def _declared_encoding(data: bytes, *, html: bool = False) -> str | None:
    """The encoding an XML declaration (or with ``html``, a page's meta charset) names, when it
    is a known single-byte or multibyte one other than UTF-8 (UTF-8 and UTF-16 files are
    decoded, and checked, as any other file); a name that is no encoding of text (``rot13``,
    ``hex``) is not used."""
    if html:
        name = meta_charset(data)
    else:
        match = _XML_DECLARATION.match(data[:400])
        name = charset(match.group(1).decode("ascii")) if match else None
    return None if name is None or name.startswith("utf") else name


def _read_text(
    path: Path,
    reader: Reader,
    data: bytes | None = None,
    *,
    xml: bool = False,
    html: bool = False,
) -> str | None:
    """The file's text (``data``: an archive member's bytes), its encoding decoded (and reported
    when guessed); None when it cannot be read as text. With ``xml``, an encoding the XML
    declaration names is used as given; with ``html``, the page's meta charset, when the page is
    not UTF-8 (a page saved as UTF-8 may keep the charset it was served in)."""
    data = _read_bytes(path, reader, data)
    if data is None:
        return None
    if not data.strip():
        reader.problem(path, None, "empty file", "skipped")
        return None
    if not data.replace(b"\x00", b"").strip():  # not UTF-16 text: no character but NULs
        reader.problem(path, None, "only NUL bytes (and white space)", "skipped")
        return None
    bom = data.startswith(WIDE_BOMS)
    if not bom and b"\x00" in data[:SNIFF_BYTES] and (utf16 := _utf16_without_bom(data)):
        reader.problem(path, None, f"{utf16.upper()} text without a byte-order mark", "loaded")
        return data.decode(utf16, errors="replace")
    if not bom and (nuls := data.count(b"\x00")) and nuls <= 0.01 * len(data):
        # A stray NUL (a bad export, a copy from a terminal) in text that is otherwise text.
        cleaned = data.replace(b"\x00", b"")
        if not looks_binary(cleaned):
            nul = f"{nuls} NUL byte{'s' * (nuls > 1)} in the text"
            reader.problem(path, None, nul, "removed; the rest loaded")
            data = cleaned
    if looks_binary(data):
        reader.problem(path, None, "binary file, not text", "skipped")
        return None
    if xml and not bom and (declared := _declared_encoding(data)):
        # RCV1 says encoding="iso-8859-1" in every file: nothing is guessed, nothing to report.
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(declared)
    if html and not bom and (declared := _declared_encoding(data, html=True)):
        if not is_utf8(data):
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode(declared)
    text, note = decode(data)
    if note:
        reader.problem(path, None, note, "loaded")
    return text


def _unsupported(path: Path) -> str:
    """The problem of a file in no format read: its type as its name gives it (``.dat.gz``,
    not ``.gz``: gzip files of a format are read)."""
    kind = "".join(path.suffixes[-2:]) if path.suffix.lower() == ".gz" else path.suffix
    return REFUSED_FORMATS.get(_suffix(path)) or f"unsupported file type '{kind or path.name}'"


# The formats a file's first bytes may show, as the problems table names them.
_KIND_NAMES = {
    ".txt": "plain text", ".json": "JSON", ".html": "HTML", ".xml": "XML", ".sgm": "Reuters SGML",
    ".eml": "an e-mail", ".mbox": "a mailbox", ".srt": "SRT subtitles", ".vtt": "WebVTT subtitles",
    ".pdf": "PDF", ".rtf": "RTF", ".docx": "Word", ".odt": "OpenDocument", ".zip": "a zip archive",
    ".tar": "a tar archive", ".tgz": "a gzipped tar archive", ".warc": "a web archive (WARC)",
    ".parquet": "Parquet", ".arrow": "Arrow",
}  # fmt: skip


def _content_kind(path: Path, reader: Reader, data: bytes | None) -> str | None:
    """The format of a file whose name gives none read (no extension, or ``.dat``), from its
    first bytes (see ``formats.sniff``), said once for a folder's files of one extension and
    format; None, the problem recorded, for a file of a type that holds no articles or of
    bytes that are no text and no format read."""
    suffix = _suffix(path)
    gzipped = path.suffix.lower() == ".gz" and suffix != ".gz"  # notes.dat.gz
    if suffix in NOT_ARTICLES or suffix in REFUSED_FORMATS or gzipped:
        reader.problem(path, None, _unsupported(path), "skipped")
        return None
    if data is None:
        try:
            head = _read_regular(path, SNIFF_BYTES)
        except OSError as error:
            reader.problem(path, None, f"cannot be read ({error.__class__.__name__})", "skipped")
            return None
        if head is None:
            reader.problem(path, None, "not a regular file (a pipe or device)", "skipped")
            return None
    else:
        head = data[:SNIFF_BYTES]
    if not head.strip():
        reader.problem(path, None, "empty file", "skipped")
        return None
    kind = content_format(head)
    if kind == ".zip":
        kind = zip_kind(path if data is None else data)
        if kind is None:
            problem = (
                "a zip file of XML that is no document read (a spreadsheet, slides, an e-book?)"
            )
            reader.problem(path, None, problem, "skipped")
            return None
    if kind is None:
        problem = "not a readable text file (binary data of no format read)"
        if head.startswith(b"\x1f\x8b"):
            problem = "gzip-compressed: name it after what it holds (story.txt.gz, rows.jsonl.gz)"
        reader.problem(path, None, problem, "skipped")
        return None
    said = (path.parent, suffix, kind)
    if said not in reader.noted:
        reader.noted.add(said)
        named = (
            f"the file extension '{suffix}' names no format read" if suffix else "no file extension"
        )
        reader.problem(
            path,
            None,
            f"{named}: read as {_KIND_NAMES[kind]}, by its content",
            "loaded (said once a folder)",
        )
    return kind


def _read_file(path: Path, kind: str, reader: Reader, data: bytes | None = None) -> list[dict]:
    """The rows of a file of format ``kind`` (``data``: an archive member's bytes)."""
    if kind == ".parquet":
        return read_parquet(path, reader, data=data)
    if kind == ".arrow":
        return read_arrow(path, reader, data=data)
    if kind in MAIL_FORMATS:
        return _mail_rows(path, kind, reader, data)
    if kind in DOCUMENT_FORMATS:
        data = _read_bytes(path, reader, data)
        text = None if data is None else document_text(data, path, kind, reader)
    else:
        text = _read_text(path, reader, data, xml=kind in XML_FORMATS, html=kind in HTML_FORMATS)
    if text is None:
        return []
    if kind in TEXT_FORMATS or kind in DOCUMENT_FORMATS:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows' line ends
        if export_kind(text):  # Factiva, LexisNexis: several articles to a file
            return export_rows(text, path, reader)
        rows = plain_text_row(text, path, reader)
        slash_date_order(rows, path, reader)  # a date line "19/01/2024" under the title
        return rows
    if kind in SUBTITLE_FORMATS:
        return subtitle_row(text, path, reader)
    if kind in HTML_FORMATS:
        return html_row(text, path, reader)
    if kind in XML_FORMATS:
        return xml_items(text, path, reader)
    if kind in SGML_FORMATS:
        return reuters_sgml(text, path, reader)
    if kind in (".jsonl", ".ndjson"):
        return json_lines(text, path, reader)
    if kind == ".json":
        rows = json_document(text, path, reader)
        slash_date_order(rows, path, reader)
        return rows
    rows = delimited(text, path, reader, delimiter="\t" if kind == ".tsv" else ",")
    slash_date_order(rows, path, reader)
    return rows


def _mail_rows(path: Path, kind: str, reader: Reader, data: bytes | None) -> list[dict]:
    """The messages of an ``.eml`` or ``.mbox`` file, read from its bytes by ``formats.mail``."""
    data = _read_bytes(path, reader, data)
    if data is None:
        return []
    if not data.strip():
        reader.problem(path, None, "empty file", "skipped")
        return []
    if looks_binary(data):
        reader.problem(path, None, "binary file, not text", "skipped")
        return []
    return eml_rows(data, path, reader) if kind == ".eml" else mbox_rows(data, path, reader)


def _file_rows(path: Path, reader: Reader, data: bytes | None = None) -> Iterator[dict]:
    """The rows of one file, or of an archive member whose bytes are ``data``; those of a JSON
    Lines file one line at a time, of an archive member by member. A file whose name gives no
    format read is read by its first bytes."""
    kind = _suffix(path)
    if kind not in READ_FORMATS:
        kind = _content_kind(path, reader, data)
    if kind is None:
        return
    if kind in ARCHIVE_FORMATS:
        yield from _archive_rows(path, kind, reader, data)
    elif kind in (".jsonl", ".ndjson"):
        text = _read_text(path, reader, data)
        if text is not None and text.lstrip().startswith("["):  # a JSON list saved as .jsonl
            yield from json_document(text, path, reader)
        elif text is not None:
            yield from json_line_rows(text, path, reader)
    elif kind in WARC_FORMATS:  # record by record: a crawl's file is a gigabyte
        yield from warc_rows(path, reader, data=data)
    else:
        try:
            rows = _read_file(path, kind, reader, data)
        except Exception as error:  # a library's error on a broken file: that file alone is lost
            reason = f"{error.__class__.__name__}: {printable(str(error))[:200]}"
            reader.problem(path, None, f"cannot be read ({reason})", "skipped")
            rows = []
        yield from rows


def _archive_rows(path: Path, kind: str, reader: Reader, data: bytes | None) -> Iterator[dict]:
    """The rows of each member of a zip or tar archive, read as the file of that name in a
    folder is (see ``formats.archives``); an archive inside one is not read."""
    if data is not None:
        problem = "an archive inside an archive is not read"
        reader.problem(path, None, problem, "skipped; unpack it and read its folder")
        return
    keep = functools.partial(_member_kept, reader=reader)
    try:
        for member, content in archive_members(path, kind, reader, keep=keep):
            yield from _file_rows(member, reader, content)
    except Exception as error:  # a library's error on a broken archive: the rest of it is lost
        reason = f"{error.__class__.__name__}: {printable(str(error))[:200]}"
        reader.problem(path, None, f"cannot be read ({reason})", "the rest not read")


_REST_LOST = "the rest of the file not read"


def _reason(error: Exception) -> str:
    return f"{error.__class__.__name__}: {printable(str(error))[:200]}"


# Half a UTF-16 surrogate pair (from a JSON or YAML escape "\ud800", JSON-LD, a file name that is
# not UTF-8): no UTF-8 text can hold it, so hashing, Parquet and the reports would all fail.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_row(row: dict, reader: Reader) -> dict:
    """``row`` with every lone surrogate in its string fields (and field names) replaced by
    U+FFFD, a problem naming the file when there was one: whatever format the row came from."""
    # "_stem" is the file's name: reported when the file is listed, and shown_name'd in ids.
    fields = [(key, value) for key, value in row.items() if key != "_stem"]
    try:  # one encoding of every string at C speed: a lone surrogate cannot be encoded
        "\n".join(part for pair in fields for part in pair if isinstance(part, str)).encode("utf-8")
        return row
    except UnicodeEncodeError:
        pass
    replaced = 0
    valid: dict = dict(row)
    for key, value in fields:
        del valid[key]
        if isinstance(key, str):
            key, count = _SURROGATE.subn("\ufffd", key)
            replaced += count
        if isinstance(value, str):
            value, count = _SURROGATE.subn("\ufffd", value)
            replaced += count
        valid[key] = value
    reader.problem(
        row["_path"],
        row["_line"],
        f"{replaced} lone UTF-16 surrogate{'s' * (replaced > 1)} (half a character) in the fields",
        "replaced with U+FFFD; loaded",
    )
    return valid


def _prepare(row: dict, reader: Reader) -> tuple[dict, str, str, dict]:
    """A row's text, its sha256 and its dates (a date problem is recorded on the reader); its
    fields made valid text first (see ``_valid_row``)."""
    row = _valid_row(row, reader)
    text = "\n\n".join(p for p in (row["title"], row["lead"], row["body"]) if p)
    return row, text, hashlib.sha256(text.encode("utf-8")).hexdigest(), row_dates(row, reader)


def _select(items, reader: Reader) -> list[str | None]:
    """Each row's doc_id, or None for a duplicate, recording the problems in row order.

    Args:
        items: ``(row, sha256, dates, date_problems)`` per row, in corpus order; ``row`` needs
            only ``_path``, ``_line``, ``_stem`` and ``_id``; ``date_problems`` are problems
            found apart (on another machine) and recorded here before the row's own.
    """
    select = _Selector(reader)
    return [
        select(row, digest, dates, date_problems) for row, digest, dates, date_problems in items
    ]


class _Selector:
    """Decides, row after row in corpus order, each row's doc_id or None for a duplicate."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.seen: dict = {}
        self.ids: dict[str, int] = {}

    def __call__(
        self, row: dict, digest: str, dates: dict, date_problems: Iterable[dict] = ()
    ) -> str | None:
        reader, seen = self.reader, self.seen
        reader.problems.extend(date_problems)
        # The same text on the same date is the same article twice; the same text on another
        # date (a re-issued statement) is a separate item, noted.
        key = (digest, str(dates["published"]), dates["published_month"], dates["published_day"])
        if key in seen:
            reader.problem(
                row["_path"], row["_line"], f"duplicate of {seen[key]} (same sha256)", "dropped"
            )
            return None
        doc_id = _doc_id(row, reader, self.ids)
        if digest in seen:
            reader.problem(
                row["_path"],
                row["_line"],
                f"same text as {seen[digest]} (same sha256) but another date",
                "kept as a separate item",
            )
        seen[key] = seen.setdefault(digest, doc_id)
        return doc_id


# Every metadata field of the input is a column of the documents table, and a table of thousands
# of columns, mostly empty, takes minutes and gigabytes (10,000 records each with its own field:
# 36 s, 1.8 GB). The first fields met in corpus order are columns; a field first met after that
# many is left out, with a problem row per file naming them. Corpus order, not frequency: the
# documents are analysed as they are read, before the later ones are known.
MAX_EXTRA_COLUMNS = 50
_OWN_FIELDS = frozenset(DOCUMENT_COLUMNS)


def _metadata(row: dict, reader: Reader) -> dict:
    """A row's fields that are columns: the documents table's own, and metadata fields within
    the corpus's ``MAX_EXTRA_COLUMNS`` (those past it recorded as left out)."""
    kept, extra = {}, reader.extra_columns
    for key, value in row.items():
        if key.startswith("_"):
            continue
        if key not in _OWN_FIELDS and key not in extra:
            if len(extra) >= MAX_EXTRA_COLUMNS:
                _left_out(key, row["_path"], reader)
                continue
            extra[key] = None
        kept[key] = value
    return kept


def _left_out(key: str, path: Path, reader: Reader) -> None:
    """Record a metadata field left out: one problem row per file, updated as names are added."""
    name = reader.name(path)
    if reader.left_out is None or reader.left_out[0] != name:
        row = {"path": name, "line": None, "problem": "", "action": ""}
        reader.problems.append(row)
        reader.left_out = (name, row, {})
    _, row, names = reader.left_out
    if key in names:
        return
    names[key] = None
    if len(names) > 6:
        row["problem"] = row["problem"].replace(f"{len(names) - 1:,} ", f"{len(names):,} ", 1)
        return
    shown = ", ".join(repr(n) for n in list(names)[:5])
    row["problem"] = (
        f"{len(names):,} metadata field{'s' * (len(names) > 1)} past the corpus's first "
        f"{MAX_EXTRA_COLUMNS} ({printable(shown)[:300]}{', ...' * (len(names) > 5)})"
    )
    row["action"] = "left out of the documents table"


def _record(row: dict, text: str, digest: str, dates: dict, doc_id: str, reader: Reader) -> dict:
    return {
        **_metadata(row, reader),
        **dates,
        "doc_id": doc_id,
        "path": reader.name(row["_path"]),
        "line": row["_line"],
        "text": text,
        "n_chars": len(text),
        "sha256": digest,
    }


def documents_frame(records: list[dict]) -> pd.DataFrame:
    """The documents table from its records (one dict per kept document, in corpus order)."""
    if not records:
        return pd.DataFrame(columns=DOCUMENT_COLUMNS)
    frame = pd.DataFrame.from_records(records)
    extra = [c for c in frame.columns if c not in DOCUMENT_COLUMNS]
    frame = frame[DOCUMENT_COLUMNS + extra]
    types = {
        "line": "Int64",
        "published_year": "Int64",
        "published_month": "Int64",
        "published_day": "Int64",
        "n_chars": "int64",
    }
    frame = frame.astype(types)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    return frame.reset_index(drop=True)


# A document's id is in every row of every table: one of a megabyte made tables of gigabytes.
# A longer id is cut, and a hash of the whole keeps it stable and apart from the others.
MAX_ID_CHARS = 200
SHORT_ID_CHARS = 60


def _short_id(base: str) -> str:
    digest = hashlib.sha256(base.encode("utf-8", "replace")).hexdigest()[:16]
    return f"{base[:SHORT_ID_CHARS]}~{digest}"


def _doc_id(row: dict, reader: Reader, ids: dict[str, int]) -> str:
    """Stable id: the input's own id, else the file name (and line for row formats)."""
    base = row.get("_id") or (
        row["_stem"] if row["_line"] is None else f"{row['_stem']}:{row['_line']}"
    )
    if row.get("_id") is None and row["_line"] is None and row["_path"] != reader.root:
        # in a folder, or in an archive: the path from it, which no other file has
        base = Path(reader.name(row["_path"])).with_suffix("")
        if row["_path"].name.lower().endswith(".gz"):  # story.txt.gz: story, as story.txt
            base = base.with_suffix("")
        base = base.as_posix()
    base = shown_name(base)  # a file name that is not UTF-8
    if len(base) > MAX_ID_CHARS:  # copied into every row of every table: kept short
        reader.problem(
            row["_path"],
            row["_line"],
            f"id of {len(base):,} characters",
            f"shortened to its first {SHORT_ID_CHARS} and a hash of the whole",
        )
        base = _short_id(base)
    # "a", "a", "a#2" must not give "a#2" twice: a suffixed id skips any id already given
    count = ids.get(base, 0)
    doc_id = base if count == 0 else f"{base}#{count + 1}"
    while count and doc_id in ids:
        count += 1
        doc_id = f"{base}#{count + 1}"
    ids[base] = count + 1
    ids.setdefault(doc_id, 1)
    return doc_id
