"""Telling what a byte stream is before trusting it: empty, binary, PDF or text."""

from __future__ import annotations

from crossroads.errors import Code, CrossroadsError

PDF_MAGIC = b"%PDF-"
GZIP_MAGIC = b"\x1f\x8b"
# Control bytes that never occur in text, in any legacy encoding either.
BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))
BINARY_SHARE = 0.10


def check_text_bytes(head: bytes, *, source: str) -> None:
    """Raise a coded error unless `head` (the first bytes of a document) looks like text."""
    if not head.strip():
        raise CrossroadsError(Code.EMPTY, source, "the input is empty")
    if head.startswith(PDF_MAGIC):
        raise CrossroadsError(Code.PDF, source, "a PDF document, not a news page or text")
    if b"\x00" in head and not _looks_like_utf16(head):
        raise CrossroadsError(Code.BINARY, source, "binary data (NUL bytes), not text")
    control = sum(1 for byte in head if byte in BINARY_BYTES)
    if control > BINARY_SHARE * len(head):
        raise CrossroadsError(Code.BINARY, source, "binary data (control bytes), not text")


def _looks_like_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)
