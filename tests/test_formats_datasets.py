"""Public research news datasets in the formats they are distributed in.

Each sample is written by hand below, with the element and field names of the real files: NITF
(the New York Times Annotated Corpus, AP), Reuters RCV1, IPTC NewsML-G2 and NewsML 1.x (AFP),
Reuters-21578 SGML,
WARC web archives (CC-News), AG News' headerless CSV and the BBC News folders. The expected
values are read off the samples.
"""

from __future__ import annotations

import gzip
import json
import uuid

import pandas as pd
import pytest

from analysis.corpus import CorpusError, read_corpus
from tests.conftest import cpu_seconds
from tests.test_corpus import (
    GOOD_TEXT,
    assert_good_document_loaded,
    problem_rows,
    read_with_problems,
    write,
)

# --- NITF: the New York Times Annotated Corpus, AP and other wire feeds -------------------------

NYT_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Gazprom Doubles Price of Gas for Belarus</title>
    <meta content="Foreign Desk" name="dsk"/>
    <meta content="1" name="publication_day_of_month"/>
    <meta content="2007" name="publication_year"/>
    <meta content="Business; World" name="online_sections"/>
    <docdata>
      <doc-id id-string="1815718"/>
      <doc.copyright holder="The New York Times" year="2007"/>
      <identified-content>
        <classifier class="indexing_service" type="descriptor">Natural Gas</classifier>
        <classifier class="indexing_service" type="descriptor">Prices (Fares, Fees and Rates)</classifier>
        <classifier class="online_producer" type="taxonomic_classifier">Top/News/World</classifier>
        <location class="indexing_service">Belarus</location>
      </identified-content>
    </docdata>
    <pubdata date.publication="20070101T000000" ex-ref="http://query.nytimes.com/gst/fullpage.html?res=9C05E0D" item-length="412" name="The New York Times" unit-of-measure="word"/>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Gazprom Doubles Price of Gas for Belarus</hl1>
        <hl2 class="online_headline">Russia and Belarus Settle Gas Dispute</hl2>
      </hedline>
      <byline class="print_byline">By ANDREW E. KRAMER</byline>
      <byline class="normalized_byline">Kramer, Andrew E</byline>
      <dateline>MOSCOW, Dec. 31</dateline>
      <abstract><p>Gazprom and Belarus agree on a gas price minutes before a deadline.</p></abstract>
    </body.head>
    <body.content>
      <block class="lead_paragraph">
        <p>Russia's gas monopoly, Gazprom, more than doubled the price Belarus pays for gas.</p>
      </block>
      <block class="online_lead_paragraph">
        <p>Gazprom and Belarus settled their dispute.</p>
      </block>
      <block class="full_text">
        <p>Russia's gas monopoly, Gazprom, more than doubled the price Belarus pays for gas.</p>
        <p>The deal was signed minutes before midnight, a Gazprom spokesman said.</p>
        <p>Belarus will pay $100 for 1,000 cubic meters in 2007.</p>
      </block>
    </body.content>
  </body>
</nitf>
"""
# The corpus' articles of 1987-1995 mark the lead "LEAD:", and the full text gives it twice.
NYT_1987_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Oil Prices Fall</title>
<docdata><doc-id id-string="1"/><date.issue norm="19870101T000000"/></docdata></head>
<body><body.head><hedline><hl1>Oil Prices Fall</hl1></hedline></body.head>
<body.content>
<block class="lead_paragraph"><p>LEAD: Oil prices fell sharply yesterday.</p></block>
<block class="full_text"><p>LEAD: Oil prices fell sharply yesterday.</p>
<p>Oil prices fell sharply yesterday.</p><p>Traders blamed OPEC.</p></block>
</body.content></body></nitf>
"""
AP_NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Sakhalin gas to Japan</title>
<pubdata date.publication="20240305T091200Z" name="AP"/></head>
<body><body.head><hedline><hl1>Sakhalin gas to Japan</hl1></hedline>
<byline>By Jane Doe</byline>
<dateline><location>TOKYO</location><story.date norm="20240305">March 5</story.date></dateline>
</body.head>
<body.content><p>TOKYO (AP) — Japan will keep buying gas from Sakhalin-2.</p>
<p>The project supplies about 9% of its LNG.</p></body.content></body></nitf>
"""


def test_nyt_nitf_article(tmp_path):
    corpus = read_corpus(write(tmp_path / "2007" / "01" / "01" / "1815718.xml", NYT_NITF))
    assert corpus.problems.empty
    (doc,) = corpus.documents.itertuples()
    assert doc.doc_id == "1815718"  # the corpus' own id
    assert doc.title == "Gazprom Doubles Price of Gas for Belarus"
    assert doc.lead == "Gazprom and Belarus agree on a gas price minutes before a deadline."
    # the lead paragraph once, then the rest of the full text; the online lead left out
    assert doc.body == (
        "Russia's gas monopoly, Gazprom, more than doubled the price Belarus pays for gas.\n\n"
        "The deal was signed minutes before midnight, a Gazprom spokesman said.\n\n"
        "Belarus will pay $100 for 1,000 cubic meters in 2007."
    )
    assert doc.text.count("more than doubled") == 1
    assert doc.published == pd.Timestamp("2007-01-01")
    assert (doc.published_time, doc.date_note) == ("", "date from the data")  # no invented time
    assert (doc.dateline, doc.agency, doc.section) == (
        "MOSCOW",
        "The New York Times",
        "Business; World",
    )
    assert doc.author == "ANDREW E. KRAMER"
    assert doc.url == "http://query.nytimes.com/gst/fullpage.html?res=9C05E0D"
    assert doc.keywords == "Natural Gas; Prices (Fares, Fees and Rates)"


def test_nyt_nitf_lead_marked_lead_is_not_doubled(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "1.xml", NYT_1987_NITF)).documents.itertuples()
    assert doc.body == "Oil prices fell sharply yesterday.\n\nTraders blamed OPEC."
    assert doc.published == pd.Timestamp("1987-01-01")  # from <date.issue norm>


def test_wire_nitf_with_paragraphs_in_the_body_content(tmp_path):
    (doc,) = read_corpus(write(tmp_path / "ap-story.nitf", AP_NITF)).documents.itertuples()
    assert (doc.doc_id, doc.title) == ("ap-story", "Sakhalin gas to Japan")
    assert doc.body == (
        "Japan will keep buying gas from Sakhalin-2.\n\nThe project supplies about 9% of its LNG."
    )
    assert (doc.dateline, doc.agency, doc.author) == ("TOKYO", "AP", "Jane Doe")
    assert doc.published == pd.Timestamp("2024-03-05 09:12:00")
    assert doc.published_time == "09:12"


def test_nitf_without_text_is_a_problem_naming_the_file(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "empty.xml", "<nitf><head/><body><body.content/></body></nitf>")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "empty.xml",
            "line": None,
            "problem": "NITF article without text",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


# --- Reuters RCV1 ------------------------------------------------------------------------------

RCV1 = """<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="2286" id="root" date="1996-08-20" xml:lang="en">
<title>MEXICO: Recovery excitement brings Mexican markets to life.</title>
<headline>Recovery excitement brings Mexican markets to life.</headline>
<byline>Henry Tricks</byline>
<dateline>MEXICO CITY 1996-08-20</dateline>
<text>
<p>Emerging evidence that Mexico's economy was back on the recovery track sent Mexican markets into a buzz of excitement Tuesday.</p>
<p>"Mexico has been trying to stage a recovery since the beginning of this year," said Matthew Hickman of Lehman Brothers in New York.</p>
<p>The Banco de M\u00e9xico cut its rates.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:countries:1.0">
  <code code="MEX">
    <editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-08-20"/>
  </code>
</codes>
<codes class="bip:topics:1.0">
  <code code="E11"><editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-08-20"/></code>
  <code code="M11"><editdetail attribution="Reuters BIP Coding Group" action="confirmed" date="1996-08-20"/></code>
</codes>
<dc element="dc.publisher" value="Reuters Holdings Plc"/>
<dc element="dc.date.published" value="1996-08-20"/>
<dc element="dc.source" value="Reuters"/>
<dc element="dc.creator.location" value="MEXICO CITY"/>
</metadata>
</newsitem>
"""


def test_rcv1_newsitem(tmp_path):
    # RCV1's files are Latin-1 and say so: nothing is guessed, so nothing is reported.
    path = write(tmp_path / "2286newsML.xml", RCV1.encode("iso-8859-1"))
    corpus = read_corpus(path)
    assert corpus.problems.empty
    (doc,) = corpus.documents.itertuples()
    assert doc.doc_id == "2286"
    assert doc.title == "Recovery excitement brings Mexican markets to life."
    assert doc.body.startswith("Emerging evidence that Mexico's economy was back on the")
    assert doc.body.endswith("\n\nThe Banco de M\u00e9xico cut its rates.")
    assert doc.body.count("\n\n") == 2
    assert doc.published == pd.Timestamp("1996-08-20")
    assert (doc.dateline, doc.agency, doc.author) == ("MEXICO CITY", "Reuters", "Henry Tricks")
    assert (doc.topics, doc.countries, doc.language) == ("E11; M11", "MEX", "en")


# --- IPTC NewsML-G2 ----------------------------------------------------------------------------

G2_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240305:gas-1" version="1" standard="NewsML-G2" standardversion="2.29" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <rightsInfo><copyrightHolder literal="Reuters"/></rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="Reuters"/>
    <versionCreated>2024-03-05T10:30:00Z</versionCreated>
    {first}
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <located qcode="city:moscow"><name>Moscow</name></located>
    <creator><name>Jane Doe</name></creator>
    <subject type="cpnat:abstract" qcode="medtop:04000000"><name>economy</name></subject>
    <keyword>gas</keyword><keyword>Japan</keyword>
    <headline>{headline}</headline>
    <description role="drol:summary">Talks on Sakhalin-2 supplies go on.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>{headline}</title></head>
      <body><p>MOSCOW, March 5 (Reuters) - Gazprom met Japanese buyers on Tuesday.</p>
      <p>The talks will go on, <b>both sides</b> said.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>"""
G2_PICTURE = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:pic:1" version="1" standard="NewsML-G2" standardversion="2.29">
  <itemMeta><itemClass qcode="ninat:picture"/><provider literal="Reuters"/>
  <versionCreated>2024-03-05T10:31:00Z</versionCreated></itemMeta>
  <contentMeta><headline>Gazprom headquarters</headline></contentMeta>
  <contentSet><remoteContent href="https://example.com/p.jpg" contenttype="image/jpeg"/></contentSet>
</newsItem>"""


def g2_item(headline: str, first: str = "") -> str:
    return G2_ITEM.replace("{headline}", headline).replace("{first}", first)


def test_newsml_g2_news_item(tmp_path):
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + g2_item("Gazprom meets Japan buyers")
    (doc,) = read_corpus(write(tmp_path / "gas.xml", text)).documents.itertuples()
    assert doc.doc_id == "urn:newsml:example.com:20240305:gas-1"
    assert (doc.title, doc.lead) == (
        "Gazprom meets Japan buyers",
        "Talks on Sakhalin-2 supplies go on.",
    )
    # the XHTML's paragraphs, the <head> title and the dateline left out
    assert doc.body == (
        "Gazprom met Japanese buyers on Tuesday.\n\nThe talks will go on, both sides said."
    )
    assert doc.published == pd.Timestamp("2024-03-05 10:30:00")  # versionCreated, no other
    assert (doc.dateline, doc.agency) == ("Moscow", "Reuters")
    assert (doc.author, doc.keywords, doc.language) == ("Jane Doe", "gas; Japan", "en")


def test_newsml_g2_message_of_items(tmp_path):
    message = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-03-05T11:00:00Z</sent><sender>example.com</sender></header>
  <itemSet>
    {g2_item("First story", "<firstCreated>2024-03-05T09:00:00Z</firstCreated>")}
    {G2_PICTURE}
    {g2_item("Third story").replace("gas-1", "gas-3").replace("Tuesday", "Wednesday")}
  </itemSet>
</newsMessage>"""
    corpus = read_corpus(write(tmp_path / "message.xml", message))
    assert corpus.problems.empty  # a picture is not an article: passed over
    documents = corpus.documents
    assert documents["title"].tolist() == ["First story", "Third story"]
    assert documents["line"].tolist() == [1, 3]  # the item's place in the message
    assert documents["doc_id"].tolist() == [
        "urn:newsml:example.com:20240305:gas-1",
        "urn:newsml:example.com:20240305:gas-3",
    ]
    assert documents["published"].tolist() == [
        pd.Timestamp("2024-03-05 09:00:00"),  # firstCreated before versionCreated
        pd.Timestamp("2024-03-05 10:30:00"),
    ]
    assert documents["body"].iloc[1].startswith("Gazprom met Japanese buyers on Wednesday.")


def test_newsml_g2_message_of_pictures_only_is_reported(tmp_path):
    message = (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        f"{G2_PICTURE}</itemSet></newsMessage>"
    )
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "pictures.xml", message)
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "pictures.xml",
            "line": None,
            "problem": "NewsML-G2 message without a text <newsItem>",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


# --- IPTC NewsML 1.x (AFP's feeds) ---------------------------------------------------------------


def newsml1_item(item_id: str, headline: str, content: str) -> str:
    return f"""<NewsItem>
  <Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20240115</DateId>
   <NewsItemId>{item_id}</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId>
   <PublicIdentifier>urn:newsml:afp.com:20240115:{item_id}:1</PublicIdentifier>
  </NewsIdentifier></Identification>
  <NewsManagement><NewsItemType FormalName="News"/>
   <FirstCreated>20240115T083000+0100</FirstCreated><Status FormalName="Usable"/>
  </NewsManagement>
  <NewsComponent>
   <NewsLines><HeadLine>{headline}</HeadLine><SubHeadLine>Attal, 34, replaces Borne</SubHeadLine>
    <DateLine>PARIS, Jan 15, 2024 (AFP)</DateLine></NewsLines>
   <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
   {content}
  </NewsComponent>
 </NewsItem>"""


NEWSML1_TEXT = """<ContentItem><MediaType FormalName="Text"/><Format FormalName="XHTML"/><DataContent>
     <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>President Emmanuel Macron named Gabriel Attal as prime minister.</p>
      <p>Attal replaces Elisabeth Borne, who resigned on Monday.</p>
      <p>sjw/ab</p>
     </body></html></DataContent></ContentItem>"""
NEWSML1_PHOTO = """<ContentItem Href="photo.jpg"><MediaType FormalName="Photo"/></ContentItem>"""


def test_newsml_1_items_with_text(tmp_path):
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE NewsML SYSTEM "NewsML_1.2.dtd">\n'
        '<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20240115T090000+0100</DateAndTime>'
        '<NewsService FormalName="AFP-EN"/></NewsEnvelope>'
        + newsml1_item("TX-1", "France names youngest prime minister", NEWSML1_TEXT)
        + newsml1_item("PH-2", "Attal in Paris", NEWSML1_PHOTO)
        + "</NewsML>"
    )
    corpus = read_corpus(write(tmp_path / "afp.xml", text))
    assert corpus.problems.empty  # the photo is no article: passed over
    (doc,) = corpus.documents.itertuples()
    assert (doc.doc_id, doc.title, doc.lead) == (
        "urn:newsml:afp.com:20240115:TX-1:1",
        "France names youngest prime minister",
        "Attal, 34, replaces Borne",
    )
    # the XHTML's paragraphs, the editors' signature "sjw/ab" left out
    assert doc.body == (
        "President Emmanuel Macron named Gabriel Attal as prime minister.\n\n"
        "Attal replaces Elisabeth Borne, who resigned on Monday."
    )
    assert doc.published == pd.Timestamp("2024-01-15 07:30:00")  # FirstCreated, in UTC
    assert (doc.dateline, doc.agency) == ("PARIS", "AFP")


# --- Reuters-21578 SGML ------------------------------------------------------------------------

REUTERS_21578 = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D><D>uruguay</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January and improving prospects for the coming temporao.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TOPICS></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;F Y
&#22;&#22;&#1;f0708&#31;reute
d f BC-STANDARD-OIL-&lt;SRD>-TO   02-26 0082</UNKNOWN>
<TEXT>&#2;
<TITLE>STANDARD OIL &lt;SRD> TO FORM R&D UNIT</TITLE>
<DATELINE>    CLEVELAND, Feb 26 - </DATELINE><BODY>Standard Oil Co and BP North America
Inc said they plan to form a venture for R&D.
    BP North America is a subsidiary of British Petroleum Co
Plc &lt;BP>, which owns 55 pct of Standard Oil.

 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5552" NEWID="9">
<DATE>26-FEB-1987 15:17:11.20</DATE>
<TOPICS></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;F
&#22;&#22;&#1;f0762&#31;reute
f f BC-******SHEARSON-LEHMAN   02-26 0013</UNKNOWN>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>SHEARSON LEHMAN BROTHERS RAISES PRIME RATE TO 7-1/2 PCT
</TITLE>
Blah blah blah.
&#3;

</TEXT>
</REUTERS>
<REUTERS TOPICS="YES" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="18009" NEWID="14849">
<DATE> 2-MAR-1987 10:58:18.33</DATE>
<TOPICS><D>interest</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;A
&#22;&#22;&#1;f0426&#31;reute
u f BC-BANKS-PRIME   03-02 0051</UNKNOWN>
<TEXT TYPE="UNPROC">&#2;
FOUR MORE MAJOR BANKS RAISE PRIME RATE
    Four more major banks raised their prime
rate to 7-1/2 pct from 7-1/4 pct.
 Reuter
&#3;</TEXT>
</REUTERS>
"""


def test_reuters_21578_sgml_articles(tmp_path):
    corpus = read_corpus(write(tmp_path / "reut2-000.sgm", REUTERS_21578))
    assert corpus.problems.empty
    documents = corpus.documents.set_index("doc_id")
    assert documents.index.tolist() == ["1", "2", "9", "14849"]  # NEWID
    assert documents["line"].tolist() == [2, 25, 47, 67]  # where each <REUTERS> starts
    cocoa = documents.loc["1"]
    assert cocoa["title"] == "BAHIA COCOA REVIEW"
    assert cocoa["dateline"] == "SALVADOR"
    # wrapped lines joined; a new paragraph at each indent; the "Reuter" sign-off dropped
    assert cocoa["body"] == (
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
        "since early January and improving prospects for the coming temporao.\n\n"
        "The dry period means the temporao will be late this year.\n\n"
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos."
    )
    assert cocoa["published"] == pd.Timestamp("1987-02-26 15:01:01.790")
    assert cocoa["published_time"] == "15:01"
    assert (cocoa["topics"], cocoa["places"]) == ("cocoa", "el-salvador; usa; uruguay")
    assert (cocoa["old_id"], cocoa["lewis_split"], cocoa["text_type"]) == ("5544", "TRAIN", "NORM")
    oil = documents.loc["2"]
    assert oil["title"] == "STANDARD OIL <SRD> TO FORM R&D UNIT"  # &lt; decoded, bare & kept
    assert oil["body"].endswith("Plc <BP>, which owns 55 pct of Standard Oil.")
    assert "\x02" not in oil["text"] and "\x03" not in oil["text"]
    brief = documents.loc["9"]  # a title alone; the "Blah blah blah." filler is not text
    assert (brief["title"], brief["body"], brief["text_type"]) == (
        "SHEARSON LEHMAN BROTHERS RAISES PRIME RATE TO 7-1/2 PCT",
        "",
        "BRIEF",
    )
    unprocessed = documents.loc["14849"]  # no <TITLE> or <BODY>: the text as sent
    assert unprocessed["title"] == ""
    assert unprocessed["body"] == (
        "FOUR MORE MAJOR BANKS RAISE PRIME RATE\n\n"
        "Four more major banks raised their prime rate to 7-1/2 pct from 7-1/4 pct."
    )
    assert unprocessed["published"] == pd.Timestamp("1987-03-02 10:58:18.330")


def test_reuters_21578_record_not_closed_is_reported_and_the_rest_read(tmp_path):
    broken = REUTERS_21578.replace("&#3;</BODY></TEXT>\n</REUTERS>", "&#3;</BODY></TEXT>", 1)
    corpus = read_with_problems(write(tmp_path / "reut2-001.sgm", broken))
    assert problem_rows(corpus) == [
        {
            "path": "reut2-001.sgm",
            "line": 2,
            "problem": "<REUTERS> element not closed before the next one",
            "action": "skipped",
        }
    ]
    assert corpus.documents["doc_id"].tolist() == ["2", "9", "14849"]


def test_sgml_without_reuters_articles_is_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "other.sgm", "<!DOCTYPE doc><DOC><TEXT>x</TEXT></DOC>\n")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "other.sgm",
            "line": None,
            "problem": "SGML without <REUTERS> articles",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


# --- WARC: CC-News and other Common Crawl news archives -----------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html><html><head><title>Gas talks | Example News</title>
<meta property="og:title" content="Gazprom and Japan resume gas talks">
<meta property="og:url" content="https://news.example.com/gas-talks">
<meta property="article:published_time" content="2024-03-05T08:00:00+03:00">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Jane Doe"}}</script>
</head><body><nav><a href="/">Home</a></nav>
<article><h1>Gazprom and Japan resume gas talks</h1>
<p>MOSCOW, March 5 (Reuters) - Gazprom and Japanese buyers resumed talks on Tuesday.</p>
<p>The talks cover Sakhalin-2 supplies.</p></article>
<footer>Copyright Example News</footer></body></html>"""
UNDATED_PAGE = """<html><head><title>Oil output rises</title></head><body>
<article><h1>Oil output rises</h1><p>Rosneft raised its oil output by 2%.</p></article>
</body></html>"""


def warc_record(kind: str, headers: dict[str, str], block: bytes) -> bytes:
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + block.hex())}>",
        *(f"{name}: {value}" for name, value in headers.items()),
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(
    body: str, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"
) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nServer: nginx\r\n\r\n"
    return head.encode() + body.encode("utf-8")


def response(uri: str, date: str, block: bytes) -> bytes:
    headers = {
        "WARC-Target-URI": uri,
        "WARC-Date": date,
        "Content-Type": "application/http; msgtype=response",
    }
    return warc_record("response", headers, block)


def cc_news_records() -> list[bytes]:
    """A CC-News WARC's records: warcinfo, then request, response and metadata per page."""
    return [
        warc_record(
            "warcinfo",
            {"WARC-Date": "2024-03-05T12:00:00Z", "Content-Type": "application/warc-fields"},
            b"software: StormCrawler\r\nformat: WARC File Format 1.0\r\n",
        ),
        warc_record(
            "request",
            {
                "WARC-Target-URI": "https://news.example.com/gas-talks",
                "Content-Type": "application/http; msgtype=request",
            },
            b"GET /gas-talks HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
        ),
        response(
            "https://news.example.com/gas-talks?utm=feed",
            "2024-03-05T12:01:00Z",
            http_response(ARTICLE_PAGE),
        ),
        warc_record(
            "metadata",
            {
                "WARC-Target-URI": "https://news.example.com/gas-talks",
                "Content-Type": "application/warc-fields",
            },
            b"fetchTimeMs: 120\r\n",
        ),
        response(
            "https://news.example.com/report.pdf",
            "2024-03-05T12:02:00Z",
            http_response("%PDF-1.4 ...", content_type="application/pdf"),
        ),
        response(
            "https://news.example.com/empty",
            "2024-03-05T12:03:00Z",
            http_response("<html><body><script>var a = 1;</script></body></html>"),
        ),
        response(
            "https://news.example.com/oil",
            "2024-03-06T07:30:00Z",
            http_response(UNDATED_PAGE),
        ),
        response(
            "https://news.example.com/moved",
            "2024-03-06T07:31:00Z",
            http_response(
                "<html><body><p>Moved here.</p></body></html>", status="301 Moved Permanently"
            ),
        ),
    ]


CC_NEWS_PROBLEMS = [
    (
        5,
        "a response of application/pdf, not HTML (https://news.example.com/report.pdf)",
        "record skipped",
    ),
    (6, "no text in the HTML page (https://news.example.com/empty)", "record skipped"),
    (8, "HTTP status 301, not a page (https://news.example.com/moved)", "record skipped"),
]


def check_cc_news(corpus, name: str) -> None:
    assert problem_rows(corpus) == [
        {"path": name, "line": line, "problem": problem, "action": action}
        for line, problem, action in CC_NEWS_PROBLEMS
    ]
    documents = corpus.documents
    assert documents["doc_id"].tolist() == [
        "https://news.example.com/gas-talks?utm=feed",
        "https://news.example.com/oil",
    ]
    assert documents["line"].tolist() == [3, 7]  # the record's number in the file
    talks, oil = documents.itertuples()
    assert talks.title == "Gazprom and Japan resume gas talks"
    assert talks.body == (
        "Gazprom and Japanese buyers resumed talks on Tuesday.\n\nThe talks cover Sakhalin-2 supplies."
    )
    assert (talks.dateline, talks.agency, talks.author) == ("MOSCOW", "Reuters", "Jane Doe")
    assert talks.url == "https://news.example.com/gas-talks?utm=feed"  # the address fetched
    assert talks.canonical_url == "https://news.example.com/gas-talks"
    assert talks.published == pd.Timestamp("2024-03-05 05:00:00")  # the page's date, in UTC
    assert talks.date_note == "date from the data"
    assert talks.crawl_date == "2024-03-05T12:01:00Z"
    assert (oil.title, oil.body) == ("Oil output rises", "Rosneft raised its oil output by 2%.")
    assert oil.published == pd.Timestamp("2024-03-06 07:30:00")  # no date on the page
    assert oil.date_note == "date of the crawl (WARC-Date): the page gives none"


def test_warc_response_records_are_articles(tmp_path):
    path = write(tmp_path / "CC-NEWS-20240305120000-00001.warc", b"".join(cc_news_records()))
    check_cc_news(read_with_problems(path), path.name)


def test_warc_gz_of_one_gzip_member_a_record(tmp_path):
    data = b"".join(gzip.compress(record) for record in cc_news_records())
    path = write(tmp_path / "CC-NEWS-20240305120000-00001.warc.gz", data)
    check_cc_news(read_with_problems(path), path.name)


def test_warc_cut_short_keeps_the_records_before_the_cut(tmp_path):
    records = cc_news_records()
    data = b"".join(gzip.compress(record) for record in records[:3])
    last = gzip.compress(records[6])
    write(tmp_path / "cut.warc.gz", data + last[: len(last) // 2])
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["https://news.example.com/gas-talks?utm=feed"]
    (row,) = problem_rows(corpus)
    assert (row["path"], row["line"], row["action"]) == ("cut.warc.gz", 4, "rest of file skipped")
    assert row["problem"].startswith("cannot be read after record 3 (EOFError")


def test_warc_chunked_and_gzip_compressed_payload_is_read(tmp_path):
    # wget and other archivers keep the payload as sent: chunked, and gzip-compressed
    page = gzip.compress(UNDATED_PAGE.encode())
    chunked = (
        b"".join(
            f"{len(page[i : i + 100]):x}\r\n".encode() + page[i : i + 100] + b"\r\n"
            for i in range(0, len(page), 100)
        )
        + b"0\r\n\r\n"
    )
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Encoding: gzip\r\n\r\n"
    )
    path = write(
        tmp_path / "wget.warc",
        response("https://news.example.com/oil", "2024-03-06T07:30:00Z", head + chunked),
    )
    (doc,) = read_corpus(path).documents.itertuples()
    assert doc.body == "Rosneft raised its oil output by 2%."


def test_a_file_that_is_not_warc_is_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "notes.warc", "just some notes\n")
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "notes.warc",
            "line": None,
            "problem": "not a WARC file (no 'WARC/1.0' line where record 1 should start)",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


# --- headerless CSV: AG News ---------------------------------------------------------------------

AG_NEWS = (
    '"3","Wall St. Bears Claw Back Into the Black (Reuters)","Reuters - Short-sellers, Wall '
    "Street's dwindling\\band of ultra-cynics, are seeing green again.\"\n"
    '"3","Carlyle Looks Toward Commercial Aerospace (Reuters)","Reuters - Private investment '
    "firm Carlyle Group,\\which has a reputation for making well-timed and occasionally\\"
    "controversial plays in the defense industry, has quietly placed\\its bets on another part "
    'of the market."\n'
    '"2","Oil and Economy Cloud Stocks\' Outlook (Reuters)","Reuters - Soaring crude prices plus '
    "worries\\about the economy and the outlook for earnings are expected to\\hang over the "
    'stock market next week during the depth of the\\summer doldrums."\n'
)


def test_ag_news_headerless_csv_is_read_from_its_first_line(tmp_path):
    corpus = read_with_problems(write(tmp_path / "train.csv", AG_NEWS))
    documents = corpus.documents
    assert len(documents) == 3  # the first article is not taken for a header
    assert documents["line"].tolist() == [1, 2, 3]
    first = documents.iloc[0]
    assert first["title"] == "Wall St. Bears Claw Back Into the Black (Reuters)"
    assert first["body"].startswith("Reuters - Short-sellers, Wall Street's dwindling")
    assert first["body"].endswith("are seeing green again.")
    assert documents["column_1"].tolist() == ["3", "3", "2"]  # the class label, kept
    assert problem_rows(corpus) == [
        {
            "path": "train.csv",
            "line": None,
            "problem": (
                'no header row: no cell of the first row ("3", "Wall St. Bears Claw Back Into '
                'the Black\u2026", "Reuters - Short-sellers, Wall Street\'s d\u2026") names a '
                "known field, and it reads as an article"
            ),
            "action": "read from line 1 as data: text from column 3, title from column 2",
        }
    ]


def test_headerless_csv_with_two_long_columns_is_reported_not_guessed(tmp_path):
    # Yahoo Answers' shape: a question and an answer, both long: which is the article?
    long_a = "what is the best way to learn a new language quickly at home"
    long_b = "practice every day with native speakers and read books in that language"
    rows = "".join(f'"{n}","{long_a} {n}","{long_b} {n}"\n' for n in range(3))
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "answers.csv", rows)
    corpus = read_with_problems(tmp_path)
    (row,) = problem_rows(corpus)
    assert (row["path"], row["line"]) == ("answers.csv", None)
    assert row["problem"].startswith("no header row names a text column: the first row (")
    assert row["problem"].endswith("reads as an article, and columns 2, 3 all hold long text")
    assert row["action"] == "skipped; add a header line naming the columns"
    assert_good_document_loaded(corpus)


def test_headerless_csv_of_short_cells_keeps_the_no_text_column_problem(tmp_path):
    # nothing long: the first row is read as a header, and no column is text (as before)
    with pytest.raises(CorpusError, match=r"no text column \(looked for body, text, content"):
        read_corpus(write(tmp_path / "labels.csv", '"1","Gazprom"\n"2","Rosneft"\n'))


# --- the BBC News dataset: a folder per category of numbered .txt files --------------------------


def test_bbc_news_folders(tmp_path):
    write(
        tmp_path / "bbc" / "business" / "001.txt",
        "Ad sales boost Time Warner profit\n\n"
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (\u00a3600m) for the "
        "three months to December, from $639m year-earlier.\n\n"
        "The firm, which is now one of the biggest investors in Google, benefited from sales of "
        "high-speed internet connections and higher advert sales.\n",
    )
    write(
        tmp_path / "bbc" / "politics" / "001.txt",
        "Labour plans maternity pay rise\n\n"
        "Maternity pay for new mothers is to rise by \u00a31,400 as part of new proposals "
        "announced by the Trade and Industry Secretary Patricia Hewitt.\n",
    )
    write(tmp_path / "bbc" / "README.TXT", "Consists of 2225 documents from the BBC news website")
    corpus = read_corpus(tmp_path / "bbc")
    assert corpus.problems.empty  # the README is about the corpus, not in it
    documents = corpus.documents.set_index("doc_id")
    assert documents.index.tolist() == ["business/001", "politics/001"]
    business = documents.loc["business/001"]
    assert business["title"] == "Ad sales boost Time Warner profit"
    assert business["body"].startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert business["body"].endswith("high-speed internet connections and higher advert sales.")
    assert business["body"].count("\n\n") == 1
    assert documents.loc["politics/001", "title"] == "Labour plans maternity pay rise"
    assert documents["published"].isna().all()  # the dataset has no dates; none invented


def test_bbc_news_summary_folders_read_the_articles_and_report_the_summaries(tmp_path):
    # Kaggle's "BBC News Summary": News Articles/<category>/NNN.txt, and under Summaries/ the
    # same names holding each article's own sentences run together (as the dataset has them)
    root = tmp_path / "BBC News Summary"
    write(
        root / "News Articles" / "business" / "001.txt",
        "Ad sales boost Time Warner profit\n\n"
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.\n\n"
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.\n",
    )
    write(
        root / "News Articles" / "sport" / "001.txt",
        "Claxton hunting first major medal\n\nBritish hurdler Sarah Claxton is confident.\n",
    )
    write(
        root / "Summaries" / "business" / "001.txt",
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.Quarterly profits "
        "at US media giant TimeWarner jumped 76% to $1.13bn.",
    )
    write(root / "Summaries" / "sport" / "001.txt", "British hurdler Sarah Claxton is confident.")
    corpus = read_with_problems(root)
    assert corpus.documents["doc_id"].tolist() == [
        "News Articles/business/001",
        "News Articles/sport/001",
    ]
    assert corpus.documents["title"].tolist() == [
        "Ad sales boost Time Warner profit",
        "Claxton hunting first major medal",
    ]
    assert problem_rows(corpus) == [
        {
            "path": "Summaries",
            "line": None,
            "problem": "the BBC News Summary layout: Summaries/ holds extractive summaries of "
            "the News Articles/ files (their own sentences)",
            "action": "skipped; the articles are read from News Articles/",
        }
    ]


def test_a_summaries_folder_without_news_articles_beside_it_is_read(tmp_path):
    write(tmp_path / "Summaries" / "001.txt", "Weekly summary\n\nMarkets rose this week.\n")
    corpus = read_corpus(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["Summaries/001"]


# --- HuggingFace datasets saved with save_to_disk: Arrow files and JSON sidecars -----------------

HF_ROWS = {
    "id": ["1", "2"],
    "title": ["Ryanair cuts fares to fill planes", "Storm Ophelia leaves 100,000 without power"],
    "text": [
        "Ryanair is cutting fares to keep its planes full over the winter.",
        "Storm Ophelia left 100,000 homes without power on Monday.",
    ],
}


def _arrow_bytes(columns: dict, *, file_format: bool = False) -> bytes:
    import pyarrow as pa

    table = pa.table(columns)
    sink = pa.BufferOutputStream()
    opener = pa.ipc.new_file if file_format else pa.ipc.new_stream
    with opener(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def test_hf_save_to_disk_folder_reads_the_arrow_rows_and_ignores_the_sidecars(tmp_path):
    root = tmp_path / "hf"
    write(root / "dataset_dict.json", '{"splits": ["train"]}')
    write(root / "train" / "data-00000-of-00001.arrow", _arrow_bytes(HF_ROWS))
    write(
        root / "train" / "dataset_info.json",
        '{"features": {"text": {"_type": "Value", "dtype": "string"}}}',
    )
    write(
        root / "train" / "state.json",
        '{"_data_files": [{"filename": "data-00000-of-00001.arrow"}], "_split": "train"}',
    )
    corpus = read_corpus(root)
    assert corpus.problems.empty  # the sidecars are about the dataset, not in it
    assert corpus.documents["doc_id"].tolist() == ["1", "2"]
    assert corpus.documents["title"].tolist() == HF_ROWS["title"]
    assert corpus.documents["body"].tolist() == HF_ROWS["text"]


def test_arrow_file_format_is_read_too(tmp_path):
    path = write(tmp_path / "news.arrow", _arrow_bytes(HF_ROWS, file_format=True))
    assert read_corpus(path).documents["title"].tolist() == HF_ROWS["title"]


def test_a_state_json_without_arrow_files_is_read_as_a_corpus_file(tmp_path):
    write(tmp_path / "state.json", '[{"title": "State budget passed", "text": "It passed."}]')
    assert read_corpus(tmp_path).documents["title"].tolist() == ["State budget passed"]


def test_a_damaged_arrow_file_is_a_problem(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "data-00000-of-00001.arrow", _arrow_bytes(HF_ROWS)[:40])
    corpus = read_with_problems(tmp_path)
    assert_good_document_loaded(corpus)
    [row] = problem_rows(corpus)
    assert row["path"] == "data-00000-of-00001.arrow"
    assert row["problem"].startswith("not a readable Arrow file (")
    assert row["action"] == "skipped; export it with Dataset.to_parquet or to_json"


# --- artefacts in datasets' text: CNN/Daily Mail, Multi-News, AG News --------------------------


def test_a_daily_mail_header_is_taken_off_and_dates_the_story(tmp_path):
    # cnn_dailymail: id, article, highlights; the Daily Mail stories open with their page header
    path = write(
        tmp_path / "test.csv",
        "id,article,highlights\n"
        '0001,"By . Daily Mail Reporter . PUBLISHED: . 12:23 EST, 3 March 2013 . | . UPDATED: . '
        '14:02 EST, 3 March 2013 . A council in Kent has voted to close three libraries.",'
        '"Kent council votes to close libraries ."\n'
        '0002,"By . Sam Webb and Emily Allen . A hospital in Leeds opened a new ward.",'
        '"Leeds ward opens ."\n',
    )
    documents = read_corpus(path).documents
    assert documents["body"].tolist() == [
        "A council in Kent has voted to close three libraries.",
        "A hospital in Leeds opened a new ward.",
    ]
    # 12:23 EST is 17:23 UTC
    assert documents["published"].tolist()[0] == pd.Timestamp("2013-03-03 17:23")
    assert pd.isna(documents["published"].tolist()[1])


def test_a_date_column_wins_over_a_daily_mail_header(tmp_path):
    record = {"article": "By . Jo Bloggs . PUBLISHED: . 12:23 EST, 3 March 2013 . Text here.",
              "date": "2013-03-04"}  # fmt: skip
    document = read_corpus(write(tmp_path / "dm.jsonl", json.dumps(record))).documents.iloc[0]
    assert (document["body"], document["published"]) == ("Text here.", pd.Timestamp("2013-03-04"))


def test_multi_news_source_articles_become_paragraphs(tmp_path):
    record = {
        "document": "WASHINGTON (AP) \u2014 The Senate passed a stopgap bill. ||||| The Senate voted "
        "late Thursday to avert a shutdown. |||||",
        "summary": "\u2013 The Senate has passed a stopgap bill.",
    }
    document = read_corpus(write(tmp_path / "test.jsonl", json.dumps(record))).documents.iloc[0]
    assert document["body"] == (
        "The Senate passed a stopgap bill.\n\nThe Senate voted late Thursday to avert a shutdown."
    )
    assert (document["dateline"], document["agency"]) == ("WASHINGTON", "AP")


def test_ag_news_backslashes_and_entity_remnants_are_read_as_meant(tmp_path):
    path = write(
        tmp_path / "train.csv",
        "label,title,text\n"
        '3,Carlyle looks to aerospace,"Carlyle Group,\\which has a reputation for\\controversial '
        'plays, placed its bets on a #36;10 million deal and Wall St.#39;s cynics."\n',
    )
    document = read_corpus(path).documents.iloc[0]
    assert document["body"] == (
        "Carlyle Group, which has a reputation for controversial plays, placed its bets on a "
        "$10 million deal and Wall St.'s cynics."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Files are in C:\\ on the server.",  # a backslash before a space
        "The team ranked #10; the rest trailed.",  # a code that is no printable character
        "By the river, 3 people waited. PUBLISHED: never.",  # no Daily Mail header
        "Prices rose | wages fell.",
    ],
)
def test_text_without_dataset_artefacts_is_kept_as_written(tmp_path, text):
    record = {"title": "T", "text": text}
    document = read_corpus(write(tmp_path / "a.jsonl", json.dumps(record))).documents.iloc[0]
    assert document["body"] == text


# --- hostile input: linear time ----------------------------------------------------------------

HOSTILE = {
    "sgml open tags never closed": (".sgm", lambda n: '<REUTERS NEWID="1">' * (n // 19)),
    "sgml records never closed": (
        ".sgm",
        lambda n: "<REUTERS>x" * (n // 10) + "</REUTERS>",
    ),
    "sgml long attribute word": (
        ".sgm",
        lambda n: "<REUTERS " + "A" * n + "><TEXT><BODY>x</BODY></TEXT></REUTERS>",
    ),
    "sgml entities": (
        ".sgm",
        lambda n: "<REUTERS><TEXT><BODY>" + "&#1234" * (n // 6) + "</BODY></TEXT></REUTERS>",
    ),
    "sgml indented lines": (
        ".sgm",
        lambda n: "<REUTERS><TEXT><BODY>" + "  x\n" * (n // 4) + "</BODY></TEXT></REUTERS>",
    ),
    "warc long header line": (".warc", lambda n: "WARC/1.0\r\nWARC-Type: " + "a" * n),
    "warc blank lines": (".warc", lambda n: "\r\n" * (n // 2)),
    "warc many headers": (".warc", lambda n: "WARC/1.0\r\n" + "X: y\r\n" * (n // 6)),
    "nitf dateline commas": (
        ".xml",
        lambda n: (
            "<nitf><body><body.head><dateline>"
            + "A," * (n // 2)
            + "</dateline></body.head></body></nitf>"
        ),
    ),
    "csv long cells": (".csv", lambda n: ('"' + "word " * (n // 50) + '",') * 10 + "\n"),
}


def _read(path) -> None:
    try:
        read_corpus(path)
    except CorpusError:
        pass  # no text left is a fine answer; the time is what is measured


@pytest.mark.parametrize("name", list(HOSTILE))
def test_new_formats_read_hostile_input_in_linear_time(tmp_path, name):
    suffix, make = HOSTILE[name]
    times = []
    for size in (150_000, 600_000):
        path = tmp_path / f"{size}{suffix}"
        path.write_text(make(size))
        times.append(cpu_seconds(lambda path=path: _read(path)))
    small, large = times
    # four times the input: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (name, times)


def test_warc_without_response_records_is_reported(tmp_path):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / "requests.warc", b"".join(cc_news_records()[:2]))  # warcinfo, request
    corpus = read_with_problems(tmp_path)
    assert problem_rows(corpus) == [
        {
            "path": "requests.warc",
            "line": None,
            "problem": "WARC file without response records",
            "action": "skipped",
        }
    ]
    assert_good_document_loaded(corpus)


def test_reuters_21578_article_without_text_is_reported(tmp_path):
    record = (
        '<REUTERS TOPICS="NO" NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE>'
        "<TEXT>&#2;\n&#3;</TEXT></REUTERS>\n"
    )
    corpus = read_with_problems(write(tmp_path / "reut2-002.sgm", REUTERS_21578 + record))
    assert problem_rows(corpus) == [
        {
            "path": "reut2-002.sgm",
            "line": 86,
            "problem": "Reuters-21578 article without text",
            "action": "skipped",
        }
    ]
    assert len(corpus.documents) == 4
