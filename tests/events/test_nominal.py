"""Events stated as nouns and through light verbs."""

from __future__ import annotations

from event_helpers import code, triples


def test_possessive_source_and_prepositional_target() -> None:
    assert triples(code("Russia's attack on Ukraine killed five people.")) == {
        ("ASSAULT", "RUS", "UKR")
    }


def test_by_phrase_source_under_a_verb_that_is_an_event_too() -> None:
    events = code("Egypt condemned the attacks by Israel on Lebanon.")
    assert triples(events) == {("ACCUSE", "EGY", "ISR"), ("ASSAULT", "ISR", "LBN")}


def test_actor_adjective_source() -> None:
    assert triples(code("The Russian invasion of Ukraine continued.")) == {
        ("ASSAULT", "RUS", "UKR")
    }


def test_meeting_between_two_actors_is_symmetric() -> None:
    events = code("A meeting between Armenia and Azerbaijan took place in Moscow.")
    assert triples(events) == {("CONSULT", "ARM", "AZE"), ("CONSULT", "AZE", "ARM")}


def test_nominal_event_needs_a_coded_recipient() -> None:
    assert code("Russia's attack was repelled.") == []


def test_nominal_event_needs_a_coded_source() -> None:
    assert code("The attack on Ukraine killed five people.") == []


def test_regression_sports_attack_is_no_event() -> None:
    assert code("Riverside's attack on the left flank was relentless.") == []


def test_nominal_events_rank_below_verbal_ones() -> None:
    events = code("Egypt condemned the attacks by Israel on Lebanon.")
    by_type = {e.type: e.confidence for e in events}
    assert by_type["ASSAULT"] < by_type["ACCUSE"]


def test_light_verb_constructions() -> None:
    # talks are held by both parties (reciprocal.py adds the mirror)
    talks = {("CONSULT", "FRA", "DEU"), ("CONSULT", "DEU", "FRA")}
    assert triples(code("France held talks with Germany on Monday.")) == talks
    assert triples(code("Japan imposed sanctions on Russia.")) == {("SANCTION", "JPN", "RUS")}
    assert triples(code("Egypt signed an agreement with Sudan.")) == {("SUPPORT", "EGY", "SDN")}
    assert triples(code("Poland launched an attack on Belarus.")) == {("ASSAULT", "POL", "BLR")}
