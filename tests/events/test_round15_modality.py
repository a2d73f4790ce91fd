"""Round 15 modality: acts reported as done that were only planned, called off, set aside or
still ahead (a judged real-news audit: "a scheduled meeting coded as held", "a veto envisioned
as not cast coded as done", "negotiations feared not to happen coded as held").

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed

from crossroads.model import Event


def of_type(text: str, kind: str) -> list[Event]:
    return [e for e in code_attributed(text) if e.type == kind]


def held(text: str, kind: str = "CONSULT") -> list[Event]:
    """Events of `kind` stated as done: neither negated nor hypothetical."""
    return [e for e in of_type(text, kind) if not e.negated and not e.hypothetical]


def test_a_planned_or_upcoming_meeting_named_as_a_noun_is_not_held() -> None:
    for text in (
        "The envoys spoke ahead of a planned summit between Kenya and Uganda in Nairobi.",
        "Signs of a thaw prompted speculation of future direct talks between Kenya and Uganda.",
        "Diplomats prepared the agenda for possible talks between Kenya and Uganda.",
        "Observers said the main event is the upcoming meeting between Kenya and Uganda.",
    ):
        meetings = of_type(text, "CONSULT")
        assert meetings, text
        assert all(e.hypothetical for e in meetings), text


def test_a_meeting_that_took_place_stays_held() -> None:
    assert held("The talks between Kenya and Uganda ended on Friday.")
    assert held("A meeting between Kenya and Uganda took place in Nairobi.")


def test_next_years_meeting_and_a_timetable_are_not_held() -> None:
    for text in (
        "Next year's meeting between Kenya and Uganda is set to be held in Nairobi.",
        "The talks between Kenya and Uganda are scheduled for June.",
    ):
        meetings = of_type(text, "CONSULT")
        assert meetings and all(e.hypothetical for e in meetings), text


def test_an_act_called_off_or_put_back_did_not_happen() -> None:
    meetings = of_type("Mr Okafor postponed the talks between Kenya and Uganda.", "CONSULT")
    assert meetings and all(e.negated for e in meetings)
    meetings = of_type("Mr Okafor cancelled the summit between Kenya and Uganda.", "CONSULT")
    assert meetings and all(e.negated for e in meetings)
    sanctions = of_type("Kenya's sanctions on Uganda were delayed.", "SANCTION")
    assert sanctions and all(e.negated for e in sanctions)
    # imposed, not put back
    assert held("Kenya's sanctions on Uganda were imposed in May.", "SANCTION")


def test_an_act_set_aside_for_another_was_not_done() -> None:
    vetoes = of_type(
        "Kenya abstained on (rather than vetoing) a UN Security Council resolution.", "REJECT"
    )
    assert vetoes and all(e.negated for e in vetoes)
    talks = of_type(
        "Critics fear that Kenya may quit the pact rather than negotiate with Uganda.", "CONSULT"
    )
    assert talks and all(e.negated for e in talks)
    # the act chosen stays done
    assert held(
        "Kenya imposed sanctions on Uganda instead of negotiating with its government.",
        "SANCTION",
    )


def test_an_act_still_to_come_is_negated_not_possible() -> None:
    ceasefire = code_attributed("Kenya has yet to withdraw its troops from Somalia.")
    assert ceasefire and all(e.negated and not e.hypothetical for e in ceasefire)
    # an act one has to do stays a possibility, not a denial
    obliged = code_attributed("Kenya has to withdraw its troops from Somalia.")
    assert obliged and all(e.hypothetical and not e.negated for e in obliged)


def test_whether_or_not_asks_and_denies_nothing() -> None:
    agreed = of_type("Whether or not Kenya agrees to the terms, it faces hardship.", "AGREE")
    assert agreed and all(e.hypothetical and not e.negated for e in agreed)
    refused = of_type("Kenya did not agree to the terms.", "AGREE")
    assert refused and all(e.negated for e in refused)


def test_a_present_tense_in_a_clause_of_time_under_a_future_is_ahead() -> None:
    ahead = of_type(
        "Once Kenya withdraws its troops from Somalia, Uganda will lift its sanctions.", "RETREAT"
    )
    assert ahead and all(e.hypothetical for e in ahead)
    # a past act in a clause of time, and a present with no future, are reported
    assert held("When Kenya attacked Uganda in May, the UN condemned it.", "ASSAULT")
    assert held("When Kenya attacks Uganda, the UN condemns it.", "ASSAULT")


def test_the_aim_of_an_attack_launched_is_not_done() -> None:
    aimed = of_type(
        "Ugandan troops launched a fierce attack Wednesday to capture the Kenyan town of Lamu.",
        "COERCE",
    )
    assert aimed and all(e.hypothetical for e in aimed)
    assert held("Ugandan troops captured the Kenyan town of Lamu.", "COERCE")


def test_a_wish_in_a_condition_is_no_request() -> None:
    assert not of_type(
        "Okafor said that even if Kenya does want a diplomatic solution, Uganda would not agree.",
        "REQUEST",
    )
    assert not of_type("If Kenya wants Uganda to withdraw its troops, it should say so.", "REQUEST")
    # the act wanted stays, as a possibility
    wanted = of_type("If Kenya wants Uganda to withdraw its troops, it should say so.", "RETREAT")
    assert wanted and all(e.hypothetical for e in wanted)
    # a wish stated as such is still a request
    assert of_type("Kenya wants Uganda to withdraw its troops.", "REQUEST")


def test_be_to_is_an_arrangement_not_an_act_done() -> None:
    planned = of_type(
        "Kenya is to send an additional 2,000 troops to its border with Uganda.", "MOBILIZE"
    )
    assert planned and all(e.hypothetical for e in planned)
    assert held("Kenya sent an additional 2,000 troops to its border with Uganda.", "MOBILIZE")
    # not when something stands between the copula and 'to', nor after a noun of an act done
    assert held(
        "The Kenyan president was among the first leaders to congratulate Uganda on its election.",
        "SUPPORT",
    )
    assert held("One of Kenya's first moves was to warn Uganda not to attack.", "THREATEN")


def test_an_act_one_is_told_to_do_is_not_done() -> None:
    told = of_type("Kenya told Uganda to withdraw its troops from Somalia.", "RETREAT")
    assert told and all(e.hypothetical for e in told)
    encouraged = of_type("Kenya encouraged Uganda to withdraw its troops from Somalia.", "RETREAT")
    assert encouraged and all(e.hypothetical for e in encouraged)
    # a that-clause of 'tell' reports, and a persuasion succeeded
    assert held(
        "Kenya told reporters that Uganda had withdrawn its troops from Somalia.", "RETREAT"
    )
    assert held("Kenya persuaded Uganda to withdraw its troops from Somalia.", "RETREAT")


def test_a_meeting_that_never_took_place_or_is_only_hoped_for() -> None:
    for text in (
        "The meeting between Kenya and Uganda never took place.",
        "The summit between Kenya and Uganda did not go ahead.",
    ):
        meetings = of_type(text, "CONSULT")
        assert meetings and all(e.negated for e in meetings), text
    for text in (
        "Hopes for talks between Kenya and Uganda faded.",
        "The prospect of talks between Kenya and Uganda worried investors.",
        "Talks between Kenya and Uganda remain unlikely.",
    ):
        meetings = of_type(text, "CONSULT")
        assert meetings and all(e.hypothetical for e in meetings), text
    assert held("Talks between Kenya and Uganda took place in Nairobi.")


def test_an_act_averted_or_only_threatened_did_not_happen() -> None:
    averted = of_type("Kenya's attack on Uganda was averted.", "ASSAULT")
    assert averted and all(e.negated for e in averted)
    threatened = of_type("Kenya's threatened sanctions on Uganda never materialised.", "SANCTION")
    assert threatened and all(e.hypothetical and e.negated for e in threatened)


def test_a_meeting_attended_or_hosted_that_is_still_ahead() -> None:
    hosted = of_type(
        "Saudi Arabia is also hosting an upcoming meeting of Syrian opposition groups.", "CONSULT"
    )
    assert hosted and all(e.hypothetical for e in hosted)
    assert held("Saudi Arabia hosted a meeting of Syrian opposition groups.")
    # calling off a planned summit did happen
    called_off = of_type("Kenya called off the planned summit with Uganda.", "REJECT")
    assert called_off and not any(e.hypothetical for e in called_off)


def test_a_meeting_being_arranged_or_refused_is_not_held() -> None:
    for text in (
        "Three Kenyan officials were negotiating a meeting between Okafor and the Ugandan "
        "president Mbeki.",
        "The reported refusal to grant a meeting between Kenya's Okafor and Uganda's Mbeki "
        "angered Nairobi.",
    ):
        assert not [e for e in held(text) if e.target is not None], text
    assert held("Kenya negotiated with Uganda for three days.")


def test_a_meeting_a_relative_clause_calls_off_did_not_happen() -> None:
    for text in (
        "The summit between Kenya and Uganda, which was later cancelled, had raised hopes.",
        "The talks between Kenya and Uganda, which Okafor called off, had raised hopes.",
    ):
        meetings = of_type(text, "CONSULT")
        assert meetings and all(e.negated for e in meetings), text
    assert held("The talks between Kenya and Uganda, which ended on Friday, had raised hopes.")
