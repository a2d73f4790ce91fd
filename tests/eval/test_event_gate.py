"""Event-coding floors on the public event sets, so that a rule change cannot lose accuracy or
add false events silently. Floors are the figures measured when they were set (docs/events.md,
benchmarks/RESULTS.md) with a margin of about one event; without ../shared/data the gate skips,
saying why. It runs in about 25 s on 2 cores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossroads.events.evaluate import evaluate_events

EVENTS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events" / "normalized"

# (set, figure) -> (comparison, bound): measured values in the comments
GATES = {
    ("plover_gsr", "type_accuracy"): ("min", 0.770),  # 0.776 (242/312)
    ("udpetrarch_validate", "correct"): ("min", 151),  # 152 of 308
    # 34: 'Danish media and government warned Gondor about …' codes the government too, and
    # the suite wants the party warned about (session 9)
    ("udpetrarch_validate", "false_positives"): ("max", 35),
    ("petr2_gsr", "correct"): ("min", 35),  # 35 of 80 (36 before session 12)
    # 20 (17 before session 12, 18 before 13): the set's gold codes a meeting one "is scheduled
    # to attend" as held (CONSULT); crossroads reads it as an AGREE of intent (docs/events.md)
    ("petr2_gsr", "false_positives"): ("max", 20),
    # the suite coded with its own verbs and discards (`--verbs`, `--discards`), as
    # UD-PETRARCH's figures are
    # negated events scored as the suite codes them (a negated 110 is 050, session 14)
    ("udpetrarch_validate+verbs", "correct"): ("min", 255),  # 256 of 308
    ("udpetrarch_validate+verbs", "false_positives"): ("max", 26),  # 26: 0.0985 per record
    ("udpetrarch_validate+verbs", "as_coded_false_positives"): ("max", 38),  # 37
    ("udpetrarch_validate+verbs", "asserted_false_positives"): ("max", 24),  # 23 of 267
    ("petrarch2_unittest+verbs", "correct"): ("min", 221),  # 222 of 359
    ("petrarch2_unittest+verbs", "false_positives"): ("max", 54),  # 53
}
# Sets scored with dictionaries of their own: name -> (set, verbs, discards in the set's folder)
WITH_VERBS = {
    "udpetrarch_validate+verbs": (
        "udpetrarch_validate",
        "PETR_Validate_verbs_2_02.txt",
        "PETR_Validate_discards_2_02.txt",
    ),
    "petrarch2_unittest+verbs": (
        "petrarch2_unittest",
        "PETR.Validate.verbs.txt",
        "PETR.Validate.discards.txt",
    ),
}


def _evaluate(name: str) -> dict[str, Any]:
    if name not in WITH_VERBS:
        return evaluate_events(EVENTS / f"{name}.jsonl")
    dataset, verbs, discards = WITH_VERBS[name]
    folder = EVENTS.parent / dataset
    return evaluate_events(
        EVENTS / f"{dataset}.jsonl", verbs=[folder / verbs], discards=[folder / discards]
    )


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    names = sorted({name for name, _ in GATES})
    paths = [EVENTS / f"{name.split('+')[0]}.jsonl" for name in names]
    paths += [EVENTS.parent / d / f for d, *files in WITH_VERBS.values() for f in files]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"{missing} absent: the public evaluation data is not beside the project")
    return {name: _evaluate(name) for name in names}


@pytest.mark.shared
@pytest.mark.parametrize(("gate", "bound"), GATES.items(), ids=lambda g: str(g))
def test_event_floor(
    reports: dict[str, dict[str, Any]], gate: tuple[str, str], bound: tuple[str, float]
) -> None:
    name, figure = gate
    comparison, value = bound
    measured = reports[name][figure]
    assert measured >= value if comparison == "min" else measured <= value, (name, figure, measured)
