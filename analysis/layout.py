"""Recognise the layout of a news article: title, section and time line, lead, dateline, trailer.

Pure text in, fields out; the loader (``analysis.corpus``) decides what to do with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"

# "World February 14, 8:04", "Business March 3, 2024, 17:45", "Politics 14 February 2024, 08:04"
_SECTION_LINE_MAX = 120
_SECTION_LINE = re.compile(
    r"^(?P<section>[A-Z][\w &/,'\-]{0,40}?)\s+"
    r"(?:"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+"
    + _MONTH.replace("month", "month2")
    + r")"
    r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?:,?\s+(?P<time>\d{1,2}:\d{2}))?\s*$",
    re.IGNORECASE,
)

# Datelines at the start of a body:
#   TASS:      "TOKYO, February 14. /TASS/. "
#   Reuters:   "MOSCOW, March 3 (Reuters) - ", "LONDON, 3 March (Reuters) - "
#   AP:        "WASHINGTON (AP) — "
#   Interfax:  "MOSCOW. March 3 (Interfax) - "
#   Bloomberg: "(Bloomberg) -- " (no place)
# A bracketed agency is capitalised and followed by a dash, so that a transcript's
# "VLADIMIR PUTIN (retranslated): " or "LNG (liquefied natural gas) - " is left alone.
_AGENCY_PAREN = (
    r"\((?P<{name}>[A-Z][\w\-]{{0,20}}(?: [A-Z][\w\-]{{0,20}})?)\)\s*(?:-{{1,2}}|[\u2013\u2014])"
)
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)"
    r"(?:[,.]\s*(?:"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+"
    + _MONTH.replace("month", "month2")
    + r")(?:,\s*(?P<year>\d{4}))?)?"
    r"(?:\.?\s*/(?P<agency_slash>[A-Za-z][\w\-]{0,20})/\s*(?:\.|-{1,2}|[\u2013\u2014])?"
    r"|\s*" + _AGENCY_PAREN.format(name="agency_paren") + r")"
    r"|" + _AGENCY_PAREN.format(name="agency_only") + r")\s*",
)
# A byline or a date line before the story: "By Jane Doe, BBC News", "7 December 2026",
# "By Al Green | December 7, 2026", "Published: 7 December 2026"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_LINE = (
    rf"(?:(?:published|updated|posted)(?: on)?:?\s*)?(?:\w+day,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?)\s+\d{{4}}"
    r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
)
# A date line under a plain text's title written in numbers or after "Date:": "2024-01-19",
# "2024-01-19 10:45", "19/01/2024" (its order as the file's other slash dates tell), "Date: 19
# January 2024". The whole line is the date: "2024-01-19 was the day..." is a sentence.
_NUMERIC_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:,?\s+\d{1,2}:\d\d)?"
)
DATE_UNDER_TITLE = re.compile(
    rf"(?:(?:date|dated|published|updated|posted)(?: on)?[ \t]{{0,5}}:?[ \t]{{0,5}})?"
    rf"(?P<numeric>{_NUMERIC_DATE})|(?:date|dated)[ \t]{{0,5}}:[ \t]{{0,5}}(?P<worded>{DATE_LINE})",
    re.IGNORECASE,
)
# a byline names a person in capitals, with no day or month ("By Tuesday, traders had sold" is a
# sentence), and ends with no full stop
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|Then|Now|Contrast|"
    r"Comparison|Law|Far|Default)\b)"
)
# a date written anywhere in a line: "Published: 7 December 2026", "December 7, 2026 Monday"
DATE_IN_TEXT = re.compile(DATE_LINE, re.IGNORECASE)
BYLINE_OR_DATE = re.compile(
    rf"(?:(?i:by)\s+{_NOT_A_NAME}[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,3}}"
    rf"(?:\s+(?i:and)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}})?"
    rf"(?:\s*[,|\u2022\u00b7-]\s*[^\n]{{0,60}}[^.\n])?|(?i:{DATE_LINE}))"
)


_TRAILER = re.compile(
    r"^\s*(?:(?:read more(?: on the site)?|continue reading)\s*[\u2192>»]*|"
    # WordPress feeds: "The post Council approves new park appeared first on Springfield Gazette."
    r"The post [^\n]{1,300} appeared first on [^\n]{1,120})\s*$",
    re.I,
)


@dataclass(frozen=True)
class Layout:
    """Fields recognised in one article's plain text."""

    title: str = ""
    section: str = ""
    month: int | None = None
    day: int | None = None
    year: int | None = None
    time: str = ""
    lead: str = ""
    body: str = ""
    dateline: str = ""
    agency: str = ""
    trailer_dropped: bool = False


def paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs at blank lines, each stripped; empty ones dropped."""
    return [p.strip() for p in re.split(r"\n[ \t\r\f\v\u00a0]*\n", text) if p.strip()]


def strip_dateline(body: str) -> tuple[str, str, str, tuple[int | None, int | None, int | None]]:
    """Remove a leading dateline from an article body.

    Returns:
        ``(body without the dateline, place, agency, (year, month, day))``; place and agency are
        empty and the body unchanged when there is no dateline.
    """
    match = _DATELINE.match(body)
    if not match:
        return body, "", "", (None, None, None)
    place = (match.group("place") or "").strip().rstrip(",.")
    agency = next(filter(None, match.group("agency_slash", "agency_paren", "agency_only")), "")
    month = MONTHS.get((match.group("month") or match.group("month2") or "").lower())
    day = next((int(d) for d in match.group("day", "day2") if d), None)
    year = int(match.group("year")) if match.group("year") else None
    return body[match.end() :], place, agency.strip(), (year, month, day)


def strip_trailer(paras: list[str]) -> tuple[list[str], bool]:
    """Drop a trailing ``Read more on the site →`` style link text, or a WordPress feed's ``The
    post ... appeared first on ...``."""
    if paras and _TRAILER.match(paras[-1]):
        return paras[:-1], True
    return paras, False


def parse_section_line(line: str) -> dict | None:
    """Read ``Section Month DD[, YYYY][, HH:MM]``; None when the line is not of that shape."""
    if len(line) > _SECTION_LINE_MAX:  # not such a line; and the pattern slows on long blanks
        return None
    match = _SECTION_LINE.match(line)
    if not match or not (match.group("time") or match.group("year")):
        return None
    month_name = (match.group("month") or match.group("month2")).lower()
    day = match.group("day") or match.group("day2")
    time = match.group("time") or ""
    if time:
        hours, minutes = time.split(":")
        time = f"{int(hours):02d}:{minutes}"
    return {
        "section": match.group("section").strip(),
        "month": MONTHS[month_name],
        "day": int(day),
        "year": int(match.group("year")) if match.group("year") else None,
        "time": time,
    }


def parse_plain_text(text: str) -> Layout:
    """Recognise the fields of a plain-text article.

    The TASS web layout (title; section and ``Month DD, HH:MM``; lead; body opening with a
    dateline; ``Read more on the site →``) is read field by field. Any other text: the first
    non-empty line is the title and the rest the body (a dateline is still recognised); a text
    that opens with its dateline has no title.
    """
    paras, dropped = strip_trailer(paragraphs(text))
    if not paras:
        return Layout(trailer_dropped=dropped)
    first, _, rest = paras[0].partition("\n")
    if _DATELINE.match(first):  # no headline: the text opens with its dateline
        first, rest = "", paras[0]
    title = first.strip()
    paras = ([rest.strip()] if rest.strip() else []) + paras[1:]
    fields: dict = {}
    if paras and "\n" not in paras[0] and (meta := parse_section_line(paras[0])):
        fields = meta
        paras = paras[1:]
    lead_paras: list[str] = []
    dateline = agency = ""
    found = next((i for i, p in enumerate(paras[:3]) if _DATELINE.match(p)), None)
    if found is not None:
        body_start, dateline, agency, (year, month, day) = strip_dateline(paras[found])
        lead_paras = paras[:found]
        paras = ([body_start.strip()] if body_start.strip() else []) + paras[found + 1 :]
        fields["year"] = fields.get("year") or year
        fields["month"] = fields.get("month") or month
        fields["day"] = fields.get("day") or day
    elif fields and len(paras) > 1:
        lead_paras, paras = paras[:1], paras[1:]
    return Layout(
        title=title,
        section=fields.get("section", ""),
        month=fields.get("month"),
        day=fields.get("day"),
        year=fields.get("year"),
        time=fields.get("time", ""),
        lead="\n\n".join(lead_paras),
        body="\n\n".join(paras),
        dateline=dateline,
        agency=agency,
        trailer_dropped=dropped,
    )
