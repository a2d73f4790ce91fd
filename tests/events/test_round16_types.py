"""Round 16 type rules: events of the wrong type, and words coded as events that are none
(a forecast read as a request, a warning of a danger read as a threat, ...).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples


def _requests(text: str) -> list[tuple[str, str | None, str | None]]:
    return [t for t in triples(code_attributed(text)) if t[0] == "REQUEST"]


def test_an_expected_thing_or_event_is_a_forecast_not_a_request() -> None:
    assert not _requests(
        "Kenyan officials said they expected tariffs on Ugandan goods to go forward."
    )
    assert not _requests("Kenya expects the dispute with Uganda to come up at the summit.")
    assert not _requests("Kenya said it expects the talks with Uganda to resume next week.")


def test_an_expected_passive_or_agenda_item_asks_no_one() -> None:
    assert not _requests("Kenya expects Uganda to be re-elected to the council.")
    assert not _requests(
        "Kenyan diplomats said they expect Uganda to be a main topic at the summit."
    )


def test_an_expected_act_of_a_party_is_still_a_request() -> None:
    assert ("REQUEST", "KEN", "UGA") in _requests("Kenya expects Uganda to withdraw its troops.")
    text = "The Kenyan president said he expects the Ugandan military to protect the embassy."
    assert ("REQUEST", "KEN", "UGA") in _requests(text)


def _threats(text: str) -> list[tuple[str, str | None, str | None]]:
    return [t for t in triples(code_attributed(text)) if t[0] == "THREATEN"]


def test_a_warning_of_a_danger_or_a_fact_threatens_no_one() -> None:
    text = "The Kenyan ministry warned that a drawdown of troops risked a return of the militia."
    assert not _threats(text)
    assert not _threats("Kenya warned that Uganda has a history of breaking its agreements.")
    # a criticism worded as a warning is still an accusation, no threat
    found = triples(
        code_attributed("Kenya warned that Uganda's missile launch was a reckless provocation.")
    )
    assert ("ACCUSE", "KEN", "UGA") in found
    assert not any(t[0] == "THREATEN" for t in found)


def test_a_warning_of_what_will_be_done_is_still_a_threat() -> None:
    assert ("THREATEN", "KEN", "UGA") in _threats(
        "Kenya warned that Uganda will be held accountable."
    )
    text = "Kenya warned that Uganda should not mistake its restraint for weakness."
    assert ("THREATEN", "KEN", "UGA") in _threats(text)
    # a warning addressed to a party keeps its rule
    assert ("THREATEN", "KEN", "UGA") in _threats(
        "Kenya warned Uganda that the tensions could escalate."
    )


def test_an_envoy_pulled_out_is_relations_reduced_not_a_retreat() -> None:
    text = "Kenya pulled its ambassador out of Kampala as relations worsened."
    found = triples(code_attributed(text))
    assert ("SANCTION", "KEN", "UGA") in found
    assert not any(t[0] == "RETREAT" for t in found)
    assert ("SANCTION", "KEN", "UGA") in triples(
        code_attributed("Kenya pulled its diplomats out of Uganda.")
    )
    # troops pulled out are still a retreat
    assert ("RETREAT", "KEN", "UGA") in triples(
        code_attributed("Kenya pulled its troops out of Uganda.")
    )


def test_talks_that_are_needed_or_called_for_are_not_held() -> None:
    text = "The president stressed the need for direct talks between Kenyans and Ugandans."
    consults = [e for e in code_attributed(text) if e.type == "CONSULT"]
    assert consults
    assert all(e.hypothetical for e in consults)
    held = code_attributed("Kenya held talks with Uganda on the need for a ceasefire.")
    assert any(e.type == "CONSULT" and not e.hypothetical for e in held)


def test_a_duty_the_speaker_shares_is_no_request_of_the_other() -> None:
    text = (
        "The Kenyan president has argued that Kenya and Uganda should work together on terrorism."
    )
    assert not _requests(text)
    text = "The Kenyan president said that Uganda should withdraw its troops."
    assert ("REQUEST", "KEN", "UGA") in _requests(text)


def _rejects(text: str) -> list[tuple[str, str | None, str | None]]:
    return [t for t in triples(code_attributed(text)) if t[0] == "REJECT"]


def test_declining_to_speak_is_no_rejection() -> None:
    assert not _rejects(
        "The Kenyan president declined to say whether the moves by Uganda crossed a red line."
    )
    assert not _rejects("Kenyan officials refused to go into detail about the evidence.")
    assert not _rejects("Kenyan officials declined to discuss the timing of the exercises.")


def test_refusing_a_party_is_still_a_rejection() -> None:
    assert ("REJECT", "KEN", "UGA") in _rejects("Kenya refused to discuss the plan with Uganda.")
    assert ("REJECT", "KEN", "UGA") in _rejects(
        "Kenya refused to recognize Uganda's new government."
    )


def test_a_meeting_in_a_clause_of_time_under_an_expectation_is_ahead() -> None:
    text = "The dispute is expected to top the agenda when the Kenyan and Ugandan presidents meet."
    consults = [e for e in code_attributed(text) if e.type == "CONSULT"]
    assert consults
    assert all(e.hypothetical for e in consults)
    text = "The dispute topped the agenda when the Kenyan and Ugandan presidents met on Monday."
    consults = [e for e in code_attributed(text) if e.type == "CONSULT"]
    assert consults
    assert not any(e.hypothetical for e in consults)


def _flags(text: str, kind: str) -> list[tuple[bool, bool]]:
    return [(e.negated, e.hypothetical) for e in code_attributed(text) if e.type == kind]


def test_the_act_of_a_text_never_issued_is_not_done() -> None:
    text = "The United Nations did not offer a single resolution condemning the Kenyan occupation."
    assert _flags(text, "ACCUSE") == [(True, False)]
    assert _flags("Kenya issued no statement criticizing Uganda.", "ACCUSE") == [(True, False)]
    assert _flags("Kenya issued a statement criticizing Uganda.", "ACCUSE") == [(False, False)]


def test_troops_sent_to_train_the_host_forces_are_military_aid() -> None:
    text = "The United States sent hundreds more troops into Iraq to help train local forces."
    assert ("AID", "USA", "IRQ") in triples(code_attributed(text))
    # troops sent to protect the sender's own embassy stay a deployment
    found = triples(code_attributed("Kenya sent troops to Somalia to protect its embassy."))
    assert ("MOBILIZE", "KEN", "SOM") in found
