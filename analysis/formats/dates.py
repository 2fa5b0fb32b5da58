"""A document's date, from what its source gives (ISO, RFC 822, numbers, zone names, dotted
dates day first) or from its text's layout. A year, month or day the source does not give is
never invented, and a date that cannot be read is a problem, not a guess.
"""

from __future__ import annotations

import datetime
import re

import pandas as pd

from analysis.formats.reader import Reader
from analysis.formats.rows import clean
from analysis.layout import MONTHS


def _valid_date(year: int | None, month: int, day: int | None) -> bool:
    """Whether a year (if any), month and day (if any) from the text make a real date that a
    datetime64[ns] column can hold (a day without a year is checked against a leap year)."""
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    try:
        datetime.date(year or 2000, month, day or 1)
    except ValueError:
        return False
    return True


def row_dates(row: dict, reader: Reader) -> dict:
    """Date fields; a missing year is never invented."""
    if "_date" in row:
        year, month, day, time = row["_date"]
        note = "year from the text"
        if year is None and month is not None:
            year = reader.year
            note = (
                "year from the year= argument"
                if year
                else "no year in the source: month and day only"
            )
        if month is None:
            return _no_date("no date in the source")
        if not _valid_date(year, month, day):  # "March 99", "February 30, 2024", year 3000
            reader.problem(
                row["_path"],
                row["_line"],
                f"date {year or ''}-{month}-{day or ''} from the text is not a real date",
                "date left empty",
            )
            return _no_date("date not understood")
        published = pd.Timestamp(year=year, month=month, day=day or 1) if year else pd.NaT
        if year and time:
            published = published + pd.Timedelta(hours=int(time[:2]), minutes=int(time[3:]))
        return {
            "published": published,
            "published_year": year,
            "published_month": month,
            "published_day": day,
            "published_time": time,
            "date_note": note,
        }
    raw = row.get("_published")
    if raw is None or clean(raw) == "":
        return _no_date("no date in the source")
    if isinstance(raw, str) and (partial := _PARTIAL_DATE.match(raw.strip())):
        return _partial_date(partial)  # "2020", "March 2020": no day (or month) to invent
    stamp = _parse_timestamp(raw, day_first=row.get("_day_first", False))
    if stamp is None:
        reader.problem(
            row["_path"],
            row["_line"],
            f"date '{clean(raw)[:40]}' not understood",
            "date left empty",
        )
        return _no_date("date not understood")
    # A date-time value at midnight may be a bare date; a string says whether it gave a time.
    has_time = stamp.hour or stamp.minute or (isinstance(raw, str) and ("T" in raw or ":" in raw))
    if stamp.year == 1:  # "February 14, 8:04": the parser's stand-in for a missing year
        time = stamp.strftime("%H:%M") if has_time else ""
        return row_dates({"_date": (None, stamp.month, stamp.day, time)}, reader)
    if not _MIN_YEAR <= stamp.year <= _MAX_YEAR:
        reader.problem(
            row["_path"],
            row["_line"],
            f"date '{clean(raw)[:40]}' out of range ({_MIN_YEAR}-{_MAX_YEAR})",
            "date left empty",
        )
        return _no_date("date out of range")
    return {
        "published": stamp,
        "published_year": stamp.year,
        "published_month": stamp.month,
        "published_day": stamp.day,
        "published_time": stamp.strftime("%H:%M") if has_time else "",
        "date_note": row.get("_date_note", "date from the data"),
    }


# The years a datetime64[ns] column can hold.
_MIN_YEAR, _MAX_YEAR = pd.Timestamp.min.year + 1, pd.Timestamp.max.year - 1


_PARTIAL_DATE = re.compile(
    r"^(?:(?P<month_name>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+)?"
    r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2]))?$",
    re.IGNORECASE,
)


def _partial_date(match: re.Match) -> dict:
    """A year, or a year and month, without the day the date parser would make up."""
    name, number = match.group("month_name"), match.group("month")
    month = int(number) if number else MONTHS[name.lower()] if name else None
    note = "year and month only in the source" if month else "year only in the source"
    return {**_no_date(note), "published_year": int(match.group("year")), "published_month": month}


def _no_date(note: str) -> dict:
    return {
        "published": pd.NaT,
        "published_year": None,
        "published_month": None,
        "published_day": None,
        "published_time": "",
        "date_note": note,
    }


# Zone abbreviations of news dates: RFC 822's (EST ... PDT, as RSS pubDate uses them) and those
# of the main news capitals. Ambiguous ones (IST, CST as China time) are left out.
_ZONES = {
    "UT": "+00:00",
    "WET": "+00:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "WEST": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
}
_ZONE_NAME = re.compile(r"(?<![\w+-])(" + "|".join(_ZONES) + r")(?![\w+-])")
# US wire copy's zones without the season ("ET", "Eastern"): the offset depends on the date
_REGION_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}  # fmt: skip
_REGION_ZONE = re.compile(r"(?<![\w+-])(ET|CT|MT|PT)(?![\w+-])")
_DOTTED_MERIDIEM = re.compile(r"(?<![\w.])([aApP])\.[mM]\.(?!\w)")
# "GMT+3", "UTC+03:00": the offset east of Greenwich (the parser would read POSIX's reverse sign).
_ZONE_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\b")
# "04.03.2021" (17:04): a dotted date is day first, as in Europe and Russia.
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# "07/12/2026": month first in the US, day first in Europe; see slash_date_order.
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
_DIGITS_DATE = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}  # 20210303, GDELT's DATE


def slash_date_order(rows: list[dict], path, reader: Reader) -> None:
    """Read the slash dates of one file (``07/12/2026``) in one order: day first when one of
    them has a first number over 12 (``13/12/2026``), else month first, as the parser reads
    them. Rows read day first are marked ``_day_first``. When no date of the file tells the
    order, or its dates disagree, the file says so once."""
    pairs = {
        (int(match.group(1)), int(match.group(2)))
        for row in rows
        if isinstance(raw := row.get("_published"), str)
        and (match := _SLASH_DATE.match(raw.strip()))
    }
    if not pairs:
        return
    day_first = any(first > 12 for first, _ in pairs)
    month_first = any(second > 12 for _, second in pairs)
    if day_first and not month_first:
        for row in rows:
            row["_day_first"] = True
    elif day_first and month_first:
        reader.problem(
            path,
            None,
            "slash dates in both orders (day/month and month/day)",
            "each read in the order its numbers allow; month first when either",
        )
    elif not month_first and any(first != second for first, second in pairs):
        first, second = min((f, s) for f, s in pairs if f != s)
        month = _MONTH_NAMES[first - 1]
        reader.problem(
            path,
            None,
            f"slash dates whose order no date of the file tells ({first:02d}/{second:02d}/...)",
            f"read month first ({first:02d}/{second:02d} is {month} {second})",
        )


def _parse_timestamp(raw, *, day_first: bool = False) -> pd.Timestamp | None:
    try:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            stamp = _numeric_timestamp(raw)
        elif re.fullmatch(r"\d{8,14}(?:\.\d+)?", text := clean(raw)):  # a number as text (CSV)
            stamp = _numeric_timestamp(float(text) if "." in text else int(text))
        elif text.lower() in _CLOCK_WORDS or _TIME_ALONE.fullmatch(text):
            return None  # "now", "07:32": the parser would give the time of the load, today
        else:
            if day_first:
                text = _SLASH_DATE.sub(lambda m: f"{m[3]}-{m[2]:0>2}-{m[1]:0>2}", text)
            text = _DOTTED_MERIDIEM.sub(r"\1m", text)  # AP style: "4:05 p.m."
            region = _REGION_ZONE.search(text)
            if region:  # "2:00 PM ET": New York time, on summer time or not as the date falls
                text = text[: region.start()] + text[region.end() :]
            stamp = pd.Timestamp(_normalise_date(text))
            if region and stamp.tzinfo is None and not pd.isna(stamp):
                zone = _REGION_ZONES[region.group(1)]
                stamp = stamp.tz_localize(zone, ambiguous=False, nonexistent="shift_forward")
    except (ValueError, TypeError, OverflowError):  # OutOfBoundsDatetime is a ValueError
        return None
    if pd.isna(stamp):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


# pd.Timestamp reads "now" and "today" as the moment it is called: a date invented, and one that
# changes from one load to the next. A source saying so gives no date.
_CLOCK_WORDS = frozenset({"now", "today"})
_TIME_ALONE = re.compile(r"\d{1,2}[:.]\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def _numeric_timestamp(value: float) -> pd.Timestamp:
    """A number as a date: ``20210303`` (or with hours, minutes, seconds: GDELT's ``DATE``),
    else seconds or milliseconds since 1970; NaT for zero or less (a feed's "unknown")."""
    if value <= 0:
        return pd.NaT
    whole = value < 1e15 and value == int(value)
    if whole and (pattern := _DIGITS_DATE.get(len(digits := str(int(value))))):
        stamp = pd.to_datetime(digits, format=pattern, errors="coerce")
        if not pd.isna(stamp) and 1800 <= stamp.year < 2200:
            return stamp
    return pd.Timestamp(value, unit="ms" if abs(value) > 1e11 else "s")


def _normalise_date(text: str) -> str:
    """A date string the parser reads as meant: zone names as offsets, dotted dates day first."""
    text = _ZONE_OFFSET.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", text
    )
    text = _ZONE_NAME.sub(lambda m: _ZONES[m.group(1)], text)
    return _DOTTED_DATE.sub(lambda m: f"{m.group(3)}-{m.group(2):0>2}-{m.group(1):0>2}", text)
