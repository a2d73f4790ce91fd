"""Round 9 precision: modality and everyday senses that a held-out audit of real news found
coded as acts done (a headline's planned meeting, a subject negated by 'no', sanctions
blocked by a veto, a campaign launched by an army).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code

from crossroads.events.lexicon import lexicon
from crossroads.model import Event


def by_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_no_is_read_as_a_negation_word_not_as_a_yaml_boolean() -> None:
    # YAML 1.1 reads a bare `no` as false: the word list must hold the word itself
    assert "no" in lexicon().negation_words


def test_a_subject_quantified_by_no_negates_the_meeting() -> None:
    events = code("No sitting Kenyan president has ever met a Ugandan leader.")
    assert events and all(e.negated for e in events)
    visits = code("No Kenyan president has ever visited Uganda.")
    assert visits and all(e.negated for e in visits)


def test_a_definite_subject_still_meets() -> None:
    events = code("The Kenyan president met a Ugandan leader in Nairobi.")
    assert by_type(events, "CONSULT") and not any(e.negated for e in events)


def test_a_headline_infinitive_is_a_planned_meeting_as_will_meet_is() -> None:
    headline = code("Kenyan President Okafor to meet Uganda's Mbeki at summit")
    future = code("Kenyan President Okafor will meet Uganda's Mbeki at the summit.")
    assert not by_type(headline, "CONSULT")
    assert [e.type for e in headline] == [e.type for e in future] == ["AGREE"]


def test_a_headline_infinitive_of_a_conflictual_act_is_a_threat() -> None:
    events = code("Kenya to impose sanctions on Uganda")
    assert [e.type for e in events] == ["THREATEN"]


def test_an_infinitive_under_a_finite_verb_is_no_headline() -> None:
    # 'wants Uganda to withdraw' stays the request it was
    assert [e.type for e in code("Kenya wants Uganda to withdraw.")] == ["REQUEST"]


def test_sanctions_blocked_by_a_veto_were_not_imposed() -> None:
    events = code("Russia and China blocked UN sanctions on Sudan with their vetoes.")
    sanctions = by_type(events, "SANCTION")
    assert sanctions and all(e.negated for e in sanctions)


def test_sanctions_vetoed_in_the_passive_were_not_imposed() -> None:
    events = code("The UN sanctions on Sudan were vetoed by Russia.")
    assert all(e.negated for e in by_type(events, "SANCTION"))


def test_sanctions_approved_are_imposed() -> None:
    events = code("Russia and China approved UN sanctions on Sudan.")
    assert by_type(events, "SANCTION") and not any(e.negated for e in events)


def test_a_campaign_the_military_launches_is_an_attack_not_an_appeal() -> None:
    events = code("The Kenyan military launched a campaign against Somali militants.")
    assert [(e.type, e.source.country) for e in events] == [("ASSAULT", "KEN")]
    troops = code("Kenyan troops launched a campaign in Somalia.")
    assert not by_type(troops, "REQUEST") and by_type(troops, "ASSAULT")


def test_a_campaign_for_a_cause_stays_an_appeal() -> None:
    events = code("Kenya launched a campaign for the release of Ugandan hostages.")
    assert [e.type for e in events] == ["REQUEST"]


def test_an_expected_outcome_is_no_pledge() -> None:
    for text in (
        "Expectations are zero that Kenya will send aid to Uganda.",
        "Expectations that Kenya will send aid to Uganda are low.",
        "Hopes are high that Kenya will meet Uganda next week.",
    ):
        events = code(text)
        assert events and not by_type(events, "AGREE"), text
        assert all(e.hypothetical for e in events), text


def test_a_pledge_stated_by_its_actor_is_still_an_agreement() -> None:
    events = code("Kenya said it will send aid to Uganda.")
    assert [e.type for e in events] == ["AGREE"]


def test_demonstrate_with_an_object_or_a_clause_means_show() -> None:
    assert not by_type(code("Kenya demonstrated its commitment to Uganda."), "PROTEST")
    assert not by_type(code("Kenya demonstrated that it supports Uganda."), "PROTEST")


def test_demonstrators_against_a_country_still_protest() -> None:
    events = code("Thousands of Kenyans demonstrated against Uganda in Nairobi.")
    assert [(e.type, e.target and e.target.country) for e in events] == [("PROTEST", "UGA")]


def test_an_admission_behind_closed_doors_concedes_nothing() -> None:
    text = "Kenyan officials conceded behind closed doors that sanctions on Uganda had failed."
    assert not by_type(code(text), "CONCEDE")


def test_conceding_defeat_behind_closed_doors_still_concedes() -> None:
    events = code("Kenyan officials conceded defeat to Uganda behind closed doors.")
    assert [(e.type, e.target and e.target.country) for e in events] == [("CONCEDE", "UGA")]


def test_a_country_expected_to_be_a_topic_is_asked_nothing() -> None:
    assert not code("Kenyan officials expect Uganda to be the main focus of the summit.")


def test_expecting_a_country_to_act_is_still_a_demand() -> None:
    events = code("Kenya expects Uganda to withdraw its troops.")
    assert [(e.type, e.target and e.target.country) for e in events] == [("REQUEST", "UGA")]


def test_no_soldiers_killed_denies_casualties_not_the_attack() -> None:
    events = code("No Kenyan soldiers were killed in the Ugandan attack on the base.")
    assert by_type(events, "ASSAULT") and not any(e.negated for e in events)


def test_a_negated_subject_does_not_deny_the_act_of_the_one_it_did_not_force() -> None:
    events = code("No one forced Kenya to impose sanctions on Uganda.")
    assert by_type(events, "SANCTION") and not any(e.negated for e in events)


def test_an_infinitive_in_a_sentence_with_a_finite_verb_is_no_headline() -> None:
    events = code(
        "One of four Kenyan envoys to visit Uganda this fall, Okafor condemned the attacks."
    )
    assert not by_type(events, "AGREE")


def test_a_fragment_with_a_comma_before_the_infinitive_is_no_headline() -> None:
    events = code("Kenya and Uganda, to meet in Nairobi to talk about trade.")
    assert not by_type(events, "AGREE")


def test_on_is_read_as_a_preposition_not_as_a_yaml_boolean() -> None:
    from crossroads.events.selection import selection

    words = selection()
    assert "on" in words.topic_preps and "on" in words.accord_act_preps
    assert "on" in words.cause_preps and "true" not in words.cause_preps


def test_an_act_sought_with_hesitation_is_not_done() -> None:
    for text in (
        "China showed hesitation in seeking an armistice with Japan.",
        "China hesitated in seeking an armistice with Japan.",
    ):
        events = by_type(code(text), "REQUEST")
        assert events and all(e.hypothetical for e in events), text


def test_an_act_sought_without_hesitation_is_done() -> None:
    for text in (
        "China did not hesitate in seeking an armistice with Japan.",
        "China succeeded in seeking an armistice with Japan.",
    ):
        events = by_type(code(text), "REQUEST")
        assert events and not any(e.hypothetical for e in events), text


def test_room_left_for_a_country_is_no_visit() -> None:
    assert not code("Kenya left some wiggle room for Russia.")


def test_a_place_left_for_a_country_is_a_visit() -> None:
    for text in (
        "Kenya's president left Nairobi for Moscow.",
        "The Kenyan president left the capital for Moscow.",
        "The Kenyan president left for Russia on Monday.",
    ):
        assert [(e.type, e.target and e.target.country) for e in code(text)] == [
            ("CONSULT", "RUS")
        ], text


def test_a_veto_is_a_rejection_and_the_vetoed_sanctions_are_negated() -> None:
    events = code("Russia vetoed UN sanctions on Sudan.")
    assert [(e.type, e.source.country) for e in by_type(events, "REJECT")] == [("REJECT", "RUS")]
    sanctions = by_type(events, "SANCTION")
    assert sanctions and all(e.negated for e in sanctions)
