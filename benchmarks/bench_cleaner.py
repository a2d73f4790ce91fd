"""The scraped-text cleaner on a megabyte of text, against a plain read of the same text.

Input: AllSides articles (`corpus.py`) joined until about 1 MB, each followed by page debris of
the kinds the cleaner removes (share buttons, newsletter prompts, related headlines). Baseline:
one pass that splits the text into lines and words with the standard library, what any reader
of the text must at least do. Ours: `clean_scraped_text` on the same text. Rounds alternate the
two in one process; the median round is reported, as a ratio.

    cd benchmarks && ../.venv/bin/python bench_cleaner.py [--megabytes 1] [--rounds 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

from corpus import CORPUS, load_articles

from crossroads.extract.text import clean_scraped_text

DEBRIS = (
    "Share this article",
    "Sign up for our newsletter",
    "Advertisement",
    "Related: Markets rally as talks resume",
    "Read more",
    "© 2024 All rights reserved",
)
WORD = re.compile(r"\w+")


def scraped_text(megabytes: float) -> str:
    """Articles with debris after each, until the text holds `megabytes` of characters."""
    pages: list[str] = []
    size = 0
    for text, _ in load_articles(CORPUS, limit=5000):
        page = text + "\n\n" + "\n".join(DEBRIS)
        pages.append(page)
        size += len(page)
        if size >= megabytes * 1_000_000:
            break
    return "\n\n".join(pages)


def plain_read(text: str) -> int:
    return sum(len(WORD.findall(line)) for line in text.splitlines())


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    text = scraped_text(args.megabytes)
    clean_scraped_text(text[:5000])  # the debris lexicon loads once, not timed
    baseline, ours = [], []
    for _ in range(args.rounds):
        baseline.append(timed(lambda: plain_read(text)))
        ours.append(timed(lambda: clean_scraped_text(text)))
    base, mine = statistics.median(baseline), statistics.median(ours)
    print(f"{len(text) / 1e6:.2f} MB of scraped text, {args.rounds} rounds (median)")
    print(f"plain read {base:.3f} s | clean_scraped_text {mine:.3f} s | ratio {mine / base:.1f}x")


if __name__ == "__main__":
    main()
