"""Term charts: labels escaped (corpus text is untrusted), order deterministic, panels capped."""

from __future__ import annotations

import pandas as pd

from analysis.charts import terms as charts


def _counts(terms: list[str], counts: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"term": terms, "count": counts, "per_1k": [c / 10 for c in counts]})


def test_top_terms_bar_draws_the_first_term_at_the_top():
    fig = charts.top_terms_bar(_counts(["russia", "japan", "oil"], [5, 3, 1]), top=2)
    assert list(fig.data[0].y) == ["japan", "russia"]  # plotly draws the last category on top
    assert list(fig.data[0].x) == [3, 5]


def test_term_labels_are_escaped():
    fig = charts.top_terms_bar(_counts(["<script>", "a&b"], [2, 1]))
    assert list(fig.data[0].y) == ["a&amp;b", "&lt;script&gt;"]


def test_ngram_bar_names_the_phrase_length():
    fig = charts.ngram_bar(_counts(["lifting economic sanctions"], [3]))
    assert fig.layout.title.text == "Most frequent three-word phrases (trigrams)"


def _keyness(groups: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "group": [str(2000 + g) for g in range(groups) for _ in range(2)],
            "term": ["oil", "gas"] * groups,
            "count_target": [3, 1] * groups,
            "count_reference": [1, 3] * groups,
            "g2": [5.0, -2.0] * groups,
            "log_ratio": [1.5, -1.5] * groups,
        }
    )


def test_keyness_bars_show_over_used_terms_only():
    fig = charts.keyness_bars(_keyness(2))
    assert sorted(y for trace in fig.data for y in trace.y) == ["oil", "oil"]


def test_keyness_bars_cap_the_panels():
    fig = charts.keyness_bars(_keyness(14), max_groups=12)
    panels = sorted(a.text for a in fig.layout.annotations)
    assert panels == [str(year) for year in range(2000, 2012)]  # the first 12 groups
    assert fig.layout.title.text.endswith("first 12 of 14 groups")


def test_trend_lines_one_line_per_term():
    trends = pd.DataFrame(
        {"period": ["2019", "2019", "2020", "2020"], "term": ["oil", "gas", "oil", "gas"],
         "count": [1, 2, 3, 4], "per_1k": [1.0, 2.0, 3.0, 4.0]}
    )  # fmt: skip
    fig = charts.trend_lines(trends)
    assert sorted(trace.name for trace in fig.data) == ["gas", "oil"]
