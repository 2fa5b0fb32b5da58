"""Subtitle files (``.srt``, ``.vtt``): the captions of a news broadcast, read as its transcript.

Cue numbers and identifiers, timings, the ``WEBVTT`` header and its ``NOTE``, ``STYLE`` and
``REGION`` blocks, and the markup inside cues (``<i>``, ``<c.yellow>``, ``<00:01:02.500>``,
``{\\an8}``) are left out. The cues are joined into paragraphs: a new one where a new speaker
starts (a WebVTT voice ``<v Anchor>``, written ``Anchor: ...`` so that speaking turns are found;
the ``>>`` of broadcast captions; a ``- `` dialogue line) and after a pause of
``PARAGRAPH_PAUSE`` seconds at the end of a sentence. A line that repeats the line before it
(the rolling captions of live television and of YouTube's automatic captions) is read once.
The title is the file's name; a date in it (``2024-01-19``) is the broadcast's date.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from analysis.formats.reader import Reader

PARAGRAPH_PAUSE = 2.0  # seconds between cues

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,80})>")
_TAG = re.compile(r"<[^<>\n]{0,200}>|\{\\[^{}\n]{0,200}\}")
_SPEAKER_MARK = re.compile(r"^(?:>>+[ \t]*|-[ \t]*(?=[^\W\d_]))")
_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_FILE_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def subtitle_row(text: str, path: Path, reader: Reader) -> list[dict]:
    """The one document of a subtitle file: its cues as paragraphs, its title its file name."""
    body = subtitle_text(text)
    if not body:
        reader.problem(path, None, "a subtitle file without captions", "skipped")
        return []
    name = path.name
    for suffix in (".gz", ".srt", ".vtt"):
        name = name.removesuffix(suffix).removesuffix(suffix.upper())
    row = {
        "_path": path,
        "_line": None,
        "_stem": path.name.split(".")[0],
        "title": " ".join(name.replace("_", " ").split()),
        "section": "",
        "lead": "",
        "body": body,
        "dateline": "",
        "agency": "",
    }
    if date := _FILE_DATE.search(name):
        row["_published"] = "-".join(date.groups())
        row["_date_note"] = "date from the file name"
    else:
        row["_date"] = (None, None, None, "")
    return [row]


def subtitle_text(text: str) -> str:
    """The captions of an SRT or WebVTT file as paragraphs (see the module)."""
    paragraphs: list[list[str]] = []
    last_end: float | None = None
    previous, voice = "", None
    for start, end, lines in _cues(text):
        pause = last_end is not None and start - last_end >= PARAGRAPH_PAUSE
        last_end = end
        for raw in lines:
            line, speaker, marked = _caption(raw)
            if not line or line == previous:
                continue
            previous = line
            ended = paragraphs and _SENTENCE_END.search(paragraphs[-1][-1])
            if speaker is not None and speaker != voice:
                paragraphs.append([f"{speaker}: {line}"])
            elif not paragraphs or marked or (pause and ended):
                paragraphs.append([line])
            else:
                paragraphs[-1].append(line)
            if speaker is not None or marked:
                voice = speaker
            pause = False
    return "\n\n".join(" ".join(words) for words in paragraphs)


def _cues(text: str) -> Iterator[tuple[float, float, list[str]]]:
    """``(start, end, lines)`` per cue, in file order: a cue's lines run from its timing to the
    next cue's identifier or timing (a line of spaces, as YouTube writes one, is in the cue);
    what comes before the first timing (the header) and a NOTE, STYLE or REGION block is not
    text, and neither is the line right before a timing (the cue's number or identifier)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    timings = [_TIMING.match(line) for line in lines]
    cue: tuple[float, float, list[str]] | None = None
    skipping = False
    for index, line in enumerate(lines):
        if timing := timings[index]:
            if cue is not None:
                yield cue
            times = timing.groups()
            cue, skipping = (_seconds(times[:4]), _seconds(times[4:]), []), False
        elif not line.strip():
            skipping = False
        elif _BLOCK.match(line) and (index == 0 or not lines[index - 1].strip()):
            skipping = True
        elif (
            cue is not None and not skipping and not (index + 1 < len(lines) and timings[index + 1])
        ):
            cue[2].append(line)
    if cue is not None:
        yield cue


def _seconds(parts: tuple) -> float:
    hours, minutes, seconds, fraction = parts
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(fraction) / 1000


def _caption(line: str) -> tuple[str, str | None, bool]:
    """A caption line's text without its markup, the speaker its WebVTT voice names (None
    without one), and whether it is marked as a new speaker's (``>>``, ``- ``)."""
    voice = _VOICE.search(line)
    text = html.unescape(_TAG.sub("", line)).strip()
    text, marks = _SPEAKER_MARK.subn("", text)
    speaker = " ".join(voice.group(1).split()) if voice else None
    return " ".join(text.split()), speaker, bool(marks)
