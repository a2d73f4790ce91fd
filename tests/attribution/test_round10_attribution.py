"""Round 10: attribution errors a hand audit of real news found (invented sentences).

Each test shows the construction the audit met, with invented people; real countries only.
"""

from __future__ import annotations

from collections.abc import Callable

from attribution_helpers import by_cue

from crossroads.model import Statement

Extract = Callable[..., list[Statement]]


def test_he_after_a_participle_clause_is_the_new_speaker(statements: Extract) -> None:
    """ "Speaking alongside him, X said …" then "He added …": X, not the man "him" meant,
    though only that man had been seen with "he" before."""
    text = (
        "Spanish Foreign Minister Tomas Ortel called on the United Nations to act. "
        '"It must act now," he added. '
        "Speaking alongside him, German Foreign Minister Jonas Brandl said the reports "
        "were serious. He demanded a prompt explanation of the attack."
    )
    st = by_cue(statements(text), "demanded")
    assert st.speaker.name == "Jonas Brandl"


def test_known_gender_still_wins_over_an_earlier_object(statements: Extract) -> None:
    """The subject rule is for the centre of the text: a "she" seen earlier still beats a man
    named only as an object two sentences back."""
    text = (
        "Senator Mara Voss met Pavel Dorn in Vienna. She said the talks went well. "
        "The meeting lasted two hours. She added that a deal was close."
    )
    st = by_cue(statements(text), "added")
    assert st.speaker.name == "Mara Voss"
