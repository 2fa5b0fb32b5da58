"""PDF files read to text: pypdf lays out each page's text (its layout mode, so that gaps and
indents show and columns stand apart), and the lines are reflowed into paragraphs, as a PDF
knows lines and not paragraphs. Two columns are read one after the other, and lines repeated at
the top or foot of most pages (running heads, page numbers) are left out; an export's lines
(``End of Document``) never are. Pages that draw text too often to lay out in reasonable time,
and files that take too long, are reported.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections import Counter
from pathlib import Path

from analysis.formats.exports import export_line
from analysis.formats.reader import Reader

PAGE_END = "\f"  # the line that ends each page in reflow's input
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_MAX_PAGES = 2000
# A page of news shows text a few thousand times; pypdf lays out some 30,000 a second, so a page
# drawn with hundreds of thousands of tiny pieces of text would take minutes. Past these
# limits a page, or the rest of a file, is left out and reported.
MAX_TEXT_OPERATORS = 50_000
MAX_SECONDS = 60
# pypdf's layout mode writes each line as wide as its text stands apart (up to 10,000 spaces a
# gap), so its time grows with the pieces of text times their spacing: 8,000 pieces far apart
# took 96 s. A page drawn in more pieces than this is read in the plain mode (linear: 0.3 s for
# those 8,000), without its columns.
MAX_LAID_OUT_OPERATORS = 2_000


def pdf_text(data: bytes, path: Path, reader: Reader) -> str | None:
    """The text of a PDF file's bytes, its paragraphs separated by blank lines; None, with the
    problem recorded, when it cannot be read."""
    from pypdf import PdfReader

    if b"%PDF-" not in data.lstrip()[:1024]:
        reader.problem(path, None, "not a PDF file (no %PDF header)", "skipped")
        return None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings of odd but read files
    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            reader.problem(path, None, "PDF file is encrypted with a password", "skipped")
            return None
        pages = list(pdf.pages)
    except Exception as error:  # pypdf raises many kinds of error for a broken file
        reader.problem(path, None, f"PDF file cannot be read ({_reason(error)})", "skipped")
        return None
    if len(pages) > _MAX_PAGES:
        reader.problem(
            path, None, f"PDF file of {len(pages):,} pages", f"first {_MAX_PAGES:,} read"
        )
        pages = pages[:_MAX_PAGES]
    laid_out, failed, crowded, plain = [], 0, 0, 0
    deadline = time.monotonic() + MAX_SECONDS
    for number, page in enumerate(pages, 1):
        if time.monotonic() > deadline:
            problem = f"PDF file took over {MAX_SECONDS} s to read"
            reader.problem(path, None, problem, f"pages {number:,} to {len(pages):,} not read")
            break
        try:
            operators = _text_operators(page)
            if operators > MAX_TEXT_OPERATORS:
                crowded += 1  # a page no news prints, drawn to make the reading slow
                continue
            if operators > MAX_LAID_OUT_OPERATORS:
                plain += 1
                laid_out.append(_plain_lines(page))
                continue
            laid_out.append(_page_lines(page))
        except Exception:  # one broken page: the others are read
            failed += 1
    crowded_pages = f"draw text over {MAX_TEXT_OPERATORS:,} times (not read)"
    plain_pages = f"draw text over {MAX_LAID_OUT_OPERATORS:,} times (read without their layout)"
    for count, what in ((failed, "cannot be read"), (crowded, crowded_pages)):
        if count:
            others = "the others loaded" if count < len(pages) else "skipped"
            reader.problem(path, None, f"{count} of {len(pages)} PDF pages {what}", others)
    if plain:
        reader.problem(path, None, f"{plain} of {len(pages)} PDF pages {plain_pages}", "loaded")
    if (failed or crowded) and not laid_out:
        return None
    lines: list[str] = []
    for page_lines in _without_running_lines(laid_out):
        lines += _columns(page_lines) + [PAGE_END]
    return reflow(lines)


def _text_operators(page) -> int:
    """How many text-showing operators (``Tj``, ``TJ``) a page's content and the forms it
    draws (one level down) hold."""
    contents = page.get_contents()
    streams = [contents.get_data() if contents is not None else b""]
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    for reference in (objects.get_object().values() if objects is not None else [])[:1000]:
        form = reference.get_object()
        if form.get("/Subtype") == "/Form":
            streams.append(form.get_data())
    return sum(data.count(b"Tj") + data.count(b"TJ") for data in streams)


def _page_lines(page) -> list[str]:
    """A page's lines as pypdf lays them out: a blank line where the text leaves a gap, words
    at their places (so that columns stand apart)."""
    try:
        return [ln.rstrip() for ln in page.extract_text(extraction_mode="layout").split("\n")]
    except Exception:  # the layout mode fails on some pages that the plain mode reads
        return _plain_lines(page)


def _plain_lines(page) -> list[str]:
    """A page's lines in pypdf's plain mode: in the order drawn, no columns, no gaps."""
    return [ln.strip() for ln in (page.extract_text() or "").split("\n")]


def _columns(lines: list[str]) -> list[str]:
    """A page's lines, two columns read one after the other (a headline across both, above
    them, first), each line's indent counted from its column's usual left edge."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for start in filled[:8]:
        gutter = _gutter(lines[start:])
        if gutter is not None:
            left = [ln[:gutter].rstrip() for ln in lines[start:]]
            right = [ln[gutter:].rstrip() for ln in lines[start:]]
            return _dedented(lines[:start]) + _dedented(left) + [PAGE_END] + _dedented(right)
    return _dedented(lines)


def _gutter(lines: list[str]) -> int | None:
    """The character column of the gap between two columns of text, when the page has one: a
    column that no line crosses (no character in three places running), with text on both
    sides of it in three lines of ten or more (the right column may end first), and prose on
    each side (three words a line or more: a table's cells are shorter)."""
    filled = [ln for ln in lines if ln.strip()]
    width = max((len(ln) for ln in filled), default=0)
    if len(filled) < 6 or width > 500 or len(filled) > 500:  # a page, not a table of data
        return None
    best, best_count = None, 0
    for column in range(width // 4, 3 * width // 4):
        both = 0
        for line in filled:
            if line[column - 1 : column + 2].strip():
                break  # a line crosses this column
            both += bool(line[: column - 1].strip() and line[column + 2 :].strip())
        else:
            if both > best_count:
                best, best_count = column, both
    if best is None or best_count < 4 or best_count * 10 < 3 * len(filled):
        return None
    for side in ([ln[:best] for ln in filled], [ln[best:] for ln in filled]):
        words = [len(part.split()) for part in side if part.strip()]
        if sum(words) < 3 * len(words):
            return None
    return best


def _dedented(lines: list[str]) -> list[str]:
    indents = Counter(len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip())
    if not indents:
        return lines
    usual = indents.most_common(1)[0][0]
    return [ln[min(usual, len(ln) - len(ln.lstrip(" "))) :] for ln in lines]


def _reason(error: Exception) -> str:
    return f"{error.__class__.__name__}: {str(error)[:200]}"


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """The pages' lines, page numbers and the running heads and feet left out: a line among a
    page's first or last two that recurs (its digits aside) there on two pages or more, and on
    at least half of them, unless it is one that a news database's export repeats for each
    article (``End of Document``)."""
    edges = []
    for lines in pages:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edges.append(set(filled[:2] + filled[-2:]))
    counts = Counter(
        shape
        for lines, at in zip(pages, edges, strict=True)
        for shape in {_shape(lines[i]) for i in at}
    )
    running = {shape for shape, n in counts.items() if n >= 2 and n * 2 >= len(pages)}
    return [
        [
            line
            for i, line in enumerate(lines)
            if i not in at
            or export_line(line.strip())
            or not (_shape(line) in running or _PAGE_NUMBER.fullmatch(line.strip()))
        ]
        for lines, at in zip(pages, edges, strict=True)
    ]


# "Load-Date: December 7, 2026", "Section: World": a line of a list of fields, no prose
_FIELD_LINE = re.compile(r"[A-Z][\w-]{0,24}(?: [A-Za-z][\w-]{0,24}){0,2}: \S")
# a sentence's end: a full stop, question or exclamation mark, then any closing marks
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")


def reflow(lines: list[str]) -> str:
    """Lines of a PDF joined into paragraphs.

    Where the text marks its paragraphs with gaps or indents (at least once in eight lines), a
    paragraph ends at a gap between lines (a blank line) and before an indented line. Elsewhere
    it ends after a short line (under three quarters of the longest lines' width) unless the
    next goes on in lower case, after a line that ends a sentence short of the full width
    when the next opens a sentence (justified text runs every other line to the full width),
    and before a line that opens with a label (``Load-Date: ...``, ``Vladimir Putin: ...``).
    A line that a news database's export repeats for each article (``End of Document``,
    ``Load-Date: ...``, a Factiva code) is always a paragraph of its own. At a page's or
    column's end (``PAGE_END``) a paragraph goes on unless the next line is indented (where
    the text marks its paragraphs by indents), or else when it did not end a sentence or the
    next line opens in lower case. A word broken at a hyphen is joined with its hyphen
    (``energy-`` ``related``, ``Trans-`` ``Korean``).
    """
    lines = _page_ends(lines)
    texts = [i for i, line in enumerate(lines) if line.strip()]
    if not texts:
        return ""
    widths = sorted(len(lines[i].rstrip()) for i in texts)  # as laid out: justified lines align
    full = widths[round(0.95 * (len(widths) - 1))]  # the longest lines, a stray one aside
    gaps = sum(1 for i in texts if i > 0 and not lines[i - 1].strip() and lines[i - 1] != PAGE_END)
    indents = sum(1 for i in texts if _indented(lines[i]))
    marked = gaps + indents >= 2 and (gaps + indents) * 8 >= len(texts)
    by_indent = marked and indents > gaps
    paragraphs: list[str] = []
    current = ""
    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line:
            if current and (raw != PAGE_END or not _goes_on(current, lines, i, by_indent)):
                paragraphs.append(current)
                current = ""
            continue
        own = export_line(raw.strip())
        opens = own or (_indented(raw) if marked else bool(_FIELD_LINE.match(line)))
        if current and opens:
            paragraphs.append(current)
            current = ""
        if current:
            hyphen = current[-1] in "-\u2013" and current[-2:-1].isalnum()  # or "100-" "200%"
            current += line if hyphen else " " + line
        else:
            current = line
        width = len(raw.rstrip())
        ends = (
            own
            or not marked
            and (
                width < 0.75 * full
                and not _next_lower(lines, i)
                or width < 0.92 * full
                and _SENTENCE_END.search(line)
                and _next_opens(lines, i)
            )
        )
        if ends:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _next_opens(lines: list[str], i: int) -> bool:
    """Whether the next line opens a sentence: a capital, a digit or a quotation mark."""
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(following) and (
        following[0].isupper() or following[0] in "\"'\u201c\u2018(0123456789"
    )


def _indented(raw: str) -> bool:
    return raw.startswith("  ") and not raw.strip()[:1].islower()


def _next_lower(lines: list[str], i: int) -> bool:
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(following) and following[0].islower()


def _goes_on(current: str, lines: list[str], i: int, by_indent: bool) -> bool:
    """Whether a paragraph goes on past a page's or column's end: in a text that marks its
    paragraphs by indents, unless the next line is indented; elsewhere when the paragraph did
    not end a sentence or the next line opens in lower case."""
    following = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    if not following:
        return False
    if by_indent:
        return not _indented(following)
    return following.strip()[0].islower() or not _ENDS_SENTENCE.search(current)


def _page_ends(lines: list[str]) -> list[str]:
    """The lines without the blank ones next to a page's or column's end (the gap above a page
    number taken off, say): a paragraph may go on across it."""
    kept: list[str] = []
    for line in lines:
        if line == PAGE_END:
            while kept and not kept[-1].strip() and kept[-1] != PAGE_END:
                kept.pop()
        elif not line.strip() and kept and kept[-1] == PAGE_END:
            continue
        kept.append(line)
    return kept
