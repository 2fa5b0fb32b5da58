"""The statistics of the term tables, over arrays: Dunning's log-likelihood G² (of 2x2 tables
for collocations, signed for keyness), Hardie's log ratio, and the chi-squared p-value.
"""

from __future__ import annotations

import math

import numpy as np


def _xlogx_over(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


def _g2_table(a, b, c, d) -> np.ndarray:
    """Dunning's G² for 2x2 tables [[a, b], [c, d]] (arrays)."""
    n = a + b + c + d
    cells = (
        (a, (a + b) * (a + c) / n),
        (b, (a + b) * (b + d) / n),
        (c, (c + d) * (a + c) / n),
        (d, (c + d) * (b + d) / n),
    )
    return 2 * sum(_xlogx_over(o, e) for o, e in cells)


def _signed_g2(a, b, c, d) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        e1 = c * (a + b) / (c + d)
        e2 = d * (a + b) / (c + d)
        g2 = 2 * (_xlogx_over(a, e1) + _xlogx_over(b, e2))
        return np.where(a / c < b / d, -g2, g2)


def _log_ratio(a, b, c, d) -> np.ndarray:
    return np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))


def _chi2_p(g2: np.ndarray) -> np.ndarray:
    """Upper-tail probability of chi-squared with one degree of freedom."""
    return np.array([math.erfc(math.sqrt(x / 2)) for x in g2], dtype="float64")
