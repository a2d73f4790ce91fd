"""The DuckDB store and its schema."""

from crossroads.store.duck import Store

__all__ = ["Store"]
