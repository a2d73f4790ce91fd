"""The store's tables (SCHEMA.md): one definition gives the DDL and the Arrow batch schema."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "JSON": pa.string(),
    "BIGINT": pa.int64(),
    "BLOB": pa.binary(),
}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]

    def ddl(self) -> str:
        columns = ", ".join(f'"{name}" {kind}' for name, kind in self.columns)
        keys = ", ".join(f'"{k}"' for k in self.key)
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({columns}, PRIMARY KEY ({keys}))"

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]


def _actor_columns(prefix: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{prefix}_{part}", "VARCHAR") for part in ("name", "country", "sector", "org"))


ARTICLES = Table(
    "articles",
    (
        ("id", "VARCHAR"), ("source_uri", "VARCHAR"), ("source_format", "VARCHAR"),
        ("url", "VARCHAR"), ("site", "VARCHAR"), ("title", "VARCHAR"), ("author", "VARCHAR"),
        ("published", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"),
        ("related", "JSON"), ("duplicate_of", "VARCHAR"), ("tone", "DOUBLE"),
        ("pipeline", "VARCHAR"), ("processed_at", "TIMESTAMP"),
    ),
    ("id",),
)  # fmt: skip

STATEMENTS = Table(
    "statements",
    (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("speaker_text", "VARCHAR"),
        ("speaker_name", "VARCHAR"), ("speaker_role", "VARCHAR"),
        ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"),
        *_actor_columns("actor"),
        ("cue", "VARCHAR"), ("kind", "VARCHAR"), ("content", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("tone", "DOUBLE"),
    ),
    ("article_id", "idx"),
)  # fmt: skip

EVENTS = Table(
    "events",
    (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        *_actor_columns("source"), *_actor_columns("target"),
        ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("intensity", "DOUBLE"),
        ("quad", "VARCHAR"), ("cameo_root", "VARCHAR"), ("statement_idx", "INTEGER"),
        ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
        ("place_name", "VARCHAR"), ("place_country", "VARCHAR"),
        ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
        ("confidence", "DOUBLE"), ("published", "DATE"),
    ),
    ("article_id", "idx"),
)  # fmt: skip

ACTORS = Table(
    "actors",
    (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("role", "VARCHAR"), ("ref_idx", "INTEGER"),
        ("mention", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("sector", "VARCHAR"), ("org", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
    ),
    ("article_id", "idx"),
)  # fmt: skip

PLACES = Table(
    "places",
    (
        ("article_id", "VARCHAR"), ("idx", "INTEGER"), ("text", "VARCHAR"), ("name", "VARCHAR"),
        ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
        ("start", "INTEGER"), ("end", "INTEGER"),
    ),
    ("article_id", "idx"),
)  # fmt: skip

ERRORS = Table(
    "errors",
    (
        ("source", "VARCHAR"), ("stage", "VARCHAR"), ("code", "VARCHAR"), ("message", "VARCHAR"),
        ("first_seen", "TIMESTAMP"), ("last_seen", "TIMESTAMP"),
    ),
    ("source", "code"),
)  # fmt: skip

SIGNATURES = Table(
    "signatures",
    (("article_id", "VARCHAR"), ("minhash", "BLOB")),
    ("article_id",),
)  # fmt: skip

LSH_KEYS = Table(
    "lsh_keys",
    (("key", "BIGINT"), ("article_id", "VARCHAR")),
    ("key", "article_id"),
)  # fmt: skip

RESULT_TABLES = (ARTICLES, STATEMENTS, EVENTS, ACTORS, PLACES)
DEDUP_TABLES = (SIGNATURES, LSH_KEYS)
ALL_TABLES = (*RESULT_TABLES, ERRORS, *DEDUP_TABLES)
