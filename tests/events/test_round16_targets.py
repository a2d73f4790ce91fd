"""Round 16 target rules: the party an event is aimed at, found wrong or missing on unseen real
news (a named party lost as the target, a place taken for the target).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples


def test_a_bare_act_beside_the_same_act_on_a_named_party_is_dropped() -> None:
    found = triples(code_attributed("Canada ended combat and pulled its troops out of Mali."))
    assert ("RETREAT", "CAN", "MLI") in found
    assert ("RETREAT", "CAN", None) not in found


def test_a_bare_act_with_other_flags_stays() -> None:
    # a withdrawal only announced is not the same record as the combat that ended
    found = code_attributed("Canada ended combat and may pull its troops out of Mali.")
    flags = {(e.target and e.target.country, e.hypothetical) for e in found if e.type == "RETREAT"}
    assert (None, False) in flags
    assert ("MLI", True) in flags
