"""Text exports of news databases, several articles to a file: Factiva (field codes ``HD``,
``PD``, ``SN``, ``LP``, ``TD``, ``AN`` on lines of their own or before their value) and
LexisNexis (``1 of 25 DOCUMENTS`` before each article, ``BYLINE:``, ``LENGTH:``,
``LOAD-DATE:``) or Nexis Uni (``Body`` before the text, ``End of Document`` after it).

Each article becomes a row as the other formats give it: the headline as title, the
publication date, the source as agency, Factiva's lead paragraph (``LP``) as lead and the rest
(``TD``) as body, the dateline taken off; the database's indexing (companies, subjects,
regions, copyright) is left out of the text and kept as metadata.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.formats.reader import Reader
from analysis.layout import DATE_IN_TEXT, paragraphs, strip_dateline

# Factiva's field codes (the "Full Article/Report plus Indexing" display).
_FACTIVA_CODES = (
    "HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|ART|HLP|CLM"
)
# A code alone on its line, or before its value after spaces (``PD   7 December 2026``).
_FACTIVA_FIELD = re.compile(rf"^[ \t]*({_FACTIVA_CODES})(?:[ \t]*$|[ \t]{{2,}}|\t)", re.MULTILINE)
_FACTIVA_ACCESSION = re.compile(
    r"^[ \t]*(?:AN[ \t]+)?Document[ \t]+([A-Za-z0-9]{15,40})[ \t]*$", re.M
)
_LEXIS_COUNTER = re.compile(r"^[ \t]*(\d{1,6}) of (\d{1,6}) DOCUMENTS?[ \t]*$", re.MULTILINE)
_LEXIS_END = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE)
# LexisNexis's field lines: "BYLINE: By John Doe", "Load-Date: December 7, 2026"
# in capitals (classic) or as Nexis Uni writes them ("Load-Date:"), never as a sentence would
# ("Notes: traders were wary" is text)
_LEXIS_NAMES = (
    "BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|HEADLINE|URL|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|"
    "DOCUMENT-TYPE|GRAPHIC|JOURNAL-CODE|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|COUNTRY|CITY|"
    "STATE|TICKER|INDUSTRY|NOTES|CORRECTION-DATE|DISTRIBUTION|TYPE|ACC-NO"
)
_UNI_NAMES = "Byline|Section|Length|Dateline|Highlight|Load-Date|Language|Publication-Type|Graphic"
_LEXIS_FIELD = re.compile(rf"^[ \t]*({_LEXIS_NAMES}|{_UNI_NAMES}):[ \t]*([^\n]*)$", re.MULTILINE)
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:(?:Copyright|\(c\)|\u00a9)[ \t]*(?:\(c\)|\u00a9)?[ \t]*\d{4}\b[^\n]*|"
    r"All Rights Reserved\.?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# what a Nexis Uni file opens with before its first article: who ran the search, and when
_COVER = re.compile(r"^[ \t]*(?:User Name|Date and Time|Job Number|Documents? \(\d+\)):", re.M)
_COVER_LINES = re.compile(
    r"(?:[ \t]*(?:(?:User Name|Date and Time|Job Number|Client/Matter|Search Terms|Search Type|"
    r"Narrowed by|Content Type|Timeline)\b[^\n]*|Documents? \(\d+\)|\d{1,4}\.[ \t][^\n]*|"
    # the rows of the "Narrowed by" table, each a facet and its value
    r"(?:News Sources|Sources|Language|Publication Type|Geography|Subject|Industry|Company|Person|"
    r"Date):[^\n]*)?\n)*"
)
_BODY_MARK = re.compile(r"^[ \t]*(?:Body|BODY:)[ \t]*$", re.MULTILINE)
# Nexis Uni's sections after an article's text
_UNI_AFTER = re.compile(r"^[ \t]*(?:Graphic|Classification|Notes)[ \t]*$", re.M)
_MAX_PROBLEMS = 20  # articles without text named one by one; more are counted


def export_kind(text: str) -> str | None:
    """``"factiva"`` or ``"lexis"`` when ``text`` is such an export, else None."""
    head = text[:20_000]
    if _FACTIVA_ACCESSION.search(text) and re.search(r"^[ \t]*HD\b", head, re.M):
        codes = {m.group(1) for m in _FACTIVA_FIELD.finditer(head)}
        if {"HD", "PD"} <= codes and codes & {"LP", "TD"}:
            return "factiva"
    if _LEXIS_COUNTER.search(head) and re.search(r"^[ \t]*(?:LENGTH|LOAD-DATE):", text, re.M):
        return "lexis"  # classic: "1 of 25 DOCUMENTS", and its fields in capitals
    if _LEXIS_END.search(text) and re.search(r"^[ \t]*Load-Date:", text, re.M | re.I):
        return "lexis"  # Nexis Uni: "End of Document" after each article's "Load-Date:"
    return None


def export_line(line: str) -> bool:
    """Whether a line is one that an export repeats for each article (``1 of 25 DOCUMENTS``,
    ``End of Document``, ``Load-Date: ...``, a Factiva code): never a page's running head."""
    patterns = (_LEXIS_COUNTER, _LEXIS_END, _LEXIS_FIELD, _FACTIVA_FIELD, _FACTIVA_ACCESSION)
    return any(pattern.match(line) for pattern in patterns)


def export_rows(text: str, path: Path, reader: Reader) -> list[dict]:
    """The articles of a Factiva or LexisNexis export (see ``export_kind``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = export_kind(text)
    found = _factiva(text, path) if kind == "factiva" else _lexis(text, path)
    rows, empty = [], 0
    for row in found:
        if not row["body"] and not row["title"]:
            empty += 1
            if empty <= _MAX_PROBLEMS:
                reader.problem(path, row["_line"], f"a {kind} article without text", "skipped")
            continue
        rows.append(row)
    if empty > _MAX_PROBLEMS:
        more = f"{empty - _MAX_PROBLEMS:,} more {kind} articles without text"
        reader.problem(path, None, more, "skipped")
    if not rows:
        reader.problem(path, None, f"a {kind} export with no article read", "skipped")
    return rows


def _row(path: Path, line: int, **fields) -> dict:
    body, place, agency, _ = strip_dateline("\n\n".join(paragraphs(fields.pop("body", ""))))
    lead = fields.pop("lead", "")
    if lead:  # Factiva's lead paragraph holds the dateline
        lead, place, agency, _ = strip_dateline("\n\n".join(paragraphs(lead)))
    return {
        **fields.pop("meta", {}),
        "_path": path,
        "_line": line,
        "_stem": path.name.split(".")[0],
        "_id": fields.pop("id", ""),
        "title": " ".join(fields.pop("title", "").split()),
        "section": fields.pop("section", ""),
        "lead": lead,
        "body": body,
        "dateline": fields.pop("dateline", "") or place,
        "agency": fields.pop("agency", "") or agency,
        "_published": fields.pop("published", None),
    }


class _Lines:
    """Line numbers of positions asked for in increasing order, counted once (a count from the
    start for each of 100,000 articles would take time that grows with the square)."""

    def __init__(self, text: str) -> None:
        self.text, self.position, self.line = text, 0, 1

    def at(self, position: int) -> int:
        if position >= self.position:
            self.line += self.text.count("\n", self.position, position)
            self.position = position
        return self.line


def _factiva(text: str, path: Path) -> list[dict]:
    """Factiva: each article runs from its ``HD`` to the ``Document`` accession number."""
    rows = []
    fields: dict[str, str] = {}
    start = 0
    lines = _Lines(text)
    matches = list(_FACTIVA_FIELD.finditer(text))
    for i, match in enumerate(matches):
        code = match.group(1)
        value_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : value_end].strip()
        # an article opens with its headline, or with its section before it ("SE Business")
        opens = code == "HD" and "HD" in fields or code == "SE" and "HD" in fields
        if opens or (code == "HD" and fields and "SE" not in fields):
            rows.append(_factiva_row(fields, path, lines.at(start)))
            fields = {}
        if not fields:
            start = match.start()
        if code == "AN" or code == "HD" and _FACTIVA_ACCESSION.search(value):
            accession = _FACTIVA_ACCESSION.search(value)
            if code == "HD":  # no AN code: the accession line ends the headline's value
                value = value[: accession.start()].strip() if accession else value
            fields["AN"] = accession.group(1) if accession else value
        else:
            fields.setdefault(code, value)
    if fields:
        rows.append(_factiva_row(fields, path, lines.at(start)))
    return rows


def _factiva_row(fields: dict[str, str], path: Path, line: int) -> dict:
    accession = _FACTIVA_ACCESSION.search(fields.get("TD", "") or fields.get("LP", ""))
    body = fields.get("TD", "")
    if accession:  # "AN Document ..." inside the text when the AN code was not on its own
        body = body[: accession.start()] if body else body
    body = _COPYRIGHT.sub("", body)  # a copyright line at the end of the text
    published = " ".join(p for p in (fields.get("PD", ""), fields.get("ET", "")) if p)
    byline = fields.get("BY", "")
    meta = {"byline": byline} if byline else {}
    meta.update(
        {f"factiva_{c.lower()}": fields[c] for c in ("CO", "NS", "RE", "IN") if c in fields}
    )
    return _row(
        path,
        line,
        id=fields.get("AN", ""),
        title=fields.get("HD", ""),
        section=fields.get("SE", ""),
        lead=fields.get("LP", "") if body else "",
        body=body or fields.get("LP", ""),
        agency=fields.get("SN", ""),
        published=published or None,
        meta=meta,
    )


def _lexis(text: str, path: Path) -> list[dict]:
    """LexisNexis: articles between ``N of M DOCUMENTS`` lines, or each ended by ``End of
    Document`` (Nexis Uni)."""
    counters = list(_LEXIS_COUNTER.finditer(text))
    if counters:
        bounds = [(m.end(), counters[i + 1].start() if i + 1 < len(counters) else len(text))
                  for i, m in enumerate(counters)]  # fmt: skip
    else:
        starts = [0] + [m.end() for m in _LEXIS_END.finditer(text)]
        ends = [m.start() for m in _LEXIS_END.finditer(text)] + [len(text)]
        bounds = list(zip(starts, ends, strict=True))
    rows = []
    lines = _Lines(text)
    for start, end in bounds:
        chunk = text[start:end]
        if _COVER.search(chunk):  # Nexis Uni's cover: who searched, when, and what was found
            cover = _COVER_LINES.match(chunk)
            start, chunk = start + cover.end(), chunk[cover.end() :]
        if chunk.strip():
            rows.append(_lexis_row(chunk, path, lines.at(start)))
    return rows


def _lexis_row(chunk: str, path: Path, line: int) -> dict:
    """One LexisNexis article. Classic: the publication, date and edition lines, the headline,
    field lines, the text, then field lines again. Nexis Uni: the headline, publication and date
    lines, field lines, ``Body``, the text (a paragraph a line), then field lines again."""
    fields = {m.group(1).upper(): m.group(2).strip() for m in _LEXIS_FIELD.finditer(chunk)}
    body_mark = _BODY_MARK.search(chunk)
    if body_mark:
        head_end, text_start = body_mark.start(), body_mark.end()
    else:
        first = _LEXIS_FIELD.search(chunk)
        head_end = text_start = first.start() if first else 0
        field = first
        while field and not chunk[text_start : field.start()].strip():
            text_start = field.end()  # the block of fields before the text
            field = _LEXIS_FIELD.search(chunk, text_start)
    ends = [
        m.start()
        for m in (
            _LEXIS_FIELD.search(chunk, text_start),
            _COPYRIGHT.search(chunk, text_start),
            _UNI_AFTER.search(chunk, text_start),
        )
        if m
    ]
    text_end = min(ends) if ends else len(chunk)
    head = [
        ln.strip()
        for ln in chunk[:head_end].split("\n")
        if ln.strip() and not _LEXIS_FIELD.match(ln) and not _COPYRIGHT.match(ln)
    ]
    date_at = next((i for i, h in enumerate(head) if DATE_IN_TEXT.search(h)), None)
    published = DATE_IN_TEXT.search(head[date_at]).group() if date_at is not None else None
    rest = [h for i, h in enumerate(head) if i != date_at]
    if body_mark and body_mark.group().strip() == "Body":  # Nexis Uni: headline, publication
        title, source = (rest + ["", ""])[:2]
        body = "\n\n".join(
            ln.strip() for ln in chunk[text_start:text_end].split("\n") if ln.strip()
        )
    else:  # classic: publication, (edition,) headline
        source, title = (rest[0], rest[-1]) if len(rest) > 1 else ("", rest[0] if rest else "")
        body = chunk[text_start:text_end]
    title = fields.get("HEADLINE") or title
    meta = {
        f"lexis_{name.lower().replace('-', '_')}": value
        for name, value in fields.items()
        if name not in ("DATELINE", "SECTION")
    }
    return _row(
        path,
        line,
        title=title,
        section=fields.get("SECTION", ""),
        body=body,
        dateline=fields.get("DATELINE", "").split(",")[0].strip(),
        agency=source,
        published=published or fields.get("LOAD-DATE"),
        meta=meta,
    )
