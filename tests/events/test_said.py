"""Said events: statements coded as events of their speaker's actor."""

from __future__ import annotations

from event_helpers import code, statement, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Actor
from crossroads.nlp import load_nlp

RUSSIA = Actor("Russia", country="RUS", sector="GOV")


def test_criticism_with_a_neutral_cue_is_accuse() -> None:
    text = "The ministry spokesman Ivan Petrovsky said that Japan was meddling in the region."
    said = statement(
        text, "Japan was meddling in the region", speaker="Ivan Petrovsky", actor=RUSSIA, cue="said"
    )
    events = code(text, [said])
    assert [
        (e.type, e.source.country, e.target and e.target.country, e.statement) for e in events
    ] == [("ACCUSE", "RUS", "JPN", 0)]


def test_pronoun_speaker_of_an_accusing_cue() -> None:
    text = "Ivan Petrovsky spoke on Monday. He accused Japan of interference."
    said = statement(text, "of interference", speaker="He", actor=RUSSIA, cue="accused")
    events = code(text, [said])
    assert [
        (e.type, e.source.country, e.target and e.target.country, e.statement) for e in events
    ] == [("ACCUSE", "RUS", "JPN", 0)]


def test_nested_report_codes_the_inner_speaker() -> None:
    text = "Germany said Poland had accused Hungary of blocking the deal."
    said = statement(
        text,
        "Poland had accused Hungary of blocking the deal",
        speaker="Germany",
        actor=Actor("Germany", country="DEU"),
        cue="said",
    )
    events = code(text, [said])
    assert triples(events) == {("ACCUSE", "POL", "HUN")}
    assert events[0].statement == 0


def test_expectation_is_request_with_the_addressee_as_target() -> None:
    text = "Ivan Petrovsky said Moscow expects Kazakhstan to weigh its options."
    said = statement(
        text,
        "Moscow expects Kazakhstan to weigh its options",
        speaker="Ivan Petrovsky",
        actor=RUSSIA,
        cue="said",
    )
    events = code(text, [said])
    assert [
        (e.type, e.source.country, e.target and e.target.country, e.statement) for e in events
    ] == [("REQUEST", "RUS", "KAZ", 0)]


def test_neutral_statement_gives_no_event() -> None:
    text = "Ivan Petrovsky said that Japan had held elections in July."
    said = statement(
        text, "Japan had held elections in July", speaker="Ivan Petrovsky", actor=RUSSIA, cue="said"
    )
    assert code(text, [said]) == []


def test_statement_without_a_coded_speaker_gives_no_event() -> None:
    text = "A fan said that Japan was meddling in the region."
    said = statement(
        text, "Japan was meddling in the region", speaker="A fan", actor=None, cue="said"
    )
    assert code(text, [said]) == []


ANALOGUE = (
    "Germany's Foreign Office spokesperson Anna Keller said Hungary's policy in the Balkans "
    "was driven by political aims rather than economic interests. "
    "According to the spokesperson, the Hungarian side would like to steer the Balkan "
    "countries away from Berlin, a shift she described as inherently anti-German. "
    "She noted that Berlin expects the regional governments to weigh their options carefully."
)


def test_invented_seed_analogue_with_real_attribution() -> None:
    doc = load_nlp()(ANALOGUE)
    statements = extract_statements(doc)
    events = code_events(doc, statements)
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert any(
        e.source.country == "DEU"
        and e.target is not None
        and e.target.country == "HUN"
        and not e.negated
        and e.statement is not None
        for e in accuse
    )
    request = [e for e in events if e.type == "REQUEST"]
    assert any(
        e.source.country == "DEU" and e.target is not None and e.target.country == "BLK"
        for e in request
    )
    assert all(e.source.country or e.source.org for e in events)
