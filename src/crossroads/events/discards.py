"""User discard lists in the TABARI / PETRARCH format: phrases that mark text not to code.

Why: analysts who code with CAMEO dictionaries keep a discard list beside them (sports,
weather, entertainment: "BASEBALL", "+TYPHOON", "+World Golf Championships"). A line with a
leading `+` discards the whole story when its phrase occurs anywhere in it; a line without one
discards only the sentences it occurs in; `#` starts a comment. Phrases match whole words,
case-insensitively, with any spacing between their words. `--discards FILE` lays such lists
over the coder's own blocked fields (the sports words of `modifiers.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Discards:
    """Phrases that discard a story, and phrases that discard a sentence, as patterns."""

    story: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None

    def discards_story(self, text: str) -> bool:
        return self.story is not None and self.story.search(text) is not None

    def discards_sentence(self, text: str) -> bool:
        return self.sentence is not None and self.sentence.search(text) is not None


NO_DISCARDS = Discards()


def read_discards(text: str) -> tuple[list[str], list[str]]:
    """(story phrases, sentence phrases) of a discard list."""
    story: list[str] = []
    sentence: list[str] = []
    for line in text.splitlines():
        phrase = line.split("#", 1)[0].strip()
        if phrase.startswith("+"):
            story.append(phrase[1:].strip())
        elif phrase:
            sentence.append(phrase)
    return [p for p in story if p], sentence


def _pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for all phrases: whole words, any case, any spacing between words."""
    if not phrases:
        return None
    alternatives = sorted({r"\s+".join(map(re.escape, p.split())) for p in phrases})
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def discard_lists(texts: Sequence[str]) -> tuple[Discards, list[int]]:
    """The discard lists of several files' texts, and the positions of the texts that hold no
    phrase (to report)."""
    story: list[str] = []
    sentence: list[str] = []
    empty: list[int] = []
    for position, text in enumerate(texts):
        found_story, found_sentence = read_discards(text)
        if not found_story and not found_sentence:
            empty.append(position)
        story += found_story
        sentence += found_sentence
    return Discards(_pattern(story), _pattern(sentence)), empty
