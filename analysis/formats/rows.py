"""Records as articles: JSON Lines, JSON (a list, or the list inside an API response) and
Parquet rows, and the field picking they share with CSV files and feeds: which field is the
text, the title, the date and so on (``COLUMN_VARIANTS``), every other field kept as metadata.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis.formats.artefacts import Cleaned, without_artefacts
from analysis.formats.html import markup_to_text
from analysis.formats.reader import DOCUMENT_COLUMNS, Reader, shown_name
from analysis.layout import paragraphs, strip_dateline, strip_trailer

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
        "content_text",  # JSON Feed
        "content_html",
        "document",  # XSum, Multi-News
        "body_html",
    ),
    "title": (
        "title",
        "headline",
        "headline_text",  # Kaggle's ABC and Times of India headline sets
        "head",
        "heading",
        "web_title",
        "name",
    ),
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
        "lead_paragraph",  # the New York Times' API
        "snippet",
        "short_description",  # HuffPost's News Category Dataset
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
        "publication",  # All the News
        "domain",  # GDELT, HF cc_news
    ),
}


def json_lines(text: str, path: Path, reader: Reader, *, first_line: int = 1) -> list[dict]:
    """The rows of JSON Lines text as a list (``first_line`` is the number of its first line)."""
    return list(json_line_rows(text, path, reader, first_line=first_line))


# JSON may escape half of a surrogate pair on its own ("\ud800"), a code point no UTF-8 text can
# hold: hashing the text, writing Parquet and writing the reports would all fail on it. Only text
# with such an escape is looked through; each lone half becomes U+FFFD, as html.unescape does.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES_REPLACED = "lone UTF-16 surrogate escapes (\\udXXX) replaced with U+FFFD"


def _without_surrogates(value, replaced: list[int]):
    """``value`` with every lone surrogate in its strings (keys included) replaced; the number
    replaced is added to ``replaced[0]``."""
    if isinstance(value, str):
        value, count = _SURROGATE.subn("\ufffd", value)
        replaced[0] += count
        return value
    if isinstance(value, list):
        return [_without_surrogates(item, replaced) for item in value]
    if isinstance(value, dict):
        return {
            _without_surrogates(key, replaced): _without_surrogates(item, replaced)
            for key, item in value.items()
        }
    return value


def _surrogates_replaced(data, raw: str):
    """``data`` parsed from ``raw``, its lone surrogates replaced, and how many there were."""
    if not _SURROGATE_ESCAPE.search(raw):
        return data, 0
    replaced = [0]
    return _without_surrogates(data, replaced), replaced[0]


def json_line_rows(text: str, path: Path, reader: Reader, *, first_line: int = 1) -> Iterator[dict]:
    """The rows of JSON Lines text, a line at a time; a line that is not a JSON object is a
    problem."""
    # Lines end at "\n" only: str.splitlines() would also cut at U+2028 and other separators
    # that JSON allows inside a string.
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record, replaced = _surrogates_replaced(json.loads(line), line)
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
        except ValueError as error:  # a number of more digits than int() reads (4300)
            reader.problem(path, number, _unreadable(error), "line skipped")
            continue
        if replaced:
            reader.problem(path, number, _SURROGATES_REPLACED, "loaded")
        if not isinstance(record, dict):
            reader.problem(
                path, number, f"a JSON {type(record).__name__}, not an object", "line skipped"
            )
            continue
        yield from record_row(record, path, number, reader)


def _unreadable(error: ValueError) -> str:
    """The problem for JSON that parses but cannot be read into Python (int()'s digit limit),
    its message without the advice on raising the limit."""
    return f"JSON not readable ({str(error).split(';')[0]})"


def json_document(text: str, path: Path, reader: Reader) -> list[dict]:
    """The rows of a JSON file: a list of objects, one object, or the list inside an API
    response; JSON Lines saved as ``.json`` is read as JSON Lines."""
    try:
        data, replaced = _surrogates_replaced(json.loads(text), text)
    except json.JSONDecodeError as error:
        if "\n{" in text or text.lstrip().startswith("{"):
            return json_lines(text, path, reader)  # JSON Lines saved as .json
        reader.problem(path, error.lineno, f"not valid JSON ({error.msg})", "skipped")
        return []
    except RecursionError:
        reader.problem(path, None, "JSON nested too deeply to read", "skipped")
        return []
    except ValueError as error:  # a number of more digits than int() reads (4300)
        if "\n{" in text:
            return json_lines(text, path, reader)  # JSON Lines saved as .json: line by line
        reader.problem(path, None, _unreadable(error), "skipped")
        return []
    if replaced:
        reader.problem(path, None, _SURROGATES_REPLACED, "loaded")
    if isinstance(data, dict):
        data = _table_records(data, reader) or _records_in(data) or [data]
    if not isinstance(data, list):
        reader.problem(path, None, "JSON is neither an object nor a list of objects", "skipped")
        return []
    if not data:
        reader.problem(path, None, "an empty JSON list: no records", "skipped")
        return []
    rows = []
    for number, record in enumerate(data, start=1):
        if isinstance(record, dict):
            rows.extend(record_row(record, path, number, reader))
        else:
            reader.problem(
                path, number, f"item is a JSON {type(record).__name__}, not an object", "skipped"
            )
    return rows


def _table_records(data: dict, reader: Reader) -> list | None:
    """The rows of a table written by pandas' ``DataFrame.to_json``: by column (its default,
    ``{"title": {"0": ..., "1": ...}, "text": {...}}``) or by row (``orient="index"``, ``{"0":
    {"title": ..., "text": ...}, ...}``); None for any other object."""
    values = list(data.values())
    if not values or not all(isinstance(v, dict) for v in values):
        return None
    if column(list(data), "body", reader) is not None:  # by column: the text is a column
        index = list(values[0])
        if all(list(v) == index for v in values):
            return [{name: data[name][key] for name in data} for key in index]
        return None
    if all(column(list(v), "body", reader) is not None for v in values):  # by row
        return [{"id": key, **row} if "id" not in row else row for key, row in data.items()]
    return None


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


def read_parquet(path: Path, reader: Reader, *, data: bytes | None = None) -> list[dict]:
    """The rows of a Parquet file, which pandas reads from its path (or from ``data``, the bytes
    of an archive's member); one without a text column is a problem."""
    try:
        frame = pd.read_parquet(path if data is None else io.BytesIO(data))
    except Exception as error:  # pyarrow raises many types for a damaged file
        reader.problem(
            path, None, f"not a readable Parquet file ({error.__class__.__name__})", "skipped"
        )
        return []
    return frame_rows(frame, path, reader)


def read_arrow(path: Path, reader: Reader, *, data: bytes | None = None) -> list[dict]:
    """The rows of an Arrow IPC file: the stream format HuggingFace's ``save_to_disk`` writes
    (``data-00000-of-00001.arrow``), or the file format (Feather v2); read as Parquet is."""
    import pyarrow as pa

    try:
        if data is None:
            with path.open("rb") as handle:
                is_file_format = handle.read(6) == b"ARROW1"  # the file format's magic number
        else:
            is_file_format = data.startswith(b"ARROW1")
        with pa.memory_map(str(path)) if data is None else pa.BufferReader(data) as source:
            opened = pa.ipc.open_file(source) if is_file_format else pa.ipc.open_stream(source)
            table = opened.read_all()
    except Exception as error:  # pyarrow raises many types for a damaged file
        reader.problem(
            path,
            None,
            f"not a readable Arrow file ({error.__class__.__name__})",
            "skipped; export it with Dataset.to_parquet or to_json",
        )
        return []
    return frame_rows(table.to_pandas(), path, reader)


def frame_rows(frame: pd.DataFrame, path: Path, reader: Reader) -> list[dict]:
    """The rows of a table read whole (Parquet, Arrow); one without a text column is a
    problem."""
    if not has_text_field(list(frame.columns), reader):
        reader.problem(
            path,
            None,
            f"no text column (looked for {looked_for(reader)}; columns: {listed(frame.columns)})",
            "skipped",
        )
        return []
    return [
        row
        for number, record in enumerate(frame.to_dict("records"), start=1)
        for row in record_row(record, path, number, reader)
    ]


def listed(names, limit: int = 20) -> str:
    """Names for a problem's message, the first ``limit`` of them: a file of 20,000 columns
    gives a line, not a page."""
    names = list(names)
    more = f" and {len(names) - limit:,} more" if len(names) > limit else ""
    return ", ".join(shown_name(str(name))[:60] for name in names[:limit]) + more


def looked_for(reader: Reader) -> str:
    """The text column names tried: the caller's, or the first common variants."""
    return reader.columns.get("body") or ", ".join(COLUMN_VARIANTS["body"][:4])


def _name_key(name) -> str:
    """A column name compared without case or separators: ``publishedAt`` = ``published_at``."""
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def column(fields: list[str], role: str, reader: Reader) -> str | None:
    """The field that plays ``role`` (``body``, ``title``, ...): the caller's, else the first of
    ``COLUMN_VARIANTS[role]`` among ``fields``, compared without case or separators."""
    if role in reader.columns:
        return reader.columns[role] if reader.columns[role] in fields else None
    return _first_field(fields, COLUMN_VARIANTS[role])


def _first_field(fields: list[str], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` among ``fields``, compared without case or separators."""
    keyed: dict[str, str] = {}
    for field_name in fields:
        keyed.setdefault(_name_key(field_name), field_name)
    return next((keyed[k] for v in names if (k := _name_key(v)) in keyed), None)


_PARAGRAPH = "\n\n"
# MongoDB's extended JSON (mongoexport): {"$date": ...}, {"$oid": ...}, {"$numberLong": ...}
_EXTENDED_JSON = frozenset({"$date", "$oid", "$numberLong", "$numberInt", "$numberDouble"})


def _unwrapped(value):
    """A value of MongoDB's extended JSON as its plain value: ``{"$date": {"$numberLong":
    "1765116000000"}}`` is ``1765116000000`` (epoch milliseconds), ``{"$oid": "5f1"}`` is
    ``"5f1"``; any other value as it is."""
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _EXTENDED_JSON:
        value = next(iter(value.values()))
    return value


def clean(value, *, joiner: str = "; ") -> str:
    """A record's value as text: trimmed, line ends unified; a list joined with ``joiner`` (a
    text's paragraphs with a blank line), an object by its name, a missing value empty."""
    if type(value) is str:  # the common case, first
        return value.replace("\r\n", "\n").strip()
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, list | tuple):
        return joiner.join(map(str, value))
    if isinstance(value, dict):  # e.g. NewsAPI's "source": {"id": "reuters", "name": "Reuters"}
        named = next(
            (value[k] for k in ("name", "main", "title", "text") if isinstance(value.get(k), str)),
            None,
        )
        if named:
            return named.strip()
        try:
            return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        except (TypeError, ValueError, RecursionError):  # keys of two types; an object in itself
            return ""
    return str(value).replace("\r\n", "\n").strip()


def record_row(record: dict, path: Path, number: int, reader: Reader) -> list[dict]:
    """The row of one record (a JSON object, a CSV row, a feed item): its fields picked by role,
    HTML in its text read as HTML, a cut marker and the dateline taken off, the other fields kept
    as metadata."""
    if any(type(value) is dict for value in record.values()):
        record = {name: _unwrapped(value) for name, value in record.items()}
    fields = list(record)
    roles = reader.roles.get(key := tuple(fields))
    if roles is None:  # the records of a file mostly share their fields: decide once
        roles = {role: column(fields, role, reader) for role in COLUMN_VARIANTS}
        if roles["body"] == roles["id"]:
            roles["id"] = None
        reader.roles[key] = roles
    if roles["body"] is None and (inner := _inner_record(record, reader)) is not None:
        return record_row(inner, path, number, reader)  # The Guardian's "fields": {"bodyText"}
    if roles["body"] is None and roles["lead"] is not None and "body" not in reader.columns:
        # No full text, only a summary (a feed's description, the NYT API's lead_paragraph):
        # the summary is the text, and the file says so once.
        text = _first_field(fields, ("lead_paragraph", *COLUMN_VARIANTS["lead"]))
        roles = {**roles, "body": text, "lead": None if text == roles["lead"] else roles["lead"]}
        if (path, "summary") not in reader.noted:
            reader.noted.add((path, "summary"))
            reader.problem(
                path,
                number,
                f"no full-text field; the summary '{roles['body']}' read as the text",
                "loaded",
            )
    if _removed(record, roles):
        reader.problem(
            path,
            number,
            "a NewsAPI placeholder for a removed article (text and title '[Removed]')",
            "skipped",
        )
        return []
    headline_only = roles["body"] is None and _headline_only(roles, reader)
    if headline_only:
        # No text and no summary, only headlines (Kaggle's headline sets, GDELT's article lists,
        # MediaCloud): the title is the text, and the file says so once.
        if (path, "headline") not in reader.noted:
            reader.noted.add((path, "headline"))
            reader.problem(
                path,
                number,
                f"no text or summary field; the title '{roles['title']}' read as the text "
                "(a headline-only corpus)",
                "loaded",
            )
    elif roles["body"] is None:
        reader.problem(path, number, f"no text field (fields: {listed(fields)})", "skipped")
        return []
    given = (
        Cleaned("")
        if headline_only
        else without_artefacts(clean(record[roles["body"]], joiner=_PARAGRAPH))
    )
    raw_body = markup_to_text(given.text) if given.text else ""
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
    title = clean(record.get(roles["title"])) if roles["title"] else ""
    source = clean(record.get(roles["agency"])) if roles["agency"] else ""
    for mark in (" - ", " | ", " \u2013 ", " \u2014 "):  # NewsAPI: "Storm hits coast - BBC News"
        if source and title.endswith(mark + source) and len(title) > len(mark + source):
            title = title[: -len(mark + source)].rstrip()
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
            "_id": clean(record.get(roles["id"])) if roles["id"] else "",
            "title": title,
            "section": _field(record, roles["section"], paragraphed=False),
            "lead": _field(record, roles["lead"]),
            "body": body.strip(),
            "dateline": (clean(record.get(roles["dateline"])) if roles["dateline"] else "")
            or place,
            "agency": source or agency,
            "_published": record.get(roles["published"])
            if roles["published"]
            else given.published or None,  # a Daily Mail header's date
        }
    ]


# NewsAPI keeps a removed article as an item whose every field says "[Removed]" (dated
# 1970-01-01): no article.
_REMOVED = "[Removed]"


def _removed(record: dict, roles: dict) -> bool:
    """Whether a record is NewsAPI's placeholder for a removed article: its text (or summary)
    and its title both ``[Removed]``."""
    text = roles["body"] or roles["lead"]
    return (
        text is not None
        and roles["title"] is not None
        and record.get(text) == _REMOVED
        and record.get(roles["title"]) == _REMOVED
    )


def has_text_field(fields: list[str], reader: Reader) -> bool:
    """Whether records of these fields have a text to read: a text field, else (unless the
    caller named the text column) a summary or a headline read as the text."""
    if column(fields, "body", reader) is not None:
        return True
    if "body" in reader.columns:
        return False
    roles = {role: column(fields, role, reader) for role in ("title", "lead")}
    return roles["lead"] is not None or _headline_only(roles, reader)


def _headline_only(roles: dict, reader: Reader) -> bool:
    """Whether a record without a text or summary field is read by its title: a title field
    named as a headline (``name`` alone names many things that are no article), unless the
    caller named the text column."""
    title = roles["title"]
    return (
        title is not None
        and "body" not in reader.columns
        and ("title" in reader.columns or _name_key(title) != "name")
    )


def _inner_record(record: dict, reader: Reader) -> dict | None:
    """The record with the fields of a nested object that holds the text lifted to the top
    (fields already at the top win); None when no nested object has a text field."""
    for name, value in record.items():
        if isinstance(value, dict) and column(list(value), "body", reader) is not None:
            outer = {k: v for k, v in record.items() if k != name}
            return {**outer, **{k: v for k, v in value.items() if k not in outer}}
    return None


_CUT_MARKER = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars?\]\s*$")
_CUT_MARKER_TAIL = 80


def _field(record: dict, name: str | None, *, paragraphed: bool = True) -> str:
    """A text field of a record as plain text (HTML read as HTML), a trailer taken off a
    paragraphed one (see ``strip_trailer``); empty when there is none."""
    if name is None:
        return ""
    text = markup_to_text(clean(record.get(name), joiner=_PARAGRAPH), paragraphed=paragraphed)
    if paragraphed and text:
        text = _PARAGRAPH.join(strip_trailer(paragraphs(text))[0])
    return text


def _meta_name(name) -> str:
    """A metadata column's name; ``<name>_source`` when a document column has that name."""
    name = str(name)
    if name.startswith("_"):
        return f"source{name}"
    return f"{name}_source" if name in DOCUMENT_COLUMNS else name
