"""Quote finding reads hostile text in time that grows with its length, not its square: each
text below once took tens of seconds at 160 KB (a look-ahead per apostrophe, a nominal pattern
restarting in a hyphenated run, cues searched from the sentence start for every quote)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import find_quotes
from tests.conftest import cpu_seconds

TEXTS = {
    "apostrophes in an open single quote": lambda n: "\u2018" + "boss\u2019 car " * (n // 10),
    "a hyphenated run of capitals": lambda n: "A-" * (n // 2) + 'A said "we will win this war".',
    "many quotes in one sentence": lambda n: 'x "alpha beta gamma delta" y' * (n // 28),
    "single marks opened and never closed": lambda n: "\"a 'b " * (n // 6),
    # a message after many persons with asides: its sender is looked for in a bounded stretch
    "a message after many senders": lambda n: (
        ("Vladimir Putin, " + "x" * 70 + ", ") * (n // 90) + 'The message reads: "we will win".'
    ),
    # verbs after "and" that share the subject of a quote before them in a long sentence
    "many coordinated verbs": lambda n: (
        'Kate Hollis praised "alpha beta" and said "gamma" ' * (n // 50)
    ),
    # partial quotes in running text without a full stop, one speaker at the end
    "partial quotes without a full stop": lambda n: (
        'x praising a "alpha beta" y, ' * (n // 29) + 'Osei said "gamma delta epsilon".'
    ),
    # participles after "with" and asides before verbs that quote
    "participles and asides": lambda n: (
        'with John Smith saying "alpha", Ann Lee, of X, who Y, called it "beta" ' * (n // 70)
    ),
    # unnamed roles after a place's possessive, each "the minister" after them
    "roles introduced by places": lambda n: (
        "Hungary's foreign minister spoke. " + '"alpha beta gamma," the minister said. ' * (n // 40)
    ),
    # roles after a body's possessive, a name in apposition, and sentences opened by "X herself"
    "possessed titles and reflexives": lambda n: (
        'The company\'s chief executive, Lee Sang, told us "a". Ann herself is here. ' * (n // 75)
    ),
    # relative clauses after long runs of capitalised words: "Ann Lee, who told us:"
    "names before who": lambda n: 'Ann Bee Cee Dee, who told us: "alpha" ' * (n // 40),
    # nominals with demonyms and possessives before roles: "the country's top diplomat said"
    "many role nominals": lambda n: (
        "Sergei Lavrov met Wang Yi. "
        + '"alpha beta gamma," the country\'s top diplomat said. ' * (n // 60)
    ),
}


def _documents(text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["d"], "text": [text]})


@pytest.mark.parametrize("name", list(TEXTS))
def test_quote_finding_time_grows_linearly(name):
    small, large = (
        cpu_seconds(lambda n=n: find_quotes(_documents(TEXTS[name](n)))) for n in (40_000, 160_000)
    )
    # four times the text: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (name, small, large)
