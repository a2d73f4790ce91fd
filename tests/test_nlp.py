"""The spaCy pipeline as crossroads loads it."""

from __future__ import annotations

from crossroads.nlp import load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_headline_line_does_not_run_into_the_first_sentence() -> None:
    text = "Talks stall over grain corridor\nOfficials in Ankara said the talks would resume."
    assert sentences(text) == [
        "Talks stall over grain corridor",
        "Officials in Ankara said the talks would resume.",
    ]


def test_sentences_inside_a_paragraph_are_still_split_by_the_parser() -> None:
    text = "Kenya recalled its envoy. Uganda protested.\n\nThe talks ended."
    assert sentences(text) == ["Kenya recalled its envoy.", "Uganda protested.", "The talks ended."]
