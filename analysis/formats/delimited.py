"""CSV and TSV files, comma-, semicolon-, tab- or pipe-separated, a file without a header row
(AG News) among them; each row is then read as a record (``rows``). A quotation mark never
closed or a row of the wrong width is reported, not fatal.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from analysis.formats.reader import Reader
from analysis.formats.rows import (
    COLUMN_VARIANTS,
    column,
    has_text_field,
    listed,
    looked_for,
    record_row,
)


def delimited(text: str, path: Path, reader: Reader, *, delimiter: str) -> list[dict]:
    """The rows of a CSV or TSV file, its delimiter found in the header line (``delimiter`` is
    the suffix's); a file without a header row is read as data when one column holds long text."""
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

    excel = _EXCEL_SEPARATOR.match(text)
    if excel:  # Excel's "sep=;" line names the delimiter, before the header
        text = text[excel.end() :]  # a blank first line, so line numbers stay
        delimiter = excel.group(1)
    else:
        delimiter = _sniff_delimiter(text, delimiter)
    records = csv.DictReader(lines(), delimiter=delimiter)
    fields = records.fieldnames or []
    if column(fields, "body", reader) is None and _names_no_field(fields, reader):
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
                f"article, and columns {listed(long)} all hold long text",
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
    if not has_text_field(fields, reader):
        reader.problem(
            path,
            None,
            f"no text column (looked for {looked_for(reader)}; columns: {listed(fields)})",
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
            rows.extend(record_row(record, path, number, reader))
    except csv.Error as error:
        reader.problem(path, records.line_num, f"CSV error ({error})", "rest of file skipped")
    if not seen:
        reader.problem(path, None, "no rows under the header", "skipped")
    return rows


def _names_no_field(fields: list[str], reader: Reader) -> bool:
    """Whether no cell of a header row names a field the loader knows (nor the caller's)."""
    return (
        bool(fields)
        and not reader.columns
        and not any(column(fields, role, reader) for role in COLUMN_VARIANTS)
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


# The first line "sep=;" of a CSV file that Excel writes or reads names its delimiter.
_EXCEL_SEPARATOR = re.compile(r'[ \t]*"?sep=([^\r\n"])"?[ \t]*(?=\r?\n)')


def _sniff_delimiter(text: str, default: str) -> str:
    """The header line's delimiter: ``,`` ``;`` tab or ``|``, whichever it has most of outside
    quotes (a spreadsheet set to a European locale writes ``;``); the suffix's when none."""
    header = re.sub(r'"[^"]*"', "", re.split(r"[\r\n]", text.lstrip("\r\n"), maxsplit=1)[0])
    counts = {d: header.count(d) for d in (default, ",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[default] else default


def _ragged_row(record: dict, expected: int, path: Path, number: int, reader: Reader) -> None:
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
