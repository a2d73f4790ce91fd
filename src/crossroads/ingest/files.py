"""Readers for local inputs: files and byte streams (standard input), gzip-compressed or not.

Every reader is a generator of `RawDocument | CrossroadsError`: an error is a value in the
stream, so one bad file or record never stops the others.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from crossroads.config import MAX_DOCUMENT_BYTES, MAX_INPUT_BYTES, SNIFF_BYTES
from crossroads.errors import Code, CrossroadsError
from crossroads.ingest.jsonl import iter_jsonl_documents
from crossroads.ingest.sniff import check_text_bytes, is_gzip
from crossroads.ingest.warc import iter_warc_documents
from crossroads.model import RawDocument

FORMAT_BY_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".warc": "warc",
}

ReadResult = Iterator[RawDocument | CrossroadsError]


def supported_files(folder: Path) -> list[Path]:
    """Files under `folder` whose suffix (gzip-compressed or not) crossroads reads, sorted."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and format_of(p) is not None)


def format_of(path: Path) -> str | None:
    """The input format of a path by its suffix, looking through a final `.gz`."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return FORMAT_BY_SUFFIX.get(suffixes[-1]) if suffixes else None


def read_file(path: Path) -> ReadResult:
    """Documents of one file; its size is checked before anything is read."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise CrossroadsError(
                Code.TOO_LARGE, source, f"{size} bytes is over the {MAX_INPUT_BYTES} byte cap"
            )
        with path.open("rb") as stream:
            yield from read_stream(stream, source=source, suffix=_inner_suffix(path))
    except CrossroadsError as error:
        yield error
    except OSError as error:
        yield CrossroadsError(Code.UNREADABLE, source, error.strerror or str(error))


def _inner_suffix(path: Path) -> str:
    name = path.name.lower()
    return Path(name[:-3]).suffix if name.endswith(".gz") else path.suffix.lower()


def read_stream(stream: BinaryIO, *, source: str, suffix: str) -> ReadResult:
    """Documents of one byte stream, gzip-compressed or not, of the format its suffix names."""
    buffered = _peekable(stream)
    if is_gzip(buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
        buffered = io.BufferedReader(CappedGzip(buffered, source=source))
    try:
        fmt = FORMAT_BY_SUFFIX.get(suffix) or _sniff_format(buffered.peek(SNIFF_BYTES))
        yield from _read_by_format(buffered, source=source, fmt=fmt)
    except CrossroadsError as error:
        yield error
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        yield CrossroadsError(Code.BAD_GZIP, source, f"corrupt or truncated gzip data: {error}")


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    """A stream whose first bytes can be looked at without consuming them."""
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def _sniff_format(head: bytes) -> str | None:
    """The format of a stream with no telling suffix (standard input, a bare file)."""
    start = head.lstrip()[:5]
    if start.startswith(b"WARC/"):
        return "warc"
    return "jsonl" if start.startswith(b"{") else None


def _read_by_format(stream: BinaryIO, *, source: str, fmt: str | None) -> ReadResult:
    if fmt == "jsonl":
        yield from iter_jsonl_documents(stream, source=source)
    elif fmt == "warc":
        yield from iter_warc_documents(stream, source=source)
    else:
        yield _single_document(stream, source=source, fmt=fmt)


def _single_document(stream: BinaryIO, *, source: str, fmt: str | None) -> RawDocument:
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CrossroadsError(
            Code.TOO_LARGE, source, f"over the {MAX_DOCUMENT_BYTES} byte cap for one document"
        )
    check_text_bytes(data[:SNIFF_BYTES], source=source)
    if fmt == "html" or (fmt is None and _looks_like_html(data)):
        return RawDocument(uri=source, format="html", kind="html", data=data)
    return RawDocument(uri=source, format="text", kind="text", data=data)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


class CappedGzip(gzip.GzipFile):
    """A gzip reader that refuses to inflate past the input cap (a gzip bomb stays small)."""

    def __init__(self, stream: BinaryIO, *, source: str) -> None:
        super().__init__(fileobj=stream, mode="rb")
        self._source = source
        self._inflated = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self._count(len(data))
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = super().readinto(buffer)
        self._count(count)
        return count

    def _count(self, size: int) -> None:
        self._inflated += size
        if self._inflated > MAX_INPUT_BYTES:
            raise CrossroadsError(
                Code.TOO_LARGE, self._source, f"inflates past the {MAX_INPUT_BYTES} byte cap"
            )
