"""Zip and tar archives: each member read as the file of that name in a folder is, named after
its archive (``news.zip/2024/gas.txt``), and a hostile member (a bomb, a name that leaves the
archive, a link, an encrypted or damaged member, an archive inside the archive) a problem row
naming it while the rest is read. The archives are built here as the tools that make them do
(Python's zipfile and tarfile write what zip, Windows and tar write), some then damaged by hand.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import stat
import struct
import tarfile
import warnings
import zipfile

import pandas as pd
import pytest

from analysis.corpus import read_corpus
from analysis.formats import archives
from tests.test_corpus import GOOD_TEXT, problem_rows, read_with_problems, write
from tests.test_formats_datasets import ARTICLE_PAGE, http_response, response
from tests.test_formats_documents import docx
from tests.test_formats_exports import NEXIS_UNI

GAS = "Gas talks resume\n\nGazprom and Japan resumed gas talks on Monday."
OIL = "Oil output rises\n\nRosneft raised its oil output by 2% in May."


def zipped(members: dict[str, str | bytes | zipfile.ZipInfo], **options) -> bytes:
    """A zip of these members (a ZipInfo key's settings kept), deflated as zip -r does."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a second member of one name
        compression = options.pop("compression", zipfile.ZIP_DEFLATED)
        with zipfile.ZipFile(buffer, "w", compression, **options) as archive:
            for name, content in members.items():
                archive.writestr(name, content)
    return buffer.getvalue()


def tarred(members: list[tuple[tarfile.TarInfo, bytes]], *, compressed: bool = False) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz" if compressed else "w") as archive:
        for info, content in members:
            info.size = len(content) if info.isreg() else 0
            archive.addfile(info, io.BytesIO(content) if info.isreg() else None)
    return buffer.getvalue()


def regular(name: str, content: str | bytes) -> tuple[tarfile.TarInfo, bytes]:
    return tarfile.TarInfo(name), content.encode() if isinstance(content, str) else content


def special(name: str, kind: bytes, linkname: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    return info, b""


def rows(corpus) -> list[tuple]:
    return corpus.documents[["doc_id", "path", "title"]].values.tolist()


# --- reading ------------------------------------------------------------------------------------


def test_a_zip_of_a_folder_is_read_as_the_folder_and_named_after_the_archive(tmp_path):
    archive = write(tmp_path / "news.zip", zipped({"2024/gas.txt": GAS, "2024/oil.txt": OIL}))
    expected = [
        ["news.zip/2024/gas", "news.zip/2024/gas.txt", "Gas talks resume"],
        ["news.zip/2024/oil", "news.zip/2024/oil.txt", "Oil output rises"],
    ]
    assert rows(read_corpus(archive)) == expected  # the archive as the corpus
    write(tmp_path / "good.txt", GOOD_TEXT)
    assert rows(read_corpus(tmp_path)) == [  # the archive in the corpus folder: the same names
        ["good", "good.txt", "A good article"],
        *expected,
    ]


def test_zip_members_are_read_in_name_order_with_the_folder_rules(tmp_path):
    # zip -r keeps the order it met the files in; Finder adds __MACOSX/ and .DS_Store
    archive = zipped(
        {
            "export/oil.txt": OIL,
            "export/gas.txt": GAS,
            "export/README.md": "About this export.",
            "export/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "__MACOSX/export/._gas.txt": b"\x00\x05\x16\x07",
            "export/actors.yml": "people: []",
            "export/": "",
        }
    )
    corpus = read_corpus(write(tmp_path / "export.zip", archive))
    assert corpus.documents["doc_id"].tolist() == ["export.zip/export/gas", "export.zip/export/oil"]
    assert problem_rows(corpus) == []


def test_the_same_file_name_in_two_folders_of_an_archive_gives_two_ids(tmp_path):
    archive = zipped({"a/story.txt": GAS, "b/story.txt": OIL})
    corpus = read_corpus(write(tmp_path / "two.zip", archive))
    assert corpus.documents["doc_id"].tolist() == ["two.zip/a/story", "two.zip/b/story"]


def test_a_kaggle_zip_of_a_csv_and_a_gzipped_json_lines_file(tmp_path):
    csv = "title,text,date\nGas talks,Gazprom met Japan.,2024-01-19\nOil,Output rose.,2024-01-20\n"
    lines = json.dumps({"id": "n1", "headline": "Grain deal", "content": "Wheat flows."}) + "\n"
    archive = zipped({"news.csv": csv, "extra/more.jsonl.gz": gzip.compress(lines.encode())})
    corpus = read_corpus(write(tmp_path / "archive.zip", archive))
    documents = corpus.documents
    assert documents[["doc_id", "path", "line", "title", "body"]].values.tolist() == [
        ["n1", "archive.zip/extra/more.jsonl.gz", 1, "Grain deal", "Wheat flows."],
        ["news:2", "archive.zip/news.csv", 2, "Gas talks", "Gazprom met Japan."],  # line 1: header
        ["news:3", "archive.zip/news.csv", 3, "Oil", "Output rose."],
    ]
    assert documents["published"].tolist()[1:] == [
        pd.Timestamp("2024-01-19"),
        pd.Timestamp("2024-01-20"),
    ]


def test_a_nexis_uni_bulk_download_of_word_files_is_split_into_articles(tmp_path):
    # Nexis Uni's bulk download: a zip of .docx files, each an export of several articles
    archive = zipped({"Files(2)/Senate.docx": docx(NEXIS_UNI.strip().split("\n"))})
    corpus = read_corpus(write(tmp_path / "Files(2).zip", archive))
    assert corpus.documents[["path", "title", "published", "agency"]].values.tolist() == [
        [
            "Files(2).zip/Files(2)/Senate.docx",
            "Senate Passes Budget Bill After Long Debate",
            pd.Timestamp("2026-12-07"),
            "The New York Times",
        ],
        [
            "Files(2).zip/Files(2)/Senate.docx",
            "Climate talks end without deal",
            pd.Timestamp("2026-12-08"),
            "The Guardian (London)",
        ],
    ]


def test_a_web_archive_and_a_parquet_file_in_a_zip_are_read_from_memory(tmp_path):
    warc = response(
        "https://news.example.com/gas-talks", "2024-03-05T09:00:00Z", http_response(ARTICLE_PAGE)
    )
    table = io.BytesIO()
    pd.DataFrame({"title": ["Grain deal"], "text": ["Wheat flows resumed."]}).to_parquet(table)
    archive = zipped({"crawl.warc.gz": gzip.compress(warc), "rows.parquet": table.getvalue()})
    corpus = read_corpus(write(tmp_path / "mixed.zip", archive))
    assert rows(corpus) == [
        [
            "https://news.example.com/gas-talks",
            "mixed.zip/crawl.warc.gz",
            "Gazprom and Japan resume gas talks",
        ],
        ["rows:1", "mixed.zip/rows.parquet", "Grain deal"],
    ]


def test_the_bbc_news_summary_layout_in_kaggles_zip_skips_the_summaries(tmp_path):
    article = "Ad sales boost Time Warner profit\n\nQuarterly profits at TimeWarner jumped 76%."
    archive = zipped(
        {
            "BBC News Summary/News Articles/business/001.txt": article,
            "BBC News Summary/Summaries/business/001.txt": "Quarterly profits jumped 76%.",
        }
    )
    corpus = read_with_problems(write(tmp_path / "archive.zip", archive))
    assert corpus.documents["doc_id"].tolist() == [
        "archive.zip/BBC News Summary/News Articles/business/001"
    ]
    assert [(p["path"], p["action"]) for p in problem_rows(corpus)] == [
        (
            "archive.zip/BBC News Summary/Summaries",
            "skipped; the articles are read from News Articles/",
        )
    ]


def test_a_tar_gz_is_read_in_its_own_order(tmp_path):
    archive = tarred([regular("cnn/stories/b.story", OIL), regular("cnn/stories/a.story", GAS)],
                     compressed=True)  # fmt: skip
    corpus = read_with_problems(write(tmp_path / "cnn_stories.tgz", archive))
    assert rows(corpus) == [
        [
            "cnn_stories.tgz/cnn/stories/b",
            "cnn_stories.tgz/cnn/stories/b.story",
            "Oil output rises",
        ],
        [
            "cnn_stories.tgz/cnn/stories/a",
            "cnn_stories.tgz/cnn/stories/a.story",
            "Gas talks resume",
        ],
    ]
    assert problem_rows(corpus) == [  # .story names no format: read by its first bytes, once
        {
            "path": "cnn_stories.tgz/cnn/stories/b.story",
            "line": None,
            "problem": "the file extension '.story' names no format read: read as plain text, "
            "by its content",
            "action": "loaded (said once a folder)",
        }
    ]


@pytest.mark.parametrize("name", ["bundle.tar", "bundle.tar.gz"])
def test_a_plain_or_gzipped_tar_is_read(tmp_path, name):
    archive = tarred([regular("gas.txt", GAS)], compressed=name.endswith(".gz"))
    corpus = read_corpus(write(tmp_path / name, archive))
    assert rows(corpus) == [[f"{name}/gas", f"{name}/gas.txt", "Gas talks resume"]]


def test_the_members_of_an_archive_are_analysed_in_runs_not_one_by_one(tmp_path):
    from analysis.corpus import DocumentStream

    archive = zipped({f"{n:03}.txt": f"Story {n}\n\nGas talks, day {n}." for n in range(40)})
    stream = DocumentStream(write(tmp_path / "many.zip", archive))
    runs = [len(run) for run in stream.runs(400)]
    assert sum(runs) == 40 and len(runs) < 10  # cut after about one file in 32, by name


# --- hostile archives ---------------------------------------------------------------------------


def _folder_with(tmp_path, name: str, archive: bytes):
    write(tmp_path / "good.txt", GOOD_TEXT)
    write(tmp_path / name, archive)
    return read_with_problems(tmp_path)


def _problems(corpus) -> list[tuple]:
    return [(p["path"], p["problem"], p["action"]) for p in problem_rows(corpus)]


def test_names_that_leave_the_archive_are_refused_and_the_rest_read(tmp_path):
    archive = zipped(
        {
            "../../etc/cron.d/evil.txt": "x",
            "/etc/passwd.txt": "x",
            "C:\\Windows\\x.txt": "x",
            "ok\\gas.txt": GAS,
        }  # fmt: skip
    )
    corpus = _folder_with(tmp_path, "evil.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["evil.zip/ok/gas", "good"]
    assert _problems(corpus) == [
        (
            "evil.zip/../../etc/cron.d/evil.txt",
            "a member name that leaves the archive ('../../etc/cron.d/evil.txt') "
            "(a hostile archive?)",
            "skipped",
        ),
        (
            "evil.zip/Windows/x.txt",
            "an absolute member name ('C:\\\\Windows\\\\x.txt') (a hostile archive?)",
            "skipped",
        ),
        (
            "evil.zip/etc/passwd.txt",
            "an absolute member name ('/etc/passwd.txt') (a hostile archive?)",
            "skipped",
        ),
    ]
    assert not (tmp_path.parent / "etc").exists()  # nothing is ever extracted


def test_a_second_member_of_one_name_is_refused(tmp_path):
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("gas.txt", GAS)
            archive.writestr("gas.txt", OIL)  # unzip asks whether to overwrite; we keep the first
    corpus = _folder_with(tmp_path, "twice.zip", buffer.getvalue())
    assert corpus.documents["title"].tolist() == ["A good article", "Gas talks resume"]
    assert _problems(corpus) == [
        ("twice.zip/gas.txt", "a second member of this name in the archive", "skipped")
    ]


def _patched(data: bytes, name: bytes, *, local: int, central: int, value: bytes) -> bytes:
    """``data`` with ``value`` written at ``local`` bytes into the local header of member
    ``name`` and at ``central`` bytes into its central directory entry."""
    out = bytearray(data)
    at = next(i for i in _headers(out, b"PK\x03\x04") if out[i + 30 : i + 30 + len(name)] == name)
    out[at + local : at + local + len(value)] = value
    at = next(i for i in _headers(out, b"PK\x01\x02") if out[i + 46 : i + 46 + len(name)] == name)
    out[at + central : at + central + len(value)] = value
    return bytes(out)


def _headers(data: bytearray, signature: bytes):
    start = data.find(signature)
    while start >= 0:
        yield start
        start = data.find(signature, start + 1)


def test_an_encrypted_member_is_reported(tmp_path):
    # the general-purpose flag's bit 0: what zip -e and 7-Zip's ZipCrypto write
    archive = _patched(zipped({"secret.txt": GAS, "gas.txt": GAS}), b"secret.txt",
                       local=6, central=8, value=struct.pack("<H", 1))  # fmt: skip
    corpus = _folder_with(tmp_path, "locked.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["good", "locked.zip/gas"]
    assert _problems(corpus) == [("locked.zip/secret.txt", "encrypted with a password", "skipped")]


def test_a_member_with_a_bad_crc_is_reported_and_the_rest_read(tmp_path):
    archive = bytearray(zipped({"gas.txt": GAS, "oil.txt": OIL}, compression=zipfile.ZIP_STORED))
    at = archive.find(b"Rosneft")
    archive[at : at + 7] = b"Rosnoft"  # one byte changed on the way: the CRC-32 no longer fits
    corpus = _folder_with(tmp_path, "bitrot.zip", bytes(archive))
    assert corpus.documents["doc_id"].tolist() == ["bitrot.zip/gas", "good"]
    assert _problems(corpus) == [
        ("bitrot.zip/oil.txt", "damaged (Bad CRC-32 for file 'oil.txt')", "skipped")
    ]


def test_a_symbolic_link_in_a_zip_is_not_followed(tmp_path):
    link = zipfile.ZipInfo("passwd.txt")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16  # as zip --symlinks stores a link
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(link, "/etc/passwd")
        archive.writestr("gas.txt", GAS)
    corpus = _folder_with(tmp_path, "links.zip", buffer.getvalue())
    assert corpus.documents["doc_id"].tolist() == ["good", "links.zip/gas"]
    assert _problems(corpus) == [
        ("links.zip/passwd.txt", "a symbolic link in the archive", "skipped")
    ]


def test_links_devices_and_pipes_in_a_tar_are_not_read(tmp_path):
    archive = tarred(
        [
            special("etc.txt", tarfile.SYMTYPE, "/etc/passwd"),
            special("hard.txt", tarfile.LNKTYPE, "gas.txt"),
            special("tty.txt", tarfile.CHRTYPE),
            special("pipe.txt", tarfile.FIFOTYPE),
            regular("../up.txt", "x"),
            regular("gas.txt", GAS),
        ]
    )
    corpus = _folder_with(tmp_path, "odd.tar", archive)
    assert corpus.documents["doc_id"].tolist() == ["good", "odd.tar/gas"]
    assert _problems(corpus) == [
        ("odd.tar/etc.txt", "a link in the archive (to '/etc/passwd')", "skipped"),
        ("odd.tar/hard.txt", "a link in the archive (to 'gas.txt')", "skipped"),
        ("odd.tar/tty.txt", "not a regular file (a device or pipe)", "skipped"),
        ("odd.tar/pipe.txt", "not a regular file (a device or pipe)", "skipped"),
        (
            "odd.tar/../up.txt",
            "a member name that leaves the archive ('../up.txt') (a hostile archive?)",
            "skipped",
        ),
    ]


def test_an_archive_inside_an_archive_is_not_read(tmp_path):
    inner = zipped({"gas.txt": GAS})
    archive = zipped({"inner.zip": inner, "inner.tar.gz": tarred([regular("a.txt", OIL)], compressed=True),
                      "noname": inner, "oil.txt": OIL})  # fmt: skip
    corpus = _folder_with(tmp_path, "outer.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["good", "outer.zip/oil"]
    nested = ("an archive inside an archive is not read", "skipped; unpack it and read its folder")
    assert _problems(corpus) == [
        ("outer.zip/inner.tar.gz", *nested),
        ("outer.zip/inner.zip", *nested),
        (
            "outer.zip/noname",
            "no file extension: read as a zip archive, by its content",
            "loaded (said once a folder)",
        ),  # fmt: skip
        ("outer.zip/noname", *nested),
    ]


def test_a_member_declaring_a_gigabyte_is_refused_before_it_is_inflated(tmp_path):
    # a gigabyte of zeros deflates to a megabyte; here the declared size alone is patched, so
    # the test writes no gigabyte: the loader must refuse on the declaration, not by inflating
    archive = zipped({"big.txt": GAS, "gas.txt": GAS})
    archive = _patched(archive, b"big.txt", local=22, central=24, value=struct.pack("<I", 1 << 30))
    corpus = _folder_with(tmp_path, "bomb.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["bomb.zip/gas", "good"]
    assert _problems(corpus) == [
        (
            "bomb.zip/big.txt",
            "inflates to 1,073,741,824 bytes, over the 256 MB a member may: unpack it and read "
            "the file",
            "skipped",
        )
    ]


def test_a_member_over_a_hundred_times_its_packed_size_is_a_bomb(tmp_path):
    archive = zipped({"spaces.txt": " " * (2 << 20), "gas.txt": GAS})
    packed = zipfile.ZipFile(io.BytesIO(archive)).getinfo("spaces.txt").compress_size
    corpus = _folder_with(tmp_path, "bomb.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["bomb.zip/gas", "good"]
    assert _problems(corpus) == [
        (
            "bomb.zip/spaces.txt",
            f"inflates to 2,097,152 bytes from {packed:,} (over 100 times its size: a zip bomb?)",
            "skipped",
        )
    ]


def test_a_member_that_lies_about_its_size_is_cut_there_and_found_out(tmp_path):
    archive = zipped({"liar.txt": "a" * 100_000, "gas.txt": GAS})
    archive = _patched(archive, b"liar.txt", local=22, central=24, value=struct.pack("<I", 1000))
    corpus = _folder_with(tmp_path, "liar.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["good", "liar.zip/gas"]
    assert _problems(corpus) == [
        ("liar.zip/liar.txt", "damaged (Bad CRC-32 for file 'liar.txt')", "skipped")
    ]


def test_an_archive_inflating_past_fifty_times_its_size_stops_there(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "ARCHIVE_FLOOR", 1 << 20)  # 1 MB, so that the bomb stays small
    members = {f"{n}.txt": f"Story {n}\n\n" + f"Gas talks, day {n}. " * 20_000 for n in range(4)}
    archive = zipped(members)  # each 380 KB of text in 2 KB: under 1 MB, any ratio may pass
    corpus = _folder_with(tmp_path, "bomb.zip", archive)
    assert corpus.documents["doc_id"].tolist() == ["bomb.zip/0", "bomb.zip/1", "good"]
    assert _problems(corpus) == [
        (
            "bomb.zip",
            f"the archive inflates to more than 1 MB from {len(archive):,} bytes (over 50 times "
            "its size: a zip bomb?)",
            "the rest not read",
        )
    ]


def test_a_tar_gz_bomb_is_stopped_while_it_inflates(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "ARCHIVE_FLOOR", 1 << 20)
    monkeypatch.setattr(archives, "MEMBER_MAX", 2 << 20)
    archive = tarred([regular("gas.txt", GAS), regular("zeros.txt", bytes(4 << 20)),
                      regular("oil.txt", OIL)], compressed=True)  # fmt: skip
    corpus = _folder_with(tmp_path, "bomb.tar.gz", archive)
    assert corpus.documents["doc_id"].tolist() == ["bomb.tar.gz/gas", "good"]
    assert _problems(corpus) == [
        (
            "bomb.tar.gz/zeros.txt",
            "inflates to 4,194,304 bytes, over the 2 MB a member may: unpack it and read the file",
            "skipped",
        ),
        (  # passing over the zeros inflates them: stopped at the limit
            "bomb.tar.gz",
            f"the archive inflates to more than 1 MB from {len(archive):,} bytes (over 50 times "
            "its size: a zip bomb?)",
            "the rest not read",
        ),
    ]


@pytest.mark.parametrize("name", ["many.zip", "many.tar"])
def test_an_archive_of_too_many_members_is_refused(tmp_path, monkeypatch, name):
    monkeypatch.setattr(archives, "MEMBERS_MAX", 2)
    members = {f"{n}.txt": f"Story {n}\n\nDay {n}." for n in range(3)}
    if name.endswith(".zip"):
        archive = zipped(members)
    else:
        archive = tarred([regular(k, v) for k, v in members.items()])
    corpus = _folder_with(tmp_path, name, archive)
    assert corpus.documents["doc_id"].tolist() == ["good"]
    assert _problems(corpus) == [(name, "an archive of more than 2 members", "skipped")]


def test_a_zip_directory_too_large_to_list_is_refused_before_zipfile_reads_it(tmp_path):
    # 300,000 empty members: zipfile would hold 140 MB of entries; counted first, and refused
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(archives.MEMBERS_MAX + 1):
            archive.writestr(str(number), b"")
    corpus = _folder_with(tmp_path, "many.zip", buffer.getvalue())
    assert _problems(corpus) == [("many.zip", "an archive of more than 250,000 members", "skipped")]


def test_damaged_and_false_archives_are_reported(tmp_path):
    letters = "".join(random.Random(7).choices("abcdefghij klmnopqrst", k=200_000))
    good = tarred([regular("gas.txt", GAS), regular("oil.txt", letters)], compressed=True)
    write(tmp_path / "cut.tgz", good[: len(good) // 2])  # a download cut short
    write(tmp_path / "false.zip", "this is no zip")
    corpus = read_with_problems(tmp_path)
    assert corpus.documents["doc_id"].tolist() == ["cut.tgz/gas"]
    assert _problems(corpus) == [
        (
            "cut.tgz/oil.txt",
            "damaged (Compressed file ended before the end-of-stream marker was reached)",
            "skipped",
        ),
        (
            "cut.tgz",
            "damaged (Compressed file ended before the end-of-stream marker was reached)",
            "the rest not read",
        ),
        ("false.zip", "not a zip archive, or a damaged one (File is not a zip file)", "skipped"),
    ]
