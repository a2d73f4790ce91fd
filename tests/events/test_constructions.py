"""Sources and targets from the parse, modifiers, and precision guards."""

from __future__ import annotations

from event_helpers import code, triples


def test_subject_and_object() -> None:
    assert triples(code("Russia accused Japan of meddling.")) == {("ACCUSE", "RUS", "JPN")}


def test_prepositional_recipients() -> None:
    assert ("CONSULT", "JPN", "CHN") in triples(code("Japan held talks with China."))
    assert ("SANCTION", "USA", "IRN") in triples(code("Washington imposed sanctions on Iran."))
    assert ("AID", "FRA", "UKR") in triples(code("France sent aid to Ukraine."))


def test_passive_with_agent() -> None:
    events = code("Ukraine was shelled by Russian troops on Monday.")
    assert [
        (e.type, e.source.country, e.source.sector, e.target and e.target.country) for e in events
    ] == [("ASSAULT", "RUS", "MIL", "UKR")]


def test_passive_without_agent_has_no_source() -> None:
    assert code("Ukraine was shelled on Monday.") == []


def test_coordinated_subjects_give_one_event_each() -> None:
    events = code("Both Russia and China condemned the strikes by the United States.")
    assert triples(events) == {("ACCUSE", "RUS", "USA"), ("ACCUSE", "CHN", "USA")}


def test_coordinated_objects_give_one_event_each() -> None:
    events = code("Germany criticized Poland and Hungary.")
    assert triples(events) == {("ACCUSE", "DEU", "POL"), ("ACCUSE", "DEU", "HUN")}


def test_no_event_without_a_coded_source() -> None:
    assert code("The protesters accused the police of brutality.") == []
    assert code("A senior official criticized Japan.") == []


def test_no_default_event_when_nothing_matches() -> None:
    assert code("Russia and Japan are both large countries with long coastlines.") == []


def test_negation_is_flagged_not_dropped() -> None:
    (event,) = code("Russia did not attack Ukraine.")
    assert (event.type, event.negated, event.hypothetical) == ("ASSAULT", True, False)


def test_denial_of_an_intention() -> None:
    (event,) = code("Russia denied that it would invade Ukraine.")
    assert (event.type, event.source.country, event.target and event.target.country) == (
        "ASSAULT",
        "RUS",
        "UKR",
    )
    assert event.negated and event.hypothetical


def test_ruled_out() -> None:
    events = code("Russia ruled out talks with Ukraine.")
    assert triples(events) == {("REJECT", "RUS", "UKR")}


def test_modal_is_hypothetical() -> None:
    (event,) = code("Japan could impose sanctions on Russia.")
    assert (event.type, event.hypothetical, event.negated) == ("SANCTION", True, False)


def test_plans_to_cut_ties_is_a_threat() -> None:
    """PLOVER: an announced conflictual act is THREATEN (CAMEO 13), stated, not hypothetical."""
    (event,) = code("China plans to cut ties with Japan.")
    assert (event.type, event.cameo_root, event.hypothetical) == ("THREATEN", "13", False)


def test_threatened_to_codes_the_threat_and_flags_the_act() -> None:
    events = {e.type: e for e in code("Iran threatened to attack Israel.")}
    assert events["THREATEN"].target is not None and events["THREATEN"].target.country == "ISR"
    assert not events["THREATEN"].hypothetical
    assert events["ASSAULT"].hypothetical


def test_done_event_is_neither_negated_nor_hypothetical() -> None:
    (event,) = code("Canada expelled two Russian diplomats.")
    assert not event.negated and not event.hypothetical


def test_sports_report_full_of_said_gives_no_events() -> None:
    text = (
        "France beat Brazil 2-1 in the World Cup final on Sunday, the coach said. "
        "Brazil attacked down the left and struck the post twice, the striker said. "
        "Germany will meet Spain in the semifinal, officials said. "
        "England's captain said the team had defended well and rejected criticism of the "
        "referee. Argentina threatened to score early, the goalkeeper said."
    )
    assert code(text) == []


def test_evidence_offsets_index_the_text() -> None:
    text = "Talks were calm. Later, Germany sent humanitarian aid to Ukraine."
    for event in code(text):
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_coordinated_demonyms_of_one_role_noun_are_two_sources() -> None:
    events = code("Senior Hungarian and Romanian officials met in Vienna.")
    assert {e.source.country for e in events} == {"HUN", "ROU"}
