"""crossroads against textacy's `direct_quotations` on PolNeAR, in the same run and scorer.

Both systems read the same spaCy Docs and are scored by `evaluate_quotes` (matching rule in
crossroads/attribution/evaluate.py: shared tokens >= half of the gold content, one to one).
textacy finds direct quotations only and does not resolve speakers; its speaker is the words
it returns. textacy is in the `bench` extra, not in the locks:

    .venv/bin/pip install textacy
    .venv/bin/python benchmarks/bench_textacy_quotes.py --split test \
        --data ../shared/data/quotes/polnear
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import Doc

from crossroads.attribution.evaluate import Prediction, crossroads_predictions, evaluate_quotes

DATA = Path(__file__).resolve().parents[2] / "shared/data/quotes/polnear"


def textacy_predictions(doc: Doc) -> list[Prediction]:
    """textacy's direct quotations as predictions (every quote cue counts as speech)."""
    from textacy.extract.triples import direct_quotations

    found = []
    for triple in direct_quotations(doc):
        content = triple.content
        speaker = triple.speaker
        s_start = speaker[0].idx if speaker else None
        s_end = speaker[-1].idx + len(speaker[-1]) if speaker else None
        words = " ".join(t.text for t in speaker)
        found.append(
            Prediction(content.start_char, content.end_char, True, words, None, s_start, s_end)
        )
    return found


def _safe(extractor):  # type: ignore[no-untyped-def]
    """textacy raises on some documents (unbalanced quotes); count those as no predictions."""

    def run(doc: Doc) -> list[Prediction]:
        try:
            return list(extractor(doc))
        except (ValueError, IndexError, RuntimeError):
            return []

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    results = {}
    for name, extractor in (
        ("crossroads", crossroads_predictions),
        ("textacy", _safe(textacy_predictions)),
    ):
        started = time.perf_counter()
        report = evaluate_quotes(args.data, args.split, extractor=extractor)
        report["seconds"] = round(time.perf_counter() - started, 1)
        results[name] = report
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
