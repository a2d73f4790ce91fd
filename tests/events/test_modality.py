"""PLOVER's modality conventions: intentions are AGREE or THREATEN, obligations REQUEST.

The CAMEO→PLOVER table maps CAMEO 03 (express intent to cooperate) to AGREE, 13 to THREATEN
and 10 (demand) to REQUEST; could/may/might stay hypothetical acts of their own type.
"""

from __future__ import annotations

from event_helpers import code, statement, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Actor
from crossroads.nlp import load_nlp

RUSSIA = Actor("Russia", country="RUS", sector="GOV")


def test_will_visit_is_agree() -> None:
    (event,) = code("Norway will visit Chile next month.")
    assert (event.type, event.cameo_root, event.hypothetical) == ("AGREE", "03", False)
    assert triples([event]) == {("AGREE", "NOR", "CHL")}


def test_ready_to_send_troops_is_agree() -> None:
    events = code("France is ready to send aid to Mali.")
    assert triples(events) == {("AGREE", "FRA", "MLI")}


def test_will_impose_sanctions_is_threaten() -> None:
    (event,) = code("Canada will impose sanctions on Iran.")
    assert (event.type, event.cameo_root) == ("THREATEN", "13")


def test_will_not_meet_is_reject() -> None:
    (event,) = code("Peru will not meet Chile.")
    assert (event.type, event.negated) == ("REJECT", False)


def test_intent_under_unless_is_an_ultimatum() -> None:
    events = code("Nigeria will withdraw its troops from Chad unless the rebels disarm.")
    assert [(e.type, e.cameo_root) for e in events] == [("THREATEN", "13")]


def test_could_stays_a_hypothetical_act() -> None:
    (event,) = code("Norway could visit Chile next month.")
    assert (event.type, event.hypothetical) == ("CONSULT", True)


def test_must_in_a_statement_is_the_speakers_request() -> None:
    text = "Ivan Petrovsky said that Japan must withdraw its troops from Korea."
    said = statement(
        text,
        "Japan must withdraw its troops from Korea",
        speaker="Ivan Petrovsky",
        actor=RUSSIA,
        cue="said",
    )
    events = code(text, [said])
    assert ("REQUEST", "RUS", "JPN") in triples(events)
    assert not any(e.type == "RETREAT" for e in events)


def test_pronoun_subject_of_a_reported_intention_is_the_speaker() -> None:
    doc = load_nlp()("Kenya said it is willing to withdraw all troops from Somalia.")
    events = code_events(doc, extract_statements(doc))
    assert ("AGREE", "KEN", "SOM") in triples(events)
