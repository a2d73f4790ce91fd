"""Precision on real news: political senses of event verbs, irrealis clauses, mutual readings.

Each test pairs an everyday use of a verb (which must code nothing) with its political use
(which still codes), so a rule cannot pass by coding less.
"""

from __future__ import annotations

from event_helpers import code, statement, triples

from crossroads.events.ontology import PLOVER_TYPES
from crossroads.events.selection import selection
from crossroads.model import Actor, Event


def kinds(events: list[Event]) -> set[str]:
    return {e.type for e in events}


def flags(events: list[Event], kind: str) -> set[tuple[bool, bool]]:
    return {(e.negated, e.hypothetical) for e in events if e.type == kind}


def test_the_data_file_names_known_types() -> None:
    words = selection()
    assert words.guarded_types <= set(PLOVER_TYPES)
    assert words.wish_intent_types <= set(PLOVER_TYPES)
    assert "comment" in words.speech_verbs and "proposal" in words.political_objects


def test_declining_to_comment_is_no_rejection_but_refusing_to_meet_is() -> None:
    assert "REJECT" not in kinds(code("Kenya declined to comment on the report."))
    assert "REJECT" not in kinds(code("The Kenyan embassy declined to give details of the case."))
    assert ("REJECT", "KEN", "UGA") in triples(code("Kenya refused to meet the Ugandan envoy."))


def test_rejecting_a_question_is_no_rejection_but_rejecting_a_proposal_is() -> None:
    assert code("The French minister rejected a question from a journalist.") == []
    assert ("REJECT", "FRA", None) in triples(code("France rejected the proposal."))


def test_meeting_obligations_is_no_consultation_but_meeting_an_envoy_is() -> None:
    assert code("Kenya has met its obligations under the treaty.") == []
    met = code("The Kenyan foreign minister met the Ugandan envoy in Nairobi.")
    assert ("CONSULT", "KEN", "UGA") in triples(met)


def test_defying_experts_is_no_rejection_but_defying_an_embargo_is() -> None:
    assert code("How did Kenya manage to defy the experts?") == []
    assert ("REJECT", "KEN", None) in triples(code("Kenya defied the arms embargo."))


def test_ruling_out_deaths_is_no_rejection_but_ruling_out_talks_is() -> None:
    assert code("Kenyan officials say they cannot rule out civilian deaths.") == []
    assert "REJECT" in kinds(code("Kenya ruled out talks with the rebels."))


def test_talking_about_a_country_is_speech_talking_with_it_is_consultation() -> None:
    assert code("The Kenyan minister talked about Uganda for an hour.") == []
    assert ("CONSULT", "KEN", "UGA") in triples(code("Kenya talked with Uganda for an hour."))


def test_agreeing_with_someone_is_a_view_agreeing_to_a_ceasefire_is_an_act() -> None:
    assert code("Most Kenyans agree with the president on taxes.") == []
    assert code("Kenya agreed that the war was a mistake.") == []
    assert "AGREE" in kinds(code("Kenya agreed to a ceasefire on Tuesday."))


def test_calling_someone_a_name_is_no_request() -> None:
    assert "REQUEST" not in kinds(code("The Kenyan president called Uganda a bully."))
    assert ("REQUEST", "KEN", "UGA") in triples(code("Kenya called on Uganda to withdraw."))


def test_wanting_another_party_to_act_is_a_request_of_the_wanter() -> None:
    events = code("Kenya wants Uganda to halt all attacks on the border and lift restrictions.")
    assert triples(events) == {("REQUEST", "KEN", "UGA")}
    assert flags(events, "REQUEST") == {(False, False)}


def test_a_wish_of_no_known_party_for_another_to_act_codes_nothing() -> None:
    assert code("Analysts expect Uganda to withdraw its troops from Kenya.") == []


def test_a_hoped_for_dialogue_is_an_intent_not_a_dialogue() -> None:
    events = code("The Kenyan government said it hoped to open a dialogue with Uganda.")
    assert "CONSULT" not in kinds(events)
    assert ("AGREE", "KEN", "UGA") in triples(events)
    assert flags(events, "AGREE") == {(False, False)}


def test_what_a_party_needs_to_do_is_an_opinion() -> None:
    assert code("Kenya does not need to send ground troops to Uganda.") == []
    assert code("Kenya needs to pay more money to Uganda.") == []


def test_what_a_speaker_says_another_party_needs_to_do_is_a_demand() -> None:
    text = "The Kenyan president said Uganda needs to withdraw its troops."
    kenya = Actor(name="Kenya", country="KEN")
    said = statement(
        text,
        "Uganda needs to withdraw its troops",
        speaker="The Kenyan president",
        actor=kenya,
        cue="said",
    )
    events = code(text, [said])
    assert ("REQUEST", "KEN", "UGA") in triples(events)
    assert "RETREAT" not in kinds(events)


def test_an_act_under_no_reason_to_believe_is_negated() -> None:
    events = code("There is no reason to believe Iran wants to launch a strike on Israel.")
    assert {(e.source.country, e.target and e.target.country) for e in events} == {("IRN", "ISR")}
    assert all(e.negated for e in events)
    plain = code("Iran launched a strike on Israel.")
    assert not any(e.negated for e in plain)


def test_coordinated_parties_act_on_each_other_only_about_each_other() -> None:
    refugees = code("Norway and Denmark have agreed to take in migrants.")
    assert triples(refugees) == {("AGREE", "NOR", None), ("AGREE", "DNK", None)}
    cooperate = code("Jordan and Britain agreed to cooperate on border security.")
    assert {("AGREE", "JOR", "GBR"), ("AGREE", "GBR", "JOR")} <= triples(cooperate)
    plain = code("Jordan and Britain agreed on Tuesday.")
    assert ("AGREE", "JOR", "GBR") in triples(plain)


def test_a_floating_both_makes_coordinated_signers_act_apart() -> None:
    both = code("Chile and Peru are both signing accords to expand trade with Japan.")
    assert ("SUPPORT", "CHL", "PER") not in triples(both)
    together = code("Chile and Peru signed an agreement on Monday.")
    assert ("SUPPORT", "CHL", "PER") in triples(together)


def test_a_relative_pronoun_object_stands_for_its_noun() -> None:
    events = code("The Senate passed the bill, which the Kenyan president has vowed to veto.")
    assert "REJECT" in kinds(events)


def test_a_negated_past_act_under_insist_is_not_hypothetical() -> None:
    events = code("The British prime minister insisted that he did not criticize France.")
    assert flags(events, "ACCUSE") == {(True, False)}


def test_when_it_comes_to_a_country_is_no_visit() -> None:
    assert code("When it comes to Uganda, the Kenyan government has been cautious.") == []
    assert code("The Kenyan government has not come to grips with Uganda.") == []
    flew = code("The Kenyan foreign minister flew to Ankara on Wednesday.")
    assert ("CONSULT", "KEN", "TUR") in triples(flew)


def test_going_somewhere_with_someone_is_no_visit_to_them() -> None:
    assert code("Kenyan students went to school with Ugandan refugees.") == []


def test_arriving_in_ones_own_country_is_no_visit() -> None:
    assert code("The Kenyan president arrived in Mombasa on Saturday.") == []
    assert ("CONSULT", "KEN", "UGA") in triples(
        code("The Kenyan president arrived in Kampala on Saturday.")
    )


def test_a_yes_no_question_makes_the_act_hypothetical() -> None:
    asked = code("Will Russia sell missiles to Iran?")
    assert asked and all(e.hypothetical for e in asked)
    told = code("Russia sold missiles to Iran.")
    assert told and not any(e.hypothetical for e in told)


def test_taking_refugees_is_no_seizure_but_taking_control_or_taking_over_is() -> None:
    taken = code("Since then, Kenya has taken about 2,300 Ugandan refugees.")
    assert [e.type for e in taken] == ["AID"]  # asylum granted, no seizure (round 15)
    assert code("Kenya is taking Uganda's side in the dispute.") == []
    seized = code("Ugandan rebels took control of the Kenyan border town.")
    assert ("COERCE", "UGA", "KEN") in triples(seized)


def test_a_question_after_caption_debris_is_still_a_question() -> None:
    asked = code("JUST WATCHED Will Chile sell rifles to Peru?")
    assert asked and all(e.hypothetical for e in asked)
    assert not any(e.hypothetical for e in code("How did Kenya manage to defy the embargo?"))


def test_the_aim_of_a_possible_act_is_hypothetical() -> None:
    wished = code("To reach a durable deal with Iran, Kenya should pull back.")
    assert ("AGREE", "KEN", "IRN") in triples(wished)
    assert all(e.hypothetical for e in wished if e.type == "AGREE")
    done = code("Kenya sent envoys to Tehran to reach an accord with Iran.")
    assert not any(e.hypothetical for e in done if e.type == "AGREE")


def test_political_objects_that_stay_rejections() -> None:
    assert ("REJECT", "KEN", None) in triples(code("Kenya rejected it on Monday."))
    assert ("REJECT", "KEN", None) in triples(code("Kenya continued to defy the agency."))
    assert ("REJECT", "KEN", None) in triples(code("Kenya rejects economic threats."))


def test_coordinated_parties_talking_about_a_topic_talk_with_each_other() -> None:
    events = code("Kenya and Uganda talked about a ceasefire on Monday.")
    assert ("CONSULT", "KEN", "UGA") in triples(events)


def test_a_clause_adverbial_to_a_question_is_not_asked() -> None:
    events = code("Did the talks collapse when Kenya called on Uganda to withdraw?")
    assert ("REQUEST", "KEN", "UGA") in triples(events)
    assert not any(e.hypothetical for e in events if e.type == "REQUEST")


def test_a_wish_under_a_condition_stays_hypothetical() -> None:
    events = code("Kenya must end the blockade if it wants to hold talks with Uganda.")
    assert not any(e.type == "AGREE" and not e.hypothetical for e in events)


def test_one_party_agreeing_with_nothing_said_is_a_view() -> None:
    assert code("The Kenyan senator agreed.") == []
    mutual = code("Kenya and Uganda agreed on Tuesday.")
    assert ("AGREE", "KEN", "UGA") in triples(mutual)


def test_pleading_guilty_is_no_appeal() -> None:
    assert code("The Kenyan minister pleaded guilty to fraud.") == []


def test_a_place_taken_is_seized_but_taking_on_a_country_is_not() -> None:
    taken = code("Ugandan rebels had taken the city of Mombasa.")
    assert ("COERCE", "UGA", "KEN") in triples(taken)
    assert "COERCE" not in kinds(code("Kenya wants to build a coalition to take on Uganda."))


def test_not_ruling_out_with_can_is_a_possibility_ruling_out_a_policy_is_a_rejection() -> None:
    assert code("Kenyan officials say they cannot rule out a recession.") == []
    assert ("REJECT", "KEN", None) in triples(code("Kenya has ruled out further rate cuts."))


def test_a_relative_pronoun_object_is_kept_whatever_it_refers_to() -> None:
    events = code("Kenya accepted the proposal during the talks, which Uganda rejected.")
    assert ("REJECT", "UGA", None) in triples(events)


def test_a_finite_clause_under_want_is_no_want_of_another() -> None:
    events = code("Kenya wants peace quickly, Kenya wants it soon.")
    assert "REQUEST" in kinds(events)
