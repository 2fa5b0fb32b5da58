"""Read a corpus: a file or a folder of news articles, into one documents table.

The only module that reads corpus files. Raw input is never modified. Every problem met on the
way (an encoding guessed, a bad JSON line, a duplicate) is recorded in a ``problems`` table with
the file, the line and what was done, and a bad file never aborts the load.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import datetime
import gzip
import hashlib
import html as html_lib
import io
import itertools
import json
import os
import re
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis.layout import MONTHS, paragraphs, parse_plain_text, strip_dateline, strip_trailer

TEXT_FORMATS = (".txt", ".text", ".md")
ROW_FORMATS = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet")
HTML_FORMATS = (".html", ".htm")
# RSS <item>s, Atom <entry>s, <article>/<doc> lists, and one-article news XML found by its root
# element: NITF (<nitf>, the New York Times Annotated Corpus, AP), Reuters RCV1 (<newsitem>) and
# IPTC NewsML-G2 (<newsItem>, <newsMessage>).
XML_FORMATS = (".xml", ".rss", ".atom", ".nitf")
SGML_FORMATS = (".sgm", ".sgml")  # Reuters-21578: many <REUTERS> articles a file, not XML
WARC_FORMATS = (".warc",)  # web archives (CC-News, Common Crawl), also as .warc.gz
READ_FORMATS = TEXT_FORMATS + ROW_FORMATS + HTML_FORMATS + XML_FORMATS + SGML_FORMATS + WARC_FORMATS
_XML_ITEMS = frozenset({"item", "entry", "article", "doc", "document", "story"})
_XML_HTML_FIELDS = frozenset({"description", "summary", "content", "encoded"})
# Files about a corpus folder rather than in it (any suffix): never read as articles.
NOTE_NAMES = ("readme", "license", "licence", "notice", "changelog")
IGNORED_SUFFIXES = (".yml", ".yaml", ".pdf.meta")  # e.g. a user's actors.yml beside the corpus

COLUMN_VARIANTS = {
    "body": (
        "body",
        "text",
        "content",
        "article",
        "story",
        "full_text",
        "maintext",
        "article_text",
        "article_body",
        "body_text",
        "text_content",
        "content_encoded",
        "encoded",
        "contents",
        "article_content",
        "story_text",
    ),
    "title": ("title", "headline", "head", "heading", "web_title"),
    "published": (
        "published",
        "date",
        "pubdate",
        "published_at",
        "publish_date",
        "pub_date",
        "datetime",
        "timestamp",
        "date_published",
        "publication_date",
        "created_at",
        "date_publish",  # news-please
        "published_time",
        "publish_time",
        "web_publication_date",  # The Guardian's API
        "seendate",  # GDELT
        "time",
        "updated",  # an Atom entry's one required date, when it gives no <published>
    ),
    "id": ("id", "doc_id", "article_id", "guid", "uuid", "url", "link"),
    "lead": (
        "lead",
        "summary",
        "standfirst",
        "description",
        "abstract",
        "dek",
        "subtitle",
        "trail_text",
        "teaser",
        "excerpt",
    ),
    "section": ("section", "category", "rubric", "section_name", "news_desk", "categories"),
    "dateline": ("dateline", "place", "location"),
    "agency": (
        "agency",
        "source",
        "publisher",
        "outlet",
        "source_name",
        "source_domain",  # news-please
        "source_common_name",  # GDELT
        "site_name",
    ),
}

DOCUMENT_COLUMNS = [
    "doc_id",
    "path",
    "line",
    "title",
    "section",
    "published",
    "published_year",
    "published_month",
    "published_day",
    "published_time",
    "date_note",
    "dateline",
    "agency",
    "lead",
    "body",
    "text",
    "n_chars",
    "sha256",
]
PROBLEM_COLUMNS = ["path", "line", "problem", "action"]
_BINARY_SNIFF = 8192


class CorpusError(Exception):
    """The corpus as a whole cannot be read: a missing path, or no readable document in it."""


@dataclass
class Corpus:
    """A loaded corpus: one row per document, and what went wrong on the way."""

    documents: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))


@dataclass
class _Reader:
    root: Path
    year: int | None
    columns: dict[str, str]
    problems: list[dict] = field(default_factory=list)
    roles: dict[tuple, dict[str, str | None]] = field(default_factory=dict)  # by record fields

    def problem(self, path: Path, line: int | None, problem: str, action: str) -> None:
        self.problems.append(
            {"path": self.name(path), "line": line, "problem": problem, "action": action}
        )

    @cached_property
    def root_is_file(self) -> bool:
        return self.root.is_file()

    def name(self, path: Path) -> str:
        if self.root_is_file:
            return path.name
        return path.relative_to(self.root).as_posix()


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
            ``.parquet`` file of articles (one per row), an ``.html`` page, an RSS/Atom/XML list
            of articles (``.xml``/``.rss``/``.atom``), a NITF, Reuters RCV1 or NewsML-G2 article
            (``.xml``/``.nitf``), a Reuters-21578 ``.sgm`` file, a ``.warc``/``.warc.gz`` web
            archive (its HTML responses), or a folder of these.
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
    given = {"body": text_column, "title": title_column, "published": date_column, "id": id_column}
    stream = DocumentStream(path, year=year, columns={k: v for k, v in given.items() if v})
    return stream.corpus(list(stream.records()), stacklevel=3)


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
        self._reader = _Reader(root, year, columns or {})
        self._row_problems: list[dict] = []

    def records(self) -> Iterator[dict]:
        """The kept documents' records, in corpus order (read once)."""
        reader = self._reader
        reading, select = reader.problems, _Selector(reader)
        for file in _corpus_files(reader.root, reader):
            for row in _file_rows(file, reader):
                reader.problems = self._row_problems
                row, text, digest, dates = _prepare(row, reader)
                doc_id = select(row, digest, dates)
                reader.problems = reading
                if doc_id is not None:
                    yield _record(row, text, digest, dates, doc_id, reader)

    def runs(self, size: int) -> Iterator[list[dict]]:
        """``records()`` in runs of at most ``size`` documents of one file each."""
        run: list[dict] = []
        for record in self.records():
            if run and (len(run) == size or record["path"] != run[0]["path"]):
                yield run
                run = []
            run.append(record)
        if run:
            yield run

    def corpus(self, records: list[dict], *, stacklevel: int = 2) -> Corpus:
        """The corpus of all ``records`` read (raises ``CorpusError`` when there are none); a
        warning names the problems, attributed as ``warnings.warn(stacklevel=...)`` would."""
        problems = self._reader.problems + self._row_problems
        return _corpus(self.path, documents_frame(records), problems, stacklevel=stacklevel + 1)


def _corpus(
    path: str | Path, documents: pd.DataFrame, problem_rows: list[dict], *, stacklevel: int = 3
) -> Corpus:
    """The corpus from its documents and problems; raises when no document could be read."""
    problems = pd.DataFrame(problem_rows, columns=PROBLEM_COLUMNS).astype({"line": "Int64"})
    if documents.empty:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        detail = f" ({count}: {_first_problems(problems)})" if len(problems) else ""
        raise CorpusError(f"{path}: no readable document{detail}")
    if len(problems):
        warnings.warn(
            f"{path}: {len(problems)} problem(s) while loading: {_first_problems(problems)}",
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
        head = handle.read(_BINARY_SNIFF)
    if (
        not head.strip()
        or head.lstrip().startswith(b"[")  # a JSON list, read whole
        or head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
        or _looks_binary(head)
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
    reader = _Reader(path, year, {})
    rows = _json_lines(text, path, reader, first_line=first_line)
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
    reader = _Reader(Path(path), None, {})
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
    reader = _Reader(Path(path), None, {})
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


def _corpus_files(root: Path, reader: _Reader) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in _walk(root, reader):
        if path.name.split(".")[0].lower() in NOTE_NAMES:  # the corpus's README.md, NOTICE
            continue
        suffix = _suffix(path)
        if suffix in READ_FORMATS:
            yield path
        elif not path.name.lower().endswith(IGNORED_SUFFIXES):
            reader.problem(
                path, None, f"unsupported file type '{path.suffix or path.name}'", "skipped"
            )


def _walk(root: Path, reader: _Reader) -> list[Path]:
    """The files under ``root`` in path order; hidden ones left out.

    A symbolic link to a file or folder elsewhere is read where it stands; one to a file or
    folder that is read anyway, a broken link, a link loop, a folder that cannot be listed and
    anything that is not a regular file (a pipe, a device) are each reported and skipped.
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

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
        for name in sorted(dirs):
            path = Path(folder, name)
            dirs.remove(name)
            if name.startswith("."):
                continue
            real = os.path.realpath(path)
            if path.is_symlink() and (real in visited or _read_anyway(real, real_root)):
                reader.problem(
                    path, None, "symbolic link to a folder read anyway (or a loop)", "skipped"
                )
                continue
            visited.add(real)
            dirs.append(name)
        for name in names:
            path = Path(folder, name)
            if name.startswith("."):
                continue
            if path.is_symlink():
                if not path.exists():
                    reader.problem(path, None, "broken symbolic link (or a loop)", "skipped")
                    continue
                real = os.path.realpath(path)
                if _read_anyway(real, real_root):
                    target = Path(real).relative_to(real_root).as_posix()
                    reader.problem(path, None, f"symbolic link to {target}, read there", "skipped")
                    continue
            if not path.is_file():
                reader.problem(path, None, "not a regular file (a pipe or device)", "skipped")
                continue
            files.append(path)
    return sorted(files)


def _read_anyway(real: str, real_root: Path) -> bool:
    """Whether a link's target is in the corpus folder, and not hidden: read where it is."""
    path = Path(real)
    return path.is_relative_to(real_root) and not any(
        part.startswith(".") for part in path.relative_to(real_root).parts
    )


def _read_bytes(path: Path, reader: _Reader) -> bytes | None:
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        reader.problem(
            path, None, f"cannot be read ({error.__class__.__name__}: {error})", "skipped"
        )
        return None
    return data


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes as text.

    Returns:
        ``(text, note)``; note is None for clean UTF-8, otherwise it says what was done
        (a byte-order mark removed, or the encoding guessed).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 byte-order mark; removed"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16 text; decoded as UTF-16"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    return data.decode(
        encoding, errors="replace"
    ), f"not UTF-8 (looks like {encoding}); decoded as {encoding}"


def _guess_encoding(data: bytes) -> str:
    """The single-byte encoding of non-UTF-8 news text: Cyrillic (cp1251, koi8-r) or Western.

    Read as cp1251, Russian text gives words wholly in Cyrillic, mostly lower case (koi8-r puts
    the cases the other way round); Western text gives words mixing Latin and Cyrillic letters
    (``déjà`` reads ``dйjа``). Western text is latin-1 unless it uses the bytes 0x80-0x9F, which
    only cp1252 defines (curly quotes, dashes).
    """
    sample = data[:200_000]
    words = re.findall(r"[^\W\d_]+", sample.decode("cp1251", errors="replace"))
    cyrillic = [w for w in words if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic if _LATIN.search(w))
    if cyrillic and mixed <= 0.1 * len(cyrillic):
        letters = "".join(_CYRILLIC.findall("".join(cyrillic)))
        upper = sum(1 for c in letters if c.isupper())
        return "koi8-r" if upper > 0.6 * len(letters) else "cp1251"
    return "cp1252" if any(0x80 <= b <= 0x9F for b in sample) else "latin-1"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: every other byte is NUL
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return len(head) > 0 and controls / len(head) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text of mostly Latin letters saved as UTF-16 without a
    byte-order mark (every other byte NUL), else None."""
    head = data[: _BINARY_SNIFF - _BINARY_SNIFF % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.9 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _read_text(path: Path, reader: _Reader, *, xml: bool = False) -> str | None:
    """The file's text, its encoding decoded (and reported when guessed); None when it cannot
    be read as text. With ``xml``, an encoding the XML declaration names is used as given."""
    data = _read_bytes(path, reader)
    if data is None:
        return None
    if not data.strip():
        reader.problem(path, None, "empty file", "skipped")
        return None
    bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not bom and b"\x00" in data[:_BINARY_SNIFF] and (utf16 := _utf16_without_bom(data)):
        reader.problem(path, None, f"{utf16.upper()} text without a byte-order mark", "loaded")
        return data.decode(utf16, errors="replace")
    if not bom and (nuls := data.count(b"\x00")) and nuls <= 0.01 * len(data):
        # A stray NUL (a bad export, a copy from a terminal) in text that is otherwise text.
        cleaned = data.replace(b"\x00", b"")
        if not _looks_binary(cleaned):
            nul = f"{nuls} NUL byte{'s' * (nuls > 1)} in the text"
            reader.problem(path, None, nul, "removed; the rest loaded")
            data = cleaned
    if _looks_binary(data):
        reader.problem(path, None, "binary file, not text", "skipped")
        return None
    if xml and not bom and (declared := _declared_encoding(data)):
        # RCV1 says encoding="iso-8859-1" in every file: nothing is guessed, nothing to report.
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(declared)
    text, note = decode(data)
    if note:
        reader.problem(path, None, note, "loaded")
    return text


def _read_file(path: Path, reader: _Reader) -> list[dict]:
    suffix = _suffix(path)
    if suffix not in READ_FORMATS:  # a file named as the corpus
        reader.problem(path, None, f"unsupported file type '{path.suffix or path.name}'", "skipped")
        return []
    if suffix == ".parquet":
        return _read_parquet(path, reader)
    if suffix in WARC_FORMATS:
        return list(_warc_rows(path, reader))
    text = _read_text(path, reader, xml=suffix in XML_FORMATS)
    if text is None:
        return []
    if suffix in TEXT_FORMATS:
        return _plain_text_row(text, path, reader)
    if suffix in HTML_FORMATS:
        return _html_row(text, path, reader)
    if suffix in XML_FORMATS:
        return _xml_items(text, path, reader)
    if suffix in SGML_FORMATS:
        return _reuters_sgml(text, path, reader)
    if suffix in (".jsonl", ".ndjson"):
        return _json_lines(text, path, reader)
    if suffix == ".json":
        return _json_document(text, path, reader)
    return _delimited(text, path, reader, delimiter="\t" if suffix == ".tsv" else ",")


def _plain_text_row(text: str, path: Path, reader: _Reader) -> list[dict]:
    layout = parse_plain_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not layout.body and not layout.title:
        reader.problem(path, None, "no text after the layout was read", "skipped")
        return []
    row = {
        "_path": path,
        "_line": None,
        "_stem": path.name.split(".")[0],
        "title": layout.title,
        "section": layout.section,
        "lead": layout.lead,
        "body": layout.body,
        "dateline": layout.dateline,
        "agency": layout.agency,
        "_date": (layout.year, layout.month, layout.day, layout.time),
    }
    return [row]


# Elements that are never article text: code, and the page's furniture around the article.
_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form"}
    | {"button", "select", "iframe", "object", "head"}
)
_HTML_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_HTML_BLOCKS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "title", "article"}
    | {"section", "main", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "figure"}
    | {"figcaption", "hr", "address"}
)
_HTML_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area"})
# <meta> names (property, name or itemprop) for the title, the date and other fields, best first.
_HTML_META = {
    "title": ("og:title", "twitter:title", "headline", "dc.title", "title"),
    "published": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "published_time",
        "publication_date",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "date",
    ),
    "section": ("article:section", "section"),
    "author": ("author", "article:author", "dc.creator", "byl"),
    "description": ("og:description", "description", "twitter:description"),
    "url": ("og:url",),
    "site_name": ("og:site_name", "application-name"),
    "keywords": ("news_keywords", "keywords", "article:tag"),
}
# Text that is HTML: a tag of a text element, or an entity (a value from a scraper or feed).
_CLOSED_MARKUP = re.compile(
    r"</(?:p|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|figure|figcaption|blockquote|table|tr"
    r"|td|th|section|article|sup|sub|small|font|center)\s*>|<(?:br|hr)\s*/?>",
    re.IGNORECASE,
)
_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|img|figure|figcaption|blockquote"
    r"|table|tr|td|th|script|style|iframe|section|article|hr|sup|sub|small|font|center)\b[^<>]*>"
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)


@dataclass
class _HtmlPage:
    """What an HTML page or fragment says: its text by container, headings and metadata."""

    parts: list[tuple[int, str]] = field(default_factory=list)  # (container, text)
    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    h1: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # <time datetime> in the article
    ld: list = field(default_factory=list)  # JSON-LD objects

    def text(self, *, whole: bool = False) -> str:
        """The article's paragraphs: the <article> (or articleBody, or <main>) with the most
        text, else (or with ``whole``: a fragment that is the article) all text outside the
        page's furniture."""
        sizes: dict[int, int] = {}
        for container, part in self.parts:
            sizes[container] = sizes.get(container, 0) + len(part.strip())
        articles = {c: n for c, n in sizes.items() if c > 0 and n}
        mains = {c: n for c, n in sizes.items() if c < 0 and n}
        chosen = {} if whole else articles or mains
        if chosen:
            best = max(chosen, key=lambda c: (chosen[c], -abs(c)))
            kept = [part for container, part in self.parts if container == best]
        else:
            kept = [part for _, part in self.parts]
        return "\n\n".join(paragraphs(re.sub(r"[ \t\r\f\v]+", " ", "".join(kept))))


def _parse_html(html: str) -> _HtmlPage:
    """Read an HTML page or fragment (scripts, styles and navigation dropped)."""
    from html.parser import HTMLParser

    page = _HtmlPage()

    class _Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.skip: list[str] = []  # the open element that started skipping, repeated
            self.containers: list[list] = []  # open <article>/<main>: [tag, id, depth]
            self.next_id = 0
            self.capture: str | None = None  # "title", "h1" or "ld" while inside one
            self.buffer: list[str] = []

        def handle_starttag(self, tag, attrs):
            attrs = {k.lower(): v or "" for k, v in attrs}
            if tag == "meta":
                key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
                if key and attrs.get("content", "").strip():
                    page.meta.setdefault(key.lower(), attrs["content"].strip())
                return
            if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
                page.meta.setdefault("canonical", attrs.get("href", ""))
            if tag == "time" and attrs.get("datetime") and self.containers:
                page.times.append(attrs["datetime"])
            if tag == "script" and "ld+json" in attrs.get("type", ""):
                self.capture, self.buffer = "ld", []
            if not self.capture and (tag == "title" or tag == "h1" and self.containers):
                self.capture, self.buffer = tag, []
            if self.skip:
                if tag == self.skip[0] and tag not in _HTML_VOID:
                    self.skip.append(tag)
                return
            if tag == "h1" and not self.capture:
                self.capture, self.buffer = tag, []
            hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
            if tag in _HTML_SKIP or attrs.get("role") in _HTML_SKIP_ROLES or hidden:
                if tag not in _HTML_VOID:
                    self.skip = [tag]
                return
            if tag in ("article", "main") or attrs.get("itemprop", "").lower() == "articlebody":
                self.next_id += 1
                self.containers.append([tag, self.next_id if tag != "main" else -self.next_id, 1])
            elif self.containers and tag == self.containers[-1][0] and tag not in _HTML_VOID:
                self.containers[-1][2] += 1  # a <div> inside an articleBody <div>
            if tag in _HTML_BLOCKS:
                self.add("\n\n")

        def handle_endtag(self, tag):
            if self.capture == "ld" and tag == "script":
                with contextlib.suppress(ValueError, RecursionError):
                    page.ld.append(json.loads("".join(self.buffer)))
                self.capture = None
            if self.capture == tag:
                text = " ".join("".join(self.buffer).split())
                if tag == "title":
                    page.title = page.title or text
                elif text:
                    page.h1.append(text)
                self.capture = None
            if self.skip:
                if tag == self.skip[0]:
                    self.skip.pop()
                return
            if tag in _HTML_BLOCKS:
                self.add("\n\n")
            if self.containers and self.containers[-1][0] == tag:
                self.containers[-1][2] -= 1
                if not self.containers[-1][2]:
                    self.containers.pop()

        def handle_data(self, data):
            if self.capture:
                self.buffer.append(data)
            if not self.skip and self.capture != "title":
                self.add(data)

        def add(self, text: str) -> None:
            page.parts.append((self.containers[-1][1] if self.containers else 0, text))

    parser = _Parser()
    parser.feed(html)
    parser.close()
    return page


def _html_fragment_text(html: str) -> str:
    """The paragraphs of HTML text (a feed's or a scraper's field), markup dropped; the field
    is the article, so an <article> inside it is part of it, not all of it."""
    return _parse_html(html).text(whole=True)


def _markup_to_text(value: str, *, paragraphed: bool = True) -> str:
    """A field's text with its HTML read as HTML; other text as given, entities decoded.

    A field is HTML only when it closes an element (``</p>``, ``<br>``): text that merely
    mentions a tag ("inject <script> tags") is text, and is never cut at an unclosed tag.
    Garbage with far more ``<`` than ``>`` is not parsed (the parser is slow on it).
    """
    if "<" not in value and "&" not in value or not _MARKUP.search(value):
        return value
    if not _CLOSED_MARKUP.search(value) or value.count("<") > 4 * value.count(">") + 16:
        return html_lib.unescape(value)
    text = _html_fragment_text(value)
    return text if paragraphed else " ".join(text.split())


def _html_meta(page: _HtmlPage, role: str) -> str:
    found = next((page.meta[k] for k in _HTML_META[role] if page.meta.get(k)), "")
    return " ".join(html_lib.unescape(found).split())


def _json_ld_article(page: _HtmlPage) -> dict:
    """The page's schema.org article object (NewsArticle, Article, ...) from JSON-LD, if any."""
    found = []
    stack = collections.deque(page.ld)
    while stack and len(found) < 50:
        item = stack.popleft()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kinds = item.get("@type", "")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(k).endswith("Article") or k == "Report" for k in kinds):
                found.append(item)
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return found[0] if found else {}


def _html_row(html: str, path: Path, reader: _Reader) -> list[dict]:
    """One article from an HTML page: the <article> text; title, date, section, author and
    address from the page's metadata (Open Graph, ``article:*``, JSON-LD), else from the text."""
    page = _parse_html(html)
    ld = _json_ld_article(page)
    body = page.text()
    ld_title = ld.get("headline") if isinstance(ld.get("headline"), str) else ""
    title = (
        _html_meta(page, "title")
        or " ".join(ld_title.split())
        or (page.h1[0] if page.h1 else "")
        or page.title
    )
    paras = paragraphs(body)
    headings = {" ".join(t.split()) for t in (title, page.title, *page.h1[:1]) if t}
    while paras and " ".join(paras[0].split()) in headings:  # the page repeats its title
        paras = paras[1:]
    if not title and paras:  # no title anywhere: the first line, as for plain text
        first, _, rest = paras[0].partition("\n")
        title, paras = first.strip(), ([rest.strip()] if rest.strip() else []) + paras[1:]
    paras, _ = strip_trailer(paras)
    body, place, agency, (year, month, day) = strip_dateline("\n\n".join(paras))
    if not body.strip() and not title:
        reader.problem(path, None, "no text in the HTML page", "skipped")
        return []
    published = (
        _html_meta(page, "published")
        or (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else "")
        or (page.times[0] if page.times else "")
    )
    author = _html_meta(page, "author") or _ld_name(ld.get("author"))
    meta = {
        "url": _html_meta(page, "url") or page.meta.get("canonical", ""),
        "author": author,
        "description": _html_meta(page, "description"),
        "keywords": _html_meta(page, "keywords"),
    }
    row = {
        **{name: value for name, value in meta.items() if value},
        "_path": path,
        "_line": None,
        "_stem": path.name.split(".")[0],
        "title": title,
        "section": _html_meta(page, "section"),
        "lead": "",
        "body": body.strip(),
        "dateline": place,
        "agency": agency or _html_meta(page, "site_name"),
    }
    if published:
        row["_published"] = published
    else:
        row["_date"] = (year, month, day, "")
    return [row]


def _ld_name(value) -> str:
    """A JSON-LD author: a name, an object with a name, or a list of these."""
    if isinstance(value, list):
        return "; ".join(filter(None, (_ld_name(v) for v in value)))
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) else ""


def _local_name(tag) -> str:
    return str(tag).rsplit("}", 1)[-1].lower()


def _outer_items(root) -> list:
    """The item elements of an XML tree in document order, but none inside another item (an
    <article> in an entry's XHTML content is part of that entry)."""
    items, stack = [], [root]
    while stack:
        element = stack.pop()
        if _local_name(element.tag) in _XML_ITEMS:
            items.append(element)
        else:
            stack.extend(reversed(list(element)))
    return items


def _xml_items(text: str, path: Path, reader: _Reader) -> list[dict]:
    """Articles of an RSS or Atom feed, or of any XML list of <article>/<doc> elements; a NITF,
    RCV1 or NewsML-G2 file, known by its root element whatever its name, goes to its own reader.

    Parsed with defusedxml, so entity expansion and external references in hostile files are
    refused. Each item's child elements become fields (``content:encoded`` as ``encoded``); HTML
    inside descriptions and contents is reduced to text. An item with only a description or
    summary has that as its text.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree as SafeTree
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeTree.fromstring(text)
    except (ParseError, DefusedXmlException, ValueError) as error:
        reader.problem(
            path, None, f"not readable XML ({error.__class__.__name__}: {error})", "skipped"
        )
        return []
    news_xml = _NEWS_XML.get(_local_name(root.tag))
    if news_xml is not None:  # one article (or a NewsML-G2 message), found by its root element
        return news_xml(root, path, reader)
    items = _outer_items(root)
    if not items:
        reader.problem(path, None, "XML without <item>, <entry> or <article> elements", "skipped")
        return []
    rows = []
    for number, item in enumerate(items, start=1):
        record: dict[str, str] = {}
        for child in item:
            name = _local_name(child.tag)
            if child.get("type") == "xhtml":  # Atom: the markup is XML, inside the element
                inner = "".join(SafeTree.tostring(c, encoding="unicode") for c in child)
                value = _html_fragment_text(re.sub(r"<(/?)\w+:", r"<\1", inner))
            else:
                value = "".join(child.itertext()).strip() or child.get("href", "")
                value = value or child.get("term", "")  # Atom's <category term="...">
            if (name in _XML_HTML_FIELDS or child.get("type") == "html") and _MARKUP.search(value):
                value = _markup_to_text(value, paragraphed=name in _XML_HTML_FIELDS).strip()
            if name == "category" and name in record and value:  # every category, in order
                record[name] = f"{record[name]}; {value}"
            elif name == "link" and child.get("rel", "alternate") == "alternate" and value:
                record[name] = value  # the article's address, not an enclosure's or a feed's
            else:
                record.setdefault(name, value)
        if not any(_column([k], "body", reader) for k in record):
            for name in ("description", "summary"):
                if name in record:
                    record["text"] = record.pop(name)
                    break
        rows.extend(_record_row(record, path, number, reader))
    return rows


# --- news XML with one article a file: NITF, Reuters RCV1, IPTC NewsML-G2 ----------------------

# The XML declaration's encoding, in the file's first bytes (RCV1: encoding="iso-8859-1").
_XML_DECLARATION = re.compile(
    rb"\A\s{0,64}<\?xml[^>]{0,200}?\bencoding\s*=\s*[\"']([A-Za-z][\w.:-]{0,39})[\"']"
)


def _declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration names, when it is a known single-byte or multibyte one
    other than UTF-8 (UTF-8 and UTF-16 files are decoded, and checked, as any other file)."""
    import codecs

    match = _XML_DECLARATION.match(data[:400])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name.startswith("utf") else name


def _named(element, *names: str):
    """The first child of ``element`` with the local name, then its child with the next; None
    when a step is missing (namespaces and case ignored, as feeds mix them)."""
    for name in names:
        if element is None:
            return None
        element = next((c for c in element if _local_name(c.tag) == name), None)
    return element


def _kids(element) -> list:
    """An element's children; none for a missing element."""
    return [] if element is None else list(element)


def _all_named(element, name: str) -> list:
    """Every element under ``element`` (itself included) with the local name, in order."""
    if element is None:
        return []
    return [e for e in element.iter() if _local_name(e.tag) == name]


def _flat(element) -> str:
    """An element's text on one line."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _paragraphs_of(element) -> list[str]:
    """The text of each <p> under ``element``; all its text as one paragraph when it has none."""
    if element is None:
        return []
    found = [_flat(p) for p in _all_named(element, "p")]
    return [p for p in found if p] or [p for p in [_flat(element)] if p]


def _place(dateline: str) -> str:
    """The place of a dateline: ``SALVADOR, Feb 26 -`` (Reuters-21578), ``WASHINGTON, Jan. 1``
    (NYT), ``MEXICO CITY 1996-08-20`` (RCV1) give the place alone."""
    words = " ".join(dateline.split()).rstrip(" -:\u2013\u2014").split(" ")
    if len(words) > 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", words[-1]):
        words = words[:-1]
    value = " ".join(words)
    head, comma, tail = value.rpartition(",")
    first = tail.split()[0].rstrip(".").lower() if tail.split() else ""
    return head.strip() if comma and first in MONTHS else value


# NITF's and NewsML-G2's compact ISO dates: 20070101T000000, 20240305T091200+0000.
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?")


def _basic_date(value: str) -> str:
    """A compact ISO date as ``2007-01-01`` (or with its time); other text as given. The New
    York Times corpus gives every article ``T000000``: a date without a time, not midnight."""
    match = _BASIC_DATE.fullmatch(value.strip())
    if not match:
        return value
    year, month, day, hour, minute, second, zone = match.groups()
    if not hour or (hour, minute, second or "00") == ("00", "00", "00") and not zone:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone or ''}"


def _news_row(
    path: Path,
    number: int | None,
    reader: _Reader,
    *,
    kind: str,
    doc_id: str,
    title: str,
    paras: list[str],
    published: str,
    lead: str = "",
    dateline: str = "",
    agency: str = "",
    section: str = "",
    meta: dict[str, str] | None = None,
) -> list[dict]:
    """The row of one article read from a news format; a dateline or ``Read more`` line at the
    body's edges is taken off as for other formats. An article without text is a problem."""
    paras, _ = strip_trailer([p for p in paras if p])
    body, place, found_agency, _ = strip_dateline("\n\n".join(paras))
    if not body.strip() and not title:
        reader.problem(path, number, f"{kind} article without text", "skipped")
        return []
    row = {
        **{name: value for name, value in (meta or {}).items() if value},
        "_path": path,
        "_line": number,
        "_stem": path.name.split(".")[0],
        "title": title,
        "section": section,
        "lead": lead,
        "body": body.strip(),
        "dateline": dateline or place,
        "agency": agency or found_agency,
        "_published": published or None,
    }
    if doc_id:  # else the file's name (and item number) is the id, as for other formats
        row["_id"] = doc_id
    return [row]


def _lead_key(paragraph: str) -> str:
    """A paragraph compared without spacing or the ``LEAD:`` mark of older NYT articles."""
    text = " ".join(paragraph.split())
    return text[6:] if text.startswith("LEAD: ") else text


def _nitf_row(root, path: Path, reader: _Reader) -> list[dict]:
    """One NITF article (the New York Times Annotated Corpus, AP and other wire feeds).

    The text is the lead paragraph block then the full text, whose first paragraphs repeat the
    lead in the NYT corpus and are left out when they do (a repeat would double every lead in
    counts and quotes). The abstract, when there is one, is the lead.
    """
    head, body = _named(root, "head"), _named(root, "body")
    body_head, content = _named(body, "body.head"), _named(body, "body.content")
    docdata, pubdata = _named(head, "docdata"), _named(head, "pubdata")
    metas = {
        m.get("name", "").lower(): m.get("content", "")
        for m in _kids(head)
        if _local_name(m.tag) == "meta"
    }
    blocks = [b for b in _kids(content) if _local_name(b.tag) == "block"]
    lead = [p for b in blocks if b.get("class") == "lead_paragraph" for p in _paragraphs_of(b)]
    rest = [
        p
        for b in blocks
        if b.get("class") not in ("lead_paragraph", "online_lead_paragraph")
        for p in _paragraphs_of(b)
    ]
    if not blocks:  # AP and others: paragraphs straight in <body.content>
        rest = _paragraphs_of(content)
    keys = {_lead_key(p) for p in lead}
    while rest and _lead_key(rest[0]) in keys:
        rest = rest[1:]
    dateline = _named(body_head, "dateline")
    location = _named(dateline, "location")
    issue = _named(docdata, "date.issue")
    published = (pubdata.get("date.publication", "") if pubdata is not None else "") or (
        issue.get("norm", "") if issue is not None else ""
    )
    byline = _flat(_named(body_head, "byline"))
    descriptors = [
        _flat(c)
        for c in _all_named(_named(docdata, "identified-content"), "classifier")
        if c.get("type") == "descriptor"
    ]
    doc_id = _named(docdata, "doc-id")
    return _news_row(
        path,
        None,
        reader,
        kind="NITF",
        doc_id=doc_id.get("id-string", "") if doc_id is not None else "",
        title=_flat(_named(body_head, "hedline", "hl1")) or _flat(_named(head, "title")),
        paras=[_lead_key(p) for p in lead] + rest,
        published=_basic_date(published),
        lead="\n\n".join(_paragraphs_of(_named(body_head, "abstract"))),
        dateline=_flat(location) if location is not None else _place(_flat(dateline)),
        agency=pubdata.get("name", "") if pubdata is not None else "",
        section=metas.get("online_sections") or metas.get("dsk") or "",
        meta={
            "author": byline[3:] if byline.lower().startswith("by ") else byline,
            "url": pubdata.get("ex-ref", "") if pubdata is not None else "",
            "keywords": "; ".join(filter(None, dict.fromkeys(descriptors))),
        },
    )


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _rcv1_row(root, path: Path, reader: _Reader) -> list[dict]:
    """One Reuters RCV1 article: ``<newsitem itemid date>`` with its headline, dateline, text
    paragraphs, and the topic, country and industry codes as metadata columns."""
    dc: dict[str, str] = {}
    for element in _all_named(root, "dc"):
        dc.setdefault(element.get("element", ""), element.get("value", ""))
    codes: dict[str, list[str]] = {}
    for group in _all_named(root, "codes"):  # class="bip:topics:1.0" -> "topics"
        name = group.get("class", "").split(":")[1:2] or ["codes"]
        codes.setdefault(name[0], []).extend(
            c.get("code", "") for c in group if _local_name(c.tag) == "code"
        )
    return _news_row(
        path,
        None,
        reader,
        kind="RCV1",
        doc_id=root.get("itemid", ""),
        title=_flat(_named(root, "headline")) or _flat(_named(root, "title")),
        paras=_paragraphs_of(_named(root, "text")),
        published=root.get("date", "") or dc.get("dc.date.published", ""),
        dateline=_place(_flat(_named(root, "dateline"))),
        agency=dc.get("dc.source", ""),
        meta={
            "author": _flat(_named(root, "byline")),
            "language": root.get(_XML_LANG, ""),
            **{name: "; ".join(filter(None, values)) for name, values in codes.items()},
        },
    )


_G2_NAMESPACE = "{http://iptc.org/std/nar/2006-10-01/}"
# NewsML-G2 item classes that carry no article text: a message's pictures, video and sound.
_G2_MEDIA = ("picture", "graphic", "video", "audio", "animation")


def _newsitem_rows(root, path: Path, reader: _Reader) -> list[dict]:
    """A <newsitem>: Reuters RCV1's (no namespace, a <text>), or NewsML-G2's <newsItem>."""
    if str(root.tag).startswith(_G2_NAMESPACE) or _named(root, "contentset") is not None:
        return _g2_item(root, path, None, reader)
    return _rcv1_row(root, path, reader)


def _g2_message(root, path: Path, reader: _Reader) -> list[dict]:
    """The text items of a NewsML-G2 <newsMessage>, numbered from 1 in the message; pictures
    and other media items are not articles and are passed over."""
    items = _all_named(root, "newsitem")
    texts = [(n, item) for n, item in enumerate(items, start=1) if not _g2_media(item)]
    if not texts:
        reader.problem(path, None, "NewsML-G2 message without a text <newsItem>", "skipped")
        return []
    return [row for number, item in texts for row in _g2_item(item, path, number, reader)]


def _g2_media(item) -> bool:
    item_class = _named(item, "itemmeta", "itemclass")
    qcode = item_class.get("qcode", "") if item_class is not None else ""
    return qcode.rpartition(":")[2].lower() in _G2_MEDIA


def _g2_item(item, path: Path, number: int | None, reader: _Reader) -> list[dict]:
    """One NewsML-G2 <newsItem>: headline, summary and place from <contentMeta>, the date from
    <itemMeta> (first created, else the content's or the version's), the text from the XHTML
    (or plain text) in <contentSet>."""
    from defusedxml import ElementTree as SafeTree

    item_meta, content_meta = _named(item, "itemmeta"), _named(item, "contentmeta")
    published = next(
        (
            _flat(found)
            for found in (
                _named(item_meta, "firstcreated"),
                _named(content_meta, "contentcreated"),
                _named(item_meta, "versioncreated"),
            )
            if _flat(found)
        ),
        "",
    )
    paras: list[str] = []
    for content in _kids(_named(item, "contentset")):
        kind = _local_name(content.tag)
        if kind == "inlinexml":  # XHTML as XML: read as HTML, its namespace prefixes dropped
            inner = "".join(SafeTree.tostring(c, encoding="unicode") for c in content)
            paras = paragraphs(_html_fragment_text(re.sub(r"<(/?)\w+:", r"<\1", inner)))
        elif kind == "inlinedata":
            paras = paragraphs(_markup_to_text("".join(content.itertext()).strip()))
        if paras:
            break
    provider = _named(item_meta, "provider")
    agency = (
        (provider.get("literal") or provider.get("qcode", "").rpartition(":")[2])
        if (provider is not None)
        else ""
    )
    located = _flat(_named(content_meta, "located", "name"))
    return _news_row(
        path,
        number,
        reader,
        kind="NewsML-G2",
        doc_id=item.get("guid", ""),
        title=_flat(_named(content_meta, "headline")),
        paras=paras,
        published=_basic_date(published),
        lead=_flat(_named(content_meta, "description")),
        dateline=located or _place(_flat(_named(content_meta, "dateline"))),
        agency=agency,
        meta={
            "author": "; ".join(
                _flat(_named(c, "name"))
                for c in _kids(content_meta)
                if _local_name(c.tag) == "creator" and _named(c, "name") is not None
            ),
            "keywords": "; ".join(
                _flat(k) for k in _kids(content_meta) if _local_name(k.tag) == "keyword"
            ),
            "language": item.get(_XML_LANG, ""),
        },
    )


_NEWS_XML = {
    "nitf": _nitf_row,
    "newsitem": _newsitem_rows,
    "newsmessage": _g2_message,
}


# --- Reuters-21578: SGML, many <REUTERS> articles a file ---------------------------------------

# The entities of Reuters-21578's text: &lt; &amp; and character numbers, &#2; and &#3; among
# them (the wire's start and end of text), which are dropped with other control characters.
_SGML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#(\d{1,7}));")
_SGML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_SGML_ATTRIBUTE = re.compile(r'([A-Za-z]{1,20})="([^"<>]{0,200})"')


def _sgml_char(match: re.Match) -> str:
    if match.group(1):
        return _SGML_NAMED[match.group(1)]
    code = int(match.group(2))
    return "" if code < 32 and code not in (9, 10) or code == 127 or code > 0x10FFFF else chr(code)


def _sgml_text(value: str) -> str:
    """SGML text as plain text: entities decoded, control characters dropped (a stray ``&`` is
    kept as the ``&`` it is)."""
    return _SGML_ENTITY.sub(_sgml_char, value).translate(_CONTROLS)


_CONTROLS = dict.fromkeys([*range(9), *range(11, 32), 127])  # all but tab and line feed


def _sgml_element(record: str, name: str) -> str | None:
    """The content of the first ``<NAME ...>...</NAME>`` in a record, None when absent."""
    start = record.find(f"<{name}")
    while start >= 0 and record[start + len(name) + 1 : start + len(name) + 2] not in (">", " "):
        start = record.find(f"<{name}", start + 1)  # <DATE> is not <DATELINE>
    if start < 0:
        return None
    open_end = record.find(">", start)
    end = record.find(f"</{name}>", open_end)
    return record[open_end + 1 : end if end >= 0 else len(record)] if open_end >= 0 else None


def _reflow(text: str) -> list[str]:
    """Reuters-21578 body text as paragraphs: its lines are wrapped at 70 characters, and a
    paragraph (or a table line) starts with an indent."""
    paras: list[list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            paras.append([])
        elif line[:1] in (" ", "\t") and (len(line) - len(line.lstrip()) >= 2) or not paras:
            paras.append([line.strip()])
        else:
            paras[-1].append(line.strip())
    found = [" ".join(p) for p in paras if p]
    if found and found[-1].lower() in ("reuter", "reuters"):  # the wire's sign-off
        found = found[:-1]
    elif found and found[-1].lower().endswith((" reuter", " reuters")):
        found[-1] = found[-1][: found[-1].lower().rfind(" reuter")].rstrip()
    return found


def _reuters_sgml(text: str, path: Path, reader: _Reader) -> list[dict]:
    """The articles of a Reuters-21578 ``.sgm`` file, each read where it stands: the files are
    not XML (no root element, control characters, unescaped ``&``), so no XML parser is used.

    A <TEXT TYPE="BRIEF"> item is its title alone; a TYPE="UNPROC" item has no title or body
    elements and its whole text is the body. The ``Reuter`` sign-off is dropped. The line of
    each document is the line its <REUTERS> starts on.
    """
    rows: list[dict] = []
    pos = counted = found = 0
    line, close, before = 1, -1, len(reader.problems)
    while (start := text.find("<REUTERS", pos)) >= 0:
        line += text.count("\n", counted, start)
        counted = start
        if close < start:
            close = text.find("</REUTERS>", start)
        if close < 0:
            reader.problem(path, line, "<REUTERS> element not closed", "rest of file skipped")
            break
        following = text.find("<REUTERS", start + 1, close)
        if following >= 0:
            reader.problem(
                path, line, "<REUTERS> element not closed before the next one", "skipped"
            )
            pos = following
            continue
        found += 1
        rows.extend(_reuters_row(text[start:close], path, line, reader))
        pos = close + len("</REUTERS>")
    if not found and len(reader.problems) == before:
        reader.problem(path, None, "SGML without <REUTERS> articles", "skipped")
    return rows


def _reuters_row(record: str, path: Path, line: int, reader: _Reader) -> list[dict]:
    opening = record[: record.find(">") + 1] if ">" in record else record[:400]
    attributes = dict(_SGML_ATTRIBUTE.findall(opening[:2000]))
    text_open = _sgml_element(record, "TEXT") or ""
    text_tag = record[record.find("<TEXT") :][:200].partition(">")[0]  # <TEXT TYPE="BRIEF">
    text_type = dict(_SGML_ATTRIBUTE.findall(text_tag)).get("TYPE", "NORM")
    body = _sgml_element(text_open, "BODY")
    title = _sgml_element(text_open, "TITLE")
    if body is None and title is None and text_type != "BRIEF":  # UNPROC: the text as sent
        body = text_open

    def lists(name: str) -> str:
        value = _sgml_element(record, name) or ""
        items = (_sgml_text(d).strip() for d in value.replace("</D>", "").split("<D>"))
        return "; ".join(d for d in items if d)

    author = " ".join(_sgml_text(_sgml_element(text_open, "AUTHOR") or "").split())
    return _news_row(
        path,
        line,
        reader,
        kind="Reuters-21578",
        doc_id=attributes.get("NEWID", ""),
        title=" ".join(_sgml_text(title or "").split()),
        paras=_reflow(_sgml_text(body or "")),
        published=" ".join(_sgml_text(_sgml_element(record, "DATE") or "").split()),
        dateline=_place(_sgml_text(_sgml_element(text_open, "DATELINE") or "")),
        meta={
            "author": author[3:] if author.lower().startswith("by ") else author,
            "topics": lists("TOPICS"),
            "places": lists("PLACES"),
            "people": lists("PEOPLE"),
            "orgs": lists("ORGS"),
            "exchanges": lists("EXCHANGES"),
            "old_id": attributes.get("OLDID", ""),
            "lewis_split": attributes.get("LEWISSPLIT", ""),
            "cgi_split": attributes.get("CGISPLIT", ""),
            "text_type": text_type,
        },
    )


# --- WARC web archives (CC-News, Common Crawl) -------------------------------------------------

_WARC_LINE = 1 << 16  # longest header line read as one
_WARC_HEADERS = 500  # most header lines in one record
_WARC_MAX_PAYLOAD = 64 << 20  # most bytes a compressed HTTP payload is inflated to


class _WarcError(Exception):
    """The file stops being WARC at a record: the records after it cannot be found."""

    def __init__(self, number: int, problem: str) -> None:
        super().__init__(problem)
        self.number = number


def _warc_rows(path: Path, reader: _Reader) -> Iterator[dict]:
    """The articles of a WARC file: each ``response`` record whose HTTP payload is an HTML page,
    read as an ``.html`` file is (article, meta tags, JSON-LD). The line of a document or a
    problem is its record's number in the file (the warcinfo record is 1).

    Request, metadata, warcinfo and other records are not articles and are passed over; a
    response that is not HTML, not a success, or holds no text is a problem naming its address.
    Records are read one at a time, so a crawl's gigabyte file is never held whole.
    """
    compressed = path.name.lower().endswith(".gz")
    number = responses = 0
    try:
        with gzip.open(path, "rb") if compressed else path.open("rb") as handle:
            for number, headers, block in _warc_records(handle):
                if block is not None:
                    responses += 1
                    yield from _warc_response(headers, block, path, number, reader)
        if not number:
            reader.problem(path, None, "empty file", "skipped")
        elif not responses:  # a crawl's request or metadata file: nothing fetched is in it
            reader.problem(path, None, "WARC file without response records", "skipped")
    except _WarcError as error:
        if error.number == 1:
            reader.problem(path, None, f"not a WARC file ({error})", "skipped")
        else:
            reader.problem(path, error.number, str(error), "rest of file skipped")
    except (OSError, EOFError, zlib.error) as error:  # a damaged or cut gzip member
        where = f" after record {number}" if number else ""
        reader.problem(
            path,
            number + 1 if number else None,
            f"cannot be read{where} ({error.__class__.__name__}: {error})",
            "rest of file skipped" if number else "skipped",
        )


def _warc_records(handle) -> Iterator[tuple[int, dict[str, str], bytes | None]]:
    """``(number, headers, block)`` per WARC record; the block only of ``response`` records
    (the others' bytes are passed over unread into memory). Header names are lower case."""
    number = 0
    while True:
        line = handle.readline(_WARC_LINE)
        if not line:
            return
        if not line.strip():  # the two line ends after each block
            continue
        number += 1
        if not line.startswith(b"WARC/"):
            raise _WarcError(number, f"no 'WARC/1.0' line where record {number} should start")
        headers: dict[str, str] = {}
        for _ in range(_WARC_HEADERS):
            line = handle.readline(_WARC_LINE)
            if not line.strip():
                break
            name, colon, value = line.decode("utf-8", errors="replace").partition(":")
            if colon:
                headers.setdefault(name.strip().lower(), value.strip())
        else:
            raise _WarcError(number, f"record {number} has over {_WARC_HEADERS} header lines")
        if not line:
            raise _WarcError(number, f"the file ends in the headers of record {number}")
        length = headers.get("content-length", "")
        if not (length.isascii() and length.isdigit()):
            raise _WarcError(number, f"record {number} has no Content-Length")
        wanted = headers.get("warc-type", "").lower() == "response"
        block, complete = _read_block(handle, int(length), keep=wanted)
        if not complete:
            raise _WarcError(number, f"the file ends inside record {number} (cut short)")
        yield number, headers, block if wanted else None


def _read_block(handle, size: int, *, keep: bool) -> tuple[bytes, bool]:
    """``size`` bytes read in pieces (kept only with ``keep``), so that a false Content-Length
    never asks for memory the file does not have; and whether the file held them all."""
    pieces: list[bytes] = []
    left = size
    while left > 0:
        piece = handle.read(min(left, 1 << 20))
        if not piece:
            return b"".join(pieces), False
        left -= len(piece)
        if keep:
            pieces.append(piece)
    return b"".join(pieces), True


def _warc_response(
    headers: dict[str, str], block: bytes, path: Path, number: int, reader: _Reader
) -> list[dict]:
    uri = headers.get("warc-target-uri", "").strip("<>")
    where = f" ({uri})" if uri else ""
    status, http, payload = _http_message(block)
    kind = http.get("content-type", "") or headers.get("warc-identified-payload-type", "")
    media = kind.split(";")[0].strip().lower()
    if not media and payload.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        media = "text/html"
    if status is not None and not 200 <= status < 300:
        reader.problem(path, number, f"HTTP status {status}, not a page{where}", "record skipped")
        return []
    if media not in ("text/html", "application/xhtml+xml"):
        found = f"a response of {media or 'unknown type'}, not HTML{where}"
        reader.problem(path, number, found, "record skipped")
        return []
    payload, undone = _http_decoded(payload, http)
    if undone:
        reader.problem(path, number, f"{undone}{where}", "record skipped")
        return []
    html = _http_text(payload, kind, path, number, where, reader)
    reading, reader.problems = reader.problems, []
    try:
        rows = _html_row(html, path, reader)  # its "no text" problem is replaced below
    finally:
        reader.problems = reading
    if not rows:
        reader.problem(path, number, f"no text in the HTML page{where}", "record skipped")
        return []
    (row,) = rows
    page_url = row.pop("url", "")
    row.update({"_line": number, "url": uri})
    if uri:
        row["_id"] = uri
    if page_url and page_url != uri:
        row["canonical_url"] = page_url
    row["warc_record_id"] = headers.get("warc-record-id", "").strip("<>")
    row["crawl_date"] = headers.get("warc-date", "")
    if "_published" not in row and row["crawl_date"]:  # the page gives no date: when fetched
        row.pop("_date", None)
        row["_published"] = row["crawl_date"]
        row["_date_note"] = "date of the crawl (WARC-Date): the page gives none"
    return [row]


def _http_message(block: bytes) -> tuple[int | None, dict[str, str], bytes]:
    """The status, headers (names lower case) and payload of an HTTP response record."""
    end, gap = block.find(b"\r\n\r\n"), 4
    if end < 0:
        end, gap = block.find(b"\n\n"), 2
    if not block.startswith(b"HTTP/") or end < 0:
        return None, {}, block
    lines = block[:end].decode("latin-1").split("\n")
    status = lines[0].split()[1:2]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers.setdefault(name.strip().lower(), value.strip())
    code = int(status[0]) if status and status[0].isascii() and status[0].isdigit() else None
    return code, headers, block[end + gap :]


def _http_decoded(payload: bytes, headers: dict[str, str]) -> tuple[bytes, str]:
    """The payload with its chunked transfer and gzip or deflate compression undone (Common
    Crawl undoes them before archiving; wget and other archivers keep them); a problem text
    instead when it cannot be undone."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        payload = _dechunked(payload)
    coding = headers.get("content-encoding", "").strip().lower()
    if coding in ("", "identity"):
        return payload, ""
    if coding not in ("gzip", "x-gzip", "deflate"):
        return b"", f"page compressed as '{coding[:20]}', which cannot be read"
    try:
        inflater = zlib.decompressobj(47 if coding != "deflate" else 15)
        data = inflater.decompress(payload, _WARC_MAX_PAYLOAD)
    except zlib.error:
        try:  # "deflate" as servers mostly send it: raw, without zlib's header
            data = zlib.decompressobj(-15).decompress(payload, _WARC_MAX_PAYLOAD)
        except zlib.error as error:
            return b"", f"page compression ({coding}) is damaged ({error})"
    return data, ""


def _dechunked(payload: bytes) -> bytes:
    """An HTTP chunked body joined; what follows a malformed chunk size is left out."""
    pieces, pos = [], 0
    while pos < len(payload):
        end = payload.find(b"\n", pos, pos + 1024)
        size = payload[pos:end].split(b";")[0].strip() if end >= 0 else b""
        try:
            length = int(size, 16)
        except ValueError:
            break
        if length <= 0:
            break
        pieces.append(payload[end + 1 : end + 1 + length])
        pos = end + 1 + length
        pos += (
            2 if payload[pos : pos + 2] == b"\r\n" else 1 if payload[pos : pos + 1] == b"\n" else 0
        )
    return b"".join(pieces)


def _http_text(
    payload: bytes, content_type: str, path: Path, number: int, where: str, reader: _Reader
) -> str:
    """A page's text in the charset its Content-Type names, else decoded as files are (the
    encoding guessed when it is not UTF-8, and reported)."""
    import codecs

    charset = content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")
    if charset:
        try:
            return payload.decode(codecs.lookup(charset).name, errors="replace")
        except LookupError:
            pass
    text, note = decode(payload)
    if note:
        reader.problem(path, number, f"{note}{where}", "loaded")
    return text


def _file_rows(path: Path, reader: _Reader) -> Iterator[dict]:
    """The rows of one file; those of a JSON Lines file one line at a time."""
    if _suffix(path) in (".jsonl", ".ndjson"):
        text = _read_text(path, reader)
        if text is not None and text.lstrip().startswith("["):  # a JSON list saved as .jsonl
            yield from _json_document(text, path, reader)
        elif text is not None:
            yield from _json_line_rows(text, path, reader)
    elif _suffix(path) in WARC_FORMATS:  # record by record: a crawl's file is a gigabyte
        yield from _warc_rows(path, reader)
    else:
        yield from _read_file(path, reader)


def _json_lines(text: str, path: Path, reader: _Reader, *, first_line: int = 1) -> list[dict]:
    return list(_json_line_rows(text, path, reader, first_line=first_line))


def _json_line_rows(
    text: str, path: Path, reader: _Reader, *, first_line: int = 1
) -> Iterator[dict]:
    # Lines end at "\n" only: str.splitlines() would also cut at U+2028 and other separators
    # that JSON allows inside a string.
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            reader.problem(
                path,
                number,
                f"not valid JSON ({error.msg} at column {error.colno})",
                "line skipped",
            )
            continue
        except RecursionError:
            reader.problem(path, number, "JSON nested too deeply to read", "line skipped")
            continue
        if not isinstance(record, dict):
            reader.problem(
                path, number, f"a JSON {type(record).__name__}, not an object", "line skipped"
            )
            continue
        yield from _record_row(record, path, number, reader)


def _json_document(text: str, path: Path, reader: _Reader) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if "\n{" in text or text.lstrip().startswith("{"):
            return _json_lines(text, path, reader)  # JSON Lines saved as .json
        reader.problem(path, error.lineno, f"not valid JSON ({error.msg})", "skipped")
        return []
    except RecursionError:
        reader.problem(path, None, "JSON nested too deeply to read", "skipped")
        return []
    if isinstance(data, dict):
        data = _records_in(data) or [data]
    if not isinstance(data, list):
        reader.problem(path, None, "JSON is neither an object nor a list of objects", "skipped")
        return []
    if not data:
        reader.problem(path, None, "an empty JSON list: no records", "skipped")
        return []
    rows = []
    for number, record in enumerate(data, start=1):
        if isinstance(record, dict):
            rows.extend(_record_row(record, path, number, reader))
        else:
            reader.problem(
                path, number, f"item is a JSON {type(record).__name__}, not an object", "skipped"
            )
    return rows


def _records_in(data: dict, depth: int = 3) -> list | None:
    """The list of article objects in an API response: NewsAPI's ``{"articles": [...]}``, or
    one level or two down, as The Guardian's ``{"response": {"results": [...]}}`` and the New
    York Times' ``{"response": {"docs": [...]}}``; the first such list found, breadth first."""
    level = [data]
    for _ in range(depth):
        for value in (v for item in level for v in item.values()):
            if isinstance(value, list) and value and isinstance(value[0], dict):
                return value
        level = [v for item in level for v in item.values() if isinstance(v, dict)]
    return None


def _delimited(text: str, path: Path, reader: _Reader, *, delimiter: str) -> list[dict]:
    csv.field_size_limit(2**31 - 1)
    started: list[int] = []  # the lines of the row being read that hold something

    def lines() -> Iterator[str]:
        header_seen = False
        for number, line in enumerate(io.StringIO(text, newline=""), start=1):
            if line.strip("\r\n"):
                started.append(number)
                header_seen = True
            if header_seen:  # blank lines before the header would be read as the header
                yield line

    delimiter = _sniff_delimiter(text, delimiter)
    records = csv.DictReader(lines(), delimiter=delimiter)
    fields = records.fieldnames or []
    if _column(fields, "body", reader) is None and _names_no_field(fields, reader):
        first = ", ".join(
            f'"{cell if len(cell) <= 40 else cell[:40].rstrip() + chr(0x2026)}"'
            for cell in fields[:3]
        ) + (", ..." if len(fields) > 3 else "")
        names, long = _headerless_names(text, delimiter)
        if names is None and long:  # which column is the article is not clear: no guess
            reader.problem(
                path,
                None,
                f"no header row names a text column: the first row ({first}) reads as an "
                f"article, and columns {', '.join(map(str, long))} all hold long text",
                "skipped; add a header line naming the columns",
            )
            return []
        if names is not None:
            found = names.index("text") + 1, (names.index("title") + 1 if "title" in names else 0)
            titled = f", title from column {found[1]}" if found[1] else ""
            reader.problem(
                path,
                None,
                f"no header row: no cell of the first row ({first}) names a known field, "
                "and it reads as an article",
                f"read from line 1 as data: text from column {found[0]}{titled}",
            )
            started.clear()
            records = csv.DictReader(lines(), fieldnames=names, delimiter=delimiter)
            fields = names
    if _column(fields, "body", reader) is None:
        reader.problem(
            path,
            None,
            f"no text column (looked for {_looked_for(reader)}; columns: {', '.join(fields)})",
            "skipped",
        )
        return []
    rows = []
    seen = 0
    started.clear()  # the header's lines
    try:
        for record in records:
            seen += 1
            # A quoted field may hold line breaks: the row is at the line where it starts.
            number, last = (started[0], started[-1]) if started else (records.line_num,) * 2
            started.clear()
            if last - number >= _LONG_ROW_LINES:  # most likely a quotation mark never closed
                reader.problem(
                    path,
                    number,
                    f"one row runs over lines {number}-{last} (a quotation mark not closed?)",
                    "read as one row",
                )
            if None in record or None in record.values():
                _ragged_row(record, len(fields), path, number, reader)
            rows.extend(_record_row(record, path, number, reader))
    except csv.Error as error:
        reader.problem(path, records.line_num, f"CSV error ({error})", "rest of file skipped")
    if not seen:
        reader.problem(path, None, "no rows under the header", "skipped")
    return rows


def _names_no_field(fields: list[str], reader: _Reader) -> bool:
    """Whether no cell of a header row names a field the loader knows (nor the caller's)."""
    return (
        bool(fields)
        and not reader.columns
        and not any(_column(fields, role, reader) for role in COLUMN_VARIANTS)
    )


_HEADERLESS_SAMPLE = 20  # rows looked at to tell a headerless file
_LONG_CELL = 60  # characters of a typical article text cell; a header cell is a name


def _headerless_names(text: str, delimiter: str) -> tuple[list[str] | None, list[int]]:
    """Column names for a CSV file without a header row (AG News: label, title, description).

    The first row is an article, not a header, when one column, and one only, holds long text
    (most cells of the first rows, the first row's own among them, at least 60 characters and
    eight words): that column is the text, and the nearest column of words to its left is the
    title; the others are ``column_<n>``. Returns ``(names, [])`` then; ``(None, columns)``
    with the long columns (1-based) when there are several; ``(None, [])`` otherwise.
    """
    try:
        rows = [
            row
            for row in itertools.islice(
                csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                _HEADERLESS_SAMPLE * 2,
            )
            if any(cell.strip() for cell in row)
        ][:_HEADERLESS_SAMPLE]
    except csv.Error:
        return None, []
    width = len(rows[0]) if rows else 0
    if width < 2 or any(len(row) != width for row in rows):
        return None, []

    def long(cell: str) -> bool:
        return len(cell) >= _LONG_CELL and len(cell.split()) >= 8

    long_columns = [
        j
        for j in range(width)
        if long(rows[0][j]) and sum(long(row[j]) for row in rows) * 2 > len(rows)
    ]
    if len(long_columns) != 1:
        return None, [j + 1 for j in long_columns]
    body = long_columns[0]
    names = [f"column_{j + 1}" for j in range(width)]
    names[body] = "text"
    wordy = [
        j
        for j in range(body - 1, -1, -1)
        if sum(len(row[j].split()) >= 2 and any(c.isalpha() for c in row[j]) for row in rows) * 2
        > len(rows)
    ]
    if wordy:
        names[wordy[0]] = "title"
    return names, []


# A CSV row over this many lines is reported: a quoted field that never closes swallows the
# rest of the file into one field.
_LONG_ROW_LINES = 50


def _sniff_delimiter(text: str, default: str) -> str:
    """The header line's delimiter: ``,`` ``;`` tab or ``|``, whichever it has most of outside
    quotes (a spreadsheet set to a European locale writes ``;``); the suffix's when none."""
    header = re.sub(r'"[^"]*"', "", re.split(r"[\r\n]", text.lstrip("\r\n"), maxsplit=1)[0])
    counts = {d: header.count(d) for d in (default, ",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[default] else default


def _ragged_row(record: dict, expected: int, path: Path, number: int, reader: _Reader) -> None:
    """A row with more or fewer values than the header has columns: say so, keep what is there."""
    extra = record.pop(None, None)
    if extra is not None:
        record["extra_values"] = extra
        found = f"{expected + len(extra)} values where the header has {expected} columns"
        action = "read as given; the extra values kept in 'extra_values'"
    else:
        found = f"{sum(v is not None for v in record.values())} values where the header has "
        found += f"{expected} columns"
        action = "read as given; the missing columns left empty"
    reader.problem(path, number, found, action)


def _read_parquet(path: Path, reader: _Reader) -> list[dict]:
    try:
        frame = pd.read_parquet(path)
    except Exception as error:  # pyarrow raises many types for a damaged file
        reader.problem(
            path, None, f"not a readable Parquet file ({error.__class__.__name__})", "skipped"
        )
        return []
    if _column(list(frame.columns), "body", reader) is None:
        reader.problem(
            path,
            None,
            f"no text column (looked for {_looked_for(reader)}; columns: {', '.join(map(str, frame.columns))})",
            "skipped",
        )
        return []
    return [
        row
        for number, record in enumerate(frame.to_dict("records"), start=1)
        for row in _record_row(record, path, number, reader)
    ]


def _looked_for(reader: _Reader) -> str:
    """The text column names tried: the caller's, or the first common variants."""
    return reader.columns.get("body") or ", ".join(COLUMN_VARIANTS["body"][:4])


def _name_key(name) -> str:
    """A column name compared without case or separators: ``publishedAt`` = ``published_at``."""
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _column(fields: list[str], role: str, reader: _Reader) -> str | None:
    if role in reader.columns:
        return reader.columns[role] if reader.columns[role] in fields else None
    keyed: dict[str, str] = {}
    for field_name in fields:
        keyed.setdefault(_name_key(field_name), field_name)
    return next((keyed[k] for v in COLUMN_VARIANTS[role] if (k := _name_key(v)) in keyed), None)


def _clean(value) -> str:
    if type(value) is str:  # the common case, first
        return value.replace("\r\n", "\n").strip()
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value))
    if isinstance(value, dict):  # e.g. NewsAPI's "source": {"id": "reuters", "name": "Reuters"}
        named = next(
            (value[k] for k in ("name", "main", "title", "text") if isinstance(value.get(k), str)),
            None,
        )
        return named.strip() if named else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value).replace("\r\n", "\n").strip()


def _record_row(record: dict, path: Path, number: int, reader: _Reader) -> list[dict]:
    fields = list(record)
    roles = reader.roles.get(key := tuple(fields))
    if roles is None:  # the records of a file mostly share their fields: decide once
        roles = {role: _column(fields, role, reader) for role in COLUMN_VARIANTS}
        if roles["body"] == roles["id"]:
            roles["id"] = None
        reader.roles[key] = roles
    if roles["body"] is None and (inner := _inner_record(record, reader)) is not None:
        return _record_row(inner, path, number, reader)  # The Guardian's "fields": {"bodyText"}
    if roles["body"] is None:
        reader.problem(
            path, number, f"no text field (fields: {', '.join(map(str, fields))})", "skipped"
        )
        return []
    raw_body = _markup_to_text(_clean(record[roles["body"]]))
    # NewsAPI's "... [+2345 chars]", looked for at the end only (a search over the whole text
    # would try every whitespace run, in time that grows with its square)
    tail = raw_body[-_CUT_MARKER_TAIL:]
    if "[+" in tail and (cut := _CUT_MARKER.search(tail)):
        raw_body = raw_body[: len(raw_body) - len(tail) + cut.start()]
        reader.problem(
            path,
            number,
            f"text cut short by the source ('{cut.group().strip()}' not given)",
            "marker removed; the text kept as given",
        )
    body_paras, _ = strip_trailer(paragraphs(raw_body))
    body = "\n\n".join(body_paras)
    body, place, agency, _ = strip_dateline(body)
    # A title is text as typed (a headline about "<script>" or "AT&amp;T" shows just so); the
    # lead and body of web feeds often carry HTML, read as HTML.
    title = _clean(record.get(roles["title"])) if roles["title"] else ""
    if not body.strip() and not title:
        reader.problem(path, number, "empty text", "skipped")
        return []
    # An address used as the id is still metadata (``url``); a bare id lives on as doc_id.
    kept = roles["id"] if str(roles["id"]).lower() in ("url", "link") else None
    used = {c for c in roles.values() if c is not None and c != kept}
    meta = {_meta_name(k): v for k, v in record.items() if k not in used}
    return [
        {
            **meta,
            "_path": path,
            "_line": number,
            "_stem": path.name.split(".")[0],
            "_id": _clean(record.get(roles["id"])) if roles["id"] else "",
            "title": title,
            "section": _field(record, roles["section"], paragraphed=False),
            "lead": _field(record, roles["lead"]),
            "body": body.strip(),
            "dateline": (_clean(record.get(roles["dateline"])) if roles["dateline"] else "")
            or place,
            "agency": (_clean(record.get(roles["agency"])) if roles["agency"] else "") or agency,
            "_published": record.get(roles["published"]) if roles["published"] else None,
        }
    ]


def _inner_record(record: dict, reader: _Reader) -> dict | None:
    """The record with the fields of a nested object that holds the text lifted to the top
    (fields already at the top win); None when no nested object has a text field."""
    for name, value in record.items():
        if isinstance(value, dict) and _column(list(value), "body", reader) is not None:
            outer = {k: v for k, v in record.items() if k != name}
            return {**outer, **{k: v for k, v in value.items() if k not in outer}}
    return None


_CUT_MARKER = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars?\]\s*$")
_CUT_MARKER_TAIL = 80


def _field(record: dict, name: str | None, *, paragraphed: bool = True) -> str:
    """A text field of a record as plain text (HTML read as HTML); empty when there is none."""
    if name is None:
        return ""
    return _markup_to_text(_clean(record.get(name)), paragraphed=paragraphed)


def _meta_name(name) -> str:
    """A metadata column's name; ``<name>_source`` when a document column has that name."""
    name = str(name)
    if name.startswith("_"):
        return f"source{name}"
    return f"{name}_source" if name in DOCUMENT_COLUMNS else name


def _prepare(row: dict, reader: _Reader) -> tuple[dict, str, str, dict]:
    """A row's text, its sha256 and its dates (a date problem is recorded on the reader)."""
    text = "\n\n".join(p for p in (row["title"], row["lead"], row["body"]) if p)
    return row, text, hashlib.sha256(text.encode("utf-8")).hexdigest(), _dates(row, reader)


def _select(items, reader: _Reader) -> list[str | None]:
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

    def __init__(self, reader: _Reader) -> None:
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


def _record(row: dict, text: str, digest: str, dates: dict, doc_id: str, reader: _Reader) -> dict:
    return {
        **{k: v for k, v in row.items() if not k.startswith("_")},
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


def _valid_date(year: int | None, month: int, day: int | None) -> bool:
    """Whether a year (if any), month and day (if any) from the text make a real date that a
    datetime64[ns] column can hold (a day without a year is checked against a leap year)."""
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    try:
        datetime.date(year or 2000, month, day or 1)
    except ValueError:
        return False
    return True


def _doc_id(row: dict, reader: _Reader, ids: dict[str, int]) -> str:
    """Stable id: the input's own id, else the file name (and line for row formats)."""
    base = row.get("_id") or (
        row["_stem"] if row["_line"] is None else f"{row['_stem']}:{row['_line']}"
    )
    if row.get("_id") is None and row["_line"] is None and reader.root.is_dir():
        base = Path(reader.name(row["_path"])).with_suffix("").as_posix()
    # "a", "a", "a#2" must not give "a#2" twice: a suffixed id skips any id already given
    count = ids.get(base, 0)
    doc_id = base if count == 0 else f"{base}#{count + 1}"
    while count and doc_id in ids:
        count += 1
        doc_id = f"{base}#{count + 1}"
    ids[base] = count + 1
    ids.setdefault(doc_id, 1)
    return doc_id


def _dates(row: dict, reader: _Reader) -> dict:
    """Date fields; a missing year is never invented."""
    if "_date" in row:
        year, month, day, time = row["_date"]
        note = "year from the text"
        if year is None and month is not None:
            year = reader.year
            note = (
                "year from the year= argument"
                if year
                else "no year in the source: month and day only"
            )
        if month is None:
            return _no_date("no date in the source")
        if not _valid_date(year, month, day):  # "March 99", "February 30, 2024", year 3000
            reader.problem(
                row["_path"],
                row["_line"],
                f"date {year or ''}-{month}-{day or ''} from the text is not a real date",
                "date left empty",
            )
            return _no_date("date not understood")
        published = pd.Timestamp(year=year, month=month, day=day or 1) if year else pd.NaT
        if year and time:
            published = published + pd.Timedelta(hours=int(time[:2]), minutes=int(time[3:]))
        return {
            "published": published,
            "published_year": year,
            "published_month": month,
            "published_day": day,
            "published_time": time,
            "date_note": note,
        }
    raw = row.get("_published")
    if raw is None or _clean(raw) == "":
        return _no_date("no date in the source")
    if isinstance(raw, str) and (partial := _PARTIAL_DATE.match(raw.strip())):
        return _partial_date(partial)  # "2020", "March 2020": no day (or month) to invent
    stamp = _parse_timestamp(raw)
    if stamp is None:
        reader.problem(
            row["_path"],
            row["_line"],
            f"date '{_clean(raw)[:40]}' not understood",
            "date left empty",
        )
        return _no_date("date not understood")
    # A date-time value at midnight may be a bare date; a string says whether it gave a time.
    has_time = stamp.hour or stamp.minute or (isinstance(raw, str) and ("T" in raw or ":" in raw))
    if stamp.year == 1:  # "February 14, 8:04": the parser's stand-in for a missing year
        time = stamp.strftime("%H:%M") if has_time else ""
        return _dates({"_date": (None, stamp.month, stamp.day, time)}, reader)
    if not _MIN_YEAR <= stamp.year <= _MAX_YEAR:
        reader.problem(
            row["_path"],
            row["_line"],
            f"date '{_clean(raw)[:40]}' out of range ({_MIN_YEAR}-{_MAX_YEAR})",
            "date left empty",
        )
        return _no_date("date out of range")
    return {
        "published": stamp,
        "published_year": stamp.year,
        "published_month": stamp.month,
        "published_day": stamp.day,
        "published_time": stamp.strftime("%H:%M") if has_time else "",
        "date_note": row.get("_date_note", "date from the data"),
    }


# The years a datetime64[ns] column can hold.
_MIN_YEAR, _MAX_YEAR = pd.Timestamp.min.year + 1, pd.Timestamp.max.year - 1


_PARTIAL_DATE = re.compile(
    r"^(?:(?P<month_name>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+)?"
    r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2]))?$",
    re.IGNORECASE,
)


def _partial_date(match: re.Match) -> dict:
    """A year, or a year and month, without the day the date parser would make up."""
    name, number = match.group("month_name"), match.group("month")
    month = int(number) if number else MONTHS[name.lower()] if name else None
    note = "year and month only in the source" if month else "year only in the source"
    return {**_no_date(note), "published_year": int(match.group("year")), "published_month": month}


def _no_date(note: str) -> dict:
    return {
        "published": pd.NaT,
        "published_year": None,
        "published_month": None,
        "published_day": None,
        "published_time": "",
        "date_note": note,
    }


# Zone abbreviations of news dates: RFC 822's (EST ... PDT, as RSS pubDate uses them) and those
# of the main news capitals. Ambiguous ones (IST, CST as China time) are left out.
_ZONES = {
    "UT": "+00:00",
    "WET": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "WEST": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
}
_ZONE_NAME = re.compile(r"(?<![\w+-])(" + "|".join(_ZONES) + r")(?![\w+-])")
# "GMT+3", "UTC+03:00": the offset east of Greenwich (the parser would read POSIX's reverse sign).
_ZONE_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\b")
# "04.03.2021" (17:04): a dotted date is day first, as in Europe and Russia.
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DIGITS_DATE = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}  # 20210303, GDELT's DATE


def _parse_timestamp(raw) -> pd.Timestamp | None:
    try:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            stamp = _numeric_timestamp(raw)
        elif re.fullmatch(r"\d{8,14}(?:\.\d+)?", text := _clean(raw)):  # a number as text (CSV)
            stamp = _numeric_timestamp(float(text) if "." in text else int(text))
        else:
            stamp = pd.Timestamp(_normalise_date(text))
    except (ValueError, TypeError, OverflowError):  # OutOfBoundsDatetime is a ValueError
        return None
    if pd.isna(stamp):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


def _numeric_timestamp(value: float) -> pd.Timestamp:
    """A number as a date: ``20210303`` (or with hours, minutes, seconds: GDELT's ``DATE``),
    else seconds or milliseconds since 1970; NaT for zero or less (a feed's "unknown")."""
    if value <= 0:
        return pd.NaT
    whole = value < 1e15 and value == int(value)
    if whole and (pattern := _DIGITS_DATE.get(len(digits := str(int(value))))):
        stamp = pd.to_datetime(digits, format=pattern, errors="coerce")
        if not pd.isna(stamp) and 1800 <= stamp.year < 2200:
            return stamp
    return pd.Timestamp(value, unit="ms" if abs(value) > 1e11 else "s")


def _normalise_date(text: str) -> str:
    """A date string the parser reads as meant: zone names as offsets, dotted dates day first."""
    text = _ZONE_OFFSET.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", text
    )
    text = _ZONE_NAME.sub(lambda m: _ZONES[m.group(1)], text)
    return _DOTTED_DATE.sub(lambda m: f"{m.group(3)}-{m.group(2):0>2}-{m.group(1):0>2}", text)
