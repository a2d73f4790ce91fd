"""The reference article's actors, on a passage written for the test in the same shape."""

from __future__ import annotations

from crossroads.actors import find_actors, resolve_person

PASSAGE = (
    "Russia’s Foreign Ministry spokesperson Ada Quillon framed Japan’s plans in Central Asia "
    "as political. She said Tokyo and the Japanese side want to steer the Central Asian "
    "countries away from the Russian Federation, citing Western leadership in Washington. "
    "Moscow expects partners to choose for themselves."
)


def test_every_actor_of_the_passage() -> None:
    found = [(m.text, m.actor.country, m.actor.sector) for m in find_actors(PASSAGE)]
    assert found == [
        ("Russia’s Foreign Ministry spokesperson Ada Quillon", "RUS", "GOV"),
        ("Japan", "JPN", None),
        ("Central Asia", "CAS", None),
        ("Tokyo", "JPN", "GOV"),
        ("Japanese side", "JPN", "GOV"),
        ("Central Asian countries", "CAS", None),
        ("Russian Federation", "RUS", None),
        ("Western leadership", "WST", "GOV"),
        ("Washington", "USA", "GOV"),
        ("Moscow", "RUS", "GOV"),
    ]


def test_unknown_speaker_takes_the_role_s_country() -> None:
    mention = find_actors(PASSAGE)[0]
    assert mention.person == "Ada Quillon"
    assert mention.role == "Foreign Ministry spokesperson"
    actor = resolve_person("Ada Quillon", "Russia’s Foreign Ministry spokesperson")
    assert actor is not None and (actor.name, actor.country, actor.sector) == (
        "Russia",
        "RUS",
        "GOV",
    )


def test_known_spokesperson_without_role() -> None:
    actor = resolve_person("Maria Zakharova", None, date="2024-05-01")
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "GOV")
