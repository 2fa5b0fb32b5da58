"""Mentions and unknown names are found in time that grows with a text's length, not its square:
each text below repeats what a rule about places, demonyms, parties or unknown names looks at
around a match (a word of office, a capitalised word after a capital, a determiner before a
demonym, a long blank after one, a party's name without its country, a long run of names,
possessives, CamelCase, shouted text)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import find_mentions, mentions_cli_rows
from tests.conftest import cpu_seconds

TEXTS = {
    "offices before a state": lambda n: "Senator Anna Bell Cole Dee of Georgia " * (n // 38),
    "capitals before capitalised words": lambda n: "Moscow Electron Tokyo Region " * (n // 29),
    "companies after countries": lambda n: "Taiwan Alpha Beta Gamma Delta Co " * (n // 33),
    "determiners before demonyms": lambda n: "the 19-year-old Russian the Italian, " * (n // 37),
    "a demonym before a long blank": lambda n: "in Russian" + " " * n + "x",
    "bodies of demonyms": lambda n: "Confederation of British Industry " * (n // 34),
    "parties without their country": lambda n: "Republicans and Democrats of the " * (n // 33),
    "a long run of capitalised words": lambda n: "Alpha Beta " * (n // 11),
    "names joined by and": lambda n: "Anna Bell and Cole Dee and " * (n // 27),
    "possessives in a run of names": lambda n: "Anna Bell's Cole " * (n // 17),
    "one long word in CamelCase": lambda n: "Ab" * (n // 2),
    "shouted text": lambda n: "WE ARE THE PEOPLE " * (n // 18),
    "titles of bodies": lambda n: "Secretary of the Council of Foreign Ministers " * (n // 46),
    "places inside company names": lambda n: "Japan Alpha Beta Gamma Airlines " * (n // 32),
    "banks and airlines of places": lambda n: "Big Bank of Japan Air China Air " * (n // 32),
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_mention_finding_time_grows_linearly(name):
    def run(n: int) -> None:
        documents = pd.DataFrame({"doc_id": ["d"], "text": [TEXTS[name](n)]})
        find_mentions(documents)
        mentions_cli_rows(documents, include_unknown=True)

    small, large = (cpu_seconds(lambda n=n: run(n)) for n in (40_000, 160_000))
    # four times the text: well under sixteen times the time (quadratic), with room for noise
    assert large < max(8 * small, 0.5), (name, small, large)
