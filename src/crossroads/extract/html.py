"""HTML page to Article: trafilatura for the body and metadata, our date finder (declared
metadata first, htmldate after), and our own pass for the headlines of related-article links,
which are kept apart in `related`.

The stages live in their own modules: `body` (trafilatura's body, cleaned, with its lead),
`dates` (the publication day), `related` (headlines of other articles). This module composes
them and reads the page's metadata. Their public names stay importable from here.

Measured choices (see docs/eval.md, `crossroads eval extraction` and `crossroads eval dates`):
* the body comes from `bare_extraction` without trafilatura's metadata pass, because that pass
  always runs htmldate on trafilatura's comment-less tree; we take the fields we need from
  trafilatura's own metadata functions and date the page ourselves (htmldate at most once);
* feeding htmldate's tree to trafilatura instead costs 0.004 body F1, so each parses the page
  its own way; the body and date choices are written in `body` and `dates`.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura.metadata import (
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.utils import load_html

from crossroads.extract.body import body_text, clean_body, with_lead
from crossroads.extract.dates import find_published, url_day
from crossroads.extract.related import find_related, with_teaser_links
from crossroads.model import Related

__all__ = [
    "HtmlExtraction",
    "PageMetadata",
    "body_text",
    "clean_body",
    "extract_html",
    "find_published",
    "find_related",
    "page_metadata",
    "url_day",
    "with_lead",
    "with_teaser_links",
]


@dataclass(frozen=True, slots=True)
class HtmlExtraction:
    """What an HTML page yields before ids, language and the NLP stages."""

    text: str
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    sitename: str | None
    related: tuple[Related, ...]


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """The page fields trafilatura finds in meta tags, JSON-LD and the title element."""

    title: str | None
    author: str | None
    url: str | None
    sitename: str | None


def extract_html(html: str, *, url: str | None = None) -> HtmlExtraction | None:
    """The article of a page, or None when the page holds no article text.

    The related links are read before trafilatura sees the page, and the date from the whole
    page: neither depends on where trafilatura finds the body.
    """
    tree = load_html(html)
    if tree is None:
        return None
    related = find_related(tree, base_url=url)
    text = body_text(tree, url=url)
    if not text:
        return None
    related = with_teaser_links(related, tree, text, base_url=url)
    metadata = page_metadata(tree, url=url)
    text = with_lead(tree, clean_body(text, title=metadata.title))
    if not text:
        return None
    return HtmlExtraction(
        text=text,
        title=metadata.title,
        author=metadata.author,
        published=find_published(html, url=url or metadata.url, tree=tree),
        url=metadata.url or url,
        sitename=metadata.sitename,
        related=related,
    )


def page_metadata(tree: HtmlElement, *, url: str | None) -> PageMetadata:
    """Title, author, canonical url and site name, in trafilatura's order of preference.

    This is trafilatura's `extract_metadata` without its date, category, tag and licence
    passes: we date the page once with htmldate and need none of the others.
    """
    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    with suppress(Exception):  # trafilatura guards this call the same way: JSON-LD breaks often
        found = extract_meta_json(tree, found)
    found.title = found.title or extract_title(tree)
    found.author = found.author or extract_author(tree)
    found.url = found.url or extract_url(tree, url)
    found.sitename = _sitename(found.sitename or extract_sitename(tree))
    found.clean_and_trim()
    return PageMetadata(
        found.title or None, found.author or None, found.url or None, found.sitename or None
    )


def _sitename(name: str | None) -> str | None:
    """A site name without a Twitter handle's `@`."""
    return name.lstrip("@") or None if name else None
