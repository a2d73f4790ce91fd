"""Small normalisers for article metadata: dates, hosts and ids."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from crossroads.model import RawDocument

ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
ID_BYTES = 8


def article_id(raw: RawDocument) -> str:
    """A stable id from what the document is, not where it lies: same input, same id."""
    digest = hashlib.blake2b(digest_size=ID_BYTES)
    for part in (raw.kind, raw.url or "", raw.title or "", raw.published or ""):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(raw.data)
    return digest.hexdigest()


def normalise_day(value: str | None) -> str | None:
    """`YYYY-MM-DD` for a date written in any common way, or None when it is no date."""
    if not value or not value.strip():
        return None
    match = ISO_DAY.match(value.strip())
    if match:
        return match.group(0)
    try:
        return date_parser.parse(value, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError):
        return None


def site_of(url: str | None) -> str | None:
    """The publisher's host, without a leading `www.`."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
