"""Headline figures and subjects shared across documents, on figures tables built by hand."""

import pandas as pd

from analysis import figure_subjects, present


def _figures(rows):
    columns = [
        "doc_id",
        "start",
        "end",
        "surface",
        "value_low",
        "value_high",
        "unit",
        "change",
        "hedge",
        "commodity",
        "relation",
        "actors",
        "energy_trade",
        "sentence",
    ]
    return pd.DataFrame(rows, columns=columns)


ROWS = [
    # doc a: a plain count first, then the seed's LNG import share later in the text
    (
        "a",
        5,
        8,
        "two",
        2,
        2,
        "country",
        "=",
        "",
        "",
        "other",
        "",
        False,
        "The two countries agreed.",
    ),
    (
        "a",
        40,
        45,
        "9-10%",
        9,
        10,
        "percent",
        "~",
        "almost",
        "LNG",
        "import_share",
        "Japan; Sakhalin-2",
        True,
        "Japan receives almost 9-10% of all imported LNG from Sakhalin-2.",
    ),
    # doc b: the same subject stated with another value
    (
        "b",
        10,
        13,
        "8%",
        8,
        8,
        "percent",
        "=",
        "",
        "LNG",
        "import_share",
        "Japan; Sakhalin-2",
        True,
        "Sakhalin-2 supplies 8% of Japan's LNG imports.",
    ),
    # doc c: an energy figure without a commodity, and an export of oil
    (
        "c",
        0,
        3,
        "5%",
        5,
        5,
        "percent",
        "up",
        "rose by",
        "",
        "growth",
        "",
        True,
        "Trade rose by 5%.",
    ),
    (
        "c",
        20,
        30,
        "$1.5bn",
        1.5e9,
        1.5e9,
        "USD",
        "=",
        "",
        "oil",
        "export",
        "Russia",
        True,
        "Oil exports were $1.5bn.",
    ),
]


def test_the_headline_figure_of_a_document_prefers_energy_trade_with_a_commodity():
    headlines = figure_subjects.headline_figures(_figures(ROWS))
    by_doc = headlines.set_index("doc_id")
    assert by_doc.loc["a", "surface"] == "9-10%"  # not the earlier "two"
    assert by_doc.loc["c", "surface"] == "$1.5bn"  # the oil export, not the commodity-less growth


def test_the_first_headline_is_the_corpus_headline_import_share_first():
    headlines = figure_subjects.headline_figures(_figures(ROWS))
    assert list(headlines["doc_id"]) == ["a", "b", "c"]  # import_share (a, b) before export (c)
    assert headlines.iloc[0]["value"] == "almost 9\u201310 percent"  # the hedge as written


def test_value_labels_read_as_words():
    labels = figure_subjects.with_values(_figures(ROWS))["value"].tolist()
    assert labels == [
        "2 country",
        "almost 9\u201310 percent",
        "8 percent",
        "up 5 percent",
        "1.5 billion USD",
    ]


def test_a_subject_stated_differently_in_two_documents_is_flagged():
    shared = figure_subjects.shared_subjects(_figures(ROWS))
    assert set(shared["doc_id"]) == {"a", "b"}
    assert shared["documents"].tolist() == [2, 2]
    assert not shared["values_agree"].any()


def test_no_shared_subject_in_one_document():
    assert figure_subjects.shared_subjects(_figures(ROWS[:2])).empty


def test_tables_show_decimals_for_reading_and_empty_tables_as_a_note():
    markup = present.table(pd.DataFrame({"g2": [12.800056], "value": [1.5e9]}))._repr_mimebundle_()[
        "text/html"
    ]
    assert "<td>12.8</td>" in markup and "<td>1,500,000,000</td>" in markup
    empty = present.table(pd.DataFrame({"x": []}), caption="Key terms")._repr_mimebundle_()
    assert empty["text/plain"] == "Key terms: no rows to show."


def test_findings_count_figures_and_name_the_headline_figure():
    # ROWS: 5 figures in 3 documents, 4 of them energy-trade; doc a's LNG import share ranks first.
    assert figure_subjects.findings(_figures(ROWS), documents=4) == [
        "5 figure(s) stated in 3 of 4 document(s)",
        "4 energy-trade figure(s)",
        'Headline figure: almost 9\u201310 percent (LNG, share of imports), from "9-10%"',
    ]
    assert figure_subjects.findings(_figures([]), documents=1)[-1] == "No figure stated"


def _oil(doc, low, change, sentence, actors="Russia"):
    return (
        doc,
        0,
        3,
        "x",
        low,
        low,
        "tonne",
        change,
        "",
        "oil",
        "production",
        actors,
        True,
        sentence,
    )


def test_figures_of_other_years_or_a_change_beside_a_level_are_no_shared_subject():
    rows = [
        _oil("a", 534e6, "=", "Russia produced 534 Mt of oil in 2015."),
        _oil("b", 254e6, "=", "Russia produced 254 Mt of oil in 2003."),  # another year
        _oil("c", 27e6, "up", "Russia's oil output rose by 27 Mt in 2015."),  # a change
        _oil("d", 1.75e6, "=", "The republic produced 1.75 Mt of oil in 2015.", actors=""),
    ]
    assert figure_subjects.shared_subjects(_figures(rows)).empty
    rows.append(_oil("e", 540e6, "=", "In 2015 Russia produced 540 Mt of oil."))
    shared = figure_subjects.shared_subjects(_figures(rows))
    assert list(zip(shared["doc_id"], shared["period"], strict=True)) == [
        ("a", "2015"),
        ("e", "2015"),
    ]
    assert not shared["values_agree"].any()


def test_a_document_headline_is_a_figure_stated_as_fact_before_a_forecast():
    rows = [
        ("f", 0, 3, "20%", 20, 20, "percent", "=", "", "LNG", "import_share", "Japan", True, "s"),
        ("f", 9, 12, "9%", 9, 9, "percent", "=", "", "LNG", "import_share", "Japan", True, "s"),
    ]
    table = _figures(rows).assign(outlook=["could", ""])
    headline = figure_subjects.headline_figures(table).iloc[0]
    assert (headline["surface"], headline["outlook"]) == ("9%", "")
    findings = figure_subjects.findings(table.assign(outlook=["could", "could"]), documents=1)
    assert findings[-1] == 'Headline figure: 20 percent (LNG, share of imports, could), from "20%"'


def test_value_labels_show_a_bound_without_words_as_a_sign():
    row = {"value_low": 10.0, "value_high": 10.0, "unit": "percent", "change": ">", "hedge": ""}
    assert figure_subjects.value_label(row) == "> 10 percent"
    row = {**row, "hedge": "More than"}
    assert figure_subjects.value_label(row) == "more than 10 percent"


def test_the_headline_finding_names_the_trade_source_and_recipient():
    table = _figures(ROWS[1:2]).assign(source=["Sakhalin-2"], recipient=["Japan"])
    assert figure_subjects.findings(table, documents=1)[-1] == (
        "Headline figure: almost 9\u201310 percent (LNG, share of imports from Sakhalin-2 to "
        'Japan), from "9-10%"'
    )
