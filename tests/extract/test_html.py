"""extract_html on hand-written pages: the body without page furniture, metadata, related links.

The pages are written for these tests (invented people, real countries); each carries the
furniture real news pages carry: navigation, a cookie banner, share buttons, a related-articles
list and a reader comments section.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import fromstring
from trafilatura.utils import load_html

from crossroads.extract.html import (
    HtmlExtraction,
    body_text,
    clean_body,
    extract_html,
    find_published,
    find_related,
    url_day,
    with_teaser_links,
)
from crossroads.model import Related

URL = "https://news.example.org/world/2024/03/14/kenya-tanzania-border-talks"

BODY = [
    "Kenya and Tanzania agreed on Thursday to reopen three border crossings that have been "
    "closed since January, after two days of talks in the Tanzanian city of Arusha.",
    "The agreement was announced by Kenyan trade envoy Miriam Otieno-Lwanga, who said that "
    "lorry drivers had waited for up to nine days at the Namanga crossing in recent weeks.",
    '"We cannot let our farmers lose another harvest to a queue of trucks," Otieno-Lwanga '
    "told reporters after the meeting, adding that customs officers from both countries would "
    "now share a single inspection post.",
    "Tanzanian officials said the new rules would take effect on the first of April and that a "
    "joint committee would review the arrangement every six months, starting in October.",
    "Traders in Nairobi welcomed the decision but warned that fuel prices and road repairs "
    "would keep the cost of moving maize and tea across the region high for the rest of the "
    "year.",
]
RELATED = [
    ("Uganda and Rwanda sign a new rail agreement in Kampala", "/world/uganda-rwanda-rail"),
    ("Ethiopia opens talks with Somalia over port access", "/world/ethiopia-somalia-port"),
]
COMMENT = "Reader comment: the tariffs on maize are the real scandal here, wake up people"
COOKIE = "We use cookies to improve your experience. Accept all cookies to continue"


def news_page() -> str:
    """A complete news page, with the article among the usual furniture."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in BODY)
    related = "\n".join(f'<li><a href="{href}">{title}</a></li>' for title, href in RELATED)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kenya and Tanzania reopen border crossings | Example News</title>
<meta property="og:title" content="Kenya and Tanzania reopen border crossings">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jonas Ferreira-Makori">
<meta property="article:published_time" content="2024-03-14T09:30:00+03:00">
<link rel="canonical" href="{URL}">
</head><body>
<div class="cookie-banner" id="cookie-consent"><p>{COOKIE}</p><button>Accept</button></div>
<header><nav class="main-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main><article>
<h1>Kenya and Tanzania reopen border crossings</h1>
<div class="byline">By <span class="author">Jonas Ferreira-Makori</span>,
<time datetime="2024-03-14">14 March 2024</time></div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email this story</a></div>
<div class="article-body">
{paragraphs}
</div>
</article>
<aside class="related-articles"><h2>Related stories</h2><ul>
{related}
</ul></aside>
<section id="comments" class="comments"><h2>3 comments</h2>
<div class="comment"><p class="comment-author">maize_watcher</p><p>{COMMENT}</p></div>
</section>
</main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page() -> HtmlExtraction:
    extraction = extract_html(news_page(), url=URL)
    assert extraction is not None
    return extraction


def test_metadata_comes_from_meta_tags(page: HtmlExtraction) -> None:
    assert page.title == "Kenya and Tanzania reopen border crossings"
    assert page.author == "Jonas Ferreira-Makori"
    assert page.published == "2024-03-14"
    assert page.url == URL
    assert page.sitename == "Example News"


def test_body_keeps_every_paragraph(page: HtmlExtraction) -> None:
    for paragraph in BODY:
        assert paragraph in page.text


@pytest.mark.parametrize(
    "debris",
    [COMMENT, "maize_watcher", COOKIE, "Accept", "Share on Facebook", "Email this story", "Home"],
)
def test_body_leaves_page_furniture_out(page: HtmlExtraction, debris: str) -> None:
    assert debris not in page.text


def test_related_headlines_are_kept_apart(page: HtmlExtraction) -> None:
    expected = {
        Related(title=title, url=f"https://news.example.org{href}") for title, href in RELATED
    }
    assert expected <= set(page.related)
    for title, _ in RELATED:
        assert title not in page.text


def test_related_pass_leaves_the_body_alone() -> None:
    """The body is the same whether or not the page has a related list."""
    html = news_page()
    start = html.index('<aside class="related-articles">')
    end = html.index("</aside>") + len("</aside>")
    without = extract_html(html[:start] + html[end:], url=URL)
    with_related = extract_html(html, url=URL)
    assert without is not None and with_related is not None
    assert without.text == with_related.text
    assert without.related == ()


def test_short_links_are_not_headlines() -> None:
    tree = fromstring(
        '<div class="more-stories"><a href="/a">Next</a>'
        '<a href="/b">Spain and Portugal agree on a joint water plan</a></div>'
    )
    assert find_related(tree, base_url="https://example.org/x") == (
        Related("Spain and Portugal agree on a joint water plan", "https://example.org/b"),
    )


def test_page_without_article_text_gives_none() -> None:
    html = (
        "<html><head><title>Loading</title><script>var app = 1;</script></head>"
        "<body><div id='app'></div><script>render(app);</script></body></html>"
    )
    assert extract_html(html, url="https://example.org/") is None


@pytest.mark.parametrize(
    "links",
    [
        "<a href='/'>Home</a>",
        "<ul><li><a href='/'>Home</a></li><li><a href='/in'>Log in</a></li></ul>",
    ],
)
def test_page_of_navigation_only_gives_none(links: str) -> None:
    """trafilatura may return a lone menu word as the body; page chrome is no article."""
    html = f"<html><body><nav>{links}</nav></body></html>"
    assert extract_html(html, url="https://example.org/") is None


def test_date_found_without_meta_tags_in_the_url() -> None:
    html = news_page().replace(
        '<meta property="article:published_time" content="2024-03-14T09:30:00+03:00">', ""
    )
    html = html.replace('<time datetime="2024-03-14">14 March 2024</time>', "")
    page = extract_html(html, url="https://news.example.org/world/2023/11/02/story")
    assert page is not None
    assert page.published == "2023-11-02"


def test_story_card_gives_its_headline_only() -> None:
    tree = fromstring(
        '<section class="most-read"><a href="/story/1"><span class="kicker">Politics</span>'
        '<h3 class="card-title">Poland and Lithuania open a new gas link</h3>'
        '<span class="byline">Teodor Ambrus</span><time>Oct 29, 2024</time></a></section>'
    )
    assert find_related(tree, base_url="https://example.org/") == (
        Related("Poland and Lithuania open a new gas link", "https://example.org/story/1"),
    )


def test_card_pieces_without_headline_element_keep_spaces_between_words() -> None:
    tree = fromstring(
        '<div class="related"><a href="/s/2"><span>World</span><span>Chile and Argentina '
        "settle a glacier dispute</span></a></div>"
    )
    (related,) = find_related(tree, base_url="https://example.org/")
    assert related.title == "World Chile and Argentina settle a glacier dispute"


def test_link_to_the_page_itself_is_not_related() -> None:
    tree = fromstring(
        '<div class="trending"><a href="https://www.example.org/news/a?ref=trending#top">'
        "Norway raises its defence budget for next year</a>"
        '<a href="/news/b">Finland trains new border guards in Lapland</a></div>'
    )
    found = find_related(tree, base_url="https://example.org/news/a/")
    assert [r.title for r in found] == ["Finland trains new border guards in Lapland"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdpq\n&;#")), max_size=300))
def test_any_markup_gives_an_article_or_none(markup: str) -> None:
    """Broken or hostile markup never raises: the page has an article or it has none."""
    page = extract_html(markup, url="https://example.org/x")
    assert page is None or (page.text and page.text == page.text.strip())


def test_paragraph_order_is_kept(page: HtmlExtraction) -> None:
    positions = [page.text.index(paragraph) for paragraph in BODY]
    assert positions == sorted(positions)


def dated_page(head: str, *, body: str = "") -> str:
    """A short page whose only dates are the ones a test puts in its head (and body)."""
    return (
        f"<html><head><title>Chile and Peru sign a fishing accord</title>{head}</head>"
        f"<body><article><p>{BODY[0]}</p>{body}</article></body></html>"
    )


def json_ld(**fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_declared_publication_date_beats_modified_date() -> None:
    head = json_ld(dateModified="2024-05-02T10:00:00+02:00", datePublished="2024-04-30T08:00:00")
    head += '<meta property="article:modified_time" content="2024-05-03T09:00:00+02:00">'
    assert find_published(dated_page(head), url="https://example.org/news/accord") == "2024-04-30"


def test_publishers_local_clock_beats_utc() -> None:
    """23:30 UTC is already the next day at +02:00: the local stamp names the publisher's day."""
    head = '<meta property="article:published_time" content="2024-03-14T23:30:00+00:00">'
    head += json_ld(datePublished="2024-03-15T01:30:00+02:00")
    assert find_published(dated_page(head), url="https://example.org/news/accord") == "2024-03-15"


def test_first_declared_stamp_when_none_is_local() -> None:
    head = '<meta property="article:published_time" content="2024-03-14T21:00:00+00:00">'
    head += json_ld(datePublished="2024-03-15T07:00:00Z")
    assert find_published(dated_page(head), url="https://example.org/news/accord") == "2024-03-14"


def test_microdata_time_element_is_a_declaration() -> None:
    body = '<time itemprop="datePublished" datetime="2022-09-07T16:20:00-04:00">Sept 7</time>'
    page = dated_page("", body=body)
    assert find_published(page, url="https://example.org/news/accord") == "2022-09-07"


def test_date_shown_to_readers_beats_utc() -> None:
    """23:15 UTC is past midnight in Rome: the day the page shows is the publisher's day."""
    head = '<meta itemprop="datePublished" content="2020-12-05T23:15:00Z">'
    body = '<p class="data" itemprop="datePublished">06 dicembre 2020</p>'
    page = dated_page(head, body=body)
    assert find_published(page, url="https://example.org/notizie/accordo") == "2020-12-06"


def test_date_in_the_url_path_comes_first() -> None:
    head = '<meta property="article:published_time" content="2024-03-14T02:10:00Z">'
    url = "https://example.org/politics/2024/03/13/chile-peru-fishing-accord/"
    assert find_published(dated_page(head), url=url) == "2024-03-13"


def test_implausible_declared_date_is_ignored() -> None:
    """A date before the web's news era (here a Solar Hijri year) is no Gregorian day."""
    head = '<meta property="article:published_time" content="1403-02-21T10:00:00+03:30">'
    head += json_ld(datePublished="2024-05-10T10:00:00+03:30")
    assert find_published(dated_page(head), url="https://example.org/news/accord") == "2024-05-10"


def test_a_copyright_year_is_no_publication_day() -> None:
    """htmldate turns a lone copyright year into January 1st; that is a guess, not a date."""
    page = dated_page("", body="<footer>&copy; 2023 Example News</footer>")
    assert find_published(page, url="https://example.org/weather") is None


def test_a_written_first_of_january_is_kept() -> None:
    body = '<p class="date">Published 01.01.2024</p><footer>&copy; 2023 Example News</footer>'
    page = dated_page("", body=body)
    assert find_published(page, url="https://example.org/news/new-year") == "2024-01-01"


def test_date_found_on_a_page_without_article() -> None:
    """The date finder reads the whole page: it dates a page `extract_html` rejects."""
    head = '<meta property="article:published_time" content="2021-11-02T09:00:00+01:00">'
    html = f"<html><head>{head}</head><body><div id='app'></div></body></html>"
    assert extract_html(html, url="https://example.org/app") is None
    assert find_published(html, url="https://example.org/app") == "2021-11-02"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/world/2020/07/08/c3d22ec8_story.html", "2020-07-08"),
        ("https://example.org/news/20200413/suspect-arrested", "2020-04-13"),
        ("https://example.org/a/2021-02-17-talks-resume", "2021-02-17"),
        ("https://example.org/2020/11/2338761/", None),  # a year, a month and an id
        ("https://example.org/2028064/story", None),  # an id that looks like a year
        ("https://example.org/2019/02/30/story", None),  # no such day
        ("https://example.org/story?date=2020/01/05", None),  # a query is not the path
        (None, None),
    ],
)
def test_url_day(url: str | None, day: str | None) -> None:
    assert url_day(url) == day


HEADLINE = "Kenya and Tanzania reopen border crossings"


def page_with_body(inner: str, *, before_body: str = "") -> str:
    """A news page whose article element holds `inner` (the test's paragraphs and debris)."""
    return f"""<html><head><title>{HEADLINE} | Example News</title>
<meta property="og:title" content="{HEADLINE}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{HEADLINE}</h1>{before_body}
<div class="article-body" itemprop="articleBody">{inner}</div></article>
<footer>Copyright Example News</footer></body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


@pytest.mark.parametrize(
    ("teaser", "headline"),
    [
        ("<strong>READ MORE:</strong> <a href='/w/1'>{h}</a>", "Uganda opens a new oil pipeline"),
        ("ALSO READ | <a href='/w/2'>{h}</a>", "Explained: why the Namanga crossing matters"),
        ("Related: <a href='/w/3'>{h}</a>", "Rwanda and Burundi resume trade talks"),
        ("Lire aussi : <a href='/w/4'>{h}</a>", "Le Sénégal et la Gambie rouvrent le pont"),
        ("Baca juga: <a href='/w/5'>{h}</a>", "Indonesia dan Malaysia sepakati batas laut"),
    ],
)
def test_teaser_line_leaves_the_body_for_related(teaser: str, headline: str) -> None:
    inner = paragraphs([*BODY[:2], teaser.format(h=headline), *BODY[2:]])
    page = extract_html(page_with_body(inner), url=URL)
    assert page is not None
    assert headline not in page.text
    assert page.text.splitlines() == BODY
    assert headline in {related.title for related in page.related}


def test_lone_teaser_label_is_dropped() -> None:
    assert clean_body(f"{BODY[0]}\nRead more\n{BODY[1]}", title=None) == f"{BODY[0]}\n{BODY[1]}"


@pytest.mark.parametrize(
    "line",
    [
        "More than 2,000 lorries crossed at Namanga in the first week, officials said.",
        "Related talks between the two ministries will resume in Dodoma next month.",
        "Seen also as a test of the new customs union: the reopened crossing at Holili.",
        "Read more: " + " ".join(["word"] * 40),  # too long to be one headline
    ],
)
def test_body_lines_that_only_look_like_teasers_are_kept(line: str) -> None:
    text = f"{BODY[0]}\n{line}"
    assert clean_body(text, title=None) == text


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Amina Wekesa in Nairobi; Editing by Piet Varga)",
        "Reporting by Amina Wekesa; additional reporting by Tomas Lind; Editing by Piet Varga",
        "(Writing by Piet Varga)",
    ],
)
def test_wire_credit_line_is_dropped(credit: str) -> None:
    page = extract_html(page_with_body(paragraphs([*BODY, credit])), url=URL)
    assert page is not None
    assert page.text.splitlines() == BODY


def test_sentence_starting_like_a_credit_is_kept() -> None:
    line = "Reporting by the state broadcaster showed that the queue had reached 40 km."
    text = f"{BODY[0]}\n{line}\n{BODY[1]}"
    assert clean_body(text, title=None) == text


def test_first_line_repeating_the_headline_is_dropped() -> None:
    inner = f"<h2>{HEADLINE}</h2>" + paragraphs(BODY)
    page = extract_html(page_with_body(inner), url=URL)
    assert page is not None
    assert page.title == HEADLINE
    assert page.text.splitlines() == BODY


def test_headline_words_later_in_the_body_are_kept() -> None:
    text = f"{BODY[0]}\n{HEADLINE}\n{BODY[1]}"
    assert clean_body(text, title=HEADLINE) == text
    assert clean_body(f"{HEADLINE.upper()}!\n{BODY[0]}", title=HEADLINE) == BODY[0]


LEAD = (
    "Kenya and Tanzania will reopen three crossings on their shared border next month, "
    "the two trade ministries said on Thursday after talks in Arusha."
)


def test_lead_set_apart_from_the_body_element_is_kept() -> None:
    html = page_with_body(paragraphs(BODY), before_body=f'<div class="lead"><p>{LEAD}</p></div>')
    plain = body_text(load_html(html), url=URL)
    assert LEAD not in plain  # trafilatura reads the articleBody element only
    page = extract_html(html, url=URL)
    assert page is not None
    assert page.text.splitlines() == [LEAD, *BODY]


def test_lead_class_far_from_the_body_is_not_a_lead() -> None:
    promo = "Sign up to our weekly newsletter and get the best of East African business news."
    html = page_with_body(paragraphs(BODY)).replace(
        "<footer>", f'<footer><div><div class="intro"><p>{promo}</p></div></div>'
    )
    page = extract_html(html, url=URL)
    assert page is not None
    assert promo not in page.text


def test_lead_already_in_the_body_is_not_repeated() -> None:
    html = page_with_body(paragraphs(BODY), before_body=f'<div class="lead"><p>{BODY[0]}</p></div>')
    page = extract_html(html, url=URL)
    assert page is not None
    assert page.text.count(BODY[0]) == 1


def test_related_pass_leaves_a_body_with_teasers_alone() -> None:
    inner = paragraphs([BODY[0], "READ MORE: <a href='/w/9'>Uganda opens a new oil pipeline</a>"])
    tree = load_html(page_with_body(inner + paragraphs(BODY[1:])))
    before = body_text(tree, url=URL)
    related = with_teaser_links(find_related(tree, base_url=URL), tree, before, base_url=URL)
    assert [item.title for item in related] == ["Uganda opens a new oil pipeline"]
    assert body_text(tree, url=URL) == before


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        (["5 March 2026 | Amina Wekesa, Nairobi"], ["Subscribe to our newsletter"]),
        (["By Amina Wekesa", "Updated 3 hours ago"], ["© 2024 Example News. All rights reserved."]),
        ([], ["12 comments"]),
    ],
)
def test_debris_at_the_ends_of_the_body_is_dropped(top: list[str], bottom: list[str]) -> None:
    assert clean_body("\n".join([*top, *BODY, *bottom]), title=None).splitlines() == BODY


def test_debris_is_only_peeled_from_the_ends() -> None:
    """A debris-like line inside the body, or a third one at an end, is left alone."""
    middle = [BODY[0], "Subscribe to our newsletter", BODY[1]]
    assert clean_body("\n".join(middle), title=None).splitlines() == middle
    deep = ["By Amina Wekesa", "Updated 3 hours ago", "12 comments", *BODY]
    assert clean_body("\n".join(deep), title=None).splitlines() == deep[2:]


def test_date_line_then_repeated_title_are_both_dropped() -> None:
    text = "\n".join(["14 March 2024 | Jonas Ferreira-Makori", HEADLINE, *BODY])
    assert clean_body(text, title=HEADLINE).splitlines() == BODY


def test_a_lead_with_an_empty_body_does_not_crash() -> None:
    from lxml.html import fromstring

    from crossroads.extract.body import with_lead

    lead = "The ministers of both countries met on Tuesday to discuss the new border crossing."
    tree = fromstring(f"<html><body><div class='lead'>{lead}</div><p>x</p></body></html>")
    assert with_lead(tree, "") == ""
