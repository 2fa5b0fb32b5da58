"""How tokens become terms: the options of every term table, checked once, and the stemmer.

The rules the options switch are stated in ``analysis.terms``; every step of the counting
reads them from one ``TermOptions``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.text import stopwords as default_stopwords

WORD_KINDS = frozenset({"word", "abbrev", "number", "time"})


class TermsError(ValueError):
    """An option or a column the analysis cannot use (named in the message)."""


# --- options ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermOptions:
    """How tokens become terms (see the module docstring).

    Attributes:
        ngram: 1, 2 or 3.
        lowercase: use the token's lower-cased ``norm`` (else the text as written).
        stopwords: ``True`` for the shipped list, ``False`` for none, or a set of words.
        punctuation: keep punctuation tokens as terms.
        numbers: keep numbers and clock times as terms.
        stem: ``None``, ``"porter"`` or ``"snowball"`` (English).
    """

    ngram: int = 1
    lowercase: bool = True
    stopwords: bool | frozenset[str] = True
    punctuation: bool = False
    numbers: bool = False
    stem: str | None = None

    def __post_init__(self) -> None:
        if self.ngram not in (1, 2, 3):
            raise TermsError(f"ngram={self.ngram!r}: use 1, 2 or 3")
        if self.stem not in (None, "porter", "snowball"):
            raise TermsError(f"stem={self.stem!r}: use None, 'porter' or 'snowball'")
        if not isinstance(self.stopwords, bool):
            words = frozenset(w.lower() for w in self.stopwords)
            object.__setattr__(self, "stopwords", words)

    @property
    def stop_set(self) -> frozenset[str]:
        if self.stopwords is True:
            return default_stopwords()
        if self.stopwords is False:
            return frozenset()
        return self.stopwords


def _options(options: dict) -> TermOptions:
    unknown = set(options) - set(TermOptions.__dataclass_fields__)
    if unknown:
        raise TermsError(f"unknown term option(s): {', '.join(sorted(unknown))}")
    return TermOptions(**options)


@lru_cache(maxsize=2)
def _stemmer(name: str):
    from nltk.stem import PorterStemmer, SnowballStemmer

    return PorterStemmer() if name == "porter" else SnowballStemmer("english")
