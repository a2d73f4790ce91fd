"""Round 10 rules: type and modality errors found on the PETRARCH-2 news set and real news
(assurances received, an army's own campaign, 'little' and 'few' as denials, a stadium as
no sign of a sports report, the release of persons as RETREAT).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code

from crossroads.model import Event


def by_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def pair(event: Event) -> tuple[str | None, str | None]:
    target = event.target.country if event.target is not None else None
    return event.source.country, target


def test_assurances_received_are_the_givers_promise() -> None:
    events = by_type(code("Kenya received written assurances from Uganda on Monday."), "AGREE")
    assert [pair(e) for e in events] == [("UGA", "KEN")]
    assert not events[0].negated and not events[0].hypothetical


def test_a_guarantee_secured_from_a_party_is_its_promise() -> None:
    events = by_type(code("Poland secured a security guarantee from Germany."), "AGREE")
    assert [pair(e) for e in events] == [("DEU", "POL")]


def test_assurances_not_received_or_only_sought_are_no_promise_made() -> None:
    denied = by_type(code("Kenya received no assurances from Uganda."), "AGREE")
    assert denied and all(e.negated for e in denied)
    wanted = by_type(code("Kenya hopes to receive assurances from Uganda."), "AGREE")
    assert all(e.hypothetical or e.negated for e in wanted)


def test_little_or_few_with_no_article_deny_what_was_received() -> None:
    little = by_type(code("Kenya has received little commitment from Uganda."), "AGREE")
    assert little and all(e.negated for e in little)
    few = by_type(code("Kenya received few weapons from Uganda."), "AID")
    assert few and all(e.negated for e in few)
    some = by_type(code("Kenya received weapons from Uganda."), "AID")
    assert some and not any(e.negated for e in some)


def test_an_armys_campaign_for_its_own_ends_is_no_appeal() -> None:
    events = code("The Kenyan army launched a campaign to recruit new soldiers.")
    assert not by_type(events, "REQUEST")
    assert not by_type(events, "ASSAULT")


def test_an_armys_campaign_against_a_country_is_still_an_attack() -> None:
    events = by_type(code("The Kenyan army launched a campaign against Somalia."), "ASSAULT")
    assert [pair(e) for e in events] == [("KEN", "SOM")]


def test_a_stadium_alone_does_not_make_a_sentence_a_sports_report() -> None:
    events = code("Kenyan activists staged a protest in Kampala, close to the national stadium.")
    assert [pair(e) for e in by_type(events, "PROTEST")] == [("KEN", "UGA")]


def test_a_match_report_at_a_stadium_still_codes_nothing() -> None:
    # the match, not the stadium, marks the sports report
    events = code("France attacked on the left and beat Brazil in the match at the stadium.")
    assert events == []


def test_released_prisoners_are_a_retreat_of_the_captor() -> None:
    # CAMEO 0841 'return, release person(s)' is RETREAT (mode release) in CAMEO2PLOVER
    events = by_type(code("Kenya released twenty Ugandan prisoners on Sunday."), "RETREAT")
    assert [pair(e) for e in events] == [("KEN", "UGA")]
    assert events[0].mode == "release"


def test_troops_marching_towards_a_border_are_a_show_of_force_not_a_protest() -> None:
    events = code("Kenyan troops marched towards the border with Uganda on Monday.")
    assert not by_type(events, "PROTEST")
    assert [pair(e) for e in by_type(events, "MOBILIZE")] == [("KEN", "UGA")]


def test_a_crowd_marching_is_still_a_protest_with_the_party_it_marches_to() -> None:
    events = by_type(code("Kenyan protesters marched to the Ugandan embassy."), "PROTEST")
    assert [pair(e) for e in events] == [("KEN", "UGA")]
    crowd = by_type(code("Thousands of Kenyans marched on parliament."), "PROTEST")
    assert [pair(e) for e in crowd] == [("KEN", None)]


def test_looking_to_act_is_a_wish_not_an_act_done() -> None:
    support = code("Kenya is looking to improve relations with Uganda.")
    assert support and all(e.hypothetical for e in by_type(support, "SUPPORT"))
    talks = code("Kenya is looking to hold talks with Uganda.")
    assert [pair(e) for e in by_type(talks, "AGREE")] == [("KEN", "UGA")]
    assert not by_type(talks, "CONSULT")


def test_looking_to_a_party_for_help_is_no_wish() -> None:
    events = code("Kenya looked to Uganda for help.")
    assert not any(e.hypothetical for e in events)


def test_retreating_from_a_stance_or_a_pledge_is_no_retreat() -> None:
    insistence = code(
        "The Kenyan president appears to retreat from his earlier insistence on new tariffs."
    )
    assert not by_type(insistence, "RETREAT")
    assert not by_type(code("Kenya has retreated from its pledge to cut emissions."), "RETREAT")
    assert not by_type(code("Kenya backed away from its demand for compensation."), "RETREAT")
    cameras = code("The Kenyan president likes to retreat from the cameras in August.")
    assert not by_type(cameras, "RETREAT")


def test_troops_retreating_from_a_town_or_positions_still_retreat() -> None:
    town = by_type(code("Kenyan troops retreated from the border town."), "RETREAT")
    assert [pair(e) for e in town] == [("KEN", None)]
    positions = code("Kenyan forces withdrew from their positions near the border.")
    assert by_type(positions, "RETREAT")


def test_an_infinitive_opened_by_a_wh_word_is_a_question_not_an_act() -> None:
    events = code("Kenya and Uganda voted only on whether to lift sanctions on Somalia.")
    lifted = by_type(events, "RETREAT")
    assert lifted and all(e.hypothetical for e in lifted)
    discussed = by_type(code("Kenya and Uganda discussed when to lift sanctions."), "RETREAT")
    assert all(e.hypothetical for e in discussed)


def test_a_finite_clause_after_how_reports_the_act() -> None:
    events = by_type(code("The minister explained how Kenya invaded Uganda."), "ASSAULT")
    assert [pair(e) for e in events] == [("KEN", "UGA")]
    assert not events[0].hypothetical


def test_an_act_abandoned_was_not_done() -> None:
    events = by_type(code("Kenya has abandoned seeking support from Uganda."), "REQUEST")
    assert events and all(e.negated for e in events)
    sought = by_type(code("Kenya is seeking support from Uganda."), "REQUEST")
    assert sought and not any(e.negated for e in sought)
