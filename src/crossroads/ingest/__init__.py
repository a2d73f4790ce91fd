"""Ingest: every input form (files, folders, globs, stdin, URLs, feeds) → RawDocuments."""

from crossroads.ingest.sources import Source, expand_inputs, read_source

__all__ = ["Source", "expand_inputs", "read_source"]
