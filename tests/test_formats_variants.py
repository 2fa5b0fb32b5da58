"""Corpora as analysts get them: API dumps, spreadsheet exports, saved pages, odd folders.

Each input is written by hand below, in the shape its source publishes (NewsAPI, news-please,
The Guardian's API, Excel in a European locale, a news site's article page); the expected fields
are read off it.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Corpus, CorpusError, read_corpus
from tests.test_corpus import GOOD_TEXT, write


def read_with_problems(path: Path) -> Corpus:
    with pytest.warns(UserWarning, match=r"problem\(s\) while loading"):
        return read_corpus(path)


def problems(corpus: Corpus) -> list[tuple]:
    return [
        (row.path, None if pd.isna(row.line) else int(row.line), row.problem, row.action)
        for row in corpus.problems.itertuples()
    ]


# --- spreadsheet exports -----------------------------------------------------------------------


def test_semicolon_delimited_csv_is_read(tmp_path):
    # Excel set to a German or French locale saves "CSV" with semicolons.
    path = write(
        tmp_path / "news.csv", "title;text;date\nGas talks;Gazprom met Japan, again.;03.03.2021\n"
    )
    (doc,) = read_corpus(path).documents.itertuples()
    assert (doc.title, doc.body) == ("Gas talks", "Gazprom met Japan, again.")
    assert doc.published == pd.Timestamp("2021-03-03")


def test_comma_csv_with_semicolons_in_quoted_headers_stays_comma(tmp_path):
    path = write(tmp_path / "news.csv", '"title; short",text\nGas talks,Gazprom met Japan.\n')
    assert read_corpus(path).documents["body"].tolist() == ["Gazprom met Japan."]


def test_csv_row_is_at_the_line_where_it_starts(tmp_path):
    # The first row's quoted text spans lines 2-4; the second row is on line 5.
    path = write(
        tmp_path / "news.csv",
        'title,text\r\nGas talks,"Gazprom met Japan.\r\n\r\nTalks went on."\r\nOil talks,Rosneft met India.\r\n',
    )
    documents = read_corpus(path).documents
    assert documents["line"].tolist() == [2, 5]
    assert documents["doc_id"].tolist() == ["news:2", "news:5"]


def test_csv_row_with_more_values_than_columns_is_reported(tmp_path):
    # An unquoted comma in the text splits it: the analyst must hear of it.
    path = write(tmp_path / "news.csv", "title,text\nGas talks,Gazprom met Japan, and Korea\n")
    corpus = read_with_problems(path)
    assert problems(corpus) == [
        (
            "news.csv",
            2,
            "3 values where the header has 2 columns",
            "read as given; the extra values kept in 'extra_values'",
        )
    ]
    assert corpus.documents["extra_values"].tolist() == [[" and Korea"]]


# --- dates as sources write them ---------------------------------------------------------------


@pytest.mark.parametrize(
    "date, expected",
    [
        ("Wed, 03 Mar 2021 17:04:00 EST", "2021-03-03 22:04"),  # RFC 822 zone name, as in RSS
        ("03 Mar 2021 17:04 MSK", "2021-03-03 14:04"),  # Moscow time, UTC+3
        ("03 Mar 2021 17:04 GMT+3", "2021-03-03 14:04"),  # east of Greenwich, not POSIX's west
        ("04.03.2021", "2021-03-04"),  # dotted dates are day first: 4 March
        ("1614790000", "2021-03-03 16:46:40"),  # epoch seconds written as text (a CSV cell)
        ("1614790000000", "2021-03-03 16:46:40"),  # epoch milliseconds as text
        (20210303, "2021-03-03"),  # a YYYYMMDD number, not 20 million seconds after 1970
        ("20210303170400", "2021-03-03 17:04"),  # GDELT's DATE
    ],
)
def test_date_formats_of_news_sources(tmp_path, date, expected):
    record = {"title": "Gas talks", "text": "Gazprom met Japan.", "date": date}
    path = write(tmp_path / "news.jsonl", json.dumps(record) + "\n")
    (doc,) = read_corpus(path).documents.itertuples()
    assert doc.published == pd.Timestamp(expected)


def test_relative_date_is_not_understood_and_reported(tmp_path):
    record = {"title": "Gas talks", "text": "Gazprom met Japan.", "date": "yesterday"}
    corpus = read_with_problems(write(tmp_path / "news.jsonl", json.dumps(record) + "\n"))
    assert problems(corpus) == [
        ("news.jsonl", 1, "date 'yesterday' not understood", "date left empty")
    ]


# --- API dumps and crawls ----------------------------------------------------------------------


def test_news_please_record(tmp_path):
    record = {
        "authors": ["Ann Lee"],
        "date_download": "2021-03-05 10:00:00",
        "date_publish": "2021-03-03 17:04:00",
        "description": "Exports rose.",
        "maintext": "Gazprom raised exports.",
        "source_domain": "www.example.com",
        "title": "Gas exports",
        "url": "https://www.example.com/a",
    }
    (doc,) = read_corpus(
        write(tmp_path / "crawl.jsonl", json.dumps(record) + "\n")
    ).documents.itertuples()
    assert doc.published == pd.Timestamp("2021-03-03 17:04")  # the publication, not the download
    assert (doc.agency, doc.lead, doc.body) == (
        "www.example.com",
        "Exports rose.",
        "Gazprom raised exports.",
    )
    assert doc.date_download == "2021-03-05 10:00:00"  # kept as metadata


NEWSAPI = {
    "status": "ok",
    "totalResults": 2,
    "articles": [
        {
            "source": {"id": "reuters", "name": "Reuters"},
            "author": "Jane Doe",
            "title": "Oil prices rise",
            "description": "<p>Oil rose on Monday.</p>",
            "url": "https://example.org/a",
            "publishedAt": "2021-03-03T17:04:00Z",
            "content": "LONDON, March 3 (Reuters) - Oil prices rose as OPEC+ met \u2026 [+2345 chars]",
        },
        {
            "source": {"id": None, "name": "BBC News"},
            "author": None,
            "title": "Gas deal",
            "description": "Gas deal &amp; more",
            "url": "https://example.org/b",
            "publishedAt": "2021-03-04T08:00:00+01:00",
            "content": None,
        },
    ],
}


def test_newsapi_response_html_in_fields_is_read_as_text(tmp_path):
    documents = read_with_problems(write(tmp_path / "newsapi.json", json.dumps(NEWSAPI))).documents
    assert documents["lead"].tolist() == ["Oil rose on Monday.", "Gas deal & more"]
    assert documents["agency"].tolist() == ["Reuters", "BBC News"]
    assert documents["published"].tolist() == [
        pd.Timestamp("2021-03-03 17:04"),
        pd.Timestamp("2021-03-04 07:00"),  # +01:00 as UTC
    ]


def test_newsapi_cut_marker_is_removed_and_reported(tmp_path):
    corpus = read_with_problems(write(tmp_path / "newsapi.json", json.dumps(NEWSAPI)))
    assert corpus.documents["body"].tolist()[0] == "Oil prices rose as OPEC+ met"
    assert problems(corpus) == [
        (
            "newsapi.json",
            1,
            "text cut short by the source ('\u2026 [+2345 chars]' not given)",
            "marker removed; the text kept as given",
        )
    ]


def test_guardian_api_response_with_nested_fields(tmp_path):
    response = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "id": "world/2021/mar/03/oil",
                    "sectionName": "World news",
                    "webPublicationDate": "2021-03-03T17:04:00Z",
                    "webTitle": "Oil rises",
                    "webUrl": "https://www.theguardian.com/world/2021/mar/03/oil",
                    "fields": {"trailText": "Prices up", "bodyText": "Oil rose on Wednesday."},
                }
            ],
        }
    }
    (doc,) = read_corpus(
        write(tmp_path / "guardian.json", json.dumps(response))
    ).documents.itertuples()
    assert (doc.doc_id, doc.title, doc.section) == (
        "world/2021/mar/03/oil",
        "Oil rises",
        "World news",
    )
    assert (doc.lead, doc.body) == ("Prices up", "Oil rose on Wednesday.")
    assert doc.published == pd.Timestamp("2021-03-03 17:04")


def test_jsonl_file_holding_a_json_list(tmp_path):
    items = [{"title": "Gas talks", "text": "Gazprom met Japan."}]
    path = write(tmp_path / "news.jsonl", json.dumps(items, indent=2))
    assert read_corpus(path).documents["body"].tolist() == ["Gazprom met Japan."]


# --- feeds -------------------------------------------------------------------------------------

ATOM_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title type="html">Oil &amp;amp; gas</title>
<link rel="enclosure" href="https://example.org/photo.jpg"/><link rel="alternate" href="https://example.org/1"/>
<id>urn:1</id><updated>2021-03-04T00:00:00Z</updated>
<category term="Energy"/><category term="Oil"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para one.</p><p>Para <b>two</b>.</p></div></content>
</entry></feed>
"""


def test_atom_entry_xhtml_content_keeps_its_paragraphs(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "feed.atom", ATOM_XHTML)).documents.itertuples()
    assert doc.body == "Para one.\n\nPara two."
    assert doc.title == "Oil & gas"  # type="html": the entity is read as HTML


def test_atom_entry_categories_link_and_updated_date(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "feed.atom", ATOM_XHTML)).documents.itertuples()
    assert doc.section == "Energy; Oil"  # every category, in order
    assert doc.link == "https://example.org/1"  # the alternate link, not the photo
    assert doc.published == pd.Timestamp("2021-03-04")  # <updated>: the entry gives no other


# --- saved web pages ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Example News | Oil deal signed</title>
<meta property="og:title" content="Oil deal signed">
<meta property="article:published_time" content="2021-03-03T17:04:00Z">
<meta property="article:section" content="Business"><meta name="author" content="Jo Smith">
<style>body { color: red }</style><script>var tracking = 1;</script></head>
<body><header><a href="/">Example News</a></header><nav><ul><li>Home</li><li>World</li></ul></nav>
<div class="teasers"><article><h2>Other story</h2><p>A teaser.</p></article></div>
<article><h1>Oil deal signed</h1>
<p>MOSCOW, March 3 (Reuters) - Russia signed an oil deal.</p><p>Talks went on.</p>
<aside>Related: other news</aside></article>
<footer>Copyright 2021 Example News</footer><script>track()</script></body></html>
"""


def test_html_page_body_is_the_article_without_the_page_furniture(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "page.html", PAGE)).documents.itertuples()
    assert doc.body == "Russia signed an oil deal.\n\nTalks went on."
    assert (doc.dateline, doc.agency) == ("MOSCOW", "Reuters")


def test_html_page_fields_from_its_meta_tags(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "page.html", PAGE)).documents.itertuples()
    assert (doc.title, doc.section, doc.author) == ("Oil deal signed", "Business", "Jo Smith")
    assert doc.published == pd.Timestamp("2021-03-03 17:04")


def test_html_page_date_and_author_from_json_ld(tmp_path):
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Gas talks", "datePublished": "2021-03-03T17:04:00+03:00", '
        '"author": [{"@type": "Person", "name": "Ann Lee"}]}</script></head>'
        "<body><main><p>Gazprom met Japan.</p></main></body></html>"
    )
    (doc,) = read_corpus(write(tmp_path / "page.html", page)).documents.itertuples()
    assert (doc.title, doc.body, doc.author) == ("Gas talks", "Gazprom met Japan.", "Ann Lee")
    assert doc.published == pd.Timestamp("2021-03-03 14:04")


# --- odd bytes ---------------------------------------------------------------------------------


def test_stray_nul_byte_is_removed_and_reported(tmp_path):
    text = b"Gas talks\n\nGazprom met\x00 Japan. " + b"The talks went on. " * 10
    corpus = read_with_problems(write(tmp_path / "a.txt", text))
    assert corpus.documents["body"].iloc[0].startswith("Gazprom met Japan.")
    assert problems(corpus) == [
        ("a.txt", None, "1 NUL byte in the text", "removed; the rest loaded")
    ]


def test_utf16_without_byte_order_mark_is_decoded(tmp_path):
    corpus = read_with_problems(
        write(tmp_path / "a.txt", "Gas talks\n\nGazprom met Japan.".encode("utf-16-le"))
    )
    assert corpus.documents["body"].tolist() == ["Gazprom met Japan."]
    assert problems(corpus) == [
        ("a.txt", None, "UTF-16-LE text without a byte-order mark", "loaded")
    ]


# --- odd folders -------------------------------------------------------------------------------


def test_symbolic_link_to_a_file_in_the_corpus_is_read_once(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    os.symlink("good.txt", tmp_path / "alias.txt")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]  # not "alias", and no duplicate
    assert problems(corpus) == [
        ("alias.txt", None, "symbolic link to good.txt, read there", "skipped")
    ]


def test_symbolic_link_to_a_file_elsewhere_is_read(tmp_path):
    target = write(tmp_path / "elsewhere" / "good.txt", GOOD_TEXT)
    (tmp_path / "corpus").mkdir()
    os.symlink(target, tmp_path / "corpus" / "linked.txt")
    assert read_corpus(tmp_path / "corpus").documents["doc_id"].tolist() == ["linked"]


def test_broken_links_and_link_loops_are_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    os.symlink("missing.txt", tmp_path / "broken.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("..", write(tmp_path / "sub" / "a.yml", "").parent / "up")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert sorted(problems(corpus)) == [
        ("broken.txt", None, "broken symbolic link (or a loop)", "skipped"),
        ("loop.txt", None, "broken symbolic link (or a loop)", "skipped"),
        ("sub/up", None, "symbolic link to a folder read anyway (or a loop)", "skipped"),
    ]


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    # The tests run as root, for whom chmod 000 changes nothing: refuse the read instead.
    write(tmp_path / "good.txt", GOOD_TEXT)
    secret = write(tmp_path / "secret.txt", "Secret\n\nNot readable.")
    real_open = os.open

    def refuse(path, *args, **kwargs) -> int:
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    ((path, line, problem, action),) = problems(corpus)
    assert (path, line, action) == ("secret.txt", None, "skipped")
    assert problem.startswith("cannot be read (PermissionError")


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    write(tmp_path / "good.txt", GOOD_TEXT)
    locked = write(tmp_path / "locked" / "a.txt", "Locked\n\nNot readable.").parent
    scandir = os.scandir

    def refuse(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert problems(corpus) == [
        ("locked", None, "folder cannot be read (PermissionError)", "skipped")
    ]


def test_a_title_is_text_as_typed_while_a_lead_may_be_html(tmp_path):
    record = {
        "title": "AT&amp;T and <b>bold</b> claims",
        "description": "<p>Oil rose &amp; fell.</p>",
        "content": "Body text of the article.",
    }
    documents = read_corpus(write(tmp_path / "one.json", json.dumps([record]))).documents
    assert documents.loc[0, "title"] == "AT&amp;T and <b>bold</b> claims"
    assert documents.loc[0, "lead"] == "Oil rose & fell."


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, March 99, 2024 (Reuters) - Body text here.",
        "Headline\n\nWorld February 31, 2024, 8:04\n\nBody text here.",
        "Headline\n\nWorld February 14, 3000, 8:04\n\nBody text here.",
    ],
)
def test_an_impossible_date_in_the_text_is_a_problem_not_an_abort(tmp_path, text):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "bad.txt", text)
    with pytest.warns(UserWarning, match="not a real date"):
        corpus = read_corpus(tmp_path)
    assert len(corpus.documents) == 2
    bad = corpus.documents.set_index("doc_id").loc["bad"]
    assert pd.isna(bad["published"]) and bad["date_note"] == "date not understood"
    assert corpus.problems["action"].tolist() == ["date left empty"]


def test_json_nested_too_deeply_is_a_problem_not_an_abort(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "deep.jsonl", "[" * 100_000 + "\n")
    write(tmp_path / "deep.json", "[" * 100_000)
    with pytest.warns(UserWarning, match="nested too deeply"):
        corpus = read_corpus(tmp_path)
    assert len(corpus.documents) == 1
    assert sorted(corpus.problems["path"]) == ["deep.json", "deep.jsonl"]


def test_document_ids_stay_unique_when_an_id_looks_like_a_suffixed_one(tmp_path):
    rows = [{"id": i, "text": f"Article {n} text."} for n, i in enumerate(["a", "a", "a#2"])]
    path = write(tmp_path / "ids.jsonl", "\n".join(json.dumps(r) for r in rows))
    documents = read_corpus(path).documents
    assert documents["doc_id"].is_unique
    assert documents["doc_id"].tolist()[:2] == ["a", "a#2"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # text that mentions a tag is text, never cut at the unclosed tag
        (
            "Attackers inject <script> tags into pages. The fix, says AT&amp;T, is to escape.",
            "Attackers inject <script> tags into pages. The fix, says AT&T, is to escape.",
        ),
        ("If a<b and c>d then &amp; holds.", "If a<b and c>d then & holds."),
        # a field that closes its elements is HTML
        ("<p>Oil rose &amp; fell.</p><p>Then it rose.</p>", "Oil rose & fell.\n\nThen it rose."),
    ],
)
def test_a_body_is_html_only_when_it_closes_its_elements(tmp_path, body, expected):
    path = write(tmp_path / "one.jsonl", json.dumps({"id": "x", "title": "T", "body": body}))
    assert read_corpus(path).documents.loc[0, "body"] == expected


def test_a_header_only_csv_and_an_empty_json_list_are_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "header.csv", "title,text,date\n")
    write(tmp_path / "empty.json", "[]")
    with pytest.warns(UserWarning, match="2 problem"):
        corpus = read_corpus(tmp_path)
    assert corpus.problems[["path", "problem"]].values.tolist() == [
        ["empty.json", "an empty JSON list: no records"],
        ["header.csv", "no rows under the header"],
    ]


def test_blank_lines_before_a_csv_header_are_skipped(tmp_path):
    path = write(tmp_path / "lead.csv", "\n\ntitle,text,date\nT,Body text,2021-01-01\n")
    documents = read_corpus(path).documents
    assert documents[["title", "body", "line"]].values.tolist() == [["T", "Body text", 4]]


def test_a_quotation_mark_never_closed_is_reported(tmp_path):
    rows = "".join(f"Row {n}\tSecond article {n} text.\n" for n in range(60))
    path = write(tmp_path / "open.tsv", 'title\ttext\nA\t"We will win, Putin said.\n' + rows)
    with pytest.warns(UserWarning, match="quotation mark not closed"):
        corpus = read_corpus(path)
    assert corpus.problems["problem"].tolist() == [
        "one row runs over lines 2-62 (a quotation mark not closed?)"
    ]


def test_an_article_inside_an_atom_entry_is_part_of_that_entry(tmp_path):
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        "<title>One</title><id>1</id>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body of one.</p>'
        "<article><p>Inner part.</p></article></div></content></entry>"
        "<entry><title>Two</title><id>2</id><content>Body of two.</content></entry></feed>"
    )
    corpus = read_corpus(write(tmp_path / "feed.atom", feed))
    assert corpus.documents["title"].tolist() == ["One", "Two"]
    assert "Body of one." in corpus.documents.loc[0, "body"]
    assert corpus.problems.empty


@pytest.mark.parametrize("stamp", [0, -1, "0"])
def test_a_zero_or_negative_numeric_date_is_not_a_date(tmp_path, stamp):
    path = write(tmp_path / "z.jsonl", json.dumps({"id": "z", "text": "Body.", "date": stamp}))
    with pytest.warns(UserWarning, match="not understood"):
        corpus = read_corpus(path)
    assert pd.isna(corpus.documents.loc[0, "published"])
    assert corpus.problems["action"].tolist() == ["date left empty"]


# --- a second review of exports (feeds with pictures, spreadsheets, API dumps) ----------------


def test_excel_sep_line_names_the_delimiter(tmp_path):
    # Excel writes, and reads, a first line "sep=;" before the header.
    text = "sep=;\r\nTitle;Date;Body\r\nGas talks;2021-03-03;Gazprom met Japan, again.\r\n"
    corpus = read_corpus(write(tmp_path / "news.csv", text))
    document = corpus.documents.iloc[0]
    assert (document.title, document.body, document.line) == (
        "Gas talks",
        "Gazprom met Japan, again.",
        3,  # the row's own line: the sep= line counts
    )


@pytest.mark.parametrize(
    ("dates", "expected", "problem"),
    [
        # a day over 12 first: the whole file is day first
        (
            ["07/12/2026", "13/12/2026", "01/02/2026"],
            ["2026-12-07", "2026-12-13", "2026-02-01"],
            None,
        ),
        # a day over 12 second: month first, as the parser reads them
        (["12/07/2026", "12/13/2026"], ["2026-12-07", "2026-12-13"], None),
        # nothing tells: month first, said once
        (
            ["07/12/2026", "01/02/2026"],
            ["2026-07-12", "2026-01-02"],
            "slash dates whose order no date of the file tells (01/02/...)",
        ),
        (
            ["13/12/2026", "12/13/2026", "01/02/2026"],
            ["2026-12-13", "2026-12-13", "2026-01-02"],
            "slash dates in both orders (day/month and month/day)",
        ),
    ],
)
def test_slash_dates_of_a_file_are_read_in_one_order(tmp_path, dates, expected, problem):
    rows = "".join(f"Story {i},Body {i} about gas.,{date}\n" for i, date in enumerate(dates))
    path = write(tmp_path / "news.csv", "title,text,date\n" + rows)
    corpus = read_with_problems(path) if problem else read_corpus(path)
    assert [str(d.date()) for d in corpus.documents["published"]] == expected
    assert [p[2] for p in problems(corpus)] == ([problem] if problem else [])


RSS_WITH_PICTURES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Gazette</title>
<item><title>Storm hits coast</title><link>https://ex.com/storm</link>
<description>Short summary of the storm.</description>
<media:content url="https://ex.com/a.jpg" medium="image"><media:title>Park photo</media:title>
</media:content>
<content:encoded><![CDATA[<p>A storm hit the coast on Monday.</p><p>Thousands lost
power.</p><p>The post Storm hits coast appeared first on Springfield Gazette.</p>]]>
</content:encoded></item>
</channel></rss>"""


def test_rss_pictures_are_not_the_text_and_wordpress_sign_off_is_dropped(tmp_path):
    corpus = read_corpus(write(tmp_path / "feed.xml", RSS_WITH_PICTURES))
    document = corpus.documents.iloc[0]
    assert document.body == "A storm hit the coast on Monday.\n\nThousands lost power."
    assert document.lead == "Short summary of the storm."


def test_mongo_export_values_are_unwrapped(tmp_path):
    lines = [
        {"_id": {"$oid": "5f1"}, "title": "One", "text": "Gas talks resumed.",
         "published": {"$date": "2026-12-07T14:00:00Z"}},
        {"_id": {"$oid": "5f2"}, "title": "Two", "text": "Oil talks resumed.",
         "published": {"$date": {"$numberLong": "1765116000000"}}},
    ]  # fmt: skip
    text = "\n".join(json.dumps(line) for line in lines)
    corpus = read_corpus(write(tmp_path / "export.jsonl", text))
    assert corpus.documents["doc_id"].tolist() == ["5f1", "5f2"]
    assert corpus.documents["published"].tolist() == [
        pd.Timestamp("2026-12-07 14:00"),
        pd.Timestamp("2025-12-07 14:00"),
    ]


def test_a_text_given_as_a_list_keeps_its_paragraphs(tmp_path):
    record = {
        "title": "Talks",
        "body": ["First paragraph.", "Second paragraph."],
        "tags": ["a", "b"],
    }
    corpus = read_corpus(write(tmp_path / "news.json", json.dumps([record])))
    document = corpus.documents.iloc[0]
    assert document.body == "First paragraph.\n\nSecond paragraph."
    assert document.tags == ["a", "b"]  # metadata is kept as given


@pytest.mark.parametrize(
    ("record", "title", "body"),
    [
        ({"id": "1", "document": "The council met.", "summary": "Council meets."}, "", "The council met."),  # XSum
        ({"id": "1", "title": "Feed item", "content_text": "JSON Feed body."}, "Feed item", "JSON Feed body."),
        ({"id": "1", "title": "Feed item", "content_html": "<p>JSON <b>Feed</b> body.</p>"}, "Feed item", "JSON Feed body."),
        ({"@type": "NewsArticle", "name": "Item one", "articleBody": "Body of item one."}, "Item one", "Body of item one."),
    ],
)  # fmt: skip
def test_more_field_names_of_datasets_and_feeds(tmp_path, record, title, body):
    corpus = read_corpus(write(tmp_path / "news.json", json.dumps([record])))
    assert corpus.documents[["title", "body"]].values.tolist() == [[title, body]]


def test_a_summary_is_the_text_when_there_is_no_other_said_once_per_file(tmp_path):
    # The New York Times' Article Search API gives no full text: its lead paragraph is the most.
    docs = [
        {"_id": f"nyt://article/{i}", "headline": {"main": f"Story {i}"}, "abstract": "Short.",
         "lead_paragraph": f"The Senate passed budget bill {i} on Sunday.", "snippet": "Snip"}
        for i in (1, 2)
    ]  # fmt: skip
    path = write(tmp_path / "nyt.json", json.dumps({"response": {"docs": docs}}))
    corpus = read_with_problems(path)
    assert corpus.documents[["title", "lead", "body"]].values.tolist() == [
        ["Story 1", "Short.", "The Senate passed budget bill 1 on Sunday."],
        ["Story 2", "Short.", "The Senate passed budget bill 2 on Sunday."],
    ]
    assert problems(corpus) == [
        (
            "nyt.json",
            1,
            "no full-text field; the summary 'lead_paragraph' read as the text",
            "loaded",
        )
    ]


def test_a_newsapi_removed_placeholder_is_skipped_and_said(tmp_path):
    removed = {
        "source": {"id": None, "name": "[Removed]"},
        "author": None,
        "title": "[Removed]",
        "description": "[Removed]",
        "url": "https://removed.com",
        "urlToImage": None,
        "publishedAt": "1970-01-01T00:00:00Z",
        "content": "[Removed]",
    }
    kept = {
        "source": {"id": "reuters", "name": "Reuters"},
        "title": "Bitcoin tops $70,000",
        "description": "Bitcoin rose.",
        "url": "https://reuters.com/b",
        "publishedAt": "2024-03-11T09:00:00Z",
        "content": "Bitcoin rose above $70,000.",
    }
    body = {"status": "ok", "totalResults": 2, "articles": [kept, removed]}
    corpus = read_with_problems(write(tmp_path / "everything.json", json.dumps(body)))
    assert corpus.documents["title"].tolist() == ["Bitcoin tops $70,000"]
    assert problems(corpus) == [
        (
            "everything.json",
            2,
            "a NewsAPI placeholder for a removed article (text and title '[Removed]')",
            "skipped",
        )
    ]


def test_an_article_about_removed_posts_is_kept(tmp_path):
    record = {"title": "[Removed]", "content": "The post was removed by the platform."}
    corpus = read_corpus(write(tmp_path / "a.json", json.dumps([record])))
    assert corpus.documents["body"].tolist() == ["The post was removed by the platform."]


def test_a_headline_only_csv_reads_its_headlines_as_the_text_said_once(tmp_path):
    # Kaggle's "A Million News Headlines" (ABC): publish_date as yyyymmdd, headline_text
    path = write(
        tmp_path / "abcnews-date-text.csv",
        "publish_date,headline_text\n"
        "20030219,aba decides against community broadcasting licence\n"
        "20030220,act fire witnesses must be aware of defamation\n",
    )
    corpus = read_with_problems(path)
    documents = corpus.documents
    assert documents["title"].tolist() == [
        "aba decides against community broadcasting licence",
        "act fire witnesses must be aware of defamation",
    ]
    assert documents["text"].tolist() == documents["title"].tolist()
    assert documents["body"].tolist() == ["", ""]
    assert documents["published"].dt.strftime("%Y-%m-%d").tolist() == ["2003-02-19", "2003-02-20"]
    assert problems(corpus) == [
        (
            "abcnews-date-text.csv",
            2,
            "no text or summary field; the title 'headline_text' read as the text "
            "(a headline-only corpus)",
            "loaded",
        )
    ]


def test_a_headline_only_json_list_reads_its_titles_and_domains(tmp_path):
    # GDELT DOC 2.0's artlist: no text, a title, seendate and the site's domain
    articles = [
        {"url": "https://www.reuters.com/markets/ecb-holds-rates", "title": "ECB holds rates",
         "seendate": "20240125T131500Z", "domain": "reuters.com", "language": "English"},
    ]  # fmt: skip
    path = write(tmp_path / "artlist.json", json.dumps({"articles": articles}))
    corpus = read_with_problems(path)
    row = corpus.documents.iloc[0]
    assert (row["title"], row["text"], row["agency"]) == (
        "ECB holds rates",
        "ECB holds rates",
        "reuters.com",
    )
    assert str(row["published"]) == "2024-01-25 13:15:00"
    assert problems(corpus)[0][2] == (
        "no text or summary field; the title 'title' read as the text (a headline-only corpus)"
    )


def test_a_short_description_is_read_as_the_summary_text(tmp_path):
    # HuffPost's News Category Dataset: JSON Lines in a .json file
    lines = [
        {"link": "https://www.huffpost.com/entry/a", "headline": "Boosters roll out",
         "category": "U.S. NEWS", "short_description": "Health experts said it is too early.",
         "authors": "Carla K. Johnson, AP", "date": "2022-09-23"},
    ]  # fmt: skip
    path = write(tmp_path / "News_Category_Dataset_v3.json", "\n".join(map(json.dumps, lines)))
    corpus = read_with_problems(path)
    row = corpus.documents.iloc[0]
    assert (row["title"], row["body"], row["section"]) == (
        "Boosters roll out",
        "Health experts said it is too early.",
        "U.S. NEWS",
    )
    assert problems(corpus)[0][2] == (
        "no full-text field; the summary 'short_description' read as the text"
    )


def test_publication_is_read_as_the_source(tmp_path):
    # All the News: id, title, publication, author, date, content
    path = write(
        tmp_path / "articles1.csv",
        "id,title,publication,date,content\n17283,Republicans fret,New York Times,2016-12-31,"
        "Congressional Republicans have a new fear.\n",
    )
    assert read_corpus(path).documents["agency"].tolist() == ["New York Times"]


def test_name_alone_is_no_headline_to_read_as_the_text(tmp_path):
    # a package.json or a list of people: "name" names many things that are no article
    path = write(tmp_path / "people.json", json.dumps([{"name": "Jane Smith", "age": 40}]))
    with pytest.raises(CorpusError, match="no text field"):
        read_corpus(path)


def test_the_no_readable_document_error_names_the_column_options(tmp_path):
    path = write(tmp_path / "labels.csv", "code,count\nA,1\nB,2\n")
    with pytest.raises(CorpusError, match=r"--text-column, --title-column, --date-column\)$"):
        read_corpus(path)


# --- saved pages of news sites: the story, not the page --------------------------------------


def _page(tmp_path, html: str):
    corpus = read_corpus(write(tmp_path / "page.html", html))
    return corpus.documents.iloc[0]


def test_a_page_without_an_article_element_takes_its_json_ld_text(tmp_path):
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Oil prices fall on weak China demand",
            "datePublished": "2026-12-08T06:21:00Z",
            "articleBody": "SINGAPORE, Dec 8 (Reuters) - Oil prices fell on Friday. Brent fell 2%.",
        }
    )
    document = _page(
        tmp_path,
        f'<html><head><title>Oil prices fall | Reuters</title><script type="application/ld+json">'
        f"{ld}</script></head><body><div><a>World</a> <a>Business</a></div><div><h1>Oil prices "
        "fall on weak China demand</h1><span>By Florence Tan</span><time>December 8</time>"
        "<div>SINGAPORE, Dec 8 (Reuters) - Oil prices fell on Friday.</div><div>Brent fell 2%."
        "</div><div><h3>Read Next</h3><a>Gold steadies</a></div></div></body></html>",
    )
    assert (document.title, document.dateline, document.body) == (
        "Oil prices fall on weak China demand",
        "SINGAPORE",
        "Oil prices fell on Friday. Brent fell 2%.",
    )


def test_the_article_that_holds_the_headline_is_the_story(tmp_path):
    document = _page(
        tmp_path,
        "<html><body><article><h1>Main story about tariffs</h1><p>The government announced "
        "tariffs on Monday.</p></article><article><h2>Steel firms cut jobs</h2><p>Read the full "
        "story about how steel firms across the region have cut thousands of jobs in response "
        "to the slump in prices and demand this year.</p></article></body></html>",
    )
    assert document.body == "The government announced tariffs on Monday."


def test_page_furniture_around_the_story_is_dropped(tmp_path):
    document = _page(
        tmp_path,
        "<html><head><title>Local elections: turnout falls | The Daily Post</title></head>"
        "<body><div>Subscribe | Log in</div><div>Home News Sport</div><h1>Local elections: "
        "turnout falls</h1><p>By Jane Doe | December 7, 2026</p><p>Turnout in the local "
        "elections fell to 31 per cent.</p><p>Advertisement</p><p>Officials blamed the "
        "weather.</p><h3>You may also like</h3><p>Ten best beaches</p><p>\u00a9 2026 The Daily "
        "Post.</p></body></html>",
    )
    assert document.title == "Local elections: turnout falls"  # no " | The Daily Post"
    assert document.body == (
        "Turnout in the local elections fell to 31 per cent.\n\nOfficials blamed the weather."
    )


def test_a_title_keeps_a_dash_that_is_no_site_name(tmp_path):
    document = _page(
        tmp_path, "<html><head><title>Russia - Japan talks resume</title></head><body><p>The "
        "talks resumed on Monday in Tokyo after a long pause.</p></body></html>",
    )  # fmt: skip
    assert document.title == "Russia - Japan talks resume"


def test_a_problem_names_at_most_twenty_columns(tmp_path):
    header = ",".join(f"col{i}" for i in range(20_000))
    write(tmp_path / "wide.csv", header + "\n" + ",".join("1" for _ in range(20_000)) + "\n")
    write(tmp_path / "good.txt", GOOD_TEXT)
    (problem,) = [p[2] for p in problems(read_with_problems(tmp_path))]
    assert problem.endswith("col18, col19 and 19,980 more)") and len(problem) < 400


# --- fields written above a plain text: front matter, header lines, a byline ----------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "post.md",
            '---\ntitle: "Council approves new park"\ndate: 2026-12-07T09:15:00Z\nauthor: Jane '
            "Smith\ntags: [local, parks]\n---\n\n# Council approves new park\n\nThe council on "
            "**Monday** approved a [new park](https://ex.com/park).\n\n> It is a great day.\n",
        ),
        (
            "hugo.md",
            '+++\ntitle = "Council approves new park"\ndate = 2026-12-07T09:15:00Z\nauthor = '
            '"Jane Smith"\n+++\n\nThe council on Monday approved a new park.\n\nIt is a great '
            "day.\n",
        ),
        (
            "headers.txt",
            "Title: Council approves new park\nDate: 7 December 2026 09:15\nSource: Gazette\n"
            "Author: Jane Smith\n\nThe council on Monday approved a new park.\n\nIt is a great "
            "day.\n",
        ),
        (
            "byline.txt",
            "Council approves new park\nBy Jane Smith | December 7, 2026 9:15\n\nThe council on "
            "Monday approved a new park.\n\nIt is a great day.\n",
        ),
    ],
)
def test_fields_written_above_a_plain_text_are_read(tmp_path, name, text):
    document = read_corpus(write(tmp_path / name, text)).documents.iloc[0]
    assert document.title == "Council approves new park"
    assert document.published == pd.Timestamp("2026-12-07 09:15")
    assert document.body == "The council on Monday approved a new park.\n\nIt is a great day."
    assert document.author == "Jane Smith"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2024-01-19", "2024-01-19"),
        ("2024-01-19 10:45", "2024-01-19 10:45"),
        ("19/01/2024", "2024-01-19"),  # a day over 12: day first
        ("Date: 2024-01-19", "2024-01-19"),
        ("Date: 19/01/2024", "2024-01-19"),
        ("Date: 19 January 2024", "2024-01-19"),
        ("Published: 2024-01-19", "2024-01-19"),
    ],
)
def test_a_numeric_or_date_labelled_line_under_the_title_is_the_date(tmp_path, line, published):
    text = f"Minister resigns over housing scandal\n{line}\n\nThe housing minister resigned.\n"
    document = read_corpus(write(tmp_path / "a.txt", text)).documents.iloc[0]
    assert document.title == "Minister resigns over housing scandal"
    assert document.published == pd.Timestamp(published)
    assert document.date_note == "date from the text"
    assert document.body == "The housing minister resigned."


def test_a_slash_date_line_under_a_byline_is_the_date(tmp_path):
    text = "Minister resigns\nBy Jo Bloggs\n19/01/2024\n\nThe housing minister resigned.\n"
    document = read_corpus(write(tmp_path / "a.txt", text)).documents.iloc[0]
    assert (document.published, document.author, document.body) == (
        pd.Timestamp("2024-01-19"),
        "Jo Bloggs",
        "The housing minister resigned.",
    )


def test_an_ambiguous_slash_date_line_is_read_month_first_and_said(tmp_path):
    text = "Minister resigns\n07/01/2024\n\nThe housing minister resigned.\n"
    corpus = read_with_problems(write(tmp_path / "a.txt", text))
    assert corpus.documents.iloc[0].published == pd.Timestamp("2024-07-01")
    assert [p[2] for p in problems(corpus)] == [
        "slash dates whose order no date of the file tells (07/01/...)"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2024-01-19 was the day the minister resigned.",
        "19/01/2024: the minister resigned",
        "Date: to be confirmed",
    ],
)
def test_a_sentence_that_starts_with_a_date_stays_in_the_body(tmp_path, line):
    text = f"Minister resigns\n{line}\n\nThe housing minister resigned.\n"
    document = read_corpus(write(tmp_path / "a.txt", text)).documents.iloc[0]
    assert pd.isna(document.published)
    assert document.body == f"{line}\n\nThe housing minister resigned."


def test_a_plain_text_that_merely_has_a_colon_keeps_its_lines(tmp_path):
    text = "Gas talks\n\nNote: the talks resumed on Monday.\nGazprom: exports rose.\n"
    document = read_corpus(write(tmp_path / "a.txt", text)).documents.iloc[0]
    assert (document.title, document.body) == (
        "Gas talks",
        "Note: the talks resumed on Monday.\nGazprom: exports rose.",
    )


@pytest.mark.parametrize("orient", ["columns", "index", "records"])
def test_a_table_saved_by_pandas_to_json_is_read_row_by_row(tmp_path, orient):
    frame = pd.DataFrame(
        {
            "title": ["Pandas one", "Pandas two"],
            "text": ["Gazprom met Japan on Monday.", "Rosneft met India on Tuesday."],
            "date": ["2026-12-07", "2026-12-08"],
        }
    )
    frame.to_json(tmp_path / "table.json", orient=orient)
    documents = read_corpus(tmp_path / "table.json").documents
    assert documents[["title", "body"]].values.tolist() == frame[["title", "text"]].values.tolist()
    assert documents["published"].tolist() == [
        pd.Timestamp("2026-12-07"),
        pd.Timestamp("2026-12-08"),
    ]


def test_a_title_loses_its_source_name_after_a_dash(tmp_path):
    record = {"title": "Storm hits coast - BBC News", "source": {"name": "BBC News"},
              "content": "A storm hit the coast on Monday."}  # fmt: skip
    document = read_corpus(write(tmp_path / "news.json", json.dumps([record]))).documents.iloc[0]
    assert (document.title, document.agency) == ("Storm hits coast", "BBC News")


def test_gzip_files_are_named_without_their_inner_suffix_and_a_tarball_is_read_as_one(tmp_path):
    import gzip

    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"Gas talks\n\nGazprom met Japan."))
    (tmp_path / "bundle.tar.gz").write_bytes(gzip.compress(b"not a tar"))  # 9 bytes, no header
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["story"]
    assert [p[2] for p in problems(corpus)] == [
        "not a tar archive, or a damaged one (truncated header)"
    ]


@pytest.mark.parametrize(
    "front",
    [
        "title: Mixed keys\ndate: {1: 2, a: 3}",  # keys of two types: no text of the object
        "title: Fine\ndate: &d {x: *d}",  # an object holding itself
        "title: Laughs\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n"
        "date: [*b, *b, *b, *b, *b, *b, *b, *b]",  # anchors and aliases: never expanded
        "title: Time only\ndate: 07:32",  # a time alone stands for no date (it was today's)
    ],
)
def test_front_matter_that_is_no_plain_fields_is_reported_or_left_out(tmp_path, front):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "post.md", f"---\n{front}\n---\n\nBody of the post.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = read_corpus(tmp_path)
    post = corpus.documents.set_index("doc_id").loc["post"]
    assert "Body of the post." in (post.title, post.body) and pd.isna(post.published)
    assert len(corpus.documents) == 2  # the good file is read as well


@pytest.mark.parametrize(
    "text",
    [
        "Exclusive: Oil majors plan merger\nSource: Reuters\n\nTwo oil companies are in talks.",
        "Markets fall\nBy Tuesday, traders had sold.\n\nMore text follows here.",
        "Markets fall\nBy contrast, bonds rose.\n\nTraders said so.",
    ],
)
def test_lines_that_only_look_like_fields_stay_text(tmp_path, text):
    document = read_corpus(write(tmp_path / "a.txt", text)).documents.iloc[0]
    first, _, rest = text.partition("\n")
    assert document.title == first
    assert document.body == rest.strip()


def test_a_subhead_that_looks_like_furniture_keeps_the_story_after_it(tmp_path):
    document = _page(
        tmp_path,
        "<html><body><article><h1>Mill closes</h1><p>The mill will close in March, the owners "
        "said on Monday after a long review.</p><h3>Related</h3><p>The mill opened in 1936 and "
        "employed more than 300 people at its peak in the 1970s.</p><h3>Related Topics</h3>"
        "<p>Industry</p><p>Jobs</p></article></body></html>",
    )
    assert document.body.endswith("more than 300 people at its peak in the 1970s.")
    assert "Related" in document.body and "Industry" not in document.body


def test_html_white_space_is_read_in_linear_time():
    from analysis.formats.html import markup_to_text
    from tests.conftest import cpu_seconds

    small, large = "<p>x" + " " * 100_000 + "\n\ny</p>", "<p>x" + " " * 800_000 + "\n\ny</p>"
    assert markup_to_text(large) == "x\n\ny"
    assert (
        cpu_seconds(lambda: markup_to_text(large))
        < 12 * cpu_seconds(lambda: markup_to_text(small)) + 0.2
    )


def test_a_date_line_above_the_story_dates_a_page_without_metadata(tmp_path):
    document = _page(
        tmp_path,
        "<html><body><article><h1>Mill closes</h1><p>December 7, 2026</p><p>By Jane Doe</p>"
        "<p>The mill will close in March, the owners said.</p></article></body></html>",
    )
    assert (document.published, document.date_note) == (
        pd.Timestamp("2026-12-07"),
        "date from the text",
    )
    assert document.body == "The mill will close in March, the owners said."


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        # US wire copy: "ET" is New York time, on summer time or not as the date falls
        ("Jan 3, 2024 2:00 PM ET", "2024-01-03 19:00:00"),
        ("July 5, 2024 4:05 p.m. ET", "2024-07-05 20:05:00"),  # AP's "p.m."
        ("2024-07-05 10:00 PT", "2024-07-05 17:00:00"),
        ("Jan 3, 2024 2:00 PM EST", "2024-01-03 19:00:00"),
    ],
)
def test_us_zones_without_the_season_and_dotted_meridiems_are_read(tmp_path, raw, utc):
    path = write(tmp_path / "news.csv", f'title,text,date\nStory,Body about gas.,"{raw}"\n')
    stamp = read_corpus(path).documents["published"].iloc[0]
    assert str(stamp) == utc
