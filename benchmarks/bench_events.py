"""How fast the event stage is, and what it costs next to the spaCy parse it reads.

Parses a sample of AllSides articles once with `parse_texts` (batched `nlp.pipe`, timed), runs
`extract_statements` on them (not timed: it is the attribution stage's cost), then times
`code_events` on the same Docs, twice: as the pipeline calls it (the actors layer's
`find_actors` over the article included), and with the actor mentions found beforehand (the
coder's own rules only). Figures: events per second, articles per second, and the event
stage's share of the parse time. With `--verbs FILE` it times the pipeline's call once more
with that user verb dictionary active, and gives the ratio to the run without it.

    .venv/bin/python benchmarks/bench_events.py [--articles 200] [--verbs FILE]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path
from typing import Any

from corpus import add_corpus_arguments, load_articles, require_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser, articles=200)
    parser.add_argument("--verbs", type=Path, action="append", default=[])
    args = parser.parse_args()
    require_corpus(args.corpus)

    from crossroads.actors import find_actors
    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.nlp import load_nlp, parse_texts

    articles = load_articles(args.corpus, args.articles)
    load_nlp()
    start = time.perf_counter()
    docs = list(parse_texts(text for text, _ in articles))
    parse_s = time.perf_counter() - start
    statements = [
        extract_statements(d, published=date) for d, (_, date) in zip(docs, articles, strict=True)
    ]
    code_events(docs[0], statements[0])  # warm the rule files and the gazetteer

    start = time.perf_counter()
    coded = [
        code_events(d, s, published=date)
        for d, s, (_, date) in zip(docs, statements, articles, strict=True)
    ]
    full_s = time.perf_counter() - start

    mentions = [find_actors(d.text, date=date) for d, (_, date) in zip(docs, articles, strict=True)]
    start = time.perf_counter()
    for d, s, m in zip(docs, statements, mentions, strict=True):
        code_events(d, s, finder=lambda _text, m=m: m)
    rules_s = time.perf_counter() - start

    events = sum(len(e) for e in coded)
    words = sum(len(d) for d in docs)
    types = Counter(e.type for evs in coded for e in evs)
    said = sum(1 for evs in coded for e in evs if e.statement is not None)
    flagged = sum(1 for evs in coded for e in evs if e.negated or e.hypothetical)
    print(f"articles: {len(docs)}, tokens: {words}")
    print(f"parse (nlp.pipe): {parse_s:.2f} s ({words / parse_s:,.0f} tokens/s)")
    print(
        f"code_events with find_actors: {full_s:.2f} s ({len(docs) / full_s:.1f} articles/s, "
        f"{events / full_s:.1f} events/s), share of parse {full_s / parse_s:.1%}"
    )
    print(
        f"code_events rules only: {rules_s:.2f} s ({len(docs) / rules_s:.1f} articles/s, "
        f"{events / rules_s:.1f} events/s), share of parse {rules_s / parse_s:.1%}"
    )
    print(
        f"events: {events} ({events / len(docs):.2f}/article), said: {said}, "
        f"negated or hypothetical: {flagged}"
    )
    print("types:", dict(types.most_common()))
    if args.verbs:
        _time_with_verbs(args.verbs, docs, statements, articles, full_s)


def _time_with_verbs(
    verbs: list[Path], docs: list[Any], statements: list[Any], articles: Any, plain_s: float
) -> None:
    """The pipeline's call again with a user verb dictionary, against the same call without."""
    from crossroads.events import code_events
    from crossroads.events.verb_dictionary import load_verb_dictionary, use_verb_dictionary

    start = time.perf_counter()
    use_verb_dictionary(load_verb_dictionary(verbs))
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    coded = [
        code_events(d, s, published=date)
        for d, s, (_, date) in zip(docs, statements, articles, strict=True)
    ]
    verbs_s = time.perf_counter() - start
    use_verb_dictionary(None)
    events = sum(len(e) for e in coded)
    names = ", ".join(p.name for p in verbs)
    print(
        f"with --verbs {names}: loaded in {load_s:.2f} s; code_events {verbs_s:.2f} s "
        f"({events} events), {verbs_s / plain_s:.2f}x the run without"
    )


if __name__ == "__main__":
    main()
