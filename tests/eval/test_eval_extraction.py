"""The article-extraction-benchmark metric, checked on cases small enough to count by hand."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from crossroads.eval.extraction import (
    PageCounts,
    evaluate_extraction,
    format_extraction,
    match_counts,
    page_precision,
    page_recall,
    shingles,
    summarise,
    tokens,
)


def test_tokens_are_unicode_word_runs() -> None:
    assert tokens("Kyiv's talks—día 3, Ñandú!") == ["Kyiv", "s", "talks", "día", "3", "Ñandú"]


def test_shingles_are_a_multiset_of_4_grams() -> None:
    grams = shingles("a b c d a b c d")
    assert grams[("a", "b", "c", "d")] == 2
    assert sum(grams.values()) == 5


@pytest.mark.parametrize(
    ("text", "unit"), [("one", ("one",)), ("one two three", ("one", "two", "three"))]
)
def test_short_text_is_one_unit(text: str, unit: tuple[str, ...]) -> None:
    assert shingles(text) == {unit: 1}


def test_empty_text_has_no_unit() -> None:
    assert not shingles("  ... !! ")


def test_counts_are_normalised_multiset_intersection() -> None:
    truth = "w1 w2 w3 w4 w5 w6"  # 3 grams
    prediction = "w1 w2 w3 w4 w5 x y z"  # 5 grams, 2 shared
    counts = match_counts(truth, prediction)
    assert counts.tp == pytest.approx(2 / 6)
    assert counts.fp == pytest.approx(3 / 6)
    assert counts.fn == pytest.approx(1 / 6)
    assert page_precision(counts) == pytest.approx(2 / 5)
    assert page_recall(counts) == pytest.approx(2 / 3)


def test_repeated_paragraph_counts_as_false_positive() -> None:
    text = "the talks in Vienna ended late on Friday"
    counts = match_counts(text, f"{text} {text}")
    assert page_recall(counts) == 1.0
    assert page_precision(counts) < 0.6


def test_degenerate_pages_follow_the_benchmark() -> None:
    assert page_precision(PageCounts(0.0, 0.0, 0.0)) == 1.0
    assert page_recall(PageCounts(0.0, 0.0, 1.0)) == 0.0
    assert page_precision(PageCounts(0.0, 0.0, 1.0)) == 0.0


def test_means_skip_pages_without_prediction_or_truth() -> None:
    pages = [
        match_counts("a b c d e", "a b c d e"),  # perfect
        match_counts("a b c d e", ""),  # no prediction: only in the recall mean
        match_counts("", "x y z w v"),  # no truth: only in the precision mean
    ]
    figures = summarise(pages)
    assert figures["precision"] == pytest.approx(0.5)
    assert figures["recall"] == pytest.approx(0.5)
    assert figures["f1"] == pytest.approx(0.5)


def write_set(folder: Path, pages: dict[str, tuple[str, str]]) -> None:
    """A tiny extraction set in the benchmark's layout: url -> (html, gold body)."""
    (folder / "html").mkdir()
    truth = {}
    for url, (html, body) in pages.items():
        key = hashlib.sha256(url.encode()).hexdigest()
        with gzip.open(folder / "html" / f"{key}.html.gz", "wt", encoding="utf-8") as handle:
            handle.write(html)
        truth[key] = {"url": url, "articleBody": body}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_evaluate_runs_every_extractor_on_every_page(tmp_path: Path) -> None:
    write_set(
        tmp_path,
        {
            "https://example.org/a": (
                "<p>alpha beta gamma delta epsilon</p>",
                "alpha beta gamma delta epsilon",
            ),
            "https://example.org/b": ("<p>one two three four</p>", "one two three four"),
        },
    )

    def echo(html: str, url: str) -> str:
        return html.removeprefix("<p>").removesuffix("</p>")

    def nothing(html: str, url: str) -> str:
        return ""

    result = evaluate_extraction(tmp_path, extractors={"echo": echo, "nothing": nothing})
    assert result["pages"] == 2
    assert result["systems"]["echo"]["f1"] == pytest.approx(1.0)
    assert result["systems"]["nothing"]["recall"] == 0.0
    assert result["systems"]["nothing"]["empty"] == 2
    assert {row["url"] for row in result["details"]} == {
        "https://example.org/a",
        "https://example.org/b",
    }
    assert "echo" in format_extraction(result)
