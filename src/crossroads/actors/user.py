"""User dictionaries: a user's own actors and role nouns, laid over the built-in ones.

A dictionary is a TSV file with a header line or a YAML list of mappings, with the fields
`name, aliases, country, sector, org, office, valid_from, valid_to, kind` (only `name` is
required; `aliases` is '|'-separated in TSV, a list or a string in YAML). `kind: role` rows add
role nouns (`name` is the noun, `sector` its sector). A phrase defined by a user file replaces
every built-in sense of that phrase. See docs/actors.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from crossroads.actors.entries import Entry, Role
from crossroads.actors.gazetteer import (
    Gazetteer,
    build_builtin,
    builtin_gazetteer,
    person_entries,
    read_tsv,
    split_list,
)
from crossroads.errors import Code, CrossroadsError
from crossroads.yaml_data import load_yaml

FIELDS = ("name", "aliases", "country", "sector", "org", "office", "valid_from", "valid_to", "kind")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a user dictionary, every value a string ('' when absent)."""
    if not path.exists():
        raise CrossroadsError(Code.NOT_FOUND, str(path), "no such actor dictionary")
    if path.suffix.lower() in (".yaml", ".yml"):
        return [_row(item, path) for item in _yaml_items(path)]
    rows = list(read_tsv(path))
    if rows and "name" not in rows[0]:
        raise CrossroadsError(Code.UNREADABLE, str(path), "actor dictionary has no 'name' column")
    return [{key: row.get(key, "").strip() for key in FIELDS} for row in rows]


def _yaml_items(path: Path) -> list[Any]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CrossroadsError(Code.UNREADABLE, str(path), f"bad YAML: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("actors"), list):
        data = data["actors"]
    if not isinstance(data, list):
        raise CrossroadsError(Code.UNREADABLE, str(path), "expected a list of actors")
    return data


def _row(item: Any, path: Path) -> dict[str, str]:
    if not isinstance(item, dict) or not item.get("name"):
        raise CrossroadsError(Code.UNREADABLE, str(path), f"actor without a name: {item!r}")
    row = {key: _text(item.get(key)) for key in FIELDS}
    aliases = item.get("aliases")
    if isinstance(aliases, list):
        row["aliases"] = "|".join(str(a) for a in aliases)
    return row


def _text(value: Any) -> str:
    """YAML reads 2021-01-20 as a date: give it back as ISO text."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value).strip()


def user_entries(rows: Iterable[dict[str, str]], *, source: str) -> Iterator[Entry]:
    return person_entries(
        (r for r in rows if r.get("kind") != "role"), source=source, default_kind="actor"
    )


def user_roles(rows: Iterable[dict[str, str]]) -> Iterator[Role]:
    for row in rows:
        if row.get("kind") != "role":
            continue
        sector, office = row.get("sector") or None, row.get("office") or None
        for noun in [row["name"], *split_list(row.get("aliases", ""))]:
            yield Role(noun, sector, office, bool(office))


def load_user_actors(path: str | Path) -> list[Entry]:
    """The entries of one user dictionary (roles excluded), as the gazetteer would index them."""
    path = Path(path)
    return list(user_entries(read_rows(path), source=str(path)))


def extend(gaz: Gazetteer, paths: Sequence[str | Path]) -> Gazetteer:
    """Lay the user dictionaries `paths` over `gaz`, in order (a later file wins)."""
    for path in map(Path, paths):
        rows = read_rows(path)
        gaz.merge(user_entries(rows, source=str(path)))
        for role in user_roles(rows):
            gaz.add_role(role)
    return gaz


def load_gazetteer(extra: Sequence[str | Path] = ()) -> Gazetteer:
    """A gazetteer of the built-in data with user dictionaries over it (cached per file list)."""
    if not extra:
        return builtin_gazetteer()
    return _cached(tuple(str(Path(p).resolve()) for p in extra))


@cache
def _cached(extra: tuple[str, ...]) -> Gazetteer:
    return extend(build_builtin(), extra)
