"""Subtitle files (.srt, .vtt) read as a broadcast's transcript: cue numbers, timings, headers
and markup left out, the cues joined into paragraphs by speaker and pause. The files are written
as broadcasters' caption files and YouTube's automatic captions (as yt-dlp saves them) are."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import read_corpus
from analysis.formats.subtitles import subtitle_text
from tests.test_corpus import problem_rows, read_with_problems, write

# Broadcast captions in SRT: italics, a position override, ">>" for a new speaker, a pause.
NEWS_AT_TEN = """1
00:00:01,000 --> 00:00:03,500
<i>Good evening.</i> Gas talks between
Russia and Japan resumed today.

2
00:00:03,600 --> 00:00:06,000
{\\an8}Our correspondent reports from Moscow.

3
00:00:06,100 --> 00:00:08,000
>> THE TALKS WERE DESCRIBED
AS CONSTRUCTIVE.

4
00:00:08,100 --> 00:00:09,500
- Was there a deal?
- Not yet.

5
00:00:14,000 --> 00:00:16,000
In other news, oil prices rose 2%.
"""


def test_an_srt_file_is_a_transcript_titled_and_dated_by_its_name(tmp_path):
    corpus = read_corpus(write(tmp_path / "bbc_news_at_ten_2024-01-19.srt", NEWS_AT_TEN))
    document = corpus.documents.iloc[0]
    assert (document.doc_id, document.title, document.published, document.date_note) == (
        "bbc_news_at_ten_2024-01-19",
        "bbc news at ten 2024-01-19",
        pd.Timestamp("2024-01-19"),
        "date from the file name",
    )
    assert document.body == (
        "Good evening. Gas talks between Russia and Japan resumed today. Our correspondent "
        "reports from Moscow.\n\n"
        "THE TALKS WERE DESCRIBED AS CONSTRUCTIVE.\n\n"
        "Was there a deal?\n\n"
        "Not yet.\n\n"
        "In other news, oil prices rose 2%."  # after a pause of 4.5 s, at a sentence's end
    )


BRIEFING = """WEBVTT
Kind: captions
Language: en

STYLE
::cue { color: yellow }

NOTE made by the newsroom's captioning desk

intro
00:00.000 --> 00:02.000 align:start position:0%
<v Anchor>Good evening, here is the news.

00:02.000 --> 00:04.000
<v Anchor>Gazprom resumed gas talks.

00:04.000 --> 00:06.500
<v.loud Jane Doe>Talks went on for <c.yellow>three</c> hours &amp; more.
"""


def test_webvtt_voices_open_their_paragraphs_as_speaking_turns(tmp_path):
    corpus = read_corpus(write(tmp_path / "briefing.vtt", BRIEFING))
    assert corpus.documents[["title", "date_note", "body"]].values.tolist() == [
        [
            "briefing",
            "no date in the source",
            "Anchor: Good evening, here is the news. Gazprom resumed gas talks.\n\n"
            "Jane Doe: Talks went on for three hours & more.",
        ]
    ]


# YouTube's automatic captions: each cue repeats the line before it, the new words timed.
# YouTube's automatic captions: each cue repeats the line before it (a line of one space in the
# first), the new words timed; a cue of 10 ms shows the finished line.
YOUTUBE_AUTO = "\n".join(
    [
        "WEBVTT",
        "Kind: captions",
        "Language: en",
        "",
        "00:00:00.160 --> 00:00:02.869 align:start position:0%",
        " ",
        "gas<00:00:00.480><c> talks</c><00:00:00.799><c> resumed</c><00:00:01.199><c> today</c>",
        "",
        "00:00:02.869 --> 00:00:02.879 align:start position:0%",
        "gas talks resumed today",
        " ",
        "",
        "00:00:02.879 --> 00:00:05.430 align:start position:0%",
        "gas talks resumed today",
        "between<00:00:03.280><c> Russia</c><00:00:03.679><c> and</c><00:00:03.919><c> Japan</c>",
    ]
)


def test_rolling_captions_are_read_once():
    assert subtitle_text(YOUTUBE_AUTO) == "gas talks resumed today between Russia and Japan"


def test_an_srt_file_in_windows_1252_is_decoded_and_reported(tmp_path):
    srt = "1\n00:00:01,000 --> 00:00:02,000\nCaf\u00e9 owners \u201cworried\u201d.\n"
    corpus = read_with_problems(write(tmp_path / "cafe.srt", srt.encode("cp1252")))
    assert corpus.documents["body"].tolist() == ["Caf\u00e9 owners \u201cworried\u201d."]
    assert [p["problem"] for p in problem_rows(corpus)] == [
        "not UTF-8 (looks like cp1252); decoded as cp1252"
    ]


def test_a_subtitle_file_without_cues_is_reported(tmp_path):
    write(tmp_path / "good.srt", NEWS_AT_TEN)
    write(tmp_path / "empty.vtt", "WEBVTT\n\nNOTE nothing was said\n")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert [(p["path"], p["problem"]) for p in problem_rows(corpus)] == [
        ("empty.vtt", "a subtitle file without captions")
    ]
