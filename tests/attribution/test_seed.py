"""The reference article (shared seed, skipped when absent) and an invented article like it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crossroads.model import Statement
from support import SEED

Run = Callable[..., list[Statement]]
START = "Russia’s Foreign Ministry spokesperson"
END_PARAGRAPH = "Earlier remarks from the Japanese side"

INVENTED = (Path(__file__).parent / "fixtures" / "invented_spokesperson.txt").read_text("utf-8")

REQUIRED_CUES = {"asserted", "argued", "attributed", "noted", "stressed", "according to"}


def _check(found: list[Statement], name: str, country: str, argued_words: str) -> None:
    named = [st for st in found if st.speaker.name == name]
    assert len(named) >= 7
    assert all(st.speaker.actor and st.speaker.actor.country == country for st in named)
    assert {st.cue.lower() for st in named} >= REQUIRED_CUES
    argued = next(st for st in named if st.cue == "argued")
    assert argued_words in argued.content
    unresolved = [st for st in found if st.speaker.text.lower() in ("she", "the spokesperson")]
    assert all(st.speaker.name for st in unresolved)


def test_invented_article_like_the_seed(statements: Run) -> None:
    found = statements(INVENTED)
    _check(found, "Ingrid Solvang", "NOR", "weakening the established fishing ties")
    side = next(st for st in found if st.cue == "underscored")
    assert side.speaker.name is None and side.speaker.actor is not None
    assert side.speaker.actor.country == "NOR"


@pytest.mark.shared
def test_seed_article(statements: Run) -> None:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent (a fresh checkout has no evaluation data)")
    raw = SEED.read_text("utf-8")
    start = raw.index(START)
    end = raw.index("\n", raw.index(END_PARAGRAPH))
    found = statements(raw[start:end], published="2025-01-01")
    _check(found, "Maria Zakharova", "RUS", "weakening the established economic ties")


@pytest.mark.shared
def test_page_debris_and_comment_prompts_give_no_statements(statements: Run) -> None:
    if not SEED.exists():
        pytest.skip("../shared/seed is absent (a fresh checkout has no evaluation data)")
    raw = SEED.read_text("utf-8")
    tail = raw[raw.index("Previous Article") :]
    assert statements(tail) == []
