"""Session 13 rules, from the held-out audit of AllSides articles 5200-5500:

- "is going to" announces an act as "will" does;
- a present tense after "before" is on a timetable;
- the subject of a passive of scheduling, asking or forcing does the act of its infinitive;
- an obligation reported in the past ("said Kenya had to") is not done;
- an aim worked for or a policy favoured is not done;
- an agreement cancelled or left reduces relations with its other party;
- a list of countries is no one place of an unclaimed attack;
- "he" never stands for a government;
- the long names of the Islamic State are the group.

Every sentence is invented (real countries and institutions, invented people).
"""

from __future__ import annotations

import pytest
from event_helpers import code, code_attributed, flagged


def with_orgs(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.country if e.source else None, e.target.org if e.target else None)
        for e in code(text)
    }


# --- "be going to" ------------------------------------------------------------------------


def test_a_meeting_one_is_going_to_hold_is_an_agree_of_intent() -> None:
    events = flagged("The Kenyan foreign minister is going to meet Ugandan officials in Doha.")
    assert ("AGREE", "KEN", "UGA", False, False) in events
    assert not [e for e in events if e[0] == "CONSULT"]


@pytest.mark.parametrize(
    "text", ["Kenya is going to attack Uganda.", "Kenya is going to impose sanctions on Uganda."]
)
def test_a_conflictual_act_one_is_going_to_do_is_a_threat(text: str) -> None:
    events = flagged(text)
    assert ("THREATEN", "KEN", "UGA", False, False) in events
    assert not [e for e in events if e[0] in ("ASSAULT", "SANCTION") and not e[4]]


def test_a_trip_taken_to_meet_is_no_future() -> None:
    events = flagged("The Kenyan envoy went to Kampala to meet the Ugandan president.")
    assert ("CONSULT", "KEN", "UGA", False, False) in events


# --- a timetable after "before" --------------------------------------------------------------


def test_a_meeting_after_before_in_the_present_is_ahead() -> None:
    events = flagged("The report comes a month before the Kenyan president meets Uganda's leader.")
    assert ("AGREE", "KEN", "UGA", False, False) in events
    assert not [e for e in events if e[0] == "CONSULT"]


def test_a_meeting_after_before_in_the_past_was_held() -> None:
    events = flagged("The report came a month before the Kenyan president met Uganda's leader.")
    assert ("CONSULT", "KEN", "UGA", False, False) in events


def test_an_attack_after_before_in_the_present_is_not_done() -> None:
    events = flagged("The report comes a day before Kenya attacks Uganda.")
    assert ("ASSAULT", "KEN", "UGA", False, True) in events


# --- passives of scheduling, asking and forcing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The Kenyan president is scheduled to meet the Ugandan president on Monday.",
            ("AGREE", "KEN", "UGA", False, False),
        ),
        ("Kenya was forced to withdraw its troops from Somalia.", ("RETREAT", "KEN", "SOM")),
        ("Kenya was urged to withdraw its troops from Somalia.", ("RETREAT", "KEN", "SOM")),
        (
            "The Kenyan delegation was invited to attend the summit in Uganda.",
            ("CONSULT", "KEN", "UGA"),
        ),
    ],
)
def test_the_subject_of_a_passive_of_control_does_the_act(
    text: str, event: tuple[str, ...]
) -> None:
    assert any(e[: len(event)] == event for e in flagged(text))


def test_the_asked_act_stays_hypothetical_and_the_forced_one_done() -> None:
    assert ("RETREAT", "KEN", "SOM", False, True) in flagged(
        "Kenya was urged to withdraw its troops from Somalia."
    )
    assert ("RETREAT", "KEN", "SOM", False, False) in flagged(
        "Kenya was forced to withdraw its troops from Somalia."
    )


def test_an_act_the_subject_is_said_to_have_done_is_not_asserted() -> None:
    assert not [e for e in flagged("Kenyan troops were said to have attacked Uganda.") if not e[4]]


# --- obligations and aims ---------------------------------------------------------------------


def test_an_obligation_in_reported_speech_is_not_done() -> None:
    events = flagged("The minister said Kenya had to withdraw its troops from Somalia.")
    assert ("RETREAT", "KEN", "SOM", False, True) in events


def test_an_obligation_in_narration_was_done() -> None:
    events = flagged("Kenya had to withdraw its troops from Somalia.")
    assert ("RETREAT", "KEN", "SOM", False, False) in events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kenyan government is working to reduce aid to Uganda.", "SANCTION"),
        ("Kenya favors sending arms to Uganda.", "AID"),
    ],
)
def test_an_aim_worked_for_or_favoured_is_not_done(text: str, kind: str) -> None:
    events = flagged(text)
    assert (kind, "KEN", "UGA", False, True) in events
    assert (kind, "KEN", "UGA", False, False) not in events


# --- agreements cancelled or left -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya cancelled the security agreement with Uganda.",
        "Kenya suspended the arms control treaty with Uganda.",
        "Kenya withdrew from the border deal with Uganda.",
        "Kenya pulled out of the agreement with Uganda in 2018.",
        "Kenya withdrew from Uganda's border pact.",
    ],
)
def test_an_agreement_cancelled_or_left_reduces_relations_with_its_party(text: str) -> None:
    assert flagged(text) == {("SANCTION", "KEN", "UGA", False, False)}


def test_an_agreement_left_with_no_party_named_has_no_target() -> None:
    assert flagged("Kenya terminated the grain deal.") == {("SANCTION", "KEN", None, False, False)}


# --- unclaimed attacks and pronouns -----------------------------------------------------------


def test_bombings_in_a_list_of_countries_name_no_attacker() -> None:
    assert not flagged("Such bombs have been used in bombings in Kenya, Uganda and Somalia.")


def test_an_unclaimed_bombing_in_one_country_is_still_coded_from_its_place() -> None:
    assert ("ASSAULT", "SOM", "SOM", False, False) in flagged(
        "A car bomb killed ten people in Mogadishu."
    )


def test_he_is_the_speaker_not_the_government_he_spoke_of() -> None:
    events = flagged(
        "In Washington, U.S. President Jon Varek said the Chinese government was moving troops "
        "to the border with Hong Kong and he urged calm."
    )
    requests = {e for e in events if e[0] == "REQUEST"}
    assert requests == {("REQUEST", "USA", None, False, False)}


@pytest.mark.parametrize(
    "name", ["Islamic State of Iraq and Syria", "Islamic State in Iraq and the Levant"]
)
def test_the_long_names_of_the_islamic_state_are_the_group(name: str) -> None:
    events = with_orgs(f"Kenyan jets are bombing {name} forces in northern Somalia.")
    assert events == {("ASSAULT", "KEN", "ISIL")}


# --- follow-ups from reading the A/B on AllSides articles 0-2800 --------------------------


def test_an_exit_announced_is_a_threat_to_its_party() -> None:
    events = flagged("Kenya is going to pull out of the border deal with Uganda.")
    assert events == {("THREATEN", "KEN", "UGA", False, False)}


def test_the_purpose_of_an_announced_trip_is_announced_too() -> None:
    events = flagged("The Kenyan minister will fly to Kampala to meet his Ugandan counterpart.")
    assert {e[0] for e in events} == {"AGREE"}
    assert ("AGREE", "KEN", "UGA", False, False) in events


def test_a_meeting_set_for_next_week_is_an_agree_of_intent() -> None:
    assert ("AGREE", "KEN", "UGA", False, False) in flagged(
        "Kenya and Uganda are set to meet in Nairobi next week."
    )


def test_a_visit_that_had_been_scheduled_is_no_agreement() -> None:
    events = flagged("The Kenyan president had been scheduled to visit Uganda, but he cancelled.")
    assert not [e for e in events if e[0] == "AGREE"]
    assert ("CONSULT", "KEN", "UGA", False, True) in events


def test_an_act_one_would_be_forced_to_do_is_no_intention() -> None:
    events = flagged("Kenya would be forced to withdraw its troops from Somalia.")
    assert events == {("RETREAT", "KEN", "SOM", False, True)}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president is obliged to send aid to Uganda.",
        "Kenya will be required to send aid to Uganda.",
    ],
)
def test_an_obligation_of_a_passive_is_not_done(text: str) -> None:
    assert flagged(text) == {("AID", "KEN", "UGA", False, True)}


def test_a_permission_does_not_say_the_act_was_done() -> None:
    assert not [e for e in flagged("Kenya was allowed to annex parts of Uganda.") if not e[4]]


# --- verbal attacks, plural pronouns, negated opinions -----------------------------------------


def test_an_attack_on_a_host_with_a_clause_of_speech_is_criticism() -> None:
    events = flagged(
        "The Kenyan president attacked his Ugandan host upon arrival in Kampala, lashing out "
        "at the Ugandan leader's suggestion."
    )
    assert ("ACCUSE", "KEN", "UGA", False, False) in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_troops_attacking_with_a_clause_of_speech_still_assault() -> None:
    events = flagged("Kenyan troops attacked Ugandan positions, saying Uganda had shelled them.")
    assert ("ASSAULT", "KEN", "UGA", False, False) in events


def test_them_is_no_one_person() -> None:
    events = flagged(
        "The Kenyan minister said that in 2014, ISIS trapped villagers, killed them and "
        "enslaved thousands of women."
    )
    assert not [e for e in events if e[2] == "KEN"]


def test_them_is_still_a_body() -> None:
    events = flagged("Uganda massed troops on the border. Kenya accused them of provocation.")
    assert ("ACCUSE", "KEN", "UGA", False, False) in events


def test_a_negated_opinion_negates_its_clause() -> None:
    events = flagged("The Kenyan minister does not think Uganda will attack Kenya.")
    assert events == {("ASSAULT", "UGA", "KEN", True, True)}


def test_a_negated_saying_does_not_negate_its_clause() -> None:
    events = flagged("The Kenyan minister did not say whether Uganda attacked Kenya.")
    assert not [e for e in events if e[3]]


def test_them_may_be_a_delegation() -> None:
    events = flagged(
        "When a Ugandan delegation met with the Kenyan president in Nairobi on Monday, the "
        "Kenyan president asked them to extend an invitation."
    )
    assert ("REQUEST", "KEN", "UGA", False, False) in events


def test_a_goal_one_is_not_believed_to_meet_is_no_meeting_refused() -> None:
    events = flagged(
        "No one believes that Kenya and Uganda will meet their goal of cutting emissions."
    )
    assert not events


# --- reframed verbs keep their everyday senses; imported patterns; denied objects ------------


def test_talk_about_a_topic_announced_is_no_agreement() -> None:
    assert not flagged("Kenya will talk about the border.")
    assert ("AGREE", "KEN", "UGA", False, False) in flagged(
        "Kenya will talk with Uganda about the border."
    )


def test_an_imported_visit_pattern_takes_the_place_of_arrival() -> None:
    events = flagged("The Kenyan president arrived in Uganda on Monday for a state visit.")
    assert ("CONSULT", "KEN", "UGA", False, False) in events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya wants no help from any country.", "REQUEST"),
        ("Kenya imposed no sanctions on Uganda.", "SANCTION"),
    ],
)
def test_an_object_quantified_by_no_denies_the_act(text: str, kind: str) -> None:
    events = [e for e in flagged(text) if e[0] == kind]
    assert events and all(e[3] for e in events)


def test_refugees_travelling_make_no_visit() -> None:
    assert not flagged("Somali refugees are coming to Kenya.")


@pytest.mark.parametrize(
    "text",
    [
        "The announcement comes ahead of the Kenyan president's visit to Uganda.",
        "The lead-up to summits between Kenya and Uganda has become fraught.",
        "The talks are held in advance of the Kenyan president's visit to Uganda.",
    ],
)
def test_a_meeting_awaited_is_still_ahead(text: str) -> None:
    events = flagged(text)
    assert events and all(e[4] for e in events)


def test_a_meeting_awaited_in_a_past_clause_stands() -> None:
    events = flagged("The announcement came before the Kenyan president's visit to Uganda.")
    assert ("CONSULT", "KEN", "UGA", False, False) in events


def test_a_time_phrase_before_insisted_makes_no_demand_of_a_stated_view() -> None:
    events = code_attributed(
        "On Monday, the Kenyan president insisted Nairobi sees no threat from Uganda's "
        "growing economic and political status."
    )
    assert not [e for e in events if e.type == "REQUEST"]


def test_an_act_awaited_in_an_infinitive_told_in_the_past_stands() -> None:
    events = flagged(
        "The Kenyan minister's visit was going to be awkward even before the Kenyan attack on "
        "Somalia."
    )
    assert ("ASSAULT", "KEN", "SOM", False, False) in events


# --- condolences, related-to modifiers, matters as subjects, counterfactuals --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya offers heartfelt condolences to the great people of Uganda.",
        "Kenya sent its congratulations to the new Ugandan president.",
    ],
)
def test_condolences_and_congratulations_are_no_event(text: str) -> None:
    assert not flagged(text)


def test_a_related_to_modifier_names_no_author() -> None:
    text = "The minister spoke of removing Somalia-related sanctions against Uganda."
    assert not [e for e in flagged(text) if e[1] == "SOM"]


def test_a_led_modifier_names_the_author() -> None:
    assert ("ASSAULT", "KEN", "SOM", False, False) in flagged(
        "The Kenyan-led offensive on Somalia continued."
    )


@pytest.mark.parametrize(
    "text", ["The Ugandan threat demands it.", "The Uganda deal requires Uganda to disarm."]
)
def test_a_matter_is_no_actor(text: str) -> None:
    assert not [e for e in flagged(text) if e[0] == "REQUEST"]


def test_a_plan_still_asks_for_its_author() -> None:
    assert ("REQUEST", "KEN", None, False, False) in flagged(
        "The Kenyan plan calls for talks with Uganda."
    )


def test_a_counterfactual_is_no_intention() -> None:
    events = flagged("The Kenyan minister said Kenya would have met Ugandan officials.")
    assert not [e for e in events if e[0] == "AGREE"]
    assert ("CONSULT", "KEN", "UGA", False, True) in events


def test_leaving_an_accord_between_a_party_and_others_targets_that_party() -> None:
    events = flagged(
        "In 2018, the Kenyan president withdrew Kenya from a 2015 accord between Uganda and "
        "major powers."
    )
    assert ("SANCTION", "KEN", "UGA", False, False) in events


def test_little_room_to_negotiate_is_no_negotiation() -> None:
    events = flagged("The Kenyan president sees little room to negotiate with Uganda.")
    assert events and all(e[4] for e in events)


def test_an_intention_a_negated_verb_of_saying_governs_is_no_threat() -> None:
    events = flagged("The Kenyan president has not suggested he will send troops to Uganda.")
    assert not [e for e in events if e[0] == "THREATEN"]
    assert ("MOBILIZE", "KEN", "UGA", False, True) in events


# --- from the held-out draw of 5500-5800 (after it was judged) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya intercepted four rockets fired from Somalia.",
        "Four rockets were intercepted by the Kenyan air defence system.",
    ],
)
def test_rockets_intercepted_are_no_seizure(text: str) -> None:
    assert not [e for e in flagged(text) if e[0] == "COERCE"]


def test_missiles_aimed_at_a_party_threaten_it() -> None:
    assert flagged("Kenya is aiming missiles at Ugandan territory.") == {
        ("THREATEN", "KEN", "UGA", False, False)
    }


def test_a_crowd_blocking_roads_still_protests() -> None:
    events = flagged("Kenyan protesters blocked roads in Nairobi.")
    assert {e[0] for e in events} == {"PROTEST"}


def test_a_participle_shares_its_clauses_condition() -> None:
    events = flagged(
        "If soldiers were still draftees, Kenyans would be out in the streets demonstrating."
    )
    assert events and all(e[4] for e in events)


# --- from the UN General Debate draw (after it was judged) -------------------------------------


def test_people_received_by_nationality_are_refugees_taken_in() -> None:
    events = flagged("Kenya has also received Somalis, Ugandans and Sudanese.")
    assert ("AID", "KEN", "SOM", False, False) in events
    assert not [e for e in events if e[0] == "CONSULT"]


def test_officials_received_are_still_hosted() -> None:
    assert ("CONSULT", "KEN", "UGA", False, False) in flagged(
        "Kenya received Ugandan officials in Nairobi."
    )


def test_a_number_of_refugees_stands_for_the_refugees() -> None:
    assert ("AID", "KEN", "SOM", False, False) in flagged(
        "Kenya has received thousands of Somali refugees."
    )


def test_a_bare_verb_listed_after_a_modal_one_shares_its_modal() -> None:
    events = flagged(
        "Uganda must stop the war, withdraw from Kenyan territory and lift its blockade."
    )
    assert ("RETREAT", "UGA", "KEN", False, True) in events


def test_the_nationals_with_an_article_are_the_state() -> None:
    events = flagged("The Kenyan president welcomed the Ugandans into Somalia.")
    assert not [e for e in events if e[0] == "AID"]


def test_where_a_condemned_attack_happened_is_no_one_accused() -> None:
    for text in (
        "Kenya condemned the terrorist attack at a hotel in Kampala.",
        "Kenya strongly condemned the outrageous attack on its diplomatic facility in Kampala.",
    ):
        assert not [e for e in flagged(text) if e[0] == "ACCUSE"]
    assert ("ACCUSE", "KEN", "UGA", False, False) in flagged(
        "Kenya condemned Uganda's attack on the rebels in Gulu."
    )
