"""The records of the gazetteer: a named thing an article can mention, and a role noun."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crossroads.model import Actor

# "actor" is a user dictionary's own named actor (neither a country nor a person in office);
# "place" a city or region inside a country (Darfur, Samarra); "people" the people of a country
# or an ethnic group ("Libyans", "Yoruba"), whose plural names its civilians; "group" a body named
# by role nouns alone, without a country ("a human rights group"), made by the resolver.
EntryKind = Literal[
    "country",
    "adjective",
    "capital",
    "seat",
    "region",
    "org",
    "person",
    "actor",
    "place",
    "people",
    "group",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of naming an actor, with the dates it holds for (persons in office).

    `form` is the phrase as the dictionary writes it (its capitals decide how strictly the text
    must match); `valid_to` is exclusive: the day a successor took office.
    """

    form: str
    kind: EntryKind
    name: str
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    office: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    source: str = "builtin"

    @property
    def actor(self) -> Actor:
        return Actor(name=self.name, country=self.country, sector=self.sector, org=self.org)

    @property
    def is_capital(self) -> bool:
        """A place standing for a government: "Moscow said", "the Kremlin warned"."""
        return self.kind in ("capital", "seat")

    def valid_on(self, date: str | None) -> bool:
        """Whether the entry holds on `date` (YYYY, YYYY-MM or YYYY-MM-DD); undated always does."""
        if date is None:
            return True
        if self.valid_from and date < self.valid_from[: len(date)]:
            return False
        return not (self.valid_to and date >= self.valid_to[: len(date)])


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun: the sector it gives, the office it names, whether a name may follow."""

    phrase: str
    sector: str | None
    office: str | None = None
    takes_name: bool = False
