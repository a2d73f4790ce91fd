"""The linguistic data of attribution: reporting cues, speaker descriptions, pronouns, titles.

All of it lives in TSV files under `data/` so that users can read and extend it without
touching code (spaCy keeps its language data the same way). Each table is read once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

CueKind = Literal["speech", "belief"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb, noun or phrase, and where its message sits around it."""

    lemma: str
    pos: str
    kind: CueKind
    frames: frozenset[str]


@dataclass(frozen=True, slots=True)
class Descriptor:
    """A description that may stand for a speaker named earlier ("the spokesperson")."""

    noun: str
    kind: str
    plural: bool
    gender: str | None
    matches: frozenset[str]


@dataclass(frozen=True, slots=True)
class PronounInfo:
    """What a pronoun can refer to: person or institution, number, gender."""

    pronoun: str
    refers_to: str
    plural: bool
    gender: str | None
    first_person: bool


def _rows(name: str) -> Iterator[list[str]]:
    """Data rows of a TSV file under data/, without comments and the header line."""
    text = resources.files("crossroads.attribution").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        yield line.split("\t")


def _split(field: str) -> frozenset[str]:
    return frozenset(part.strip() for part in field.split(",") if part.strip() not in ("", "-"))


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cues indexed the way the extractor looks them up: verb and noun lemmas, phrases."""

    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns) + len(self.phrases)

    def kind_of(self, words: str) -> CueKind | None:
        """Speech or belief for a cue given as words or lemmas ("has said", "according to")."""
        lowered = words.lower().strip()
        if lowered in self.phrases:
            return self.phrases[lowered].kind
        kinds = [
            c.kind for w in lowered.split() for c in (self.verbs.get(w), self.nouns.get(w)) if c
        ]
        if "speech" in kinds:
            return "speech"
        return kinds[0] if kinds else None


@cache
def cue_lexicon() -> CueLexicon:
    """The cue table of data/cues.tsv."""
    tables: dict[str, dict[str, Cue]] = {"verb": {}, "noun": {}, "phrase": {}}
    for lemma, pos, kind, frames in _rows("cues.tsv"):
        cue_kind: CueKind = "belief" if kind == "belief" else "speech"
        tables[pos][lemma] = Cue(lemma, pos, cue_kind, _split(frames))
    return CueLexicon(tables["verb"], tables["noun"], tables["phrase"])


@cache
def descriptors() -> dict[str, Descriptor]:
    """Speaker descriptions of data/descriptors.tsv, by noun."""
    table: dict[str, Descriptor] = {}
    for noun, kind, number, gender, matches in _rows("descriptors.tsv"):
        words = _split(matches) | {noun}
        table[noun] = Descriptor(noun, kind, number == "pl", _gender(gender), words)
    return table


@cache
def pronouns() -> dict[str, PronounInfo]:
    """Pronouns of data/pronouns.tsv, by lower-case form."""
    return {
        p: PronounInfo(p, refers, number == "pl", _gender(gender), first == "yes")
        for p, refers, number, gender, first in _rows("pronouns.tsv")
    }


@cache
def settings() -> frozenset[tuple[str, str]]:
    """(preposition, noun) pairs of data/settings.tsv: how or where one spoke, not what."""
    return frozenset((prep.strip(), noun.strip()) for prep, noun in _rows("settings.tsv"))


@cache
def honorifics() -> dict[str, str | None]:
    """Titles before a name and the gender they tell, from data/honorifics.tsv."""
    return {title: _gender(gender) for title, gender in _rows("honorifics.tsv")}


def _gender(field: str) -> str | None:
    return field if field in ("f", "m") else None


__all__ = [
    "Cue",
    "CueKind",
    "CueLexicon",
    "Descriptor",
    "PronounInfo",
    "cue_lexicon",
    "descriptors",
    "honorifics",
    "pronouns",
    "settings",
]
