"""Corpus overview tables (analysis.overview) that the first report charts."""

from __future__ import annotations

import pandas as pd

from analysis import overview


def test_documents_per_period_shows_the_periods_without_documents():
    documents = pd.DataFrame(
        {"published": pd.to_datetime(["2001-05-01", "2004-01-01", "2004-03-01", "2012-01-01"])}
    )
    per_year = overview.articles_per_period(documents)
    assert per_year["period"].tolist() == [str(y) for y in range(2001, 2013)]
    assert per_year["documents"].tolist() == [1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1]


def test_documents_per_day_over_a_short_span():
    documents = pd.DataFrame({"published": pd.to_datetime(["2001-05-01", "2001-05-04", None])})
    per_day = overview.articles_per_period(documents)
    assert list(zip(per_day["period"], per_day["documents"], strict=True)) == [
        ("2001-05-01", 1),
        ("2001-05-02", 0),
        ("2001-05-03", 0),
        ("2001-05-04", 1),
    ]
