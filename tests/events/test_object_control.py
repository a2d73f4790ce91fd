"""Whose act a gerund after 'of' / 'for' is, and one event per act however often it is named."""

from __future__ import annotations

from dataclasses import replace

from event_helpers import code, triples

from crossroads.events.coder import dedupe


def test_the_act_an_object_is_accused_of_is_alleged_not_coded() -> None:
    """Session 11: an alleged act is the accuser's ACCUSE, neither side's ASSAULT."""
    events = triples(code("Kenya accused Uganda of shelling Sudanese villages."))
    assert ("ACCUSE", "KEN", "UGA") in events
    assert not [e for e in events if e[0] == "ASSAULT"]


def test_the_act_an_object_is_praised_for_is_the_objects() -> None:
    events = triples(code("Kenya praised Uganda for sending troops to Somalia."))
    assert ("MOBILIZE", "UGA", "SOM") in events
    assert ("MOBILIZE", "KEN", "SOM") not in events


def test_a_gerund_after_another_preposition_keeps_the_subject() -> None:
    assert ("ASSAULT", "KEN", "SDN") in triples(
        code("Kenya resorted to shelling Sudanese villages.")
    )


def test_a_person_and_the_country_in_his_phrase_are_one_source() -> None:
    events = code("Kenya's President Amani Odhiambo criticized Uganda over the border raids.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source.country, e.source.sector) for e in accusations] == [("KEN", "GOV")]


def test_two_statements_over_the_same_words_give_one_event() -> None:
    (event,) = [e for e in code("Kenya accused Uganda of spying.") if e.type == "ACCUSE"]
    reported_twice = [replace(event, statement=0), replace(event, statement=1)]
    assert dedupe(reported_twice) == [reported_twice[0]]


def test_a_finite_verb_after_the_blamed_act_is_the_accusers() -> None:
    """'accused X of entering … and called on Y': 'called' cannot coordinate with the gerund,
    so the appeal is the accuser's, not X's."""
    events = triples(
        code(
            "Kenya accused the Ugandan fishing boat of illegally entering Kenyan waters "
            "and called on Uganda to stop the provocations."
        )
    )
    assert ("REQUEST", "KEN", "UGA") in events
    assert not any(kind == "REQUEST" and source == "UGA" for kind, source, _ in events)
