"""Modality guards found in the review of round 15 (modifiers.py): which noun of an act a
relative clause of calling off cancels, and when a passive of planning leaves it ahead.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from crossroads.events.lexicon import lexicon
from crossroads.events.modifiers import is_hypothetical, is_negated
from crossroads.nlp import load_nlp


def act(text: str, word: str) -> tuple[bool, bool]:
    """(negated, hypothetical) of the first token `word` of the parsed text."""
    token = next(t for t in load_nlp()(text) if t.text == word)
    return is_negated(token, lexicon()), is_hypothetical(token, lexicon())


def test_a_relative_clause_on_an_attacks_object_does_not_cancel_the_attack() -> None:
    text = "Kenya condemned the attack on the Ugandan convoy, which had been delayed by heavy rain."
    assert act(text, "attack") == (False, False)


def test_a_relative_clause_of_cancelling_on_a_meetings_parties_cancels_it() -> None:
    text = "The summit between Kenya and Uganda, which was later cancelled, drew little notice."
    assert act(text, "summit")[0]


def test_an_attack_planned_by_its_doers_is_no_timetable() -> None:
    text = "The attack on the Ugandan embassy, which killed 12 people, was planned by militants."
    assert act(text, "attack") == (False, False)


def test_talks_scheduled_for_a_date_are_still_ahead() -> None:
    assert act("Talks between Kenya and Uganda are scheduled for June.", "Talks")[1]
