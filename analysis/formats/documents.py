"""Word-processor and print files: Word (``.docx``), OpenDocument (``.odt``), Rich Text
(``.rtf``) and PDF (``.pdf``), read to plain text a paragraph to a line-separated block, as a
``.txt`` article is written. ``analysis.corpus`` then reads that text as it reads a ``.txt``
file: a news database's export (a Nexis Uni ``.docx`` or ``.pdf``, a Factiva ``.rtf``) is split
into its articles, and any other text is one article, its first line the title.

Word and OpenDocument files are zip archives of XML: their text is read with the standard
library (zipfile, and expat as a stream, no document type declaration allowed), the parts'
sizes checked before they are inflated. RTF is read by a
linear scan of its control words here (striprtf's hyperlink pattern takes seconds on a line of
repeated field groups). PDF text is taken from each page by pypdf and reflowed: a PDF knows
lines, not paragraphs, so lines are joined into paragraphs where they run to the full width
or the next one goes on in lower case, and lines repeated at the top or foot of most pages
(running heads, page numbers) are left out.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from xml.parsers import expat

from analysis.formats.exports import export_line
from analysis.formats.reader import Reader

DOCUMENT_FORMATS = (".docx", ".odt", ".rtf", ".pdf")
# Formats asked for by name that are not read, with what to do instead.
REFUSED_FORMATS = {
    ".doc": "a Word 97-2003 .doc file is not read: save it as .docx, .rtf or .txt",
    ".pages": "an Apple Pages file is not read: export it as .docx, .rtf or .txt",
    ".wpd": "a WordPerfect file is not read: save it as .docx, .rtf or .txt",
}
# A zip part may inflate to this many times the file's size, and to the floor whatever the
# size; a bigger part is a zip bomb, not a document.
INFLATE_RATIO = 100
INFLATE_FLOOR = 64 << 20
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and an Office file with a password


def document_text(data: bytes, path: Path, kind: str, reader: Reader) -> str | None:
    """The text of a ``.docx``, ``.odt``, ``.rtf`` or ``.pdf`` file's bytes, its paragraphs
    separated by blank lines; None, with the problem recorded, when it has none to give."""
    if not data.strip():
        reader.problem(path, None, "empty file", "skipped")
        return None
    if kind == ".rtf":
        if not data.removeprefix(_UTF8_BOM).lstrip().startswith(b"{\\rtf"):
            reader.problem(path, None, "not an RTF file (no {\\rtf header)", "skipped")
            return None
        text = rtf_text(data)
    elif kind == ".pdf":
        text = _pdf_text(data, path, reader)
    else:
        text = _zipped_text(data, path, kind, reader)
    if text is None:
        return None
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text.replace("\r\n", "\n")).strip()
    if not text:
        what = "no text layer (a scanned PDF?)" if kind == ".pdf" else "no text"
        reader.problem(path, None, f"{_NAMES[kind]} file with {what}", "skipped")
        return None
    return text


_NAMES = {".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF", ".pdf": "PDF"}


# --- Word and OpenDocument --------------------------------------------------------------------


def _zipped_text(data: bytes, path: Path, kind: str, reader: Reader) -> str | None:
    name = _NAMES[kind]
    if data.startswith(_OLE):
        what = "password-protected" if kind == ".docx" else "an old binary"
        reader.problem(path, None, f"{name} file is {what} (not a zip of XML)", "skipped")
        return None
    if data.lstrip()[:5] == b"%PDF-":
        reader.problem(path, None, f"a PDF file named {kind}", "skipped")
        return None
    part = "word/document.xml" if kind == ".docx" else "content.xml"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(part)
            limit = max(INFLATE_FLOOR, INFLATE_RATIO * len(data))
            if info.file_size > limit:
                problem = f"{name} text part inflates to {info.file_size:,} bytes (a zip bomb?)"
                reader.problem(path, None, problem, "skipped")
                return None
            with archive.open(info) as stream:
                xml = stream.read(limit + 1)
            if len(xml) > limit:  # the size the archive gives was false
                reader.problem(path, None, f"{name} text part inflates past its size", "skipped")
                return None
    except KeyError:
        reader.problem(path, None, f"not a {name} file (no {part} in it)", "skipped")
        return None
    except (RuntimeError, NotImplementedError) as error:  # a password, or WinZip's AES
        reason = "encrypted with a password" if "password" in str(error) else str(error)
        reader.problem(path, None, f"{name} file cannot be unzipped ({reason})", "skipped")
        return None
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
    ) as error:
        reader.problem(path, None, f"not a {name} file, or a damaged one ({error})", "skipped")
        return None
    paragraphs = _XmlParagraphs(kind)
    problem = paragraphs.read(xml)
    if problem:
        reader.problem(path, None, f"{name} text part {problem}", "skipped")
        return None
    return "\n\n".join(p.strip() for p in paragraphs.found if p.strip())


class _XmlParagraphs:
    """The paragraphs of a Word ``document.xml`` (each ``<w:p>``; the text of ``<w:t>``, so that
    deleted text and field codes are left out) or an OpenDocument ``content.xml`` (each
    ``<text:p>`` and ``<text:h>``; notes, annotations and tracked changes left out), read by
    expat as a stream: no tree is built, so memory stays flat and nesting has no limit. A
    document type declaration is refused (no entities to expand), and so is a part of more than
    ``MAX_ELEMENTS`` elements."""

    MAX_ELEMENTS = 2_000_000

    def __init__(self, kind: str) -> None:
        self.word = kind == ".docx"
        self.found: list[str] = []
        self.open: list[list[str]] = []  # the paragraphs being read: a text box's inside one
        self.in_text = 0  # inside <w:t>, whose text is a Word paragraph's
        self.skipping = 0  # inside an ODF note or annotation
        self.elements = 0

    def read(self, xml: bytes) -> str | None:
        """Reads ``xml``; the problem when it cannot be read, else None."""
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self._refuse
        parser.EntityDeclHandler = self._refuse
        parser.ExternalEntityRefHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        parser.buffer_text = True
        try:
            parser.Parse(xml, True)
        except _Refused as refused:
            return str(refused)
        except (expat.ExpatError, ValueError, LookupError) as error:
            return f"is not valid XML ({error})"
        return None

    @staticmethod
    def _refuse(*_) -> None:
        raise _Refused("declares a document type or entities (refused)")

    def _start(self, tag: str, attributes: dict) -> None:
        self.elements += 1
        if self.elements > self.MAX_ELEMENTS:
            raise _Refused(f"has over {self.MAX_ELEMENTS:,} XML elements (a bomb?)")
        if self.word:
            if tag == _W_P:
                self.open.append([])
            elif tag == _W_T:
                self.in_text += 1
            elif self.open and (text := _WORD_MARKS.get(tag)):
                self.open[-1].append(text)
            return
        if tag in _ODF_SKIPPED or self.skipping:
            self.skipping += 1
        elif tag in _ODF_PARAGRAPHS:
            self.open.append([])
        elif self.open and tag == _ODF_SPACES:
            count = attributes.get(_ODF_COUNT, "1")
            self.open[-1].append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif self.open and (text := _ODF_MARKS.get(tag)):
            self.open[-1].append(text)

    def _end(self, tag: str) -> None:
        if self.word:
            if tag == _W_P and self.open:
                self.found.append("".join(self.open.pop()))
            elif tag == _W_T:
                self.in_text -= 1
        elif self.skipping:
            self.skipping -= 1
        elif tag in _ODF_PARAGRAPHS and self.open:
            self.found.append("".join(self.open.pop()))

    def _text(self, data: str) -> None:
        if self.open and (self.in_text if self.word else not self.skipping):
            self.open[-1].append(data)


class _Refused(Exception):
    pass


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main "
_W_P, _W_T = _W + "p", _W + "t"
_WORD_MARKS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_ODF_SKIPPED = frozenset(
    (_ODF_TEXT + "note", _ODF_TEXT + "tracked-changes",
     "urn:oasis:names:tc:opendocument:xmlns:office:1.0 annotation")
)  # fmt: skip
_ODF_PARAGRAPHS = frozenset((_ODF_TEXT + "p", _ODF_TEXT + "h"))
_ODF_SPACES, _ODF_COUNT = _ODF_TEXT + "s", _ODF_TEXT + "c"
_ODF_MARKS = {_ODF_TEXT + "tab": "\t", _ODF_TEXT + "line-break": "\n"}


# --- RTF --------------------------------------------------------------------------------------

# Groups that hold no text of the document: tables of fonts, colours and styles, document
# information, pictures and objects, running heads and feet, field instructions.
_RTF_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet info pict object objdata header headerl headerr headerf footer "
    "footerl footerr footerf footnote annotation fldinst themedata colorschememapping datastore "
    "latentstyles listtable listoverridetable rsidtbl generator xmlnstbl mmathPr pgdsctbl "
    "revtbl filetbl bkmkstart bkmkend shpinst shppict nonshppict userprops docvar title author "
    "operator keywords comment doccomm company subject category template leveltext levelnumbers "
    "listtext pntext pntxta pntxtb".split()
)
_RTF_CHARACTERS = {
    "par": "\n\n", "sect": "\n\n", "page": "\n\n", "row": "\n\n", "line": "\n", "tab": "\t",
    "cell": "\t", "nestcell": "\t", "emdash": "\u2014", "endash": "\u2013",
    "emspace": "\u2003", "enspace": "\u2002", "bullet": "\u2022", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
}  # fmt: skip
_UTF8_BOM = b"\xef\xbb\xbf"
_RTF_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\"}
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
    re.DOTALL,
)


def rtf_text(data: bytes) -> str:
    """The text of an RTF document: a linear scan of its control words, groups that hold no
    text skipped, ``\\uN`` characters and ``\\'hh`` bytes (in the ``\\ansicpg`` code page)
    decoded, paragraphs separated by blank lines and cells by tabs."""
    data = data.removeprefix(_UTF8_BOM)  # a byte-order mark some tools write first
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (a multibyte code page needs them so)
    encoding = "cp1252"
    stack: list[tuple[bool, int]] = []
    skipping, uc, to_skip = False, 1, 0
    group_start = False  # just after "{": a "\*" or a skipped word makes the group skipped
    position, end = 0, len(data)
    while position < end:
        match = _RTF_TOKEN.match(data, position)
        if match is None:  # a lone backslash at the end
            break
        position = match.end()
        word, argument, hexbyte, symbol, brace, chars = match.groups()
        if pending and hexbyte is None:
            out.append(pending.decode(encoding, errors="replace"))
            pending.clear()
        if brace is not None:
            if brace == b"{":
                stack.append((skipping, uc))
                group_start = True
            elif stack:
                skipping, uc = stack.pop()
            to_skip = 0
            continue
        starts_group, group_start = group_start, False
        if word is not None:
            name = word.decode("ascii")
            if name == "bin" and argument:  # raw bytes follow: never text
                position += max(0, int(argument))
            elif name in _RTF_SKIPPED and starts_group:
                skipping = True
            elif name == "ansicpg" and argument:
                encoding = _code_page(int(argument), encoding)
            elif name == "uc" and argument:
                uc = max(0, min(int(argument), 10))
            elif skipping:
                pass
            elif name == "u" and argument:
                out.append(_unicode(int(argument)))
                to_skip = uc
            elif name in _RTF_CHARACTERS:
                out.append(_RTF_CHARACTERS[name])
            continue
        if symbol is not None:
            if symbol == b"*" and starts_group:
                skipping = True
            elif not skipping and (text := _RTF_SYMBOLS.get(symbol.decode("latin-1"))):
                out.append(text)
            continue
        if hexbyte is not None:
            if to_skip:
                to_skip -= 1
            elif not skipping:
                pending.append(int(hexbyte, 16))
            continue
        if chars is not None:
            if to_skip:  # the stand-in characters after a \uN
                skipped = min(to_skip, len(chars))
                chars, to_skip = chars[skipped:], to_skip - skipped
            if not skipping and chars:
                out.append(chars.decode(encoding, errors="replace"))
    if pending:
        out.append(pending.decode(encoding, errors="replace"))
    return _paired("".join(out))


def _code_page(number: int, current: str) -> str:
    name = f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return current
    return name


def _unicode(value: int) -> str:
    """``\\uN``: a signed 16-bit value (``\\u-3913`` is U+F0B7), half of a surrogate pair kept
    (see ``_paired``)."""
    value = value + 0x10000 if value < 0 else value
    return chr(value) if 0 <= value <= 0xFFFF else "\ufffd"


def _paired(text: str) -> str:
    """``text`` with each surrogate pair (``\\u55357?\\u56832?``, as Word writes an emoji) made
    one character, and a lone half U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# --- PDF --------------------------------------------------------------------------------------

PAGE_END = "\f"  # the line that ends each page in reflow's input
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_MAX_PAGES = 2000
# A page of news shows text a few thousand times; pypdf lays out some 30,000 a second, so a page
# drawn with hundreds of thousands of tiny pieces of text would take minutes. Past these
# limits a page, or the rest of a file, is left out and reported.
MAX_TEXT_OPERATORS = 50_000
MAX_SECONDS = 60
_CROWDED = f"draw text over {MAX_TEXT_OPERATORS:,} times (not read)"


def _pdf_text(data: bytes, path: Path, reader: Reader) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:1024].find(b"%PDF-") >= 0:
        reader.problem(path, None, "not a PDF file (no %PDF header)", "skipped")
        return None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings of odd but read files
    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            reader.problem(path, None, "PDF file is encrypted with a password", "skipped")
            return None
        pages = list(pdf.pages)
    except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, OSError) as error:
        reader.problem(path, None, f"PDF file cannot be read ({_reason(error)})", "skipped")
        return None
    except Exception as error:  # pypdf raises many kinds of error for a broken file
        reader.problem(path, None, f"PDF file cannot be read ({_reason(error)})", "skipped")
        return None
    if len(pages) > _MAX_PAGES:
        reader.problem(
            path, None, f"PDF file of {len(pages):,} pages", f"first {_MAX_PAGES:,} read"
        )
        pages = pages[:_MAX_PAGES]
    laid_out, failed, crowded = [], 0, 0
    deadline = time.monotonic() + MAX_SECONDS
    for number, page in enumerate(pages, 1):
        if time.monotonic() > deadline:
            problem = f"PDF file took over {MAX_SECONDS} s to read"
            reader.problem(path, None, problem, f"pages {number:,} to {len(pages):,} not read")
            break
        try:
            if _text_operators(page) > MAX_TEXT_OPERATORS:
                crowded += 1  # a page no news prints, drawn to make the reading slow
                continue
            laid_out.append(_page_lines(page))
        except Exception:  # one broken page: the others are read
            failed += 1
    for count, what in ((failed, "cannot be read"), (crowded, _CROWDED)):
        if count:
            others = "the others loaded" if count < len(pages) else "skipped"
            reader.problem(path, None, f"{count} of {len(pages)} PDF pages {what}", others)
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
