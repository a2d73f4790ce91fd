"""Session 12 rules, from the held-out audit of AllSides articles 4900-5200: a cooperative act
that is scheduled or in preparation ("are due to meet", "is preparing to meet") is an AGREE
of intent, as one announced with "will" is; a conflictual one stays the act, hypothetical. A
pattern's own noun is its recipient only where it names a party ("sent an envoy to Uganda":
Uganda).

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import flagged


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


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya sent a special envoy to Uganda.", ("CONSULT", "KEN", "UGA", False, False)),
        ("Kenya dropped bombs on Uganda.", ("ASSAULT", "KEN", "UGA", False, False)),
        (
            "The Kenyan government used chemical weapons against its own people.",
            ("ASSAULT", "KEN", "KEN", False, False),
        ),
    ],
)
def test_the_slot_after_a_patterns_own_noun_names_the_recipient(
    text: str, event: tuple[str, str, str, bool, bool]
) -> None:
    assert event in flagged(text)


def test_a_patterns_own_noun_that_names_a_party_is_the_recipient() -> None:
    assert ("ACCUSE", "KEN", "UGA", False, False) in flagged("Kenya summoned Uganda's envoy.")
