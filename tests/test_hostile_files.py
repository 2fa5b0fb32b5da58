"""Hostile files: a gzip file that would inflate to gigabytes (a compression bomb), a damaged
deflate stream, a web archive's response claiming a huge body, and text escaping half a UTF-16
surrogate pair are reported, and the rest of the corpus is read and analysed.

The limits are lowered here so that the bombs stay small; the shipped ones are checked against
the real corpus's ratio.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, tables
from analysis.corpus import read_corpus
from analysis.formats import warc
from tests.test_formats_datasets import ARTICLE_PAGE, http_response, response

ARTICLE = {"id": "a1", "title": "Gas talks", "body": "Gazprom and Japan resumed gas talks."}


def _problems(loaded) -> list[tuple]:
    return [
        (p.path, None if pd.isna(p.line) else int(p.line), p.problem, p.action)
        for p in loaded.problems.itertuples()
    ]


def test_a_gzip_bomb_is_refused_and_the_other_files_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "INFLATE_FLOOR", 1 << 20)  # 1 MB, so that the bomb stays small
    bomb = gzip.compress(b" " * (8 << 20))  # 8 MB of spaces in about 8 KB: a thousand times
    (tmp_path / "bomb.jsonl.gz").write_bytes(bomb)
    (tmp_path / "good.jsonl.gz").write_bytes(gzip.compress(json.dumps(ARTICLE).encode()))
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["a1"]
    assert _problems(loaded) == [
        (
            "bomb.jsonl.gz",
            None,
            f"inflates to more than 1 MB from {len(bomb):,} bytes "
            "(over 50 times its size: a compression bomb?)",
            "skipped",
        )
    ]


def test_a_file_of_many_gzip_members_is_read_whole(tmp_path):
    lines = [json.dumps({**ARTICLE, "id": f"a{n}", "body": f"Talk {n}."}) for n in range(3)]
    members = b"".join(gzip.compress((line + "\n").encode()) for line in lines)
    (tmp_path / "parts.jsonl.gz").write_bytes(members + b"\x00" * 16)  # zero padding at the end
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["a0", "a1", "a2"]
    assert _problems(loaded) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        # a deflate stream whose bytes are damaged: zlib's error, once not caught at all
        (
            lambda good: good[:12] + b"\xff" * 8 + good[20:],
            "cannot be read (error: Error -3 while decompressing data: invalid code lengths set)",
        ),
        (
            lambda good: good[:-12],
            "cannot be read (EOFError: Compressed file ended before the end-of-stream marker "
            "was reached)",
        ),
        (lambda good: b"plain text, not gzip", "cannot be read (BadGzipFile: not a gzipped file)"),
        (lambda good: good + b"junk", "cannot be read (BadGzipFile: trailing garbage)"),
    ],
)
def test_a_damaged_gzip_file_is_reported_not_an_abort(tmp_path, content, problem):
    good = gzip.compress((json.dumps(ARTICLE) + "\n").encode() * 50)
    (tmp_path / "damaged.jsonl.gz").write_bytes(content(good))
    (tmp_path / "good.jsonl").write_text(json.dumps({**ARTICLE, "id": "b1"}) + "\n")
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["b1"]
    assert _problems(loaded) == [("damaged.jsonl.gz", None, problem, "skipped")]


def test_the_shipped_limit_leaves_real_news_far_below_it(kremlin_full_path):
    packed = kremlin_full_path.read_bytes()
    inflated = corpus._inflate(packed)
    assert inflated == gzip.decompress(packed)  # read as gzip reads it
    assert len(inflated) / len(packed) < 4  # real news JSON inflates about 3.3 times
    assert corpus.INFLATE_RATIO >= 10 * 4 and corpus.INFLATE_FLOOR >= 256 << 20


def test_a_warc_response_over_the_limit_is_passed_over_and_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(warc, "_WARC_MAX_RECORD", 4096)
    big = http_response("<html><body><article>" + "<p>x</p>" * 2000 + "</article></body></html>")
    path = tmp_path / "crawl.warc"
    path.write_bytes(
        response("https://example.com/huge", "2024-03-05T12:00:00Z", big)
        + response("https://example.com/gas", "2024-03-05T12:01:00Z", http_response(ARTICLE_PAGE))
    )
    loaded = read_corpus(tmp_path)
    assert loaded.documents["url"].tolist() == ["https://example.com/gas"]
    assert _problems(loaded) == [
        (
            "crawl.warc",
            1,
            f"a response of {len(big):,} bytes, over 0 MB: not read as a page "
            "(https://example.com/huge)",
            "record skipped",
        )
    ]


SURROGATES_REPLACED = r"lone UTF-16 surrogate escapes (\udXXX) replaced with U+FFFD"


def test_lone_surrogate_escapes_in_json_become_replacement_characters(tmp_path):
    # "\ud800" alone is valid JSON but no UTF-8 text: it once aborted the load (sha256 of the
    # text), and would fail Parquet and the reports. A whole pair stays the character it is.
    lines = [
        r'{"id": "a", "title": "T \ud800", "body": "Lone \udc00 half.", "author": ["\udfff"]}',
        r'{"id": "b", "title": "Pair", "body": "Smile \ud83d\ude00 and a backslash-u: \\ud800."}',
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "one.json").write_text(r'{"id": "c", "title": "X", "body": "Half \udbff."}')
    loaded = read_corpus(tmp_path)
    texts = dict(zip(loaded.documents["doc_id"], loaded.documents["text"], strict=True))
    assert texts == {
        "a": "T \ufffd\n\nLone \ufffd half.",
        "b": "Pair\n\nSmile \U0001f600 and a backslash-u: \\ud800.",
        "c": "X\n\nHalf \ufffd.",
    }
    assert loaded.documents.set_index("doc_id").loc["a", "author"] == ["\ufffd"]
    assert _problems(loaded) == [
        ("news.jsonl", 1, SURROGATES_REPLACED, "loaded"),
        ("one.json", None, SURROGATES_REPLACED, "loaded"),
    ]
    written = tables.write_tables(tmp_path, tmp_path / "out", use_cache=False, workers=1)
    assert pd.read_parquet(written["documents"])["text"].tolist() == list(texts.values())


def test_a_surrogate_character_reference_in_sgml_is_a_replacement_character(tmp_path):
    (tmp_path / "reut2-000.sgm").write_text(
        '<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>Bad &#55296; '
        "char</TITLE><BODY>Oil rose 5 pct to &#57343; 20 dlrs a barrel.\n Reuter\n</BODY>"
        "</TEXT></REUTERS>\n"
    )
    loaded = read_corpus(tmp_path)
    assert loaded.documents["text"].tolist() == [
        "Bad \ufffd char\n\nOil rose 5 pct to \ufffd 20 dlrs a barrel."
    ]


GOOD = "Oil deal\n\nRussia and India signed an oil deal.\n"


def test_a_lone_surrogate_in_front_matter_or_json_ld_is_replaced_and_the_file_named(tmp_path):
    (tmp_path / "a.md").write_text(
        '---\ntitle: "YAML \\ud800 lone"\nauthor: "\\udc80"\n---\n\nRussia exported oil.\n'
    )
    (tmp_path / "c.html").write_text(
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"LD \\ud800 x","datePublished":"2024-01-01","author":{"name":"\\udc00"}}'
        "</script></head><body><article><p>Russia exported oil to India.</p></article></body>"
        "</html>"
    )
    (tmp_path / "good.txt").write_text(GOOD)
    loaded = read_corpus(tmp_path)
    documents = loaded.documents
    assert documents["title"].tolist() == ["YAML \ufffd lone", "LD \ufffd x", "Oil deal"]
    assert documents["doc_id"].tolist() == ["a", "c", "good"]
    replaced = "2 lone UTF-16 surrogates (half a character) in the fields"
    assert _problems(loaded) == [
        ("a.md", None, replaced, "replaced with U+FFFD; loaded"),
        ("c.html", None, replaced, "replaced with U+FFFD; loaded"),
    ]
    documents.to_parquet(tmp_path / "documents.parquet")  # every field is valid text


def test_a_readers_unexpected_error_loses_that_file_alone(tmp_path, monkeypatch):
    def broken(text, path, reader, **_):
        yield from corpus.json_lines(text.split("\n")[0], path, reader)
        raise KeyError("a bug")

    monkeypatch.setattr(corpus, "json_line_rows", broken)
    lines = [json.dumps(ARTICLE), json.dumps({**ARTICLE, "id": "a2", "body": "Other text."})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "good.txt").write_text(GOOD)
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["a1", "good"]
    assert _problems(loaded) == [
        ("a.jsonl", None, "cannot be read (KeyError: 'a bug')", "the rest of the file not read")
    ]


def test_a_rows_unexpected_error_loses_that_row_alone(tmp_path, monkeypatch):
    row_dates = corpus.row_dates

    def broken(row, reader):
        if row["_line"] == 1:
            raise ValueError("a bug")
        return row_dates(row, reader)

    monkeypatch.setattr(corpus, "row_dates", broken)
    lines = [json.dumps(ARTICLE), json.dumps({**ARTICLE, "id": "a2", "body": "Other text."})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["a2"]
    assert _problems(loaded) == [("a.jsonl", 1, "cannot be read (ValueError: a bug)", "skipped")]


def test_a_very_long_id_is_shortened_stably_and_kept_apart(tmp_path):
    long = "I" * 1_000_000
    rows = [
        {"id": long, "title": "A", "body": "Russia and Japan signed a deal."},
        {"id": long + "J", "title": "B", "body": "Russia and India signed a deal."},
        {"id": long, "title": "C", "body": "Russia and China signed a deal."},
        {"id": "short", "title": "D", "body": "Russia and Chile signed a deal."},
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    loaded = read_corpus(tmp_path)
    first = "I" * 60 + "~" + corpus.hashlib.sha256(long.encode()).hexdigest()[:16]
    second = "I" * 60 + "~" + corpus.hashlib.sha256((long + "J").encode()).hexdigest()[:16]
    assert loaded.documents["doc_id"].tolist() == [first, second, first + "#2", "short"]
    assert read_corpus(tmp_path).documents["doc_id"].tolist() == [
        first, second, first + "#2", "short"
    ]  # fmt: skip
    assert _problems(loaded) == [
        ("a.jsonl", 1, "id of 1,000,000 characters", "shortened to its first 60 and a hash of the whole"),
        ("a.jsonl", 2, "id of 1,000,001 characters", "shortened to its first 60 and a hash of the whole"),
        ("a.jsonl", 3, "id of 1,000,000 characters", "shortened to its first 60 and a hash of the whole"),
    ]  # fmt: skip


def test_metadata_fields_past_the_first_fifty_are_left_out_with_one_problem_row(tmp_path):
    rows = [
        {"title": f"t{i}", "text": f"Russia exported {i} tonnes.", "source": "TASS", f"k{i}": "v"}
        for i in range(60)
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows[:55]))
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows[55:]))
    loaded = read_corpus(tmp_path)
    documents = loaded.documents
    extra = [c for c in documents.columns if c not in corpus.DOCUMENT_COLUMNS]
    assert extra == [f"k{i}" for i in range(50)]
    assert documents["agency"].eq("TASS").all() and len(documents) == 60
    assert documents["k3"].notna().sum() == 1
    past = "metadata fields past the corpus's first 50"
    assert _problems(loaded) == [
        ("a.jsonl", None, f"5 {past} ('k50', 'k51', 'k52', 'k53', 'k54')", "left out of the documents table"),
        ("b.jsonl", None, f"5 {past} ('k55', 'k56', 'k57', 'k58', 'k59')", "left out of the documents table"),
    ]  # fmt: skip


def test_ten_thousand_metadata_fields_give_fifty_columns_and_one_row(tmp_path):
    rows = [{"title": f"t{i}", "text": f"Russia exported {i} tonnes.", f"k{i}": "v"} for i in range(10_000)]  # fmt: skip
    (tmp_path / "u.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    loaded = read_corpus(tmp_path)
    assert loaded.documents.shape == (10_000, len(corpus.DOCUMENT_COLUMNS) + 50)
    assert _problems(loaded) == [
        (
            "u.jsonl",
            None,
            "9,950 metadata fields past the corpus's first 50 ('k50', 'k51', 'k52', 'k53', 'k54', ...)",
            "left out of the documents table",
        )
    ]


def test_problems_of_one_kind_in_a_file_are_listed_a_hundred_times_then_counted(tmp_path):
    lines = ["x"] * 250 + ["[1]"] * 3 + ["{"] * 10
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "more.jsonl").write_text("x\n" * 101)
    (tmp_path / "good.txt").write_text(GOOD)
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["good"]
    rows = _problems(loaded)
    invalid = "not valid JSON (Expecting value at column 1)"
    assert rows[:100] == [("bad.jsonl", n, invalid, "line skipped") for n in range(1, 101)]
    assert rows[100:] == [
        ("bad.jsonl", None, "and 160 more like this (not valid ...), not listed", "line skipped"),
        ("bad.jsonl", 251, "a JSON list, not an object", "line skipped"),
        ("bad.jsonl", 252, "a JSON list, not an object", "line skipped"),
        ("bad.jsonl", 253, "a JSON list, not an object", "line skipped"),
    ] + [("more.jsonl", n, invalid, "line skipped") for n in range(1, 101)] + [
        ("more.jsonl", None, "and 1 more like this (not valid ...), not listed", "line skipped"),
    ]  # fmt: skip


def test_a_folder_listed_but_not_entered_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    # As non-root, "chmod 644 sub" lets sub be listed but not its files stat'ed; tests run as
    # root, so the stat calls into it fail here as they would.
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n\nRussia sold gas.\n")
    (tmp_path / "sub" / "deeper").mkdir()
    (tmp_path / "good.txt").write_text(GOOD)
    sub = str(tmp_path / "sub") + os.sep
    stat, lstat = Path.stat, Path.lstat

    def refused(real):
        def call(self, *args, **kwargs):
            if str(self).startswith(sub):
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        return call

    monkeypatch.setattr(Path, "stat", refused(stat))
    monkeypatch.setattr(Path, "lstat", refused(lstat))
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["good"]
    assert _problems(loaded) == [
        ("sub/deeper", None, "cannot be read (PermissionError)", "skipped"),
        ("sub/a.txt", None, "cannot be read (PermissionError)", "skipped"),
    ]


def test_links_to_the_root_an_ancestor_or_a_system_folder_are_not_followed(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "good.txt").write_text(GOOD)
    (corpus_dir / "root").symlink_to("/")
    (corpus_dir / "up").symlink_to(tmp_path)
    (corpus_dir / "proc").symlink_to("/proc/self")
    (corpus_dir / "status").symlink_to("/proc/self/status")
    loaded = read_corpus(corpus_dir)
    assert loaded.documents["doc_id"].tolist() == ["good"]
    system = "symbolic link into a system folder (/proc, /sys, /dev)"
    holding = "symbolic link to a folder holding the corpus (a loop)"
    assert _problems(loaded) == [
        ("proc", None, system, "skipped"),
        ("root", None, holding, "skipped"),
        ("up", None, holding, "skipped"),
        ("status", None, system, "skipped"),
    ]


def test_a_huge_hex_integer_in_front_matter_loses_the_front_matter_alone(tmp_path):
    (tmp_path / "hexint.md").write_text(
        "---\ntitle: 0x" + "f" * 20_000 + "\nsource: TASS\n---\n\nRussia exported oil.\n"
    )
    loaded = read_corpus(tmp_path)
    assert loaded.documents[["doc_id", "title"]].values.tolist() == [
        ["hexint", "Russia exported oil."]
    ]
    assert _problems(loaded) == [
        ("hexint.md", None, "front matter not readable (ValueError)", "text loaded")
    ]


def test_a_file_of_nul_bytes_is_said_to_be_so_not_utf16(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(b"\x00\n\x00\n")
    (tmp_path / "good.txt").write_text(GOOD)
    loaded = read_corpus(tmp_path)
    assert loaded.documents["doc_id"].tolist() == ["good"]
    assert _problems(loaded) == [("x.jsonl", None, "only NUL bytes (and white space)", "skipped")]


def test_a_file_swapped_for_a_pipe_after_listing_is_skipped_without_waiting(tmp_path, monkeypatch):
    import signal

    (tmp_path / "a.txt").write_text("A\n\nRussia sold gas.\n")
    (tmp_path / "b.dat").write_text("B\n\nRussia sold oil.\n")
    (tmp_path / "good.txt").write_text(GOOD)
    walk = corpus._walk

    def swapped(root, reader):
        files = walk(root, reader)
        for name in ("a.txt", "b.dat"):
            (tmp_path / name).unlink()
            os.mkfifo(tmp_path / name)
        return files

    class Hung(BaseException):  # not caught as a file's error is
        pass

    def hung(*_):
        raise Hung("reading a pipe waited")

    monkeypatch.setattr(corpus, "_walk", swapped)
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        loaded = read_corpus(tmp_path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert loaded.documents["doc_id"].tolist() == ["good"]
    pipe = "not a regular file (a pipe or device)"
    assert _problems(loaded) == [("a.txt", None, pipe, "skipped"), ("b.dat", None, pipe, "skipped")]
