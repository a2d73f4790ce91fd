"""Extraction: RawDocument → Article (HTML via trafilatura, scraped text via our cleaner)."""

from crossroads.extract.article import extract_article

__all__ = ["extract_article"]
