"""The local readers on real files of every format, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossroads.config import MAX_INPUT_BYTES
from crossroads.errors import Code, CrossroadsError
from crossroads.ingest import Source, expand_inputs, read_source
from crossroads.ingest.fetch import Fetcher, FetchPolicy
from crossroads.ingest.files import read_file, read_stream
from crossroads.model import RawDocument

PAGE = b"<html><head><title>Talks resume</title></head><body><p>Envoys met.</p></body></html>"
FETCHER = Fetcher(FetchPolicy())


def read_all(path: Path) -> list[RawDocument | CrossroadsError]:
    return list(read_file(path))


def only_error(items: list[RawDocument | CrossroadsError]) -> CrossroadsError:
    assert len(items) == 1 and isinstance(items[0], CrossroadsError), items
    return items[0]


def warc_record(kind: str, block: bytes, uri: str = "https://news.example/a") -> bytes:
    headers = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2026-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{len(block)}>\r\n"
        f"Content-Length: {len(block)}\r\n"
    )
    if kind == "response":
        headers += "Content-Type: application/http; msgtype=response\r\n"
    return headers.encode() + b"\r\n" + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def test_html_and_text_files_are_one_document_each(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "b.htm").write_bytes(PAGE)
    (tmp_path / "c.txt").write_text("Title\n\nBody of a scraped page.\n", encoding="utf-8")
    kinds = [(d.format, d.kind) for p in sorted(tmp_path.iterdir()) for d in read_all(p)]  # type: ignore[union-attr]
    assert kinds == [("html", "html"), ("html", "html"), ("text", "text")]


def test_gzip_compressed_inputs_are_read_through(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE))
    [document] = read_all(tmp_path / "a.html.gz")
    assert isinstance(document, RawDocument) and document.data == PAGE


def test_jsonl_records_keep_metadata_and_bad_lines_are_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Envoys met in Astana.", "url": "https://x.example/1", "title": "T"}),
        "{not json",
        json.dumps({"html": "<p>Body</p>", "published": "2026-02-03"}),
        json.dumps({"title": "no body"}),
    ]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    items = read_all(tmp_path / "a.jsonl.gz")
    codes = [i.code if isinstance(i, CrossroadsError) else i.kind for i in items]
    assert codes == ["text", Code.BAD_JSONL, "html", Code.BAD_JSONL]
    first = items[0]
    assert (
        isinstance(first, RawDocument)
        and first.url == "https://x.example/1"
        and first.record == "L1"
    )


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    records = [
        warc_record("warcinfo", b"software: test\r\n"),
        warc_record("request", b"GET /a HTTP/1.1\r\n\r\n"),
        warc_record("response", http_response(PAGE)),
        warc_record("response", http_response(b"\x89PNG", "image/png"), "https://news.example/i"),
    ]
    path = tmp_path / "cc.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    [document] = read_all(path)
    assert isinstance(document, RawDocument)
    assert document.format == "warc" and document.url == "https://news.example/a"
    assert document.data == PAGE and document.charset == "utf-8"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", Code.EMPTY),
        ("blank.html", b"  \n\t\n", Code.EMPTY),
        ("image.html", bytes(range(256)) * 40, Code.BINARY),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", Code.PDF),
        ("truncated.html.gz", gzip.compress(PAGE * 50)[:-40], Code.BAD_GZIP),
        ("broken.warc", b"this is not a WARC file\n" * 20, Code.BAD_WARC),
        ("headless.warc", b"WARC/1.0\r\nnonsense\r\n\r\n" * 3, Code.BAD_WARC),
    ],
)
def test_bad_files_give_one_coded_error(
    tmp_path: Path, name: str, content: bytes, code: Code
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert only_error(read_all(path)).code == code


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    assert os.path.getsize(path) > MAX_INPUT_BYTES
    assert only_error(read_all(path)).code == Code.TOO_LARGE


def test_gzip_bomb_is_stopped_at_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b" " * (MAX_INPUT_BYTES + 1024)))
    assert only_error(read_all(path)).code == Code.TOO_LARGE


def test_expansion_of_folders_globs_missing_paths_and_urls(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.html", "sub/b.txt.gz", "sub/c.jsonl", "notes.md", "sub/d.warc.gz"):
        (tmp_path / name).write_bytes(b"x")
    folder = [Path(s.name).name for s in expand_inputs([str(tmp_path)])]
    assert folder == ["a.html", "b.txt.gz", "c.jsonl", "d.warc.gz"]
    pattern = [Path(s.name).name for s in expand_inputs([str(tmp_path / "sub" / "*.gz")])]
    assert pattern == ["b.txt.gz", "d.warc.gz"]
    assert expand_inputs([str(tmp_path / "nope.html"), "https://news.example/a", "-"]) == [
        Source("missing", str(tmp_path / "nope.html")),
        Source("url", "https://news.example/a"),
        Source("stdin", "-"),
    ]


def test_missing_path_is_a_coded_error() -> None:
    [error] = list(read_source(Source("missing", "/no/such/file.html"), fetcher=FETCHER))
    assert isinstance(error, CrossroadsError) and error.code == Code.NOT_FOUND


def test_stdin_is_sniffed_for_its_format() -> None:
    stream = io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')
    items = list(read_source(Source("stdin", "-"), fetcher=FETCHER, stdin=stream))
    assert [i.format for i in items if isinstance(i, RawDocument)] == ["jsonl", "jsonl"]


SUFFIXES = ["", ".html", ".txt", ".jsonl", ".warc"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES), gz=st.booleans())
def test_arbitrary_bytes_give_documents_or_coded_errors(data: bytes, suffix: str, gz: bool) -> None:
    payload = gzip.compress(data) if gz else data
    for item in read_stream(io.BytesIO(payload), source="fuzz", suffix=suffix):
        assert isinstance(item, RawDocument | CrossroadsError)
        if isinstance(item, CrossroadsError):
            assert item.code in Code
