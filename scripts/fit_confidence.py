"""Fit what `confidence` means to hand verdicts on real news, and measure it on unseen news.

The coder's rule prior ranks events; `events/calibration.py` maps it through a logistic curve so
that the number reads as the chance that an event is right. This script fits that curve
(Platt scaling: two parameters, by Newton's method) to the hand verdicts of audit draws of
AllSides articles (`scripts/audit_events.py`, `audits/events_allsides.tsv`), then reports how
well it predicts the verdicts of other draws: the share right per band of confidence, the area
under the ROC curve (how well the prior ranks right above wrong events) and the Brier score (the
mean squared error of the probabilities, against the raw prior read as a probability).

Fit only on draws the coder's rules were not written from, since events that survived a round
of fixes aimed at a draw's wrong ones are no fair sample (docs/eval.md):

    PYTHONHASHSEED=0 .venv/bin/python scripts/fit_confidence.py \\
        --fit 2500:53 --test 2800:61 [--write]

Without `--fit`, the curve in `data/calibration.yaml` is tested as the package ships it:

    PYTHONHASHSEED=0 .venv/bin/python scripts/fit_confidence.py --test 2800:61

OFFSET:SEED names a draw of 80 events from the 300 articles after OFFSET, as `audit_events.py
score --offset OFFSET --articles 300 --draw 80 --seed SEED` takes it; CORPUS:OFFSET:SEED names
one of another corpus of `audit_events.py` (`--test ungdc:0:1 --articles 60`: the UN General
Debate draw of session 13). `--write` stores the fitted curve in
`src/crossroads/events/data/calibration.yaml`; `--curve voiced` names the curve for documents
coded in a voice (the UN speeches, session 14) for `--write`, or for `--test` without `--fit`.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from audit_events import (
    CORPORA,
    CORPUS,
    ROOT,
    Coded,
    document_voice,
    event_key,
    read_articles,
    read_audit,
    uniform_draw,
)

from crossroads.events.calibration import Calibration, calibration

DATA = ROOT / "src" / "crossroads" / "events" / "data" / "calibration.yaml"
BANDS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 1.01))
NEWTON_STEPS = 50
# A whisker of ridge on the slope keeps Newton's method finite on a separable draw.
RIDGE = 1e-3


@dataclass(frozen=True, slots=True)
class Judged:
    """One drawn event: its rule prior and whether the hand audit judged it right."""

    prior: float
    right: bool


def code_prior(limit: int, *, offset: int, corpus: str = "allsides") -> list[Coded]:
    """Every event of the articles, with the rule prior as its confidence."""
    from crossroads.attribution import extract_statements
    from crossroads.events import code_events
    from crossroads.nlp import parse_texts

    articles = read_articles(limit, offset=offset, corpus=corpus)
    docs = parse_texts(text for _, text, _ in articles)
    coded: list[Coded] = []
    for (article_id, _, date), doc in zip(articles, docs, strict=True):
        voice = document_voice(corpus, article_id)
        statements = extract_statements(doc, published=date, voice=voice)
        for event in code_events(doc, statements, published=date, calibrate=False, voice=voice):
            coded.append(Coded(event_key(article_id, event), event))
    return coded


def judged_draw(spec: str, *, articles: int, draw: int) -> list[Judged]:
    """The judged events of one [CORPUS:]OFFSET:SEED draw (unjudged ones are reported and
    left out)."""
    *named, offset, seed = spec.split(":")
    corpus = named[0] if named else "allsides"
    verdicts = read_audit(CORPORA[corpus][1])
    coded = code_prior(articles, offset=int(offset), corpus=corpus)
    drawn = uniform_draw(coded, draw, int(seed))
    judged = [
        Judged(c.event.confidence, verdicts[c.key]["verdict"] == "ok")
        for c in drawn
        if verdicts.get(c.key, {}).get("verdict") in ("ok", "wrong")
    ]
    if len(judged) < len(drawn):
        print(f"draw {spec}: {len(drawn) - len(judged)} events not judged yet", file=sys.stderr)
    return judged


def fit_curve(points: Sequence[Judged]) -> Calibration:
    """Maximum-likelihood logistic curve of P(right) on the prior (Newton's method)."""
    slope, intercept = 0.0, 0.0
    for _ in range(NEWTON_STEPS):
        g_slope, g_intercept = RIDGE * slope, 0.0
        h_ss, h_si, h_ii = RIDGE, 0.0, 0.0
        for point in points:
            p = 1.0 / (1.0 + math.exp(-(slope * point.prior + intercept)))
            error, weight = p - float(point.right), p * (1.0 - p)
            g_slope += error * point.prior
            g_intercept += error
            h_ss += weight * point.prior**2
            h_si += weight * point.prior
            h_ii += weight
        det = h_ss * h_ii - h_si**2
        if det <= 0.0:  # every point at one prior: the slope is not identified
            break
        slope -= (h_ii * g_slope - h_si * g_intercept) / det
        intercept -= (h_ss * g_intercept - h_si * g_slope) / det
    return Calibration(slope=round(slope, 3), intercept=round(intercept, 3))


def auc(points: Sequence[Judged]) -> float:
    """Chance that a right event has a higher prior than a wrong one (ties count half); the
    points hold both (main() checks)."""
    right = [p.prior for p in points if p.right]
    wrong = [p.prior for p in points if not p.right]
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return round(wins / (len(right) * len(wrong)), 3)


def brier(points: Sequence[Judged], curve: Calibration | None) -> float:
    """Mean squared error of the probabilities (the raw prior when `curve` is None)."""
    total = sum(
        ((curve.probability(p.prior) if curve else p.prior) - float(p.right)) ** 2 for p in points
    )
    return round(total / len(points), 3)


def bands(points: Sequence[Judged], curve: Calibration) -> list[dict[str, object]]:
    """Per band of calibrated confidence: how many events, the mean confidence, the share right."""
    rows: list[dict[str, object]] = []
    for low, high in BANDS:
        inside = [p for p in points if low <= curve.probability(p.prior) < high]
        if inside:
            rows.append(
                {
                    "confidence": f"{low:.1f}-{min(high, 1.0):.1f}",
                    "events": len(inside),
                    "mean_confidence": round(
                        sum(curve.probability(p.prior) for p in inside) / len(inside), 2
                    ),
                    "right": round(sum(p.right for p in inside) / len(inside), 2),
                }
            )
    return rows


def report(points: Sequence[Judged], curve: Calibration) -> dict[str, object]:
    return {
        "events": len(points),
        "right": sum(p.right for p in points),
        "auc": auc(points),
        "brier_prior": brier(points, None),
        "brier_calibrated": brier(points, curve),
        "bands": bands(points, curve),
    }


CURVE_HEADS = {
    "news": "# The curve that turns the coder's rule prior into the chance that an event is right\n"
    "# (events/calibration.py). Written by scripts/fit_confidence.py: do not edit by hand.\n",
    "voiced": "# The curve for documents coded in a voice (`--voice`: speeches, releases).\n",
}


def write_curve(curve: Calibration, fitted_on: Sequence[str], points: int, kind: str) -> None:
    """Store one curve, keeping the other as the file has it (with its own comment)."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    sections = _curve_sections()
    sections[kind] = (
        f"# Fitted on {points} hand-judged events of audit draws {', '.join(fitted_on)}\n"
        f"# ([CORPUS:]OFFSET:SEED), coded at commit {commit}.\n",
        curve,
    )
    news_note, news = sections["news"]
    text = CURVE_HEADS["news"] + news_note + f"slope: {news.slope}\nintercept: {news.intercept}\n"
    if "voiced" in sections:
        note, voiced = sections["voiced"]
        indented = "".join(f"  {line}\n" for line in note.splitlines())
        text += (
            CURVE_HEADS["voiced"]
            + "voiced:\n"
            + indented
            + f"  slope: {voiced.slope}\n  intercept: {voiced.intercept}\n"
        )
    DATA.write_text(text, encoding="utf-8")


def _curve_sections() -> dict[str, tuple[str, Calibration]]:
    """The curves the file holds now, each with the comment lines that say how it was fitted."""
    heads = {line for head in CURVE_HEADS.values() for line in head.splitlines()}
    notes = {"news": "", "voiced": ""}
    current = "news"
    for line in DATA.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if line.startswith("voiced:"):
            current = "voiced"
        elif text.startswith("#") and text not in heads:
            notes[current] += text + "\n"
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    sections = {"news": (notes["news"], Calibration(data["slope"], data["intercept"]))}
    if "voiced" in data:
        voiced = data["voiced"]
        sections["voiced"] = (notes["voiced"], Calibration(voiced["slope"], voiced["intercept"]))
    return sections


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", nargs="*", default=[], metavar="OFFSET:SEED")
    parser.add_argument("--test", nargs="*", default=[], metavar="OFFSET:SEED")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--draw", type=int, default=80)
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--curve",
        choices=("news", "voiced"),
        default="news",
        help="which shipped curve to test, or to write with --write (voiced: speeches)",
    )
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"the AllSides corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    fit_points = [
        p for spec in args.fit for p in judged_draw(spec, articles=args.articles, draw=args.draw)
    ]
    if args.fit and len({p.right for p in fit_points}) < 2:
        print("the fit draws need both right and wrong judged events", file=sys.stderr)
        return 2
    # without --fit, the curve the package ships is tested as it is
    curve = fit_curve(fit_points) if args.fit else calibration(args.curve)
    result: dict[str, object] = {"curve": {"slope": curve.slope, "intercept": curve.intercept}}
    if args.fit:
        result["fit"] = report(fit_points, curve)
    test_points = [
        p for spec in args.test for p in judged_draw(spec, articles=args.articles, draw=args.draw)
    ]
    if len({p.right for p in test_points}) == 2:
        result["test"] = report(test_points, curve)
    elif args.test:
        print("the test draws hold no right and wrong judged events to compare", file=sys.stderr)
    print(json.dumps(result, indent=2))
    if args.write and args.fit:
        write_curve(curve, args.fit, len(fit_points), args.curve)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
