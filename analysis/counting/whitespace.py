"""Cut texts into whitespace-separated chunks in their UTF-8 bytes, and number the distinct ones.

Done with numpy over the bytes and Arrow's dictionary encoding rather than ``str.split``, so
that Python sees each distinct chunk once however often it occurs; whitespace is exactly
``str.split``'s. Also the numpy range helpers the later steps lay their arrays out with.
"""

from __future__ import annotations

import sys
from functools import cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# --- coding chunks: cut UTF-8 bytes at whitespace, let Arrow number the distinct chunks -------


@cache
def _whitespace_bytes() -> tuple[list[list[int]], tuple[bytes, ...]]:
    """Python's whitespace (``str.split``, ``str.isspace``) in UTF-8: the runs of one-byte spaces
    (first and last byte), and the longer encodings."""
    points = np.arange(sys.maxunicode + 1, dtype="uint32")
    spaces = [chr(c).encode() for c in np.flatnonzero(np.strings.isspace(points.view("<U1")))]
    runs: list[list[int]] = []
    for (byte,) in (s for s in spaces if len(s) == 1):
        if runs and runs[-1][1] == byte - 1:
            runs[-1][1] = byte
        else:
            runs.append([byte, byte])
    return runs, tuple(s for s in spaces if len(s) > 1)


def _space_mask(data: np.ndarray) -> np.ndarray:
    """Which bytes of UTF-8 ``data`` belong to a whitespace character."""
    runs, longer = _whitespace_bytes()
    space = np.zeros(len(data), dtype=bool)
    for first, last in runs:
        space |= data - np.uint8(first) <= last - first  # wraps below ``first``
    leads = np.flatnonzero(data >= 0xC0)
    for encoded in longer:
        at = leads[leads <= len(data) - len(encoded)]
        for k, byte in enumerate(encoded):
            at = at[data[at + k] == byte]
        for k in range(len(encoded)):
            space[at + k] = True
    return space


def _code_chunks(pieces: list[str]) -> tuple[np.ndarray, pa.Array, np.ndarray]:
    """The whitespace-separated chunks of each piece of text, coded.

    The pieces are laid end to end, a newline between them, and cut at whitespace in their
    UTF-8 bytes; Arrow then numbers the chunks, so that Python sees each distinct chunk once.

    Returns:
        The code of each chunk, in order; the distinct chunks (in order of first
        appearance), as UTF-8 bytes; the number of chunks in each piece.
    """
    data = np.frombuffer("\n".join(pieces).encode("utf-8", "surrogatepass"), dtype="uint8")
    word = np.zeros(len(data) + 2, dtype=bool)  # a space before and after the data
    np.logical_not(_space_mask(data), out=word[1:-1])
    edges = np.flatnonzero(word[1:] != word[:-1])
    starts, ends = edges[::2], edges[1::2]
    offsets = _running_total(ends - starts)
    chunks = pa.LargeBinaryArray.from_buffers(
        pa.large_binary(),
        len(starts),
        [None, pa.py_buffer(offsets), pa.py_buffer(data[word[1:-1]])],
    )
    encoded = pc.dictionary_encode(chunks)
    # A piece's byte offset: its character offset, plus the continuation bytes (0b10xxxxxx)
    # of the characters before it. q - (continuation bytes before q) characters start before
    # byte q, so the one after q's own character has that index.
    lengths = np.fromiter(map(len, pieces), "int64", len(pieces)) + 1
    piece_start = np.cumsum(lengths) - lengths
    continuation = np.flatnonzero(data.view("int8") < -64)
    following = continuation - np.arange(len(continuation))
    piece_start += np.searchsorted(following, piece_start, side="right")
    per_piece = np.diff(np.searchsorted(starts, piece_start), append=len(starts))
    return encoded.indices.to_numpy().astype("int64"), encoded.dictionary, per_piece


def _ranges(start: np.ndarray, length: np.ndarray) -> np.ndarray:
    """The positions ``start[g]``, ..., ``start[g] + length[g] - 1`` of each group ``g`` in
    turn."""
    filled = length > 0
    first, last = start[filled], start[filled] + length[filled] - 1
    step = np.ones(int(length.sum()), dtype="int64")  # a running total: +1, or a group's jump
    step[_running_total(length)[:-1][filled]] = first - np.append(0, last[:-1])
    return np.cumsum(step, out=step)


def _running_total(counts: np.ndarray) -> np.ndarray:
    """0, then the cumulative sums of ``counts``: where each group starts, and the end."""
    total = np.zeros(len(counts) + 1, dtype="int64")
    np.cumsum(counts, out=total[1:])
    return total
