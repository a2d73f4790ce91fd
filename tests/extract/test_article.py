"""The extract stage on anything: an Article or a coded error, never anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossroads.errors import Code, CrossroadsError
from crossroads.extract import extract_article
from crossroads.model import Article, RawDocument

TAGS = st.sampled_from(["p", "div", "article", "nav", "script", "h1", "a", "li", "table", "td"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Loosely nested, often broken HTML with random text, attributes and entities."""
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        text = draw(st.text(max_size=80))
        closed = draw(st.booleans())
        parts.append(
            f"<{tag} class='{draw(st.text(max_size=8))}'>{text}" + (f"</{tag}>" if closed else "")
        )
    return (
        "<html><body>" + "".join(parts) + draw(st.sampled_from(["", "</body></html>", "&amp;&#x"]))
    )


def extract_or_error(raw: RawDocument) -> Article | CrossroadsError:
    try:
        return extract_article(raw)
    except CrossroadsError as error:
        return error


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), kind=st.sampled_from(["html", "text"]))
def test_arbitrary_bytes_give_an_article_or_a_coded_error(data: bytes, kind: str) -> None:
    raw = RawDocument(uri="fuzz", format="html" if kind == "html" else "text", kind=kind, data=data)  # type: ignore[arg-type]
    result = extract_or_error(raw)
    if isinstance(result, CrossroadsError):
        assert result.code in Code
    else:
        assert result.text.strip() and result.id


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=html_pages(), charset=st.sampled_from([None, "utf-8", "windows-1251", "bogus-charset"]))
def test_arbitrary_html_gives_an_article_or_a_coded_error(page: str, charset: str | None) -> None:
    raw = RawDocument(
        uri="fuzz.html",
        format="html",
        kind="html",
        data=page.encode("utf-8", "surrogatepass"),
        charset=charset,
    )
    result = extract_or_error(raw)
    assert isinstance(result, Article | CrossroadsError)
