"""WARC web archives (CC-News, Common Crawl), plain or gzipped: each HTML response record is
read as an ``.html`` page is. A crawl's file can be a gigabyte, so this reader is given the
file's path and reads it record by record, rather than being given its bytes.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from analysis.formats.encoding import charset, decode, is_utf8, meta_charset
from analysis.formats.html import html_row
from analysis.formats.reader import Reader

_WARC_LINE = 1 << 16  # longest header line read as one
_WARC_HEADERS = 500  # most header lines in one record
_WARC_MAX_PAYLOAD = 64 << 20  # most bytes a compressed HTTP payload is inflated to
# Most bytes of a response record held to read it as a page: news pages are well under a few
# megabytes; a record claiming more (a video, a bomb in a .warc.gz) is passed over, and reported.
_WARC_MAX_RECORD = 64 << 20


class _WarcError(Exception):
    """The file stops being WARC at a record: the records after it cannot be found."""

    def __init__(self, number: int, problem: str) -> None:
        super().__init__(problem)
        self.number = number


def warc_rows(path: Path, reader: Reader, *, data: bytes | None = None) -> Iterator[dict]:
    """The articles of a WARC file: each ``response`` record whose HTTP payload is an HTML page,
    read as an ``.html`` file is (article, meta tags, JSON-LD). The line of a document or a
    problem is its record's number in the file (the warcinfo record is 1).

    Request, metadata, warcinfo and other records are not articles and are passed over; a
    response that is not HTML, not a success, or holds no text is a problem naming its address.
    Records are read one at a time, so a crawl's gigabyte file is never held whole; ``data``
    is the file's bytes when it is a member of an archive, not a file on disk.
    """
    compressed = path.name.lower().endswith(".gz")
    number = responses = 0
    try:
        with _opened(path, data, compressed=compressed) as handle:
            for number, headers, block in _warc_records(handle):
                if block is None:
                    continue
                responses += 1
                if int(headers["content-length"]) > _WARC_MAX_RECORD:
                    uri = headers.get("warc-target-uri", "").strip("<>")
                    reader.problem(
                        path,
                        number,
                        f"a response of {int(headers['content-length']):,} bytes, over "
                        f"{_WARC_MAX_RECORD >> 20} MB: not read as a page ({uri})",
                        "record skipped",
                    )
                    continue
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


def _opened(path: Path, data: bytes | None, *, compressed: bool):
    """The WARC file's bytes as a stream, inflated as they are read when it is gzipped."""
    if data is None:
        return gzip.open(path, "rb") if compressed else path.open("rb")
    return gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") if compressed else io.BytesIO(data)


def _warc_records(handle) -> Iterator[tuple[int, dict[str, str], bytes | None]]:
    """``(number, headers, block)`` per WARC record; the block only of ``response`` records
    (the others' bytes, and those of a response over ``_WARC_MAX_RECORD``, are passed over
    unread into memory). Header names are lower case."""
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
        # an oversized response is passed over unread into memory (its block given as b"")
        block, complete = _read_block(
            handle, int(length), keep=wanted and int(length) <= _WARC_MAX_RECORD
        )
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
    headers: dict[str, str], block: bytes, path: Path, number: int, reader: Reader
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
        rows = html_row(html, path, reader)  # its "no text" problem is replaced below
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
    payload: bytes, content_type: str, path: Path, number: int, where: str, reader: Reader
) -> str:
    """A page's text in the charset its Content-Type names, else UTF-8, else the charset of its
    meta tag, else decoded as files are (the encoding guessed, and reported)."""
    named = content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")
    if named and (codec := charset(named)):  # an unknown name, or "hex", is passed over
        return payload.decode(codec, errors="replace")
    if (codec := meta_charset(payload)) and not is_utf8(payload):  # the page's <meta charset>
        return payload.decode(codec, errors="replace")
    text, note = decode(payload)
    if note:
        reader.problem(path, number, f"{note}{where}", "loaded")
    return text
