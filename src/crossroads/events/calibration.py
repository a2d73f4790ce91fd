"""What `confidence` means: the chance that a coded event is right, measured on real news.

The coder ranks its events with a hand-set prior (an explicit recipient is surer than none, a
hand rule than an imported one, see `coder.confidence`). A rank is not a probability: on
held-out hand audits of real news the events with prior 0.8 were right about three times in
four, those with prior 0.55 fewer than one in three. This stage maps the prior through a
logistic curve (Platt scaling) fitted to hand verdicts on news the rules were not written from
(`scripts/fit_confidence.py`, `docs/eval.md`), so that a user who keeps events with
confidence ≥ 0.7 knows roughly what share of them is right. The map is monotone: it changes no
ranking, only what the number says. The curve's two parameters are data
(`data/calibration.yaml`), refitted when the coder changes enough to move them. Documents coded
in a voice (speeches) have a curve of their own, fitted on UN General Debate draws: on them the
news curve under-stated the chance of being right in every band.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from crossroads.events.ontology import data_yaml
from crossroads.model import Event

# Calibrated scores keep three decimals: two priors 0.05 apart must never round to a tie.
DECIMALS = 3


@dataclass(frozen=True, slots=True)
class Calibration:
    """The logistic curve of `data/calibration.yaml`: P(right) = 1 / (1 + e^-(a·prior + b))."""

    slope: float
    intercept: float

    def probability(self, prior: float) -> float:
        return round(1.0 / (1.0 + math.exp(-(self.slope * prior + self.intercept))), DECIMALS)


@cache
def calibration(kind: str = "news") -> Calibration:
    """Read once per process. `kind` "news" is the curve for news (the file's top level);
    "voiced" the one for documents coded in a voice (`--voice`: speeches, releases), whose
    events are right more often at the same prior (session 14)."""
    data = data_yaml("calibration.yaml")
    curve = data if kind == "news" else data[kind]
    return Calibration(slope=float(curve["slope"]), intercept=float(curve["intercept"]))


def calibrated(events: Iterable[Event], curve: Calibration | None = None) -> list[Event]:
    """The events with their prior replaced by the chance, measured on real news, that an
    event of that prior is right."""
    curve = curve or calibration()
    return [replace(e, confidence=curve.probability(e.confidence)) for e in events]
