"""Feeds and sitemaps become the articles they list, fetched from a real local server."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from crossroads.errors import Code, CrossroadsError
from crossroads.ingest.feeds import FeedEntry, iter_url_documents, parse_feed, sniff_kind
from crossroads.ingest.fetch import FetchedPage, Fetcher, FetchPolicy
from crossroads.model import RawDocument

STORIES = {
    "/world/geneva-talks": ("Talks resume in Geneva", "Envoy Mara Velden said talks resumed."),
    "/world/port-deal": ("Kenya and Tanzania sign port deal", "Minister Ode Kamau signed."),
    "/world/border": ("Border crossing reopens", "Officials in Chile confirmed the reopening."),
}


def fetcher() -> Fetcher:
    return Fetcher(FetchPolicy(allow_private=True, timeout_s=1.0, per_host_delay_s=0.0))


def publish_stories(server) -> None:
    for path, (title, body) in STORIES.items():
        server.article(path, title, body)


def documents(items: list[RawDocument | CrossroadsError]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>World desk</title><link>{base}/</link><description>Invented news</description>
    <item>
      <title>Talks resume in Geneva</title>
      <link>{base}/world/geneva-talks</link>
      <pubDate>Tue, 03 Jun 2025 23:30:00 -0500</pubDate>
    </item>
    <item>
      <title>Kenya and Tanzania sign port deal</title>
      <guid isPermaLink="true">{base}/world/port-deal</guid>
      <dc:date>2025-06-02T08:00:00Z</dc:date>
    </item>
    <item><title>Withdrawn story</title><link>{base}/world/withdrawn</link></item>
    <item><title>Border crossing reopens</title><link>/world/border</link></item>
    <item><title>No link at all</title></item>
  </channel>
</rss>"""


def test_rss_feed_yields_each_article_with_hints(news_server) -> None:
    publish_stories(news_server)
    url = news_server.route("/feed.rss", rss(news_server.base), content_type="application/rss+xml")
    items = list(iter_url_documents(url, fetcher=fetcher()))
    docs = documents(items)
    assert [d.title for d in docs] == [
        "Talks resume in Geneva",
        "Kenya and Tanzania sign port deal",
        "Border crossing reopens",
    ]
    assert [d.published for d in docs] == ["2025-06-03", "2025-06-02", None]
    for doc in docs:
        path = doc.uri.removeprefix(news_server.base)
        assert doc.url == doc.uri
        assert (doc.format, doc.kind, doc.charset) == ("html", "html", "utf-8")
        assert STORIES[path][1].encode() in doc.data
    errors = [item for item in items if isinstance(item, CrossroadsError)]
    assert len(errors) == 1  # the withdrawn story is a 404: reported, and the feed goes on
    assert errors[0].code is Code.FETCH_FAILED
    assert errors[0].source.endswith("/world/withdrawn")
    assert items.index(errors[0]) == 2


def test_atom_feed_with_relative_links(news_server) -> None:
    publish_stories(news_server)
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/world/">
  <title>World desk</title><id>urn:x-crossroads:test</id><updated>2025-06-04T00:00:00Z</updated>
  <entry>
    <title>Talks resume in Geneva</title><id>urn:1</id>
    <link rel="self" href="/api/entry/1"/>
    <link rel="alternate" type="text/html" href="geneva-talks"/>
    <published>2025-06-03T10:00:00+02:00</published><updated>2025-06-04T09:00:00Z</updated>
  </entry>
  <entry>
    <title type="text">Border crossing reopens</title><id>urn:2</id>
    <link href="/desk/border"/>
    <updated>2025-06-01T12:00:00Z</updated>
  </entry>
</feed>"""
    news_server.article("/desk/border", "Border crossing reopens", "Moved to the desk.")
    url = news_server.route("/feeds/atom", atom, content_type="application/atom+xml")
    docs = list(iter_url_documents(url, fetcher=fetcher()))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [(d.title, d.published) for d in documents(docs)] == [
        ("Talks resume in Geneva", "2025-06-03"),
        ("Border crossing reopens", "2025-06-01"),
    ]
    assert [d.uri.removeprefix(news_server.base) for d in documents(docs)] == [
        "/world/geneva-talks",  # relative to xml:base
        "/desk/border",
    ]
    assert "/api/entry/1" not in news_server.paths()


def test_feed_urls_fetched_once_each(news_server) -> None:
    publish_stories(news_server)
    base = news_server.base
    items = "".join(
        f"<item><title>Copy {i}</title><link>{base}/world/border</link></item>" for i in range(3)
    )
    feed = f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
    url = news_server.route("/dupes.rss", feed, content_type="text/xml")
    assert len(list(iter_url_documents(url, fetcher=fetcher()))) == 1
    assert news_server.paths().count("/world/border") == 1


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(
        f"""<url><loc>{base}{path}</loc><lastmod>2025-05-3{i}</lastmod>
        <news:news><news:publication><news:name>Desk</news:name><news:language>en</news:language>
        </news:publication><news:publication_date>2025-06-0{i + 1}T07:00:00Z</news:publication_date>
        <news:title>{STORIES[path][0]}</news:title></news:news></url>"""
        for i, path in enumerate(paths)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{urls}</urlset>"
    )


def test_news_sitemap_yields_articles_with_hints(news_server) -> None:
    publish_stories(news_server)
    paths = list(STORIES)[:2]
    url = news_server.route("/sitemap.xml", sitemap(news_server.base, paths), content_type="")
    docs = documents(list(iter_url_documents(url, fetcher=fetcher())))
    assert [(d.uri, d.title, d.published) for d in docs] == [
        (news_server.base + paths[0], STORIES[paths[0]][0], "2025-06-01"),
        (news_server.base + paths[1], STORIES[paths[1]][0], "2025-06-02"),
    ]


def test_plain_sitemap_uses_lastmod(news_server) -> None:
    publish_stories(news_server)
    plain = (
        "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{news_server.base}/world/border</loc><lastmod>2025-05-30</lastmod></url>"
        "</urlset>"
    )
    url = news_server.route("/plain.xml", plain, content_type="application/xml")
    (doc,) = list(iter_url_documents(url, fetcher=fetcher()))
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.published) == (None, "2025-05-30")


def test_sitemap_index_with_gzipped_child(news_server) -> None:
    publish_stories(news_server)
    base = news_server.base
    paths = list(STORIES)
    news_server.route("/sitemaps/a.xml", sitemap(base, paths[:2]), content_type="text/xml")
    zipped = gzip.compress(sitemap(base, paths[2:]).encode())
    news_server.route("/sitemaps/b.xml.gz", zipped, content_type="application/x-gzip")
    index = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemaps/a.xml</loc></sitemap>"
        "<sitemap><loc>/sitemaps/missing.xml</loc></sitemap>"
        f"<sitemap><loc>{base}/sitemaps/b.xml.gz</loc></sitemap>"
        "</sitemapindex>"
    )
    url = news_server.route("/sitemap_index.xml", index, content_type="application/xml")
    items = list(iter_url_documents(url, fetcher=fetcher()))
    assert [d.title for d in documents(items)] == [STORIES[p][0] for p in paths]
    errors = [i for i in items if isinstance(i, CrossroadsError)]
    assert [e.source for e in errors] == [base + "/sitemaps/missing.xml"]


def test_plain_article_url_yields_the_page(news_server) -> None:
    publish_stories(news_server)
    news_server.route("/short", status=302, headers={"Location": "/world/geneva-talks"})
    (doc,) = list(iter_url_documents(news_server.base + "/short", fetcher=fetcher()))
    assert isinstance(doc, RawDocument)
    assert doc.uri == news_server.base + "/short"
    assert doc.url == news_server.base + "/world/geneva-talks"
    assert (doc.format, doc.kind, doc.title, doc.published) == ("html", "html", None, None)
    assert b"Envoy Mara Velden" in doc.data


def test_plain_text_page_is_text(news_server) -> None:
    url = news_server.route("/wire.txt", "PARIS (Wire) - Talks ended.", content_type="text/plain")
    (doc,) = list(iter_url_documents(url, fetcher=fetcher()))
    assert isinstance(doc, RawDocument) and (doc.format, doc.kind) == ("text", "text")


def test_errors_are_yielded_not_raised(news_server) -> None:
    for url in (news_server.base + "/gone", "ftp://example.org/feed"):
        (item,) = list(iter_url_documents(url, fetcher=fetcher()))
        assert isinstance(item, CrossroadsError)
    robots_blocked = news_server.article("/private/feed", "x", "y")
    (item,) = list(iter_url_documents(robots_blocked, fetcher=fetcher()))
    assert isinstance(item, CrossroadsError) and item.code is Code.FETCH_ROBOTS


def test_feed_linking_to_pdf_reports_it(news_server) -> None:
    news_server.route("/report.pdf", b"%PDF-1.7", content_type="application/pdf")
    feed = (
        "<rss version='2.0'><channel><item><title>Report</title>"
        f"<link>{news_server.base}/report.pdf</link></item></channel></rss>"
    )
    url = news_server.route("/pdf.rss", feed, content_type="application/rss+xml")
    (item,) = list(iter_url_documents(url, fetcher=fetcher()))
    assert isinstance(item, CrossroadsError) and item.code is Code.PDF


def test_malformed_feed_is_bad_feed(news_server) -> None:
    url = news_server.route("/broken.rss", "<rss><channel><item>", content_type="text/xml")
    (item,) = list(iter_url_documents(url, fetcher=fetcher()))
    assert isinstance(item, CrossroadsError) and item.code is Code.BAD_FEED


def test_entity_declarations_refused(news_server) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<rss><channel><item><title>&b;</title><link>/x</link></item></channel></rss>"
    )
    url = news_server.route("/bomb.rss", bomb, content_type="text/xml")
    (item,) = list(iter_url_documents(url, fetcher=fetcher()))
    assert isinstance(item, CrossroadsError) and item.code is Code.BAD_FEED


def page(body: bytes, content_type: str = "text/xml") -> FetchedPage:
    return FetchedPage("https://news.example/feed", 200, content_type, None, body)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">', "rss"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "atom"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "rdf"),
        (b"<urlset>", "urlset"),
        (b'<?xml version="1.0"?><sitemapindex xmlns="x">', "sitemapindex"),
        (b"<!DOCTYPE html><html><body><rss>", None),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', None),
        (b"plain words", None),
    ],
)
def test_sniff_kind(body: bytes, kind: str | None) -> None:
    assert sniff_kind(body) == kind


def test_rss1_rdf_feed_parsed() -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>Desk</title></channel>
  <item rdf:about="https://news.example/a"><title>Port strike ends</title>
    <link>https://news.example/a</link><dc:date>2025-06-05T06:00:00+09:00</dc:date></item>
</rdf:RDF>"""
    feed = parse_feed(page(rdf))
    assert feed is not None and feed.kind == "rdf"
    assert feed.entries == (FeedEntry("https://news.example/a", "Port strike ends", "2025-06-05"),)


def test_html_page_is_not_a_feed_and_binary_is_refused() -> None:
    assert parse_feed(page(b"<!doctype html><html></html>", "text/html")) is None
    with pytest.raises(CrossroadsError) as caught:
        parse_feed(page(b"\x00\x01\x02binary", "application/octet-stream"))
    assert caught.value.code is Code.BINARY
    with pytest.raises(CrossroadsError) as caught:
        parse_feed(page(b"\x1f\x8b\x08\x00broken", "application/gzip"))
    assert caught.value.code is Code.BAD_GZIP


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html", ".txt": "text/plain"}


def serve_examples(server) -> None:
    for folder in ("html", "text"):
        for path in sorted((EXAMPLES / folder).glob("*")):
            if path.suffix in CONTENT_TYPES:
                route = f"/{folder}/{path.name}"
                server.route(route, path.read_bytes(), content_type=CONTENT_TYPES[path.suffix])


@pytest.mark.parametrize("name", ["rss.xml.tmpl", "atom.xml.tmpl", "sitemap.xml.tmpl"])
def test_example_feeds_yield_every_example_article(news_server, name: str) -> None:
    """The project's example feeds, served with the example pages they link to."""
    template = EXAMPLES / "feeds" / name
    if not template.exists():
        pytest.skip(f"{template} is not in this checkout")
    serve_examples(news_server)
    feed = template.read_text(encoding="utf-8").replace("{base}", news_server.base)
    url = news_server.route(f"/feeds/{name}", feed, content_type="application/xml")
    items = list(iter_url_documents(url, fetcher=fetcher()))
    assert [i for i in items if isinstance(i, CrossroadsError)] == []
    expected = parse_feed(FetchedPage(url, 200, "application/xml", None, feed.encode()))
    assert expected is not None and len(expected.entries) == len(items) > 0
    for doc, entry in zip(documents(items), expected.entries, strict=True):
        assert (doc.uri, doc.title, doc.published) == (entry.url, entry.title, entry.published)
        assert doc.kind == ("text" if doc.uri.endswith(".txt") else "html")
        assert doc.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published)
    if name != "sitemap.xml.tmpl":  # every feed item has a title and a date; sitemaps may not
        assert all(d.title and d.published for d in documents(items))
