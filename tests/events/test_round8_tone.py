"""A statement's tone alone makes no accusation (round 8: most such events were wrong)."""

from __future__ import annotations

from dataclasses import replace

from event_helpers import code, statement

from crossroads.model import Actor


def test_a_grim_report_about_another_party_is_no_accusation() -> None:
    text = "Kenya's foreign minister said Ugandan rockets had killed dozens in a terrible attack."
    said = statement(
        text,
        "Ugandan rockets had killed dozens in a terrible attack",
        speaker="Kenya's foreign minister",
        actor=Actor("Kenya", country="KEN", sector="GOV"),
        cue="said",
    )
    events = code(text, [replace(said, tone=-0.9)])
    assert not [e for e in events if e.type == "ACCUSE" and e.statement is not None]
