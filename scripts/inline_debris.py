"""What the cleaner's `inline` debris rows cut on AllSides, and what that changes in the events.

Counts the matches of the `inline` rows in the corpus's `content`, then codes the cleaned text of
every article with a match twice, with and without the rows, and prints the event counts and a
sample of the events that went (docs/cleaning.md, "Pop-up cards inside a sentence").

    .venv/bin/python scripts/inline_debris.py [--sample 20]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
from pathlib import Path

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.extract.text import DebrisLexicon, clean_scraped_text, default_lexicon
from crossroads.nlp import parse_texts

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpora/allsides_intl/articles.jsonl"


def events_of(articles: list[tuple[str, str | None]], lexicon: DebrisLexicon) -> list[set[str]]:
    texts = [clean_scraped_text(text, lexicon=lexicon).text for text, _ in articles]
    coded = []
    for (_, date), doc in zip(articles, parse_texts(texts), strict=True):
        events = code_events(doc, extract_statements(doc, published=date), published=date)
        coded.append(
            {
                f"{e.type} {e.source.country}->{e.target and e.target.country} | "
                f"{e.evidence.text[:100]}"
                for e in events
            }
        )
    return coded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args()
    lexicon = default_lexicon()
    cuts, articles = 0, []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("content") or ""
            rows = [" ".join(row.split()) for row in text.splitlines()]
            found = sum(len(p.findall(row)) for row in rows for p in lexicon.inline)
            if found:
                cuts += found
                articles.append((text, (record.get("date") or "")[:10] or None))
    print(f"cut {cuts} times in {len(articles)} articles")
    before = events_of(articles, dataclasses.replace(lexicon, inline=()))
    after = events_of(articles, lexicon)
    gone = sorted(e for b, a in zip(before, after, strict=True) for e in b - a)
    print(f"events {sum(map(len, before))} -> {sum(map(len, after))}; {len(gone)} went")
    for event in random.Random(3).sample(gone, min(args.sample, len(gone))):
        print("-", event)


if __name__ == "__main__":
    main()
