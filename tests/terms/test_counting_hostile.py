"""The term counts on hostile vocabularies."""

import tracemalloc

import numpy as np

from analysis.counting.counts import _term_order


def test_one_very_long_word_does_not_widen_every_term():
    # 500 terms and one "word" of 50,000 characters: a fixed-width array of them took 100 MB
    # (4 bytes a character for every term); the ranks need next to nothing
    vocab = np.array([f"w{i:03d}" for i in range(500)] + ["x" * 50_000], dtype=object)
    tracemalloc.start()
    ranks = _term_order(vocab)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000
    assert ranks[:3].tolist() == [0, 1, 2] and ranks[-1] == 500
    assert _term_order(np.array(["b", "a", "c", "a2"], dtype=object)).tolist() == [2, 0, 3, 1]
