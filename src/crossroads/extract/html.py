"""HTML page to Article: trafilatura for the body and metadata, htmldate for the date, and
our own pass for the headlines of related-article links, which are kept apart in `related`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urljoin

import yaml
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from crossroads.model import Related

DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"}


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


def extract_html(html: str, *, url: str | None = None) -> HtmlExtraction | None:
    """The article of a page, or None when the page holds no article text."""
    tree = load_html(html)
    if tree is None:
        return None
    related = find_related(tree, base_url=url)
    document = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=DATE_PARAMS,
    )
    if document is None or not (document.text or "").strip():
        return None
    return _extraction_of(document, url=url, related=related)


def _extraction_of(
    document: Any, *, url: str | None, related: tuple[Related, ...]
) -> HtmlExtraction:
    return HtmlExtraction(
        text=document.text.strip(),
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        url=document.url or url,
        sitename=document.sitename or None,
        related=related,
    )


@cache
def _markers() -> dict[str, Any]:
    text = files("crossroads.extract").joinpath("related.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def find_related(tree: HtmlElement, *, base_url: str | None) -> tuple[Related, ...]:
    """Headlines of links inside containers marked as related, more-stories or next/previous."""
    markers = _markers()
    seen: dict[str, Related] = {}
    for container in tree.iter("div", "section", "aside", "nav", "ul", "footer"):
        if _is_related_container(container, markers["container_markers"]):
            for link in container.iter("a"):
                _add_headline(seen, link, base_url=base_url, markers=markers)
    return tuple(seen.values())


def _is_related_container(element: HtmlElement, container_markers: list[str]) -> bool:
    label = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(marker in label for marker in container_markers)


def _add_headline(
    seen: dict[str, Related], link: HtmlElement, *, base_url: str | None, markers: dict[str, Any]
) -> None:
    title = " ".join(link.text_content().split())
    words = len(title.split())
    if not markers["headline_min_words"] <= words <= markers["headline_max_words"]:
        return
    href = link.get("href")
    url = urljoin(base_url, href) if base_url and href else href
    seen.setdefault(title, Related(title=title, url=url))
