"""Misspelt country names and demonyms: "Ethopia", "Afganistan", "Phillippines", "Ghanians".

Wire copy and hand-coded gold data misspell country names often enough that a resolver which
only matches exact phrases loses the actor. The match here is deliberately conservative: one
edit (a letter added, dropped, changed, or two neighbours swapped), the same first letter, a
word of six letters or more that names nothing in the gazetteer and is no listed English word
or name (`notcountry` in words.tsv: "Hungry", "Benign", "Syriac"), and a single country among
the names within reach, with no other country's name two edits away ("Austrila" is one edit from
Austria but two from Australia: no actor). Four- and
five-letter names are too close to each other (Iran, Iraq; Niger) to guess at, so only names of
five letters or more are targets and only words of six or more are read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from crossroads.actors.entries import Entry

MIN_WORD = 6  # letters of a word read as a possible misspelling
MIN_TARGET = 5  # letters of a country name or demonym it may stand for
TARGET_KINDS = ("country", "adjective", "people")


def deletions(word: str) -> set[str]:
    """The word with one letter dropped, each way."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one insertion, deletion, substitution or swap of
    neighbouring letters (Damerau-Levenshtein distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    k = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = k + 1 < len(a) and a[k] == b[k + 1] and a[k + 1] == b[k]
        return a[k + 1 :] == b[k + 1 :] or (swapped and a[k + 2 :] == b[k + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[k + 1 :] == shorter[k:]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), row by row."""
    row = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        prev, row[0] = row[0], x
        for y, cb in enumerate(b, 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (ca != cb))
    return row[-1]


@dataclass
class FuzzyIndex:
    """Single-word country names and demonyms under their one-letter deletions (the symmetric
    deletion scheme: two words one edit apart share a key), with answers cached per word."""

    targets: dict[str, list[Entry]] = field(default_factory=dict)
    by_deletion: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    answers: dict[str, Entry | None] = field(default_factory=dict)

    def add(self, key: str, entries: list[Entry]) -> None:
        self.targets[key] = entries
        for variant in deletions(key) | {key}:
            self.by_deletion[variant].add(key)

    def match(self, key: str) -> Entry | None:
        """The country entry a misspelt word stands for, or None when none or several fit."""
        if key in self.answers:
            return self.answers[key]
        found = None
        if len(key) >= MIN_WORD and key.isalpha():
            near: set[str] = set()
            for variant in deletions(key) | {key}:
                near |= self.by_deletion.get(variant, set())
            fits = [t for t in near if t[0] == key[0] and one_edit(t, key)]
            found = _single_country(self.targets, fits)
            if found is not None and self._rival(key, found.country):
                found = None
        self.answers[key] = found
        return found

    def _rival(self, key: str, country: str | None) -> bool:
        """Whether another country's name is within two edits of the word."""
        return any(
            t[0] == key[0]
            and abs(len(t) - len(key)) <= 2
            and self.targets[t][0].country != country
            and edit_distance(t, key) <= 2
            for t in self.targets
        )


def _single_country(targets: dict[str, list[Entry]], keys: list[str]) -> Entry | None:
    """The entry of the one country the keys name (the longest key's: "Ethiopians" over
    "Ethiopian"), or None when they name none or several."""
    entries = [e for key in sorted(keys, key=len, reverse=True) for e in targets[key]]
    if len({e.country for e in entries}) != 1:
        return None
    return entries[0]


def build_index(
    phrases: dict[str, list[Entry]], *, names: dict[str, str], regions: set[str]
) -> FuzzyIndex:
    """The index over a gazetteer's one-word names, adjectives and demonyms of states: an entry
    named as its country is ("Ethiopian" is Ethiopia's); regions and ethnic groups stay out
    ("Western", "Yoruba"), and so does a word with any other sense."""
    index = FuzzyIndex()
    for key, entries in phrases.items():
        if " " in key or len(key) < MIN_TARGET or not key.isalpha():
            continue
        states = [e for e in entries if _names_a_state(e, names, regions)]
        if states and len(states) == len(entries) and len({e.country for e in states}) == 1:
            index.add(key, states)
    return index


def _names_a_state(entry: Entry, names: dict[str, str], regions: set[str]) -> bool:
    code = entry.country
    if entry.kind not in TARGET_KINDS or code is None or code in regions:
        return False
    return names.get(code) == entry.name
