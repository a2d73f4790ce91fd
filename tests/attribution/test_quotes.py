"""Quotation marks of every common style, apostrophes and quotes over several paragraphs."""

from __future__ import annotations

import pytest

from crossroads.attribution.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we are ready" today.', ["we are ready"]),
        ("He said “we are ready” today.", ["we are ready"]),
        ("Il a dit « nous sommes prêts » hier.", ["nous sommes prêts"]),
        ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
        ("He said ‘we are ready’ today.", ["we are ready"]),
        ("He said 'we are ready' today.", ["we are ready"]),
        ("He said ''we are ready'' today.", ["we are ready"]),
        ("He said ``we are ready'' today.", ["we are ready"]),
    ],
)
def test_every_quote_style(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    assert inner("Russia’s view and the states’ ties don't change, O'Neill's aide said.") == []


def test_quote_over_two_paragraphs_reopened_by_convention() -> None:
    text = "“The first part is here.\n\n“The second part ends it,” she said."
    assert inner(text) == ["The first part is here.\n\n“The second part ends it"]


def test_unclosed_quote_at_paragraph_end_is_dropped() -> None:
    text = "“An opening with no end.\n\nA plain paragraph with “a real quote” inside."
    assert inner(text) == ["a real quote"]


def test_trailing_comma_inside_the_marks_is_not_content() -> None:
    assert inner("“We will win,” he said.") == ["We will win"]
