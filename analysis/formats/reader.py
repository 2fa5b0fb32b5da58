"""What every format reader shares: the ``Reader`` that records each problem against the file
as the corpus names it (and holds the caller's year and column names), the documents table's
columns, and the row of one article read from a news format (NITF, RCV1, NewsML-G2,
Reuters-21578), its dateline and ``Read more`` line taken off as for the other formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from analysis.layout import MONTHS, strip_dateline, strip_trailer

DOCUMENT_COLUMNS = [
    "doc_id",
    "path",
    "line",
    "title",
    "section",
    "published",
    "published_year",
    "published_month",
    "published_day",
    "published_time",
    "date_note",
    "dateline",
    "agency",
    "lead",
    "body",
    "text",
    "n_chars",
    "sha256",
]


# Rows of one kind of problem (the first two words, and the action) listed for one file.
MAX_PROBLEMS_OF_A_KIND = 100


@dataclass
class Reader:
    """What the readers of one corpus share: its root, the year for dates given without one, the
    caller's column names, the problems found, and the roles of each set of record fields."""

    root: Path
    year: int | None
    columns: dict[str, str]
    problems: list[dict] = field(default_factory=list)
    roles: dict[tuple, dict[str, str | None]] = field(default_factory=dict)  # by record fields
    noted: set[tuple] = field(default_factory=set)  # (path, what): problems said once per file
    # The metadata fields made columns, in the order met (at most MAX_EXTRA_COLUMNS), and those
    # left out of the file being read: its problem row, and the names.
    extra_columns: dict[str, None] = field(default_factory=dict)
    left_out: tuple[str, dict, dict] | None = None

    # Problems of one kind counted for the file being read, and its summary rows.
    _kinds: dict[tuple[str, str], list] = field(default_factory=dict, repr=False)
    _kinds_path: str | None = field(default=None, repr=False)
    _last: tuple = field(default=(None, None), repr=False)

    def problem(self, path: Path, line: int | None, problem: str, action: str) -> None:
        """Record a problem; past ``MAX_PROBLEMS_OF_A_KIND`` of one kind in a file (10 MB of bad
        lines gave 5 million rows), one summary row counts the rest."""
        if path is not self._last[0]:  # the same file's problems one after another: named once
            self._last = (path, self.name(path))
        name = self._last[1]
        if name != self._kinds_path:
            self._kinds.clear()
            self._kinds_path = name
        kind = (" ".join(problem.split()[:2]), action)
        seen = self._kinds.setdefault(kind, [0, None])
        seen[0] += 1
        if seen[0] <= MAX_PROBLEMS_OF_A_KIND:
            self.problems.append({"path": name, "line": line, "problem": problem, "action": action})
            return
        more = seen[0] - MAX_PROBLEMS_OF_A_KIND
        if seen[1] is None:
            seen[1] = {"path": name, "line": None, "problem": "", "action": action}
            self.problems.append(seen[1])
        seen[1]["problem"] = f"and {more:,} more like this ({kind[0]} ...), not listed"

    @cached_property
    def root_is_file(self) -> bool:
        return self.root.is_file()

    def name(self, path: Path) -> str:
        """A file as the corpus names it: from the corpus folder, or the file's name alone;
        a member of an archive after its archive's (``news.zip/2024/story.txt``)."""
        if self.root_is_file:
            if path != self.root and path.is_relative_to(self.root):  # in the archive read
                return shown_name(Path(self.root.name, path.relative_to(self.root)).as_posix())
            return shown_name(path.name)
        return shown_name(path.relative_to(self.root).as_posix())


# Python names a file whose name is not UTF-8 with a lone surrogate for each byte that is not
# (U+DC80-U+DCFF), which no UTF-8 text can hold: the documents table could not be written.
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown_name(name: str) -> str:
    """A file's name as text: each byte of it that is not UTF-8 shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", name)


def dateline_place(dateline: str) -> str:
    """The place of a dateline: ``SALVADOR, Feb 26 -`` (Reuters-21578), ``WASHINGTON, Jan. 1``
    (NYT), ``MEXICO CITY 1996-08-20`` (RCV1) give the place alone."""
    words = " ".join(dateline.split()).rstrip(" -:\u2013\u2014").split(" ")
    if len(words) > 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", words[-1]):
        words = words[:-1]
    value = " ".join(words)
    head, comma, tail = value.rpartition(",")
    first = tail.split()[0].rstrip(".").lower() if tail.split() else ""
    return head.strip() if comma and first in MONTHS else value


def news_row(
    path: Path,
    number: int | None,
    reader: Reader,
    *,
    kind: str,
    doc_id: str,
    title: str,
    paras: list[str],
    published: str,
    lead: str = "",
    dateline: str = "",
    agency: str = "",
    section: str = "",
    meta: dict[str, str] | None = None,
) -> list[dict]:
    """The row of one article read from a news format; a dateline or ``Read more`` line at the
    body's edges is taken off as for other formats. An article without text is a problem."""
    paras, _ = strip_trailer([p for p in paras if p])
    body, place, found_agency, _ = strip_dateline("\n\n".join(paras))
    if not body.strip() and not title:
        reader.problem(path, number, f"{kind} article without text", "skipped")
        return []
    row = {
        **{name: value for name, value in (meta or {}).items() if value},
        "_path": path,
        "_line": number,
        "_stem": path.name.split(".")[0],
        "title": title,
        "section": section,
        "lead": lead,
        "body": body.strip(),
        "dateline": dateline or place,
        "agency": agency or found_agency,
        "_published": published or None,
    }
    if doc_id:  # else the file's name (and item number) is the id, as for other formats
        row["_id"] = doc_id
    return [row]
