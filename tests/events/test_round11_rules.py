"""Round 11 rules: type and modality errors found by a held-out hand audit of real news (a
hand rule keyed by verb and preposition over an imported pattern, ...).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code

from crossroads.model import Event


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


def test_a_hand_rule_with_its_preposition_beats_an_imported_pattern() -> None:
    # verbs.tsv 'renege on' (REJECT) over the dictionary's 'renege on promise/deal' (160)
    for text in ("Uganda reneged on its promises to Kenya.", "Kenya reneged on the deal."):
        assert types(code(text)) == {"REJECT"}


def test_a_call_for_an_inquiry_is_a_request() -> None:
    events = code("The Kenyan government called for an independent investigation.")
    assert types(events) == {"REQUEST"}


def test_imported_patterns_still_refine_a_hand_verb_rule_without_preposition() -> None:
    # 'withdraw' (RETREAT) with the object 'ambassador' is the dictionary's 161 (SANCTION)
    assert "SANCTION" in types(code("Kenya withdrew its ambassador from Uganda."))
