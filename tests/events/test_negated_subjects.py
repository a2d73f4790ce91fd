"""Negation carried by the subject: 'Neither Kenya nor Uganda boycotted the summit'."""

from __future__ import annotations

from event_helpers import code


def test_neither_nor_subjects_negate_each_event() -> None:
    events = code("Neither Kenya nor Uganda boycotted the summit in Tanzania on Saturday.")
    assert {e.source.country for e in events} == {"KEN", "UGA"}
    assert all(e.negated for e in events)


def test_both_and_subjects_stay_affirmative() -> None:
    events = code("Both Kenya and Uganda boycotted the summit in Tanzania on Saturday.")
    assert events
    assert not any(e.negated for e in events)
