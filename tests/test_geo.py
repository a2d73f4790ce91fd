"""The places stage on invented sentences about real places: toponyms, offsets, event places."""

from __future__ import annotations

from functools import cache

import pytest
from spacy.language import Language

from crossroads.geo import attach_places, find_places
from crossroads.geo.evaluate import evaluate_places
from crossroads.model import Actor, Event, Evidence, Place
from crossroads.nlp import load_nlp
from support import shared_path


@cache
def _nlp() -> Language:
    return load_nlp()


def places_of(text: str) -> list[Place]:
    places = find_places(_nlp()(text))
    for p in places:
        assert text[p.start : p.end] == p.text
    return places


def by_text(places: list[Place], text: str) -> Place:
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not among {places}"
    return found[0]


def test_city_after_in_has_country_and_coordinates() -> None:
    tashkent = by_text(places_of("Talks were held in Tashkent on Monday."), "Tashkent")
    assert (tashkent.name, tashkent.country) == ("Tashkent", "UZB")
    assert tashkent.lat == pytest.approx(41.3, abs=0.1)
    assert tashkent.lon == pytest.approx(69.3, abs=0.2)


def test_country_mention_has_code_and_no_point() -> None:
    uzbekistan = by_text(places_of("Uzbekistan signed the agreement."), "Uzbekistan")
    assert (uzbekistan.country, uzbekistan.lat, uzbekistan.lon) == ("UZB", None, None)


def test_same_named_city_follows_the_state_named_after_it() -> None:
    illinois = by_text(places_of("The mayor of Springfield, Illinois, spoke."), "Springfield")
    oregon = by_text(places_of("Residents of Springfield, Oregon, protested."), "Springfield")
    assert illinois.lat == pytest.approx(39.8, abs=0.1)
    assert oregon.lat == pytest.approx(44.05, abs=0.1)


def test_same_named_city_follows_a_country_named_elsewhere() -> None:
    alone = by_text(places_of("Fighting in Tripoli continued."), "Tripoli")
    lebanon = by_text(
        places_of("Fighting in Tripoli continued, Lebanese officials said."), "Tripoli"
    )
    assert (alone.country, lebanon.country) == ("LBY", "LBN")


def test_unnamed_state_falls_back_to_the_largest_city() -> None:
    springfield = by_text(places_of("Protesters gathered in Springfield."), "Springfield")
    assert springfield.country == "USA"
    assert springfield.lat == pytest.approx(37.2, abs=0.1)  # Missouri, the most populous


def test_capital_speaking_for_its_government_is_no_place() -> None:
    text = "Moscow said it would respond. Officials later met in Moscow."
    places = places_of(text)
    assert [p.start for p in places if p.text == "Moscow"] == [text.rindex("Moscow")]


def test_place_inside_an_actor_mention_and_accentless_spelling() -> None:
    places = places_of("Rebels in Darfur met envoys in Sao Paulo.")
    assert by_text(places, "Darfur").country == "SDN"
    assert by_text(places, "Sao Paulo").name == "São Paulo"


def _event(text: str, start: int, end: int) -> Event:
    return Event(
        type="CONSULT",
        source=Actor("Uzbekistan", "UZB"),
        target=None,
        evidence=Evidence(text[start:end], start, end),
    )


def test_attach_prefers_a_locative_city_inside_the_evidence() -> None:
    text = (
        "Preface. Russia and Uzbekistan held talks in Tashkent. Later, Kazakhstan spoke in Astana."
    )
    places = places_of(text)
    first = _event(text, text.index("Russia"), text.index(" Later"))
    outside = _event(text, 0, len("Preface."))
    attached = attach_places([first, outside], places)
    assert attached[0].place is not None and attached[0].place.text == "Tashkent"
    assert attached[1].place is None
    assert attached[0].evidence == first.evidence


def test_attach_takes_a_country_when_no_city_is_named() -> None:
    text = "Protests spread across Ukraine."
    event = _event(text, 0, len(text))
    (attached,) = attach_places([event], places_of(text))
    assert attached.place is not None and attached.place.country == "UKR"


def test_continent_is_a_region_not_a_same_named_town() -> None:
    asia = by_text(places_of("The crude was sold to buyers in Asia."), "Asia")
    assert (asia.name, asia.country, asia.lat) == ("Asia", None, None)


def test_split_entity_is_joined_into_the_known_city_name() -> None:
    text = "Deputy ministers met in Boa Vista and agreed on customs checks."
    boa_vista = by_text(places_of(text), "Boa Vista")
    assert boa_vista.country == "BRA"


def test_surname_that_is_also_a_town_is_no_place() -> None:
    text = "The deputy minister, Helena Vasconcelos Prado, said the road would reopen."
    assert "Prado" not in {p.text for p in places_of(text)}


@pytest.mark.shared
def test_geowebnews_named_toponyms_are_found_and_placed_in_their_country() -> None:
    score = evaluate_places(shared_path("data", "geo", "GeoWebNews_GWN.xml"), limit=40)
    assert score.articles == 40
    assert score.precision > 0.65
    assert score.recall_named > 0.45
    assert score.country_accuracy > 0.9 and score.country_scored > 50
    assert score.within_161km > 0.7
