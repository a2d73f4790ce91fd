"""When a surname in an article is a listed office holder: the evidence the article must give.

The office-holder tables list thousands of surnames: REIGN's leaders.tsv often knows a leader
by the surname alone ("Perry", Liberia 1996-1997; "Williams", Trinidad and Tobago 1962-1981;
"Cruz", Honduras 1971-1972). News names many other people so called, so a surname is weak
evidence. A person match is *strong*, and kept as it is, when the text gives more than a
surname of a person the tables know more of ("Angela Merkel", "Prime Minister Andreas
Papandreou"), or a title precedes the name on a date inside the person's term ("President
Putin" in 2023, "President Mubarak" in 1999). Any other match (a bare surname, a former
holder's title, a given name the tables cannot check) is kept only with one of these:

- the article named the person in full before (then the surname is that person: "Kamala
  Harris … Harris" is not St Kitts' Timothy Harris);
- the surname is famous: a hand-checked row (persons.tsv, or a user dictionary) lists it as an
  alias, and every listed person so called is of one country ("Putin", "Merkel", "Trump");
- the article names the person's country or organisation ("Mubarak" in an article on Egypt).

It is dropped when the article named someone else in full by that surname before ("Rick Perry
… Perry", "Ted Cruz … Cruz"), unless that longer name is the listed person's.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from crossroads.actors.entries import Entry
from crossroads.actors.gazetteer import Gazetteer
from crossroads.actors.text import TOKEN_RE, fold

# The source of the generated REIGN rows: surnames that only a full name or the country confirm.
LEADERS_SOURCE = "leaders.tsv"


def person_senses(gaz: Gazetteer, key: str) -> list[Entry]:
    """The listed persons a phrase key (a surname) can name."""
    return [e for e in gaz.phrases.get(key, ()) if e.kind == "person"]


def knows_more_than_surname(entry: Entry) -> bool:
    """Whether the tables give the person a given name ("Angela Merkel"), not only "Merkel"."""
    return len(TOKEN_RE.findall(entry.name)) > 1


def is_strong(entry: Entry, *, words: int, titled: bool, date: str | None) -> bool:
    """A full name of a person the tables know in full, or a title inside the person's term."""
    if words > 1 and knows_more_than_surname(entry):
        return True
    return titled and entry.valid_on(date)


def is_famous(gaz: Gazetteer, key: str) -> bool:
    """A surname a hand-checked row lists, every listed person so called being of one body."""
    senses = person_senses(gaz, key)
    if not any(e.source != LEADERS_SOURCE for e in senses):
        return False
    return len({(e.country, e.org) for e in senses}) == 1


def body_named(entry: Entry, named: AbstractSet[str]) -> bool:
    """Whether the article names the person's country or organisation elsewhere."""
    return bool({entry.country, entry.org} & named)


def family_name_first(entry: Entry, key: str) -> bool:
    """Whether a one-word name is the first word of the person's full name: a family name
    written first ("Kim" of "Kim Jong Un"). Many people share it, and news names most of them
    in full, so a title or the date alone does not make it this person."""
    words = [fold(w) for w in TOKEN_RE.findall(entry.name)]
    return len(words) > 1 and words[0] == key
