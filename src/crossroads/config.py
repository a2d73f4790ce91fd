"""Limits and defaults shared by the stages; the CLI exposes the ones users change."""

from __future__ import annotations

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""A file (or a decompressed stream) larger than this is refused, never read into memory."""

MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
"""One document (a page, a JSONL record, a WARC payload) larger than this is refused."""

SNIFF_BYTES = 8192
"""How much of a file is read to tell text from binary."""

WRITE_BATCH_SIZE = 64
"""Articles written per store transaction."""
