"""The resolver on the mentions the reference article makes, and on the issue's examples."""

from __future__ import annotations

import pytest

from crossroads.actors import find_actors, resolve_mention, resolve_person, role_sector


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("Russia", "RUS", None),
        ("Moscow", "RUS", "GOV"),
        ("the Russian Federation", "RUS", None),
        ("Russia’s Foreign Ministry", "RUS", "GOV"),
        ("Japan", "JPN", None),
        ("Tokyo", "JPN", "GOV"),
        ("the Japanese side", "JPN", "GOV"),
        ("Central Asia", "CAS", None),
        ("Central Asian states", "CAS", None),
        ("Washington", "USA", "GOV"),
        ("Western leadership in Washington", "USA", "GOV"),
        ("Turkish troops", "TUR", "MIL"),
        ("the Pentagon", "USA", "MIL"),
    ],
)
def test_seed_and_issue_mentions(mention: str, country: str, sector: str | None) -> None:
    actor = resolve_mention(mention)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


def test_organisation_has_no_country() -> None:
    actor = resolve_mention("NATO")
    assert actor is not None
    assert (actor.country, actor.sector, actor.org) == (None, "IGO", "NATO")


def test_nothing_fits() -> None:
    assert resolve_mention("the weather was fine") is None
    assert resolve_mention("turkey sandwiches") is None


def test_spokesperson_resolved_through_role() -> None:
    actor = resolve_person("Maria Zakharova", "Russia’s Foreign Ministry spokesperson")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("Russia", "RUS", "GOV")


def test_role_sector() -> None:
    assert role_sector("spokesperson") == "GOV"
    assert role_sector("troops") == "MIL"
    assert role_sector("rebels") == "REB"
    assert role_sector("weather") is None


def test_mentions_carry_offsets() -> None:
    text = "Russian diplomats said Moscow expects Central Asian states to weigh ties with Japan."
    mentions = find_actors(text)
    assert [m.actor.country for m in mentions] == ["RUS", "RUS", "CAS", "JPN"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
