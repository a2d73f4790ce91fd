"""Small helpers for the events tests: parse invented text and code it with the real layers."""

from __future__ import annotations

from collections.abc import Sequence

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.model import Actor, Event, Speaker, Statement
from crossroads.nlp import load_nlp


def code(text: str, statements: Sequence[Statement] = ()) -> list[Event]:
    return code_events(load_nlp()(text), statements)


def code_attributed(text: str) -> list[Event]:
    """Statements from the attribution layer, then events: the path real articles take."""
    doc = load_nlp()(text)
    return code_events(doc, extract_statements(doc))


Flagged = tuple[str, str | None, str | None, bool, bool]


def flagged(text: str) -> set[Flagged]:
    """(type, source country, target country, negated, hypothetical) of each event coded."""
    return {
        (
            e.type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.negated,
            e.hypothetical,
        )
        for e in code(text)
    }


def triples(events: Sequence[Event]) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event."""
    return {(e.type, e.source.country, e.target and e.target.country) for e in events}


def statement(text: str, content: str, *, speaker: str, actor: Actor | None, cue: str) -> Statement:
    """A statement over `content` as the attribution stage would return it."""
    start = text.index(content)
    speaker_start = text.index(speaker)
    return Statement(
        speaker=Speaker(
            text=speaker,
            actor=actor,
            start=speaker_start,
            end=speaker_start + len(speaker),
        ),
        cue=cue,
        kind="indirect",
        content=content,
        start=start,
        end=start + len(content),
    )
