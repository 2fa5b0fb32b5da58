"""Read a corpus: a file or a folder of news articles, into one documents table.

The only module that reads corpus files. Raw input is never modified. Every problem met on the
way (an encoding guessed, a bad JSON line, a duplicate) is recorded in a ``problems`` table with
the file, the line and what was done, and a bad file never aborts the load.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis.layout import MONTHS, paragraphs, parse_plain_text, strip_dateline, strip_trailer

TEXT_FORMATS = (".txt", ".text", ".md")
ROW_FORMATS = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet")
HTML_FORMATS = (".html", ".htm")
XML_FORMATS = (".xml", ".rss", ".atom")  # RSS <item>s, Atom <entry>s, or <article>/<doc> lists
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
    ),
    "title": ("title", "headline", "head", "heading"),
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
        "time",
    ),
    "id": ("id", "doc_id", "article_id", "guid", "uuid", "url", "link"),
    "lead": ("lead", "summary", "standfirst", "description", "abstract", "dek", "subtitle"),
    "section": ("section", "category", "rubric"),
    "dateline": ("dateline", "place", "location"),
    "agency": ("agency", "source", "publisher", "outlet"),
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
            of articles (``.xml``/``.rss``/``.atom``), or a folder of these.
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
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.name.split(".")[0].lower() in NOTE_NAMES:  # the corpus's README.md, NOTICE
            continue
        suffix = _suffix(path)
        if suffix in TEXT_FORMATS + ROW_FORMATS + HTML_FORMATS + XML_FORMATS:
            yield path
        elif not path.name.lower().endswith(IGNORED_SUFFIXES):
            reader.problem(
                path, None, f"unsupported file type '{path.suffix or path.name}'", "skipped"
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


def _read_text(path: Path, reader: _Reader) -> str | None:
    data = _read_bytes(path, reader)
    if data is None:
        return None
    if not data.strip():
        reader.problem(path, None, "empty file", "skipped")
        return None
    if _looks_binary(data):
        reader.problem(path, None, "binary file, not text", "skipped")
        return None
    text, note = decode(data)
    if note:
        reader.problem(path, None, note, "loaded")
    return text


def _read_file(path: Path, reader: _Reader) -> list[dict]:
    suffix = _suffix(path)
    if (
        suffix not in TEXT_FORMATS + ROW_FORMATS + HTML_FORMATS + XML_FORMATS
    ):  # a file named as the corpus
        reader.problem(path, None, f"unsupported file type '{path.suffix or path.name}'", "skipped")
        return []
    if suffix == ".parquet":
        return _read_parquet(path, reader)
    text = _read_text(path, reader)
    if text is None:
        return []
    if suffix in TEXT_FORMATS:
        return _plain_text_row(text, path, reader)
    if suffix in HTML_FORMATS:
        return _plain_text_row(_html_to_text(text), path, reader)
    if suffix in XML_FORMATS:
        return _xml_items(text, path, reader)
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


def _html_to_text(html: str) -> str:
    """Title and paragraphs of an HTML page as plain text; markup and scripts are dropped."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        blocks = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "title", "article", "section"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.title: list[str] = []
            self.skip = 0
            self.in_title = False

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style", "noscript", "template")
            self.in_title = tag == "title"
            if tag in self.blocks:
                self.parts.append("\n\n")

        def handle_endtag(self, tag):
            self.skip -= tag in ("script", "style", "noscript", "template") and self.skip > 0
            if tag == "title":
                self.in_title = False
            if tag in self.blocks:
                self.parts.append("\n\n")

        def handle_data(self, data):
            if self.skip:
                return
            (self.title if self.in_title else self.parts).append(data)

    parser = _Text()
    parser.feed(html)
    body = "".join(parser.parts)
    title = " ".join("".join(parser.title).split())
    return f"{title}\n\n{body}" if title and not body.strip().startswith(title) else body


def _local_name(tag) -> str:
    return str(tag).rsplit("}", 1)[-1].lower()


def _xml_items(text: str, path: Path, reader: _Reader) -> list[dict]:
    """Articles of an RSS or Atom feed, or of any XML list of <article>/<doc> elements.

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
    items = [element for element in root.iter() if _local_name(element.tag) in _XML_ITEMS]
    if not items:
        reader.problem(path, None, "XML without <item>, <entry> or <article> elements", "skipped")
        return []
    rows = []
    for number, item in enumerate(items, start=1):
        record: dict[str, str] = {}
        for child in item:
            name = _local_name(child.tag)
            value = "".join(child.itertext()).strip() or child.get("href", "")
            if name in _XML_HTML_FIELDS and "<" in value:
                value = _html_to_text(value).strip()
            record.setdefault(name, value)
        if not any(_column([k], "body", reader) for k in record):
            for name in ("description", "summary"):
                if name in record:
                    record["text"] = record.pop(name)
                    break
        rows.extend(_record_row(record, path, number, reader))
    return rows


def _file_rows(path: Path, reader: _Reader) -> Iterator[dict]:
    """The rows of one file; those of a JSON Lines file one line at a time."""
    if _suffix(path) in (".jsonl", ".ndjson"):
        text = _read_text(path, reader)
        if text is not None:
            yield from _json_line_rows(text, path, reader)
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
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        data = lists[0] if lists else [data]
    if not isinstance(data, list):
        reader.problem(path, None, "JSON is neither an object nor a list of objects", "skipped")
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


def _delimited(text: str, path: Path, reader: _Reader, *, delimiter: str) -> list[dict]:
    csv.field_size_limit(2**31 - 1)
    records = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = records.fieldnames or []
    if _column(fields, "body", reader) is None:
        reader.problem(
            path,
            None,
            f"no text column (looked for {_looked_for(reader)}; columns: {', '.join(fields)})",
            "skipped",
        )
        return []
    rows = []
    try:
        for record in records:
            rows.extend(_record_row(record, path, records.line_num, reader))
    except csv.Error as error:
        reader.problem(path, records.line_num, f"CSV error ({error})", "rest of file skipped")
    return rows


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
            (value[k] for k in ("name", "title", "text") if isinstance(value.get(k), str)), None
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
    if roles["body"] is None:
        reader.problem(
            path, number, f"no text field (fields: {', '.join(map(str, fields))})", "skipped"
        )
        return []
    body_paras, _ = strip_trailer(paragraphs(_clean(record[roles["body"]])))
    body = "\n\n".join(body_paras)
    body, place, agency, _ = strip_dateline(body)
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
            "section": _clean(record.get(roles["section"])) if roles["section"] else "",
            "lead": _clean(record.get(roles["lead"])) if roles["lead"] else "",
            "body": body.strip(),
            "dateline": (_clean(record.get(roles["dateline"])) if roles["dateline"] else "")
            or place,
            "agency": (_clean(record.get(roles["agency"])) if roles["agency"] else "") or agency,
            "_published": record.get(roles["published"]) if roles["published"] else None,
        }
    ]


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


def _doc_id(row: dict, reader: _Reader, ids: dict[str, int]) -> str:
    """Stable id: the input's own id, else the file name (and line for row formats)."""
    base = row.get("_id") or (
        row["_stem"] if row["_line"] is None else f"{row['_stem']}:{row['_line']}"
    )
    if row.get("_id") is None and row["_line"] is None and reader.root.is_dir():
        base = Path(reader.name(row["_path"])).with_suffix("").as_posix()
    count = ids.get(base, 0)
    ids[base] = count + 1
    return base if count == 0 else f"{base}#{count + 1}"


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
        "date_note": "date from the data",
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


def _parse_timestamp(raw) -> pd.Timestamp | None:
    try:
        if isinstance(raw, int | float) and not isinstance(raw, bool):  # seconds or ms since 1970
            stamp = pd.Timestamp(raw, unit="ms" if abs(raw) > 1e11 else "s")
        else:
            stamp = pd.Timestamp(_clean(raw))
    except (ValueError, TypeError, OverflowError):  # OutOfBoundsDatetime is a ValueError
        return None
    if pd.isna(stamp):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp
