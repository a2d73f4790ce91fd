"""The date scorer on a tiny set written by the test, in the layout of the public date set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossroads.eval.dates import evaluate_dates, format_dates
from crossroads.extract.html import extract_html


def page(day: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{day}T08:00:00Z">'
        "<title>Chile and Peru sign a fishing accord</title></head><body><article>"
        + "<p>Chile and Peru signed an accord on fishing rights in the Pacific on Monday, "
        "after four years of talks between the two governments in Lima.</p>"
        * 3
        + "</article></body></html>"
    )


@pytest.fixture
def date_set(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    truth: dict[str, dict[str, object]] = {}
    for number, (written, gold) in enumerate(
        [("2021-05-03", "2021-05-03"), ("2021-06-10", "2021-06-11"), ("2021-07-01", None)]
    ):
        name = f"{number}.html"
        (tmp_path / "pages" / name).write_text(page(written), encoding="utf-8")
        truth[f"https://example.org/story-{number}"] = {"file": name, "date": gold}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_crossroads_and_htmldate_are_scored_on_the_same_pages(date_set: Path) -> None:
    result = evaluate_dates(date_set)
    assert result["pages"] == 3
    assert result["dated_pages"] == 2
    for figures in result["systems"].values():
        # right on the first page, one day off on the second, a date where none is gold
        assert figures["correct"] == 1
        assert figures["accuracy"] == pytest.approx(1 / 3)
        assert figures["dated_accuracy"] == pytest.approx(1 / 2)
    assert [row["crossroads"] for row in result["details"]] == [
        "2021-05-03",
        "2021-06-10",
        "2021-07-01",
    ]
    assert "crossroads" in format_dates(result)


def test_undated_page_is_right_when_nothing_is_predicted(date_set: Path) -> None:
    def never(html: str, url: str) -> str | None:
        return None

    result = evaluate_dates(date_set, finders={"never": never})
    assert result["systems"]["never"]["correct"] == 1
    assert result["systems"]["never"]["missing"] == 3


def test_date_finder_is_scored_on_a_page_without_article(tmp_path: Path) -> None:
    """A page `extract_html` rejects (no body) still gets the date crossroads finds for it."""
    (tmp_path / "pages").mkdir()
    html = (
        '<html><head><meta property="article:published_time" content="2022-03-09T10:00:00+01:00">'
        "</head><body><div id='app'></div></body></html>"
    )
    (tmp_path / "pages" / "0.html").write_text(html, encoding="utf-8")
    truth = {"https://example.org/app": {"file": "0.html", "date": "2022-03-09"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    result = evaluate_dates(tmp_path)
    assert extract_html(html, url="https://example.org/app") is None
    assert result["systems"]["crossroads"]["correct"] == 1
