"""Tone: VADER's compound score, in [-1, 1], one analyser per process."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crossroads.tone import _analyzer, text_tone


def test_hostile_words_are_negative_and_friendly_ones_positive() -> None:
    assert text_tone("This is a hostile, dangerous and shameful provocation.") < -0.5
    assert text_tone("We welcome this excellent and friendly agreement.") > 0.5


def test_blank_text_is_neutral() -> None:
    assert text_tone("   ") == 0.0


def test_the_analyser_is_built_once() -> None:
    assert _analyzer() is _analyzer()


@given(st.text(max_size=200))
def test_tone_is_bounded_and_deterministic(text: str) -> None:
    tone = text_tone(text)
    assert -1.0 <= tone <= 1.0
    assert tone == text_tone(text)
