"""Fourth-round rules: phrasal patterns, material acts, place recipients, purpose clauses."""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.events import code_events
from crossroads.nlp import load_nlp


def top_type(text: str) -> str | None:
    events = code_events(load_nlp()(text), ())
    if not events:
        return None
    return max(events, key=lambda e: e.confidence).type


def test_calling_off_a_strike_is_a_concession_not_a_protest() -> None:
    assert top_type("Nigerian teachers called off their strike on Monday.") == "CONCEDE"
    assert top_type("Nigerian teachers called a strike on Monday.") == "PROTEST"


def test_suspended_aid_is_a_sanction() -> None:
    assert ("SANCTION", "USA", "EGY") in triples(
        code("The United States suspended military aid to Egypt.")
    )


def test_demolitions_are_coercion() -> None:
    assert top_type("Israeli bulldozers demolished Palestinian homes in Gaza.") == "COERCE"


def test_lifting_a_curfew_is_a_concession() -> None:
    assert top_type("Sudan lifted the curfew in Khartoum on Sunday.") == "CONCEDE"


def test_an_attack_without_an_actor_object_takes_the_place() -> None:
    events = code("Somali rebels exploded several bombs in the capital Mogadishu.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [
        ("ASSAULT", "SOM", "SOM")
    ]
    assert events[0].mode == "explosives"


def test_an_actor_object_wins_over_the_place() -> None:
    events = code("Afghan rebels attacked Pakistani troops in Kabul.")
    assert ("ASSAULT", "AFG", "PAK") in triples(events)
    assert ("ASSAULT", "AFG", "AFG") not in triples(events)


def test_misparsed_lemma_of_staged_still_matches() -> None:
    assert top_type("Indonesian students staged mass demonstrations on Saturday.") == "PROTEST"


def test_a_purpose_ranks_below_the_act_that_serves_it() -> None:
    text = "Thousands of Indonesian students staged mass demonstrations to demand reforms."
    assert top_type(text) == "PROTEST"


def test_mounted_invasion_of_takes_the_of_phrase() -> None:
    assert ("ASSAULT", "ISR", "LBN") in triples(code("Israel mounted its invasion of Lebanon."))


def test_resignation_is_a_retreat() -> None:
    assert top_type("The Georgian president resigned on Sunday.") == "RETREAT"
