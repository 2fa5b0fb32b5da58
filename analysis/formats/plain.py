"""Plain-text articles (``.txt``, ``.md``): ``analysis.layout`` reads their layout (title,
section and time line, lead, dateline, trailer); this gives it the row of the other formats.

Fields written above the text are read first: a Markdown file's front matter (YAML between
``---`` lines, or TOML between ``+++`` lines, as Jekyll and Hugo write it) and header lines
(``Title: ...``, ``Date: ...``, ``Source: ...``), their title, date, source, author and section
taken as the document's; a Markdown file's markup is reduced to its text.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from analysis.formats.reader import Reader
from analysis.layout import BYLINE_OR_DATE, DATE_IN_TEXT, DATE_UNDER_TITLE, parse_plain_text

# The roles of header fields, by their names in lower case.
_FIELD_ROLES = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "publish_date": "published",
    "pubdate": "published",
    "published_at": "published",
    "source": "agency",
    "publisher": "agency",
    "publication": "agency",
    "agency": "agency",
    "outlet": "agency",
    "author": "author",
    "by": "author",
    "byline": "author",
    "authors": "author",
    "section": "section",
    "category": "section",
    "categories": "section",
    "url": "url",
    "link": "url",
    "dateline": "dateline",
}
_FRONT_MATTER_OPEN = re.compile(r"(---|\+\+\+)[ \t]*\n")
_FRONT_MATTER_MAX = 200_000  # characters
# YAML anchors and aliases: front matter has no need of them, and a few lines of them expand to
# gigabytes when read ("billion laughs")
_YAML_ALIAS = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\[\]{}]")
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z][A-Za-z _-]{0,20}?)[ \t]*:[ \t]*(\S[^\n]{0,300})")
# Each pattern's text excludes its own marks, so a scan from a mark stops at the next one: a
# hostile line of "[[[[" or "****" is read in linear time.
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\n]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\n]{0,500}\)")
_MD_EMPHASIS = re.compile(
    r"\*\*([^*\n]{1,300})\*\*|__([^_\n]{1,300})__|(?<![\w*])\*([^*\n]{1,300})\*(?![\w*])|"
    r"(?<![\w_])_([^_\n]{1,300})_(?![\w_])|`([^`\n]{1,300})`"
)
_MD_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))", re.MULTILINE)


def plain_text_row(text: str, path: Path, reader: Reader) -> list[dict]:
    """The one article of a plain-text file, its layout read by ``analysis.layout``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, text = _header_fields(text, path, reader)
    if path.name.lower().split(".")[-1] in ("md", "markdown") or fields.get("_markdown"):
        text = markdown_text(text)
    if fields.get("title"):
        text = f"{fields['title']}\n\n{text}"  # the title opens the text, as the layout reads it
    text = _byline_and_date(text, fields)
    layout = parse_plain_text(text)
    if not layout.body and not layout.title:
        reader.problem(path, None, "no text after the layout was read", "skipped")
        return []
    body = layout.body
    first, _, rest = body.partition("\n\n")
    if layout.title and " ".join(first.split()) == " ".join(layout.title.split()):
        body = rest  # a Markdown heading that repeats the title
    row = {
        **{name: fields[name] for name in ("author", "url") if fields.get(name)},
        "_path": path,
        "_line": None,
        "_stem": path.name.split(".")[0],
        "title": layout.title,
        "section": fields.get("section") or layout.section,
        "lead": layout.lead,
        "body": body,
        "dateline": fields.get("dateline") or layout.dateline,
        "agency": fields.get("agency") or layout.agency,
    }
    if fields.get("published"):
        row["_published"] = fields["published"]
        if fields.get("date_note"):
            row["_date_note"] = fields["date_note"]
    else:
        row["_date"] = (layout.year, layout.month, layout.day, layout.time)
    return [row]


def _byline_and_date(text: str, fields: dict) -> str:
    """The text without the byline or date lines right under its title ("7 December 2026",
    "2026-12-07", "Date: 07/12/2026", "By Jane Smith | December 7, 2026"), their date and
    author put in ``fields``."""
    title, _, rest = text.lstrip("\n").partition("\n")
    lines = rest.lstrip("\n").split("\n")
    taken = 0
    while taken < min(2, len(lines) - 1) and (date := _line_date(lines[taken].strip())) is not None:
        line = lines[taken].strip()
        if date and not fields.get("published"):
            fields["published"], fields["date_note"] = date, "date from the text"
        if line.lower().startswith("by ") and not fields.get("author"):
            fields["author"] = re.split(r"\s*[|,\u2022\u00b7]\s*", line[3:], maxsplit=1)[0]
        taken += 1
    return f"{title}\n\n" + "\n".join(lines[taken:]).lstrip("\n") if taken else text


def _line_date(line: str) -> str | None:
    """The date of a byline or date line ("" for a byline without one); None for any other
    line."""
    if match := DATE_UNDER_TITLE.fullmatch(line):
        return match.group("numeric") or DATE_IN_TEXT.search(match.group("worded")).group()
    if BYLINE_OR_DATE.fullmatch(line):
        date = DATE_IN_TEXT.search(line)
        return date.group() if date else ""
    return None


def _header_fields(text: str, path: Path, reader: Reader) -> tuple[dict, str]:
    """The fields written above the text, and the text without them: front matter, else two
    or more header lines (or a first ``Title:`` line) before a blank line."""
    text = text.lstrip("\ufeff")
    front = _FRONT_MATTER_OPEN.match(text)
    close = None
    if front:
        mark = re.escape(front.group(1))
        close = re.compile(rf"\n{mark}[ \t]*(?:\n|\Z)").search(text, front.end() - 1)
    if front and close and close.start() <= _FRONT_MATTER_MAX:
        values = _front_matter(front.group(1), text[front.end() : close.start()], path, reader)
        try:
            fields = _by_role(values)
        except ValueError as error:  # str() of an integer of over 4,300 digits (0x<20,000>)
            problem = f"front matter not readable ({error.__class__.__name__})"
            reader.problem(path, None, problem, "text loaded")
            fields = {}
        fields["_markdown"] = True
        return fields, text[close.end() :]
    head, blank, rest = text.lstrip("\n").partition("\n\n")
    lines = head.split("\n")
    matches = [_HEADER_LINE.fullmatch(line) for line in lines]
    if all(matches) and (
        len(lines) >= 2 or (matches[0] and matches[0].group(1).lower() in ("title", "headline"))
    ):
        values = {m.group(1).strip().lower().replace(" ", "_"): m.group(2).strip() for m in matches}
        if all(name in _FIELD_ROLES for name in values):  # not "Exclusive: Oil majors merge"
            return _by_role(values), rest
    return {}, text


def _front_matter(kind: str, block: str, path: Path, reader: Reader) -> dict:
    """The fields of YAML (``---``) or TOML (``+++``) front matter; empty when it cannot be
    read (a problem says so)."""
    if kind == "---" and _YAML_ALIAS.search(block):
        reader.problem(path, None, "front matter with YAML anchors or aliases", "left out")
        return {}
    try:
        if kind == "+++":
            import tomllib

            values = tomllib.loads(block)
        else:
            import yaml

            values = yaml.safe_load(block)
    except Exception as error:  # YAMLError, TOMLDecodeError: the block is left out all the same
        reader.problem(
            path, None, f"front matter not readable ({error.__class__.__name__})", "text loaded"
        )
        return {}
    return values if isinstance(values, dict) else {}


def _by_role(values: dict) -> dict:
    """Header fields by the document field they fill (the first of each role): text, a list of
    texts (joined), and for the date a text or a date; anything else (a number, an object, a
    time of day alone, which would stand for today) is left out."""
    fields: dict = {}
    for name, value in values.items():
        role = _FIELD_ROLES.get(str(name).lower().replace("-", "_"))
        if role is None or role in fields:
            continue
        if role == "published":
            if isinstance(value, str | datetime.date):  # a datetime is a date too
                fields[role] = value
            continue
        if isinstance(value, list):
            value = "; ".join(str(v)[:300] for v in value[:50] if isinstance(v, str | int | float))
        if isinstance(value, str | int | float) and str(value).strip():
            fields[role] = str(value).strip()[:1000]
    return fields


def markdown_text(text: str) -> str:
    """Markdown reduced to its text: headings' and quotes' marks, emphasis, links (their
    words kept) and images (their alt text kept) taken off."""
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_MARKS.sub("", text)
    return _MD_EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)
