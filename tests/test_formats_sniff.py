"""Files whose name gives no format read (no extension, as wget saves a page and as members of
archives often are; or ``.dat``, ``.story``) are read by their first bytes; a file of a type
that holds no articles (``.png``) is reported as before, and bytes that are no text are a
problem saying so."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile

import pytest

from analysis.formats.sniff import content_format
from tests.test_corpus import BINARY_CONTENTS, GOOD_TEXT, problem_rows, read_with_problems, write
from tests.test_formats_datasets import ARTICLE_PAGE
from tests.test_formats_documents import docx, pdf
from tests.test_formats_mail import GOOGLE_ALERT, MBOX
from tests.test_formats_subtitles import BRIEFING, NEWS_AT_TEN

RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title>'
    "<item><title>Gas talks</title><description>Gazprom met Japan.</description></item>"
    "</channel></rss>"
)
REUTERS_SGML = (
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><TEXT><TITLE>COCOA</TITLE>'
    "<BODY>Cocoa rose.</BODY></TEXT></REUTERS>"
)


def _tar_gz() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("gas.txt")
        info.size = len(GOOD_TEXT)
        archive.addfile(info, io.BytesIO(GOOD_TEXT.encode()))
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (GOOD_TEXT, ".txt"),
        ("\ufeff" + GOOD_TEXT, ".txt"),
        (json.dumps({"title": "A", "text": "B"}) + "\n" + json.dumps({"text": "C"}), ".json"),
        ('[{"title": "A", "text": "B"}]', ".json"),
        (ARTICLE_PAGE, ".html"),
        ("<p>A fragment of a page.</p>", ".html"),
        ('<?xml version="1.0"?>\n<!-- a comment -->\n<html><body>XHTML</body></html>', ".html"),
        (RSS, ".xml"),
        ('<?xml version="1.0"?><nitf><body/></nitf>', ".xml"),
        (REUTERS_SGML, ".sgm"),
        (GOOGLE_ALERT, ".eml"),
        (MBOX, ".mbox"),
        (NEWS_AT_TEN, ".srt"),
        (BRIEFING, ".vtt"),
        ("{\\rtf1\\ansi Gas talks.}", ".rtf"),
        (pdf([["Gas talks"]]), ".pdf"),
        (docx(["Gas talks"]), ".zip"),  # a zip: what it holds tells a Word file (zip_kind)
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", ".warc"),
        (_tar_gz(), ".tgz"),
        (gzip.compress(b"text, not a tar"), None),
        # header lines of a plain-text article are no e-mail's: no sender or route among them
        ("Title: Gas talks\nDate: 2024-01-19\n\nGazprom met Japan.", ".txt"),
        ("From Moscow with love\n\nA story that opens with From.", ".txt"),
        *[(content, None) for content in BINARY_CONTENTS.values()],
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 8 else None,
)
def test_a_format_is_told_from_the_first_bytes(content, kind):
    data = content.encode("utf-8") if isinstance(content, str) else content
    assert content_format(data) == kind


def test_files_without_an_extension_are_read_by_their_content(tmp_path):
    write(tmp_path / "pages" / "index", ARTICLE_PAGE)  # as wget saves https://.../gas-talks/
    write(tmp_path / "pages" / "other", ARTICLE_PAGE.replace("Japan", "Korea"))
    write(tmp_path / "mail" / "alert", GOOGLE_ALERT)
    write(tmp_path / "mail" / "brief", docx(["Morning brief", "Oil rose 2% on Monday."]))
    write(tmp_path / "rows.dat", json.dumps({"id": "r1", "title": "Grain", "text": "Wheat."}))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents[["doc_id", "path", "title"]].values.tolist() == [
        ["mail/alert", "mail/alert", "Google Alert - Gazprom"],
        ["mail/brief", "mail/brief", "Morning brief"],
        ["pages/index", "pages/index", "Gazprom and Japan resume gas talks"],
        ["pages/other", "pages/other", "Gazprom and Korea resume gas talks"],
        ["r1", "rows.dat", "Grain"],
    ]
    assert [(p["path"], p["problem"], p["action"]) for p in problem_rows(corpus)] == [
        ("mail/alert", "no file extension: read as an e-mail, by its content",
         "loaded (said once a folder)"),
        ("mail/brief", "no file extension: read as Word, by its content",
         "loaded (said once a folder)"),
        ("pages/index", "no file extension: read as HTML, by its content",
         "loaded (said once a folder)"),  # said once: not again for pages/other
        ("rows.dat", "the file extension '.dat' names no format read: read as JSON, by its "
         "content", "loaded (said once a folder)"),
    ]  # fmt: skip


def test_binary_junk_of_an_unknown_type_is_not_a_readable_text_file(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "blob.dat", BINARY_CONTENTS["random"])
    write(tmp_path / "noext", BINARY_CONTENTS["png"])
    write(tmp_path / "book.xlsx.dat", _xlsx())
    write(tmp_path / "rows.gz", gzip.compress(b'{"text": "Gas talks."}'))
    write(tmp_path / "rows.dat.gz", gzip.compress(b'{"text": "Gas talks."}'))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert [(p["path"], p["problem"]) for p in problem_rows(corpus)] == [
        ("blob.dat", "not a readable text file (binary data of no format read)"),
        (
            "book.xlsx.dat",
            "a zip file of XML that is no document read (a spreadsheet, slides, an e-book?)",
        ),
        ("noext", "not a readable text file (binary data of no format read)"),
        ("rows.dat.gz", "unsupported file type '.dat.gz'"),  # as before: a gzip of a type
        ("rows.gz", "gzip-compressed: name it after what it holds (story.txt.gz, rows.jsonl.gz)"),
    ]


@pytest.mark.parametrize("name", ["photo.png", "script.py", "slides.pptx", "scraper.log"])
def test_types_that_hold_no_articles_are_not_read_whatever_their_bytes(tmp_path, name):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / name, "Looks like text\n\nBut the type says it is no article.")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    suffix = name[name.index(".") :]
    assert [p["problem"] for p in problem_rows(corpus)] == [f"unsupported file type '{suffix}'"]


def test_a_single_file_without_an_extension_is_read_as_the_corpus(tmp_path):
    corpus = read_with_problems(write(tmp_path / "alert", GOOGLE_ALERT))
    assert corpus.documents[["doc_id", "path"]].values.tolist() == [["alert", "alert"]]


def test_a_gzipped_tar_without_its_extension_is_read_as_an_archive(tmp_path):
    corpus = read_with_problems(write(tmp_path / "download", _tar_gz()))
    assert corpus.documents[["doc_id", "path"]].values.tolist() == [
        ["download/gas", "download/gas.txt"]
    ]
