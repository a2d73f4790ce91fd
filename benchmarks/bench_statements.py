"""How much the statement stage costs next to the spaCy parse it reads.

Parses a sample of AllSides articles once with `parse_texts` (batched `nlp.pipe`, timed), then
times `extract_statements` (quotes, cues, coreference, speaker actors, tone) on the same Docs.
The figure that matters is the share: statement time / parse time (target: under 15%).
The actor look-up cache is cleared first, so the run pays for cold look-ups too.

    .venv/bin/python benchmarks/bench_statements.py [--articles 300]
"""

from __future__ import annotations

import argparse
import time

from corpus import add_corpus_arguments, load_articles, require_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_corpus_arguments(parser, articles=300)
    args = parser.parse_args()
    require_corpus(args.corpus)

    from crossroads.attribution import extract_statements
    from crossroads.attribution.speakers import code_actor
    from crossroads.nlp import load_nlp, parse_texts

    articles = load_articles(args.corpus, args.articles)
    load_nlp()
    extract_statements(load_nlp()("Warm-up: Vera Lund said that it works."))
    code_actor.cache_clear()
    started = time.perf_counter()
    docs = list(parse_texts(text for text, _ in articles))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    total = sum(
        len(extract_statements(doc, published=date))
        for doc, (_, date) in zip(docs, articles, strict=True)
    )
    stage_s = time.perf_counter() - started
    words = sum(len(doc) for doc in docs)
    print(f"articles: {len(docs)}  tokens: {words}  statements: {total}")
    print(f"spaCy parse: {parse_s:.2f} s ({words / parse_s:,.0f} tokens/s)")
    print(f"statement stage: {stage_s:.2f} s ({words / stage_s:,.0f} tokens/s)")
    print(f"share of parse time: {100 * stage_s / parse_s:.1f}%")


if __name__ == "__main__":
    main()
