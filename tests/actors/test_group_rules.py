"""Third-round resolver rules: countryless groups, "from" origins, compound and full names."""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors, resolve_mention


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("a human rights group", "NGO"),
        ("Islamic fundamentalists", "RAD"),
        ("Leaders of the Zarvanian opposition coalition", "OPP"),
    ],
)
def test_group_phrases_without_country(text: str, sector: str) -> None:
    actor = resolve_mention(text)
    assert actor is not None and actor.country is None and actor.sector == sector


def test_plain_role_without_group_sector_is_no_actor() -> None:
    assert resolve_mention("the rebels") is None


def test_group_role_before_place_takes_the_place() -> None:
    actor = resolve_mention("leaders of the opposition in Kenya")
    assert actor is not None and (actor.country, actor.sector) == ("KEN", "OPP")


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Soldiers from Japan", "JPN", "MIL"),
        ("officials from Japan", "JPN", "GOV"),
        ("Doctors from three Canadian aid groups", "CAN", "HLH"),
    ],
)
def test_role_from_country(text: str, country: str, sector: str) -> None:
    actor = resolve_mention(text)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_from_after_removal_is_a_movement() -> None:
    mentions = find_actors("Ruritania will withdraw its peacekeeping force from Chad")
    chad = [m for m in mentions if m.actor.country == "TCD"]
    assert chad and chad[0].text == "Chad" and chad[0].actor.sector is None


def test_hyphenated_compound_name_is_not_a_person() -> None:
    text = "They marched in the Shan-e-Mustafa rally."
    assert all(m.kind != "person" for m in find_actors(text))


def test_long_name_must_fit_the_full_name() -> None:
    assert resolve_mention("Minister Farid Anwar Khan", date="2020-01-01") is None
    imran = resolve_mention("Prime Minister Imran Khan", date="2020-01-01")
    assert imran is not None and imran.country == "PAK"


def test_given_name_picks_among_namesakes() -> None:
    mentions = find_actors("prime minister Andreas Papandreou", date="1985-01-01")
    assert [m.person for m in mentions] == ["A. Papandreou"]


def test_surname_only_leader_fits_any_given_name() -> None:
    actor = resolve_mention("President Omar Hassan al-Bashir", date="2005-01-01")
    assert actor is not None and actor.country == "SDN"
