"""Round 8 (said events and arguments): questions put to a speaker, instruments that do not
act, addressees of an appeal, allegations, formal protests and calls for a boycott.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, code_attributed, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Event
from crossroads.nlp import load_nlp


def test_a_question_put_to_the_speaker_is_no_request_of_the_speaker() -> None:
    text = (
        "Asked whether Iran would allow Pakistani forces to pursue militants, Pakistan's "
        "foreign minister Ahmed Karimov said no."
    )
    doc = load_nlp()(text)
    statements = extract_statements(doc)
    # the attribution layer keeps the statement (PolNeAR annotates such cues) ...
    assert [s.cue for s in statements] == ["Asked"]
    # ... but no one asked Iran anything: the question was put to the speaker
    assert [e for e in code_events(doc, statements) if e.type == "REQUEST"] == []


def test_a_speaker_who_asks_still_requests() -> None:
    events = code_attributed(
        "Pakistan's foreign minister Ahmed Karimov asked Iran to release the fishermen."
    )
    assert ("REQUEST", "PAK", "IRN") in triples(events)


def test_the_instrument_of_an_act_does_not_act() -> None:
    events = code("The EU should use frozen Russian central bank assets to finance Ukraine's army.")
    assert {
        (e.type, e.source.country or e.source.org, e.target and e.target.country) for e in events
    } == {("COOPERATE", "EU", "UKR")}
    assert all(e.hypothetical for e in events)
    # a thing under a verb that is no instrument lends its infinitive no subject at all
    assert code("Kenya allowed Ugandan goods to enter Somalia.") == []


def test_a_party_that_can_act_still_takes_the_infinitive() -> None:
    events = code("Kenya urged Ugandan troops to withdraw from Somalia.")
    assert ("RETREAT", "UGA", "SOM") in triples(events)


def test_the_addressee_of_a_call_on_is_the_one_asked_to_act() -> None:
    events = code("Kenya called on Uganda to withdraw its troops from Somalia.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert [(e.source.country, e.hypothetical) for e in retreat] == [("UGA", True)]
    # hung as a purpose clause, the asked act is nobody's fact
    assert "AID" not in {e.type for e in code("Kenya appealed to Uganda to send aid to Somalia.")}


def accusations(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country, e.target and (e.target.country or e.target.org))
        for e in events
        if e.type == "ACCUSE"
    }


def test_alleging_a_hostile_act_accuses_its_author() -> None:
    events = code_attributed("Kenya alleged that Ugandan troops had shelled Kenyan villages.")
    assert accusations(events) == {("KEN", "UGA")}
    # the reported act is coded next to the accusation
    assert ("ASSAULT", "UGA", "KEN") in triples(events)
    assert next(e for e in events if e.type == "ACCUSE").mode == "allege"


def test_alleging_a_crime_accuses_the_one_said_to_commit_it() -> None:
    events = code_attributed("Rwanda alleged that France was complicit in the genocide.")
    assert accusations(events) == {("RWA", "FRA")}


def test_a_neutral_or_negated_report_is_no_allegation() -> None:
    assert (
        accusations(code_attributed("Kenya claimed that Uganda had not attacked Somalia.")) == set()
    )
    assert (
        accusations(code_attributed("Kenya claimed that Uganda would win the election.")) == set()
    )
    assert (
        accusations(code_attributed("Kenya said that Ugandan troops had shelled Somali villages."))
        == set()
    )
    # a claim of one's own attack is no accusation of oneself
    assert (
        accusations(code_attributed("Uganda claimed that its troops had shelled Somali villages."))
        == set()
    )


def test_a_protest_delivered_is_an_official_complaint_to_its_recipient() -> None:
    events = code("Kenya delivered a formal protest to Uganda on Monday.")
    assert {(e.type, e.mode) for e in events} == {("ACCUSE", "allege")}
    assert triples(events) == {("ACCUSE", "KEN", "UGA")}
    assert triples(code("Kenya handed Uganda's ambassador a note of protest.")) == {
        ("ACCUSE", "KEN", "UGA")
    }


def test_a_protest_delivered_through_a_summoned_envoy_is_the_summons() -> None:
    events = code("Poland's foreign ministry summoned Belarus's envoy to deliver a formal protest.")
    assert triples(events) == {("ACCUSE", "POL", "BLR")}


def test_a_call_for_a_boycott_criticises_the_party_it_is_against() -> None:
    assert triples(code("Kenya called for a boycott against Uganda.")) == {("ACCUSE", "KEN", "UGA")}
    assert triples(code("A Kenyan bishop called for a boycott of Nigerian goods.")) == {
        ("ACCUSE", "KEN", "NGA")
    }
    sanctions = code("Kenya pressed for sanctions on Uganda.")
    assert [(e.type, e.mode, e.target and e.target.country) for e in sanctions] == [
        ("ACCUSE", "disapprove", "UGA")
    ]
    # nobody it is against: nobody criticised
    assert [e for e in code("Kenya called for a boycott.") if e.type == "ACCUSE"] == []


def test_only_talks_ruled_out_are_a_meeting_refused() -> None:
    (talks,) = code("Russia ruled out talks with Ukraine.")
    assert (talks.type, talks.mode, talks.target and talks.target.country) == (
        "REJECT",
        "meet",
        "UKR",
    )
    rejected = [e for e in code("Kenya ruled out sending troops to Somalia.") if e.type == "REJECT"]
    assert [e.mode for e in rejected] == [None]
