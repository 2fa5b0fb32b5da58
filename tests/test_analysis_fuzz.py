"""Hostile text cannot make an analysis raise, stall or misplace an offset.

``tables.analyse`` and the helpers the notebooks call on its tables are run on hand-made nasties
and on generated documents; every table row's offsets must lie in its document and give back
its surface, sentences must be in order, a figure's range in order and finite. Then one
regression test per defect found, each with the value expected.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import actors, figure_subjects, figures, kwic, overview, quotes, tables, terms, text
from analysis.actor import resolving
from tests.conftest import doubled_seconds

DICTIONARY = actors.load_dictionary(None)


def _documents(texts: list[str]) -> pd.DataFrame:
    """A documents table as the loader gives it (dates and sources for keyness and trends)."""
    n = len(texts)
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(n)],
            "path": "fuzz.jsonl",
            "line": pd.array(range(1, n + 1), dtype="Int64"),
            "title": "",
            "section": ["World", "Business"] * (n // 2) + ["World"] * (n % 2),
            "published": pd.to_datetime(["2024-01-15", "2024-03-02", "2024-07-30"] * n)[:n],
            "published_year": pd.array([2024] * n, dtype="Int64"),
            "published_month": pd.array(([1, 3, 7] * n)[:n], dtype="Int64"),
            "published_day": pd.array([15] * n, dtype="Int64"),
            "published_time": "",
            "date_note": "date from the data",
            "dateline": "",
            "agency": "",
            "lead": "",
            "body": texts,
            "text": pd.Series(texts, dtype=object),
            "n_chars": [len(t) for t in texts],
            "sha256": [f"{i:064x}" for i in range(n)],
            "url": "",
            "license": "",
        }
    )


def _check_tables(documents: pd.DataFrame, out: dict[str, pd.DataFrame]) -> None:
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    for doc_id, group in out["sentences"].groupby("doc_id", sort=False):
        starts, ends = group["start"].to_numpy(), group["end"].to_numpy()
        assert (starts >= 0).all() and (ends <= len(texts[doc_id])).all()
        assert (starts < ends).all() and (starts[1:] >= ends[:-1]).all()
    for name, column in (("mentions", "surface"), ("quotes", "quote"), ("figures", "surface")):
        for row in out[name].itertuples():
            doc = texts[row.doc_id]
            assert 0 <= row.start <= row.end <= len(doc), (name, row)
            assert doc[row.start : row.end] == getattr(row, column), (name, row)
    found = out["figures"]
    if len(found):
        low, high = found["value_low"].astype(float), found["value_high"].astype(float)
        assert np.isfinite(low[low.notna()]).all() and np.isfinite(high[high.notna()]).all()
        both = low.notna() & high.notna()
        assert (low[both] <= high[both]).all()
        for row in found.itertuples():
            doc = texts[row.doc_id]
            assert row.sentence_start <= row.start and row.end <= row.sentence_end
            assert len(row.sentence) <= text.EXCERPT_MAX + 2
            assert row.surface in row.sentence or len(row.surface) > text.EXCERPT_MAX // 2
            if row.sentence_end - row.sentence_start <= text.EXCERPT_MAX:
                assert doc[row.sentence_start : row.sentence_end] == row.sentence
    for name in tables.TERM_TABLES:
        per_1k = out[name]["per_1k"].to_numpy(float)
        assert np.isfinite(per_1k).all()
        assert out[name]["count"].sum() >= 0


def _notebook_helpers(documents: pd.DataFrame, out: dict[str, pd.DataFrame]) -> None:
    """What the four notebooks call on the tables."""
    mentions, quotes, found = out["mentions"], out["quotes"], out["figures"]
    counts = actors.mention_counts(mentions)
    pairs = actors.cooccurrence(mentions)
    actors.naming_perspectives(mentions)
    actors.named_pairs(pairs, DICTIONARY)
    unknown = actors.unknown_actors(documents, dictionary=DICTIONARY, mentions=mentions)
    for example in unknown["example"]:
        assert len(example) <= text.EXCERPT_MAX + 2
    actors.findings(counts, quotes, unknown)
    terms.term_counts(documents, ngram=3)
    terms.collocations(documents, min_count=3, top=20)
    kwic_terms = ["Sakhalin-2", "sanctions", "Foreign Ministry", "Putin"]
    lines = kwic.kwic(documents, kwic_terms)
    for row in lines.itertuples():
        assert texts_of(documents)[row.doc_id][row.start : row.end] == row.keyword
    grouping = terms.keyness_grouping(documents)
    terms.keyness(documents, by=grouping, top=20)
    terms.tfidf(documents, top=5)
    terms.term_trends(documents, top=8)
    terms.findings(out["terms"], out["bigrams"], lines, kwic_terms)
    figure_subjects.headline_figures(found)
    figure_subjects.shared_subjects(found)
    figure_subjects.findings(found, documents=len(documents))
    figure_subjects.with_values(found)
    problems = pd.DataFrame(columns=["path", "line", "problem", "action"])
    lengths = overview.documents_table(documents)
    overview.summary(documents, problems)
    overview.findings(documents, problems, lengths)
    overview.articles_per_period(documents)
    overview.sources(documents)
    overview.date_range(documents)


def texts_of(documents: pd.DataFrame) -> dict:
    return dict(zip(documents["doc_id"], documents["text"], strict=True))


def _run(texts: list[str]) -> dict[str, pd.DataFrame]:
    documents = _documents(texts)
    out = tables.analyse(documents)
    _check_tables(documents, out)
    _notebook_helpers(documents, out)
    return out


NASTIES = {
    "empty": "",
    "whitespace only": " \n\t\r\n \u00a0 ",
    "one 1 MB token": "a" * 1_000_000,
    "100k newlines": "\n" * 100_000,
    "line separators": 'Putin said.\u2028Russia\u2029grew 5%.\u0085Then "ok" said Lavrov.',
    "zero-width": "Vla\u200ddimir Pu\u200btin said 5\u200b% of \u200d. Russia exported 3 bn tons.",
    "BOM inside": "\ufeffPutin said \ufeff\u201chello\u201d. Russia\ufeff exported 3\ufeff bn tons.",
    "combining": "Pu\u0301tin sai\u0308d \u201cRu\u0301ssia\u201d 5\u0301% gre\u0301w 3\u0301 bn.",
    "RTL and bidi": "\u202eMoscow\u202c \u05e9\u05dc\u05d5\u05dd Putin said \u2067\u201c\u0645\u0631\u062d\u0628\u0627\u201d\u2069 up 5%.",
    "emoji, astral": "Putin \U0001f44d\U0001f3fd said \u201c\U0001f1f7\U0001f1fa grew \U0001d7d3 %\u201d and 12 bn \U0001f600 barrels.",
    "U+FFFD": "\ufffd\ufffdPutin\ufffd said \ufffd5\ufffd%.",
    "NUL and controls": "Putin\x00 said\x01 \x07\u201cx\x00y\u201d 5\x00% \x1b[31m Russia \x7f\x9f.",
    "only punctuation": "!?.,;:-\u2013\u2014\u2026()[]{}<>/\\|@#^&*_=+~`" * 300,
    "only quotation marks": "\u201c\u201d\u00ab\u00bb\u201e'\"\u2018\u2019\u2039\u203a" * 1000,
    "unbalanced quotes": "\u201c \u201c \u00ab \u00ab \u201e ' \" Putin said " * 300,
    "10,000 nested quotes": "Putin said " + "\u201c" * 10_000 + "x" + "\u201d" * 10_000,
    "1e308": "Exports rose to 1e308 dollars and 1.8e308 tons and 10e-400 percent.",
    "10**400 written out": "Exports were 1" + "0" * 400 + " tons and $" + "9" * 400 + " billion.",
    "long range": "Exports grew " + "-".join(str(i) for i in range(9, 3000)) + " percent.",
    "1,000,000-digit number": "Exports were " + "7" * 1_000_000 + " tons.",
    "$$$$": "$$$$" * 10_000,
    "%%%%": "%%%%" * 10_000,
    "absurd units": "Russia exported 5-3 bn furlongs per fortnight, 10 to 2 million megaparsecs of "
    "gas, 1e5-1e2 tons, 100 to 1 percent, from 9 to 3 bcm.",
    "dictionary names 30k times": "Vladimir Putin " * 30_000,
    "titles only": "President\nPrime Minister\nMinister\nMr.\nDr.\n" * 5000,
    "Windows line ends": "Putin said.\r\n\r\n\u201cOil grew 5%,\u201d Lavrov said.\r\n" * 100,
    "tabs": "Putin\tsaid\t\u201cx\u201d\t5\t%\t\t\t.\tRussia" * 100,
    "Cyrillic": "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d: "
    "\u00ab\u0420\u043e\u0441\u0441\u0438\u044f 5 \u043c\u043b\u0440\u0434\u00bb. \u041c\u043e\u0441\u043a\u0432\u0430.",
    "CJK": "\u666e\u4eac\u8bf4\uff1a\u201c\u4fc4\u7f57\u65af\u51fa\u53e3\u4e86500\u4e07\u5428\u3002\u201d 5%\u3002",
    "Arabic": "\u0642\u0627\u0644 \u0628\u0648\u062a\u064a\u0646 \u0665 \u0645\u0644\u064a\u0627\u0631 \u0661\u0660\u066a .",
    "dotted capital I": "\u0130stanbul \u0130\u0130\u0130 said \u201c\u0130\u201d 5% \u03a3. "
    * 100,
    "50k periods": "." * 50_000,
    "50k ellipses": "\u2026" * 50_000,
    "many actors, one sentence": "Russia Japan Putin Lavrov Gazprom " * 8_000,
    "many figures, one sentence": "Exports were 5% " * 10_000,
    "many names, one sentence": " ".join(
        f"{a}{b}ov" for a in "BCDFGKLMNPRST" for b in ("ava", "ele", "iri", "oko", "umu")
    )
    * 300,
}


@pytest.mark.parametrize("nasty", NASTIES.values(), ids=NASTIES.keys())
def test_a_nasty_text_is_analysed(nasty):
    _run([nasty, "Vladimir Putin said \u201cexports grew 5%\u201d to 3 bn tons."])


_PIECES = (
    "Putin|Vladimir Putin|Russia|Lavrov|said|\u201c|\u201d|\u00ab|\u00bb|\u201e|'|\"|\u2019s|.|!|?|"
    "\u2026|,|:|-|\u2013|(|)|$|%|\u20ac|5|1,200.5|9-10|3 bn|million|tons|barrels|percent|to|from|"
    "between|and|rose|fell|by|oil|gas|LNG|Mr.|U.S.|Japan|Gazprom|Minister|President|Ministry|"
    "per barrel|bcm|one|two|hundred|half|minus|\u2212|-1|1e308|\u00bd|\u0665|\u0130|\u03a3|\ufb01"
).split("|") + [
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "\u2028",
    "\u2029",
    "\u0085",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u0301",
    "\u202e",
    "\ufffd",
    "\x00",
    "\U0001f600",
    "\u041f\u0443\u0442\u0438\u043d",
    "\u666e\u4eac",
]
_TOKEN = st.one_of(st.sampled_from(_PIECES), st.text(max_size=3))
_TEXT = st.lists(st.tuples(_TOKEN, st.sampled_from(["", " ", " "])), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_generated_documents_are_analysed(texts):
    _run(texts)


# --- regressions -----------------------------------------------------------------------------


def test_a_run_of_periods_is_split_in_linear_time():
    """Each period of a run used to scan the rest of the run: 100k periods took minutes."""
    assert text.split_sentences("Wait... What? Yes!! No.") == [(0, 7), (8, 13), (14, 19), (20, 23)]
    assert text.split_sentences("." * 10 + " A. B") == [(0, 10), (11, 15)]
    half, full = doubled_seconds(
        lambda: text.split_sentences("." * 200_000 + " A"),
        lambda: text.split_sentences("." * 400_000 + " A"),
        floor=0.02,
    )
    assert full < 2.0 and full < 3 * max(half, 0.02)
    assert text.split_sentences("\u2026" * 400_000 + " A") == [(0, 400_000), (400_001, 400_002)]


def test_many_mentions_of_a_few_actors_are_resolved_in_linear_time():
    """Each bare surname scanned every earlier mention of its actor: quadratic."""
    texts = ["Russia Japan Putin Lavrov Gazprom " * n for n in (4000, 8000)]
    half, full = doubled_seconds(
        lambda: actors.find_mentions(_documents(texts[:1]), dictionary=DICTIONARY),
        lambda: actors.find_mentions(_documents(texts[1:]), dictionary=DICTIONARY),
    )
    assert full < 3 * max(half, 0.05)
    found = actors.find_mentions(_documents(texts[:1]), dictionary=DICTIONARY)
    assert found["actor_id"].value_counts().to_dict() == {
        "russia": 4000,
        "japan": 4000,
        "gazprom": 4000,
    }


def test_nearest_namesake_and_nearest_actor_read_sorted_starts():
    assert resolving._shadow_is_nearer([5, 50], [10, 40], 45) is False
    assert resolving._shadow_is_nearer([5, 50], [10, 40], 50) is True
    assert resolving._shadow_is_nearer([5], [], 3) is True
    assert resolving._shadow_is_nearer([60], [10], 3) is False


def test_a_range_whose_ends_are_out_of_order_is_no_range():
    """ "5-3 bn tons" was read as 5 to 3 billion tons (value_low 5, value_high 3e9)."""
    out = figures.figures(_documents(["Exports were 5-3 bn tons."]))
    assert out.empty
    out = figures.figures(_documents(["Exports were 3-5 bn tons."]))
    assert out[["surface", "value_low", "value_high"]].values.tolist() == [
        ["3-5 bn tons", 3e9, 5e9]
    ]


def test_a_long_sentence_is_cut_around_each_figure():
    """A row per figure used to copy its whole sentence: 10,000 figures in one 160 kB sentence
    needed 2.6 GB. Now the sentence column holds at most EXCERPT_MAX characters around it."""
    assert text.excerpt("abcdefghij", 0, 10, 5, limit=4) == "\u2026defg\u2026"
    assert text.excerpt("abcdefghij", 0, 10, 0, limit=4) == "abcd\u2026"
    assert text.excerpt("abcdefghij", 0, 10, 9, limit=4) == "\u2026ghij"
    assert text.excerpt("abcdefghij", 2, 6, 3, limit=4) == "cdef"
    sentence = "Exports were 5% " * 8_000  # under MAX_FIGURES_PER_DOCUMENT
    found = figures.figures(_documents([sentence]))
    assert len(found) == 8_000
    assert found["sentence"].str.len().max() == text.EXCERPT_MAX + 2
    assert (found["sentence_end"] == len(sentence.rstrip())).all()
    row = found.iloc[4_000]
    assert (
        row["sentence"] == "\u2026" + sentence[row["start"] - 500 : row["start"] + 500] + "\u2026"
    )
    assert found["relation"].eq("export").all() and found["value_low"].eq(5.0).all()


def test_nearest_cue_index_agrees_with_reading_every_cue():
    lex = figures.lexicon()
    kinds = sorted(lex.relation_order)

    @settings(max_examples=200, deadline=None, derandomize=True, database=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from(kinds)),
            min_size=0,
            max_size=40,
        ),
        st.integers(0, 60),
        st.integers(1, 10),
        st.sampled_from(["percent", "tonne", ""]),
    )
    def agree(raw, start, length, unit):
        spans = [(s, s + n, kind) for s, n, kind in raw]
        end = start + length
        others = [s for s in spans if s[2] not in ("import_share", "growth")]
        index = figures._Spans(others, frozenset(s[2] for s in spans))
        slow = figures._relation(spans, start, end, unit, "=", lex)
        assert figures._relation(spans, start, end, unit, "=", lex, index) == slow
        commodity_spans = [(s, e, f"c{i}") for i, (s, e, _) in enumerate(spans)]
        base = "barrel" if unit == "" else unit
        slow = figures._commodity(commodity_spans, start, end, base, "", lex)
        fast = figures._commodity(
            commodity_spans, start, end, base, "", lex, figures._Spans(commodity_spans)
        )
        assert fast == slow

    agree()


def test_unknown_names_in_one_long_sentence_have_short_examples():
    """Each name's example was its whole sentence: 100,000 names in one sentence, 2.8 GB."""
    names = [f"{a}{b}ov" for a in "BCDFGKLMNPRST" for b in ("ava", "ele", "iri", "oko")]
    sentence = "".join(f"{name} met the x, " for name in names) * 200
    found = actors.unknown_actors(_documents([sentence]), dictionary=DICTIONARY)
    assert sorted(found["surface"]) == sorted(names)
    # the first "Bavaov" opens the sentence, which leaves it out
    assert found.set_index("surface")["count"].drop("Bavaov").eq(200).all()
    first = found.set_index("surface").loc["Bavaov"]
    assert (first["count"], first["start"]) == (199, 936)
    assert first["example"] == "\u2026" + sentence[436:1436] + "\u2026"
    assert found["example"].str.len().max() <= text.EXCERPT_MAX + 2


def test_unknown_names_among_many_mentions_are_found_in_linear_time():
    """Each name run copied the rest of the sorted mention spans (a slice): quadratic."""

    def unknown(n: int):
        documents = _documents([", ".join(["Russia", "Japan", "Gazprom", "Zorgov Plant"] * n)])
        mentions = actors.find_mentions(documents, dictionary=DICTIONARY)
        return lambda: actors.unknown_actors(documents, dictionary=DICTIONARY, mentions=mentions)

    half, full = doubled_seconds(unknown(10_000), unknown(20_000))
    assert full < 3 * max(half, 0.05)
    found = unknown(3000)()
    assert found[["surface", "guessed_type", "count", "start"]].values.tolist() == [
        ["Zorgov Plant", "organisation", 3000, 24]
    ]


def _many_quotes(n: int) -> str:
    return " ".join(
        f'\u201cOil {i},\u201d Putin said, \u00abgas\u00bb Lavrov said: "yes"' for i in range(n)
    )


def test_many_quotes_in_one_sentence_are_attributed_in_linear_time():
    """Each quote copied every later mention (``within``) and searched back to the text's start
    for a line break (``region_start``): quadratic in a long sentence of quotes."""
    from analysis import quotes

    def attribute(n: int):
        documents = _documents([_many_quotes(n)])
        sentences = text.sentence_table(documents)
        mentions = actors.find_mentions(documents, dictionary=DICTIONARY, sentences=sentences)
        return lambda: quotes.find_quotes(
            documents, dictionary=DICTIONARY, mentions=mentions, sentences=sentences
        )

    half, full = doubled_seconds(attribute(4000), attribute(8000))
    assert full < 3 * max(half, 0.05)
    found = attribute(2)()
    assert found[["start", "end", "quote", "speaker_actor_id"]].values.tolist() == [
        [1, 7, "Oil 0,", "vladimir-putin"],
        [22, 25, "gas", "sergei-lavrov"],
        [41, 44, "yes", "sergei-lavrov"],
        [47, 53, "Oil 1,", "vladimir-putin"],
        [68, 71, "gas", "sergei-lavrov"],
        [87, 90, "yes", "sergei-lavrov"],
    ]


def test_a_quote_at_the_start_of_a_text_looks_back_to_the_start_only():
    """``region_start(-1)`` read ``rfind("\\n", 0, -1)``: the last line break of the text."""
    from analysis.quoting.document import Document

    doc = Document("ab\ncd\nef", [], [], [(0, 2), (3, 5), (6, 8)], None)
    assert [doc.region_start(p) for p in (-1, 0, 2, 3, 4, 7)] == [0, 0, 0, 3, 3, 6]


def test_an_end_written_in_full_makes_a_range_with_a_scaled_one():
    """ "from 700,000 to 1.4 million" is a range (Kremlin text, doc 54087); "from 290 to 240
    thousand" is no range from 290 to 240,000 (doc 56472): its two figures stand apart."""
    out = figures.figures(
        _documents(["Insurance coverage – from 700,000 to 1.4 million [rubles]."])
    )
    assert out[["value_low", "value_high"]].values.tolist()[0] == [7e5, 1.4e6]
    out = figures.figures(_documents(["Conscripts: from 290 to 240 thousand."]))
    assert out[["surface", "value_low", "value_high"]].values.tolist() == [
        ["290", 290, 290],
        ["240 thousand", 240_000, 240_000],
    ]


def test_pronouns_after_many_unknown_speakers_are_resolved_in_linear_time():
    """A pronoun looks back for persons the dictionary does not know: a bounded stretch."""

    def text(n: int) -> str:
        return "".join(
            f'Official Karl Smithson{i} said more. "We agree with that," he said. '
            for i in range(n)
        )

    half, full = doubled_seconds(
        lambda: quotes.find_quotes(_documents([text(400)]), dictionary=DICTIONARY),
        lambda: quotes.find_quotes(_documents([text(800)]), dictionary=DICTIONARY),
    )
    assert full < 3 * max(half, 0.05)
    found = quotes.find_quotes(_documents([text(3)]), dictionary=DICTIONARY)
    assert found["speaker"].tolist() == ["Karl Smithson0", "Karl Smithson1", "Karl Smithson2"]


def test_the_longest_subject_phrase_is_found_in_one_pass():
    """``subject_prefix`` gives what asking ``subject_phrase`` of every prefix gave (the
    pronoun test above took 45 ms a quote that way); particles decide by the words after them."""
    from analysis.quoting.document import subject_phrase, subject_prefix

    def slow(words: list[str]) -> int:
        return next((i for i in range(len(words), 0, -1) if subject_phrase(" ".join(words[:i]))), 0)

    assert subject_prefix("Ursula von der Leyen said".split(" ")) == 4
    assert subject_prefix("Mr de said".split(" ")) == 1
    assert subject_prefix("Ambassador to Japan Ivan Petrov told".split(" ")) == 5
    assert subject_prefix("the minister, told".split(" ")) == 1  # "the", not "minister,"
    assert subject_prefix("we told them".split(" ")) == 0

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "",
                    "Von",
                    "von",
                    "der",
                    "de",
                    "Leyen",
                    "al-Falih",
                    "al",
                    "said",
                    "minister",
                    "to",
                    "ambassador",
                    "\u201cBin",
                    "(Jr.)",
                    "4",
                    "and",
                    "a\tB",
                    "x",
                    ".",
                    "la",
                ]
            ),  # fmt: skip
            max_size=9,
        )
    )
    def agree(words):
        assert subject_prefix(words) == slow(words)
        assert subject_phrase(" ".join(words)) == (slow(words) == len(words) or not words)

    agree()
