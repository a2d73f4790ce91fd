"""Pages per second of crossroads' HTML extraction against bare trafilatura, on the same pages.

    .venv/bin/python benchmarks/bench_extraction.py --data ../shared/data/extraction --rounds 5

Every round runs each system over all pages; the order of the systems rotates from round to
round so that none always runs on a warm (or a cold) cache, and the median round is reported.
CPU time of this process is measured next to wall time: the machine is shared, and CPU time is
less disturbed by other people's jobs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from crossroads.eval.extraction import iter_extraction_set
from crossroads.extract.html import extract_html

Page = tuple[str, str]
System = Callable[[str, str], object]

SYSTEMS: dict[str, System] = {
    "crossroads extract_html": lambda html, url: extract_html(html, url=url),
    "trafilatura bare_extraction+metadata": lambda html, url: trafilatura.bare_extraction(
        html, url=url, with_metadata=True
    ),
    "trafilatura extract": lambda html, url: trafilatura.extract(html, url=url),
}
BASELINE = "trafilatura bare_extraction+metadata"
OURS = "crossroads extract_html"


def time_system(system: System, pages: list[Page]) -> tuple[float, float]:
    """Wall and CPU seconds to extract every page once."""
    wall, cpu = time.perf_counter(), time.process_time()
    for html, url in pages:
        system(html, url)
    return time.perf_counter() - wall, time.process_time() - cpu


def run_rounds(pages: list[Page], *, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Timings of every system in every round, the systems' order rotating each round."""
    names = list(SYSTEMS)
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for round_index in range(rounds):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            timings[name].append(time_system(SYSTEMS[name], pages))
    return timings


def report(timings: dict[str, list[tuple[float, float]]], *, pages: int) -> str:
    """Median pages/s (wall and CPU) per system and our ratio to each baseline."""
    rates = {
        name: (
            pages / statistics.median(t[0] for t in rounds),
            pages / statistics.median(t[1] for t in rounds),
        )
        for name, rounds in timings.items()
    }
    lines = [f"{pages} pages, {len(next(iter(timings.values())))} rounds (median round)"]
    for name, (wall, cpu) in rates.items():
        lines.append(f"{name:<38} {wall:7.1f} pages/s wall  {cpu:7.1f} pages/s CPU")
    for name in rates:
        if name != OURS:
            wall = rates[OURS][0] / rates[name][0]
            cpu = rates[OURS][1] / rates[name][1]
            lines.append(f"ratio crossroads / {name}: {wall:.2f}x wall, {cpu:.2f}x CPU")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    pages = [(page.html, page.url) for page in iter_extraction_set(args.data)][: args.limit]
    for html, url in pages[:5]:  # warm imports and caches before anything is timed
        for system in SYSTEMS.values():
            system(html, url)
    print(report(run_rounds(pages, rounds=args.rounds), pages=len(pages)))


if __name__ == "__main__":
    main()
