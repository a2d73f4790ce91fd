"""Polite HTTP fetching: robots.txt, per-host delays, timeouts, size caps, no private addresses.

crossroads fetches news pages that users name, often thousands at a time, so it must behave
like a well-mannered crawler (honour robots.txt, space requests to one host, say who it is in
the User-Agent) and must not be turned against the machine it runs on (a feed that links to
`http://169.254.169.254/` or a redirect to `http://localhost:8080/admin` is refused). Only the
standard library is used: `http.client` gives control over redirects and over which address is
connected to, which `urllib.request` hides.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from crossroads.errors import Code, CrossroadsError

MAX_REDIRECTS = 5
"""RFC 9110 suggests clients detect loops; five hops is what most crawlers allow."""
ROBOTS_MAX_BYTES = 512_000
"""RFC 9309 asks parsers to read at least 500 KiB of a robots.txt; more is ignored."""
MAX_CRAWL_DELAY_S = 30.0
"""A robots.txt Crawl-delay above this would stall a run; it is capped, not ignored."""
MAX_RETRY_AFTER_S = 300.0
CHUNK = 64 * 1024
_CRAWL_DELAY = re.compile(r"^(\s*crawl-delay\s*:\s*)(\d+(?:\.\d*)?|\.\d+)", re.I)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"  # noqa: E501
USABLE_TYPES = frozenset(
    {
        "",
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/gzip",
        "application/x-gzip",
        "application/octet-stream",
    }
)
"""Content types crossroads can turn into documents (pages, feeds, sitemaps, gzipped sitemaps).

Anything else (PDF, images, video) is refused from the headers, before its body is read.
"""


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how defensively to fetch; one policy per run.

    `timeout_s` bounds every network wait (connect, each read); `total_timeout_s` bounds one
    response from first byte to last, so a server trickling bytes cannot hold a worker forever.
    `per_host_delay_s` is the minimum gap between two requests to one host (a robots.txt
    Crawl-delay raises it for that host). `allow_private` lets tests and intranet users fetch
    from loopback and private networks.
    """

    allow_private: bool = False
    timeout_s: float = 10.0
    max_bytes: int = 20_000_000
    per_host_delay_s: float = 1.0
    user_agent: str = "crossroads/0.1 (+https://github.com/crossroads-events; news event coder)"
    respect_robots: bool = True
    total_timeout_s: float = 60.0


@dataclass(frozen=True)
class FetchedPage:
    """A successful response: the final URL after redirects, and the (decoded) body bytes."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


class FetchError(CrossroadsError):
    """A fetch failure; `status` is the HTTP status when the server answered one."""

    def __init__(self, code: Code, source: str, message: str, *, status: int | None = None):
        super().__init__(code, source, message)
        self.status = status


@dataclass(frozen=True)
class _Target:
    """A parsed, checked URL: what to connect to and what to ask for."""

    url: str
    scheme: str
    host: str
    port: int
    path: str
    addresses: tuple[str, ...]

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


@dataclass(frozen=True)
class _Response:
    status: int
    headers: Message
    body: bytes


class Fetcher:
    """Fetches URLs for one run; keeps the robots.txt cache and per-host request times.

    Safe to share between threads: the per-host schedule is reserved under a lock, so two
    threads asking the same host are spaced as one sequential crawler would be.
    """

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self._robots: dict[str, RobotFileParser | bool] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._next_slot: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str) -> FetchedPage:
        """GET `url`, following up to MAX_REDIRECTS redirects, each hop checked again.

        Raises FetchError (a CrossroadsError) with a FETCH_* code, or with PDF / UNSUPPORTED
        when the server says the body is something crossroads cannot read.
        """
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = self._prepare(current, source=url)
            self._check_robots(target, source=url)
            response = self._request(target, source=url, accept_types=USABLE_TYPES)
            location = response.headers.get("Location")
            if response.status in REDIRECTS and location:
                current = urljoin(target.url, location.strip())
                continue
            return _page(target.url, response, source=url)
        raise FetchError(Code.FETCH_FAILED, url, f"more than {MAX_REDIRECTS} redirects")

    def _prepare(self, url: str, *, source: str) -> _Target:
        """Parse the URL and resolve its host, refusing schemes and addresses we must not use."""
        parts = _split(url, source=source)
        host = _ascii_host(parts, source=source)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = _resolve(host, port, allow_private=self.policy.allow_private, source=source)
        clean = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        return _Target(clean, parts.scheme, host, port, _request_path(parts), addresses)

    def _check_robots(self, target: _Target, *, source: str) -> None:
        if not self.policy.respect_robots:
            return
        rules = self._robots_for(target)
        if rules is True:
            return
        if rules is False or not rules.can_fetch(self.policy.user_agent, target.url):
            raise FetchError(Code.FETCH_ROBOTS, source, f"robots.txt disallows {target.url}")

    def _robots_for(self, target: _Target) -> RobotFileParser | bool:
        """The robots rules for the target's origin: a parser, True (allow all) or False."""
        with self._lock:
            origin_lock = self._robots_locks.setdefault(target.origin, threading.Lock())
        with origin_lock:  # threads asking one new site wait for one robots.txt request
            cached = self._robots.get(target.origin)
            if cached is None:
                cached = self._robots[target.origin] = self._load_robots(target)
        return cached

    def _load_robots(self, target: _Target) -> RobotFileParser | bool:
        """Fetch robots.txt per RFC 9309: 4xx means allow all, 5xx means disallow all.

        An unreachable robots.txt (timeout, refused, private redirect) counts as allow: a
        fetch of the page itself would fail the same way and report it.
        """
        url = f"{target.scheme}://{urlsplit(target.url).netloc}/robots.txt"
        try:
            response = self._follow(url, max_bytes=ROBOTS_MAX_BYTES, truncate=True)
        except CrossroadsError:
            return True
        if response.status >= 500:
            return False
        if response.status >= 300:
            return True
        return self._parse_robots(url, response.body)

    def _parse_robots(self, url: str, body: bytes) -> RobotFileParser:
        """Parse the rules and honour the Crawl-delay that applies to our user agent.

        The standard parser keeps only integer delays; values are rewritten in milliseconds
        first so that the common `Crawl-delay: 0.5` is honoured too.
        """
        parser = RobotFileParser(url)
        lines = body.decode("utf-8", errors="replace").splitlines()
        parser.parse([_CRAWL_DELAY.sub(_delay_in_ms, line) for line in lines])
        delay_ms = parser.crawl_delay(self.policy.user_agent)
        if delay_ms is not None:
            self._raise_delay(urlsplit(url).hostname or "", float(delay_ms) / 1000)
        return parser

    def _follow(self, url: str, *, max_bytes: int, truncate: bool) -> _Response:
        """GET with redirects but without robots checks (used for robots.txt itself)."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = self._prepare(current, source=url)
            response = self._request(
                target, source=url, accept_types=None, max_bytes=max_bytes, truncate=truncate
            )
            location = response.headers.get("Location")
            if response.status not in REDIRECTS or not location:
                return response
            current = urljoin(target.url, location.strip())
        raise FetchError(Code.FETCH_FAILED, url, f"more than {MAX_REDIRECTS} redirects")

    def _request(
        self,
        target: _Target,
        *,
        source: str,
        accept_types: frozenset[str] | None,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> _Response:
        """One GET, after waiting for the host's slot; network errors become coded errors."""
        self._wait_turn(target.host)
        conn = _connection(target, timeout=self.policy.timeout_s)
        try:
            conn.request("GET", target.path, headers=self._headers())
            raw = conn.getresponse()
            self._note_retry_after(target.host, raw)
            _check_type(raw, accept_types, source=source)
            limit = self.policy.max_bytes if max_bytes is None else max_bytes
            body = self._read_body(raw, limit=limit, truncate=truncate, source=source)
            return _Response(raw.status, raw.headers, body)
        except CrossroadsError:
            raise
        except TimeoutError as exc:
            raise FetchError(Code.FETCH_TIMEOUT, source, f"timed out: {exc}") from exc
        except (OSError, http.client.HTTPException, ssl.SSLError, zlib.error) as exc:
            raise FetchError(Code.FETCH_FAILED, source, f"{type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()

    def _headers(self) -> dict[str, str]:
        return {
            "User-Agent": self.policy.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip",
            "Connection": "close",
        }

    def _read_body(
        self, raw: http.client.HTTPResponse, *, limit: int, truncate: bool, source: str
    ) -> bytes:
        """Read in chunks, decoding gzip on the fly, and stop as soon as `limit` is passed."""
        if raw.status in REDIRECTS or raw.status >= 400:
            return b""
        declared = raw.getheader("Content-Length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            raise _too_large(source, limit)
        decoder = _decoder(raw.getheader("Content-Encoding", ""), source=source)
        deadline = time.monotonic() + self.policy.total_timeout_s
        out = bytearray()
        for chunk in _chunks(raw, decoder, budget=limit + 1):
            out += chunk
            if len(out) > limit:
                if truncate:
                    return bytes(out[:limit])
                raise _too_large(source, limit)
            if time.monotonic() > deadline:
                raise FetchError(Code.FETCH_TIMEOUT, source, "response took too long to arrive")
        return bytes(out)

    def _wait_turn(self, host: str) -> None:
        """Reserve the host's next slot under the lock, then sleep outside it until the slot."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self._host_delay(host)
        if slot > now:
            time.sleep(slot - now)

    def _host_delay(self, host: str) -> float:
        return self._delays.get(host, self.policy.per_host_delay_s)

    def _raise_delay(self, host: str, delay: float) -> None:
        """Honour a robots.txt Crawl-delay (capped) when it is longer than our own delay."""
        wanted = min(max(delay, 0.0), MAX_CRAWL_DELAY_S)
        with self._lock:
            if wanted > self.policy.per_host_delay_s:
                self._delays[host] = wanted

    def _note_retry_after(self, host: str, raw: http.client.HTTPResponse) -> None:
        """A 429 or 503 with Retry-After pushes this host's next slot back (capped)."""
        value = raw.getheader("Retry-After", "").strip()
        if raw.status not in (429, 503) or not value.isdigit():
            return
        wait = min(float(value), MAX_RETRY_AFTER_S)
        with self._lock:
            self._next_slot[host] = max(self._next_slot.get(host, 0.0), time.monotonic() + wait)


def _delay_in_ms(match: re.Match[str]) -> str:
    return f"{match.group(1)}{round(float(match.group(2)) * 1000)}"


def _page(url: str, response: _Response, *, source: str) -> FetchedPage:
    """Turn a final response into a page, or an HTTP error status into a coded error."""
    if response.status in (401, 403, 451):
        raise FetchError(
            Code.FETCH_FORBIDDEN, source, f"HTTP {response.status}", status=response.status
        )
    if response.status >= 300:
        raise FetchError(
            Code.FETCH_FAILED, source, f"HTTP {response.status}", status=response.status
        )
    content_type, charset = _content_type(response.headers)
    return FetchedPage(url, response.status, content_type, charset, response.body)


def _content_type(headers: Message) -> tuple[str, str | None]:
    """The media type ('' when the server sent none) and the declared charset, if any."""
    if headers.get("Content-Type") is None:
        return "", None
    return headers.get_content_type(), headers.get_content_charset()


def _check_type(
    raw: http.client.HTTPResponse, accept: frozenset[str] | None, *, source: str
) -> None:
    """Refuse unusable media types from the headers, before downloading megabytes of PDF."""
    if accept is None or raw.status >= 300:
        return
    content_type, _ = _content_type(raw.headers)
    if content_type in accept:
        return
    code = Code.PDF if content_type == "application/pdf" else Code.UNSUPPORTED
    raise FetchError(code, source, f"content type {content_type} is not a page, feed or sitemap")


def _too_large(source: str, limit: int) -> FetchError:
    return FetchError(Code.FETCH_TOO_LARGE, source, f"response larger than {limit} bytes")


def _decoder(encoding: str, *, source: str) -> Any:
    """A streaming decompressor for the Content-Encoding, or None for identity."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, detected
    raise FetchError(Code.FETCH_FAILED, source, f"unsupported Content-Encoding {encoding}")


def _chunks(raw: http.client.HTTPResponse, decoder: Any, *, budget: int) -> Iterator[bytes]:
    """Yield decoded chunks; decompression never produces more than `budget` bytes in all,
    so a small gzip bomb cannot expand into gigabytes before the caller's cap is checked.
    """
    produced = 0
    while produced < budget:
        chunk = raw.read1(CHUNK)  # what has arrived, so slow trickles meet the deadline
        if not chunk:
            break
        if decoder is None:
            produced += len(chunk)
            yield chunk
            continue
        data = chunk
        while data and produced < budget:
            out = decoder.decompress(data, budget - produced)
            produced += len(out)
            yield out
            data = decoder.unconsumed_tail
    if decoder is not None and produced < budget:
        yield decoder.flush()


def _split(url: str, *, source: str) -> SplitResult:
    """Parse the URL; only absolute http and https URLs with a host are fetched."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise FetchError(Code.FETCH_FAILED, source, f"malformed URL: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(Code.UNSUPPORTED, source, f"scheme {parts.scheme!r} is not http(s)")
    if not parts.hostname:
        raise FetchError(Code.FETCH_FAILED, source, "URL has no host")
    return parts


def _ascii_host(parts: SplitResult, *, source: str) -> str:
    """The host in ASCII (IDNA for internationalised names), as DNS and Host: want it."""
    host = parts.hostname or ""
    try:
        return host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchError(Code.FETCH_FAILED, source, f"bad host name {host!r}") from exc


def _request_path(parts: SplitResult) -> str:
    """Path and query, percent-encoded where the URL held raw non-ASCII or spaces."""
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return f"{path}?{query}" if query else path


def _resolve(host: str, port: int, *, allow_private: bool, source: str) -> tuple[str, ...]:
    """Resolve the host and return the addresses to connect to, in the resolver's order.

    Every address the name resolves to is checked, not just the first: a name with one public
    and one private address could otherwise be steered to the private one. The connection is
    then made to a checked address, so a second DNS answer cannot swap it (DNS rebinding).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(Code.FETCH_FAILED, source, f"cannot resolve {host}: {exc}") from exc
    addresses = tuple(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise FetchError(
                    Code.FETCH_PRIVATE, source, f"{host} resolves to non-public {address}"
                )
    if not addresses:
        raise FetchError(Code.FETCH_FAILED, source, f"cannot resolve {host}")
    return addresses


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local, ...)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return ip.is_global and not (
        ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
    )


def _connection(target: _Target, *, timeout: float) -> http.client.HTTPConnection:
    """A connection whose socket goes to the already-checked address, not a fresh lookup.

    For HTTPS the certificate is still verified against the host name (SNI), as usual.
    """
    conn: http.client.HTTPConnection
    if target.scheme == "https":
        context = ssl.create_default_context()
        conn = http.client.HTTPSConnection(
            target.host, target.port, timeout=timeout, context=context
        )
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
    addresses = target.addresses

    def create(addr: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        return _connect_any(addresses, addr[1], *args, **kwargs)

    conn._create_connection = create  # type: ignore[attr-defined]
    return conn


def _connect_any(addresses: tuple[str, ...], port: int, *args: Any, **kwargs: Any) -> socket.socket:
    """Try each checked address in turn, as socket.create_connection does for one name.

    A host whose first address is unreachable (IPv6 advertised but broken) still works.
    """
    error: OSError = OSError(f"no address to connect to on port {port}")
    for address in addresses:
        try:
            return socket.create_connection((address, port), *args, **kwargs)
        except OSError as exc:
            error = exc
    raise error


__all__ = ["FetchError", "FetchPolicy", "FetchedPage", "Fetcher", "is_public_address"]
