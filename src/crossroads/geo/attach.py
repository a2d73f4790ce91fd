"""Which place an event happened at: a toponym inside the event's evidence span."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from crossroads.geo.gazetteer import default_index
from crossroads.model import Event, Place


def attach_places(events: Sequence[Event], places: Sequence[Place]) -> list[Event]:
    """Each event with `place` set to the best toponym of its evidence, or left as it was.

    A place after a locative preposition ("talks in Tashkent") beats one that is not; a city
    (it has coordinates) beats a country or region; then the earlier one wins.
    """
    return [_attach(event, places) for event in events]


def _attach(event: Event, places: Sequence[Place]) -> Event:
    ev = event.evidence
    inside = [p for p in places if ev.start <= p.start and p.end <= ev.end]
    if not inside:
        return event
    best = min(inside, key=lambda p: (not _is_locative(ev.text, p.start - ev.start), p.lat is None))
    return dataclasses.replace(event, place=best)


def _is_locative(evidence: str, offset: int) -> bool:
    """Whether the word just before `offset` in the evidence is a place preposition."""
    before = evidence[:offset].split()
    if before and before[-1].casefold() == "the":
        before = before[:-1]
    return bool(before) and before[-1].casefold() in default_index().words["locative"]
