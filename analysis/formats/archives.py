"""Zip and tar archives of articles (a news database's bulk download, a Kaggle dataset, a zipped
folder): each member is read as the file of that name in a folder would be, and named after its
archive, ``exports.zip/2024/story.txt``. Nothing is extracted to disk: a member is read into
memory, one at a time.

An archive comes from anywhere, so it is read with limits, and what passes one is a problem
naming the member, while the rest of the archive is read:

- a member inflates to ``MEMBER_MAX`` bytes at the most, and (zip) to ``MEMBER_RATIO`` times its
  packed size or ``MEMBER_FLOOR`` whatever its size: checked on the size the archive declares
  before a byte is inflated, and on the bytes inflated (a false size is found out);
- the archive inflates to ``ARCHIVE_RATIO`` times its size, or ``ARCHIVE_FLOOR`` whatever its
  size, in all: past that the rest is not read;
- it holds ``MEMBERS_MAX`` members at the most, or it is not read: counted in a zip's central
  directory before ``zipfile`` reads it (each entry it reads costs half a kilobyte), and in a
  first pass over a tar archive's headers;
- a name that leaves the archive (``../``, ``/etc/x``, ``C:\\x``), a second member of one name,
  an encrypted member, a link, a device and a damaged member (a bad CRC-32) are not read.

Hidden members and macOS's ``__MACOSX/`` resource forks are passed over, as hidden files of a
folder are. Zip members are read in name order, as a folder's files are; a tar archive is a
stream, read in its own order (its names listed first, in a pass of their own).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import re
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from analysis.formats.reader import Reader

ARCHIVE_FORMATS = (".zip", ".tar", ".tgz")  # and .tar.gz, a .tar looked through its .gz
MEMBER_MAX = 256 << 20
MEMBER_RATIO = 100
MEMBER_FLOOR = 1 << 20
ARCHIVE_RATIO = 50
ARCHIVE_FLOOR = 256 << 20
MEMBERS_MAX = 250_000  # the Daily Mail stories of CNN/Daily Mail are 219,506 files
_CENTRAL_MAX = 64 << 20  # a central directory of 250,000 long names is 40 MB
_PIECE = 1 << 20  # bytes inflated at a time
_SKIPPED_FOLDERS = ("__MACOSX",)  # macOS's resource forks (._story.txt), never articles


class Listing:
    """What each folder of an archive holds, from its members' names: the rules that look at a
    file's neighbours (a dataset's sidecar files, the BBC News Summary layout) read it as they
    read a folder."""

    def __init__(self, archive: Path, names: Iterable[tuple[str, ...]]) -> None:
        self.archive = archive
        self.folders: dict[tuple[str, ...], set[tuple[str, bool]]] = {}
        for parts in names:
            for depth in range(len(parts)):
                self.folders.setdefault(parts[:depth], set()).add(
                    (parts[depth], depth < len(parts) - 1)
                )

    def entries(self, folder: Path) -> list[tuple[str, bool]] | None:
        """``(name, is_folder)`` of what ``folder`` holds; None for a folder outside the
        archive."""
        if not folder.is_relative_to(self.archive):
            return None
        return sorted(self.folders.get(folder.relative_to(self.archive).parts, ()))


Keep = Callable[[Path, Listing], bool]


@dataclass
class _Entry:
    """One member as the archive declares it, and how to read it."""

    name: str
    size: int
    packed: int | None  # zip: the bytes it takes in the archive; tar: not known
    refused: str  # why it is not read (a link, a device, encrypted), else ""
    read: Callable[[int], bytes]


class _Inflated(Exception):
    """The archive inflated past its limit: the rest of it is not read."""


def archive_members(
    path: Path, kind: str, reader: Reader, *, keep: Keep
) -> Iterator[tuple[Path, bytes]]:
    """Each member of a zip or tar archive that ``keep`` keeps (it is given the member's path
    and the archive's ``Listing``), as ``(path, bytes)``: its path is the archive's joined with
    its name. What cannot be read is recorded as a problem (see the module's limits).

    Args:
        path: the archive, on disk.
        kind: ``.zip``, or ``.tar``/``.tgz`` (plain or gzipped: known by the first bytes).
    """
    limit = max(ARCHIVE_FLOOR, ARCHIVE_RATIO * path.stat().st_size)
    if kind == ".zip":
        yield from _zip_members(path, reader, keep, limit)
    else:
        yield from _tar_members(path, reader, keep, limit)


def _members(
    path: Path, entries: Iterable[_Entry], listing: Listing, reader: Reader, keep: Keep, limit: int
) -> Iterator[tuple[Path, bytes]]:
    """The members of ``entries`` that are read, each checked against the limits; raises
    ``_Inflated`` when the archive inflates past ``limit``."""
    seen: set[tuple[str, ...]] = set()
    inflated = 0
    for entry in entries:
        parts, leaves = _name_parts(entry.name)
        member = path.joinpath(*parts)
        if leaves:
            reader.problem(member, None, f"{leaves} (a hostile archive?)", "skipped")
            continue
        if not parts or parts[0] in _SKIPPED_FOLDERS or any(p.startswith(".") for p in parts):
            continue
        if not keep(member, listing):
            continue
        if parts in seen:
            reader.problem(member, None, "a second member of this name in the archive", "skipped")
            continue
        seen.add(parts)
        if entry.refused:
            reader.problem(member, None, entry.refused, "skipped")
            continue
        if problem := _too_large(entry):
            reader.problem(member, None, problem, "skipped")
            continue
        if entry.size > limit - inflated:
            raise _Inflated
        bound = min(MEMBER_MAX, limit - inflated, _member_limit(entry))
        try:
            data = entry.read(bound + 1)
        except (
            zipfile.BadZipFile,
            EOFError,
            OSError,
            ValueError,
            zlib.error,
            tarfile.TarError,
        ) as error:
            reader.problem(member, None, f"damaged ({_reason(error)})", "skipped")
            continue
        except (RuntimeError, NotImplementedError) as error:  # a password; an unknown method
            reader.problem(member, None, f"cannot be unpacked ({_reason(error)})", "skipped")
            continue
        inflated += len(data)
        if len(data) > bound:
            problem = f"inflates past the {entry.size:,} bytes the archive gives (a zip bomb?)"
            reader.problem(member, None, problem, "skipped")
            continue
        yield member, data


def _too_large(entry: _Entry) -> str:
    """Why a member is not inflated, from the size the archive declares; "" when it may be."""
    if entry.size > MEMBER_MAX:
        return (
            f"inflates to {entry.size:,} bytes, over the {MEMBER_MAX >> 20} MB a member may: "
            "unpack it and read the file"
        )
    if entry.size > _member_limit(entry):
        return (
            f"inflates to {entry.size:,} bytes from {entry.packed:,} (over {MEMBER_RATIO} times "
            "its size: a zip bomb?)"
        )
    return ""


def _member_limit(entry: _Entry) -> int:
    if entry.packed is None:
        return MEMBER_MAX
    return max(MEMBER_FLOOR, MEMBER_RATIO * entry.packed)


def _name_parts(name: str) -> tuple[tuple[str, ...], str]:
    """A member name's parts (``/`` or ``\\`` separated, empty and ``.`` parts left out) and,
    when it would leave the archive on extraction, the problem: ``../`` in it, or a name that is
    absolute (its root left out of the parts, which only name it)."""
    unified = name.replace("\\", "/")
    parts = tuple(p for p in unified.split("/") if p not in ("", "."))
    if unified.startswith("/") or _DRIVE.match(unified):
        return parts[1:] if _DRIVE.match(unified) else parts, f"an absolute member name ({name!r})"
    if ".." in parts:
        return parts, f"a member name that leaves the archive ({name!r})"
    return parts, ""


_DRIVE = re.compile(r"[A-Za-z]:(?:/|$)")


def _reason(error: Exception) -> str:
    text = str(error) or error.__class__.__name__
    return "encrypted with a password" if "password" in text else text[:200]


# --- zip --------------------------------------------------------------------------------------


def _zip_members(
    path: Path, reader: Reader, keep: Keep, limit: int
) -> Iterator[tuple[Path, bytes]]:
    with path.open("rb") as handle:
        problem = _central_directory_problem(handle)
    if problem:
        reader.problem(path, None, problem, "skipped")
        return
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as error:
        reader.problem(path, None, f"not a zip archive, or a damaged one ({error})", "skipped")
        return
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        named = sorted(
            ((_name_parts(info.filename)[0], number, info) for number, info in enumerate(infos)),
            key=lambda item: item[:2],
        )
        listing = Listing(path, [parts for parts, _, _ in named])
        entries = (_zip_entry(archive, info) for _, _, info in named)
        try:
            yield from _members(path, entries, listing, reader, keep, limit)
        except _Inflated:
            reader.problem(path, None, _past_limit(path, limit), "the rest not read")


def _zip_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> _Entry:
    refused = ""
    if info.flag_bits & 0x1:
        refused = "encrypted with a password"
    elif stat.S_ISLNK(info.external_attr >> 16):
        refused = "a symbolic link in the archive"

    def read(size: int) -> bytes:
        # in pieces: zipfile inflates as much as it is asked for before it cuts the bytes to
        # the size declared, so a member that lies about its size is found out a piece in
        pieces, left = [], size
        with archive.open(info) as stream:
            while left > 0 and (piece := stream.read(min(left, _PIECE))):
                pieces.append(piece)
                left -= len(piece)
        return b"".join(pieces)

    return _Entry(info.filename, info.file_size, info.compress_size, refused, read)


def _central_directory_problem(handle: BinaryIO) -> str:
    """Why a zip's central directory is not read: more than ``MEMBERS_MAX`` entries in it, or
    more than ``_CENTRAL_MAX`` bytes; "" otherwise (and for a file that is no zip: ``zipfile``
    then says what is wrong). The entries are counted by their signatures where ``zipfile``
    will look for them: before the end record, or before its Zip64 record."""
    size = handle.seek(0, io.SEEK_END)
    handle.seek(max(0, size - (1 << 16) - 22))
    tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        return ""
    entries, directory = struct.unpack_from("<HI", tail, end + 10)
    position = size - len(tail) + end
    zip64 = entries == 0xFFFF or directory == 0xFFFFFFFF
    if zip64 and end >= 20 and tail[end - 20 : end - 16] == b"PK\x06\x07":
        position -= 20 + 56  # the Zip64 locator, and the Zip64 end record before it
        handle.seek(max(0, position))
        record = handle.read(56)
        if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
            return ""
        (directory,) = struct.unpack_from("<Q", record, 40)
    if directory > _CENTRAL_MAX:
        return (
            f"a zip archive whose list of members takes {directory:,} bytes, over "
            f"{_CENTRAL_MAX >> 20} MB (a zip bomb?)"
        )
    handle.seek(max(0, position - directory))
    if handle.read(min(directory, position)).count(b"PK\x01\x02") > MEMBERS_MAX:
        return _too_many()
    return ""


def zip_kind(source: Path | bytes) -> str | None:
    """What a zip file is, by the members it holds: ``.docx`` (``word/document.xml``),
    ``.odt`` (an OpenDocument text), ``.zip`` (an archive of files, and any zip that cannot be
    read: the archive reader says why), or None for another zip of XML (a spreadsheet, slides,
    an e-book), which is not read."""
    with source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as handle:
        if _central_directory_problem(handle):
            return ".zip"
        try:
            with zipfile.ZipFile(handle) as zipped:
                names = set(zipped.namelist())
                mimetype = b""
                if "mimetype" in names:
                    with zipped.open("mimetype") as stream:
                        mimetype = stream.read(100).strip()
        except _ZIP_ERRORS:
            return ".zip"
    if "word/document.xml" in names:
        return ".docx"
    if mimetype == b"application/vnd.oasis.opendocument.text":
        return ".odt"
    if mimetype or "[Content_Types].xml" in names or "META-INF/container.xml" in names:
        return None
    return ".zip"


_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError,
    NotImplementedError, zlib.error, struct.error,
)  # fmt: skip


# --- tar --------------------------------------------------------------------------------------


def _tar_members(
    path: Path, reader: Reader, keep: Keep, limit: int
) -> Iterator[tuple[Path, bytes]]:
    names = _tar_names(path, limit)
    if len(names) > MEMBERS_MAX:
        reader.problem(path, None, _too_many(), "skipped")
        return
    listing = Listing(path, [_name_parts(name)[0] for name in names])
    try:
        with _tar_stream(path, limit) as archive:
            yield from _members(path, _tar_entries(archive), listing, reader, keep, limit)
    except _Inflated:
        reader.problem(path, None, _past_limit(path, limit), "the rest not read")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        if names:
            reader.problem(path, None, f"damaged ({_reason(error)})", "the rest not read")
        else:
            problem = f"not a tar archive, or a damaged one ({_reason(error)})"
            reader.problem(path, None, problem, "skipped")


def _tar_names(path: Path, limit: int) -> list[str]:
    """The names of a tar archive's files, ``MEMBERS_MAX + 1`` at the most, from a pass over
    its headers (the data passed over); those before the damage or the limit that stops the
    pass (the reading pass meets it again, and reports it)."""
    names: list[str] = []
    try:
        with _tar_stream(path, limit) as archive:
            for info in archive:
                archive.members = []  # a stream's TarFile keeps every header read: keep none
                if not info.isdir():
                    names.append(info.name)
                if len(names) > MEMBERS_MAX:
                    break
    except (_Inflated, tarfile.TarError, OSError, EOFError, zlib.error):
        pass
    return names


def _tar_entries(archive: tarfile.TarFile) -> Iterator[_Entry]:
    for info in archive:
        archive.members = []
        if info.isdir():
            continue
        refused = ""
        if info.issym() or info.islnk():
            refused = f"a link in the archive (to {info.linkname!r})"
        elif not info.isreg():
            refused = "not a regular file (a device or pipe)"

        def read(size: int, info: tarfile.TarInfo = info) -> bytes:
            stream = archive.extractfile(info)
            return stream.read(size) if stream is not None else b""

        yield _Entry(info.name, info.size, None, refused, read)


class _Capped(io.RawIOBase):
    """A stream that raises ``_Inflated`` once more than ``limit`` bytes have been read from
    it: a tar archive's gzip is inflated as it is read, and a bomb is stopped there."""

    def __init__(self, stream, limit: int) -> None:
        self.stream, self.left = stream, limit

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0 or size > self.left + 1:
            size = self.left + 1
        data = self.stream.read(size)
        self.left -= len(data)
        if self.left < 0:
            raise _Inflated
        return data


@contextlib.contextmanager
def _tar_stream(path: Path, limit: int) -> Iterator[tarfile.TarFile]:
    """A tar archive opened as a stream (``r|``), its gzip (if any) inflated by ``gzip`` under
    ``_Capped``."""
    with path.open("rb") as handle:
        zipped = handle.read(2) == b"\x1f\x8b"
        handle.seek(0)
        raw = gzip.GzipFile(fileobj=handle) if zipped else handle
        with tarfile.open(fileobj=_Capped(raw, limit), mode="r|") as archive:
            yield archive


def _too_many() -> str:
    return f"an archive of more than {MEMBERS_MAX:,} members"


def _past_limit(path: Path, limit: int) -> str:
    size = path.stat().st_size
    return (
        f"the archive inflates to more than {limit >> 20} MB from {size:,} bytes "
        f"(over {ARCHIVE_RATIO} times its size: a zip bomb?)"
    )
