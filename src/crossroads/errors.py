"""Every error crossroads reports, with its code, in one place (as spacy/errors.py does).

A document that cannot be processed raises `CrossroadsError`; runners catch it, record a
`ProcessingError` row and go on with the next document.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable error codes: the first letter names the stage (I ingest, F fetch, X extract)."""

    NOT_FOUND = "I001"
    EMPTY = "I002"
    BINARY = "I003"
    PDF = "I004"
    TOO_LARGE = "I005"
    BAD_GZIP = "I006"
    BAD_WARC = "I007"
    BAD_JSONL = "I008"
    UNSUPPORTED = "I009"
    UNREADABLE = "I010"
    FETCH_FAILED = "F001"
    FETCH_TIMEOUT = "F002"
    FETCH_FORBIDDEN = "F003"
    FETCH_ROBOTS = "F004"
    FETCH_PRIVATE = "F005"
    FETCH_TOO_LARGE = "F006"
    BAD_FEED = "F007"
    NO_ARTICLE = "X001"
    DECODE = "X002"
    INTERNAL = "Z001"


STAGES = {"I": "ingest", "F": "fetch", "X": "extract", "Z": "pipeline"}


class CrossroadsError(Exception):
    """An error about one input: it carries a code, the input and a message for people."""

    def __init__(self, code: Code, source: str, message: str) -> None:
        super().__init__(f"{code.value} {source}: {message}")
        self.code = code
        self.source = source
        self.message = message

    @property
    def stage(self) -> str:
        return STAGES[self.code.value[0]]
