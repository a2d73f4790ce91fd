"""Places inside countries, peoples and ethnic groups, the newer role nouns, and names with
particles after a title."""

from __future__ import annotations

from collections import defaultdict

import pytest

from crossroads.actors import find_actors, resolve_mention
from crossroads.actors.gazetteer import DATA_DIR, read_tsv


def _code(text: str, date: str | None = None) -> tuple[str | None, str | None]:
    actor = resolve_mention(text, date=date)
    assert actor is not None, text
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Darfur", ("SDN", None)),
        ("rebels in Darfur", ("SDN", "REB")),
        ("Darfur rebels", ("SDN", "REB")),
        ("the town of Samarra", ("IRQ", None)),
        ("Helmand", ("AFG", None)),  # generated from ISO 3166-2 and hand-written alike
        ("the governor of Texas", ("USA", "GOV")),
        ("government of Balochistan province", ("PAK", "GOV")),
        ("Kharkiv", ("UKR", None)),
        ("Tel Aviv", ("ISR", None)),
    ],
)
def test_places_code_their_country(text: str, code: tuple[str | None, str | None]) -> None:
    assert _code(text) == code


def test_a_place_is_flagged_as_a_place() -> None:
    (mention,) = find_actors("a roadside bomb near Mosul")
    assert (mention.kind, mention.locative, mention.is_capital) == ("place", True, False)


def test_places_never_take_names_from_other_actors() -> None:
    assert _code("Georgia") == ("GEO", None)
    assert _code("Washington") == ("USA", "GOV")


def test_one_word_place_inside_a_longer_name_is_no_place() -> None:
    found = find_actors("Virginia Okafor and Jos Vermeer spoke.")
    assert [m.actor.country for m in found] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Libyans", ("LBY", "CVL")),
        ("Libyan", ("LBY", None)),
        ("Iraqi Kurds", ("IRQ", "CVL")),
        ("Bosnian Serbs", ("BIH", "CVL")),
        ("Yoruba leaders", ("NGA", "ELI")),
        ("Chechen rebels", ("RUS", "REB")),
        ("Macedonian ethnic Albanians", ("MKD", "CVL")),
        ("Kampuchean guerrilla", ("KHM", "REB")),
    ],
)
def test_peoples(text: str, code: tuple[str | None, str | None]) -> None:
    assert _code(text) == code


def test_a_people_living_in_several_countries_has_none_alone() -> None:
    assert resolve_mention("Kurds") is None


def test_ethnic_name_that_is_a_given_name() -> None:
    assert find_actors("Karen Osei said so.") == []
    assert _code("Karen guerrillas") == ("MMR", "REB")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian aircraft", ("RUS", "MIL")),
        ("Israeli helicopters", ("ISR", "MIL")),
        ("US servicemen", ("USA", "MIL")),
        ("Afghan guerillas", ("AFG", "REB")),
        ("Saudi-led forces", ("SAU", "MIL")),
        ("Iraqi youths", ("IRQ", "CVL")),
        ("Danish web sites", ("DNK", "MED")),
    ],
)
def test_role_nouns(text: str, code: tuple[str | None, str | None]) -> None:
    assert _code(text) == code


@pytest.mark.parametrize("text", ["President Omar Hassan al-Bashir", "President Omar El Bashir"])
def test_particles_and_article_forms_in_names(text: str) -> None:
    mention = find_actors(text, date="2005-06-01")[0]
    assert (mention.actor.country, mention.actor.sector) == ("SDN", "GOV")
    assert mention.text == text


def _countries() -> set[str]:
    """ISO codes (pycountry) and the hand-written ones it lacks (Kosovo, XKX)."""
    files = ("countries.tsv", "country_names.tsv")
    return {row["code"] for name in files for row in read_tsv(DATA_DIR / name)}


def test_generated_subdivisions_are_unambiguous_and_known() -> None:
    countries = _countries()
    stop = {
        row["name"].lower(): row["why"] for row in read_tsv(DATA_DIR / "subdivision_stoplist.tsv")
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(DATA_DIR / "subdivisions.tsv"):
        assert row["country"] in countries, row
        assert stop.get(row["name"].lower()) != "common", row
        owners[row["name"].lower()].add(row["country"])
    assert owners and all(len(codes) == 1 for codes in owners.values())


def test_hand_places_have_known_countries() -> None:
    countries = _countries()
    rows = list(read_tsv(DATA_DIR / "places.tsv"))
    assert len(rows) > 300
    assert all(row["country"] in countries for row in rows)
