"""Feeds and API dumps: RSS, Atom, XML article lists and NewsAPI-style JSON load like the rest.

Each input is written by hand below; the expected fields are read off it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import CorpusError, read_corpus

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Energy news</title>
<item><title>Gazprom raises exports</title><link>https://example.org/a</link><guid>a1</guid>
<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>Exports up</description>
<content:encoded><![CDATA[<p>MOSCOW, March 3 (Reuters) - Gazprom raised gas exports by 5%.</p>
<script>window.__pwned = 1</script>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://example.org/b</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Japan imports almost 9-10% of its LNG from Sakhalin-2.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Atom entry</title><link href="https://example.org/c"/><id>urn:c</id>
<published>2025-03-05T08:00:00Z</published><summary>Short</summary>
<content type="html">&lt;p&gt;Oil output rose by 2%.&lt;/p&gt;</content></entry>
</feed>
"""
BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<items><item><text>&lol2;</text></item></items>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_items_become_documents(tmp_path):
    documents = read_corpus(write(tmp_path / "feed.rss", RSS)).documents.set_index("doc_id")
    first = documents.loc["a1"]  # the guid is the id
    assert first["title"] == "Gazprom raises exports"
    assert first["lead"] == "Exports up"
    assert first["body"] == "Gazprom raised gas exports by 5%."  # HTML and script dropped
    assert (first["dateline"], first["agency"]) == ("MOSCOW", "Reuters")
    assert first["published"] == pd.Timestamp("2025-03-03 10:00:00")


def test_an_rss_item_with_only_a_description_has_it_as_text(tmp_path):
    documents = read_corpus(write(tmp_path / "feed.rss", RSS)).documents.set_index("doc_id")
    assert documents.loc["https://example.org/b", "body"] == (
        "Japan imports almost 9-10% of its LNG from Sakhalin-2."
    )


def test_atom_entries_become_documents(tmp_path):
    (entry,) = read_corpus(write(tmp_path / "feed.atom", ATOM)).documents.itertuples()
    assert (entry.doc_id, entry.title, entry.lead) == ("urn:c", "Atom entry", "Short")
    assert entry.body == "Oil output rose by 2%."
    assert entry.published == pd.Timestamp("2025-03-05 08:00:00")  # Z converted to UTC


def test_an_xml_entity_bomb_is_refused_and_reported(tmp_path):
    write(tmp_path / "bomb.xml", BOMB)
    write(tmp_path / "good.txt", "Title\n\nBody.\n")
    corpus = read_corpus(tmp_path)
    assert list(corpus.documents["doc_id"]) == ["good"]
    (problem,) = corpus.problems.itertuples()
    assert problem.path == "bomb.xml" and problem.problem.startswith(
        "not readable XML (EntitiesForbidden"
    )


def test_xml_without_articles_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path / "page.xml", "<doc><p>Gas talks</p></doc>")
    with pytest.raises(CorpusError, match=r"page\.xml:1: no text field \(fields: p\)"):
        read_corpus(path)


def test_newsapi_style_records_load(tmp_path):
    record = {
        "source": {"id": "reuters", "name": "Reuters"},
        "author": "X",
        "title": "NewsAPI style",
        "description": "Lead here",
        "url": "https://example.org/d",
        "publishedAt": "2025-03-06T09:30:00Z",
        "content": "Coal exports fell by 3%.",
    }
    (doc,) = read_corpus(
        write(tmp_path / "news.jsonl", json.dumps(record) + "\n")
    ).documents.itertuples()
    assert (doc.doc_id, doc.agency, doc.lead, doc.body) == (
        "https://example.org/d",
        "Reuters",
        "Lead here",
        "Coal exports fell by 3%.",
    )
    assert doc.published == pd.Timestamp("2025-03-06 09:30:00")  # publishedAt = published_at
