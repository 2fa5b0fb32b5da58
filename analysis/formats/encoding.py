"""Decode bytes as text: UTF-8, UTF-16 or UTF-32 by its byte-order mark, else a guessed single-byte
encoding (Cyrillic or Western), saying what was done. Corpus files and the pages inside web
archives are decoded alike, so both go through here.
"""

from __future__ import annotations

import codecs
import contextlib
import re

# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
WIDE_BOMS = tuple(bom for bom, _, _ in _BOMS)  # text with these marks holds NUL bytes
SNIFF_BYTES = 8192  # how much of a file its kind is told from


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is no text, by its first ``SNIFF_BYTES``: a NUL byte (but in UTF-16 or
    UTF-32 text with a byte-order mark) or more than 5% control characters."""
    head = data[:SNIFF_BYTES]
    if head.startswith(WIDE_BOMS):  # UTF-16 or UTF-32 text: NUL bytes in every character
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return len(head) > 0 and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes as text.

    Returns:
        ``(text, note)``; note is None for clean UTF-8, otherwise it says what was done
        (a byte-order mark removed, or the encoding guessed).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 byte-order mark; removed"
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), f"{name} text; decoded as {name}"
            except UnicodeDecodeError:  # cut at an odd byte, or half a surrogate pair
                return data.decode(encoding, errors="replace"), (
                    f"{name} text with bytes that are not {name} (cut short?); decoded as "
                    f"{name}, those bytes replaced with U+FFFD"
                )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    return data.decode(
        encoding, errors="replace"
    ), f"not UTF-8 (looks like {encoding}); decoded as {encoding}"


def _guess_encoding(data: bytes) -> str:
    """The single-byte encoding of non-UTF-8 news text: Cyrillic (cp1251, koi8-r) or Western.

    Read as cp1251, Russian text gives words of two letters or more wholly in Cyrillic, mostly
    lower case (koi8-r puts the cases the other way round); Western text gives words mixing Latin
    and Cyrillic letters (``déjà`` reads ``dйjа``) and signs read as one Cyrillic letter (``£2bn``
    reads ``Ј2bn``, ``€`` reads ``Ђ``). Western text is latin-1 unless it uses the bytes
    0x80-0x9F, which only cp1252 defines (curly quotes, dashes, the euro sign).
    """
    sample = data[:200_000]
    words = re.findall(r"[^\W\d_]+", sample.decode("cp1251", errors="replace"))
    cyrillic = [w for w in words if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic if _LATIN.search(w))
    russian = [w for w in cyrillic if len(w) > 1 and not _LATIN.search(w)]
    if russian and mixed <= 0.1 * len(cyrillic):
        letters = "".join(_CYRILLIC.findall("".join(russian)))
        upper = sum(1 for c in letters if c.isupper())
        return "koi8-r" if upper > 0.6 * len(letters) else "cp1251"
    return "cp1252" if any(0x80 <= b <= 0x9F for b in sample) else "latin-1"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


# Codecs that decode bytes but are no encoding of text: IDNA and Punycode write host names, and
# Python's Punycode decoder takes time that grows with the square of the text.
_NOT_CHARSETS = frozenset({"idna", "punycode"})


def charset(name: str) -> str | None:
    """The codec of a charset that a file or a server names (an XML declaration, an HTTP
    Content-Type), or None when the name is no encoding of text: unknown, a codec of bytes
    (``hex``, ``rot13``, ``zlib``: ``bytes.decode`` refuses these with LookupError) or one of
    ``_NOT_CHARSETS``. The name comes from the file, so it is as untrusted as the file."""
    try:
        codec = codecs.lookup(name).name
        with contextlib.suppress(UnicodeError):  # one byte may be no character (UTF-16)
            b"a".decode(codec)
    except LookupError:
        return None
    return None if codec in _NOT_CHARSETS else codec


# An HTML page's charset, in its first 1,024 bytes as browsers look for it: <meta charset="...">
# or <meta http-equiv="Content-Type" content="text/html; charset=...">.
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,300}?\bcharset\s*=\s*[\"']?\s*([A-Za-z][\w.:-]{0,39})", re.IGNORECASE
)


def is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def meta_charset(page: bytes) -> str | None:
    """The codec of the charset an HTML page's meta tag names, or None (see ``charset``)."""
    match = _META_CHARSET.search(page[:1024])
    return charset(match.group(1).decode("ascii")) if match else None
