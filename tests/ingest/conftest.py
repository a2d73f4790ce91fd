"""A real HTTP server on 127.0.0.1 for the fetching and feed tests.

Routes are plain functions registered per test (`news_server.route(path, ...)`), so each test
shows the responses it relies on. The server records every request (path, User-Agent, arrival
time) so tests can check politeness from the server's side.
"""

from __future__ import annotations

import contextlib
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

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


def _serve(*, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> Iterator[NewsServer]:
    holder = NewsServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    httpd.daemon_threads = True
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    scheme = "http" if tls is None else "https"
    holder.base = f"{scheme}://{host}:{httpd.server_address[1]}"
    holder.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield holder
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def news_server() -> Iterator[NewsServer]:
    """A fresh threading HTTP server on an ephemeral port of 127.0.0.1, with a robots.txt."""
    yield from _serve()


@dataclass
class TlsServer:
    server: NewsServer
    cafile: Path


@pytest.fixture
def tls_news_server(tmp_path: Path) -> Iterator[TlsServer]:
    """The same server over HTTPS, as `localhost`, with a throwaway self-signed certificate."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj"]
    names = ["/CN=localhost", "-addext", "subjectAltName=DNS:localhost"]
    subprocess.run(
        [openssl, *request, *names, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    for server in _serve(tls=context, host="localhost"):
        yield TlsServer(server, cert)
