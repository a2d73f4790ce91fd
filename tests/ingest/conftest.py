"""A real HTTP server on 127.0.0.1 for the fetching and feed tests.

Routes are plain functions registered per test (`news_server.route(path, ...)`), so each test
shows the responses it relies on. The server records every request (path, User-Agent, arrival
time) so tests can check politeness from the server's side.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Seen:
    path: str
    user_agent: str
    at: float


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    stream: Callable[[], Iterator[bytes]] | None = None


@dataclass
class NewsServer:
    """Handle on the running server: its base URL, its routes and what it has seen."""

    base: str
    routes: dict[str, Reply] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    streamed: dict[str, int] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)

    def route(self, path: str, body: str | bytes = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Reply(body=data, **options)  # type: ignore[arg-type]
        return self.base + path

    def article(self, path: str, title: str, body: str) -> str:
        """A small news page written for these tests (invented people, real places)."""
        html = (
            f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
        )
        return self.route(path, html)

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


def _handler(server: NewsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.seen.append(
                Seen(self.path, self.headers.get("User-Agent", ""), time.monotonic())
            )
            reply = server.routes.get(self.path, Reply(status=404, body=b"not here"))
            if reply.delay_s:
                time.sleep(reply.delay_s)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(reply)

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.stream is None:
                self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if reply.stream is None:
                self.wfile.write(reply.body)
                return
            for chunk in reply.stream():
                self.wfile.write(chunk)
                server.streamed[self.path] = server.streamed.get(self.path, 0) + len(chunk)
            server.finished.add(self.path)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read `seen` instead of the log."""

    return Handler


@pytest.fixture
def news_server() -> Iterator[NewsServer]:
    """A fresh threading HTTP server on an ephemeral port of 127.0.0.1, with a robots.txt."""
    holder = NewsServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    httpd.daemon_threads = True
    holder.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    holder.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield holder
    finally:
        httpd.shutdown()
        httpd.server_close()
