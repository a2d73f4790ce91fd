"""Reciprocal events (reciprocal.py): mutual acts coded both ways, visits with their host.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from dataclasses import dataclass

from event_helpers import code, statement, triples

from crossroads.actors import find_actors
from crossroads.events import code_events
from crossroads.events.arguments import ActorIndex
from crossroads.events.calibration import calibration
from crossroads.events.lexicon import lexicon
from crossroads.events.reciprocal import mirror_of, reciprocity
from crossroads.model import Actor, Event, Evidence
from crossroads.nlp import load_nlp

KENYA = Actor("Kenya", country="KEN", sector="GOV")


def one(events: list[Event], kind: str, source: str, target: str) -> Event:
    found = [
        e
        for e in events
        if (e.type, e.source.country, e.target and e.target.country) == (kind, source, target)
    ]
    assert len(found) == 1, (kind, source, target, events)
    return found[0]


def test_an_arrival_is_hosted_by_the_country_visited() -> None:
    text = "Kenyan President Arthur Wanjiru arrived in Uganda on Monday on an official visit."
    events = code(text)
    visit = one(events, "CONSULT", "KEN", "UGA")
    host = one(events, "CONSULT", "UGA", "KEN")
    assert host.mode == "visit" and host.cameo_root == "04"
    # the mirror ranks a little below the stated act (its prior less the drop, then calibrated)
    prior = code_events(load_nlp()(text), [], calibrate=False)
    drop = reciprocity().confidence_drop
    assert one(prior, "CONSULT", "UGA", "KEN").confidence == round(
        one(prior, "CONSULT", "KEN", "UGA").confidence - drop, 2
    )
    assert host.confidence == calibration().probability(
        one(prior, "CONSULT", "UGA", "KEN").confidence
    )
    assert host.confidence < visit.confidence
    delegation = code("A Kenyan delegation visited Kampala last week.")
    assert one(delegation, "CONSULT", "UGA", "KEN").mode == "visit"


def test_a_meeting_is_coded_both_ways() -> None:
    events = code("Kenya's foreign minister met Ugandan President Musa Kato in Kampala on Tuesday.")
    assert {("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")} <= triples(events)
    talks = code("Kenya held talks with Uganda on Friday.")
    assert triples(talks) == {("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")}


def test_a_meeting_that_did_not_happen_did_not_happen_for_either_side() -> None:
    events = code("The Kenyan foreign minister did not meet Ugandan officials during his trip.")
    assert one(events, "CONSULT", "UGA", "KEN").negated
    maybe = code("The Kenyan foreign minister may meet Ugandan officials next week.")
    assert one(maybe, "CONSULT", "UGA", "KEN").hypothetical


def test_a_refused_meeting_is_the_refusers_stance_only() -> None:
    events = code("The Kenyan foreign minister refused to meet Ugandan officials.")
    assert ("CONSULT", "KEN", "UGA") in triples(events)
    assert not any(e.source.country == "UGA" for e in events)


def test_coordinated_parties_that_met_are_not_doubled() -> None:
    events = code("Kenya and Uganda met on Friday.")
    assert len(events) == 2
    assert triples(events) == {("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")}


def test_a_visit_to_an_organisation_or_a_summit_venue_has_no_host() -> None:
    brussels = code("The Kenyan foreign minister arrived in Brussels for a NATO summit.")
    assert brussels and all(e.source.country == "KEN" for e in brussels)
    rome = code("The Kenyan foreign minister arrived in Rome for a G20 summit.")
    assert ("CONSULT", "KEN", "ITA") in triples(rome)
    assert not any(e.source.country == "ITA" for e in rome)
    kigali = code("The Kenyan envoy flew to Kigali to meet Ugandan officials.")
    assert ("CONSULT", "KEN", "RWA") in triples(kigali)
    assert not any(e.source.country == "RWA" for e in kigali)
    # a summit with the host itself is a visit to the host
    bilateral = code(
        "The Kenyan foreign minister arrived in Kampala for a summit with Ugandan President "
        "Musa Kato."
    )
    assert ("CONSULT", "UGA", "KEN") in triples(bilateral)


def test_a_departure_or_a_private_visitor_has_no_host_coded() -> None:
    left = code("The Kenyan foreign minister left for Kampala on Monday for talks.")
    assert ("CONSULT", "KEN", "UGA") in triples(left)
    assert not any(e.source.country == "UGA" for e in left)
    business = code("Kenyan businessman Otieno Mwangi visited Uganda last week.")
    assert not any(e.source.country == "UGA" for e in business)


def test_one_sided_consultations_are_not_mirrored() -> None:
    call = code("The Kenyan president telephoned Ugandan President Musa Kato on Tuesday.")
    mediation = code("The Kenyan envoy undertook a mediation mission between Uganda and Rwanda.")
    for events in (call, mediation):
        assert events and all(e.source.country == "KEN" for e in events)


def test_an_armed_clash_is_mutual_a_quarrel_is_not() -> None:
    armed = code("Kenyan rebels clashed with Ugandan troops on Sunday.")
    assert {("ASSAULT", "KEN", "UGA"), ("ASSAULT", "UGA", "KEN")} == triples(armed)
    quarrel = code("Kenya clashed with Uganda over tariffs.")
    assert not any(e.source.country == "UGA" for e in quarrel)


def test_no_mirror_within_one_country() -> None:
    events = code("Kenyan police clashed with Kenyan protesters in Nairobi.")
    assert events and all(e.source.sector != "CVL" for e in events)


def _meeting(text: str) -> tuple[Event, ActorIndex]:
    doc = load_nlp()(text)
    index = ActorIndex(doc, find_actors(text), lex=lexicon())
    uganda = Actor("Uganda", country="UGA", sector="GOV")
    event = Event(
        type="CONSULT",
        source=KENYA,
        target=uganda,
        evidence=Evidence(text, 0, len(text)),
        cameo_root="04",
        statement=0,
        confidence=0.8,
    )
    return event, index


def test_a_said_event_is_mirrored_only_when_the_statement_reports_the_meeting() -> None:
    text = "Kenya's foreign minister met Ugandan officials on Monday and said the talks went well."
    event, index = _meeting(text)
    doc = load_nlp()(text)
    words = reciprocity()
    about_talks = statement(
        text, "the talks went well", speaker="minister", actor=KENYA, cue="said"
    )
    assert mirror_of(event, doc, [about_talks], index=index, words=words) is None
    reported = statement(text, "met Ugandan officials", speaker="minister", actor=KENYA, cue="said")
    mirror = mirror_of(event, doc, [reported], index=index, words=words)
    assert mirror is not None and mirror.source.country == "UGA" and mirror.statement == 0


def test_no_mirror_without_a_recipient() -> None:
    text = "Kenya's foreign minister met Ugandan officials on Monday."
    event, index = _meeting(text)
    doc = load_nlp()(text)
    words = reciprocity()
    alone = Event(type="CONSULT", source=KENYA, target=None, evidence=event.evidence)
    assert mirror_of(alone, doc, [], index=index, words=words) is None
    talks = code("Kenya held talks on Friday.")
    assert talks and all(e.target is None for e in talks)


def test_a_planned_or_denied_meeting_is_not_mirrored() -> None:
    for text in (
        "In Kampala, the Kenyan foreign minister was to meet Ugandan President Musa Kato.",
        "The Kenyan foreign minister has had no discussions with Ugandan officials since May.",
        "The Kenyan envoy flew to Kigali to meet Ugandan officials.",
    ):
        events = code(text)
        assert not any(e.source.country == "UGA" for e in events), (text, events)


def test_a_visit_to_a_place_in_a_country_or_to_ones_troops_has_no_host() -> None:
    for text in (
        "The Kenyan foreign minister visited the Ugandan embassy in Kigali on Monday.",
        "The Kenyan president flew to Somalia on Sunday to visit Kenyan troops.",
    ):
        events = code(text)
        assert events and all(e.source.country == "KEN" for e in events), (text, events)


def test_a_meeting_still_to_come_is_not_mirrored() -> None:
    events = code(
        "Before meeting with Uganda's president, the Kenyan foreign minister will visit Rwanda."
    )
    assert not any(e.source.country == "UGA" for e in events)


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor: Actor


def _country_only_finder(text: str) -> list[_Mention]:
    """Mentions coded with a country and no sector, as a TABARI dictionary codes persons."""
    names = {
        "Kenyan President Arthur Wanjiru": Actor("Wanjiru", country="KEN"),
        "Kenyan columnist Otieno Mwangi": Actor("Mwangi", country="KEN"),
        "Uganda": Actor("Uganda", country="UGA"),
    }
    found = [(text.find(name), name, actor) for name, actor in names.items()]
    return [_Mention(i, i + len(name), actor) for i, name, actor in found if i >= 0]


def test_a_visitor_coded_by_country_only_is_hosted_when_titled_an_official() -> None:
    nlp = load_nlp()
    official = "Kenyan President Arthur Wanjiru arrived in Uganda on Monday."
    events = code_events(nlp(official), [], finder=_country_only_finder)
    assert ("CONSULT", "UGA", "KEN") in triples(events)
    writer = "Kenyan columnist Otieno Mwangi arrived in Uganda on Monday."
    events = code_events(nlp(writer), [], finder=_country_only_finder)
    assert ("CONSULT", "KEN", "UGA") in triples(events)
    assert not any(e.source.country == "UGA" for e in events)


def test_idioms_and_deployments_are_not_mirrored() -> None:
    halfway = code("Kenya said it may meet Uganda halfway on the border dispute.")
    assert not any(e.source.country == "UGA" for e in halfway)
    unit = code("The first Kenyan army unit arrived in Somalia on Monday.")
    assert not any(e.source.country == "SOM" for e in unit)
