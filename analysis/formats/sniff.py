"""A file's format from its first bytes, for a file whose name gives none: no extension (a page
saved by wget, a member of an archive) or one no format is known by (``.dat``, ``.story``).

Signatures first (PDF, zip, RTF, WARC, Parquet, Arrow, tar, gzipped tar), then, for text, its opening: a
WebVTT or SRT subtitle file, a mailbox or one e-mail (header lines such as ``From:`` and
``Received:``), JSON, HTML or XML (news XML, RSS and Atom alike), Reuters-21578 SGML; any other
text is plain text. Bytes that are no text and no format read give None.
"""

from __future__ import annotations

import contextlib
import re
import zlib

from analysis.formats.encoding import SNIFF_BYTES, decode, looks_binary

# The signatures of the binary formats read, and what each is.
_SIGNATURES = (
    (b"PK\x03\x04", ".zip"),
    (b"PK\x05\x06", ".zip"),  # an empty zip
    (b"WARC/", ".warc"),
    (b"PAR1", ".parquet"),
    (b"ARROW1", ".arrow"),
)
_PDF_REACH = 1024  # PDF readers look for %PDF- this far in
_TAR_MAGIC = (257, b"ustar")  # POSIX and GNU tar
_SUBTITLE_CUE = re.compile(
    r"\d+[ \t]*\n[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->", re.ASCII
)
# An mbox message's separator line: "From sender Wed Jan 17 14:02:45 2024" (Thunderbird writes
# "From - ..."), then the message's first header line.
_MBOX_START = re.compile(
    r"From \S{1,200} [^\n]{0,200}?\d{1,2}:\d\d[^\n]{0,200}\n[\x21-\x39\x3b-\x7e]{1,60}:"
)
_HEADER_LINE = re.compile(r"([\x21-\x39\x3b-\x7e]{1,60}):[^\n]*")
# An e-mail's header names; a block of header lines is an e-mail's when it names its sender or
# its route, and one more of these.
_MAIL_SENDER = frozenset({"from", "received", "return-path", "delivered-to", "sender"})
_MAIL_HEADERS = frozenset(
    {"subject", "to", "date", "message-id", "mime-version", "content-type", "x-mailer", "cc"}
    | {"reply-to", "dkim-signature", "list-unsubscribe", "x-google-smtp-source"}
)
# What comes before the first element (an XML declaration, comments, white space), read without
# going back (possessive): a head of many comments is read once.
_MARKUP_START = re.compile(
    r"(?:<\?xml[^>]{0,300}\?>|<!--(?:(?!-->).){0,2000}-->|\s)*+<(!DOCTYPE\s+)?([A-Za-z][\w:.-]{0,40})",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ELEMENTS = frozenset(
    "html head body div p meta title article section span table h1 h2 h3 h4 h5 h6 main header "
    "nav link script style a br img ul ol li figure form".split()
)


def content_format(data: bytes) -> str | None:
    """The format ``data`` shows by its opening, as a suffix of the formats read (``.html``,
    ``.eml``, ``.txt``, ...; ``.zip`` for any zip: see ``archives.zip_kind``), or None for
    binary data of no format read."""
    head = data[:SNIFF_BYTES]
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if b"%PDF-" in head[:_PDF_REACH]:
        return ".pdf"
    if _is_tar(head):
        return ".tar"
    if head.startswith(b"\x1f\x8b"):  # gzip: a tar archive's, else of no format known
        with contextlib.suppress(zlib.error):
            if _is_tar(zlib.decompressobj(31).decompress(head, 1024)):
                return ".tgz"
        return None
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{\\rtf"):
        return ".rtf"
    if looks_binary(head):
        return None
    return _text_format(decode(head)[0].lstrip("\ufeff \t\r\n").replace("\r\n", "\n"))


def _is_tar(head: bytes) -> bool:
    start, magic = _TAR_MAGIC
    return head[start : start + len(magic)] == magic


def _text_format(text: str) -> str:
    """The format of text by its opening (see ``content_format``)."""
    if text.startswith("WEBVTT") and text[6:7] in ("", " ", "\t", "\n"):
        return ".vtt"
    if _SUBTITLE_CUE.match(text):
        return ".srt"
    if _MBOX_START.match(text):
        return ".mbox"
    if _mail_headers(text):
        return ".eml"
    if text.startswith(("{", "[")):
        return ".json"  # a JSON document, or JSON Lines: the JSON reader reads both
    if markup := _MARKUP_START.match(text):
        doctype, root = markup.group(1), markup.group(2).lower()
        if root == "reuters" or doctype and root == "lewis":  # Reuters-21578
            return ".sgm"
        return ".html" if root in _HTML_ELEMENTS else ".xml"
    return ".txt"


def _mail_headers(text: str) -> bool:
    """Whether ``text`` opens with an e-mail's header lines (continued lines allowed) up to a
    blank line: one naming its sender or route (``From:``, ``Received:``) and another."""
    names = set()
    for line in text.split("\n", 200)[:200]:
        if not line.strip():
            break
        if line[0] in " \t" and names:  # a header continued
            continue
        header = _HEADER_LINE.fullmatch(line)
        if header is None:
            return False
        names.add(header.group(1).lower())
    return bool(names & _MAIL_SENDER) and len(names & (_MAIL_SENDER | _MAIL_HEADERS)) >= 2
