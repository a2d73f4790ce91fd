"""Session 14 rules:

- a bare verb completing a negated verb is negated with it ("will not wire tap", "did not let
  Uganda attack Tanzania"); with a subject of its own, only under a verb of causing.

Every sentence is invented (real countries and institutions, invented people).
"""

from __future__ import annotations

import pytest
from event_helpers import flagged

# --- a bare verb under a negated verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya did not let Uganda attack Tanzania.", ("ASSAULT", "UGA", "TZA", True, False)),
        (
            "Kenya did not make Uganda withdraw its troops from Tanzania.",
            ("RETREAT", "UGA", "TZA", True, False),
        ),
        (
            "The minister did not have Kenyan police arrest the Ugandan envoy.",
            ("COERCE", "KEN", "UGA", True, False),
        ),
    ],
)
def test_an_act_a_negated_verb_of_causing_completes_is_negated(
    text: str, expected: tuple[str, str, str, bool, bool]
) -> None:
    assert expected in flagged(text)


def test_an_act_caused_without_negation_is_done() -> None:
    assert ("ASSAULT", "UGA", "TZA", False, False) in flagged("Kenya let Uganda attack Tanzania.")
