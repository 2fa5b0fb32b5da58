"""The corpus loader: the seed, the shared corpora, every input format, and bad input.

Expected values come from the files themselves: the seed article read by eye
(seeds/000_ddda338cfb54461b.txt), the shared corpora counted from their raw JSON lines, and small
files each test writes by hand.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import Corpus, CorpusError, load_corpus, read_corpus

SEED_TITLE = "Normalization of Russian-Japanese ties possible in near future"
# The seed's third paragraph, under the title and the "World February 14, 8:04" line.
SEED_LEAD = (
    "Japanese expert on Russia Taisuke Abiru opined that this will happen if talks on Ukraine "
    "produce result and the process of lifting economic sanctions begins"
)
GOOD_TEXT = "A good article\n\nIt loads whatever else is in the folder."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_with_problems(path: Path, **options) -> Corpus:
    """Read a corpus that has problems: the loader must warn, and must not raise."""
    with pytest.warns(UserWarning, match=r"problem\(s\) while loading"):
        return read_corpus(path, **options)


def problem_rows(corpus: Corpus) -> list[dict]:
    """The problems table as plain dicts, ``line`` None where the whole file is meant."""
    return [
        {**row, "line": None if pd.isna(row["line"]) else int(row["line"])}
        for row in corpus.problems.to_dict("records")
    ]


def assert_good_document_loaded(corpus: Corpus) -> None:
    """The folder's good article is there despite its bad neighbour."""
    good = corpus.documents[corpus.documents["doc_id"] == "good"]
    assert good["title"].tolist() == ["A good article"]
    assert good["body"].tolist() == ["It loads whatever else is in the folder."]


# --- the seed --------------------------------------------------------------------------------


def test_seed_is_one_document(seed_documents):
    # seeds/ holds one file with one article.
    assert len(seed_documents) == 1


@pytest.mark.parametrize(
    "column, expected",
    [
        ("title", SEED_TITLE),  # line 1
        ("section", "World"),  # line 3: "World February 14, 8:04"
        ("dateline", "TOKYO"),  # "TOKYO, February 14. /TASS/." opens the body
        ("agency", "TASS"),
        ("lead", SEED_LEAD),
        ("published_month", 2),  # February
        ("published_day", 14),
        ("published_time", "08:04"),  # "8:04", zero-padded
        ("doc_id", "000_ddda338cfb54461b"),  # the file name without .txt
        ("path", "000_ddda338cfb54461b.txt"),
    ],
)
def test_seed_field(seed_document, column, expected):
    assert seed_document[column] == expected


def test_seed_date_has_no_invented_year(seed_document):
    # The page says "February 14, 8:04" and nothing else gives the year.
    assert pd.isna(seed_document["published"])
    assert pd.isna(seed_document["published_year"])
    assert seed_document["date_note"] == "no year in the source: month and day only"


def test_seed_year_from_argument(seeds_dir):
    document = load_corpus(seeds_dir, year=2026).iloc[0]
    assert document["published"] == pd.Timestamp("2026-02-14 08:04")
    assert document["published_year"] == 2026
    assert document["date_note"] == "year from the year= argument"


def test_seed_body_starts_after_the_dateline(seed_document):
    assert seed_document["body"].startswith(
        "Normalization of relations between Russia and Japan is possible"
    )


def test_seed_body_ends_with_the_last_paragraph(seed_document):
    # The last line of the file, "Read more on the site →", is dropped.
    assert seed_document["body"].endswith('a critical "point of no return."')


@pytest.mark.parametrize("column", ["body", "text"])
def test_seed_has_no_read_more(seed_document, column):
    assert "Read more" not in seed_document[column]


def test_seed_dateline_is_not_in_text(seed_document):
    assert "TOKYO, February 14. /TASS/." not in seed_document["text"]
    assert "/TASS/" not in seed_document["text"]


def test_seed_section_line_is_not_in_text(seed_document):
    assert "World February 14" not in seed_document["text"]


def test_seed_text_is_title_lead_body(seed_document):
    expected = "\n\n".join([SEED_TITLE, SEED_LEAD, seed_document["body"]])
    assert seed_document["text"] == expected
    assert seed_document["n_chars"] == len(expected)


def test_seed_sha256_is_of_the_text(seed_document):
    assert seed_document["sha256"] == hashlib.sha256(seed_document["text"].encode()).hexdigest()


def test_doc_ids_are_stable_across_loads(seeds_dir, kremlin120_path):
    assert load_corpus(seeds_dir)["doc_id"].tolist() == load_corpus(seeds_dir)["doc_id"].tolist()
    first, second = load_corpus(kremlin120_path), load_corpus(kremlin120_path)
    assert first["doc_id"].tolist() == second["doc_id"].tolist()


def test_doc_ids_are_stable_across_processes(seeds_dir, kremlin120_path):
    # Another process with another string-hash seed: ids built from hash() or from an
    # unordered listing would differ.
    script = (
        "import json, sys, warnings; warnings.simplefilter('ignore')\n"
        "from analysis.corpus import load_corpus\n"
        "print(json.dumps([load_corpus(p)['doc_id'].tolist() for p in sys.argv[1:]]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(seeds_dir), str(kremlin120_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    there = json.loads(done.stdout)
    here = [load_corpus(p)["doc_id"].tolist() for p in (seeds_dir, kremlin120_path)]
    assert there == here


def test_document_columns_and_types(seed_documents):
    assert list(seed_documents.columns[:18]) == [
        "doc_id", "path", "line", "title", "section", "published", "published_year",
        "published_month", "published_day", "published_time", "date_note", "dateline", "agency",
        "lead", "body", "text", "n_chars", "sha256",
    ]  # fmt: skip
    assert seed_documents["published"].dtype == "datetime64[ns]"
    assert seed_documents["published_month"].dtype == "Int64"


def test_load_corpus_attaches_problems(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "empty.txt", "")
    with pytest.warns(UserWarning):
        documents = load_corpus(tmp_path)
    assert documents.attrs["problems"] == [
        {"path": "empty.txt", "line": None, "problem": "empty file", "action": "skipped"}
    ]


# --- the shared corpora ----------------------------------------------------------------------


def raw_lines(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_kremlin120_loads_every_item(kremlin120):
    # tests/data/kremlin-news-120.jsonl: 120 lines, 120 distinct items.
    assert len(kremlin120) == 120


def test_kremlin120_dates_parsed(kremlin120, kremlin120_path):
    # Every one of its 120 lines has a "published" value (2000-01-10T00:00 to 2017-08-30T15:25).
    assert sum(bool(r["published"]) for r in raw_lines(kremlin120_path)) == 120
    assert kremlin120["published"].notna().sum() == 120
    assert kremlin120["published"].min() == pd.Timestamp("2000-01-10 00:00")
    assert kremlin120["published"].max() == pd.Timestamp("2017-08-30 15:25")


def test_kremlin120_first_item(kremlin120):
    # Line 1 of the file: id 37425, published 2000-01-10T00:00, place and lead empty.
    first = kremlin120.iloc[0]
    assert first["doc_id"] == "37425"
    assert first["line"] == 1
    assert first["url"] == "http://en.kremlin.ru/events/president/news/37425"
    assert first["title"].startswith("Acting President and Prime Minister Vladimir Putin signed")
    assert first["lead"] == ""
    assert first["published"] == pd.Timestamp("2000-01-10")
    assert first["license"] == "CC BY 4.0, en.kremlin.ru"


def test_kremlin120_metadata_columns_kept(kremlin120, kremlin120_path):
    raw = raw_lines(kremlin120_path)
    assert {"url", "topics", "persons", "license"} <= set(kremlin120.columns)
    assert kremlin120["persons"].tolist() == [r["persons"] for r in raw]
    assert kremlin120["topics"].tolist() == [r["topics"] for r in raw]
    # Two items tag "Sechin Igor", surname first as the site writes it (counted in the file).
    assert sum("Sechin Igor" in persons for persons in kremlin120["persons"]) == 2


def test_kremlin120_body_and_place_as_given(kremlin120, kremlin120_path):
    raw = raw_lines(kremlin120_path)
    assert kremlin120["body"].tolist() == [r["body"].strip() for r in raw]
    assert kremlin120["dateline"].tolist() == [r["place"] for r in raw]


@pytest.fixture(scope="module")
def kremlin_full(kremlin_full_path) -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its four re-issued items are reported as problems
        return read_corpus(kremlin_full_path)


def test_kremlin_full_loads_every_item(kremlin_full):
    # ../shared/corpora/README.md: 7,061 items.
    assert len(kremlin_full.documents) == 7061


def test_kremlin_full_dates_parsed(kremlin_full, kremlin_full_path):
    # 6,887 of the 7,061 raw lines have a non-empty "published"; the other 174 have "".
    dated = sum(bool(r["published"].strip()) for r in raw_lines(kremlin_full_path))
    assert dated == 6887
    assert kremlin_full.documents["published"].notna().sum() == dated
    undated = kremlin_full.documents[kremlin_full.documents["published"].isna()]
    assert set(undated["date_note"]) == {"no date in the source"}


def test_kremlin_full_metadata_columns_kept(kremlin_full):
    assert {"url", "topics", "persons", "license"} <= set(kremlin_full.documents.columns)


def test_kremlin_full_reissued_items_kept_and_reported(kremlin_full, kremlin_full_path):
    # Grouping the raw lines by title + lead + body: four lines repeat an earlier item's text
    # under another date (3396 repeats id 42102; 4341, 5372, 5882 repeat id 51724).
    first_seen: dict[tuple, str] = {}
    repeats = []
    for number, item in enumerate(raw_lines(kremlin_full_path), start=1):
        key = (item["title"], item["lead"], item["body"])
        if key in first_seen:
            repeats.append((number, first_seen[key]))
        first_seen.setdefault(key, item["id"])
    assert repeats == [(3396, "42102"), (4341, "51724"), (5372, "51724"), (5882, "51724")]
    assert problem_rows(kremlin_full) == [
        {
            "path": "kremlin-news-1999-2020.jsonl.gz",
            "line": line,
            "problem": f"same text as {original} (same sha256) but another date",
            "action": "kept as a separate item",
        }
        for line, original in repeats
    ]


# --- formats ---------------------------------------------------------------------------------


def test_folder_of_txt_is_read_recursively(tmp_path):
    write(tmp_path / "a.txt", "First title\n\nFirst body.")
    write(tmp_path / "sub" / "deeper" / "b.txt", "Second title\n\nSecond body.")
    documents = load_corpus(tmp_path)
    assert documents["doc_id"].tolist() == ["a", "sub/deeper/b"]
    assert documents["path"].tolist() == ["a.txt", "sub/deeper/b.txt"]
    assert documents["title"].tolist() == ["First title", "Second title"]
    assert documents["body"].tolist() == ["First body.", "Second body."]


@pytest.mark.parametrize("name", ["README.md", "README", "NOTICE", "LICENSE.txt"])
def test_notes_about_the_corpus_are_not_read(tmp_path, name):
    # ../shared/corpora/ holds a README.md beside its JSON Lines files.
    write(tmp_path / "a.txt", "First title\n\nFirst body.")
    write(tmp_path / name, "# About this corpus\n\nCredit: en.kremlin.ru, CC BY 4.0")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not a problem either
        assert load_corpus(tmp_path)["doc_id"].tolist() == ["a"]


def test_hidden_files_are_not_read(tmp_path):
    write(tmp_path / "a.txt", "First title\n\nFirst body.")
    write(tmp_path / ".git" / "notes.txt", "Not an article\n\nNot read.")
    assert load_corpus(tmp_path)["doc_id"].tolist() == ["a"]


JSONL_TEXT = (
    '{"id": "n1", "title": "Gas talks", "text": "Gazprom met Japan.", "date": "2020-05-01"}\n'
    '{"id": "n2", "title": "Oil talks", "text": "Rosneft met India.", "date": "2020-05-02T10:30"}\n'
)


def check_two_items(documents: pd.DataFrame) -> None:
    assert documents["doc_id"].tolist() == ["n1", "n2"]
    assert documents["title"].tolist() == ["Gas talks", "Oil talks"]
    assert documents["body"].tolist() == ["Gazprom met Japan.", "Rosneft met India."]
    assert documents["published"].tolist() == [
        pd.Timestamp("2020-05-01"),
        pd.Timestamp("2020-05-02 10:30"),
    ]
    assert documents["published_time"].tolist() == ["", "10:30"]


def test_jsonl(tmp_path):
    check_two_items(load_corpus(write(tmp_path / "news.jsonl", JSONL_TEXT)))


def test_jsonl_gz(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress(JSONL_TEXT.encode()))
    documents = load_corpus(path)
    check_two_items(documents)
    assert documents["path"].tolist() == ["news.jsonl.gz", "news.jsonl.gz"]
    assert documents["line"].tolist() == [1, 2]


def test_csv(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "id,title,text,date\n"
        "n1,Gas talks,Gazprom met Japan.,2020-05-01\n"
        'n2,Oil talks,"Rosneft met India.",2020-05-02 10:30\n',
    )
    check_two_items(load_corpus(path))


def test_csv_quoted_multiline_field(tmp_path):
    path = write(
        tmp_path / "news.csv",
        'title,text\nGas talks,"Gazprom met Japan.\n\nThe talks went on."\n',
    )
    assert load_corpus(path)["body"].tolist() == ["Gazprom met Japan.\n\nThe talks went on."]


def test_tsv(tmp_path):
    path = write(
        tmp_path / "news.tsv",
        "id\ttitle\ttext\tdate\n"
        "n1\tGas talks\tGazprom met Japan.\t2020-05-01\n"
        "n2\tOil talks\tRosneft met India.\t2020-05-02 10:30\n",
    )
    check_two_items(load_corpus(path))


def test_parquet(tmp_path):
    frame = pd.DataFrame(
        {
            "id": ["n1", "n2"],
            "title": ["Gas talks", "Oil talks"],
            "text": ["Gazprom met Japan.", "Rosneft met India."],
            "date": [pd.Timestamp("2020-05-01"), pd.Timestamp("2020-05-02 10:30")],
            "author": ["A. Writer", "B. Writer"],
        }
    )
    path = tmp_path / "news.parquet"
    frame.to_parquet(path)
    documents = load_corpus(path)
    check_two_items(documents)
    assert documents["author"].tolist() == ["A. Writer", "B. Writer"]


def test_parquet_missing_date_is_no_date(tmp_path):
    frame = pd.DataFrame({"title": ["Gas talks"], "text": ["Gazprom met Japan."], "date": [pd.NaT]})
    path = tmp_path / "news.parquet"
    frame.to_parquet(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing date is not a problem to report
        document = load_corpus(path).iloc[0]
    assert pd.isna(document["published"])
    assert document["date_note"] == "no date in the source"


YEARLESS_JSONL = (
    '{"title": "Gas talks", "text": "Gazprom met Japan.", "date": "February 14, 8:04"}\n'
)


def test_row_date_without_a_year_gets_no_invented_year(tmp_path):
    document = load_corpus(write(tmp_path / "news.jsonl", YEARLESS_JSONL)).iloc[0]
    assert pd.isna(document["published"])
    assert pd.isna(document["published_year"])
    assert (document["published_month"], document["published_day"]) == (2, 14)
    assert document["published_time"] == "08:04"
    assert document["date_note"] == "no year in the source: month and day only"


def test_row_date_without_a_year_takes_the_year_argument(tmp_path):
    document = load_corpus(write(tmp_path / "news.jsonl", YEARLESS_JSONL), year=2026).iloc[0]
    assert document["published"] == pd.Timestamp("2026-02-14 08:04")
    assert document["date_note"] == "year from the year= argument"


@pytest.mark.parametrize(
    "date, month, note",
    [
        ("2020", None, "year only in the source"),
        ("March 2020", 3, "year and month only in the source"),
        ("2020-03", 3, "year and month only in the source"),
    ],
)
def test_row_date_without_a_day_gets_no_invented_day(tmp_path, date, month, note):
    path = write(
        tmp_path / "news.jsonl",
        json.dumps({"title": "Gas talks", "text": "Gazprom met Japan.", "date": date}) + "\n",
    )
    document = load_corpus(path).iloc[0]
    assert pd.isna(document["published"])
    assert document["published_year"] == 2020
    found_month = document["published_month"]
    assert (None if pd.isna(found_month) else int(found_month)) == month
    assert pd.isna(document["published_day"])
    assert document["date_note"] == note


def test_row_date_out_of_range_is_reported(tmp_path):
    line = '{"title": "%s", "text": "Body %s.", "date": "%s"}\n'
    write(
        tmp_path / "news.jsonl",
        line % ("Old", "a", "1500-01-01") + line % ("New", "b", "2020-01-01"),
    )
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "news.jsonl",
            "line": 1,
            "problem": "date '1500-01-01' out of range (1678-2261)",
            "action": "date left empty",
        }
    ]
    assert corpus.documents["published"].tolist()[1] == pd.Timestamp("2020-01-01")
    assert pd.isna(corpus.documents["published"][0])


def test_numeric_date_out_of_range_is_reported(tmp_path):
    line = '{"title": "%s", "text": "Body %s.", "date": %s}\n'
    # 1589000000 s is 2020-05-09 04:53:20 UTC (datetime.fromtimestamp); 9.2e15 ms is far beyond 2262.
    write(tmp_path / "news.jsonl", line % ("A", "a", "1589000000") + line % ("B", "b", "9.2e15"))
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "news.jsonl",
            "line": 2,
            "problem": "date '9200000000000000.0' out of range (1678-2261)",
            "action": "date left empty",
        }
    ]
    assert corpus.documents["published"][0] == pd.Timestamp("2020-05-09 04:53:20")


def test_json_list_of_objects(tmp_path):
    items = [json.loads(line) for line in JSONL_TEXT.splitlines()]
    check_two_items(load_corpus(write(tmp_path / "news.json", json.dumps(items))))


def test_html_page(tmp_path):
    page = (
        "<html><head><title>Gas talks</title>"
        "<script>document.write('tracking code');</script><style>p {color: red}</style></head>"
        "<body><h1>Gas talks</h1><p>Gazprom met Japan &amp; Korea.</p>"
        "<p>The talks <b>went</b> on.</p></body></html>"
    )
    document = load_corpus(write(tmp_path / "page.html", page)).iloc[0]
    assert document["title"] == "Gas talks"
    assert document["body"] == "Gazprom met Japan & Korea.\n\nThe talks went on."
    assert "tracking" not in document["text"]
    assert "color" not in document["text"]


def test_column_variants_content_headline_pubdate_url(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "url,headline,content,pubdate\n"
        "https://example.org/1,Gas talks,Gazprom met Japan.,2020-05-01T08:00:00Z\n",
    )
    document = load_corpus(path).iloc[0]
    assert document["doc_id"] == "https://example.org/1"
    assert document["title"] == "Gas talks"
    assert document["body"] == "Gazprom met Japan."
    assert document["published"] == pd.Timestamp("2020-05-01 08:00")  # UTC, zone dropped
    assert document["url"] == "https://example.org/1"  # metadata kept though it is the id


def test_column_variants_body_title_date(tmp_path):
    path = write(
        tmp_path / "news.jsonl",
        '{"title": "Gas talks", "body": "Gazprom met Japan.", "date": "2020-05-01"}\n',
    )
    document = load_corpus(path).iloc[0]
    assert (document["doc_id"], document["title"], document["body"]) == (
        "news:1",  # no id column: file name and line
        "Gas talks",
        "Gazprom met Japan.",
    )
    assert document["published"] == pd.Timestamp("2020-05-01")


def test_caller_given_column_names(tmp_path):
    path = write(
        tmp_path / "news.csv",
        "key,hed,story,when,notes\nk1,Gas talks,Gazprom met Japan.,2020-05-01,checked\n",
    )
    document = load_corpus(
        path, text_column="story", title_column="hed", date_column="when", id_column="key"
    ).iloc[0]
    assert document["doc_id"] == "k1"
    assert document["title"] == "Gas talks"
    assert document["body"] == "Gazprom met Japan."
    assert document["published"] == pd.Timestamp("2020-05-01")
    assert document["notes"] == "checked"


def test_caller_given_text_column_missing_is_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "news.csv", "title,text\nGas talks,Gazprom met Japan.\n")
    corpus = read_with_problems(tmp_path, text_column="story")
    assert problem_rows(corpus) == [
        {
            "path": "news.csv",
            "line": None,
            "problem": "no text column (looked for story; columns: title, text)",
            "action": "skipped",
        }
    ]


def test_metadata_columns_kept(tmp_path):
    path = write(
        tmp_path / "news.jsonl",
        '{"title": "Gas talks", "text": "Gazprom met Japan.", "author": "A. Writer", '
        '"tags": ["energy", "Japan"], "url": "https://example.org/1"}\n',
    )
    document = load_corpus(path).iloc[0]
    assert document["author"] == "A. Writer"
    assert document["tags"] == ["energy", "Japan"]
    assert document["url"] == "https://example.org/1"


def test_metadata_column_named_like_a_document_column_is_kept_apart(tmp_path):
    # An input "path" column must neither replace the loader's path nor vanish.
    path = write(
        tmp_path / "news.jsonl",
        '{"title": "Gas talks", "body": "Gazprom met Japan.", "path": "/archive/1.xml"}\n',
    )
    document = load_corpus(path).iloc[0]
    assert document["path"] == "news.jsonl"
    assert document["path_source"] == "/archive/1.xml"


def test_plain_text_without_layout(tmp_path):
    text = "\n\nJust a headline\nFirst line of the body.\nSecond line.\n\nAnother paragraph.\n"
    document = load_corpus(write(tmp_path / "note.txt", text)).iloc[0]
    assert document["title"] == "Just a headline"
    assert document["body"] == "First line of the body.\nSecond line.\n\nAnother paragraph."
    assert (document["section"], document["lead"], document["dateline"]) == ("", "", "")
    assert document["date_note"] == "no date in the source"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_plain_text_line_endings(tmp_path, newline):
    text = newline.join(["Gas talks", "", "Gazprom met Japan.", "It went on.", "", "Second."])
    document = load_corpus(write(tmp_path / "note.txt", text.encode())).iloc[0]
    assert document["title"] == "Gas talks"
    assert document["body"] == "Gazprom met Japan.\nIt went on.\n\nSecond."


def test_reuters_dateline_stripped(tmp_path):
    text = (
        "Oil prices rise\n\nMOSCOW, March 3 (Reuters) - Russia said on Monday it would cut output."
    )
    document = load_corpus(write(tmp_path / "wire.txt", text)).iloc[0]
    assert document["dateline"] == "MOSCOW"
    assert document["agency"] == "Reuters"
    assert document["body"] == "Russia said on Monday it would cut output."
    assert (document["published_month"], document["published_day"]) == (3, 3)
    assert pd.isna(document["published_year"])


def test_section_line_with_year_gives_the_date(tmp_path):
    text = (
        "Gas talks resume\n\nBusiness March 3, 2024, 17:45\n\nThe lead.\n\n"
        "MOSCOW, March 3. /TASS/. Talks resumed."
    )
    document = load_corpus(write(tmp_path / "tass.txt", text)).iloc[0]
    assert document["published"] == pd.Timestamp("2024-03-03 17:45")
    assert document["date_note"] == "year from the text"
    assert (document["section"], document["lead"], document["body"]) == (
        "Business",
        "The lead.",
        "Talks resumed.",
    )


# --- bad input -------------------------------------------------------------------------------


def test_cp1251_file_is_decoded(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    russian = "Нормализация отношений\n\nМосква и Токио ведут переговоры о мирном договоре."
    write(tmp_path / "ru.txt", russian.encode("cp1251"))
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "ru.txt",
            "line": None,
            "problem": "not UTF-8 (looks like cp1251); decoded as cp1251",
            "action": "loaded",
        }
    ]
    document = corpus.documents.set_index("doc_id").loc["ru"]
    assert document["title"] == "Нормализация отношений"
    assert document["body"] == "Москва и Токио ведут переговоры о мирном договоре."
    assert_good_document_loaded(corpus)


def test_latin1_file_is_decoded(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "fr.txt", "Un café\n\ncafé déjà vu naïve".encode("latin-1"))
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "fr.txt",
            "line": None,
            "problem": "not UTF-8 (looks like latin-1); decoded as latin-1",
            "action": "loaded",
        }
    ]
    assert corpus.documents.set_index("doc_id").loc["fr", "body"] == "café déjà vu naïve"
    assert_good_document_loaded(corpus)


def test_cp1252_quotes_are_decoded(tmp_path):
    # 0x93/0x94 are curly quotes in cp1252 and control codes in latin-1.
    write(tmp_path / "quote.txt", "Talks\n\n\u201cWe agreed,\u201d he said.".encode("cp1252"))
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["body"].tolist() == ["\u201cWe agreed,\u201d he said."]
    assert problem_rows(corpus)[0]["problem"] == "not UTF-8 (looks like cp1252); decoded as cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # a pound or euro sign reads as one Cyrillic letter in cp1251 (Ј, Ђ): no Russian word
        (
            "Budget sets aside \u00a32bn\n\nThe \u00a3 fell; teachers\u2019 unions welcomed it.",
            "cp1252",
        ),
        ("Euro prices\n\nPrices in \u20ac rose 5 per cent, to \u20ac50.", "cp1252"),
        ("Caf\u00e9 owners\n\nPARIS - They protested. A \u00a35 coffee.", "latin-1"),
    ],
)
def test_western_text_with_currency_signs_is_not_read_as_cyrillic(tmp_path, text, encoding):
    write(tmp_path / "uk.txt", text.encode(encoding))
    corpus = read_with_problems(tmp_path)
    title, body = text.split("\n\n")
    assert corpus.documents[["title", "body"]].values.tolist() == [[title, body]]
    assert problem_rows(corpus)[0]["problem"] == (
        f"not UTF-8 (looks like {encoding}); decoded as {encoding}"
    )


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_an_html_page_is_decoded_in_its_meta_charset(tmp_path, meta):
    body = "The chancellor set aside \u00a32bn \u2013 a \u201crecord\u201d."
    if "8859" in meta:
        body = "Caf\u00e9 owners protested. Prices rose to \u00a35."
    page = f"<html><head>{meta}<title>Budget</title></head><body><article><p>{body}</p>"
    write(tmp_path / "page.html", (page + "</article></body></html>").encode("cp1252"))
    corpus = read_corpus(tmp_path)
    assert corpus.documents["body"].tolist() == [body]
    assert problem_rows(corpus) == []  # declared, not guessed


def test_a_utf8_page_keeps_utf8_whatever_its_meta_charset_says(tmp_path):
    # a page saved as UTF-8 may keep the charset it was served in
    page = '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article>'
    page += "<p>Caf\u00e9 \u2013 \u00a35 \u201cquoted\u201d.</p></article></body></html>"
    write(tmp_path / "page.html", page.encode("utf-8"))
    corpus = read_corpus(tmp_path)
    assert corpus.documents["body"].tolist() == ["Caf\u00e9 \u2013 \u00a35 \u201cquoted\u201d."]


def test_utf8_bom_is_removed(tmp_path):
    write(tmp_path / "bom.txt", b"\xef\xbb\xbfGas talks\n\nGazprom met Japan.")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "bom.txt",
            "line": None,
            "problem": "UTF-8 byte-order mark; removed",
            "action": "loaded",
        }
    ]
    assert corpus.documents["title"].tolist() == ["Gas talks"]
    assert "\ufeff" not in corpus.documents["text"][0]


def test_utf8_bom_in_csv_does_not_hide_the_first_column(tmp_path):
    write(tmp_path / "news.csv", b"\xef\xbb\xbftext,title\nGazprom met Japan.,Gas talks\n")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["body"].tolist() == ["Gazprom met Japan."]


def test_utf16_file_is_decoded(tmp_path):
    write(tmp_path / "u16.txt", "Gas talks\n\nGazprom met Japan.".encode("utf-16"))
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "u16.txt",
            "line": None,
            "problem": "UTF-16 text; decoded as UTF-16",
            "action": "loaded",
        }
    ]
    assert corpus.documents["body"].tolist() == ["Gazprom met Japan."]


def test_empty_file_is_skipped(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "empty.txt", "")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {"path": "empty.txt", "line": None, "problem": "empty file", "action": "skipped"}
    ]
    assert corpus.documents["doc_id"].tolist() == ["good"]


def test_file_with_only_a_byte_order_mark_is_skipped(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf\n\n")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus)[-1] == {
        "path": "bom.txt",
        "line": None,
        "problem": "no text after the layout was read",
        "action": "skipped",
    }
    assert corpus.documents["doc_id"].tolist() == ["good"]


def test_whitespace_only_file_is_empty(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "blank.txt", " \n\n\t\n")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus)[0]["problem"] == "empty file"


BINARY_CONTENTS = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)),
    "random": b"\x00" + random.Random(2).randbytes(4096),  # fixed seed: the same bytes each run
}


@pytest.mark.parametrize("kind", sorted(BINARY_CONTENTS))
def test_binary_file_is_skipped(tmp_path, kind):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "image.txt", BINARY_CONTENTS[kind])
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {"path": "image.txt", "line": None, "problem": "binary file, not text", "action": "skipped"}
    ]
    assert corpus.documents["doc_id"].tolist() == ["good"]


def test_unsupported_file_type_is_skipped(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "photo.png", BINARY_CONTENTS["png"])
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "photo.png",
            "line": None,
            "problem": "unsupported file type '.png'",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


def test_single_file_of_unsupported_type_is_an_error(tmp_path):
    path = write(tmp_path / "slides.pptx", "PK not a text format")
    with pytest.raises(CorpusError) as raised:
        load_corpus(path)
    assert str(raised.value) == (
        f"{path}: no readable document (1 problem: slides.pptx: unsupported file type '.pptx')"
    )


def test_jsonl_line_that_is_not_json(tmp_path):
    write(
        tmp_path / "news.jsonl",
        '{"title": "A", "text": "Body a."}\nthis is not JSON\n{"title": "B", "text": "Body b."}\n',
    )
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "news.jsonl",
            "line": 2,
            "problem": "not valid JSON (Expecting value at column 1)",
            "action": "line skipped",
        }
    ]
    assert corpus.documents["title"].tolist() == ["A", "B"]
    assert corpus.documents["line"].tolist() == [1, 3]


def test_jsonl_string_with_unicode_line_separators(tmp_path):
    # JSON allows U+2028, U+0085 and U+001C unescaped inside strings; they do not end a line.
    record = {"title": "A", "text": "One\u2028two\x85three\x1cfour."}
    path = write(
        tmp_path / "news.jsonl",
        json.dumps(record, ensure_ascii=False) + '\r\n{"title": "B", "text": "Body b."}\r\n',
    )
    documents = load_corpus(path)
    assert documents["body"].tolist() == ["One\u2028two\x85three\x1cfour.", "Body b."]
    assert documents["line"].tolist() == [1, 2]


def test_damaged_gzip_is_skipped(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "news.jsonl.gz", b"not gzip at all")
    corpus = read_with_problems(tmp_path)
    [row] = problem_rows(corpus)
    assert (row["path"], row["line"], row["action"]) == ("news.jsonl.gz", None, "skipped")
    assert row["problem"].startswith("cannot be read (BadGzipFile")
    assert_good_document_loaded(corpus)


def test_csv_without_a_text_column(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "table.csv", "name,count\nGazprom,3\n")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "table.csv",
            "line": None,
            "problem": (
                "no text column (looked for body, text, content, article; columns: name, count)"
            ),
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


def test_duplicate_files_dropped(tmp_path):
    write(tmp_path / "a.txt", "Gas talks\n\nGazprom met Japan.")
    write(tmp_path / "b.txt", "Gas talks\n\nGazprom met Japan.")
    write(tmp_path / "good.txt", GOOD_TEXT)
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "b.txt",
            "line": None,
            "problem": "duplicate of a (same sha256)",
            "action": "dropped",
        }
    ]
    assert corpus.documents["doc_id"].tolist() == ["a", "good"]


def test_duplicate_lines_dropped(tmp_path):
    line = (
        '{"id": "%s", "title": "Gas talks", "text": "Gazprom met Japan.", "date": "2020-05-01"}\n'
    )
    write(tmp_path / "news.jsonl", line % "n1" + line % "n2")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "news.jsonl",
            "line": 2,
            "problem": "duplicate of n1 (same sha256)",
            "action": "dropped",
        }
    ]
    assert corpus.documents["doc_id"].tolist() == ["n1"]


def test_same_text_on_another_date_kept(tmp_path):
    line = '{"id": "%s", "title": "Gas talks", "text": "Gazprom met Japan.", "date": "%s"}\n'
    write(tmp_path / "news.jsonl", line % ("n1", "2020-05-01") + line % ("n2", "2021-05-01"))
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "news.jsonl",
            "line": 2,
            "problem": "same text as n1 (same sha256) but another date",
            "action": "kept as a separate item",
        }
    ]
    assert corpus.documents["doc_id"].tolist() == ["n1", "n2"]


@pytest.mark.slow
def test_50_mb_single_file(tmp_path):
    paragraph = "Gas exports to Japan rose by 9-10% in the first quarter, the ministry said. " * 10
    count = 50_000_000 // (len(paragraph) + 2) + 1
    path = write(tmp_path / "big.txt", "A very long article\n\n" + "\n\n".join([paragraph] * count))
    assert path.stat().st_size > 50_000_000
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a large file is not a problem
        documents = load_corpus(tmp_path)
    assert len(documents) == 1
    assert documents["title"][0] == "A very long article"
    # Each paragraph loses its trailing space; paragraphs are joined by a blank line.
    assert documents["n_chars"][0] == len("A very long article") + count * (len(paragraph) + 1)


def test_missing_path_is_an_error(tmp_path):
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(CorpusError, match="no-such-corpus: no such file or folder"):
        load_corpus(missing)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no readable document"):
        load_corpus(tmp_path)


def test_folder_of_bad_files_is_an_error_naming_them(tmp_path):
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "image.txt", BINARY_CONTENTS["png"])
    with pytest.raises(CorpusError) as raised:
        load_corpus(tmp_path)
    assert str(raised.value) == (
        f"{tmp_path}: no readable document "
        "(2 problems: empty.txt: empty file; image.txt: binary file, not text)"
    )


# --- no input aborts a load ------------------------------------------------------------------

FORMAT_NAMES = ["a.txt", "a.jsonl", "a.csv", "a.tsv", "a.json", "a.html"]
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.lists(st.text(max_size=5), max_size=3),
)
JSON_KEYS = st.sampled_from(
    ["text", "body", "title", "date", "id", "url", "lead", "place", "path", "line", "_x", "x"]
)


def load_or_corpus_error(name: str, data: bytes) -> None:
    """Load one file: either documents (each with text) or a CorpusError, never anything else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                documents = read_corpus(path).documents
            except CorpusError:
                return
    assert (documents["text"].str.len() > 0).all()
    assert documents["doc_id"].is_unique


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FORMAT_NAMES), st.binary(max_size=300))
def test_any_bytes_load_or_raise_corpus_error(name, data):
    load_or_corpus_error(name, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(JSON_KEYS, JSON_VALUES, max_size=6), min_size=1, max_size=4))
def test_any_json_records_load_or_raise_corpus_error(records):
    load_or_corpus_error("a.jsonl", "\n".join(json.dumps(r) for r in records).encode())
