"""The evaluation data the benchmarks read from `../shared/data`, loaded one way for all.

The AllSides corpus (`corpora/allsides_intl/articles.jsonl`, one article a line with its
`content` and `date`) feeds the parse, statement, event, actor and pipeline benchmarks; one
loader keeps them reading the same first N articles.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPUS = SHARED / "corpora" / "allsides_intl" / "articles.jsonl"


def load_articles(
    path: Path = CORPUS, limit: int = 200, *, skip_empty: bool = True
) -> list[tuple[str, str | None]]:
    """The first `limit` articles as (text, date), the date None where the corpus has none.

    `skip_empty=False` keeps articles without content (as empty texts), so that a benchmark
    counts the same lines of the file whatever they hold.
    """
    articles: list[tuple[str, str | None]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("content") or not skip_empty:
                articles.append((record.get("content") or "", record.get("date") or None))
            if len(articles) >= limit:
                break
    return articles


def add_corpus_arguments(parser: argparse.ArgumentParser, *, articles: int) -> None:
    """`--articles N` (how many of the first articles) and `--corpus PATH`, as every
    corpus benchmark takes them."""
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--corpus", type=Path, default=CORPUS)


def require_corpus(path: Path) -> None:
    """Stop with a clear message, before any model loads, when the corpus is not there."""
    if not path.exists():
        raise SystemExit(f"corpus not found: {path} (../shared/data is absent)")
