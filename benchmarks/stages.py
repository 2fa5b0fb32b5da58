"""One benchmark stage in this process: ``python -m benchmarks.stages STAGE --corpus PATH``.

Each stage runs in a fresh process so that its peak resident memory is its own. It prints one
JSON object: stage, seconds (the stage alone, loading excluded but for ``load`` and ``end_to_end``),
documents, megabytes of article text, peak_rss_mb (this process) and worker_peak_rss_mb (its
largest worker process, for ``end_to_end``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable

import pandas as pd

from analysis.corpus import read_corpus


def _documents(path: str, sample: int | None) -> pd.DataFrame:
    documents = read_corpus(path).documents
    return documents.head(sample) if sample else documents


def _tokenise(documents: pd.DataFrame) -> int:
    """Sentences, then ``text.tokenize`` on each: one ``Token`` (offsets, norm, kind) per token,
    as ``token_table`` and the concordances use them. The term counts do not go this way: they
    tokenise each distinct whitespace chunk once (see ``analysis.terms``)."""
    from analysis.text import split_sentences, tokenize

    return sum(len(tokenize(t, s, e)) for t in documents["text"] for s, e in split_sentences(t))


def _terms(documents: pd.DataFrame) -> int:
    """Unigram and bigram tables from one scan, as the pipeline counts them."""
    from analysis import terms

    unigrams, bigrams = terms.term_tables(documents)
    return len(unigrams) + len(bigrams)


def _actors(documents: pd.DataFrame) -> int:
    from analysis import actors

    return len(actors.find_mentions(documents))


def _context(documents: pd.DataFrame):
    from analysis import actors, text

    sentences = text.sentence_table(documents)
    return sentences, actors.find_mentions(documents, sentences=sentences)


def _quotes(documents: pd.DataFrame, context) -> int:
    """Quotes, and the speaking turns of transcripts."""
    from analysis import quotes

    sentences, mentions = context
    found = quotes.find_quotes(documents, mentions=mentions, sentences=sentences)
    return len(found) + len(quotes.find_turns(documents, mentions=mentions))


def _figures(documents: pd.DataFrame, context) -> int:
    from analysis import figures

    sentences, mentions = context
    return len(figures.figures(documents, mentions=mentions, sentences=sentences))


def _baseline(documents: pd.DataFrame) -> int:
    """The usual route: NLTK's word_tokenize (untrained Punkt + NLTKWordTokenizer) and FreqDist."""
    from nltk import FreqDist
    from nltk.tokenize import NLTKWordTokenizer, PunktSentenceTokenizer

    sentences, words = PunktSentenceTokenizer(), NLTKWordTokenizer()
    freq = FreqDist()
    for text in documents["text"]:
        for sentence in sentences.tokenize(text):
            freq.update(w.lower() for w in words.tokenize(sentence))
    return freq.B()


STAGES: dict[str, Callable] = {
    "tokenise": _tokenise,
    "terms": _terms,
    "actors": _actors,
    "baseline": _baseline,
}
WITH_CONTEXT: dict[str, Callable] = {"quotes": _quotes, "figures": _figures}
ALL = ["load", "tokenise", "terms", "actors", "quotes", "figures", "end_to_end", "baseline"]


def run(stage: str, path: str, sample: int | None, workers: int | None) -> dict:
    """Time one stage; returns the measurements."""
    if stage == "load":
        started = time.perf_counter()
        documents = _documents(path, sample)
        seconds, items = time.perf_counter() - started, len(documents)
    elif stage == "end_to_end":
        from analysis import tables

        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as out:
            source = path
            if sample:
                source = f"{out}/sample.parquet"
                _documents(path, sample)[
                    ["doc_id", "title", "lead", "body", "published"]
                ].to_parquet(source)
                started = time.perf_counter()
            written = tables.write_tables(source, f"{out}/tables", use_cache=False, workers=workers)
        seconds, items = time.perf_counter() - started, len(written)
        documents = _documents(path, sample)
    else:
        documents = _documents(path, sample)
        context = _context(documents) if stage in WITH_CONTEXT else None
        started = time.perf_counter()
        if context is not None:
            items = WITH_CONTEXT[stage](documents, context)
        else:
            items = STAGES[stage](documents)
        seconds = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in documents["text"]) / 1e6
    return {
        "stage": stage,
        "seconds": round(seconds, 4),
        "documents": len(documents),
        "megabytes": round(megabytes, 3),
        "items": int(items),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # the largest worker process (end_to_end forks one per core; 0 for the other stages)
        "worker_peak_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stage", choices=ALL)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--sample", type=int, help="only the first N documents")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.stage, args.corpus, args.sample, args.workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
