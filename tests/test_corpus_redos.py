"""The loader reads hostile text in time that grows with its length, not its square: each body
below once took seconds per 300 KB in a regular expression (a markup test, the NewsAPI
cut-marker search, the TASS section line)."""

from __future__ import annotations

import json

import pytest

from analysis.corpus import CorpusError, read_corpus
from tests.conftest import cpu_seconds

BODIES = {
    "tags never closed": lambda n: "<p " * (n // 3),
    "a long blank": lambda n: "a" + " " * n + "b",
    "cut markers": lambda n: "[+1 " * (n // 4),
    "ampersands": lambda n: "&abcdefgh" * (n // 9),
    "angle brackets": lambda n: "<" * n,
    "a date word before a long blank": lambda n: "Date" + " " * n + "x",
    "a date label then digits": lambda n: "Date: " + "1" * n,
    "a Daily Mail byline never closed": lambda n: "By . " + "a " * (n // 2),
    "backslashes": lambda n: "a\\" * (n // 2),
    "entity remnants never closed": lambda n: "#36" * (n // 3),
    "source separators": lambda n: "|||||" * (n // 5),
}


def _read(path) -> None:
    try:
        read_corpus(path)
    except CorpusError:
        pass  # no text left is a fine answer; the time is what is measured


@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".html"])
@pytest.mark.parametrize("name", list(BODIES))
def test_loading_time_grows_linearly(tmp_path, name, suffix):
    times = []
    for size in (150_000, 600_000):
        body = BODIES[name](size)
        path = tmp_path / f"{size}{suffix}"
        if suffix == ".jsonl":
            path.write_text(json.dumps({"id": "a", "title": "T", "body": body}) + "\n")
        elif suffix == ".html":
            path.write_text(f"<html><body><article>{body}</article></body></html>")
        else:
            path.write_text("Title\n\n" + body)
        times.append(cpu_seconds(lambda path=path: _read(path)))
    small, large = times
    # four times the text: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (name, suffix, times)
