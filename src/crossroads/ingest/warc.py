"""WARC input (as in CC-NEWS): every HTML response record is one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from crossroads.config import MAX_DOCUMENT_BYTES
from crossroads.errors import Code, CrossroadsError
from crossroads.model import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc_documents(
    stream: IO[bytes], *, source: str
) -> Iterator[RawDocument | CrossroadsError]:
    """HTML responses of a WARC; other records are skipped, malformed ones reported once."""
    records = malformed = 0
    try:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.any_type, parse_http=False, stream_detect=False
        ):
            records += 1
            if not _is_well_formed(record):
                malformed += 1
            elif record.record_type == WarcRecordType.response:
                yield from _response_document(record, source=source)
    except (ValueError, OSError, RuntimeError) as error:
        message = f"malformed WARC after {records} records: {error}"
        yield CrossroadsError(Code.BAD_WARC, source, message)
        return
    if malformed or records == 0:
        message = f"{malformed} of {records} WARC records are malformed (no type or record id)"
        yield CrossroadsError(Code.BAD_WARC, source, message if records else "no WARC record")


def _is_well_formed(record: WarcRecord) -> bool:
    """A record names its type and id, as WARC 1.0 and 1.1 require."""
    return bool(record.headers.get("WARC-Type")) and bool(record.record_id)


def _response_document(
    record: WarcRecord, *, source: str
) -> Iterator[RawDocument | CrossroadsError]:
    uri = record.headers.get("WARC-Target-URI") or None
    where = f"{source}#{record.record_id}"
    try:
        record.parse_http()
    except Exception as error:  # fastwarc raises plain exceptions on bad HTTP headers
        yield CrossroadsError(Code.BAD_WARC, where, f"unreadable HTTP response: {error}")
        return
    content_type = (record.http_content_type or "").lower()
    if content_type and not content_type.startswith(HTML_TYPES):
        return
    if record.content_length > MAX_DOCUMENT_BYTES:
        yield CrossroadsError(Code.TOO_LARGE, where, "the response is over the document size cap")
        return
    yield RawDocument(
        uri=source,
        format="warc",
        kind="html",
        data=record.reader.read(),
        record=record.record_id or "",
        url=uri,
        charset=record.http_charset or None,
    )
