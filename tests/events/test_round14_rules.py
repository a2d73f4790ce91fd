"""Round 14 rules: four constructions of a held-out real-news audit (talks called for or urged
coded as talks held; a visit one is invited to make coded as made; a vow to help coded as a
threat; the aim of an air strike coded as a sanction done).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed

from crossroads.model import Event


def types(text: str) -> list[str]:
    return [e.type for e in code_attributed(text)]


def held_talks(text: str) -> list[Event]:
    """CONSULT events stated as done (not hypothetical)."""
    return [e for e in code_attributed(text) if e.type == "CONSULT" and not e.hypothetical]


def test_talks_called_for_or_urged_are_not_held() -> None:
    assert not held_talks("Mirek Halvorsen called for talks between Israel and the Palestinians.")
    assert not held_talks("Mirek Halvorsen urged talks between Israel and Egypt.")
    assert not held_talks("Mirek Halvorsen pressed for talks between Kenya and Uganda.")


def test_talks_that_took_place_are_still_coded() -> None:
    held = held_talks("Talks between Israel and Egypt took place in Cairo.")
    assert {(e.source.country, e.target.country) for e in held} >= {("ISR", "EGY")}
    assert held_talks("Israel held talks with Egypt on Monday.")


def test_a_visit_one_is_invited_to_make_is_not_made() -> None:
    invited = code_attributed("Mirek Halvorsen invited the Kenyan president to visit Poland.")
    visits = [e for e in invited if e.type == "CONSULT"]
    assert visits and all(e.hypothetical for e in visits)
    made = code_attributed("The Kenyan president visited Poland on Monday.")
    assert [e for e in made if e.type == "CONSULT" and not e.hypothetical]


def test_a_vow_to_help_is_no_threat() -> None:
    assert "THREATEN" not in types("Kenya vowed to help Uganda.")
    assert "THREATEN" not in types("Kenya pledged to defend Uganda.")
    assert "THREATEN" in types("Kenya vowed to punish Uganda.")


def test_the_aim_of_an_attack_is_not_a_second_act() -> None:
    events = code_attributed("Kenyan jets struck rebel sites to cut off their funding.")
    cuts = [e for e in events if e.type == "SANCTION"]
    assert cuts and all(e.hypothetical for e in cuts)
    assert not [e for e in code_attributed("Kenya cut off funding to Uganda.") if e.hypothetical]
