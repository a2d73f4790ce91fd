"""Round 8 of the actors layer: bodies of an organisation whose names end like another's."""

from __future__ import annotations

from crossroads.actors import find_actors


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.org) for m in find_actors(text)]


def test_the_african_unions_peace_and_security_council_is_the_au() -> None:
    found = _orgs("The African Union's Peace and Security Council urged restraint on Monday.")
    assert ("Peace and Security Council", "AU") in found
    assert all(org != "UNSC" for _, org in found)


def test_the_security_council_alone_is_still_the_uns() -> None:
    assert _orgs("The Security Council met on Monday.") == [("Security Council", "UNSC")]
