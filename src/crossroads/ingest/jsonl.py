"""JSON Lines input: one article a line, with `text` or `html` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from crossroads.config import MAX_DOCUMENT_BYTES
from crossroads.errors import Code, CrossroadsError
from crossroads.model import PayloadKind, RawDocument

METADATA_FIELDS = ("url", "title", "published")


def iter_jsonl_documents(
    stream: IO[bytes], *, source: str
) -> Iterator[RawDocument | CrossroadsError]:
    """One document per non-blank line; a bad line is an error value, the rest go on."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{source}#L{number}"
        try:
            yield _document_of(
                _parse_line(line, where=where), source=source, where=where, number=number
            )
        except CrossroadsError as error:
            yield error


def _parse_line(line: bytes, *, where: str) -> dict[str, Any]:
    if len(line) > MAX_DOCUMENT_BYTES:
        raise CrossroadsError(Code.TOO_LARGE, where, "the record is over the document size cap")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CrossroadsError(Code.BAD_JSONL, where, f"not a JSON object: {error}") from None
    if not isinstance(record, dict):
        raise CrossroadsError(Code.BAD_JSONL, where, "the line is JSON but not an object")
    return record


def _document_of(record: dict[str, Any], *, source: str, where: str, number: int) -> RawDocument:
    kind: PayloadKind = "html" if isinstance(record.get("html"), str) else "text"
    body = record.get(kind)
    if not isinstance(body, str) or not body.strip():
        raise CrossroadsError(Code.BAD_JSONL, where, "the record has no 'text' or 'html' string")
    hints = {key: _string_or_none(record.get(key)) for key in METADATA_FIELDS}
    return RawDocument(
        uri=source,
        format="jsonl",
        kind=kind,
        data=body.encode("utf-8", "surrogatepass"),
        record=f"L{number}",
        charset="utf-8",
        **hints,
    )


def _string_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
