"""The DuckDB store: one writer, batched transactions, idempotent by article id.

Every article and its child rows are written in the same transaction as the rest of its batch,
so a run killed at any moment leaves whole articles or none; `process` run again skips the ids
already stored and writes the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from crossroads.dedup import Signature
from crossroads.model import ArticleResult, ProcessingError
from crossroads.store.rows import result_rows, signature_rows
from crossroads.store.schema import ALL_TABLES, DEDUP_TABLES, ERRORS, RESULT_TABLES, Table

TABLES_BY_NAME = {table.name: table for table in ALL_TABLES}


class Store:
    """A crossroads DuckDB file. Use as a context manager; only one process writes at a time."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self._create_tables()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _create_tables(self) -> None:
        for table in ALL_TABLES:
            self.connection.execute(table.ddl())

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already stored."""
        rows = self._select_for_ids(ids, "SELECT a.id FROM articles a")
        return {row[0] for row in rows}

    def stored_duplicates(self, ids: Iterable[str]) -> dict[str, str | None]:
        """`duplicate_of` of the stored articles among these ids."""
        return dict(self._select_for_ids(ids, "SELECT a.id, a.duplicate_of FROM articles a"))

    def _select_for_ids(self, ids: Iterable[str], select: str) -> list[tuple[Any, ...]]:
        """Rows of `select` (over `articles a`) for the given ids, in one query."""
        return self._select_joined(
            pa.table({"id": pa.array(list(ids), pa.string())}),
            f"{select} JOIN wanted w ON a.id = w.id",
        )

    def _select_joined(self, wanted: pa.Table, sql: str) -> list[tuple[Any, ...]]:
        """Run `sql` with the Arrow table `wanted` visible as the view `wanted`."""
        self.connection.register("wanted", wanted)
        try:
            return self.connection.execute(sql).fetchall()
        finally:
            self.connection.unregister("wanted")

    def write(
        self,
        results: Sequence[ArticleResult],
        errors: Sequence[ProcessingError],
        signatures: Sequence[Signature] = (),
    ) -> int:
        """Write a batch in one transaction; returns how many articles were new."""
        now = datetime.now(UTC).replace(tzinfo=None)
        stored = self.stored_ids(r.article.id for r in results)
        new = list({r.article.id: r for r in results if r.article.id not in stored}.values())
        rows = _merge_rows(result_rows(r, processed_at=now) for r in new)
        new_ids = {r.article.id for r in new}
        rows.update(signature_rows(s for s in signatures if s.article_id in new_ids))
        with self._transaction():
            for table in (*RESULT_TABLES, *DEDUP_TABLES):
                self._insert(table, rows[table.name])
            self._record_errors(errors, now=now)
        return len(new)

    def duplicate_candidates(self, keys: Iterable[int]) -> dict[str, np.ndarray]:
        """MinHash values of stored articles sharing an LSH band key with a new one."""
        rows = self._select_joined(
            pa.table({"key": pa.array(list(keys), pa.int64())}),
            "SELECT DISTINCT s.article_id, s.minhash FROM lsh_keys k "
            "JOIN wanted w ON k.key = w.key JOIN signatures s USING (article_id)",
        )
        return {article_id: np.frombuffer(blob, dtype=np.uint32) for article_id, blob in rows}

    def _transaction(self) -> Any:
        return _Transaction(self.connection)

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=table.arrow_schema())
        self.connection.register("batch_rows", batch)
        try:
            columns = ", ".join(f'"{c}"' for c in table.column_names)
            self.connection.execute(
                f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM batch_rows "
                "ON CONFLICT DO NOTHING"
            )
        finally:
            self.connection.unregister("batch_rows")

    def _record_errors(self, errors: Sequence[ProcessingError], *, now: datetime) -> None:
        """One row per (source, code): a repeated failure updates `last_seen`, adds nothing."""
        for error in errors:
            self.connection.execute(
                f"INSERT INTO {ERRORS.name} VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, code) DO UPDATE SET message = excluded.message, "
                "last_seen = excluded.last_seen",
                [error.source, error.stage, error.code, error.message, now, now],
            )

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {table.name: self._count(table.name) for table in ALL_TABLES}

    def _count(self, table_name: str) -> int:
        [(count,)] = self.connection.execute(f"SELECT count(*) FROM {table_name}").fetchall()
        return int(count)

    def breakdown(self) -> list[tuple[str, int]]:
        """Articles per source format and language, errors per code: what `stats` shows."""
        queries = (
            ("format", "SELECT source_format, count(*) FROM articles GROUP BY 1 ORDER BY 1"),
            ("language", "SELECT language, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"),
            ("error", "SELECT code, count(*) FROM errors GROUP BY 1 ORDER BY 1"),
        )
        rows: list[tuple[str, int]] = []
        for label, sql in queries:
            rows += [
                (f"  {label} {key}", int(n)) for key, n in self.connection.execute(sql).fetchall()
            ]
        return rows

    def article_record(self, article_id: str) -> dict[str, Any] | None:
        """An article with its statements and events, as plain dicts (for `crossroads show`)."""
        article = self._rows(
            "SELECT * FROM articles WHERE id = ? OR id LIKE ? || '%' LIMIT 1",
            [article_id, article_id],
        )
        if not article:
            return None
        record = article[0]
        record["related"] = json.loads(record["related"] or "[]")
        for child in ("statements", "events", "places"):
            record[child] = self._rows(
                f"SELECT * EXCLUDE (article_id) FROM {child} WHERE article_id = ? ORDER BY idx",
                [record["id"]],
            )
        return record

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _merge_rows(
    per_article: Iterable[dict[str, list[dict[str, Any]]]],
) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {
        table.name: [] for table in (*RESULT_TABLES, *DEDUP_TABLES)
    }
    for rows in per_article:
        for name, table_rows in rows.items():
            merged[name].extend(table_rows)
    return merged


class _Transaction:
    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.connection.execute("ROLLBACK" if exc_type else "COMMIT")
