"""RSS, Atom and sitemaps: a URL that lists articles becomes the articles it lists.

News sites publish what is new through RSS 2.0 / RSS 1.0 / Atom feeds and through sitemaps
(often Google News sitemaps, often gzipped, often split by a sitemap index). A user should be
able to hand crossroads any of these URLs, or a plain article URL, and get documents back.
Every article is fetched through the same polite Fetcher, and an article that fails is
yielded as a coded error, so one dead link does not stop a feed of a hundred.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin
from xml.etree import ElementTree as ET

from crossroads.errors import Code, CrossroadsError
from crossroads.ingest.fetch import FetchedPage, Fetcher
from crossroads.model import RawDocument

FeedKind = Literal["rss", "rdf", "atom", "urlset", "sitemapindex"]
MAX_XML_BYTES = 50_000_000
"""Sitemaps may hold 50,000 URLs and 50 MB uncompressed (sitemaps.org); nothing larger."""
MAX_INDEX_DEPTH = 2
"""A sitemap index should list sitemaps only; one more level tolerates sites that nest them."""
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset(
    {
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "",
    }
)
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
ROOTS: dict[str, FeedKind] = {
    "rss": "rss",
    "RDF": "rdf",
    "feed": "atom",
    "urlset": "urlset",
    "sitemapindex": "sitemapindex",
}
_FIRST_TAG = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)[\s/>]")
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.S)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.I)
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One linked article: its URL and the hints the feed gives about it."""

    url: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed or sitemap; for a sitemap index, `entries` are the child sitemaps."""

    kind: FeedKind
    entries: tuple[FeedEntry, ...]


def iter_url_documents(url: str, *, fetcher: Fetcher) -> Iterator[RawDocument | CrossroadsError]:
    """Fetch `url`; yield its articles if it is a feed or sitemap, else the page itself.

    Errors are yielded, not raised, so a caller iterating a feed records each failed article
    and goes on with the next.
    """
    try:
        page = fetcher.fetch(url)
        feed = parse_feed(page)
    except CrossroadsError as error:
        yield error
        return
    if feed is None:
        yield _page_document(url, page)
    elif feed.kind == "sitemapindex":
        yield from _iter_index(feed, fetcher=fetcher, depth=1, seen=set())
    else:
        yield from _iter_entries(feed.entries, fetcher=fetcher, seen=set())


def parse_feed(page: FetchedPage) -> Feed | None:
    """The feed or sitemap in the page, or None when the page is not one (e.g. HTML).

    Raises CrossroadsError(BAD_FEED) for a document that announces itself as a feed but is
    not well-formed, and UNSUPPORTED / BINARY for bodies that are neither feed nor page.
    """
    body = _maybe_gunzip(page)
    kind = sniff_kind(body)
    if kind is None:
        _check_page(page, body)
        return None
    root = _parse_xml(body, source=page.url)
    return Feed(kind, tuple(_entries(kind, root, base=page.url)))


def sniff_kind(body: bytes) -> FeedKind | None:
    """The feed kind from the document's first element, without parsing the whole thing."""
    if _HTML_START.match(body[:1024]):
        return None
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    position = 0
    while match := _PROLOG.match(head, position):
        position = match.end()
    tag = _FIRST_TAG.match(head, _skip_space(head, position))
    return None if tag is None else ROOTS.get(tag.group(2).decode("ascii"))


def _skip_space(data: bytes, position: int) -> int:
    while position < len(data) and data[position : position + 1].isspace():
        position += 1
    return position


def _maybe_gunzip(page: FetchedPage) -> bytes:
    """Gzipped sitemaps (`sitemap.xml.gz`) arrive as gzip bodies; decompress them, capped."""
    if not page.body.startswith(b"\x1f\x8b"):
        return page.body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(page.body)) as stream:
            data = stream.read(MAX_XML_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise CrossroadsError(Code.BAD_GZIP, page.url, f"bad gzip body: {exc}") from exc
    if len(data) > MAX_XML_BYTES:
        raise CrossroadsError(Code.FETCH_TOO_LARGE, page.url, "gzipped sitemap too large")
    return data


def _check_page(page: FetchedPage, body: bytes) -> None:
    """A non-feed body must be a page crossroads can extract from: HTML or plain text."""
    if page.content_type in HTML_TYPES or page.content_type == "text/plain":
        return
    if page.content_type in XML_TYPES and _looks_like_html(body):
        return
    if page.content_type in GZIP_TYPES and _looks_like_html(body):
        return
    code = Code.BINARY if page.content_type in GZIP_TYPES else Code.UNSUPPORTED
    shown = page.content_type or "no content type"
    raise CrossroadsError(code, page.url, f"{shown}: neither a page nor a feed or sitemap")


def _looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body[:1024])) or b"<html" in body[:4096].lower()


def _parse_xml(body: bytes, *, source: str) -> ET.Element:
    """Parse with expat; entity declarations are refused (no feed needs them, bombs do)."""
    if b"<!ENTITY" in body[:65536]:
        raise CrossroadsError(Code.BAD_FEED, source, "feed declares XML entities; refused")
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise CrossroadsError(Code.BAD_FEED, source, f"malformed feed: {exc}") from exc


def _entries(kind: FeedKind, root: ET.Element, *, base: str) -> Iterator[FeedEntry]:
    if kind == "rss":
        return _rss_entries(root, base=base)
    if kind == "rdf":
        return _rdf_entries(root, base=base)
    if kind == "atom":
        return _atom_entries(root, base=base)
    return _sitemap_entries(root, base=base)


def _rss_entries(root: ET.Element, *, base: str) -> Iterator[FeedEntry]:
    """RSS 2.0: <item> with <link> (or a permalink <guid>), <title>, <pubDate>."""
    for item in root.iter("item"):
        link = _text(item.find("link"))
        guid = item.find("guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
            link = _text(guid)
        date = _text(item.find("pubDate")) or _text(item.find(f"{_DC}date"))
        if link:
            yield FeedEntry(urljoin(base, link), _text(item.find("title")), _date_hint(date))


def _rdf_entries(root: ET.Element, *, base: str) -> Iterator[FeedEntry]:
    """RSS 1.0 (RDF): <item> in the RSS 1.0 namespace, dates in Dublin Core."""
    for item in root.iter(f"{_RSS1}item"):
        link = _text(item.find(f"{_RSS1}link"))
        title = _text(item.find(f"{_RSS1}title"))
        if link:
            yield FeedEntry(urljoin(base, link), title, _date_hint(_text(item.find(f"{_DC}date"))))


def _atom_entries(root: ET.Element, *, base: str) -> Iterator[FeedEntry]:
    """Atom: <entry> with the alternate <link href>, <title>, <published> or <updated>.

    Relative links resolve against xml:base (feed, then entry) and then the feed's own URL.
    """
    feed_base = urljoin(base, root.get(_XML_BASE, ""))
    for entry in root.iter(f"{_ATOM}entry"):
        link = _atom_link(entry)
        date = _text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))
        if link:
            entry_base = urljoin(feed_base, entry.get(_XML_BASE, ""))
            title = _text(entry.find(f"{_ATOM}title"))
            yield FeedEntry(urljoin(entry_base, link), title, _date_hint(date))


def _atom_link(entry: ET.Element) -> str | None:
    """The rel="alternate" link (the default rel), which is the article itself."""
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "").strip()
    return None


def _sitemap_entries(root: ET.Element, *, base: str) -> Iterator[FeedEntry]:
    """<url> or <sitemap> children with <loc>, <lastmod> and Google News title and date."""
    for child in root:
        loc = _text(_child(child, "loc"))
        if not loc:
            continue
        news = _child(child, "news", namespace=_NEWS)
        title = _text(_child(news, "title", namespace=_NEWS)) if news is not None else None
        date = None
        if news is not None:
            date = _text(_child(news, "publication_date", namespace=_NEWS))
        date = date or _text(_child(child, "lastmod"))
        yield FeedEntry(urljoin(base, loc), title, _date_hint(date))


def _child(element: ET.Element, name: str, *, namespace: str | None = None) -> ET.Element | None:
    """A child by local name, in `namespace` if given, else in whatever namespace it uses
    (sitemaps in the wild use the sitemaps.org namespace, an old Google one, or none)."""
    for child in element:
        tag = child.tag
        local = tag.rsplit("}", 1)[-1]
        if local == name and (namespace is None or tag.startswith(namespace)):
            return child
    return None


def _text(element: ET.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    text = " ".join(element.text.split())
    return text or None


def _date_hint(value: str | None) -> str | None:
    """The date (YYYY-MM-DD, as SCHEMA.md's `published`) from an RFC 822 or ISO 8601 value.

    The date is the one written in the feed's own time zone: that is the publication date
    the publisher meant.
    """
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        return "-".join(match.groups()) if match else None


def _iter_index(
    feed: Feed, *, fetcher: Fetcher, depth: int, seen: set[str]
) -> Iterator[RawDocument | CrossroadsError]:
    """Fetch each sitemap an index lists, in order, and yield the articles they list."""
    for entry in feed.entries:
        try:
            child = parse_feed(fetcher.fetch(entry.url))
        except CrossroadsError as error:
            yield error
            continue
        if child is None:
            yield CrossroadsError(Code.BAD_FEED, entry.url, "sitemap index links to a non-sitemap")
        elif child.kind != "sitemapindex":
            yield from _iter_entries(child.entries, fetcher=fetcher, seen=seen)
        elif depth < MAX_INDEX_DEPTH:
            yield from _iter_index(child, fetcher=fetcher, depth=depth + 1, seen=seen)
        else:
            yield CrossroadsError(Code.BAD_FEED, entry.url, "sitemap indexes nested too deep")


def _iter_entries(
    entries: tuple[FeedEntry, ...], *, fetcher: Fetcher, seen: set[str]
) -> Iterator[RawDocument | CrossroadsError]:
    """Fetch each linked article once, passing the feed's title and date on as hints."""
    for entry in entries:
        if entry.url in seen:
            continue
        seen.add(entry.url)
        try:
            page = fetcher.fetch(entry.url)
            _check_page(page, page.body)
        except CrossroadsError as error:
            yield error
            continue
        yield _page_document(entry.url, page, title=entry.title, published=entry.published)


def _page_document(
    uri: str, page: FetchedPage, *, title: str | None = None, published: str | None = None
) -> RawDocument:
    """HTML pages become format/kind html; a text/plain page becomes text."""
    kind: Literal["html", "text"] = "text" if page.content_type == "text/plain" else "html"
    return RawDocument(
        uri=uri,
        format=kind,
        kind=kind,
        data=page.body,
        url=page.url,
        title=title,
        published=published,
        charset=page.charset,
    )


__all__ = ["Feed", "FeedEntry", "iter_url_documents", "parse_feed", "sniff_kind"]
