"""The example corpus is a fixture for every stage, so its shape is checked here.

These tests guard what other tests rely on: the generated WARC and gzip files are exactly what
`scripts/build_examples.py` makes from their readable sources, the WARC reads as CC-NEWS does
(warcinfo, then request/response pairs, one gzip member each), every input format is present,
and the feeds point at files that exist.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WARC = EXAMPLES / "cc-news-sample.warc.gz"
WARC_PAGES = ROOT / "scripts" / "warc_pages"
BUILD = ROOT / "scripts" / "build_examples.py"
CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"', re.IGNORECASE)


def generated_files() -> list[Path]:
    """What the build script writes: the WARC and every *.gz variant under examples/."""
    return sorted(p for p in EXAMPLES.rglob("*.gz"))


def run_build(out: Path) -> None:
    subprocess.run([sys.executable, str(BUILD), "--out", str(out)], check=True, capture_output=True)


def jsonl_records(path: Path) -> list[dict[str, object]]:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def canonical_url(page: Path) -> str:
    match = CANONICAL.search(page.read_text(encoding="utf-8"))
    assert match is not None, f"{page} has no canonical link"
    return match.group(1)


def warc_records(*, parse_http: bool) -> list[dict[str, Any]]:
    """Facts about each record, read while the iterator holds it: records do not outlive it."""
    facts = []
    with WARC.open("rb") as stream:
        for record in ArchiveIterator(stream, parse_http=parse_http):
            uri = record.headers.get("WARC-Target-URI")
            fact: dict[str, Any] = {"type": record.record_type, "uri": uri}
            if parse_http and record.record_type == WarcRecordType.response:
                fact["status"] = record.http_headers.status_code
                fact["content_type"] = record.http_content_type
                fact["charset"] = record.http_charset
                fact["payload_ok"] = record.verify_payload_digest()
            elif not parse_http and record.record_type != WarcRecordType.warcinfo:
                fact["block_ok"] = record.verify_block_digest()
            facts.append(fact)
    return facts


def gzip_members(data: bytes) -> list[bytes]:
    """Split a multi-member gzip file the way a record-at-a-time reader sees it."""
    members = []
    while data:
        inflater = zlib.decompressobj(wbits=31)
        members.append(inflater.decompress(data))
        data = inflater.unused_data
    return members


def test_build_reproduces_committed_files_byte_for_byte(tmp_path: Path) -> None:
    run_build(tmp_path)
    rebuilt = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.gz"))
    assert rebuilt == [p.relative_to(EXAMPLES) for p in generated_files()]
    for relative in rebuilt:
        assert (tmp_path / relative).read_bytes() == (EXAMPLES / relative).read_bytes(), relative


def test_build_is_deterministic_across_runs(tmp_path: Path) -> None:
    run_build(tmp_path / "a")
    run_build(tmp_path / "b")
    first = (tmp_path / "a" / WARC.name).read_bytes()
    assert first == (tmp_path / "b" / WARC.name).read_bytes()


def test_warc_has_warcinfo_then_request_response_pairs() -> None:
    kinds = [fact["type"] for fact in warc_records(parse_http=False)]
    pages = len(list(WARC_PAGES.glob("*.html")))
    assert pages >= 4
    pair = [WarcRecordType.request, WarcRecordType.response]
    assert kinds == [WarcRecordType.warcinfo, *pair * pages]


def test_warc_is_one_gzip_member_per_record() -> None:
    members = gzip_members(WARC.read_bytes())
    assert len(members) == 1 + 2 * len(list(WARC_PAGES.glob("*.html")))
    assert all(member.startswith(b"WARC/1.0\r\n") for member in members)
    assert all(member.endswith(b"\r\n\r\n") for member in members)


def test_warc_block_digests_verify() -> None:
    facts = [f for f in warc_records(parse_http=False) if f["type"] != WarcRecordType.warcinfo]
    assert facts
    assert all(fact["block_ok"] for fact in facts)


def test_warc_responses_are_cc_news_like_html() -> None:
    canonical = {canonical_url(p) for p in WARC_PAGES.glob("*.html")}
    facts = [f for f in warc_records(parse_http=True) if f["type"] == WarcRecordType.response]
    assert len(facts) == len(canonical)
    for fact in facts:
        assert (fact["status"], fact["content_type"], fact["charset"]) == (
            200,
            "text/html",
            "utf-8",
        )
        assert fact["payload_ok"]
    assert {fact["uri"] for fact in facts} == canonical


@pytest.mark.parametrize(
    "pattern, minimum",
    [
        ("html/*.html", 6),
        ("html/*.htm", 2),
        ("html/*.html.gz", 1),
        ("text/*.txt", 6),
        ("text/*.txt.gz", 1),
        ("jsonl/*.jsonl", 1),
        ("jsonl/*.jsonl.gz", 1),
        ("cc-news-sample.warc.gz", 1),
        ("feeds/*.xml.tmpl", 3),
    ],
)
def test_every_input_format_is_present(pattern: str, minimum: int) -> None:
    assert len(list(EXAMPLES.glob(pattern))) >= minimum


def count_articles() -> int:
    html = len(list(EXAMPLES.glob("html/*.htm*")))
    text = len(list(EXAMPLES.glob("text/*.txt*")))
    jsonl = sum(len(jsonl_records(p)) for p in EXAMPLES.glob("jsonl/*.jsonl*"))
    records = warc_records(parse_http=False)
    warc = sum(1 for r in records if r["type"] == WarcRecordType.response)
    return html + text + jsonl + warc


def test_corpus_has_at_least_25_articles() -> None:
    assert count_articles() >= 25


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("jsonl/*.jsonl*")), ids=lambda p: p.name)
def test_jsonl_records_hold_text_or_html_and_typed_metadata(path: Path) -> None:
    records = jsonl_records(path)
    assert records
    for record in records:
        assert isinstance(record.get("text") or record.get("html"), str)
        for key in ("url", "title", "published"):
            assert record.get(key) is None or isinstance(record[key], str)
        if isinstance(record.get("published"), str):
            assert iso_date(str(record["published"])).year == 2026


def iso_date(value: str) -> date:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def test_jsonl_covers_both_payload_kinds_and_missing_metadata() -> None:
    records = [r for p in EXAMPLES.glob("jsonl/*.jsonl*") for r in jsonl_records(p)]
    assert any("html" in r for r in records)
    assert any("text" in r for r in records)
    assert any("url" not in r for r in records)
    assert any("published" not in r for r in records)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("feeds/*.tmpl")), ids=lambda p: p.name)
def test_feed_templates_point_at_files_in_the_corpus(path: Path) -> None:
    base = "http://127.0.0.1:8765"
    xml = path.read_text(encoding="utf-8").replace("{base}", base)
    root = ET.fromstring(xml)
    links = {
        (el.text or el.get("href") or "").strip()
        for el in root.iter()
        if el.tag.rsplit("}", 1)[-1] in {"link", "loc"}
    }
    articles = {
        link
        for link in links
        if link.startswith(base + "/") and link.endswith((".html", ".htm", ".txt"))
    }
    assert len(articles) >= 4
    for link in articles:
        assert (EXAMPLES / link.removeprefix(base + "/")).is_file(), link


def test_one_site_repeats_its_footer_across_text_files() -> None:
    footer = "© 2026 Steppe Observer. All rights reserved."
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES.glob("text/*.txt")]
    assert sum(footer in t.splitlines() for t in texts) >= 3


@pytest.mark.parametrize(
    "words",
    [
        ("Previous Article", "Next Article", "Leave a Comment", "Share this:"),
        ("Vorheriger Artikel", "Nächster Artikel", "Kommentar schreiben"),
        ("Article précédent", "Article suivant", "Laisser un commentaire"),
        ("Artículo anterior", "Deja un comentario"),
        ("false", "true", "undefined", "Advertisement", "Subscribe to our newsletter"),
    ],
)
def test_text_files_carry_page_debris_lines(words: tuple[str, ...]) -> None:
    lines = {
        line.strip()
        for p in EXAMPLES.glob("text/*.txt")
        for line in p.read_text(encoding="utf-8").splitlines()
    }
    assert set(words) <= lines


def test_html_pages_have_metadata_and_a_comment_section() -> None:
    pages = [
        p.read_text(encoding="utf-8") for p in EXAMPLES.glob("html/*.htm*") if p.suffix != ".gz"
    ]
    assert all(CANONICAL.search(page) for page in pages)
    assert all('property="og:title"' in page for page in pages)
    assert sum("comment" in page.lower() for page in pages) >= 6
    assert sum("<script" in page for page in pages) >= 6


def test_readme_describes_every_example_file() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    files = [p for p in EXAMPLES.rglob("*") if p.is_file() and p.name != "README.md"]
    missing = [p.name for p in files if p.name not in readme]
    assert not missing


NOT_POLITICAL = {
    "touchline-riverside-northgate-match-report.html",
    "silkplate-uzbek-plov-recipe.txt",
    "Nimbus Fold 3 review: the foldable that finally lasts all day",
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The whole corpus through the real CLI, once for the tests that read its records."""
    out = tmp_path_factory.mktemp("corpus")
    command = [sys.executable, "-m", "crossroads", "process", str(EXAMPLES)]
    command += ["--db", str(out / "x.duckdb"), "--jsonl", "-"]
    done = subprocess.run(command, capture_output=True, timeout=600, check=True)
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def is_political(record: dict[str, Any]) -> bool:
    name = str(record["source"]["uri"]).rsplit("/", 1)[-1]
    return name not in NOT_POLITICAL and record["title"] not in NOT_POLITICAL


@pytest.mark.slow
def test_every_example_document_becomes_one_record(processed: list[dict[str, Any]]) -> None:
    assert len(processed) == count_articles()
    assert sum(not is_political(r) for r in processed) == len(NOT_POLITICAL)


@pytest.mark.slow
def test_non_political_examples_yield_no_events(processed: list[dict[str, Any]]) -> None:
    quiet = [r for r in processed if not is_political(r)]
    assert [r["events"] for r in quiet] == [[]] * len(NOT_POLITICAL)
    assert all(r["statements"] for r in quiet)


@pytest.mark.slow
def test_political_examples_mostly_yield_events(processed: list[dict[str, Any]]) -> None:
    political = [r for r in processed if is_political(r)]
    assert sum(bool(r["events"]) for r in political) >= 0.85 * len(political)
