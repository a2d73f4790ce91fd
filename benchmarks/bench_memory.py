"""Memory does not grow with the corpus: peak RSS of `crossroads process` on N and 4N articles.

Each run is a fresh `crossroads process` subprocess on a JSONL file of the first N AllSides
articles into a fresh store; its peak resident memory comes from the kernel (`ru_maxrss` of the
finished child). The runner streams documents in batches, so the peak should be set by the
model and one batch, not by how many articles pass through.

    .venv/bin/python benchmarks/bench_memory.py [--articles 100] [--factor 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import load_articles


def peak_rss_mb(jsonl: Path, folder: Path) -> float:
    """Peak RSS in MB of one `crossroads process` run (a fresh child process)."""
    command = [sys.executable, "-c", _CHILD, str(jsonl), str(folder / "mem.duckdb")]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(output.strip().splitlines()[-1])


_CHILD = """
import resource, sys
from pathlib import Path
from crossroads.runners import RunOptions, run_local
run_local([sys.argv[1]], RunOptions(db_path=Path(sys.argv[2])))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def write_jsonl(texts: list[str], path: Path) -> None:
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--factor", type=int, default=4)
    args = parser.parse_args()
    texts = [text for text, _ in load_articles(limit=args.articles * args.factor)]
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small.jsonl", Path(folder) / "large.jsonl"
        write_jsonl(texts[: args.articles], small)
        write_jsonl(texts, large)
        peaks = []
        for path in (small, large):
            os.makedirs(Path(folder) / path.stem, exist_ok=True)
            peaks.append(peak_rss_mb(path, Path(folder) / path.stem))
    print(f"{args.articles} articles: peak RSS {peaks[0]:.0f} MB")
    print(f"{len(texts)} articles: peak RSS {peaks[1]:.0f} MB")
    print(f"ratio {peaks[1] / peaks[0]:.2f}x for {len(texts) / args.articles:.0f}x the articles")


if __name__ == "__main__":
    main()
