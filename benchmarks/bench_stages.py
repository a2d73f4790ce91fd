"""What each NLP stage costs next to the bare spaCy parse, on the same articles, in one process.

Parses a sample of AllSides articles twice, with the bare model (the pinned package without
crossroads' own components) and with `parse_texts` (crossroads' pipeline), then runs the
stages of `pipeline.analyse` article by article, in its order (statements, places, events,
tone), each timed on its own. Every figure is CPU time and a share of the bare parse; the
first article warms the rule files, gazetteers and indexes, so one-time loading is not in
the shares.

    .venv/bin/python benchmarks/bench_stages.py [--articles 200]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from bench_pipeline import bare_parse
from corpus import add_corpus_arguments, load_articles, require_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser, articles=200)
    args = parser.parse_args()
    require_corpus(args.corpus)

    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.geo import find_places
    from crossroads.nlp import load_nlp, parse_texts
    from crossroads.tone import article_tone

    articles = load_articles(args.corpus, args.articles)
    texts = [text for text, _ in articles]
    load_nlp()
    bare_parse(["Warm up."])
    seconds: dict[str, float] = defaultdict(float)

    def timed(stage: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        result = work(*args, **kwargs)
        seconds[stage] += time.process_time() - start
        return result

    timed("bare parse", bare_parse, texts)
    docs = timed("crossroads parse", lambda: list(parse_texts(texts)))
    first = docs[0]
    code_events(first, tuple(extract_statements(first)))  # warm-up, not timed
    list(find_places(first))
    for doc, (_, date) in zip(docs, articles, strict=True):
        statements = timed("statements", extract_statements, doc, published=date)
        timed("places", find_places, doc, published=date)
        timed("events", code_events, doc, statements, published=date)
        timed("tone", article_tone, doc)
    baseline = seconds["bare parse"]
    print(f"{len(docs)} AllSides articles, CPU seconds (share of the bare parse)")
    for stage, spent in seconds.items():
        print(f"  {stage:16} {spent:8.2f} s  {spent / baseline:6.1%}")


if __name__ == "__main__":
    main()
