"""The extract stage: one RawDocument in, one clean Article out (or a coded error)."""

from __future__ import annotations

from crossroads.errors import Code, CrossroadsError
from crossroads.extract.decode import decode_document
from crossroads.extract.html import extract_html
from crossroads.extract.language import detect_language
from crossroads.extract.metadata import article_id, normalise_day, site_of
from crossroads.extract.text import clean_scraped_text
from crossroads.model import Article, RawDocument


def extract_article(raw: RawDocument, *, boilerplate: frozenset[str] = frozenset()) -> Article:
    """The clean article of a document; `boilerplate` lists lines its site repeats everywhere."""
    text = decode_document(raw.data, declared=raw.charset, html=raw.kind == "html")
    if raw.kind == "html":
        article = _from_html(raw, text)
    else:
        article = _from_text(raw, text, boilerplate=boilerplate)
    if not article.text.strip():
        raise CrossroadsError(Code.NO_ARTICLE, _where(raw), "no article text was found")
    return article


def _from_html(raw: RawDocument, html: str) -> Article:
    page = extract_html(html, url=raw.url)
    if page is None:
        raise CrossroadsError(Code.NO_ARTICLE, _where(raw), "the page holds no article text")
    url = raw.url or page.url
    return Article(
        id=article_id(raw),
        source_uri=_where(raw),
        source_format=raw.format,
        text=page.text,
        url=url,
        site=site_of(url) or page.sitename,
        title=raw.title or page.title,
        author=page.author,
        published=normalise_day(raw.published) or normalise_day(page.published),
        language=detect_language(page.text),
        related=page.related,
    )


def _from_text(raw: RawDocument, text: str, *, boilerplate: frozenset[str]) -> Article:
    cleaned = clean_scraped_text(text, title_hint=raw.title, site_boilerplate=boilerplate)
    return Article(
        id=article_id(raw),
        source_uri=_where(raw),
        source_format=raw.format,
        text=cleaned.text,
        url=raw.url,
        site=site_of(raw.url),
        title=cleaned.title,
        published=normalise_day(raw.published) or cleaned.published,
        language=detect_language(cleaned.text),
        related=cleaned.related,
    )


def _where(raw: RawDocument) -> str:
    """Where a document came from: its file or URL, and its record inside a container."""
    return f"{raw.uri}#{raw.record}" if raw.record else raw.uri
