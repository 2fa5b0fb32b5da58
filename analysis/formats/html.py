"""HTML pages and fragments: the article's text (the <article> or <main>, without scripts,
styles and the page's navigation), and its title, date, section and author from meta tags and
JSON-LD. Fragments are the HTML inside feed items and scraped records, read the same way.
"""

from __future__ import annotations

import collections
import contextlib
import html as html_lib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.formats.reader import Reader
from analysis.layout import BYLINE_OR_DATE, DATE_IN_TEXT, paragraphs, strip_dateline, strip_trailer

# Elements that are never article text: code, and the page's furniture around the article.
_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form"}
    | {"button", "select", "iframe", "object", "head"}
)
_HTML_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_HTML_BLOCKS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "title", "article"}
    | {"section", "main", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "figure"}
    | {"figcaption", "hr", "address"}
)
_HTML_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area"})
# <meta> names (property, name or itemprop) for the title, the date and other fields, best first.
_HTML_META = {
    "title": ("og:title", "twitter:title", "headline", "dc.title", "title"),
    "published": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "published_time",
        "publication_date",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "date",
    ),
    "section": ("article:section", "section"),
    "author": ("author", "article:author", "dc.creator", "byl"),
    "description": ("og:description", "description", "twitter:description"),
    "url": ("og:url",),
    "site_name": ("og:site_name", "application-name"),
    "keywords": ("news_keywords", "keywords", "article:tag"),
}
# Text that is HTML: a tag of a text element, or an entity (a value from a scraper or feed).
# A line break that is no blank line, with the spaces around it.
# A run of white space that holds line breaks, matched from its start only (a scan from inside a
# long run of spaces would be quadratic): a space, or a paragraph break when it holds two.
_BREAKS = re.compile(r"(?<![^\S\n])[^\S\n]*(?:\n[^\S\n]*)+")


def _breaks_as_html_reads_them(data: str) -> str:
    return _BREAKS.sub(lambda m: "\n\n" if m.group().count("\n") > 1 else " ", data)


_CLOSED_MARKUP = re.compile(
    r"</(?:p|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|figure|figcaption|blockquote|table|tr"
    r"|td|th|section|article|sup|sub|small|font|center)\s*>|<(?:br|hr)\s*/?>",
    re.IGNORECASE,
)
MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|img|figure|figcaption|blockquote"
    r"|table|tr|td|th|script|style|iframe|section|article|hr|sup|sub|small|font|center)\b[^<>]*>"
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)


@dataclass
class _HtmlPage:
    """What an HTML page or fragment says: its text by container, headings and metadata."""

    parts: list[tuple[int, str]] = field(default_factory=list)  # (container, text)
    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    h1: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # <time datetime> in the article
    ld: list = field(default_factory=list)  # JSON-LD objects
    h1_container: int | None = None  # the container that holds the first <h1>

    def has_container(self) -> bool:
        """Whether the page has an <article>, <main> or articleBody element with text."""
        return any(container and part.strip() for container, part in self.parts)

    def text(self, *, whole: bool = False) -> str:
        """The article's paragraphs: the <article> (or articleBody, or <main>) that holds the
        page's headline, or the one with the most text, else (or with ``whole``: a fragment that
        is the article) all text outside the page's furniture."""
        sizes: dict[int, int] = {}
        for container, part in self.parts:
            sizes[container] = sizes.get(container, 0) + len(part.strip())
        articles = {c: n for c, n in sizes.items() if c > 0 and n}
        mains = {c: n for c, n in sizes.items() if c < 0 and n}
        chosen = {} if whole else articles or mains
        if chosen:
            best = max(chosen, key=lambda c: (chosen[c], -abs(c)))
            if self.h1_container in chosen and chosen[self.h1_container] * 4 >= chosen[best]:
                best = self.h1_container  # the story's headline, not a longer teaser's card
            kept = [part for container, part in self.parts if container == best]
        else:
            kept = [part for _, part in self.parts]
        return "\n\n".join(paragraphs(re.sub(r"[ \t\r\f\v]+", " ", "".join(kept))))


def _parse_html(html: str) -> _HtmlPage:
    """Read an HTML page or fragment (scripts, styles and navigation dropped)."""
    from html.parser import HTMLParser

    page = _HtmlPage()

    class _Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.skip: list[str] = []  # the open element that started skipping, repeated
            self.containers: list[list] = []  # open <article>/<main>: [tag, id, depth]
            self.next_id = 0
            self.capture: str | None = None  # "title", "h1" or "ld" while inside one
            self.buffer: list[str] = []
            self.pre = 0  # open <pre> elements

        def handle_starttag(self, tag, attrs):
            attrs = {k.lower(): v or "" for k, v in attrs}
            self.pre += tag == "pre"
            if tag == "meta":
                key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
                if key and attrs.get("content", "").strip():
                    page.meta.setdefault(key.lower(), attrs["content"].strip())
                return
            if tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
                page.meta.setdefault("canonical", attrs.get("href", ""))
            if tag == "time" and attrs.get("datetime") and self.containers:
                page.times.append(attrs["datetime"])
            if tag == "script" and "ld+json" in attrs.get("type", ""):
                self.capture, self.buffer = "ld", []
            if not self.capture and (tag == "title" or tag == "h1" and self.containers):
                self.capture, self.buffer = tag, []
            if self.skip:
                if tag == self.skip[0] and tag not in _HTML_VOID:
                    self.skip.append(tag)
                return
            if tag == "h1" and not self.capture:
                self.capture, self.buffer = tag, []
            hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
            if tag in _HTML_SKIP or attrs.get("role") in _HTML_SKIP_ROLES or hidden:
                if tag not in _HTML_VOID:
                    self.skip = [tag]
                return
            if tag in ("article", "main") or attrs.get("itemprop", "").lower() == "articlebody":
                self.next_id += 1
                self.containers.append([tag, self.next_id if tag != "main" else -self.next_id, 1])
            elif self.containers and tag == self.containers[-1][0] and tag not in _HTML_VOID:
                self.containers[-1][2] += 1  # a <div> inside an articleBody <div>
            if tag in _HTML_BLOCKS:
                self.add("\n\n")

        def handle_endtag(self, tag):
            self.pre -= tag == "pre" and self.pre > 0
            if self.capture == "ld" and tag == "script":
                with contextlib.suppress(ValueError, RecursionError):
                    page.ld.append(json.loads("".join(self.buffer)))
                self.capture = None
            if self.capture == tag:
                text = " ".join("".join(self.buffer).split())
                if tag == "title":
                    page.title = page.title or text
                elif text:
                    page.h1.append(text)
                    if self.containers and page.h1_container is None:
                        page.h1_container = self.containers[-1][1]  # the story's own <article>
                self.capture = None
            if self.skip:
                if tag == self.skip[0]:
                    self.skip.pop()
                return
            if tag in _HTML_BLOCKS:
                self.add("\n\n")
            if self.containers and self.containers[-1][0] == tag:
                self.containers[-1][2] -= 1
                if not self.containers[-1][2]:
                    self.containers.pop()

        def handle_data(self, data):
            if self.capture:
                self.buffer.append(data)
            if not self.skip and self.capture != "title":
                # a line break in HTML is a space, but in <pre>; a blank line stays one (a
                # scraper's text with a tag or two keeps its paragraphs)
                self.add(data if self.pre or "\n" not in data else _breaks_as_html_reads_them(data))

        def add(self, text: str) -> None:
            page.parts.append((self.containers[-1][1] if self.containers else 0, text))

    parser = _Parser()
    parser.feed(_without_long_charrefs(html))
    _close(parser)
    return page


# HTMLParser.feed() stops at an element that is never closed (``<a b='``, ``<!--``, ``<?``) and
# close() reads the rest: that element's text as text up to its next ``>`` (or ``<``), then on.
# But it first looks for the element's end through all the rest, so a page of 100,000 unclosed
# elements takes time that grows with the square of its length. ``_close`` takes close()'s steps
# itself, so it can stop: past this many unclosed elements the rest of the page is read as text.
_UNCLOSED_READ = 32


def _close(parser) -> None:
    """``parser.close()``, as HTMLParser reads the unclosed element feed() stopped at and the
    text after it, in time that grows with the text's length only (see ``_UNCLOSED_READ``)."""
    for _ in range(_UNCLOSED_READ):
        rest = parser.rawdata
        if len(rest) < 2 or rest[0] != "<" or parser.cdata_elem:  # not an unclosed element
            break
        end = rest.find(">", 1) + 1  # past its next ">"; else up to its next "<"
        if not end:
            end = max(rest.find("<", 1), 1)
        parser.rawdata = ""
        parser.handle_data(html_lib.unescape(rest[:end]))
        parser.feed(rest[end:])  # on to the next element never closed
    else:
        if parser.rawdata.startswith("<") and not parser.cdata_elem:
            rest, parser.rawdata = parser.rawdata, ""
            parser.handle_data(html_lib.unescape(rest))
    parser.close()


def html_fragment_text(html: str) -> str:
    """The paragraphs of HTML text (a feed's or a scraper's field), markup dropped; the field
    is the article, so an <article> inside it is part of it, not all of it."""
    return _parse_html(html).text(whole=True)


# A decimal character reference of eight digits or more names no character (past U+10FFFF):
# html.unescape reads it as U+FFFD, but raises ValueError for one past int()'s 4300 digits.
_LONG_CHARREF = re.compile(r"&#0*[1-9]\d{7,};?")


def _unescape(text: str) -> str:
    """``html.unescape``, overlong character references read as U+FFFD as it reads them."""
    return html_lib.unescape(_without_long_charrefs(text))


def _without_long_charrefs(text: str) -> str:
    return _LONG_CHARREF.sub("\ufffd", text) if "&#" in text else text


def markup_to_text(value: str, *, paragraphed: bool = True) -> str:
    """A field's text with its HTML read as HTML; other text as given, entities decoded.

    A field is HTML only when it closes an element (``</p>``, ``<br>``): text that merely
    mentions a tag ("inject <script> tags") is text, and is never cut at an unclosed tag.
    Garbage with far more ``<`` than ``>`` is not parsed (the parser is slow on it).
    """
    if "<" not in value and "&" not in value or not MARKUP.search(value):
        return value
    if not _CLOSED_MARKUP.search(value) or value.count("<") > 4 * value.count(">") + 16:
        return _unescape(value)
    text = html_fragment_text(value)
    return text if paragraphed else " ".join(text.split())


def _html_meta(page: _HtmlPage, role: str) -> str:
    found = next((page.meta[k] for k in _HTML_META[role] if page.meta.get(k)), "")
    return " ".join(_unescape(found).split())


def _json_ld_article(page: _HtmlPage) -> dict:
    """The page's schema.org article object (NewsArticle, Article, ...) from JSON-LD, if any."""
    found = []
    stack = collections.deque(page.ld)
    while stack and len(found) < 50:
        item = stack.popleft()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kinds = item.get("@type", "")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(k).endswith("Article") or k == "Report" for k in kinds):
                found.append(item)
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return found[0] if found else {}


def html_row(html: str, path: Path, reader: Reader) -> list[dict]:
    """One article from an HTML page: the <article> text; title, date, section, author and
    address from the page's metadata (Open Graph, ``article:*``, JSON-LD), else from the text."""
    page = _parse_html(html)
    ld = _json_ld_article(page)
    body = page.text()
    ld_body = ld.get("articleBody") if isinstance(ld.get("articleBody"), str) else ""
    if ld_body.strip() and not page.has_container():
        # no <article> or <main>: the page's furniture is all around; its JSON-LD has the text
        body = "\n\n".join(paragraphs(markup_to_text(_unescape(ld_body))))
    ld_title = ld.get("headline") if isinstance(ld.get("headline"), str) else ""
    title = (
        _html_meta(page, "title")
        or " ".join(ld_title.split())
        or (page.h1[0] if page.h1 else "")
        or _without_site_name(page.title, _html_meta(page, "site_name"))
    )
    paras = paragraphs(body)
    headings = {" ".join(t.split()) for t in (title, page.title, *page.h1[:1]) if t}
    if not page.has_container() and not ld_body:  # what comes before the headline is furniture
        at = next((i for i, p in enumerate(paras) if " ".join(p.split()) in headings), None)
        paras = paras[at:] if at is not None else paras
    while paras and " ".join(paras[0].split()) in headings:  # the page repeats its title
        paras = paras[1:]
    head_lines = _head_lines(paras)
    paras = _without_furniture(paras)
    if not title and paras:  # no title anywhere: the first line, as for plain text
        first, _, rest = paras[0].partition("\n")
        title, paras = first.strip(), ([rest.strip()] if rest.strip() else []) + paras[1:]
    paras, _ = strip_trailer(paras)
    body, place, agency, (year, month, day) = strip_dateline("\n\n".join(paras))
    if not body.strip() and not title:
        reader.problem(path, None, "no text in the HTML page", "skipped")
        return []
    published = (
        _html_meta(page, "published")
        or (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else "")
        or (page.times[0] if page.times else "")
    )
    author = _html_meta(page, "author") or _ld_name(ld.get("author"))
    meta = {
        "url": _html_meta(page, "url") or page.meta.get("canonical", ""),
        "author": author,
        "description": _html_meta(page, "description"),
        "keywords": _html_meta(page, "keywords"),
    }
    row = {
        **{name: value for name, value in meta.items() if value},
        "_path": path,
        "_line": None,
        "_stem": path.name.split(".")[0],
        "title": title,
        "section": _html_meta(page, "section"),
        "lead": "",
        "body": body.strip(),
        "dateline": place,
        "agency": agency or _html_meta(page, "site_name"),
    }
    written = next((d.group() for line in head_lines if (d := DATE_IN_TEXT.search(line))), "")
    if published:
        row["_published"] = published
    elif written:  # "Published: 7 December 2026" above the story, and no date in the metadata
        row["_published"], row["_date_note"] = written, "date from the text"
    else:
        row["_date"] = (year, month, day, "")
    return [row]


# A line that opens the page's furniture after the story: all from it on is dropped.
_FURNITURE_START = re.compile(
    r"(?:you may also like|read more|read next|related(?: topics| stories| articles| coverage|"
    r" content| news)?|more on this story|more from [\w' ]{1,40}|most read|most popular|"
    r"comments?|share this(?: article| story)?|top stories|recommended(?: for you)?|trending|"
    r"sign up for [\w' ]{1,40}|subscribe to [\w' ]{1,40}|follow us[\w' ]{0,30}|"
    r"our standards[^\n]{0,80}|(?:reporting|writing|editing) by [^\n]{1,160}|back to top)[:.]?",
    re.IGNORECASE,
)
# A line of furniture inside the story: dropped alone.
_FURNITURE_LINE = re.compile(
    r"(?:advertisement|advert|sponsored(?: content)?|image (?:caption|source)[,:][^\n]{0,300}|"
    r"getty images|share|\u00a9[^\n]{0,160}|copyright \d{4}[^\n]{0,160}|"
    r"updated \d+ (?:minutes?|hours?|days?) ago)",
    re.IGNORECASE,
)


def _head_lines(paras: list[str]) -> list[str]:
    """The byline and date lines before the story (see ``_without_furniture``)."""
    lines = []
    while len(paras) > len(lines) + 1 and BYLINE_OR_DATE.fullmatch(
        line := " ".join(paras[len(lines)].split())
    ):
        lines.append(line)
    return lines


def _without_furniture(paras: list[str]) -> list[str]:
    """The story's paragraphs without the page's furniture: a byline or date line before the
    story, lines such as "Advertisement" or an image caption, and everything from "You may also
    like", "Related Topics", "Read next", "Reporting by ..." on (never the first paragraph)."""
    while len(paras) > 1 and BYLINE_OR_DATE.fullmatch(" ".join(paras[0].split())):
        paras = paras[1:]
    kept = []
    for i, para in enumerate(paras):
        line = " ".join(para.split())
        if i and _FURNITURE_START.fullmatch(line) and _links_after(paras[i + 1 :]):
            break
        if not _FURNITURE_LINE.fullmatch(line):
            kept.append(para)
    return kept


def _links_after(paras: list[str]) -> bool:
    """Whether what follows a furniture line is furniture too: nothing, or short lines (links,
    headlines of other stories); not the story's own paragraphs ("Related" as a subhead)."""
    return all(len(para.split()) <= _LINK_WORDS for para in paras)


_LINK_WORDS = 15


def _without_site_name(title: str, site: str) -> str:
    """A page's <title> without the site's name after it: "Local elections | The Daily Post",
    "Storm hits coast - BBC News" (a dash only before the site's own name)."""
    head, bar, tail = title.rpartition(" | ")
    if bar and head.strip() and len(tail.split()) <= 5:
        return head.strip()
    for dash in (" - ", " \u2013 ", " \u2014 "):
        head, found, tail = title.rpartition(dash)
        if found and head.strip() and site and tail.strip().lower() == site.lower():
            return head.strip()
    return title


def _ld_name(value, depth: int = 0) -> str:
    """A JSON-LD author: a name, an object with a name, or a list of these. Lists inside lists
    are read a few deep only: each is a call, and a hostile page nests them thousands deep."""
    if isinstance(value, list):
        if depth >= _LD_NAME_DEPTH:
            return ""
        return "; ".join(filter(None, (_ld_name(v, depth + 1) for v in value)))
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) else ""


_LD_NAME_DEPTH = 8
