"""Build the generated files of the example corpus: a CC-NEWS-like WARC and the gzip variants.

Why a script: binary fixtures are unreadable in review, so their readable sources live in
`scripts/warc_pages/` (one HTML page per WARC response) and `scripts/gz_sources/` (files that
are shipped gzip-compressed), outside `examples/` so that nothing is processed twice. Every
byte is derived from those sources (fixed crawl dates, record ids hashed from content, gzip
mtime 0), so re-running the script reproduces the committed files exactly.

Usage: python scripts/build_examples.py [--out DIR]   (default: the repository's examples/)
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
WARC_PAGES = ROOT / "scripts" / "warc_pages"
GZ_SOURCES = ROOT / "scripts" / "gz_sources"
WARC_NAME = "cc-news-sample.warc.gz"
WARC_FILENAME_FIELD = "CC-NEWS-20260312000000-00001.warc.gz"
CRAWL_START = datetime(2026, 3, 12, 0, 14, 3, tzinfo=UTC)
CRAWL_STEP = timedelta(seconds=37)
USER_AGENT = "CCBot/2.0 (https://commoncrawl.org/faq/)"
CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"', re.IGNORECASE)
RECORD_NS = uuid.UUID("6f1c3a52-0d9e-4c43-9b1e-2a7d5c0e8f31")


@dataclass(frozen=True, slots=True)
class Page:
    """One page to archive: where it was fetched from, when, and its HTML bytes."""

    uri: str
    fetched: datetime
    html: bytes
    ip: str


def sha1_digest(data: bytes) -> str:
    """WARC digests are base32 SHA-1, as Common Crawl writes them."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(*parts: str) -> str:
    """A stable record id: the same page and record type always get the same UUID."""
    return f"<urn:uuid:{uuid.uuid5(RECORD_NS, '|'.join(parts))}>"


def warc_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    """One WARC/1.0 record, Content-Length computed here so it can never be wrong."""
    lines = ["WARC/1.0", *(f"{name}: {value}" for name, value in headers)]
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def gzip_member(data: bytes) -> bytes:
    """Each record is its own gzip member (as in CC), with mtime 0 for reproducible bytes."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def warcinfo_record(*, count: int) -> bytes:
    fields = [
        ("software", "crossroads scripts/build_examples.py"),
        ("format", "WARC File Format 1.0"),
        (
            "conformsTo",
            "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/",
        ),
        ("isPartOf", "CC-NEWS-sample"),
        ("publisher", "crossroads example corpus (invented sites and people)"),
        ("description", f"{count} news pages written for crossroads tests, CC-NEWS layout"),
        ("robots", "checked via crawler-commons"),
        ("http-header-user-agent", USER_AGENT),
    ]
    block = "".join(f"{name}: {value}\r\n" for name, value in fields).encode("utf-8")
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", warc_date(CRAWL_START)),
        ("WARC-Filename", WARC_FILENAME_FIELD),
        ("WARC-Record-ID", record_id("warcinfo", WARC_FILENAME_FIELD)),
        ("Content-Type", "application/warc-fields"),
    ]
    return warc_record(headers, block)


def request_block(uri: str) -> bytes:
    parts = urlsplit(uri)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [
        f"GET {path or '/'} HTTP/1.1",
        f"User-Agent: {USER_AGENT}",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding: br,gzip",
        f"Host: {parts.netloc}",
        "Connection: Keep-Alive",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def response_block(page: Page) -> bytes:
    """HTTP/1.1 200 headers, then the page; the payload is stored uncompressed."""
    lines = [
        "HTTP/1.1 200 OK",
        f"Date: {format_datetime(page.fetched, usegmt=True)}",
        "Server: nginx",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(page.html)}",
        "Cache-Control: max-age=300",
        "Connection: keep-alive",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + page.html


def page_records(page: Page, *, warcinfo_id: str) -> list[bytes]:
    """The request and response records of one fetch, linked by WARC-Concurrent-To."""
    request_id = record_id("request", page.uri)
    response_id = record_id("response", page.uri)
    common = [("WARC-Date", warc_date(page.fetched)), ("WARC-Warcinfo-ID", warcinfo_id)]
    request = request_block(page.uri)
    response = response_block(page)
    request_headers = [
        ("WARC-Type", "request"),
        *common,
        ("WARC-Record-ID", request_id),
        ("Content-Type", "application/http; msgtype=request"),
        ("WARC-Block-Digest", sha1_digest(request)),
        ("WARC-Target-URI", page.uri),
    ]
    response_headers = [
        ("WARC-Type", "response"),
        *common,
        ("WARC-Record-ID", response_id),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Concurrent-To", request_id),
        ("WARC-IP-Address", page.ip),
        ("WARC-Target-URI", page.uri),
        ("WARC-Payload-Digest", sha1_digest(page.html)),
        ("WARC-Block-Digest", sha1_digest(response)),
        ("WARC-Identified-Payload-Type", "text/html"),
    ]
    return [warc_record(request_headers, request), warc_record(response_headers, response)]


def canonical_url(html: bytes, *, source: Path) -> str:
    """The page says where it lives (its canonical link), so the WARC URI cannot drift from it."""
    match = CANONICAL.search(html.decode("utf-8"))
    if match is None:
        raise SystemExit(f'{source}: no <link rel="canonical"> to use as WARC-Target-URI')
    return match.group(1)


def load_pages(folder: Path) -> list[Page]:
    """Pages in file-name order, fetched 37 s apart from a fixed crawl start."""
    pages = []
    for index, path in enumerate(sorted(folder.glob("*.html"))):
        html = path.read_bytes()
        fetched = CRAWL_START + CRAWL_STEP * (index + 1)
        ip = f"192.0.2.{10 + index}"
        pages.append(Page(canonical_url(html, source=path), fetched, html, ip))
    return pages


def build_warc(pages: list[Page]) -> bytes:
    warcinfo = warcinfo_record(count=len(pages))
    warcinfo_id = record_id("warcinfo", WARC_FILENAME_FIELD)
    members = [gzip_member(warcinfo)]
    for page in pages:
        records = page_records(page, warcinfo_id=warcinfo_id)
        members.extend(gzip_member(record) for record in records)
    return b"".join(members)


def build_gzip_variants(out: Path) -> list[Path]:
    """Compress every file under gz_sources/<kind>/ to <out>/<kind>/<name>.gz."""
    written = []
    for source in sorted(p for p in GZ_SOURCES.rglob("*") if p.is_file()):
        target = out / source.relative_to(GZ_SOURCES).parent / (source.name + ".gz")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(gzip_member(source.read_bytes()))
        written.append(target)
    return written


def build(out: Path) -> list[Path]:
    """Write every generated example file under `out`; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    warc = out / WARC_NAME
    warc.write_bytes(build_warc(load_pages(WARC_PAGES)))
    return [warc, *build_gzip_variants(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "examples", help="output folder")
    args = parser.parse_args()
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
