"""Polite, defensive fetching, checked against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import itertools
import ssl
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from crossroads.errors import Code, CrossroadsError
from crossroads.ingest import fetch as fetch_module
from crossroads.ingest.fetch import Fetcher, FetchError, FetchPolicy, is_public_address


def local_policy(**overrides: object) -> FetchPolicy:
    """Loopback allowed (the test server lives there), short timeouts, no delay by default."""
    options: dict[str, object] = {
        "allow_private": True,
        "timeout_s": 0.5,
        "per_host_delay_s": 0.0,
    }
    options.update(overrides)
    return FetchPolicy(**options)  # type: ignore[arg-type]


def fetch_error(fetcher: Fetcher, url: str) -> CrossroadsError:
    with pytest.raises(CrossroadsError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_fetches_article_with_charset_and_user_agent(news_server) -> None:
    url = news_server.article("/news/1", "Talks resume", "Ministers met in Geneva on Monday.")
    page = Fetcher(local_policy()).fetch(url)
    assert page.status == 200
    assert page.url == url
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert b"Ministers met in Geneva" in page.body
    agents = {s.user_agent for s in news_server.seen}
    assert agents == {FetchPolicy().user_agent}
    assert "crossroads" in FetchPolicy().user_agent


def test_loopback_refused_unless_allowed(news_server) -> None:
    url = news_server.article("/news/1", "Talks resume", "Ministers met.")
    for host_url in (url, url.replace("127.0.0.1", "localhost")):
        error = fetch_error(Fetcher(FetchPolicy(timeout_s=0.5)), host_url)
        assert error.code is Code.FETCH_PRIVATE
    assert news_server.seen == []  # refused before any request, robots.txt included
    assert Fetcher(local_policy()).fetch(url).status == 200


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("::1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("224.0.0.1", False),
        ("239.255.255.250", False),
        ("0.0.0.0", False),
        ("240.0.0.1", False),
        ("100.64.0.1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("2002:7f00:1::", False),
        ("not an address", False),
    ],
)
def test_public_address_table(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_only_http_schemes() -> None:
    fetcher = Fetcher(local_policy())
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"):
        assert fetch_error(fetcher, url).code is Code.UNSUPPORTED
    assert fetch_error(fetcher, "http:///no-host").code is Code.FETCH_FAILED
    assert fetch_error(fetcher, "http://example.org:99999/").code is Code.FETCH_FAILED


def test_robots_disallow_is_respected(news_server) -> None:
    secret = news_server.article("/private/memo", "Memo", "Internal.")
    open_page = news_server.article("/news/2", "Open", "Public.")
    fetcher = Fetcher(local_policy())
    assert fetch_error(fetcher, secret).code is Code.FETCH_ROBOTS
    assert fetcher.fetch(open_page).status == 200
    assert "/private/memo" not in news_server.paths()
    assert news_server.paths().count("/robots.txt") == 1  # cached for the run


def test_robots_ignored_when_policy_says_so(news_server) -> None:
    secret = news_server.article("/private/memo", "Memo", "Internal.")
    page = Fetcher(local_policy(respect_robots=False)).fetch(secret)
    assert page.status == 200
    assert "/robots.txt" not in news_server.paths()


def test_robots_agent_specific_rules(news_server) -> None:
    news_server.route(
        "/robots.txt",
        "User-agent: crossroads\nDisallow: /news/\n\nUser-agent: *\nDisallow:\n",
        content_type="text/plain",
    )
    url = news_server.article("/news/3", "Closed to us", "Text.")
    assert fetch_error(Fetcher(local_policy()), url).code is Code.FETCH_ROBOTS
    other = local_policy(user_agent="someone-else/1.0")
    assert Fetcher(other).fetch(url).status == 200


def test_robots_status_rules(news_server) -> None:
    url = news_server.article("/news/4", "Story", "Text.")
    news_server.route("/robots.txt", "gone", status=404, content_type="text/plain")
    assert Fetcher(local_policy()).fetch(url).status == 200  # 4xx: allow all
    news_server.route("/robots.txt", "busy", status=503, content_type="text/plain")
    assert fetch_error(Fetcher(local_policy()), url).code is Code.FETCH_ROBOTS  # 5xx: none


def test_robots_timeout_counts_as_allow(news_server) -> None:
    news_server.route("/robots.txt", "User-agent: *\nDisallow: /\n", delay_s=1.5)
    url = news_server.article("/news/5", "Story", "Text.")
    assert Fetcher(local_policy(timeout_s=0.3)).fetch(url).status == 200


def test_rate_limit_spaces_requests_to_one_host(news_server) -> None:
    urls = [news_server.article(f"/news/{i}", f"Story {i}", "Text.") for i in range(4)]
    fetcher = Fetcher(local_policy(per_host_delay_s=0.25))
    for url in urls:
        fetcher.fetch(url)
    times = [s.at for s in news_server.seen]
    assert len(times) == 5  # robots.txt + 4 articles
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.2, gaps  # 0.25 s asked; margin for scheduling jitter


def test_crawl_delay_in_robots_raises_the_gap(news_server) -> None:
    news_server.route("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", content_type="text/plain")
    urls = [news_server.article(f"/news/{i}", f"Story {i}", "Text.") for i in range(2)]
    fetcher = Fetcher(local_policy(per_host_delay_s=0.05))
    for url in urls:
        fetcher.fetch(url)
    times = [s.at for s in news_server.seen if s.path.startswith("/news/")]
    assert times[1] - times[0] >= 0.35


def test_timeout_is_coded_and_prompt(news_server) -> None:
    url = news_server.route("/slow", "late", delay_s=2.0)
    started = time.monotonic()
    error = fetch_error(Fetcher(local_policy(timeout_s=0.5)), url)
    assert error.code is Code.FETCH_TIMEOUT
    assert time.monotonic() - started < 1.5


def _lazy_bytes(total: int) -> Iterator[bytes]:
    block = b"<p>" + b"x" * 65_530 + b"</p>"
    sent = 0
    while sent < total:
        yield block
        sent += len(block)


def test_huge_stream_aborted_at_the_cap(news_server) -> None:
    """50 MB, no Content-Length: the cap (1 MB) must stop the download, not the end of data."""
    url = news_server.route("/huge", stream=lambda: _lazy_bytes(50_000_000))
    started = time.monotonic()
    error = fetch_error(Fetcher(local_policy(max_bytes=1_000_000, timeout_s=2.0)), url)
    assert error.code is Code.FETCH_TOO_LARGE
    assert time.monotonic() - started < 5
    time.sleep(0.2)  # let the server notice the closed connection
    assert "/huge" not in news_server.finished
    assert news_server.streamed.get("/huge", 0) < 20_000_000


def test_declared_length_over_cap_refused_before_reading(news_server) -> None:
    url = news_server.route("/big", b"x" * 3000, headers={})
    error = fetch_error(Fetcher(local_policy(max_bytes=1000)), url)
    assert error.code is Code.FETCH_TOO_LARGE


def test_gzip_content_encoding_is_decoded(news_server) -> None:
    html = "<html><body><p>Delegates from Chile arrived.</p></body></html>"
    url = news_server.route(
        "/gz", gzip.compress(html.encode()), headers={"Content-Encoding": "gzip"}
    )
    assert Fetcher(local_policy()).fetch(url).body == html.encode()


def test_gzip_bomb_is_capped(news_server) -> None:
    bomb = gzip.compress(b"\0" * 30_000_000)
    url = news_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    error = fetch_error(Fetcher(local_policy(max_bytes=1_000_000)), url)
    assert error.code is Code.FETCH_TOO_LARGE


def test_redirect_followed_to_final_url(news_server) -> None:
    final = news_server.article("/news/final", "Final", "Arrived.")
    start = news_server.route("/old", status=301, headers={"Location": "/news/final"})
    page = Fetcher(local_policy()).fetch(start)
    assert page.url == final
    assert b"Arrived." in page.body


def test_too_many_redirects(news_server) -> None:
    for i in range(8):
        news_server.route(f"/hop/{i}", status=302, headers={"Location": f"/hop/{i + 1}"})
    news_server.article("/hop/8", "End", "Text.")
    fetcher = Fetcher(local_policy())
    assert fetcher.fetch(news_server.base + "/hop/3").url.endswith("/hop/8")  # 5 hops: fine
    error = fetch_error(fetcher, news_server.base + "/hop/0")  # 8 hops: too many
    assert error.code is Code.FETCH_FAILED
    assert "redirects" in error.message


def test_redirect_target_checked_for_private_address(news_server, monkeypatch) -> None:
    """Pretend 127.0.0.1 is public; a redirect to 127.0.0.2 (loopback) must still be refused."""
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.1")
    port = news_server.base.rsplit(":", 1)[1]
    news_server.route("/jump", status=302, headers={"Location": f"http://127.0.0.2:{port}/x"})
    news_server.article("/fine", "Fine", "Text.")
    fetcher = Fetcher(FetchPolicy(timeout_s=0.5, per_host_delay_s=0.0))
    assert fetcher.fetch(news_server.base + "/fine").status == 200
    assert fetch_error(fetcher, news_server.base + "/jump").code is Code.FETCH_PRIVATE


def test_redirect_target_checked_for_robots(news_server) -> None:
    news_server.article("/private/target", "Hidden", "Text.")
    url = news_server.route("/go", status=302, headers={"Location": "/private/target"})
    assert fetch_error(Fetcher(local_policy()), url).code is Code.FETCH_ROBOTS
    assert "/private/target" not in news_server.paths()


@pytest.mark.parametrize(("status", "code"), [(404, Code.FETCH_FAILED), (500, Code.FETCH_FAILED)])
def test_http_errors_carry_status(news_server, status: int, code: Code) -> None:
    url = news_server.route(f"/status/{status}", "no", status=status)
    error = fetch_error(Fetcher(local_policy()), url)
    assert error.code is code
    assert isinstance(error, FetchError)
    assert error.status == status
    assert str(status) in error.message


def test_forbidden_has_its_own_code(news_server) -> None:
    url = news_server.route("/paywall", "no", status=403)
    error = fetch_error(Fetcher(local_policy()), url)
    assert error.code is Code.FETCH_FORBIDDEN
    assert isinstance(error, FetchError) and error.status == 403


def test_unroutable_path_is_404(news_server) -> None:
    error = fetch_error(Fetcher(local_policy()), news_server.base + "/nothing")
    assert error.code is Code.FETCH_FAILED and "404" in error.message


def test_pdf_refused_from_headers(news_server) -> None:
    url = news_server.route("/report.pdf", stream=lambda: _lazy_bytes(50_000_000))
    news_server.routes["/report.pdf"].content_type = "application/pdf"
    error = fetch_error(Fetcher(local_policy()), url)
    assert error.code is Code.PDF
    image = news_server.route("/photo.jpg", b"\xff\xd8\xff", content_type="image/jpeg")
    assert fetch_error(Fetcher(local_policy()), image).code is Code.UNSUPPORTED


def test_retry_after_pushes_next_request_back(news_server) -> None:
    busy = news_server.route("/busy", "slow down", status=429, headers={"Retry-After": "1"})
    later = news_server.article("/news/later", "Later", "Text.")
    fetcher = Fetcher(local_policy())
    fetch_error(fetcher, busy)
    fetcher.fetch(later)
    times = {s.path: s.at for s in news_server.seen}
    assert times["/news/later"] - times["/busy"] >= 0.9


def test_connection_refused_is_fetch_failed() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = fetch_error(Fetcher(local_policy()), f"http://127.0.0.1:{port}/")
    assert error.code is Code.FETCH_FAILED


def test_non_ascii_path_is_encoded(news_server) -> None:
    news_server.article("/news/caf%C3%A9", "Café talks", "Text.")
    page = Fetcher(local_policy()).fetch(news_server.base + "/news/café")
    assert page.status == 200


def _trickle() -> Iterator[bytes]:
    for _ in range(30):
        time.sleep(0.1)
        yield b"<p>a little more</p>"


def test_trickling_response_hits_the_total_deadline(news_server) -> None:
    """Each read arrives within timeout_s, but the whole response may not take forever."""
    url = news_server.route("/trickle", stream=_trickle)
    policy = local_policy(timeout_s=0.5, total_timeout_s=0.6)
    started = time.monotonic()
    assert fetch_error(Fetcher(policy), url).code is Code.FETCH_TIMEOUT
    assert time.monotonic() - started < 1.5


def test_https_to_a_plain_http_server_fails_cleanly(news_server) -> None:
    url = news_server.article("/news/tls", "TLS", "Text.").replace("http://", "https://")
    assert fetch_error(Fetcher(local_policy(respect_robots=False)), url).code is Code.FETCH_FAILED


def test_https_verifies_the_name_while_connecting_to_the_checked_address(
    tls_news_server, monkeypatch
) -> None:
    """The socket goes to the resolved, checked address; TLS still verifies `localhost`."""
    server, cafile = tls_news_server.server, tls_news_server.cafile
    url = server.article("/news/secure", "Secure", "Delivered over TLS.")
    strict = Fetcher(local_policy())
    assert fetch_error(strict, url).code is Code.FETCH_FAILED  # unknown CA: refused
    trusting = ssl.create_default_context(cafile=str(cafile))
    monkeypatch.setattr(fetch_module.ssl, "create_default_context", lambda: trusting)
    page = Fetcher(local_policy()).fetch(url)
    assert b"Delivered over TLS." in page.body
    assert page.url == url
    wrong_name = url.replace("localhost", "127.0.0.1")  # certificate names localhost only
    assert fetch_error(Fetcher(local_policy()), wrong_name).code is Code.FETCH_FAILED


def test_threads_sharing_a_fetcher_are_spaced_and_read_robots_once(news_server) -> None:
    urls = [news_server.article(f"/news/t{i}", f"Story {i}", "Text.") for i in range(6)]
    fetcher = Fetcher(local_policy(per_host_delay_s=0.15))
    with ThreadPoolExecutor(max_workers=6) as pool:
        pages = list(pool.map(fetcher.fetch, urls))
    assert [p.url for p in pages] == urls
    assert news_server.paths().count("/robots.txt") == 1
    times = sorted(s.at for s in news_server.seen)
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.1, gaps  # 0.15 s asked; margin for a loaded machine
