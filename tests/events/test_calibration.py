"""Calibrated confidence (calibration.py) and its fit (scripts/fit_confidence.py).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
import yaml

from crossroads.events import code_events
from crossroads.events.calibration import Calibration, calibrated, calibration
from crossroads.model import Actor
from crossroads.nlp import load_nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from fit_confidence import Judged, auc, fit_curve

EXPLICIT = "Kenya accused Uganda of arming the rebels on Monday."
NO_RECIPIENT = "The Kenyan army deployed troops on Monday."


def test_each_event_gets_the_curve_value_of_its_rule_prior() -> None:
    doc = load_nlp()(EXPLICIT + " " + NO_RECIPIENT)
    prior = code_events(doc, [], calibrate=False)
    final = code_events(doc, [])
    assert [(e.type, e.evidence) for e in final] == [(e.type, e.evidence) for e in prior]
    assert [e.confidence for e in final] == [calibration().probability(e.confidence) for e in prior]


def test_calibration_keeps_the_ranking_of_the_priors() -> None:
    explicit = code_events(load_nlp()(EXPLICIT), [])
    bare = code_events(load_nlp()(NO_RECIPIENT), [])
    assert explicit and bare
    assert max(e.confidence for e in explicit) > max(e.confidence for e in bare)
    curve = calibration()
    priors = [round(0.05 * step, 2) for step in range(2, 20)]
    values = [curve.probability(p) for p in priors]
    assert values == sorted(values) and len(set(values)) == len(values)
    assert all(0.0 < v < 1.0 for v in values)


def test_calibrated_rewrites_only_the_confidence() -> None:
    events = code_events(load_nlp()(EXPLICIT), [], calibrate=False)
    flat = Calibration(slope=0.0, intercept=0.0)
    assert [e.confidence for e in calibrated(events, flat)] == [0.5] * len(events)
    assert [e.type for e in calibrated(events, flat)] == [e.type for e in events]


def test_the_fit_recovers_a_known_curve() -> None:
    """Verdicts laid out exactly in the proportions a curve gives: maximum likelihood finds it."""
    slope, intercept = 6.0, -3.5
    points: list[Judged] = []
    for prior in (0.3, 0.45, 0.6, 0.75, 0.9):
        share = 1.0 / (1.0 + math.exp(-(slope * prior + intercept)))
        right = round(share * 1000)
        points += [Judged(prior, True)] * right + [Judged(prior, False)] * (1000 - right)
    curve = fit_curve(points)
    assert abs(curve.slope - slope) < 0.1 and abs(curve.intercept - intercept) < 0.1


def test_auc_counts_right_events_ranked_above_wrong_ones() -> None:
    points = [Judged(0.8, True), Judged(0.6, False), Judged(0.6, True), Judged(0.4, False)]
    # pairs (right, wrong): 0.8>0.6, 0.8>0.4, 0.6=0.6 (half), 0.6>0.4
    assert auc(points) == 0.875


def test_a_voiced_document_takes_the_voiced_curve() -> None:
    """Speeches coded in a voice have a curve of their own (session 14): on them the news curve
    under-stated the chance of being right in every band."""
    kenya = Actor("Kenya", country="KEN", sector="GOV")
    doc = load_nlp()("We call on Uganda to withdraw its troops. " + EXPLICIT)
    prior = code_events(doc, [], calibrate=False, voice=kenya)
    final = code_events(doc, [], voice=kenya)
    voiced = calibration("voiced")
    assert voiced != calibration("news")
    assert [e.confidence for e in final] == [voiced.probability(e.confidence) for e in prior]


def test_writing_one_curve_keeps_the_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fit_confidence

    data = tmp_path / "calibration.yaml"
    data.write_text(fit_confidence.DATA.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(fit_confidence, "DATA", data)
    fit_confidence.write_curve(Calibration(1.5, -0.5), ["ungdc:0:1"], 80, "voiced")
    written = yaml.safe_load(data.read_text(encoding="utf-8"))
    news = calibration("news")
    assert (written["slope"], written["intercept"]) == (news.slope, news.intercept)
    assert written["voiced"] == {"slope": 1.5, "intercept": -0.5}
    assert "ungdc:0:1" in data.read_text(encoding="utf-8")
