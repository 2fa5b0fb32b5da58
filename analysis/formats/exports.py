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
from analysis.layout import MONTHS, paragraphs, strip_dateline

# Factiva's field codes (the "Full Article/Report plus Indexing" display).
_FACTIVA_CODES = (
    "HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|ART|HLP"
)
# A code alone on its line, or before its value after spaces (``PD   7 December 2026``).
_FACTIVA_FIELD = re.compile(rf"^[ \t]*({_FACTIVA_CODES})(?:[ \t]*$|[ \t]{{2,}}|\t)", re.MULTILINE)
_FACTIVA_ACCESSION = re.compile(
    r"^[ \t]*(?:AN[ \t]+)?Document[ \t]+([A-Za-z0-9]{15,40})[ \t]*$", re.M
)
_LEXIS_COUNTER = re.compile(r"^[ \t]*(\d{1,6}) of (\d{1,6}) DOCUMENTS?[ \t]*$", re.MULTILINE)
_LEXIS_END = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE)
# LexisNexis's field lines: "BYLINE: By John Doe", "Load-Date: December 7, 2026"
_LEXIS_FIELD = re.compile(
    r"^[ \t]*(BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|URL|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|"
    r"DOCUMENT-TYPE|GRAPHIC|JOURNAL-CODE|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|COUNTRY|CITY|"
    r"STATE|TICKER|INDUSTRY|NOTES|CORRECTION-DATE|DISTRIBUTION|TYPE|ACC-NO|COPYRIGHT)"
    r":[ \t]*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_COPYRIGHT = re.compile(r"^[ \t]*(?:Copyright|\(c\)|\u00a9)\b.*$", re.IGNORECASE | re.MULTILINE)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}})\b",
    re.IGNORECASE,
)


def export_kind(text: str) -> str | None:
    """``"factiva"`` or ``"lexis"`` when ``text`` is such an export, else None."""
    head = text[:20_000]
    if _FACTIVA_ACCESSION.search(text) and len(re.findall(r"^[ \t]*HD\b", head, re.M)):
        codes = {m.group(1) for m in _FACTIVA_FIELD.finditer(head)}
        if {"HD", "PD"} <= codes and codes & {"LP", "TD"}:
            return "factiva"
    if _LEXIS_COUNTER.search(head) or (
        _LEXIS_END.search(text) and re.search(r"^[ \t]*(?:Body|LENGTH:.*)$", head, re.M | re.I)
    ):
        return "lexis"
    return None


def export_rows(text: str, path: Path, reader: Reader) -> list[dict]:
    """The articles of a Factiva or LexisNexis export (see ``export_kind``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = export_kind(text)
    found = _factiva(text, path) if kind == "factiva" else _lexis(text, path)
    rows = []
    for row in found:
        if not row["body"] and not row["title"]:
            reader.problem(path, row["_line"], f"a {kind} article without text", "skipped")
            continue
        rows.append(row)
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


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _factiva(text: str, path: Path) -> list[dict]:
    """Factiva: each article runs from its ``HD`` to the ``Document`` accession number."""
    rows = []
    fields: dict[str, str] = {}
    start = 0
    matches = list(_FACTIVA_FIELD.finditer(text))
    for i, match in enumerate(matches):
        code = match.group(1)
        value_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : value_end].strip()
        if code == "HD" and fields:
            rows.append(_factiva_row(fields, path, _line_of(text, start)))
            fields = {}
        if code == "HD":
            start = match.start()
        if code == "AN" or code == "HD" and _FACTIVA_ACCESSION.search(value):
            accession = _FACTIVA_ACCESSION.search(value)
            if code == "HD":  # no AN code: the accession line ends the headline's value
                value = value[: accession.start()].strip() if accession else value
            fields["AN"] = accession.group(1) if accession else value
        else:
            fields.setdefault(code, value)
    if fields:
        rows.append(_factiva_row(fields, path, _line_of(text, start)))
    return rows


def _factiva_row(fields: dict[str, str], path: Path, line: int) -> dict:
    accession = _FACTIVA_ACCESSION.search(fields.get("TD", "") or fields.get("LP", ""))
    body = fields.get("TD", "")
    if accession:  # "AN Document ..." inside the text when the AN code was not on its own
        body = body[: accession.start()] if body else body
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
    for start, end in bounds:
        chunk = text[start:end]
        if chunk.strip():
            rows.append(_lexis_row(chunk, path, _line_of(text, start)))
    return rows


def _lexis_row(chunk: str, path: Path, line: int) -> dict:
    """One LexisNexis article. Classic: the publication, date and edition lines, the headline,
    field lines, the text, then field lines again. Nexis Uni: the headline, publication and date
    lines, field lines, ``Body``, the text (a paragraph a line), then field lines again."""
    fields = {m.group(1).upper(): m.group(2).strip() for m in _LEXIS_FIELD.finditer(chunk)}
    body_mark = re.search(r"^[ \t]*Body[ \t]*$", chunk, re.MULTILINE)
    if body_mark:
        head_end, text_start = body_mark.start(), body_mark.end()
    else:
        first = _LEXIS_FIELD.search(chunk)
        head_end = text_start = first.start() if first else 0
        field = first
        while field and not chunk[text_start : field.start()].strip():
            text_start = field.end()  # the block of fields before the text
            field = _LEXIS_FIELD.search(chunk, text_start)
    after = _LEXIS_FIELD.search(chunk, text_start)
    copyright_after = _COPYRIGHT.search(chunk, text_start)
    text_end = (
        min(m.start() for m in (after, copyright_after) if m)
        if after or copyright_after
        else len(chunk)
    )
    head = [
        ln.strip()
        for ln in chunk[:head_end].split("\n")
        if ln.strip() and not _LEXIS_FIELD.match(ln) and not _COPYRIGHT.match(ln)
    ]
    date_at = next((i for i, h in enumerate(head) if _DATE.search(h)), None)
    published = _DATE.search(head[date_at]).group() if date_at is not None else None
    rest = [h for i, h in enumerate(head) if i != date_at]
    if body_mark:  # headline, publication
        title, source = (rest + ["", ""])[:2]
        body = "\n\n".join(
            ln.strip() for ln in chunk[text_start:text_end].split("\n") if ln.strip()
        )
    else:  # publication, (edition,) headline
        source, title = (rest[0], rest[-1]) if len(rest) > 1 else ("", rest[0] if rest else "")
        body = chunk[text_start:text_end]
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
