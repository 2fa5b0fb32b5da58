"""Plain-text articles (``.txt``, ``.md``): ``analysis.layout`` reads their layout (title,
section and time line, lead, dateline, trailer); this gives it the row of the other formats.
"""

from __future__ import annotations

from pathlib import Path

from analysis.formats.reader import Reader
from analysis.layout import parse_plain_text


def plain_text_row(text: str, path: Path, reader: Reader) -> list[dict]:
    """The one article of a plain-text file, its layout read by ``analysis.layout``."""
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
