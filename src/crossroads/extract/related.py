"""Headlines of other articles a page links to, kept apart from the body in `related`.

Two passes: links inside containers whose class or id marks them as related, more-stories or
next/previous lists (`related.yaml`), and the linked headlines of the one-line teasers
("READ MORE: …") found in trafilatura's body.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from crossroads.extract.body import teaser_headline
from crossroads.extract.knowledge import flat, related_markers
from crossroads.model import Related

RELATED_TAGS = ("div", "section", "aside", "nav", "ul", "footer")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def find_related(tree: HtmlElement, *, base_url: str | None) -> tuple[Related, ...]:
    """Headlines of links inside containers marked as related, more-stories or next/previous."""
    markers = related_markers()
    seen: dict[str, Related] = {}
    for container in tree.iter(*RELATED_TAGS):
        if _is_related_container(container):
            for link in container.iter("a"):
                _add_headline(seen, link, base_url=base_url, markers=markers)
    return tuple(seen.values())


def with_teaser_links(
    related: tuple[Related, ...], tree: HtmlElement, text: str, *, base_url: str | None
) -> tuple[Related, ...]:
    """`related` plus the linked headlines of the body's one-line teasers ("READ MORE: …").

    The teasers are read from trafilatura's body, so the page's links are only walked on the
    few pages that have one.
    """
    headlines = {headline for line in text.splitlines() if (headline := teaser_headline(line))}
    if not headlines:
        return related
    markers = related_markers()
    seen = {item.title: item for item in related}
    for link in tree.iter("a"):
        if flat(link.text_content()) in headlines:
            _add_headline(seen, link, base_url=base_url, markers=markers)
    return tuple(seen.values())


def _is_related_container(element: HtmlElement) -> bool:
    """Whether an element's class or id holds one of the markers of a list of stories."""
    label = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return _container_pattern().search(label) is not None


@cache
def _container_pattern() -> re.Pattern[str]:
    """Any container marker as a substring of a class or id: one search per element."""
    markers = related_markers()["container_markers"]
    return re.compile("|".join(re.escape(marker) for marker in markers))


def _add_headline(
    seen: dict[str, Related], link: HtmlElement, *, base_url: str | None, markers: dict[str, Any]
) -> None:
    """Add the link's headline to `seen` (first url wins) when it is headline-sized and does
    not point back at the page itself."""
    title = _headline_text(link, markers["headline_classes"])
    words = len(title.split())
    if not markers["headline_min_words"] <= words <= markers["headline_max_words"]:
        return
    href = link.get("href")
    url = urljoin(base_url, href) if base_url and href else href
    if url and base_url and _same_page(url, base_url):
        return  # the page's own headline, repeated in a list of stories
    seen.setdefault(title, Related(title=title, url=url))


def _headline_text(link: HtmlElement, headline_classes: list[str]) -> str:
    """The headline of a story link: its heading element when it has one, else all its text.

    Story cards put a section label, the headline, a byline and a date in one link; the
    pieces are joined with spaces so that words of adjacent elements never run together.
    """
    for element in link.iter():
        if element is not link and _is_headline_element(element, headline_classes):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return " ".join(" ".join(link.itertext()).split())


def _is_headline_element(element: HtmlElement, headline_classes: list[str]) -> bool:
    """A heading tag, or an element whose class names it a headline ("card__title")."""
    if element.tag in HEADING_TAGS:
        return True
    label = str(element.get("class", "")).lower()
    return any(name in label for name in headline_classes)


def _same_page(url: str, base_url: str) -> bool:
    """Whether two urls name the same page, ignoring fragment, query and a final slash."""
    return _page_key(url) == _page_key(base_url)


def _page_key(url: str) -> tuple[str, str]:
    """Host without `www.` and path without a final slash: what names a page here."""
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")
