"""How fast mentions resolve: spaCy entities of news articles through `resolve_mention`.

Takes the GPE/NORP/ORG/PERSON/LOC/FAC entities that spaCy finds in the first N articles of the
AllSides corpus (and their dates), then times `resolve_mention` over them against a baseline:
a plain dict lookup of the same strings (what any resolver costs at least). Also times
`find_actors` over whole article texts and the gazetteer's cold build. Figures go to stdout.

    .venv/bin/python benchmarks/bench_actors.py [--articles 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/allsides_intl/articles.jsonl"
LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}


def load_articles(path: Path, limit: int) -> list[tuple[str, str | None]]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.append((record.get("content") or "", record.get("date") or None))
            if len(articles) >= limit:
                break
    return articles


def entities(articles: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    from crossroads.nlp.pipeline import load_nlp

    nlp = load_nlp()
    found = []
    for doc, (_, date) in zip(nlp.pipe(t for t, _ in articles), articles, strict=True):
        found.extend((ent.text, date) for ent in doc.ents if ent.label_ in LABELS)
    return found


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (needs ../shared/data)")

    start = time.perf_counter()
    from crossroads.actors import default_gazetteer, find_actors, resolve_mention

    gaz = default_gazetteer()
    cold = time.perf_counter() - start

    articles = load_articles(args.corpus, args.articles)
    mentions = entities(articles)
    table = {m.lower(): m for m, _ in mentions}

    resolver = best_of(args.repeat, lambda: [resolve_mention(m, date=d) for m, d in mentions])
    baseline = best_of(args.repeat, lambda: [table.get(m.lower()) for m, _ in mentions])
    texts = best_of(args.repeat, lambda: [find_actors(t, date=d) for t, d in articles])
    resolved = sum(resolve_mention(m, date=d) is not None for m, d in mentions)
    chars = sum(len(t) for t, _ in articles)

    print(
        f"gazetteer: {sum(len(v) for v in gaz.phrases.values())} entries, import+build {cold:.3f} s"
    )
    print(f"mentions: {len(mentions)} spaCy entities of {len(articles)} articles")
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
    print(
        f"find_actors on whole articles: {len(articles) / texts:,.0f} articles/s, "
        f"{chars / texts / 1e6:.2f} M chars/s"
    )


if __name__ == "__main__":
    main()
