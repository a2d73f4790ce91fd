"""Helpers for the attribution tests."""

from __future__ import annotations

from crossroads.model import Statement


def by_cue(found: list[Statement], cue: str) -> Statement:
    """The one statement with this cue (fails loudly when absent)."""
    matches = [st for st in found if st.cue.lower() == cue.lower()]
    assert matches, f"no statement cued by {cue!r} in {[s.cue for s in found]}"
    return matches[0]
