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


def test_the_act_a_party_is_challenged_or_dared_to_do_is_not_done() -> None:
    events = code("Senator Mara Quill challenged Kenyan President Kato to rebuke Uganda.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and all(e.hypothetical for e in accusations)


def test_a_capacity_to_act_is_no_act() -> None:
    text = (
        "Governors told reporters that the Kenyan president has the authority under the law "
        "to deploy troops to Uganda."
    )
    events = [e for e in code(text) if e.type == "MOBILIZE"]
    assert events and all(e.hypothetical for e in events)
    done = code("Governors told reporters that the Kenyan president deployed troops to Uganda.")
    assert any(e.type == "MOBILIZE" and not e.hypothetical for e in done)


def test_an_intention_offered_as_the_other_branch_of_a_choice_is_an_ultimatum() -> None:
    assert types(code("Either the deal is fixed or Kenya will pull out of it.")) == {"THREATEN"}
    # two acts offered by one subject are two intentions, no ultimatum
    assert "THREATEN" not in types(code("Kenya will meet Uganda or send an envoy to Kampala."))


def test_fighting_with_a_state_is_a_quarrel_unless_a_side_is_armed() -> None:
    assert "ASSAULT" not in types(
        code("The United States has been fighting with China over tariffs.")
    )
    armed = code("Kenyan troops have been fighting with Ugandan rebels near the border.")
    assert "ASSAULT" in types(armed)
    assert "ASSAULT" in types(code("Kenya fought Uganda in 1978."))


def test_a_budget_request_is_no_appeal() -> None:
    assert not code("Kenya sent a funding request to Uganda.")
    assert types(code("Kenya sent a request to Uganda.")) == {"REQUEST"}


def test_leaving_a_company_post_is_no_political_retreat() -> None:
    assert not code("Kenya's foreign minister resigned as chairman of a Nairobi bank.")


def test_a_company_leaving_a_country_is_business() -> None:
    assert not code("Kenyan companies pulled out of Uganda.")
    assert types(code("Kenya pulled out of Uganda.")) == {"RETREAT"}


def test_freeing_ones_own_people_is_no_release_by_the_subject() -> None:
    assert not code("Kenya freed its own citizens held in Uganda.")
    assert types(code("Uganda freed Kenyan prisoners.")) == {"RETREAT"}


def test_a_request_inside_ones_own_office_is_no_appeal() -> None:
    assert not code("The Kenyan president calls for his menu of options on Uganda.")
    assert types(code("The Kenyan president called for talks with Uganda.")) == {"REQUEST"}


def test_a_gerund_after_of_on_a_noun_of_possibility_is_feared_not_done() -> None:
    feared = code("Analysts warn that the specter of Kenyan troops attacking Uganda is real.")
    attacks = [e for e in feared if e.type == "ASSAULT"]
    assert attacks and all(e.hypothetical for e in attacks)
    seen = code("Kenyan troops attacking Uganda were seen near the border.")
    assert any(e.type == "ASSAULT" and not e.hypothetical for e in seen)


def test_the_victim_of_a_harm_said_in_a_statement_is_not_accused() -> None:
    text = 'The Kenyan president declared "all of Uganda has been hit", denouncing the crime.'
    assert not [e for e in code(text) if e.type == "ACCUSE" and e.target is not None]


def test_an_act_after_without_was_not_done() -> None:
    events = code("Kenya withdrew its troops without consulting Uganda.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(e.negated for e in talks)
    assert any(e.type == "RETREAT" and not e.negated for e in events)


def test_civilians_fighting_with_an_armed_group_have_joined_it() -> None:
    assert "ASSAULT" not in types(
        code("More than 100 Kenyans are fighting with the Islamic State.")
    )
    troops = code("Kenyan troops are fighting with al-Shabaab near the border.")
    assert "ASSAULT" in types(troops)


def test_a_states_prisoners_of_war_are_its_own_soldiers() -> None:
    assert not code("Kenya is committed to freeing its prisoners of war.")
    assert types(code("Kenya freed Ugandan prisoners of war.")) == {"RETREAT"}
