"""Hostile and malformed input found by fuzzing the loader: each once aborted the whole load with
an uncaught exception, misread the text or invented a date. Each is now a problem row naming the
file (and its line where there is one), and the folder's other documents still load.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import read_corpus
from tests.conftest import cpu_seconds
from tests.test_corpus import (
    GOOD_TEXT,
    assert_good_document_loaded,
    problem_rows,
    read_with_problems,
    write,
)
from tests.test_formats_datasets import http_response, response

PAGE = "<html><body><article><p>Gas talks resumed.</p></article></body></html>"


def _folder(tmp_path: Path, name: str, content: str | bytes) -> Path:
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / name, content)
    return tmp_path


def _only(corpus, name: str) -> pd.DataFrame:
    return corpus.documents[corpus.documents["path"] == name]


# --- JSON --------------------------------------------------------------------------------------


def test_a_json_number_longer_than_int_reads_is_a_line_problem(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "First article."}),
        '{"id": ' + "9" * 5000 + ', "text": "Huge id."}',
        json.dumps({"id": "c", "text": "Third article."}),
    ]
    corpus = read_with_problems(_folder(tmp_path, "rows.jsonl", "\n".join(lines)))
    assert_good_document_loaded(corpus)
    assert _only(corpus, "rows.jsonl")["text"].tolist() == ["First article.", "Third article."]
    (row,) = problem_rows(corpus)
    assert (row["path"], row["line"], row["action"]) == ("rows.jsonl", 2, "line skipped")
    assert row["problem"].startswith("JSON not readable (Exceeds the limit (4300 digits)")


def test_a_json_file_with_a_number_longer_than_int_reads_is_a_file_problem(tmp_path):
    corpus = read_with_problems(_folder(tmp_path, "list.json", '[{"date": ' + "1" * 5000 + "}]"))
    assert_good_document_loaded(corpus)
    (row,) = problem_rows(corpus)
    assert (row["path"], row["line"], row["action"]) == ("list.json", None, "skipped")
    assert row["problem"].startswith("JSON not readable (Exceeds the limit")


# --- dates ---------------------------------------------------------------------------------------


def test_a_date_of_now_or_today_is_not_the_time_of_the_load(tmp_path):
    rows = [{"text": "Said now.", "date": "now"}, {"text": "Said today.", "date": "today"}]
    path = write(tmp_path / "rows.jsonl", "\n".join(json.dumps(r) for r in rows))
    corpus = read_with_problems(path)
    assert corpus.documents["published"].isna().all()
    assert corpus.documents["date_note"].tolist() == ["date not understood"] * 2
    assert [(r["line"], r["problem"]) for r in problem_rows(corpus)] == [
        (1, "date 'now' not understood"),
        (2, "date 'today' not understood"),
    ]


# --- XML -----------------------------------------------------------------------------------------


def test_atom_xhtml_content_nested_too_deeply_is_a_problem(tmp_path):
    deep = "<div>" * 3000 + "x" + "</div>" * 3000
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Ok</title>'
        "<content>Plain entry.</content></entry>"
        f'<entry><content type="xhtml">{deep}</content></entry></feed>'
    )
    corpus = read_with_problems(_folder(tmp_path, "feed.atom", feed))
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert problem_rows(corpus) == [
        {
            "path": "feed.atom",
            "line": None,
            "problem": "XML nested too deeply to read",
            "action": "skipped",
        }
    ]


def test_newsml_g2_inline_xml_nested_too_deeply_is_a_problem(tmp_path):
    deep = "<p>" * 3000 + "x" + "</p>" * 3000
    message = (
        "<newsMessage><itemSet><newsItem><contentSet>"
        f"<inlineXML>{deep}</inlineXML></contentSet></newsItem></itemSet></newsMessage>"
    )
    corpus = read_with_problems(_folder(tmp_path, "g2.xml", message))
    assert_good_document_loaded(corpus)
    assert [(r["path"], r["problem"]) for r in problem_rows(corpus)] == [
        ("g2.xml", "XML nested too deeply to read")
    ]


def test_an_xml_declaration_naming_a_codec_of_bytes_is_passed_over(tmp_path):
    feed = (
        '<?xml version="1.0" encoding="rot13"?><rss><channel><item>'
        "<title>Rot</title><description>Gas talks resumed.</description></item></channel></rss>"
    )
    corpus = read_corpus(_folder(tmp_path, "feed.xml", feed))
    assert _only(corpus, "feed.xml")["text"].tolist() == ["Rot\n\nGas talks resumed."]


# --- HTML ----------------------------------------------------------------------------------------


def test_a_character_reference_of_thousands_of_digits_is_a_replacement_character(tmp_path):
    page = f"<html><body><article><p>Gas &#{'9' * 5000}; talks.</p></article></body></html>"
    corpus = read_corpus(_folder(tmp_path, "page.html", page))
    assert _only(corpus, "page.html")["text"].tolist() == ["Gas \ufffd talks."]


def test_a_json_field_with_a_huge_character_reference_is_read(tmp_path):
    record = {"title": "T", "text": f"AT&amp;T &#{'1' * 5000} rose."}
    corpus = read_corpus(write(tmp_path / "rows.jsonl", json.dumps(record)))
    assert corpus.documents["body"].tolist() == ["AT&T \ufffd rose."]


def test_json_ld_authors_nested_thousands_deep_are_passed_over(tmp_path):
    author = "[" * 900 + '{"name": "Deep"}' + "]" * 900
    ld = f'{{"@type": "NewsArticle", "headline": "Gas talks", "author": {author}}}'
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><article><p>Gas talks resumed.</p></article></body></html>"
    )
    corpus = read_corpus(_folder(tmp_path, "page.html", page))
    (document,) = _only(corpus, "page.html").itertuples()
    assert (document.title, document.body) == ("Gas talks", "Gas talks resumed.")


# --- encodings -----------------------------------------------------------------------------------


def test_utf16_cut_at_an_odd_byte_is_decoded_and_reported(tmp_path):
    data = b"\xff\xfe" + "Title\n\nGas talks.".encode("utf-16-le") + b"\x00"
    corpus = read_with_problems(_folder(tmp_path, "cut.txt", data))
    assert_good_document_loaded(corpus)
    assert _only(corpus, "cut.txt")["text"].tolist() == ["Title\n\nGas talks.\ufffd"]
    (row,) = problem_rows(corpus)
    assert (row["path"], row["action"]) == ("cut.txt", "loaded")
    assert row["problem"].startswith("UTF-16 text with bytes that are not UTF-16")


def test_utf16_with_half_a_surrogate_pair_is_decoded_and_reported(tmp_path):
    data = (
        b"\xfe\xff"
        + "Title\n\nGas".encode("utf-16-be")
        + b"\xd8\x00"
        + " talks.".encode("utf-16-be")
    )
    corpus = read_with_problems(_folder(tmp_path, "half.txt", data))
    assert _only(corpus, "half.txt")["body"].tolist() == ["Gas\ufffd talks."]


def test_utf32_with_a_byte_order_mark_is_decoded_as_utf32(tmp_path):
    write(tmp_path / "le.txt", "\ufeffLittle\n\nGas talks.".encode("utf-32-le"))
    write(tmp_path / "be.txt", "\ufeffBig\n\nOil talks.".encode("utf-32-be"))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["text"].tolist() == ["Big\n\nOil talks.", "Little\n\nGas talks."]
    assert [(r["path"], r["problem"]) for r in problem_rows(corpus)] == [
        ("be.txt", "UTF-32 text; decoded as UTF-32"),
        ("le.txt", "UTF-32 text; decoded as UTF-32"),
    ]


def test_a_warc_page_in_a_charset_that_is_no_text_encoding_is_read(tmp_path):
    block = http_response(PAGE, "text/html; charset=idna")
    path = write(tmp_path / "crawl.warc", response("http://x/a", "2024-03-05T12:00:00Z", block))
    corpus = read_corpus(path)
    assert corpus.documents["text"].tolist() == ["Gas talks resumed."]


# --- file names ----------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_read_and_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    name = os.path.join(os.fsencode(tmp_path), b"bad\xff.jsonl")
    with open(name, "wb") as handle:
        handle.write(b'{"text": "Named badly."}\n')
    corpus = read_with_problems(tmp_path)
    assert_good_document_loaded(corpus)
    named = corpus.documents[corpus.documents["path"] == "bad\ufffd.jsonl"]
    assert (named["doc_id"].tolist(), named["text"].tolist()) == (["bad\ufffd:1"], ["Named badly."])
    assert problem_rows(corpus) == [
        {
            "path": "bad\ufffd.jsonl",
            "line": None,
            "problem": "file name is not UTF-8",
            "action": "read; its name shown with U+FFFD",
        }
    ]
    corpus.documents.to_parquet(tmp_path / "out.parquet")  # writable: no lone surrogate left


# --- time ----------------------------------------------------------------------------------------

UNCLOSED = ["<!--", "<a b='", "<?", "</a", "<![CDATA["]


@pytest.mark.parametrize("unit", UNCLOSED)
def test_a_page_of_unclosed_elements_is_read_in_linear_time(tmp_path, unit):
    times = []
    for size in (40_000, 160_000):
        page = "<article><p>Gas talks resumed.</p>" + unit * (size // len(unit))
        path = write(tmp_path / f"{size}.html", page)
        times.append(cpu_seconds(lambda path=path: read_corpus(path)))
        text = read_corpus(path).documents["text"].iloc[0]
        assert text.startswith("Gas talks resumed.\n\n" + unit)
    small, large = times
    # four times the page: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (unit, times)


def test_a_folder_name_that_is_not_utf8_is_read_and_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    folder = os.path.join(os.fsencode(tmp_path), b"sub\xe9")
    os.mkdir(folder)
    with open(os.path.join(folder, b"a.txt"), "wb") as handle:
        handle.write(b"Inside\n\nA badly named folder.")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good", "sub\ufffd/a"]
    assert corpus.documents["text"].tolist()[1] == "Inside\n\nA badly named folder."
    assert [(r["path"], r["problem"]) for r in problem_rows(corpus)] == [
        ("sub\ufffd", "folder name is not UTF-8")
    ]
