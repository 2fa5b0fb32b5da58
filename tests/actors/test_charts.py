"""Plot builders: they draw what the tables hold and escape text from the corpus."""

import pandas as pd
import pytest

from analysis.actors import cooccurrence, find_mentions, mention_counts
from analysis.charts import actors as charts
from analysis.quotes import find_quotes
from tests.actors.conftest import documents


def test_mentions_bar_puts_the_most_mentioned_on_top(seed_mentions):
    fig = charts.mentions_bar(mention_counts(seed_mentions), top=3)
    assert list(fig.layout.yaxis.categoryarray) == ["Taisuke Abiru", "Japan", "Russia"]


def test_heatmap_escapes_titles():
    docs = documents("Russia and Japan.", "Japan again.").assign(title=["<script>x</script>", "ok"])
    fig = charts.actor_document_heatmap(find_mentions(docs), docs)
    assert "&lt;script&gt;x&lt;/script&gt; [d0]" in fig.data[0].x
    assert fig.data[0].z.tolist() == [[1, 1], [1, 0]]  # rows Japan, Russia


def test_network_has_a_node_per_linked_actor(seed_mentions):
    counts = mention_counts(seed_mentions)
    fig = charts.cooccurrence_network(cooccurrence(seed_mentions), counts, top=5)
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    assert sum(len(t.x) for t in nodes) == 5


def test_circular_layout_starts_at_the_top_and_goes_clockwise():
    layout = charts.circular_layout(["a", "b", "c", "d"])
    assert [pytest.approx(layout[n]) for n in "abcd"] == [(0, 1), (1, 0), (0, -1), (-1, 0)]


def test_quotes_bar_counts_speakers(seed_documents, seed_mentions):
    fig = charts.quotes_by_speaker_bar(find_quotes(seed_documents, mentions=seed_mentions))
    assert dict(zip(fig.data[0].y, fig.data[0].x, strict=True)) == {
        "Taisuke Abiru": 10,
        "Maria Zakharova": 2,
    }


def test_type_bar_sums_mentions_by_type():
    counts = pd.DataFrame({"actor_type": ["country", "person", "country"], "mentions": [3, 2, 4]})
    fig = charts.type_bar(counts)
    assert dict(zip(fig.data[0].x, fig.data[0].y, strict=True)) == {"country": 7, "person": 2}
