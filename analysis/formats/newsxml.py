"""News XML with one article a file: NITF (the New York Times Annotated Corpus, AP), Reuters
RCV1, IPTC NewsML-G2 (a message may hold several items) and NewsML 1.x (AFP's feeds), known by
their root element. The
research datasets ship these; each gives title, date, dateline and text, and its subject codes
and keywords as metadata columns.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.formats.html import html_fragment_text, markup_to_text
from analysis.formats.reader import Reader, dateline_place, news_row
from analysis.layout import paragraphs


def local_name(tag) -> str:
    """An XML element's name without its namespace, in lower case."""
    return str(tag).rsplit("}", 1)[-1].lower()


def _named(element, *names: str):
    """The first child of ``element`` with the local name, then its child with the next; None
    when a step is missing (namespaces and case ignored, as feeds mix them)."""
    for name in names:
        if element is None:
            return None
        element = next((c for c in element if local_name(c.tag) == name), None)
    return element


def _kids(element) -> list:
    """An element's children; none for a missing element."""
    return [] if element is None else list(element)


def _all_named(element, name: str) -> list:
    """Every element under ``element`` (itself included) with the local name, in order."""
    if element is None:
        return []
    return [e for e in element.iter() if local_name(e.tag) == name]


def _flat(element) -> str:
    """An element's text on one line."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _paragraphs_of(element) -> list[str]:
    """The text of each <p> under ``element``; all its text as one paragraph when it has none."""
    if element is None:
        return []
    found = [_flat(p) for p in _all_named(element, "p")]
    return [p for p in found if p] or [p for p in [_flat(element)] if p]


# NITF's and NewsML-G2's compact ISO dates: 20070101T000000, 20240305T091200+0000.
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?")


def _basic_date(value: str) -> str:
    """A compact ISO date as ``2007-01-01`` (or with its time); other text as given. The New
    York Times corpus gives every article ``T000000``: a date without a time, not midnight."""
    match = _BASIC_DATE.fullmatch(value.strip())
    if not match:
        return value
    year, month, day, hour, minute, second, zone = match.groups()
    if not hour or (hour, minute, second or "00") == ("00", "00", "00") and not zone:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone or ''}"


def _lead_key(paragraph: str) -> str:
    """A paragraph compared without spacing or the ``LEAD:`` mark of older NYT articles."""
    text = " ".join(paragraph.split())
    return text[6:] if text.startswith("LEAD: ") else text


def _nitf_row(root, path: Path, reader: Reader) -> list[dict]:
    """One NITF article (the New York Times Annotated Corpus, AP and other wire feeds).

    The text is the lead paragraph block then the full text, whose first paragraphs repeat the
    lead in the NYT corpus and are left out when they do (a repeat would double every lead in
    counts and quotes). The abstract, when there is one, is the lead.
    """
    head, body = _named(root, "head"), _named(root, "body")
    body_head, content = _named(body, "body.head"), _named(body, "body.content")
    docdata, pubdata = _named(head, "docdata"), _named(head, "pubdata")
    metas = {
        m.get("name", "").lower(): m.get("content", "")
        for m in _kids(head)
        if local_name(m.tag) == "meta"
    }
    blocks = [b for b in _kids(content) if local_name(b.tag) == "block"]
    lead = [p for b in blocks if b.get("class") == "lead_paragraph" for p in _paragraphs_of(b)]
    rest = [
        p
        for b in blocks
        if b.get("class") not in ("lead_paragraph", "online_lead_paragraph")
        for p in _paragraphs_of(b)
    ]
    if not blocks:  # AP and others: paragraphs straight in <body.content>
        rest = _paragraphs_of(content)
    keys = {_lead_key(p) for p in lead}
    while rest and _lead_key(rest[0]) in keys:
        rest = rest[1:]
    dateline = _named(body_head, "dateline")
    location = _named(dateline, "location")
    issue = _named(docdata, "date.issue")
    published = (pubdata.get("date.publication", "") if pubdata is not None else "") or (
        issue.get("norm", "") if issue is not None else ""
    )
    byline = _flat(_named(body_head, "byline"))
    descriptors = [
        _flat(c)
        for c in _all_named(_named(docdata, "identified-content"), "classifier")
        if c.get("type") == "descriptor"
    ]
    doc_id = _named(docdata, "doc-id")
    return news_row(
        path,
        None,
        reader,
        kind="NITF",
        doc_id=doc_id.get("id-string", "") if doc_id is not None else "",
        title=_flat(_named(body_head, "hedline", "hl1")) or _flat(_named(head, "title")),
        paras=[_lead_key(p) for p in lead] + rest,
        published=_basic_date(published),
        lead="\n\n".join(_paragraphs_of(_named(body_head, "abstract"))),
        dateline=_flat(location) if location is not None else dateline_place(_flat(dateline)),
        agency=pubdata.get("name", "") if pubdata is not None else "",
        section=metas.get("online_sections") or metas.get("dsk") or "",
        meta={
            "author": byline[3:] if byline.lower().startswith("by ") else byline,
            "url": pubdata.get("ex-ref", "") if pubdata is not None else "",
            "keywords": "; ".join(filter(None, dict.fromkeys(descriptors))),
        },
    )


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _rcv1_row(root, path: Path, reader: Reader) -> list[dict]:
    """One Reuters RCV1 article: ``<newsitem itemid date>`` with its headline, dateline, text
    paragraphs, and the topic, country and industry codes as metadata columns."""
    dc: dict[str, str] = {}
    for element in _all_named(root, "dc"):
        dc.setdefault(element.get("element", ""), element.get("value", ""))
    codes: dict[str, list[str]] = {}
    for group in _all_named(root, "codes"):  # class="bip:topics:1.0" -> "topics"
        name = group.get("class", "").split(":")[1:2] or ["codes"]
        codes.setdefault(name[0], []).extend(
            c.get("code", "") for c in group if local_name(c.tag) == "code"
        )
    return news_row(
        path,
        None,
        reader,
        kind="RCV1",
        doc_id=root.get("itemid", ""),
        title=_flat(_named(root, "headline")) or _flat(_named(root, "title")),
        paras=_paragraphs_of(_named(root, "text")),
        published=root.get("date", "") or dc.get("dc.date.published", ""),
        dateline=dateline_place(_flat(_named(root, "dateline"))),
        agency=dc.get("dc.source", ""),
        meta={
            "author": _flat(_named(root, "byline")),
            "language": root.get(_XML_LANG, ""),
            **{name: "; ".join(filter(None, values)) for name, values in codes.items()},
        },
    )


_G2_NAMESPACE = "{http://iptc.org/std/nar/2006-10-01/}"
# NewsML-G2 item classes that carry no article text: a message's pictures, video and sound.
_G2_MEDIA = ("picture", "graphic", "video", "audio", "animation")


def _newsitem_rows(root, path: Path, reader: Reader) -> list[dict]:
    """A <newsitem>: Reuters RCV1's (no namespace, a <text>), or NewsML-G2's <newsItem>."""
    if str(root.tag).startswith(_G2_NAMESPACE) or _named(root, "contentset") is not None:
        return _g2_item(root, path, None, reader)
    return _rcv1_row(root, path, reader)


def _g2_message(root, path: Path, reader: Reader) -> list[dict]:
    """The text items of a NewsML-G2 <newsMessage>, numbered from 1 in the message; pictures
    and other media items are not articles and are passed over."""
    items = _all_named(root, "newsitem")
    texts = [(n, item) for n, item in enumerate(items, start=1) if not _g2_media(item)]
    if not texts:
        reader.problem(path, None, "NewsML-G2 message without a text <newsItem>", "skipped")
        return []
    return [row for number, item in texts for row in _g2_item(item, path, number, reader)]


def _g2_media(item) -> bool:
    item_class = _named(item, "itemmeta", "itemclass")
    qcode = item_class.get("qcode", "") if item_class is not None else ""
    return qcode.rpartition(":")[2].lower() in _G2_MEDIA


def _g2_item(item, path: Path, number: int | None, reader: Reader) -> list[dict]:
    """One NewsML-G2 <newsItem>: headline, summary and place from <contentMeta>, the date from
    <itemMeta> (first created, else the content's or the version's), the text from the XHTML
    (or plain text) in <contentSet>."""
    from defusedxml import ElementTree as SafeTree

    item_meta, content_meta = _named(item, "itemmeta"), _named(item, "contentmeta")
    published = next(
        (
            _flat(found)
            for found in (
                _named(item_meta, "firstcreated"),
                _named(content_meta, "contentcreated"),
                _named(item_meta, "versioncreated"),
            )
            if _flat(found)
        ),
        "",
    )
    paras: list[str] = []
    for content in _kids(_named(item, "contentset")):
        kind = local_name(content.tag)
        if kind == "inlinexml":  # XHTML as XML: read as HTML, its namespace prefixes dropped
            inner = "".join(SafeTree.tostring(c, encoding="unicode") for c in content)
            paras = paragraphs(html_fragment_text(re.sub(r"<(/?)\w+:", r"<\1", inner)))
        elif kind == "inlinedata":
            paras = paragraphs(markup_to_text("".join(content.itertext()).strip()))
        if paras:
            break
    provider = _named(item_meta, "provider")
    agency = (
        (provider.get("literal") or provider.get("qcode", "").rpartition(":")[2])
        if (provider is not None)
        else ""
    )
    located = _flat(_named(content_meta, "located", "name"))
    return news_row(
        path,
        number,
        reader,
        kind="NewsML-G2",
        doc_id=item.get("guid", ""),
        title=_flat(_named(content_meta, "headline")),
        paras=paras,
        published=_basic_date(published),
        lead=_flat(_named(content_meta, "description")),
        dateline=located or dateline_place(_flat(_named(content_meta, "dateline"))),
        agency=agency,
        meta={
            "author": "; ".join(
                _flat(_named(c, "name"))
                for c in _kids(content_meta)
                if local_name(c.tag) == "creator" and _named(c, "name") is not None
            ),
            "keywords": "; ".join(
                _flat(k) for k in _kids(content_meta) if local_name(k.tag) == "keyword"
            ),
            "language": item.get(_XML_LANG, ""),
        },
    )


def _newsml1(root, path: Path, reader: Reader) -> list[dict]:
    """The text items of an IPTC NewsML 1.x file (AFP's and other agencies' feeds): each
    <NewsItem>'s headline, subheadline as lead, dateline, first-created date and provider, and
    the text of its text <ContentItem>s (XHTML or NITF in <DataContent>, or plain text);
    pictures are passed over, as is an agency's closing signature (``sjw/ab``)."""
    envelope = _named(root, "newsenvelope")
    sent = _flat(_named(envelope, "dateandtime"))
    service = _named(envelope, "newsservice")
    rows: list[dict] = []
    items = _all_named(root, "newsitem")
    for number, item in enumerate(items, start=1):
        paras = [p for content in _all_named(item, "contentitem") for p in _text_of(content)]
        if paras and _SIGNATURE.fullmatch(paras[-1]):
            paras = paras[:-1]
        if not paras:
            continue  # a picture or a graphic
        party = _named(_named(item, "newscomponent", "administrativemetadata", "provider"), "party")
        identifier = (
            _flat(_all_named(item, "publicidentifier")[0])
            if _all_named(item, "publicidentifier")
            else _flat(next(iter(_all_named(item, "newsitemid")), None))
        )
        created = next(iter(_all_named(item, "firstcreated")), None)
        rows += news_row(
            path,
            number if len(items) > 1 else None,
            reader,
            kind="NewsML",
            doc_id=identifier,
            title=_flat(next(iter(_all_named(item, "headline")), None)),
            paras=paras,
            published=_basic_date(_flat(created) or sent),
            lead=_flat(next(iter(_all_named(item, "subheadline")), None)),
            dateline=dateline_place(
                _DATELINE_TAIL.sub("", _flat(next(iter(_all_named(item, "dateline")), None)))
            ),
            agency=(party.get("FormalName", "") if party is not None else "")
            or (service.get("FormalName", "") if service is not None else ""),
        )
    if not rows:
        reader.problem(path, None, "NewsML file without a text <NewsItem>", "skipped")
    return rows


# what follows a NewsML 1.x dateline's date: "PARIS, Jan 15, 2024 (AFP)"
_DATELINE_TAIL = re.compile(r"(?:,\s*\d{4})?\s*(?:\([^()]{1,40}\))?\s*$")
# an agency's closing signature of its editors' initials: "sjw/ab", "pdh-jm/ach"
_SIGNATURE = re.compile(r"[a-z]{2,5}(?:[/-][a-z]{2,5}){1,4}")


def _text_of(content) -> list[str]:
    """The paragraphs of a NewsML 1.x <ContentItem> that holds text (not a picture)."""
    from defusedxml import ElementTree as SafeTree

    media = _named(content, "mediatype")
    if media is not None and media.get("FormalName", "Text").lower() != "text":
        return []
    data = _named(content, "datacontent")
    if data is None:
        return []
    if len(data):  # XHTML or NITF as XML: read as HTML, namespace prefixes dropped
        inner = "".join(SafeTree.tostring(c, encoding="unicode") for c in data)
        return paragraphs(html_fragment_text(re.sub(r"<(/?)\w+:", r"<\1", inner)))
    return paragraphs(markup_to_text("".join(data.itertext()).strip()))


NEWS_XML = {
    "nitf": _nitf_row,
    "newsitem": _newsitem_rows,
    "newsmessage": _g2_message,
    "newsml": _newsml1,
}
