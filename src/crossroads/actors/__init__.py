"""Actors: who an article names, coded as country (ISO alpha-3 or CAMEO region), sector and org.

The public API other stages use:

- `resolve_mention(text, date=)`: the actor a mention names ("Russia's Foreign Ministry" ->
  RUS GOV; "NATO" -> org NATO, sector IGO; a bare country name -> the country, sector None).
- `find_actors(text, date=)`: every actor mention of a text with its offsets.
- `resolve_person(name, role_text, date=, named=)`: whom a quoted person speaks for; `named`
  (`named_bodies(text, date=)`: the bodies the article names) is the evidence a surname the
  tables know alone needs.
- `role_sector(noun)`: the sector of a role noun ("troops" -> MIL).
- `Gazetteer`, `default_gazetteer()`, `load_gazetteer(extra files)`, `load_user_actors(path)`,
  `use_gazetteer(g)` (user dictionaries for every stage of this process).

See docs/actors.md for the data files and the user dictionary format.
"""

from __future__ import annotations

from crossroads.actors.entries import Entry, Role
from crossroads.actors.gazetteer import Gazetteer, default_gazetteer, use_gazetteer
from crossroads.actors.resolve import (
    ActorMention,
    find_actors,
    named_bodies,
    office_holder,
    resolve_mention,
    resolve_person,
    role_sector,
)
from crossroads.actors.user import load_gazetteer
from crossroads.model import Actor

__all__ = [
    "Actor",
    "ActorMention",
    "Entry",
    "Gazetteer",
    "Role",
    "default_gazetteer",
    "find_actors",
    "load_gazetteer",
    "named_bodies",
    "office_holder",
    "resolve_mention",
    "resolve_person",
    "role_sector",
    "use_gazetteer",
]
