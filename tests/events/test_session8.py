"""Session 8 rules: refusals.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code

from crossroads.model import Event


def flagged(events: list[Event]) -> set[tuple[str, str | None, str | None, bool, bool]]:
    return {
        (e.type, e.source.country, e.target and e.target.country, e.negated, e.hypothetical)
        for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to condemn Uganda.",
        "Kenya declined to impose sanctions on Uganda.",
        "Kenya refused to attack Uganda.",
    ],
)
def test_a_conflictual_act_refused_is_that_act_negated_not_a_rejection(text: str) -> None:
    """Refusing to condemn Uganda is restraint toward Uganda, not a rejection of Uganda: the
    act is kept, flagged, and no REJECT is coded against its recipient."""
    events = flagged(code(text))
    assert not any(kind == "REJECT" for kind, *_ in events)
    assert any(target == "UGA" and negated for _, _, target, negated, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to meet Uganda's president.",
        "Kenya refused to cooperate with Uganda.",
        "Kenya declined to join talks with Uganda.",
        # 'take' has an imported seizure rule, too broad to make this a conflictual act
        "Kenya's president refused to take a call from Uganda's president.",
    ],
)
def test_a_cooperative_act_refused_is_a_rejection_of_its_party(text: str) -> None:
    assert ("REJECT", "KEN", "UGA", False, False) in flagged(code(text))


def test_the_country_is_the_only_country_named_before_it() -> None:
    events = flagged(code("Kenya's foreign minister said the country never attacked Uganda."))
    assert ("ASSAULT", "KEN", "UGA", True, False) in events


def test_the_country_with_two_countries_named_before_it_is_nobody() -> None:
    """'Kenya's ambassador to Uganda': the reader needs more than recency to know which."""
    text = "Kenya's ambassador to Uganda said the country would expel Rwandan diplomats."
    assert not any(source in ("KEN", "UGA") for _, source, *_ in flagged(code(text)))
