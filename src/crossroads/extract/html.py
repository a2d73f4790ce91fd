"""HTML page to Article: trafilatura for the body and metadata, our date finder (declared
metadata first, htmldate after), and our own pass for the headlines of related-article links,
which are kept apart in `related`.

Measured choices (see docs/eval.md, `crossroads eval extraction` and `crossroads eval dates`):
* the body comes from `bare_extraction` without trafilatura's metadata pass, because that pass
  always runs htmldate on trafilatura's comment-less tree; we take the fields we need from
  trafilatura's own metadata functions and date the page ourselves (htmldate at most once);
* the date: a full date in the url path, else the publication date the page declares (meta
  tags, JSON-LD, microdata; a stamp on the publisher's local clock before a UTC one), else
  htmldate less its first-of-month guesses: 183/200 right days against htmldate's 179;
* htmldate, when it runs, gets the HTML string and parses it its own way (comments kept): on
  the date set that finds 2 more right days in 200 than htmldate on trafilatura's tree, and
  feeding htmldate's tree to trafilatura instead costs 0.004 body F1;
* `favor_precision`: body F1 0.964 against 0.960 without it (precision 0.958 against 0.942,
  recall 0.971 against 0.978); debris in the body becomes false statements and events later;
* trafilatura's body is then cleaned line by line (one-line teasers "READ MORE: …", wire credit
  lines, a first line repeating the title, debris lines at its two ends) and given back the
  lead paragraph it leaves out when a site sets the lead apart from the article-body element:
  body F1 0.9641 -> 0.9671.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml
from htmldate import find_date
from htmldate.extractors import try_date_expr
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import (
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.utils import load_html

from crossroads.extract.text import default_lexicon, normalise_line
from crossroads.model import Related

DATE_OPTIONS: dict[str, Any] = {"extensive_search": True, "original_date": True}
EARLIEST_DAY = date(1995, 1, 1)
# a full date as path segments: /2020/07/08/, /2020-07-08-slug, /20200708/
URL_DAYS = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
    re.compile(r"/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[^\d]|$)"),
    re.compile(r"/(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:/|$)"),
)
WORDS = re.compile(r"\w+")
SHOWN_DATE_MAX_CHARS = 60  # longer visible text holds more than a date
LEAD_TAGS = ("div", "p", "section", "header", "h2", "span")
STAMP_DAY = re.compile(r"(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})(?:[T ]|$)")
# the zone that ends a timestamp: an offset, Z, or a name (EDT, CET, GMT)
STAMP_ZONE = re.compile(r"\d:?\d{2}(?:\.\d+)?\s*(?P<zone>[+-]\d{2}:?\d{2}|[A-Z]{1,5})$")
UTC_ZONES = frozenset({"Z", "UTC", "GMT", "+0000", "+00:00", "-0000", "-00:00"})
BODY_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
}


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
    """The article of a page, or None when the page holds no article text."""
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


def find_published(html: str, *, url: str | None, tree: HtmlElement | None = None) -> str | None:
    """The day the page was first published (`YYYY-MM-DD`), or None: what `extract_html` uses.

    It reads the whole page, not the extracted body, so it works on any page, one where no
    article is found included (the date evaluation scores it on every page that way). In
    order: a full date in the url path (publishers file stories under the day they were
    written); the publication date the page declares in meta tags, JSON-LD or microdata;
    htmldate's heuristics, less its guesses from a bare year or month.
    """
    page = tree if tree is not None else load_html(html)
    declared = _declared_published(page) if page is not None else None
    return url_day(url or _canonical(page)) or declared or _htmldate_day(html, url=url)


def url_day(url: str | None) -> str | None:
    """The day written in a url path as /YYYY/MM/DD/, /YYYY-MM-DD or /YYYYMMDD/, if plausible."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in URL_DAYS:
        match = pattern.search(path)
        if match is not None:
            return _plausible_day(*(int(part) for part in match.group("y", "m", "d")))
    return None


def _canonical(tree: HtmlElement | None) -> str | None:
    link = tree.find('.//link[@rel="canonical"]') if tree is not None else None
    return link.get("href") if link is not None else None


def _declared_published(tree: HtmlElement) -> str | None:
    """The publication day a page declares, the publisher's local day first.

    A timestamp with a non-zero offset is written on the publisher's clock, and a date shown
    to readers is their day; a timestamp in UTC may fall on the next or the previous day
    where the story was written, so it only counts when no local one exists.
    """
    days: list[str] = []
    local_days: list[str] = []
    for text, shown in _published_stamps(tree):
        day = _stamp_day(text)
        if day is not None:
            days.append(day)
            if shown or _has_local_offset(text):
                local_days.append(day)
    return next(iter(local_days or days), None)


def _published_stamps(tree: HtmlElement) -> Iterator[tuple[str, bool]]:
    """Declared publication dates, each with whether it is the date shown to readers: meta
    tags, then JSON-LD, then microdata (its machine-readable value, else its visible text)."""
    names = set(_page_knowledge()["published_meta"])
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in names and meta.get("content"):
            yield str(meta.get("content")), False
    yield from ((stamp, False) for stamp in _json_ld_stamps(tree))
    for element in tree.xpath('//body//*[@itemprop="datePublished"]'):
        value = element.get("datetime") or element.get("content")
        shown = _flat(element.text_content())
        if value:
            yield str(value), False
        elif 0 < len(shown) <= SHOWN_DATE_MAX_CHARS:
            yield shown, True


def _json_ld_stamps(tree: HtmlElement) -> Iterator[str]:
    """Publication timestamps of JSON-LD objects, the outermost object first."""
    keys = _page_knowledge()["published_json_ld"]
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            queue: list[Any] = [json.loads(script.text or "")]
        except ValueError:
            continue
        while queue:
            node = queue.pop(0)
            children = node if isinstance(node, list) else []
            if isinstance(node, dict):
                yield from (node[key] for key in keys if isinstance(node.get(key), str))
                children = [value for value in node.values() if isinstance(value, dict | list)]
            queue.extend(children)


def _stamp_day(stamp: str) -> str | None:
    """The day of a timestamp as written (no time-zone shift), if it is a plausible day.

    ISO forms are read here; others ("Tue, Sep 15 2020 10:01 EDT", "06 Dicembre 2020") by
    htmldate's own date-expression parser, which knows month names in many languages.
    """
    match = STAMP_DAY.match(stamp.strip())
    if match is not None:
        return _plausible_day(*(int(part) for part in match.group("y", "m", "d")))
    found = try_date_expr(stamp, "%Y-%m-%d", True, datetime(1995, 1, 1), datetime(2100, 1, 1))
    return _plausible_day(*(int(part) for part in found.split("-"))) if found else None


def _has_local_offset(stamp: str) -> bool:
    """Whether a timestamp names a zone other than UTC (the publisher's clock)."""
    match = STAMP_ZONE.search(stamp.strip())
    return match is not None and match.group("zone") not in UTC_ZONES


def _plausible_day(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` for a real day between htmldate's floor (1995) and tomorrow."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    latest = datetime.now(UTC).date() + timedelta(days=1)
    return found.isoformat() if EARLIEST_DAY <= found <= latest else None


def _htmldate_day(html: str, *, url: str | None) -> str | None:
    """htmldate's day, unless it is a first of the month the page never writes.

    htmldate's last resorts turn a bare year (a copyright line) into January 1st and a month
    into its 1st; such a day is a guess, not a publication day.
    """
    found = find_date(html, url=url, **DATE_OPTIONS)
    if not found or not found.endswith("-01") or _writes_day(html, found):
        return found
    return None


def _writes_day(html: str, day: str) -> bool:
    """Whether the page writes this day in a numeric form (ISO, slashes, dots or compact)."""
    year, month, dom = day.split("-")
    forms = (day, f"{year}/{month}/{dom}", f"{dom}.{month}.{year}", f"{year}{month}{dom}")
    return any(form in html for form in forms) or f"{dom}/{month}/{year}" in html


def body_text(tree: HtmlElement, *, url: str | None) -> str:
    """The article body by trafilatura (it works on a copy: `tree` stays whole for us)."""
    document = bare_extraction(tree, url=url, with_metadata=False, **BODY_OPTIONS)
    text = getattr(document, "text", None) or ""
    return str(text).strip()


def with_lead(tree: HtmlElement, text: str) -> str:
    """The body with the page's lead paragraph in front when trafilatura left it out.

    `text` must not be empty.

    Many sites set the lead (standfirst) apart, above the element marked as the article body;
    trafilatura then reads that element only. A lead counts when its class says so
    (`page.yaml`), it is a sentence to a short paragraph long, the body does not hold it
    already, and the body's first paragraph follows it closely in the page.
    """
    knowledge = _page_knowledge()
    lines = text.splitlines()
    flat = _flat(text)
    classes = frozenset(knowledge["lead_classes"])
    for element in _with_class(tree, classes):
        lead = _flat(element.text_content())
        words = len(lead.split())
        if not knowledge["lead_min_words"] <= words <= knowledge["lead_max_words"]:
            continue
        if lead not in flat and _followed_by(element, lines[0]):
            return f"{lead}\n{text}"
    return text


def _with_class(tree: HtmlElement, classes: frozenset[str]) -> Iterator[HtmlElement]:
    """Text blocks with one of `classes` among their class tokens (a walk over the block tags
    is faster here than an XPath test of every class)."""
    for element in tree.iter(*LEAD_TAGS):
        label = element.get("class")
        if label and not classes.isdisjoint(label.lower().split()):
            yield element


def _flat(text: str) -> str:
    """Text with every run of white space made one space, for comparing page and body."""
    return " ".join(text.split())


def _followed_by(lead: HtmlElement, first_line: str, *, levels: int = 3) -> bool:
    """Whether the body's first paragraph comes after `lead`, within a few levels above it."""
    start = _flat(first_line)[:60]
    node: HtmlElement | None = lead
    for _ in range(levels):
        if node is None or not start:
            return False
        if any(start in _flat(sibling.text_content()) for sibling in node.itersiblings()):
            return True
        node = node.getparent()
    return False


def clean_body(text: str, *, title: str | None) -> str:
    """The body without the lines that are not the article's own text.

    Dropped: one-line teasers for other articles ("READ MORE: …", `related.yaml`), a wire
    service's credit line ("(Reporting by …; Editing by …)", `page.yaml`), a first line that
    repeats the headline (the title is kept apart in `title`), and page debris left at the
    body's two ends (date and byline lines, "Comments", "Subscribe to …", copyright notices).
    """
    lines = text.splitlines()
    last = len(lines) - 1
    kept = [
        line
        for number, line in enumerate(lines)
        if not _is_teaser(line) and not _is_credit(line, last=number == last)
    ]
    kept = _peel_debris(kept)
    if kept and title and _words(kept[0]) == _words(title):
        kept = _peel_debris(kept[1:])
    return "\n".join(kept).strip()


def _peel_debris(lines: list[str]) -> list[str]:
    """`lines` less the debris lines at either end, a few at most on each side.

    Debris is what the text cleaner's lexicon (`extract/debris/*.tsv`) files under one of the
    roles in `page.yaml`; only the ends are read, where trafilatura lets such lines through.
    """
    roles = frozenset(_page_knowledge()["edge_debris_roles"])
    limit = _page_knowledge()["edge_debris_max_lines"]
    start, end = 0, len(lines)
    while start < min(limit, end) and _is_debris(lines[start], roles):
        start += 1
    while end > max(start, len(lines) - limit) and _is_debris(lines[end - 1], roles):
        end -= 1
    return lines[start:end]


def _is_debris(line: str, roles: frozenset[str]) -> bool:
    flat = normalise_line(line)
    hit = default_lexicon().classify(flat) if flat else None
    return hit is not None and hit.role in roles


def _words(text: str) -> list[str]:
    return WORDS.findall(text.casefold())


def _is_teaser(line: str) -> bool:
    """A one-line teaser: a known prefix, a separator, then a headline at most."""
    match = _teaser_pattern().match(line)
    if match is None:
        return False
    headline = match.group("headline") or ""  # a lone label ("Read more") has none
    return len(headline.split()) <= _markers()["teaser_max_words"]


def _teaser_headline(line: str) -> str | None:
    """The headline a teaser line announces ("READ MORE: Iran …" gives "Iran …"), or None."""
    match = _teaser_pattern().match(line)
    if match is None or not _is_teaser(line):
        return None
    return _flat(match.group("headline") or "") or None


def _teaser_prefixes() -> list[str]:
    """Teaser prefixes, longest first, so that "related stories" wins over "related"."""
    return sorted(_markers()["teaser_prefixes"], key=len, reverse=True)


@cache
def _teaser_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(prefix) for prefix in _teaser_prefixes())
    return re.compile(
        rf"^\s*(?:{alternatives})\s*(?:[:|»>\-–—]+\s*(?P<headline>.*?))?\s*$",
        re.IGNORECASE,
    )


def _is_credit(line: str, *, last: bool) -> bool:
    """A wire credit line: "(Reporting by …; Editing by …)" and its kin.

    A body sentence may start "Reporting by the broadcaster showed …", so the line must also
    look like a credit: in parentheses, split by semicolons, or the last line of the body.
    """
    knowledge = _page_knowledge()
    flat = line.strip()
    if len(flat.split()) > knowledge["credit_max_words"]:
        return False
    shaped = last or ";" in flat or (flat.startswith("(") and flat.endswith(")"))
    return shaped and flat.lstrip("([").casefold().startswith(tuple(knowledge["credit_prefixes"]))


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


@cache
def _page_knowledge() -> dict[str, Any]:
    text = files("crossroads.extract").joinpath("page.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


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
    headlines = {headline for line in text.splitlines() if (headline := _teaser_headline(line))}
    if not headlines:
        return related
    markers = _markers()
    seen = {item.title: item for item in related}
    for link in tree.iter("a"):
        if _flat(link.text_content()) in headlines:
            _add_headline(seen, link, base_url=base_url, markers=markers)
    return tuple(seen.values())


def _is_related_container(element: HtmlElement) -> bool:
    label = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return _container_pattern().search(label) is not None


@cache
def _container_pattern() -> re.Pattern[str]:
    """Any container marker as a substring of a class or id: one search per element."""
    return re.compile("|".join(re.escape(marker) for marker in _markers()["container_markers"]))


def _add_headline(
    seen: dict[str, Related], link: HtmlElement, *, base_url: str | None, markers: dict[str, Any]
) -> None:
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
    if element.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        return True
    label = str(element.get("class", "")).lower()
    return any(name in label for name in headline_classes)


def _same_page(url: str, base_url: str) -> bool:
    """Whether two urls name the same page, ignoring fragment, query and a final slash."""
    return _page_key(url) == _page_key(base_url)


def _page_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")
