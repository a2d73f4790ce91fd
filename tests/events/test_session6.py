"""Session 6 regressions from the held-out audit of real news.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples


def test_talking_up_a_policy_is_no_talks() -> None:
    assert triples(code("Kenya's president talked up his overtures to Uganda on Monday.")) == set()


def test_talking_to_a_party_is_still_talks() -> None:
    assert ("CONSULT", "KEN", "UGA") in triples(
        code("Kenya's president talked to Uganda on Monday.")
    )
