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
    """HTML responses of a WARC; other records are skipped, a malformed archive is an error."""
    records = 0
    try:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.any_type, parse_http=False, stream_detect=False
        ):
            records += 1
            if record.record_type == WarcRecordType.response:
                yield from _response_document(record, source=source)
    except (ValueError, OSError, RuntimeError) as error:
        yield CrossroadsError(
            Code.BAD_WARC, source, f"malformed WARC after {records} records: {error}"
        )
        return
    if records == 0:
        yield CrossroadsError(Code.BAD_WARC, source, "no WARC record could be read")


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
