"""Precision rules: speaker words that belong to another phrase, and subjects that are no source."""

from __future__ import annotations

from collections.abc import Callable

from attribution_helpers import by_cue

from crossroads.model import Statement

Run = Callable[..., list[Statement]]


def test_article_of_an_appositive_is_not_part_of_a_plural_speaker(statements: Run) -> None:
    text = (
        "The emphasis on trade highlighted Norway’s concern that Chile may be pursuing other "
        "goals, a pattern critics say could reshape the market."
    )
    said = by_cue(statements(text), "say")
    assert said.speaker.text == "critics"
    assert text[said.speaker.start : said.speaker.end] == "critics"
    assert said.content == "could reshape the market"


def test_it_standing_for_a_plain_noun_does_not_signal(statements: Run) -> None:
    text = (
        "Officials met in Oslo on Monday. The meeting reflects broader tensions about trade in "
        "the region. It signals Norway’s expectation that its partners will act with care."
    )
    found = statements(text)
    assert [s.cue for s in found if s.speaker.text == "It"] == []
    # the belief noun inside stays: PolNeAR marks "X's expectation that …" as an attribution
    assert by_cue(found, "expectation").speaker.text == "Norway"


def test_it_standing_for_a_document_still_shows(statements: Run) -> None:
    text = "A new poll was released on Monday. It shows that most voters back the plan."
    shown = by_cue(statements(text), "shows")
    assert shown.speaker.text == "It"
    assert shown.content == "most voters back the plan"


def test_it_standing_for_an_institution_still_signals(statements: Run) -> None:
    text = "The Norwegian ministry issued a report. It signals that talks will resume."
    assert by_cue(statements(text), "signals").content == "talks will resume"


def test_quote_after_a_clause_closed_by_its_cue_goes_on_in_that_voice(statements: Run) -> None:
    text = (
        "The government may be slow to act while talks go on, Petr Halas said. "
        '"The other factor is the election. Nobody wants to tip the scales."'
    )
    found = [s for s in statements(text) if s.cue == "said"]
    assert [s.kind for s in found] == ["indirect", "direct"]
    assert found[1].content == "The other factor is the election. Nobody wants to tip the scales."
    assert {s.speaker.text for s in found} == {"Petr Halas"}


def test_quote_inside_the_clause_is_not_a_statement_of_its_own(statements: Run) -> None:
    text = 'Petr Halas said that the deal was "a disgrace" and had to go.'
    found = statements(text)
    assert [(s.kind, s.content) for s in found] == [
        ("indirect", 'the deal was "a disgrace" and had to go')
    ]


def test_how_one_spoke_is_not_what_was_said(statements: Run) -> None:
    for text in (
        "Lina Brock commented on condition of anonymity.",
        "Lina Brock commented on the phone from Oslo.",
    ):
        assert [s.content for s in statements(text)] == []
    # "speak on" is no cue frame at all: in PolNeAR it names a setting far more often
    assert [s.content for s in statements("Lina Brock spoke on the risks for farmers.")] == []


def test_what_one_spoke_about_is_still_the_message(statements: Run) -> None:
    text = "Lina Brock spoke about the risks of the new tariffs for farmers."
    assert by_cue(statements(text), "spoke").content == "the risks of the new tariffs for farmers"
    assert by_cue(statements("Lina Brock commented on the new tariffs."), "commented").content == (
        "the new tariffs"
    )
