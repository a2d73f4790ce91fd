"""The reference article (../shared/seed): Zakharova's accusation and Moscow's expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Event, Statement
from crossroads.nlp import load_nlp

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_39bd9204a7620f14.txt"


def seed_text() -> str:
    """The clean article: from the spokesperson paragraph to the Japanese side's remarks."""
    if not SEED.exists():
        pytest.skip(f"reference article not found at {SEED} (../shared is absent)")
    raw = SEED.read_text(encoding="utf-8")
    start = raw.index("Russia’s Foreign Ministry spokesperson")
    end = raw.index("\n", raw.index("Earlier remarks from the Japanese side"))
    return raw[start:end]


@pytest.fixture(scope="module")
def coded() -> tuple[list[Statement], list[Event]]:
    doc = load_nlp()(seed_text())
    statements = extract_statements(doc)
    return statements, code_events(doc, statements)


def test_zakharova_accuses_japan(coded: tuple[list[Statement], list[Event]]) -> None:
    statements, events = coded
    accusations = [
        e
        for e in events
        if e.type == "ACCUSE"
        and e.source.country == "RUS"
        and e.target is not None
        and e.target.country == "JPN"
        and not e.negated
    ]
    speakers = {
        statements[e.statement].speaker.name for e in accusations if e.statement is not None
    }
    assert "Maria Zakharova" in speakers


def test_moscow_requests_central_asia(coded: tuple[list[Statement], list[Event]]) -> None:
    _, events = coded
    requests = [
        e
        for e in events
        if e.type == "REQUEST"
        and e.source.country == "RUS"
        and e.target is not None
        and e.target.country == "CAS"
    ]
    assert any("Moscow expects the regional governments" in e.evidence.text for e in requests)


def test_every_source_and_target_is_an_actor(coded: tuple[list[Statement], list[Event]]) -> None:
    _, events = coded
    assert events
    for event in events:
        for actor in (event.source, event.target):
            if actor is not None:
                assert actor.country or actor.org
