"""Word (.docx), OpenDocument (.odt), RTF and PDF files: read to text, then as a .txt file is
read (one article, or a news database's export split into its articles). The files are built
here byte by byte in the layouts those programs write, so each expected field is read off the
input; a broken or hostile file is a problem, never an abort."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import pytest

from analysis.corpus import read_corpus
from analysis.formats.documents import rtf_text
from analysis.formats.pdf import reflow
from tests.conftest import KREMLIN_120
from tests.test_corpus import read_with_problems, write
from tests.test_formats_exports import NEXIS_UNI

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _zip(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str], extra_xml: str = "") -> bytes:
    """A Word file of these paragraphs, each in a run of its own (as Word saves them)."""
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{_escape(p)}</w:t></w:r></w:p>"
        for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}{extra_xml}<w:sectPr/></w:body></w:document>'
    )
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": document})


def odt(content_xml: str) -> bytes:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text>{content_xml}</office:text></office:body>"
        "</office:document-content>"
    )
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": document})


def pdf(pages: list[list[str]]) -> bytes:
    """A PDF of these pages, each line a ``Tj`` 12 points below the one before (Helvetica)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]  # fmt: skip
    kids = []
    for lines in pages:
        shown = [
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
            for ln in lines
        ]
        stream = "\n".join(["BT /F1 10 Tf 12 TL 50 780 Td", *shown, "ET"]).encode("latin-1")
        kids.append(len(objects) + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (len(objects) + 2)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


def _fields(corpus) -> list[list]:
    columns = ["doc_id", "title", "published", "agency", "dateline", "body"]
    return corpus.documents[columns].values.tolist()


# --- Word --------------------------------------------------------------------------------------


def test_a_word_article_is_read_as_a_text_article(tmp_path):
    path = write(
        tmp_path / "sakhalin.docx",
        docx(
            [
                "Japan keeps LNG from Sakhalin-2",
                "TOKYO, December 7. /TASS/. Japan receives almost 9-10% of all imported LNG "
                "from Sakhalin-2, the ambassador said.",
                "Officials called the supplies \u201cvital\u201d & steady.",
            ]
        ),
    )
    assert _fields(read_corpus(path)) == [
        [
            "sakhalin",
            "Japan keeps LNG from Sakhalin-2",
            pd.NaT,
            "TASS",
            "TOKYO",
            "Japan receives almost 9-10% of all imported LNG from Sakhalin-2, the ambassador "
            "said.\n\nOfficials called the supplies \u201cvital\u201d & steady.",
        ]
    ]


def test_word_runs_breaks_and_text_boxes_are_text_but_deletions_and_field_codes_are_not(tmp_path):
    paragraph = (
        "<w:p><w:r><w:t>Gas exports </w:t></w:r><w:del><w:r><w:delText>fell</w:delText></w:r>"
        '</w:del><w:ins><w:r><w:t>rose</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> 5%'
        '</w:t><w:tab/><w:t>in May</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/>'
        '<w:instrText> HYPERLINK "http://x" </w:instrText><w:fldChar w:fldCharType="end"/>'
        "</w:r><w:r><w:br/><w:t>Second line</w:t></w:r>"
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r></w:p>"
    )
    path = write(tmp_path / "a.docx", docx(["Title line"], extra_xml=paragraph))
    assert read_corpus(path).documents["body"].tolist() == [
        "Box text.\n\nGas exports rose 5%\tin May\nSecond line"
    ]


def test_a_nexis_uni_word_export_is_split_into_its_articles(tmp_path):
    path = write(tmp_path / "nexis.docx", docx(NEXIS_UNI.strip().split("\n")))
    found = _fields(read_corpus(path))
    assert [row[1:5] for row in found] == [
        [
            "Senate Passes Budget Bill After Long Debate",
            pd.Timestamp("2026-12-07"),
            "The New York Times",
            "WASHINGTON",
        ],
        ["Climate talks end without deal", pd.Timestamp("2026-12-08"), "The Guardian (London)", ""],
    ]
    assert found[0][5] == (
        "The Senate passed a sweeping budget bill late on Sunday after a long debate.\n\n"
        "Republicans said the bill would cut spending by $1.2 trillion."
    )


# --- OpenDocument ------------------------------------------------------------------------------


def test_an_opendocument_article_keeps_its_spaces_and_leaves_out_notes(tmp_path):
    content = (
        "<text:h>Oil output steady</text:h>"
        '<text:p>Output held at<text:s text:c="2"/>9.5 million bpd<text:note><text:note-body>'
        "<text:p>A footnote.</text:p></text:note-body></text:note>, the ministry "
        "<text:span>said</text:span>.<text:line-break/>More text.</text:p>"
    )
    path = write(tmp_path / "oil.odt", odt(content))
    assert _fields(read_corpus(path)) == [
        [
            "oil",
            "Oil output steady",
            pd.NaT,
            "",
            "",
            "Output held at  9.5 million bpd, the ministry said.\nMore text.",
        ]
    ]


# --- RTF ---------------------------------------------------------------------------------------

FACTIVA_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}"
    rb"{\colortbl;\red0\green0\blue0;}{\info{\title Factiva}{\author x}}{\*\generator Factiva;}"
    rb"\pard\plain\f0 HD\par Gazprom cuts gas flows to Europe\par WC\par 250 words\par PD\par"
    rb" 3 March 2021\par SN\par Interfax\par LP\par MOSCOW, March 3 (Interfax) - Gazprom cut "
    rb"flows by 5\'966%.\par TD\par Exports fell to \u8364?2 billion \ldblquote at least"
    rb"\rdblquote .\par \par AN\par Document INTFAX0020210303eh330001a\par }"
)


def test_a_factiva_rtf_export_is_split_and_its_characters_decoded(tmp_path):
    corpus = read_corpus(write(tmp_path / "factiva.rtf", FACTIVA_RTF))
    assert corpus.documents[
        ["doc_id", "title", "published", "agency", "lead", "body"]
    ].values.tolist() == [  # fmt: skip
        [
            "INTFAX0020210303eh330001a",
            "Gazprom cuts gas flows to Europe",
            pd.Timestamp("2021-03-03"),
            "Interfax",
            "Gazprom cut flows by 5\u20136%.",
            "Exports fell to \u20ac2 billion \u201cat least\u201d.",
        ]
    ]


@pytest.mark.parametrize(
    ("rtf", "text"),
    [
        (rb"{\rtf1 a{\*\unknowndest secret}b}", "ab"),  # an ignorable destination
        (rb"{\rtf1 a{\pict\bin2 {}}b}", "ab"),  # raw bytes, braces among them
        (rb"{\rtf1\uc2 \u20320\'c4\'e3 ok}", "\u4f60 ok"),  # \ucN: N stand-ins skipped
        (rb"{\rtf1 \u-3913?x}", "\uf0b7x"),  # a negative \uN
        (rb"{\rtf1 \u55357?x}", "\ufffdx"),  # half a surrogate pair
        (rb"{\rtf1\ansicpg1251 \'cc\'ee\'f1\'ea\'e2\'e0}", "\u041c\u043e\u0441\u043a\u0432\u0430"),
        (rb"{\rtf1 {\field{\*\fldinst{HYPERLINK \"http://x\"}}{\fldrslt{TASS}}}\par}", "TASS"),
        (rb"{\rtf1 a\~b\_c\-d \{e\}}", "a\u00a0b-cd {e}"),
        (rb"{\rtf1 \u-10179?\u-8704?!}", "\U0001f600!"),  # an emoji as Word writes it
        (b"\xef\xbb\xbf{\\rtf1 BOM}", "BOM"),  # a byte-order mark first
    ],
)
def test_rtf_control_words(rtf, text):
    assert rtf_text(rtf).strip() == text


def test_rtf_is_read_in_linear_time_on_repeated_field_groups():
    from tests.conftest import cpu_seconds

    def run(n: int) -> None:
        rtf_text(b"{\\rtf1 " + b'{\\field{\\*\\fldinst{HYPERLINK "a" ' * n + b"}")

    # striprtf's hyperlink pattern took 10 s for n = 1,000, and n = 4,000 did not end
    assert cpu_seconds(lambda: run(40_000)) < 12 * cpu_seconds(lambda: run(5_000)) + 0.2


# --- PDF ---------------------------------------------------------------------------------------

LONG = (
    "Japan receives almost 9-10% of all imported liquefied natural gas from the Sakhalin-2 "
    "project, the ambassador said on Monday, adding that the two countries would expand energy-"
    "related cooperation in the coming years."
)


def _wrapped(text: str, width: int = 70) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, break_on_hyphens=False)


def test_a_pdf_article_is_reflowed_and_its_running_lines_left_out(tmp_path):
    second = "Officials in Tokyo said the supplies mattered for energy security, and they " * 3
    first_page = ["Japan and Russia: the energy link", *_wrapped(LONG), *_wrapped(second)[:2]]
    pages = [
        ["Energy Weekly", *first_page, "Page 1 of 3"],
        ["Energy Weekly", *_wrapped(second)[2:], "Short last paragraph.", "Page 2 of 3"],
        ["Energy Weekly", "The end.", "Page 3 of 3"],
    ]
    corpus = read_corpus(write(tmp_path / "link.pdf", pdf(pages)))
    assert corpus.documents["title"].tolist() == ["Japan and Russia: the energy link"]
    assert corpus.documents["body"].tolist() == [
        f"{LONG}\n\n{second.strip()}\n\nShort last paragraph.\n\nThe end."
    ]


def test_a_nexis_uni_pdf_export_is_split_into_its_articles(tmp_path):
    lines = NEXIS_UNI.strip().split("\n")
    corpus = read_corpus(write(tmp_path / "nexis.pdf", pdf([lines[:13], lines[13:]])))
    assert corpus.documents["title"].tolist() == [
        "Senate Passes Budget Bill After Long Debate",
        "Climate talks end without deal",
    ]
    assert corpus.documents["published"].tolist() == [
        pd.Timestamp("2026-12-07"),
        pd.Timestamp("2026-12-08"),
    ]


def test_reflow_joins_a_line_that_goes_on_in_lower_case_and_ends_a_short_one():
    lines = [
        "A headline",
        "X" * 60 + " and the",
        "sentence goes on here to the end of the line, which is full width.....",
        "short end.",
        "New paragraph begins here and is also long enough to count as a full line.",
        "but this short one",
        "goes on in lower case.",
    ]
    assert reflow(lines).split("\n\n") == [
        "A headline",
        "X" * 60 + " and the sentence goes on here to the end of the line, which is full "
        "width..... short end.",
        "New paragraph begins here and is also long enough to count as a full line. but this "
        "short one goes on in lower case.",
    ]


# --- what cannot be read -----------------------------------------------------------------------


def _bomb_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (200 << 20) + b"</a>")
    return buffer.getvalue()


def _laughs_docx() -> bytes:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>'
        "</w:document>"
    )
    return _zip({"word/document.xml": xml})


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([["Secret text"]]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.docx", b"", "empty file"),
        (
            "text.docx",
            b"just some text, not a zip",
            "not a Word file, or a damaged one (File is not a zip file)",
        ),
        ("other.docx", _zip({"x.xml": "<x/>"}), "not a Word file (no word/document.xml in it)"),
        (
            "locked.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "Word file is password-protected (not a zip of XML)",
        ),  # fmt: skip
        ("bomb.docx", _bomb_docx(), "Word text part inflates to 209,715,207 bytes (a zip bomb?)"),
        (
            "laughs.docx",
            _laughs_docx(),
            "Word text part declares a document type or entities (refused)",
        ),  # fmt: skip
        ("blank.odt", odt("<text:p> </text:p>"), "OpenDocument file with no text"),
        ("plain.rtf", b"Not RTF at all", "not an RTF file (no {\\rtf header)"),
        ("junk.pdf", b"%PDF-1.4\nnothing else", "PDF file cannot be read"),
        ("locked.pdf", _encrypted_pdf(), "PDF file is encrypted with a password"),
        ("scan.pdf", _blank_pdf(), "PDF file with no text layer (a scanned PDF?)"),
        (
            "old.doc",
            b"\xd0\xcf\x11\xe0",
            "a Word 97-2003 .doc file is not read: save it as .docx, .rtf or .txt",
        ),  # fmt: skip
    ],
)
def test_a_file_that_cannot_be_read_is_a_problem_and_the_others_load(
    tmp_path, name, content, problem
):
    write(tmp_path / name, content)
    write(tmp_path / "good.docx", docx(["Good title", "Gas flows rose 5% on Monday."]))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert corpus.problems[["path", "action"]].values.tolist() == [[name, "skipped"]]
    assert corpus.problems["problem"].iloc[0].startswith(problem)


# --- PDF files that LibreOffice wrote (tests/data/documents, see its NOTICE) -------------------


FIXTURES = KREMLIN_120.parent / "documents"


def _kremlin_item(item_id: str) -> dict:
    with KREMLIN_120.open(encoding="utf-8") as lines:
        return next(row for row in map(json.loads, lines) if row["id"] == item_id)


def test_a_one_column_pdf_gives_back_the_text_it_was_made_from():
    item = _kremlin_item("17864")
    corpus = read_corpus(FIXTURES / "kremlin-096-one-column.pdf")
    assert corpus.documents["title"].tolist() == [item["title"]]
    assert corpus.documents["body"].tolist() == [f"{item['lead']}\n\n{item['body']}"]


def test_a_two_column_pdf_is_read_column_by_column_without_its_running_lines():
    item = _kremlin_item("54977")
    corpus = read_corpus(FIXTURES / "kremlin-116-two-columns.pdf")
    assert corpus.documents["title"].tolist() == [item["title"]]
    body = corpus.documents["body"].iloc[0]
    assert body.split() == item["body"].split()  # no running head, no page number
    # paragraphs marked by indents, some of them across a column's or a page's end; "<…>" opens
    # page 2 alone, where no indent can be seen, and is joined to the paragraph before
    paragraphs = item["body"].split("\n\n")
    assert paragraphs[-1] == "<…>"
    assert body.split("\n\n") == paragraphs[:-2] + [f"{paragraphs[-2]} <…>"]


@pytest.mark.parametrize(
    ("pdf_name", "same_name", "count", "differ"),
    [
        # the PDF's "Ukraine and Russia exchanged" story: a paragraph break whose last line runs
        # to the full width, then a capital, is not seen (in both the body and Factiva's lead)
        ("nexis-uni-export.pdf", "nexis-uni-export.docx", 4, {1}),
        ("factiva-export.pdf", "factiva-export.rtf", 3, {1}),
    ],
)
def test_a_pdf_export_gives_the_articles_of_the_same_export_saved_as_text(
    pdf_name, same_name, count, differ
):
    columns = ["title", "published", "agency", "dateline", "lead", "body"]
    from_pdf = read_corpus(FIXTURES / pdf_name).documents[columns]
    expected = read_corpus(FIXTURES / same_name).documents[columns]
    assert len(from_pdf) == len(expected) == count
    # the cover page's "Narrowed by" rows and list of headlines are no article
    assert not from_pdf["title"].str.contains("News Sources|^1\\.", regex=True).any()
    for i in range(count):
        got, want = from_pdf.iloc[i].tolist(), expected.iloc[i].tolist()
        if i in differ:
            assert got[:4] == want[:4]
            assert " ".join(got[4:]).split() == " ".join(want[4:]).split()
        else:
            assert got == want


def _patched_zip(data: bytes, *, flags: int | None = None, method: int | None = None) -> bytes:
    """A zip whose entries claim other flags (bit 0: encrypted) or another compression method
    (9: Deflate64, 99: WinZip AES), in the local and the central headers."""
    import struct

    out = bytearray(data)
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            if flags is not None:
                out[start + at : start + at + 2] = struct.pack("<H", flags)
            if method is not None:
                out[start + at + 2 : start + at + 4] = struct.pack("<H", method)
            start += 4
    return bytes(out)


def _damaged_deflate() -> bytes:
    data = bytearray(docx(["Title", "Some text that is long enough to be compressed. " * 20]))
    at = data.find(b"word/document.xml") + len("word/document.xml")
    data[at + 10 : at + 30] = b"\xff" * 20  # inside the compressed text part
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("damaged.docx", _damaged_deflate(), "not a Word file, or a damaged one (Error -3"),
        (
            "locked.docx",
            _patched_zip(docx(["A"]), flags=1),
            "Word file cannot be unzipped (encrypted with a password)",
        ),  # fmt: skip
        (
            "deflate64.docx",
            _patched_zip(docx(["A"]), method=9),
            "Word file cannot be unzipped (That compression method is not supported)",
        ),  # fmt: skip
        ("really.docx", pdf([["A PDF"]]), "a PDF file named .docx"),
    ],
)
def test_a_damaged_or_locked_zip_is_a_problem_and_the_others_load(tmp_path, name, content, problem):
    write(tmp_path / name, content)
    write(tmp_path / "good.docx", docx(["Good title", "Gas flows rose 5% on Monday."]))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert corpus.problems["problem"].iloc[0].startswith(problem)


def test_an_odt_space_count_that_is_no_number_is_one_space(tmp_path):
    path = write(
        tmp_path / "a.odt", odt('<text:p>Title</text:p><text:p>a<text:s text:c="abc"/>b</text:p>')
    )
    assert read_corpus(path).documents["body"].tolist() == ["a b"]


def test_nesting_of_any_depth_is_read_and_text_after_it_kept(tmp_path):
    deep = "<w:sdt><w:sdtContent>" * 5000 + "</w:sdtContent></w:sdt>" * 5000
    path = write(
        tmp_path / "deep.docx",
        docx(["Title"], extra_xml=deep + "<w:p><w:r><w:t>After.</w:t></w:r></w:p>"),
    )
    assert read_corpus(path).documents["body"].tolist() == ["After."]


def test_a_text_part_of_too_many_elements_is_refused(tmp_path, monkeypatch):
    from analysis.formats import documents

    monkeypatch.setattr(documents._XmlParagraphs, "MAX_ELEMENTS", 1000)
    write(tmp_path / "many.docx", docx(["x"] * 400))  # 5 elements a paragraph
    write(tmp_path / "good.docx", docx(["Good title", "Text."]))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert corpus.problems["problem"].tolist() == [
        "Word text part has over 1,000 XML elements (a bomb?)"
    ]


def test_a_pdf_page_that_draws_text_too_many_times_is_left_out(tmp_path, monkeypatch):
    from analysis.formats import pdf as pdf_module

    monkeypatch.setattr(pdf_module, "MAX_TEXT_OPERATORS", 50)
    crowded = [f"word {i}" for i in range(60)]
    path = write(tmp_path / "two.pdf", pdf([["A title", "The story goes on."], crowded]))
    corpus = read_with_problems(path)
    assert corpus.documents["title"].tolist() == ["A title"]
    assert corpus.problems[["problem", "action"]].values.tolist() == [
        ["1 of 2 PDF pages draw text over 50 times (not read)", "the others loaded"]
    ]


def test_a_pdf_page_drawn_in_many_pieces_is_read_without_its_layout(tmp_path, monkeypatch):
    from analysis.formats import pdf as pdf_module

    monkeypatch.setattr(pdf_module, "MAX_LAID_OUT_OPERATORS", 50)
    laid_out = []
    monkeypatch.setattr(
        pdf_module, "_page_lines", lambda page: laid_out.append(page) or ["A title", ""]
    )
    many = [f"word {i}" for i in range(60)]
    path = write(tmp_path / "two.pdf", pdf([["A title", "The story goes on."], many]))
    corpus = read_with_problems(path)
    assert len(laid_out) == 1  # the first page only: the second is read in the plain mode
    assert "word 59" in corpus.documents["text"].iloc[0]
    assert corpus.problems[["problem", "action"]].values.tolist() == [
        [
            "1 of 2 PDF pages draw text over 50 times (read without their layout)",
            "loaded",
        ]
    ]


def test_an_unexpected_error_of_a_reader_loses_that_file_alone(tmp_path, monkeypatch):
    import analysis.corpus

    def broken(text, path, reader):
        raise RuntimeError("a bug")

    monkeypatch.setattr(analysis.corpus, "html_row", broken)
    write(tmp_path / "page.html", "<html><body><p>Hello</p></body></html>")
    write(tmp_path / "good.txt", "Good title\n\nText.")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert corpus.problems[["path", "problem"]].values.tolist() == [
        ["page.html", "cannot be read (RuntimeError: a bug)"]
    ]
