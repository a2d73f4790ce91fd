"""A/B of two event coders on the same parsed AllSides articles: which events a change adds,
removes or alters.

A rule change is judged by reading every event it changes on real news. Parsing dominates the
cost, so the articles are parsed once into a spaCy DocBin, then each coder codes the same Docs.
The coder is whatever `crossroads` imports: run `code` once in a worktree of the base commit
(or with `PYTHONPATH=<worktree>/src`) and once in the working tree, then `diff` the outputs.

    git worktree add /tmp/base HEAD
    .venv/bin/python scripts/events_ab.py parse --offset 0 --articles 700 --out /tmp/ab/0
    PYTHONPATH=/tmp/base/src .venv/bin/python scripts/events_ab.py code /tmp/ab/0 --out /tmp/a
    .venv/bin/python scripts/events_ab.py code /tmp/ab/0 --out /tmp/b
    .venv/bin/python scripts/events_ab.py diff /tmp/a /tmp/b

`code` takes several parse folders; `diff` prints each changed event (`-` base only, `+` new
only) with its sentence, then the counts. Nothing of the corpus is written into the project:
the outputs go where `--out` says. Run with `PYTHONHASHSEED=0` for stable output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from audit_events import CORPUS, read_articles

from crossroads.model import Actor, Event

DOCS = "docs.spacy"
META = "articles.json"


def parse(offset: int, articles: int, out: Path) -> int:
    """Parse the articles once; their ids and dates go beside the Docs."""
    from spacy.tokens import DocBin

    from crossroads.nlp import parse_texts

    chosen = read_articles(articles, offset=offset)
    docs = DocBin(store_user_data=True)
    for doc in parse_texts(text for _, text, _ in chosen):
        docs.add(doc)
    out.mkdir(parents=True, exist_ok=True)
    docs.to_disk(out / DOCS)
    meta = [(article_id, date) for article_id, _, date in chosen]
    (out / META).write_text(json.dumps(meta), encoding="utf-8")
    return len(chosen)


def code(folders: list[Path], out: Path) -> int:
    """One JSON line per event: article, evidence offset, type, actors, flags, sentence."""
    from spacy.tokens import DocBin

    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.nlp import load_nlp

    vocab = load_nlp().vocab
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for folder in folders:
            meta = json.loads((folder / META).read_text(encoding="utf-8"))
            docs = DocBin().from_disk(folder / DOCS).get_docs(vocab)
            for (article_id, date), doc in zip(meta, docs, strict=True):
                statements = extract_statements(doc, published=date)
                for event in code_events(doc, statements, published=date):
                    handle.write(json.dumps(_row(article_id, event)) + "\n")
                    written += 1
    return written


def _row(article_id: str, event: Event) -> list[object]:
    return [
        article_id,
        event.evidence.start,
        event.type,
        _party(event.source),
        _party(event.target),
        event.negated,
        event.hypothetical,
        event.evidence.text,
    ]


def _party(actor: Actor | None) -> list[str | None] | None:
    return None if actor is None else [actor.country, actor.org, actor.sector]


def _events(path: Path) -> tuple[Counter[str], dict[str, str]]:
    counts: Counter[str] = Counter()
    sentences: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        key = json.dumps(row[:7])
        counts[key] += 1
        sentences[key] = row[7]
    return counts, sentences


def diff(base: Path, new: Path) -> Counter[str]:
    """Print the events only one side codes; return the counts of each side's."""
    before, sentences = _events(base)
    after, more = _events(new)
    sentences.update(more)
    changed: Counter[str] = Counter()
    for key in sorted(set(before) | set(after)):
        if before[key] == after[key]:
            continue
        sign = "-" if before[key] > after[key] else "+"
        changed[sign] += abs(before[key] - after[key])
        print(sign, key, "|", " ".join(sentences[key].split())[:240])
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    parsing = commands.add_parser("parse", help="parse AllSides articles into a folder")
    parsing.add_argument("--offset", type=int, default=0)
    parsing.add_argument("--articles", type=int, default=700)
    parsing.add_argument("--out", type=Path, required=True)
    coding = commands.add_parser("code", help="code parsed folders with this crossroads")
    coding.add_argument("folders", type=Path, nargs="+")
    coding.add_argument("--out", type=Path, required=True)
    diffing = commands.add_parser("diff", help="events one coding has and the other lacks")
    diffing.add_argument("base", type=Path)
    diffing.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "parse":
        if not CORPUS.exists():
            print(f"the AllSides corpus is not at {CORPUS}", file=sys.stderr)
            return 2
        print(f"{parse(args.offset, args.articles, args.out)} articles parsed into {args.out}")
    elif args.command == "code":
        print(f"{code(args.folders, args.out)} events written to {args.out}")
    else:
        changed = diff(args.base, args.new)
        print(f"{changed['-']} events only in {args.base}, {changed['+']} only in {args.new}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
