"""RSS and Atom feeds, and other XML lists of articles (<item>, <entry>, <article>, <doc>).
Parsed with defusedxml, so hostile files are refused; a file whose root element is NITF, RCV1
or NewsML-G2 holds one article (or a message of several) and goes to ``newsxml``.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.formats.html import MARKUP, html_fragment_text, markup_to_text
from analysis.formats.newsxml import NEWS_XML, local_name
from analysis.formats.reader import Reader
from analysis.formats.rows import column, record_row

_XML_ITEMS = frozenset({"item", "entry", "article", "doc", "document", "story"})
_XML_HTML_FIELDS = frozenset({"description", "summary", "content", "encoded"})
# Media RSS describes an item's pictures and videos, never its text: its <media:content> is no
# <content>, so its fields keep a "media_" prefix.
_MEDIA_RSS = "{http://search.yahoo.com/mrss"


def _outer_items(root) -> list:
    """The item elements of an XML tree in document order, but none inside another item (an
    <article> in an entry's XHTML content is part of that entry)."""
    items, stack = [], [root]
    while stack:
        element = stack.pop()
        if local_name(element.tag) in _XML_ITEMS:
            items.append(element)
        else:
            stack.extend(reversed(list(element)))
    return items


def xml_items(text: str, path: Path, reader: Reader) -> list[dict]:
    """Articles of an RSS or Atom feed, or of any XML list of <article>/<doc> elements; a NITF,
    RCV1 or NewsML-G2 file, known by its root element whatever its name, goes to its own reader.

    Parsed with defusedxml, so entity expansion and external references in hostile files are
    refused. Each item's child elements become fields (``content:encoded`` as ``encoded``); HTML
    inside descriptions and contents is reduced to text. An item with only a description or
    summary has that as its text.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree as SafeTree
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeTree.fromstring(text)
    except (ParseError, DefusedXmlException, ValueError) as error:
        reader.problem(
            path, None, f"not readable XML ({error.__class__.__name__}: {error})", "skipped"
        )
        return []
    before = len(reader.problems)
    try:
        return _xml_rows(root, path, reader)
    except RecursionError:  # XHTML nested thousands deep: ElementTree writes it by recursion
        del reader.problems[before:]  # those of the items read before: the file is not read
        reader.problem(path, None, "XML nested too deeply to read", "skipped")
        return []


def _xml_rows(root, path: Path, reader: Reader) -> list[dict]:
    """The articles of a parsed XML file (see ``xml_items``)."""
    from defusedxml import ElementTree as SafeTree

    news_xml = NEWS_XML.get(local_name(root.tag))
    if news_xml is not None:  # one article (or a NewsML-G2 message), found by its root element
        return news_xml(root, path, reader)
    items = _outer_items(root)
    if not items:
        reader.problem(path, None, "XML without <item>, <entry> or <article> elements", "skipped")
        return []
    rows = []
    for number, item in enumerate(items, start=1):
        record: dict[str, str] = {}
        for child in item:
            name = local_name(child.tag)
            if str(child.tag).startswith(_MEDIA_RSS):  # <media:content>, <media:title>: a picture's
                name = f"media_{name}"
            if child.get("type") == "xhtml":  # Atom: the markup is XML, inside the element
                inner = "".join(SafeTree.tostring(c, encoding="unicode") for c in child)
                value = html_fragment_text(re.sub(r"<(/?)\w+:", r"<\1", inner))
            else:
                value = "".join(child.itertext()).strip() or child.get("href", "")
                value = value or child.get("term", "")  # Atom's <category term="...">
            if (name in _XML_HTML_FIELDS or child.get("type") == "html") and MARKUP.search(value):
                value = markup_to_text(value, paragraphed=name in _XML_HTML_FIELDS).strip()
            if name == "category" and name in record and value:  # every category, in order
                record[name] = f"{record[name]}; {value}"
            elif name == "link" and child.get("rel", "alternate") == "alternate" and value:
                record[name] = value  # the article's address, not an enclosure's or a feed's
            else:
                record.setdefault(name, value)
        if not any(column([k], "body", reader) for k in record):
            for name in ("description", "summary"):
                if name in record:
                    record["text"] = record.pop(name)
                    break
        rows.extend(record_row(record, path, number, reader))
    return rows
