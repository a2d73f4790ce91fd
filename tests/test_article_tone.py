"""Article tone: GDELT's positive-minus-negative share, with VADER's lexicon and negation."""

from __future__ import annotations

from crossroads.nlp import load_nlp
from crossroads.tone import article_tone


def tone(text: str) -> float:
    return article_tone(load_nlp()(text))


def test_cooperative_and_conflictual_texts_have_opposite_signs() -> None:
    assert tone("Both sides praised the agreement and hailed the talks as a success.") > 5
    assert tone("Shelling killed twelve civilians and the ministry condemned the attack.") < -5


def test_negation_flips_a_word() -> None:
    assert tone("The government welcomed the plan.") > 0
    assert tone("The government did not welcome the plan.") < 0


def test_tone_is_a_percentage_of_words_and_zero_without_words() -> None:
    assert tone("Great.") == 100.0
    assert tone("2026 — 12:30") == 0.0
