"""'the States' is no alias of the United States (session 14: UN speeches say "the States
Members of the United Nations")."""

from __future__ import annotations

from crossroads.actors import find_actors


def test_the_states_members_of_the_united_nations_are_not_the_united_states() -> None:
    text = "Lithuania calls on all the States Members of the United Nations to assist Ukraine."
    assert "USA" not in {m.actor.country for m in find_actors(text) if m.actor is not None}


def test_the_united_states_keeps_its_names() -> None:
    for text in ("the United States", "the U.S.", "America", "the US government"):
        assert "USA" in {m.actor.country for m in find_actors(text) if m.actor is not None}
