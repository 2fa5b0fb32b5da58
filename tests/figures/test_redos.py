"""Untrusted text cannot stall ``extract_figures`` (issue 6, "Done when").

Inputs built to make regular expressions backtrack are read in time linear in their length:
doubling the input (0.5 MB -> 1 MB) costs less than three times as much, and 1 MB takes less than
a generous 60 s of CPU time (a backtracking blow-up takes hours). CPU time
(``time.process_time``) keeps the bounds honest on a busy machine. The densest input, "1,"
repeated (500,000 numbers in 1 MB), took 9 to 12 s on the development machine in October; the
rules added since cost about 50 us a figure, and the machine's speed varies by 20% or more from
day to day: 25 to 27 s on 2026-12-07 (100,000 figures: 4.5 s with the code of e424c43, 5.6 s
with b145b47, the same hour). The bound was 10 s, then 20 s; the figures table itself stops
reading a document past its limit of figures (``figures.MAX_FIGURES_PER_DOCUMENT``).
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis.figures import figures
from analysis.quantities import extract_figures
from tests.conftest import doubled_seconds

MB = 1_000_000


def _noise(n: int) -> str:
    rng = random.Random(6)
    return "".join(rng.choice("0123456789-. ") for _ in range(n))


ADVERSARIAL = {
    "digits, dashes, dots and spaces": _noise,
    "one run of digits": lambda n: "1" * n,
    "digits and commas": lambda n: "1," * (n // 2),
    "dashes and spaces": lambda n: "- " * (n // 2),
    "dollar signs": lambda n: "$" * n,
    "between between": lambda n: "between " * (n // 8),
    "hyphenated number words": lambda n: "twenty-" * (n // 7),
    "number words and 'and'": lambda n: "one hundred and " * (n // 16),
    "ranges without end": lambda n: "1-2-3 to 4 and " * (n // 15),
    "percent signs": lambda n: "5% " * (n // 3),
    "dots and digits": lambda n: "1." * (n // 2),
    "no line break, list markers": lambda n: "1. " * (n // 3),
    "ratios": lambda n: "1 in " * (n // 5),
    "feet and inches": lambda n: "5 feet 2 " * (n // 9),
    "from ... to": lambda n: "from 1 to " * (n // 10),
    # the seventh review's rules: tenors, contests, multiples, occasions, named counts,
    # metres or million, codes and race times
    "tenors": lambda n: "the 10-year U.S. Treasury note and a 52-week high " * (n // 50),
    "contests": lambda n: "Biden trails Trump 43% to 45% among voters, " * (n // 44),
    "verbs that multiply": lambda n: "output doubled and profit nearly tripled " * (n // 41),
    "times": lambda n: "they met 5 times and raised rates 11 times " * (n // 43),
    "named counts": lambda n: "sent 18 Leopard 2A6 main battle tanks and " * (n // 41),
    "metres or million": lambda n: "a 8,849m summit, a depth of 3.8m, 1,200 m " * (n // 42),
    "codes and times": lambda n: "quote 45-7781-X and 2:00:35 and a 3-for-1 " * (n // 42),
    # the eighth review's rules: a span "over" after a phrasal verb, negative range ends, a
    # rate after a formula, crowds, and a number forecasters expected
    "phased in over": lambda n: "phased in over 18 months in over " * (n // 33),
    "negative ends": lambda n: "between -3C and -8C to -5 to minus 4 - -" * (n // 40),
    "rates after a formula": lambda n: "5 tonnes of CO2 CO2-e H2 a " * (n // 27),
    "crowds": lambda n: "thousands marched, 300 took to the streets " * (n // 43),
    "forecast counts": lambda n: "added 5 jobs, than the 4 economists had expected " * (n // 49),
    "crowds named before": lambda n: "a crowd of about 7 infected 4 audience of " * (n // 42),
    "league points": lambda n: "the team is 12 points behind in the table, " * (n // 43),
    "battery charge": lambda n: "a 5,000mAh and 4 mAh battery " * (n // 29),
    "rates after an amount": lambda n: "90 rubles to the dollar 5 yen per euro area " * (n // 44),
    "reference years": lambda n: "below 1990 levels in 2015 dollars 2000 euros " * (n // 45),
    "tallies of shares": lambda n: "passed 68 to 32 percent 5 to 4 to 3% " * (n // 37),
    "periods after rates": lambda n: "$5 per child per month a day a year " * (n // 36),
    "tallies of votes": lambda n: "by 228 votes to 206 votes to 5 votes against " * (n // 45),
    # the rules of test_news_sentences.py
    "phone numbers": lambda n: "+7 (495) 1 " * (n // 11),
    "decimal commas": lambda n: "12,8 " * (n // 5),
    "rates after what is measured": lambda n: "5 tonnes of gas of " * (n // 19),
    "changes in other terms": lambda n: "rose 5%, or 6%, or " * (n // 19),
    "counts as adjectives": lambda n: "14-member 2-" * (n // 12),
    "a change to a level": lambda n: "fell 2 kb/d to 102 mb/d to " * (n // 27),
}


@pytest.mark.slow
@pytest.mark.parametrize("build", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_linear_time(build):
    half, full = doubled_seconds(
        lambda: extract_figures(build(MB // 2)), lambda: extract_figures(build(MB))
    )
    assert full < 60.0, f"1 MB took {full:.1f} s"
    assert full < 3 * max(half, 0.05), f"0.5 MB {half:.2f} s, 1 MB {full:.2f} s"


def _trade_sentence(n: int) -> str:
    """One sentence of ``n`` characters, many trade figures and actors in it, no full stop."""
    clause = "Russia exported 5 bcm of gas to China and Japan, while India imports 3% of oil, "
    return clause * (n // len(clause))


@pytest.mark.slow
def test_a_sentence_of_many_trade_figures_is_read_in_linear_time():
    """The sources, recipients and outlook of each figure are read near it, not across the
    whole sentence (a hostile "sentence" of thousands of words)."""

    def run(n: int) -> int:
        return len(figures(pd.DataFrame({"doc_id": ["d"], "text": [_trade_sentence(n)]})))

    assert run(100_000) > 2000
    half, full = doubled_seconds(lambda: run(100_000), lambda: run(200_000))
    assert full < 3 * max(half, 0.05), f"100 kB {half:.2f} s, 200 kB {full:.2f} s"
