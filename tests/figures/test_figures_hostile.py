"""Figures of hostile documents: memory stays bounded."""

import pandas as pd
import pytest

from analysis import figures


def test_a_document_keeps_at_most_so_many_figures(monkeypatch):
    monkeypatch.setattr(figures, "MAX_FIGURES_PER_DOCUMENT", 5)
    text = "Exports rose 1%, 2%, 3%, 4%, 5%, 6%, 7% and 8% last year."
    documents = pd.DataFrame({"doc_id": ["d", "e"], "text": [text, "Imports fell 9%."]})
    with pytest.warns(UserWarning, match="document 'd': 8 figures, the first 5 kept"):
        table = figures.figures(documents)
    assert table["surface"].tolist() == ["1%", "2%", "3%", "4%", "5%", "9%"]
