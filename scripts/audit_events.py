"""A hand audit of the events crossroads codes on real news: how many are right?

The public event sets measure recall and precision on sentences written for coders. Users read
events coded from whole news articles, where most sentences are background, quotes and debris;
the figure they need is the share of coded events that are right there. This script samples
coded events from the AllSides corpus (`../shared/data/corpora/allsides_intl`) and keeps a
person's verdict on each in `audits/events_allsides.tsv` (our judgments, keyed by article id,
evidence offset, type and actors: no text of the corpus is stored).

    .venv/bin/python scripts/audit_events.py sample --articles 300 --n 60 --seed 5
        codes the first ARTICLES articles, draws N events not yet in the audit file, prints each
        with its sentence, and appends them to the file with an empty verdict to fill in
        (`ok`, or `wrong` with a note saying which part is wrong)
    .venv/bin/python scripts/audit_events.py score --articles 300
        codes the same articles again and reports precision over the judged events the coder
        still produces (a changed coder leaves some judged events behind: they are counted
        apart, and newly coded events are not in the figure until sampled and judged)
    .venv/bin/python scripts/audit_events.py sample --articles 300 --draw 60 --seed 11
    .venv/bin/python scripts/audit_events.py score --articles 300 --draw 60 --seed 11
        the unbiased figure for the coder as it is now: a seeded uniform draw of DRAW events
        from everything it codes on those articles (events judged earlier keep their verdict,
        the others are appended to be judged); `score` then gives precision over that draw.
        Events that survive a round of fixes aimed at the judged-wrong ones are not a fair
        sample, which is why a new coder needs a new draw.
    .venv/bin/python scripts/audit_events.py sample --offset 300 --articles 300 --draw 80 --seed 23
    .venv/bin/python scripts/audit_events.py score --offset 300 --articles 300 --draw 80 --seed 23
        the same on articles 300-600 (OFFSET skips the first articles): a second audit drawn
        where no earlier audit looked, so rules fixed on the first draw are tested on text they
        were not written from.
    .venv/bin/python scripts/audit_events.py sample --corpus ungdc --articles 60 --draw 80 --seed 1
        the same on the UN General Debate speeches of 2022-2024
        (`../shared/data/corpora/ungdc_2022_2024`, in session and file-name order, dated the
        20th of September of their year), with verdicts in `audits/events_ungdc.tsv`: another
        genre (states speaking for themselves) that no rule was written from, once AllSides had
        no range left that none was (session 13). Each speech is coded in its state's voice,
        as `crossroads process --voice` codes it (session 14; `--no-voice` codes it without).

An event is `ok` when a careful reader of the sentence would code the same PLOVER type with the
same source and target countries (or organisations), the target left empty only where the
sentence names none, and the negated / hypothetical flags right.

A judge's brief must state the project's documented conventions, or verdicts contest them
(session 9: five of one draw's fifteen type verdicts did): signing an agreement is SUPPORT
(CAMEO 057 in the 2021 CAMEO→PLOVER table), reaching one AGREE; a release of prisoners is
RETREAT (mode `release`); a cooperative act announced, promised or wished for ("will visit",
"is keen to cooperate") is an AGREE of intent and a conflictual one a THREATEN
(docs/events.md, "Modality: PLOVER's conventions").
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crossroads.model import Actor, Event

ROOT = Path(__file__).resolve().parents[1]
CORPORA_DIR = ROOT.parent / "shared" / "data" / "corpora"
CORPUS = CORPORA_DIR / "allsides_intl" / "articles.jsonl"
AUDIT = ROOT / "audits" / "events_allsides.tsv"
UNGDC = CORPORA_DIR / "ungdc_2022_2024"
UNGDC_AUDIT = ROOT / "audits" / "events_ungdc.tsv"
FIELDS = ("key", "verdict", "note")
VERDICTS = frozenset({"ok", "wrong"})
# corpus name -> (where it is, where its verdicts are kept)
CORPORA = {"allsides": (CORPUS, AUDIT), "ungdc": (UNGDC, UNGDC_AUDIT)}


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded event with the sentence it came from, keyed stably across runs."""

    key: str
    event: Event


def actor_code(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.country or (actor.org or actor.sector or actor.name).upper()


def event_key(article_id: str, event: Event) -> str:
    flags = ("N" if event.negated else "") + ("H" if event.hypothetical else "")
    return ":".join(
        (
            article_id,
            str(event.evidence.start),
            event.type,
            actor_code(event.source),
            actor_code(event.target),
            flags or "-",
        )
    )


def read_articles(
    limit: int, *, offset: int = 0, corpus: str = "allsides"
) -> list[tuple[str, str, str | None]]:
    """(id, text, date) of `limit` articles with content, after the first `offset` of them
    (a second audit reads articles no earlier audit drew from)."""
    if corpus == "ungdc":
        return read_speeches()[offset : offset + limit]
    articles: list[tuple[str, str, str | None]] = []
    seen = 0
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not record.get("content"):
                continue
            seen += 1
            if seen > offset:
                articles.append((record["id"], record["content"], record.get("date") or None))
            if len(articles) >= limit:
                break
    return articles


def read_speeches() -> list[tuple[str, str, str | None]]:
    """(id, text, date) of every UN General Debate speech, in session and file-name order
    ('USA_79_2024'; the debate is held in the second half of September)."""
    speeches: list[tuple[str, str, str | None]] = []
    for path in sorted(UNGDC.glob("Session */*.txt")):
        year = path.stem.rsplit("_", 1)[-1]
        speeches.append((path.stem, path.read_text(encoding="utf-8"), f"{year}-09-20"))
    return speeches


def document_voice(corpus: str, article_id: str) -> Actor | None:
    """The voice a user gives `crossroads process --voice` for a document: a speech's state
    (the ISO code that opens its name; 'EU' the European Union); news has none."""
    if corpus != "ungdc":
        return None
    from crossroads.actors import resolve_mention

    code = article_id.split("_", 1)[0]
    return Actor(code, country=code, sector="GOV") if len(code) == 3 else resolve_mention(code)


def code_corpus(
    limit: int, *, offset: int = 0, corpus: str = "allsides", voiced: bool = True
) -> Iterator[Coded]:
    """Every event of `limit` articles after the first `offset`, as the pipeline codes it
    (in each document's voice unless `voiced` is False)."""
    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.nlp import parse_texts

    articles = read_articles(limit, offset=offset, corpus=corpus)
    docs = parse_texts(text for _, text, _ in articles)
    for (article_id, _, date), doc in zip(articles, docs, strict=True):
        voice = document_voice(corpus, article_id) if voiced else None
        statements = extract_statements(doc, published=date, voice=voice)
        for event in code_events(doc, statements, published=date, voice=voice):
            yield Coded(event_key(article_id, event), event)


def read_audit(path: Path = AUDIT) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["key"]: row for row in csv.DictReader(handle, delimiter="\t")}


def append_audit(keys: list[str], path: Path = AUDIT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    new_file = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        if new_file:
            writer.writerow(FIELDS)
        writer.writerows([key, "", ""] for key in keys)


def uniform_draw(coded: list[Coded], n: int, seed: int) -> list[Coded]:
    """A seeded uniform sample: the `n` events whose keys hash lowest (bottom-k sampling). An
    event keeps its rank when the coder changes elsewhere, so a re-draw after a small change
    asks for only the few events that entered or left, not a whole new judging round."""

    def rank(item: Coded) -> str:
        return hashlib.sha256(f"{seed}:{item.key}".encode()).hexdigest()

    return sorted(coded, key=rank)[:n]


def sample(
    limit: int,
    n: int,
    seed: int,
    *,
    draw: int | None = None,
    offset: int = 0,
    corpus: str = "allsides",
    voiced: bool = True,
) -> None:
    audit = CORPORA[corpus][1]
    judged = read_audit(audit)
    coded = list(code_corpus(limit, offset=offset, corpus=corpus, voiced=voiced))
    if draw is not None:
        drawn = [c for c in uniform_draw(coded, draw, seed) if c.key not in judged]
    else:
        fresh = [c for c in coded if c.key not in judged]
        drawn = random.Random(seed).sample(fresh, min(n, len(fresh)))
    for number, item in enumerate(drawn, 1):
        print(f"[{number}] {item.key}\n    {item.event.evidence.text}\n")
    append_audit([c.key for c in drawn], audit)
    print(f"{len(drawn)} events appended to {audit.relative_to(ROOT)}; fill in the verdicts")


def score(
    limit: int,
    *,
    draw: int | None = None,
    seed: int = 5,
    offset: int = 0,
    corpus: str = "allsides",
    voiced: bool = True,
) -> dict[str, object]:
    audit = CORPORA[corpus][1]
    judged = {k: r for k, r in read_audit(audit).items() if r["verdict"] in VERDICTS}
    coded = list(code_corpus(limit, offset=offset, corpus=corpus, voiced=voiced))
    if draw is not None:
        return draw_score(coded, judged, draw, seed)
    produced = {c.key: c.event for c in coded}
    verdicts = Counter(judged[k]["verdict"] for k in produced if k in judged)
    by_type: Counter[tuple[str, str]] = Counter(
        (produced[k].type, judged[k]["verdict"]) for k in produced if k in judged
    )
    checked = verdicts["ok"] + verdicts["wrong"]
    return {
        "articles": limit,
        "coded_events": len(produced),
        "judged_and_coded": checked,
        "correct": verdicts["ok"],
        "precision": round(verdicts["ok"] / checked, 3) if checked else None,
        "judged_no_longer_coded": sum(k not in produced for k in judged),
        "by_type": {
            kind: f"{by_type[(kind, 'ok')]}/{by_type[(kind, 'ok')] + by_type[(kind, 'wrong')]}"
            for kind in sorted({kind for kind, _ in by_type})
        },
    }


def draw_score(
    coded: list[Coded], judged: dict[str, dict[str, str]], n: int, seed: int
) -> dict[str, object]:
    """Precision over a seeded uniform draw of the events coded now."""
    drawn = uniform_draw(coded, n, seed)
    verdicts = Counter(judged[c.key]["verdict"] for c in drawn if c.key in judged)
    checked = verdicts["ok"] + verdicts["wrong"]
    return {
        "coded_events": len(coded),
        "drawn": len(drawn),
        "judged": checked,
        "not_yet_judged": len(drawn) - checked,
        "correct": verdicts["ok"],
        "precision": round(verdicts["ok"] / checked, 3) if checked else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("sample", "score"))
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--draw", type=int, default=None)
    parser.add_argument("--offset", type=int, default=0, help="skip the first OFFSET articles")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="allsides")
    parser.add_argument(
        "--no-voice",
        action="store_true",
        help="code speeches without their state's voice (as before session 14)",
    )
    args = parser.parse_args(argv)
    where = CORPORA[args.corpus][0]
    if not where.exists():
        print(f"the {args.corpus} corpus is not at {where}", file=sys.stderr)
        return 2
    common = {
        "draw": args.draw,
        "offset": args.offset,
        "corpus": args.corpus,
        "voiced": not args.no_voice,
    }
    if args.command == "sample":
        sample(args.articles, args.n, args.seed, **common)
    else:
        print(json.dumps(score(args.articles, seed=args.seed, **common), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
