"""Decode bytes as text: UTF-8, UTF-16 by its byte-order mark, else a guessed single-byte
encoding (Cyrillic or Western), saying what was done. Corpus files and the pages inside web
archives are decoded alike, so both go through here.
"""

from __future__ import annotations

import re


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes as text.

    Returns:
        ``(text, note)``; note is None for clean UTF-8, otherwise it says what was done
        (a byte-order mark removed, or the encoding guessed).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 byte-order mark; removed"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16 text; decoded as UTF-16"
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

    Read as cp1251, Russian text gives words wholly in Cyrillic, mostly lower case (koi8-r puts
    the cases the other way round); Western text gives words mixing Latin and Cyrillic letters
    (``déjà`` reads ``dйjа``). Western text is latin-1 unless it uses the bytes 0x80-0x9F, which
    only cp1252 defines (curly quotes, dashes).
    """
    sample = data[:200_000]
    words = re.findall(r"[^\W\d_]+", sample.decode("cp1251", errors="replace"))
    cyrillic = [w for w in words if _CYRILLIC.search(w)]
    mixed = sum(1 for w in cyrillic if _LATIN.search(w))
    if cyrillic and mixed <= 0.1 * len(cyrillic):
        letters = "".join(_CYRILLIC.findall("".join(cyrillic)))
        upper = sum(1 for c in letters if c.isupper())
        return "koi8-r" if upper > 0.6 * len(letters) else "cp1251"
    return "cp1252" if any(0x80 <= b <= 0x9F for b in sample) else "latin-1"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
