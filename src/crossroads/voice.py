"""A document's own voice: the actor its first person stands for outside quotation marks.

A speech, a ministry's press release or an op-ed says "we" for its author: "We call on the
Myanmar authorities to release all political prisoners" in Kenya's speech to the General
Assembly is Kenya's request. Nothing in the text says so; the user does, for a run
(`crossroads process --voice Kenya`). Without a voice, a first person in the narrative takes
the subject of the sentence before, as any pronoun does.

Like the user dictionaries, the voice is set once per process (`use_voice`) and read by the
pipeline (`active_voice`), which hands it to the attribution and event stages.
"""

from __future__ import annotations

from pathlib import Path

from crossroads.actors import load_gazetteer, resolve_mention
from crossroads.model import Actor

_voice: list[Actor | None] = [None]


class VoiceError(ValueError):
    """A voice that names no actor."""


def resolve_voice(name: str, actor_files: tuple[Path, ...] = ()) -> Actor:
    """The actor `name` names ('Kenya', 'the Kenyan government'), with the user's actor
    dictionaries over the built-in ones; VoiceError when it names none."""
    gazetteer = load_gazetteer(actor_files) if actor_files else None
    actor = resolve_mention(name, gazetteer=gazetteer)
    if actor is None:
        raise VoiceError(f"{name!r} names no actor the actors layer knows")
    return actor


def use_voice(actor: Actor | None) -> None:
    """The voice of every document this process analyses (None: no voice)."""
    _voice[0] = actor


def active_voice() -> Actor | None:
    return _voice[0]


__all__ = ["VoiceError", "active_voice", "resolve_voice", "use_voice"]
