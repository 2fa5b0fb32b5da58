"""Figures of hostile documents: memory stays bounded."""

import pandas as pd
import pytest

from analysis import figures


def test_a_document_keeps_at_most_so_many_figures(monkeypatch):
    monkeypatch.setattr(figures, "MAX_FIGURES_PER_DOCUMENT", 5)
    text = "Exports rose 1%, 2%, 3%, 4%, 5%, 6%, 7% and 8% last year."
    documents = pd.DataFrame({"doc_id": ["d", "e"], "text": [text, "Imports fell 9%."]})
    with pytest.warns(UserWarning, match="document 'd': over 5 figures, the first 5 kept"):
        table = figures.figures(documents)
    assert table["surface"].tolist() == ["1%", "2%", "3%", "4%", "5%", "9%"]


def test_a_document_of_too_many_figures_is_read_no_further_than_needed(monkeypatch):
    """A hostile megabyte of "1,1,1," states 500,000 figures: the table read every one of them
    (27 s of CPU time) to keep 10,000. The reading now stops a margin past the limit."""
    from analysis import quantities

    monkeypatch.setattr(figures, "MAX_FIGURES_PER_DOCUMENT", 5)
    read = []
    figure_at = quantities._figure_at
    monkeypatch.setattr(quantities, "_figure_at", lambda *a: read.append(a[2]) or figure_at(*a))
    documents = pd.DataFrame({"doc_id": ["d"], "text": ["Exports rose " + "1%, " * 1000 + "."]})
    with pytest.warns(UserWarning, match="document 'd': over 5 figures, the first 5 kept"):
        table = figures.figures(documents)
    assert table["surface"].tolist() == ["1%"] * 5
    assert table["start"].tolist() == [13, 17, 21, 25, 29]
    assert len(read) == 5 + quantities._LIMIT_MARGIN + 1
