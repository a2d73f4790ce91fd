"""How fast mentions resolve: spaCy entities of news articles through `resolve_mention`.

Takes the GPE/NORP/ORG/PERSON/LOC/FAC entities that spaCy finds in the first N articles of the
AllSides corpus (and their dates), then times `resolve_mention` over them against a baseline:
a plain dict lookup of the same strings (what any resolver costs at least). Also times
`find_actors` over whole article texts and the gazetteer's cold build. Figures go to stdout.

Times are CPU seconds of this process (best of `--repeat`), so other jobs on a shared machine
do not skew them; `--texts-only` skips spaCy and times `find_actors` alone.

    .venv/bin/python benchmarks/bench_actors.py [--articles 200] [--repeat 3] [--texts-only]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from corpus import add_corpus_arguments, load_articles, require_corpus

LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}


def entities(articles: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    from crossroads.nlp.pipeline import load_nlp

    nlp = load_nlp()
    found: list[tuple[str, str | None]] = []
    for doc, (_, date) in zip(nlp.pipe(t for t, _ in articles), articles, strict=True):
        found.extend((ent.text, date) for ent in doc.ents if ent.label_ in LABELS)
    return found


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_corpus_arguments(parser, articles=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts-only", action="store_true", help="time find_actors only")
    args = parser.parse_args()
    require_corpus(args.corpus)

    start = time.perf_counter()
    from crossroads.actors import default_gazetteer

    gaz = default_gazetteer()
    cold = time.perf_counter() - start

    articles = load_articles(args.corpus, args.articles, skip_empty=False)
    print(f"gazetteer: {sum(len(v) for v in gaz.phrases.values())} entries, build {cold:.3f} s")
    time_texts(articles, args.repeat)
    if not args.texts_only:
        time_mentions(entities(articles), args.repeat)


def time_texts(articles: list[tuple[str, str | None]], repeat: int) -> None:
    from crossroads.actors import find_actors

    texts = best_of(repeat, lambda: [find_actors(t, date=d) for t, d in articles])
    chars = sum(len(t) for t, _ in articles)
    print(
        f"find_actors on whole articles: {len(articles) / texts:,.0f} articles/s, "
        f"{chars / texts / 1e6:.2f} M chars/s ({len(articles)} articles)"
    )


def time_mentions(mentions: list[tuple[str, str | None]], repeat: int) -> None:
    from crossroads.actors import resolve_mention

    table = {m.lower(): m for m, _ in mentions}

    resolver = best_of(repeat, lambda: [resolve_mention(m, date=d) for m, d in mentions])
    baseline = best_of(repeat, lambda: [table.get(m.lower()) for m, _ in mentions])
    resolved = sum(resolve_mention(m, date=d) is not None for m, d in mentions)
    print(f"mentions: {len(mentions)} spaCy entities")
    print(f"resolved to an actor: {resolved / len(mentions):.1%}")
    print(
        f"resolve_mention: {len(mentions) / resolver:,.0f} mentions/s "
        f"({resolver / len(mentions) * 1e6:.1f} µs each)"
    )
    print(
        f"dict lookup baseline: {len(mentions) / baseline:,.0f} mentions/s "
        f"({baseline / len(mentions) * 1e6:.2f} µs each)"
    )
    print(f"ratio resolver/baseline time: {resolver / baseline:.0f}x")


if __name__ == "__main__":
    main()
