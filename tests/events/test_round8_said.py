"""Round 8 (said events and arguments): questions put to a speaker, instruments that do not
act, addressees of an appeal, allegations, formal protests and calls for a boycott.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Event
from crossroads.nlp import load_nlp


def pipeline(text: str) -> list[Event]:
    """Statements from the attribution layer, then events: the path real articles take."""
    doc = load_nlp()(text)
    return code_events(doc, extract_statements(doc))


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
    events = pipeline(
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
