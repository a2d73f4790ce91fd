"""Session 12 rule, from the held-out audit of AllSides articles 4900-5200: a cooperative act
that is scheduled or in preparation ("are due to meet", "is preparing to meet") is an AGREE
of intent, as one announced with "will" is; a conflictual one stays the act, hypothetical.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code


def flagged(text: str) -> set[tuple[str, str | None, str | None, bool, bool]]:
    return {
        (
            e.type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.negated,
            e.hypothetical,
        )
        for e in code(text)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Kenya and Uganda are due to meet on Wednesday in Nairobi.",
        "The Kenyan foreign minister is preparing to meet his Ugandan counterpart this week.",
    ],
)
def test_a_scheduled_meeting_is_an_agree_of_intent(text: str) -> None:
    events = flagged(text)
    assert ("AGREE", "KEN", "UGA", False, False) in events
    assert not [e for e in events if e[0] == "CONSULT"]


def test_scheduled_joint_exercises_are_an_agree_of_intent() -> None:
    events = flagged("Kenya is due to start joint exercises with Uganda in early April.")
    assert ("AGREE", "KEN", "UGA", False, False) in events


def test_a_meeting_not_scheduled_is_no_agreement() -> None:
    events = flagged("Kenya was not due to meet Uganda.")
    assert not [e for e in events if e[0] == "AGREE"]
    assert all(e[4] or e[3] for e in events)  # kept, never asserted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya is preparing to invade Uganda.", "ASSAULT"),
        ("Kenya is due to impose sanctions on Uganda on Friday.", "SANCTION"),
    ],
)
def test_a_scheduled_conflictual_act_stays_hypothetical(text: str, kind: str) -> None:
    assert (kind, "KEN", "UGA", False, True) in flagged(text)
