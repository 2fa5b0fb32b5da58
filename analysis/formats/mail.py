"""E-mail: one message (``.eml``: a newsletter or a Google Alert saved from a mail program) or a
mailbox of many (``.mbox``: Thunderbird, Gmail's Takeout), each message a document.

Read with the standard library's ``email`` package (``policy.default``, each header cut at
``HEADER_MAX`` characters before it is parsed): the title is the
Subject, the date the Date header, the sender's name the agency; the text is the message's
plain-text body, else its HTML body read as a feed's HTML is. Quoted-printable and base64 are
undone and the charset the part names is decoded (a charset that is no encoding of text is
not used: the bytes are decoded as a file's are). Attachments are not read, and a problem row
says which were left; a signature (after a ``-- `` line) is left out.
"""

from __future__ import annotations

import email
import re
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from analysis.formats.encoding import charset, decode
from analysis.formats.html import html_fragment_text
from analysis.formats.reader import Reader
from analysis.layout import paragraphs

# A message of a mailbox starts at a line "From ..." at the top or after a blank line (mboxrd
# and mboxo quote a "From " line of a body as ">From "; a blank line before one that was not
# quoted keeps it in its message all the same if it is not at a paragraph's start).
_MBOX_FROM = re.compile(rb"(?:\A|(?<=\n\n)|(?<=\n\r\n))From [^\n]*\n")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_SIGNATURE = re.compile(r"\n-- ?\n")
_SHOWN_ATTACHMENTS = 5
# The longest header value read: no Subject, address list or Content-Type of a real message is
# near it, and policy.default's header parser takes time that grows with the square of a long
# one (a Subject of 100,000 encoded words took minutes).
HEADER_MAX = 4096


class _Policy(EmailPolicy):
    """``policy.default``, each header value cut at ``HEADER_MAX`` characters before it is
    parsed (in every part of the message: the policy is theirs too)."""

    def header_fetch_parse(self, name, value):
        return super().header_fetch_parse(name, value[:HEADER_MAX])


_POLICY = _Policy()


def eml_rows(data: bytes, path: Path, reader: Reader) -> list[dict]:
    """The one message of an ``.eml`` file."""
    return _message_rows(data, path, None, reader)


def mbox_rows(data: bytes, path: Path, reader: Reader) -> list[dict]:
    """The messages of a mailbox, each a document numbered by the line of its ``From `` line;
    a message that cannot be read is a problem on that line, and the others are read."""
    starts = list(_MBOX_FROM.finditer(data))
    if not starts:
        reader.problem(path, None, "a mailbox without messages (no 'From ' line)", "skipped")
        return []
    rows, line, counted = [], 1, 0
    for number, start in enumerate(starts):
        line += data.count(b"\n", counted, start.start())
        counted = start.start()
        end = starts[number + 1].start() if number + 1 < len(starts) else len(data)
        message = _QUOTED_FROM.sub(rb"\1", data[start.end() : end])
        try:
            rows.extend(_message_rows(message, path, line, reader))
        except Exception as error:  # the email package's error on a broken message: it alone
            problem = f"e-mail cannot be read ({error.__class__.__name__}: {str(error)[:200]})"
            reader.problem(path, line, problem, "skipped")
    return rows


def _message_rows(data: bytes, path: Path, line: int | None, reader: Reader) -> list[dict]:
    message = email.message_from_bytes(data, policy=_POLICY)
    subject = _header(message, "subject")
    sender = _header(message, "from")
    name, address = parseaddr(sender)
    body = _body(message, path, line, reader)
    attachments = [part.get_filename() or part.get_content_type() for part in message.walk()
                   if part.is_attachment()]  # fmt: skip
    if not body and not subject:
        reader.problem(path, line, _without_text(attachments), "skipped")
        return []
    if attachments:
        shown = ", ".join(attachments[:_SHOWN_ATTACHMENTS])
        more = (
            f" and {len(attachments) - _SHOWN_ATTACHMENTS} more"
            if len(attachments) > _SHOWN_ATTACHMENTS
            else ""
        )
        count = f"{len(attachments)} attachment{'s' * (len(attachments) > 1)}"
        reader.problem(
            path, line, f"e-mail with {count} ({shown}{more}), not read", "its text loaded"
        )
    meta = {"sender": sender, "message_id": _header(message, "message-id").strip("<>")}
    return [
        {
            **{key: value for key, value in meta.items() if value},
            "_path": path,
            "_line": line,
            "_stem": path.name.split(".")[0],
            "title": subject,
            "section": "",
            "lead": "",
            "body": body,
            "dateline": "",
            "agency": " ".join(name.split()) or address,
            "_published": _date(_header(message, "date")),
        }
    ]


def _without_text(attachments: list[str]) -> str:
    if not attachments:
        return "e-mail without text (no subject, no text part)"
    return f"e-mail without text: its {len(attachments)} attachment(s) not read"


def _header(message: EmailMessage, name: str) -> str:
    """A header's value, its encoded words decoded and its lines unfolded; "" when absent. A
    value the email package's parser fails on (an address list cut short) is taken as sent."""
    try:
        value = message.get(name)
    except Exception:  # IndexError, AttributeError: the parser's own errors on a broken header
        raw = next((raw for key, raw in message.raw_items() if key.lower() == name), None)
        value = raw[:HEADER_MAX] if raw is not None else None
    return " ".join(str(value).split()) if value is not None else ""


def _date(value: str) -> str | None:
    """The Date header as an ISO date with its offset (read as other dates are: in UTC); as
    given when it is not an RFC 5322 date, so that the problem shows it."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def _body(message: EmailMessage, path: Path, line: int | None, reader: Reader) -> str:
    """The message's text: its plain-text body, else its HTML body's text; "" without one."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    payload = part.get_payload(decode=True) or b""
    named = part.get_content_charset()
    codec = charset(named) if named else None
    if codec:
        text = payload.decode(codec, errors="replace")
    else:
        text, note = decode(payload)
        if note:
            reader.problem(path, line, f"e-mail text {note}", "loaded")
    if part.get_content_type() == "text/html":
        return html_fragment_text(text)
    text = text.replace("\r\n", "\n")
    if str(part.get_param("format", "")).lower() == "flowed":
        text = _unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    text = _SIGNATURE.split(text, maxsplit=1)[0]
    return "\n\n".join(paragraphs(text))


def _unflowed(text: str, *, delsp: bool) -> str:
    """Text sent as ``format=flowed`` (RFC 3676): a line ending in a space goes on in the next
    (the space taken off with ``delsp=yes``); space-stuffing taken off."""
    lines = [line[1:] if line.startswith(" ") else line for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith(" ") and out[-1] != "-- ":
            out[-1] = (out[-1][:-1] if delsp else out[-1]) + line
        else:
            out.append(line)
    return "\n".join(out)
