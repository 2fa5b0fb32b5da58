"""Word-processor and print files: Word (``.docx``), OpenDocument (``.odt``), Rich Text
(``.rtf``) and PDF (``.pdf``), read to plain text a paragraph to a line-separated block, as a
``.txt`` article is written. ``analysis.corpus`` then reads that text as it reads a ``.txt``
file: a news database's export (a Nexis Uni ``.docx`` or ``.pdf``, a Factiva ``.rtf``) is split
into its articles, and any other text is one article, its first line the title.

Word and OpenDocument files are zip archives of XML: their text is read with the standard
library (zipfile, and expat as a stream, no document type declaration allowed), the parts'
sizes checked before they are inflated. RTF is read by a linear scan of its control words here
(striprtf's hyperlink pattern takes seconds on a line of repeated field groups). PDF text is
read by ``analysis.formats.pdf``.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from analysis.formats.pdf import pdf_text
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
        text = pdf_text(data, path, reader)
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
