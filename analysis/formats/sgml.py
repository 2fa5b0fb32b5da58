"""Reuters-21578: SGML files of many <REUTERS> articles each. They are not XML (no root element,
control characters, unescaped ``&``), so each article is found and read where it stands,
without an XML parser.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.formats.reader import Reader, dateline_place, news_row

# The entities of Reuters-21578's text: &lt; &amp; and character numbers, &#2; and &#3; among
# them (the wire's start and end of text), which are dropped with other control characters.
_SGML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#(\d{1,7}));")
_SGML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_SGML_ATTRIBUTE = re.compile(r'([A-Za-z]{1,20})="([^"<>]{0,200})"')


def _sgml_char(match: re.Match) -> str:
    if match.group(1):
        return _SGML_NAMED[match.group(1)]
    code = int(match.group(2))
    if 0xD800 <= code <= 0xDFFF:  # half a surrogate pair: no character (as html.unescape reads it)
        return "\ufffd"
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


def reuters_sgml(text: str, path: Path, reader: Reader) -> list[dict]:
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


def _reuters_row(record: str, path: Path, line: int, reader: Reader) -> list[dict]:
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
    return news_row(
        path,
        line,
        reader,
        kind="Reuters-21578",
        doc_id=attributes.get("NEWID", ""),
        title=" ".join(_sgml_text(title or "").split()),
        paras=_reflow(_sgml_text(body or "")),
        published=" ".join(_sgml_text(_sgml_element(record, "DATE") or "").split()),
        dateline=dateline_place(_sgml_text(_sgml_element(text_open, "DATELINE") or "")),
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
