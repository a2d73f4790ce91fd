"""decode_document on legacy encodings: a windows-1251 Russian page comes out as Cyrillic."""

from __future__ import annotations

import pytest

from crossroads.extract.decode import decode_document
from crossroads.extract.html import extract_html

# Written for this test: an invented official, real countries.
PARAGRAPHS = [
    "Министр иностранных дел Казахстана Арман Белосельцев заявил в среду, что Астана готова "
    "принять новый раунд переговоров между Арменией и Азербайджаном.",
    "По его словам, делегации обеих стран уже согласовали повестку дня, а встреча может "
    "пройти в начале следующего месяца в столице Казахстана.",
    "Белосельцев также сообщил, что Россия и Турция поддержали эту инициативу и направят на "
    "переговоры своих наблюдателей.",
]


def russian_page(*, meta: str) -> str:
    body = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='ru'><head>{meta}"
        "<title>Астана предложила площадку для переговоров</title></head>"
        f"<body><article><h1>Астана предложила площадку для переговоров</h1>{body}"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1251">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    ],
)
def test_meta_charset_windows_1251(meta: str) -> None:
    html = russian_page(meta=meta)
    assert decode_document(html.encode("windows-1251"), html=True) == html


def test_transport_charset_wins_over_a_missing_meta() -> None:
    html = russian_page(meta="")
    data = html.encode("cp1251")
    assert decode_document(data, declared="cp1251", html=True) == html


def test_undeclared_windows_1251_is_detected() -> None:
    html = russian_page(meta="")
    text = decode_document(html.encode("windows-1251"), html=True)
    assert PARAGRAPHS[0] in text


def test_wrong_declared_utf8_falls_back_to_meta_then_detection() -> None:
    """Bytes that are not UTF-8 never come out as mojibake from a UTF-8 label."""
    html = russian_page(meta='<meta charset="windows-1251">')
    text = decode_document(html.encode("windows-1251"), declared="utf-8", html=True)
    assert text == html


def test_decoded_page_extracts_as_cyrillic() -> None:
    data = russian_page(meta='<meta charset="windows-1251">').encode("windows-1251")
    page = extract_html(decode_document(data, html=True), url="https://example.ru/news/1")
    assert page is not None
    assert page.title == "Астана предложила площадку для переговоров"
    for paragraph in PARAGRAPHS:
        assert paragraph in page.text


def test_utf8_with_bom() -> None:
    html = russian_page(meta="")
    assert decode_document(b"\xef\xbb\xbf" + html.encode("utf-8"), html=True) == html
