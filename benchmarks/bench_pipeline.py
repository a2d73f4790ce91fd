"""The whole pipeline against its irreducible core, in the same process.

Baseline: trafilatura (`bare_extraction` with metadata) on each HTML page, then the spaCy parse
of the extracted texts with `nlp.pipe` of the bare model (the pinned package as spaCy loads it,
without crossroads' own components: contractions, paragraph starts, parse repairs) — what any
pipeline on these pages must at least do.
Ours: `run_local` from the files to a fresh DuckDB store: reading, decoding, extraction with
dates and related headlines, language, parse, statements, actors, events, tone, near-duplicate
signatures and the batched writes. Rounds alternate the two, the median round is reported.

    .venv/bin/python benchmarks/bench_pipeline.py [--pages 120] [--rounds 3] [--workers 2]

Also runs the AllSides text corpus (pre-tokenised plain text in JSONL): baseline is the parse
alone, ours is `run_local` on the JSONL file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from corpus import CORPUS, SHARED, load_articles
from spacy.language import Language
from trafilatura import bare_extraction

from crossroads.nlp import MODEL_PACKAGE, load_nlp
from crossroads.nlp.pipeline import BATCH_SIZE, UNUSED_COMPONENTS
from crossroads.runners import RunOptions, run_local

_BARE: list[Language] = []


def bare_parse(texts: list[str]) -> None:
    """The parse alone: the model as spaCy ships it, batched as crossroads batches."""
    if not _BARE:
        _BARE.append(spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS)))
    for _ in _BARE[0].pipe(texts, batch_size=BATCH_SIZE):
        pass


def html_pages(limit: int) -> list[bytes]:
    files = sorted((SHARED / "extraction" / "html").glob("*.html.gz"))[:limit]
    return [gzip.decompress(path.read_bytes()) for path in files]


def allsides_texts(limit: int) -> list[str]:
    """The first `limit` non-empty AllSides articles, text only (the pipeline dates nothing)."""
    return [text for text, _ in load_articles(CORPUS, limit)]


def baseline_html(pages: list[bytes]) -> None:
    texts = []
    for page in pages:
        document = bare_extraction(page.decode("utf-8", "replace"), with_metadata=True)
        texts.append(document.text if document is not None and document.text else "")
    bare_parse(texts)


def baseline_text(texts: list[str]) -> None:
    bare_parse(texts)


def ours(inputs: Path, *, workers: int = 1) -> None:
    with tempfile.TemporaryDirectory() as folder:
        options = RunOptions(db_path=Path(folder) / "bench.duckdb", workers=workers)
        summary = run_local([str(inputs)], options)
    assert summary.stored > 0, summary


def timed(work: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def compare(
    name: str, baseline: Callable[[], None], pipeline: Callable[[], None], rounds: int
) -> None:
    base, mine = [], []
    for round_ in range(rounds):
        order = [(base, baseline), (mine, pipeline)]
        for store, work in order if round_ % 2 == 0 else reversed(order):
            store.append(timed(work))
    base_wall, base_cpu = (statistics.median(x) for x in zip(*base, strict=True))
    mine_wall, mine_cpu = (statistics.median(x) for x in zip(*mine, strict=True))
    print(
        f"{name}: baseline {base_wall:.2f}s wall {base_cpu:.2f}s CPU | "
        f"crossroads {mine_wall:.2f}s wall {mine_cpu:.2f}s CPU | "
        f"ratio {mine_wall / base_wall:.2f}x wall, {mine_cpu / base_cpu:.2f}x CPU"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--workers", type=int, default=0, help="Also compare run_local with N worker processes."
    )
    args = parser.parse_args()
    load_nlp()
    bare_parse(["Warm up."])
    with tempfile.TemporaryDirectory() as folder:
        pages = html_pages(args.pages)
        html_dir = Path(folder) / "html"
        html_dir.mkdir()
        for index, page in enumerate(pages):
            (html_dir / f"{index:04d}.html").write_bytes(page)
        texts = allsides_texts(args.articles)
        jsonl = Path(folder) / "allsides.jsonl"
        jsonl.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        ours(html_dir)  # warm caches (gazetteer, lexicons) outside the timed rounds
        print(f"{len(pages)} HTML pages, {len(texts)} AllSides articles, {args.rounds} rounds")
        compare("HTML pages", lambda: baseline_html(pages), lambda: ours(html_dir), args.rounds)
        compare("AllSides text", lambda: baseline_text(texts), lambda: ours(jsonl), args.rounds)
        if args.workers > 1:
            compare(
                f"AllSides text, {args.workers} workers vs 1 (baseline = crossroads, 1 process)",
                lambda: ours(jsonl),
                lambda: ours(jsonl, workers=args.workers),
                args.rounds,
            )


if __name__ == "__main__":
    main()
