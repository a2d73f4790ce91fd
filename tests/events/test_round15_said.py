"""Round 15 said-events rules: statements coded as the speaker's act from words that name
another party's act ('the Ugandan government supports the rebels', 'Uganda's demand') or from
a modal of obligation that lays no duty ('must have known', 'should be readmitted', 'should
Uganda cross the border'), on a held-out real-news audit.

Every sentence is invented (invented roles, no real person's words; real countries).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples

MINISTER = "the Kenyan foreign minister"
THE_MINISTER = "The Kenyan foreign minister"


def said(text: str) -> set[tuple[str, str | None, str | None]]:
    return triples(code_attributed(text))


def test_a_third_party_support_is_no_support_by_the_speaker() -> None:
    found = said(f"{THE_MINISTER} said the Ugandan government supports the rebels.")
    assert ("SUPPORT", "KEN", "UGA") not in found
    found = said(f"{THE_MINISTER} said the Ugandan army enjoys Iranian support.")
    assert ("SUPPORT", "KEN", "UGA") not in found


def test_another_party_demand_is_no_request_by_the_speaker() -> None:
    found = said(f'"Uganda\'s demand for a buffer zone is absurd," {MINISTER} said.')
    assert ("REQUEST", "KEN", "UGA") not in found


def test_the_speaker_own_welcome_and_support_stay() -> None:
    assert ("SUPPORT", "KEN", "UGA") in said(f'"We welcome Uganda\'s decision," {MINISTER} said.')


def test_a_modal_in_the_perfect_or_over_a_passive_lays_no_duty() -> None:
    assert ("REQUEST", "KEN", "UGA") not in said(
        f"{THE_MINISTER} said Uganda must have known about the raid."
    )
    assert ("REQUEST", "KEN", "UGA") not in said(
        f"{THE_MINISTER} said Uganda should be readmitted to the bloc."
    )


def test_an_inverted_should_is_a_condition_not_a_demand() -> None:
    found = said(f'"Our forces are ready, should Uganda cross the border," {MINISTER} said.')
    assert ("REQUEST", "KEN", "UGA") not in found


def test_a_plain_obligation_is_still_a_request() -> None:
    found = said(f"{THE_MINISTER} said Uganda must withdraw its troops.")
    assert ("REQUEST", "KEN", "UGA") in found


def test_expecting_to_do_something_oneself_asks_nothing() -> None:
    text = (
        f"{THE_MINISTER} said Uganda was a key ally and added that he expected to"
        " speak to Ugandan leaders in the coming days."
    )
    assert ("REQUEST", "KEN", "UGA") not in said(text)


def test_a_word_in_a_condition_or_open_question_accuses_no_one() -> None:
    text = (
        '"We cannot predict whether the claims of a genocide in Uganda will prove true,"'
        f" {MINISTER} said."
    )
    assert ("ACCUSE", "KEN", "UGA") not in said(text)
    text = (
        f"{THE_MINISTER} said that if the Ugandan aggression were happening now, no one would care."
    )
    assert ("ACCUSE", "KEN", "UGA") not in said(text)


def test_a_possessed_noun_in_a_condition_still_accuses() -> None:
    text = f'"If Uganda does not stop its illegal activities, we will act," {MINISTER} said.'
    assert ("ACCUSE", "KEN", "UGA") in said(text)
    assert ("ACCUSE", "KEN", "UGA") in said(f"{THE_MINISTER} said Uganda had committed war crimes.")


def test_the_passive_subject_of_a_verb_of_harm_is_its_victim() -> None:
    text = (
        '"We have chaos in the region, the Ugandans being destabilized, and terror spreading,"'
        f" {MINISTER} said."
    )
    assert ("ACCUSE", "KEN", "UGA") not in said(text)
    text = f"{THE_MINISTER} said Uganda has been destabilized by foreign meddling."
    assert ("ACCUSE", "KEN", "UGA") not in said(text)
    text = f"{THE_MINISTER} said Uganda has destabilized the region."
    assert ("ACCUSE", "KEN", "UGA") in said(text)


def test_insisting_on_a_fact_asks_nothing() -> None:
    text = f"{THE_MINISTER} insisted that the Ugandan sanctions were not working."
    assert ("REQUEST", "KEN", "UGA") not in said(text)
    text = f"{THE_MINISTER} insisted Uganda would stick to the deal."
    assert ("REQUEST", "KEN", "UGA") not in said(text)


def test_insisting_on_a_subjunctive_or_an_obligation_is_a_demand() -> None:
    text = f"{THE_MINISTER} insisted that the Ugandans be present at the talks."
    assert ("REQUEST", "KEN", "UGA") in said(text)
    text = f"{THE_MINISTER} insisted that Uganda must withdraw its troops."
    assert ("REQUEST", "KEN", "UGA") in said(text)


def test_a_modal_over_a_verb_of_having_states_an_entitlement() -> None:
    text = f"{THE_MINISTER} said Uganda should have access to the sea."
    assert ("REQUEST", "KEN", "UGA") not in said(text)


def test_a_predicate_adjective_is_negated_on_its_copula() -> None:
    text = f"{THE_MINISTER} said Moscow's involvement was not welcome."
    assert ("SUPPORT", "KEN", "RUS") not in said(text)
    text = f"{THE_MINISTER} said the Ugandan settlements are not illegal."
    assert ("ACCUSE", "KEN", "UGA") not in said(text)
    text = f"{THE_MINISTER} said the Ugandan settlements are illegal."
    assert ("ACCUSE", "KEN", "UGA") in said(text)
