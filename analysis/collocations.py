"""Collocations: adjacent word pairs that occur together more than chance, by PMI and
log-likelihood (G²).

Pairs are read from the term sequence as ``ngram=2`` reads them (``analysis.counting``); the
statistics are in ``analysis.counting.measures``. ``analysis.terms`` re-exports ``collocations``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.counting.counts import _empty, _texts
from analysis.counting.measures import _g2_table
from analysis.counting.options import TermsError, _options
from analysis.counting.sequence import _gram_ids, _sequence, _windows

# --- collocations ------------------------------------------------------------------------------


def collocations(
    documents: pd.DataFrame,
    *,
    min_count: int = 3,
    measure: str = "llr",
    top: int | None = None,
    **options,
) -> pd.DataFrame:
    """Adjacent word pairs that occur together more than chance, by PMI and log-likelihood.

    Pairs are counted within sentences as for ``ngram=2`` (stop words included in the counts;
    pairs starting or ending with a stop word are then left out when ``stopwords=True``). For a
    pair (w1, w2) in the 2x2 table of all N adjacent pairs: ``c12`` pairs are w1 w2, ``c1``
    start with w1, ``c2`` end with w2.
    ``pmi = log2(c12 * N / (c1 * c2))``; ``llr`` is Dunning's G² = 2 Σ O ln(O / E) over the
    four cells.

    Args:
        documents: the documents table.
        min_count: leave out pairs seen fewer times.
        measure: ``"pmi"`` or ``"llr"``, the column to sort by (descending, then w1, w2).
        top: keep only the first ``top`` rows.
        **options: as for ``term_counts`` (``ngram`` is ignored).

    Returns:
        ``w1``, ``w2``, ``count``, ``pmi``, ``llr``.
    """
    if measure not in ("pmi", "llr"):
        raise TermsError(f"measure={measure!r}: use 'pmi' or 'llr'")
    options = _options({**options, "ngram": 2})
    sequence = _sequence(_texts(documents), options)
    _, first, second = _windows(sequence, 2, drop_stops=False)
    columns = ["w1", "w2", "count", "pmi", "llr"]
    if not len(first):
        return _empty(columns, "no adjacent word pairs in the corpus")
    width = max(len(sequence.names), 1)
    pairs, pair = _gram_ids((first, second), width)
    c12 = np.bincount(pair)
    c1 = np.bincount(first, minlength=width)[pairs[:, 0]]
    c2 = np.bincount(second, minlength=width)[pairs[:, 1]]
    total = len(first)
    keep = c12 >= min_count
    if options.stopwords is not False:
        stop = sequence.stop
        keep &= ~stop[pairs[:, 0]] & ~stop[pairs[:, 1]]
    if not keep.any():
        return _empty(columns, f"no word pair occurs {min_count} times or more")
    names = sequence.names
    frame = pd.DataFrame(
        {
            "w1": names[pairs[keep, 0]],
            "w2": names[pairs[keep, 1]],
            "count": c12[keep],
            "c1": c1[keep],
            "c2": c2[keep],
        }
    )
    c12, c1, c2 = (frame[c].to_numpy(dtype="float64") for c in ("count", "c1", "c2"))
    frame["pmi"] = np.log2(c12 * total / (c1 * c2))
    frame["llr"] = _g2_table(c12, c1 - c12, c2 - c12, total - c1 - c2 + c12)
    frame = frame.drop(columns=["c1", "c2"]).astype({"w1": "str", "w2": "str"})
    frame = frame.sort_values(
        [measure, "w1", "w2"], ascending=[False, True, True], ignore_index=True
    )
    return frame.head(top) if top else frame
