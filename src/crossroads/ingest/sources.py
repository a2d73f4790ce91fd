"""What the user named, expanded into sources: files, standard input and URLs.

Expansion comes first so that a run knows how many sources it has (the progress bar's total)
before reading any of them.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from crossroads.errors import Code, CrossroadsError
from crossroads.ingest.feeds import iter_url_documents
from crossroads.ingest.fetch import Fetcher
from crossroads.ingest.files import read_file, read_stream, supported_files
from crossroads.model import RawDocument

GLOB_CHARS = frozenset("*?[")
URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to read: a file, standard input, a URL, or an input that names nothing."""

    kind: Literal["file", "stdin", "url", "missing"]
    name: str


def expand_inputs(specs: list[str]) -> list[Source]:
    """Sources of the given inputs, in order: folders recursively, globs sorted."""
    return [source for spec in specs for source in _expand(spec)]


def _expand(spec: str) -> list[Source]:
    if spec == "-":
        return [Source("stdin", "-")]
    if spec.startswith(URL_PREFIXES):
        return [Source("url", spec)]
    path = Path(spec)
    if path.is_dir():
        return [Source("file", str(p)) for p in supported_files(path)]
    if path.exists():
        return [Source("file", spec)]
    if GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        return [s for match in matches for s in _expand(match)] or [Source("missing", spec)]
    return [Source("missing", spec)]


def read_source(
    source: Source, *, fetcher: Fetcher, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | CrossroadsError]:
    """The documents of one source; failures are yielded as coded errors."""
    if source.kind == "file":
        yield from read_file(Path(source.name))
    elif source.kind == "stdin":
        yield from read_stream(stdin or sys.stdin.buffer, source="<stdin>", suffix="")
    elif source.kind == "url":
        yield from iter_url_documents(source.name, fetcher=fetcher)
    else:
        yield CrossroadsError(Code.NOT_FOUND, source.name, "no such file, directory or pattern")
