"""The day a page was first published, from the whole page (not the extracted body).

Measured choices (see docs/eval.md and `crossroads eval dates`): a full date in the url path,
else the publication date the page declares (meta tags, JSON-LD, microdata; a stamp on the
publisher's local clock before a UTC one), else htmldate less its first-of-month guesses:
183/200 right days against htmldate's 179. htmldate, when it runs, gets the HTML string and
parses it its own way (comments kept): on the date set that finds 2 more right days in 200
than htmldate on trafilatura's tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from htmldate import find_date
from htmldate.extractors import try_date_expr
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from crossroads.extract.knowledge import flat, page_knowledge

DATE_OPTIONS: dict[str, Any] = {"extensive_search": True, "original_date": True}
EARLIEST_DAY = date(1995, 1, 1)
# a full date as path segments: /2020/07/08/, /2020-07-08-slug, /20200708/
URL_DAYS = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)"),
    re.compile(r"/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[^\d]|$)"),
    re.compile(r"/(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:/|$)"),
)
SHOWN_DATE_MAX_CHARS = 60  # longer visible text holds more than a date
STAMP_DAY = re.compile(r"(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})(?:[T ]|$)")
# the zone that ends a timestamp: an offset, Z, or a name (EDT, CET, GMT)
STAMP_ZONE = re.compile(r"\d:?\d{2}(?:\.\d+)?\s*(?P<zone>[+-]\d{2}:?\d{2}|[A-Z]{1,5})$")
UTC_ZONES = frozenset({"Z", "UTC", "GMT", "+0000", "+00:00", "-0000", "-00:00"})


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
    """The canonical url a page names: dated when the url it was fetched from is not."""
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
    yield from ((stamp, False) for stamp in _meta_stamps(tree))
    yield from ((stamp, False) for stamp in _json_ld_stamps(tree))
    yield from _microdata_stamps(tree)


def _meta_stamps(tree: HtmlElement) -> Iterator[str]:
    """Contents of the meta tags `page.yaml` names as publication dates, in page order."""
    names = set(page_knowledge()["published_meta"])
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in names and meta.get("content"):
            yield str(meta.get("content"))


def _json_ld_stamps(tree: HtmlElement) -> Iterator[str]:
    """Publication timestamps of JSON-LD objects, the outermost object first."""
    keys = page_knowledge()["published_json_ld"]
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


def _microdata_stamps(tree: HtmlElement) -> Iterator[tuple[str, bool]]:
    """`datePublished` microdata: its machine-readable value, else its visible text when that
    is short enough to be a date only (the visible text is the readers' day: `shown`)."""
    for element in tree.xpath('//body//*[@itemprop="datePublished"]'):
        value = element.get("datetime") or element.get("content")
        shown = flat(element.text_content())
        if value:
            yield str(value), False
        elif 0 < len(shown) <= SHOWN_DATE_MAX_CHARS:
            yield shown, True


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
