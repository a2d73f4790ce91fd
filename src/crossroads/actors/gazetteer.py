"""The gazetteer: every phrase that names an actor, keyed for constant-time lookup.

Built once per process from the data files under `data/` (see docs/actors.md) and, on request,
from user dictionaries laid over them. Lookups are dicts keyed by the folded phrase
(`text.phrase_key`), so resolving a mention costs a few dict probes, not a scan; the sets of
first words and of word prefixes let the scanner leave most tokens after one set probe.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

from crossroads.actors.entries import Entry, EntryKind, Role
from crossroads.actors.fuzzy import FuzzyIndex, build_index
from crossroads.actors.text import phrase_key

DATA_DIR = Path(__file__).parent / "data"
# The sector of a people named in the plural ("Libyans", "Iraqi Kurds"): its civilians.
PEOPLE_SECTOR = "CVL"


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with a header line; '#' lines are comments, blank cells are ''."""
    with path.open(encoding="utf-8") as handle:
        lines = (line.rstrip("\n\r") for line in handle)
        rows = (line for line in lines if line.strip() and not line.startswith("#"))
        header = next(rows, "").split("\t")
        for line in rows:
            cells = line.split("\t")
            yield dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


@dataclass
class Gazetteer:
    """Phrases, roles and word classes, with the indexes the resolver probes."""

    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    offices: dict[tuple[str, str], set[Entry]] = field(default_factory=lambda: defaultdict(set))
    regions: set[str] = field(default_factory=set)
    starts: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    role_starts: set[str] = field(default_factory=set)
    max_phrase: int = 1
    max_role: int = 1
    fuzzy: FuzzyIndex | None = None
    homonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)  # "sen" (of "Sen.") -> "senator"

    def add(self, entry: Entry, *, replace: bool = False) -> None:
        """Index `entry` under its phrase; `replace` drops what the key held before."""
        key = phrase_key(entry.form)
        if not key:
            return
        self.fuzzy = None  # a new phrase may add a target or take a misspelling's place
        if replace or key not in self.phrases:
            self.phrases[key] = []
        if entry not in self.phrases[key]:
            self.phrases[key].append(entry)
        words = key.split(" ")
        self.starts.add(words[0])
        self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        self.max_phrase = max(self.max_phrase, len(words))
        holder = entry.country or entry.org
        if entry.kind == "person" and entry.office and holder:
            self.offices[(holder, entry.office)].add(entry)

    def add_role(self, role: Role) -> None:
        key = phrase_key(role.phrase)
        self.roles[key] = role
        self.role_starts.add(key.split(" ", 1)[0])
        self.max_role = max(self.max_role, key.count(" ") + 1)

    def merge(self, entries: Iterable[Entry]) -> None:
        """Lay user entries over the built-in ones: a phrase a user defines loses its old senses."""
        touched: set[str] = set()
        for entry in entries:
            key = phrase_key(entry.form)
            self.add(entry, replace=key not in touched)
            touched.add(key)

    def lookup(self, phrase: str) -> list[Entry]:
        return self.phrases.get(phrase_key(phrase), [])

    def role(self, phrase: str) -> Role | None:
        return self.roles.get(phrase_key(phrase))

    def misspelt(self, key: str) -> Entry | None:
        """The country a word one edit from one of its names stands for ("ethopia"), or None;
        the index is built on first use, after every dictionary is in (see `fuzzy`)."""
        if key in self.starts or key in self.words["notcountry"]:
            return None
        if self.fuzzy is None:
            self.fuzzy = build_index(self.phrases, names=self.names, regions=self.regions)
        return self.fuzzy.match(key)

    def office_holders(self, holder: str, office: str) -> list[Entry]:
        """Persons of a country (or an org) recorded in `office`, oldest first."""
        return sorted(self.offices.get((holder, office), ()), key=lambda e: e.valid_from or "")


def _country_entries(gaz: Gazetteer) -> Iterator[Entry]:
    """Countries: generated names (pycountry) first, then hand-written names and demonyms."""
    display: dict[str, str] = {}
    hand = list(read_tsv(DATA_DIR / "country_names.tsv"))
    for row in hand:
        display[row["code"]] = row["name"]
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        code = row["code"]
        name = display.get(code, row["name"])
        gaz.names[code] = name
        for form in [row["name"], *split_list(row["names"])]:
            yield Entry(form, "country", name, country=code, source="generated")
    for row in hand:
        code, name = row["code"], row["name"]
        gaz.names[code] = name
        for form in [name, *split_list(row["aliases"])]:
            yield Entry(form, "country", name, country=code)
        yield from _demonym_entries(split_list(row["adjectives"]), name, code)


def _demonym_entries(forms: list[str], name: str, code: str) -> Iterator[Entry]:
    """Adjectives name the state ("Libyan"); a plural beside its singular ("Libyans" beside
    "Libyan", "Serbs" beside "Serb") names the people, coded as civilians as the CAMEO manual
    codes them (PETRARCH's dictionaries fold both into the bare country)."""
    for form in forms:
        if form.endswith("s") and form[:-1] in forms:
            yield Entry(form, "people", name, country=code, sector=PEOPLE_SECTOR)
        else:
            yield Entry(form, "adjective", name, country=code)


def _region_entries(gaz: Gazetteer) -> Iterator[Entry]:
    for row in read_tsv(DATA_DIR / "regions.tsv"):
        code, name = row["code"], row["name"]
        gaz.names[code] = name
        gaz.regions.add(code)
        gaz.members[code] = tuple(row["members"].split())
        for form in [name, *split_list(row["aliases"])]:
            yield Entry(form, "region", name, country=code)
        for form in split_list(row["adjectives"]):
            yield Entry(form, "adjective", name, country=code)


def _org_entries(gaz: Gazetteer) -> Iterator[Entry]:
    for row in read_tsv(DATA_DIR / "orgs.tsv"):
        org, name = row["org"], row["name"]
        gaz.names.setdefault(org, name)
        if row["members"]:
            gaz.members[org] = tuple(row["members"].split())
        for form in [name, *split_list(row["aliases"])]:
            yield Entry(form, "org", name, sector=row["sector"] or "IGO", org=org)


def _people_entries(gaz: Gazetteer) -> Iterator[Entry]:
    """Ethnic and religious groups (peoples.tsv): the plural is also a role noun of civilians
    ("Iraqi Kurds" IRQ CVL); a group with a usual country is that country's on its own."""
    for row in read_tsv(DATA_DIR / "peoples.tsv"):
        plurals = [row["name"], *split_list(row["aliases"])]
        for form in plurals:
            gaz.add_role(Role(form, PEOPLE_SECTOR))
        code = row["country"] or None
        if code is None:
            continue
        name = row["name"]
        for form in plurals:
            yield Entry(form, "people", name, country=code, sector=PEOPLE_SECTOR)
        for form in split_list(row["adjectives"]):
            yield Entry(form, "people", name, country=code)


def _place_entries() -> Iterator[Entry]:
    """Cities and regions inside a country (hand-written places.tsv first, then the ISO 3166-2
    subdivisions of subdivisions.tsv): the country, without a sector, as PETRARCH codes them."""
    for file in ("places.tsv", "subdivisions.tsv"):
        for row in read_tsv(DATA_DIR / file):
            name, code = row["name"], row["country"]
            for form in [name, *split_list(row["aliases"])]:
                yield Entry(form, "place", name, country=code, source=file)


def _add_places(gaz: Gazetteer) -> None:
    """A place never takes a phrase from another actor: "Georgia", "Washington", a leader's
    surname keep their senses; a hand-written place wins over a generated subdivision."""
    taken = set(gaz.phrases)
    for entry in _place_entries():
        key = phrase_key(entry.form)
        if key not in taken:
            gaz.add(entry)
            if entry.source == "places.tsv":
                taken.add(key)


def _capital_entries(gaz: Gazetteer) -> Iterator[Entry]:
    for row in read_tsv(DATA_DIR / "capitals.tsv"):
        country = row["country"] or None
        name = row["name"] or gaz.names.get(row["country"], row["phrase"])
        kind: EntryKind = "seat" if row["kind"] == "seat" else "capital"
        org = row["org"] or None
        yield Entry(row["phrase"], kind, name, country=country, sector=row["sector"], org=org)


def person_entries(
    rows: Iterable[dict[str, str]], *, source: str, default_kind: EntryKind = "person"
) -> Iterator[Entry]:
    """Entries of the person/user-dictionary format (name, aliases, country, sector, org, ...)."""
    for row in rows:
        name = row["name"].strip()
        kind = cast(EntryKind, row.get("kind", "").strip() or default_kind)
        if row.get("office", "").strip() and kind == "actor":
            kind = "person"
        for form in [name, *split_list(row.get("aliases", ""))]:
            yield Entry(
                form,
                kind,
                name,
                country=row.get("country", "").strip() or None,
                sector=row.get("sector", "").strip() or None,
                org=row.get("org", "").strip() or None,
                office=row.get("office", "").strip() or None,
                valid_from=row.get("valid_from", "").strip() or None,
                valid_to=row.get("valid_to", "").strip() or None,
                source=source,
            )


def _load_roles(gaz: Gazetteer) -> None:
    for row in read_tsv(DATA_DIR / "roles.tsv"):
        sector = None if row["sector"] == "-" else row["sector"]
        office = row["office"] or None
        gaz.add_role(Role(row["role"], sector, office, row["person"] == "1"))
    for row in read_tsv(DATA_DIR / "words.tsv"):
        gaz.words[row["class"]].add(row["word"].lower())
    for row in read_tsv(DATA_DIR / "abbreviations.tsv"):
        gaz.abbreviations[row["abbreviation"]] = phrase_key(row["role"])


def _load_homonyms(gaz: Gazetteer) -> None:
    """Places named like a capital or place of another country (homonyms.tsv: Tripoli)."""
    for row in read_tsv(DATA_DIR / "homonyms.tsv"):
        gaz.homonyms[phrase_key(row["name"])] = tuple(split_list(row["countries"]))


def _add_countries(gaz: Gazetteer) -> None:
    """Hand-written names win over generated ones: "Burma" is Myanmar, not ISO's former BUR."""
    hand: set[str] = set()
    for entry in _country_entries(gaz):
        key = phrase_key(entry.form)
        if entry.kind == "people":
            gaz.add_role(Role(entry.form, PEOPLE_SECTOR))  # "Bosnian Serbs": BIH civilians
        if entry.source == "generated" and key in hand:
            continue
        if entry.source != "generated":
            hand.add(key)
            gaz.add(entry, replace=key in gaz.phrases and _generated_only(gaz.phrases[key]))
        else:
            gaz.add(entry)


def _generated_only(entries: list[Entry]) -> bool:
    return all(e.source == "generated" for e in entries)


def build_builtin() -> Gazetteer:
    """The gazetteer of the data files shipped with crossroads."""
    gaz = Gazetteer()
    _add_countries(gaz)
    for entries in (_region_entries(gaz), _org_entries(gaz)):
        for entry in entries:
            gaz.add(entry)
    for entry in _capital_entries(gaz):
        gaz.add(entry, replace=True)
    for name in ("leaders.tsv", "persons.tsv"):
        path = DATA_DIR / name
        if path.exists():
            source = "builtin" if name == "persons.tsv" else name  # see surnames.py
            for entry in person_entries(read_tsv(path), source=source):
                gaz.add(entry)
    for entry in person_entries(
        read_tsv(DATA_DIR / "groups.tsv"), source="builtin", default_kind="actor"
    ):
        gaz.add(entry)
    _load_roles(gaz)
    for entry in _people_entries(gaz):
        if phrase_key(entry.form) not in gaz.phrases:
            gaz.add(entry)
    _add_places(gaz)
    _load_homonyms(gaz)
    return gaz


@cache
def builtin_gazetteer() -> Gazetteer:
    """The built-in gazetteer, built once per process on first use."""
    return build_builtin()


_active: list[Gazetteer] = []


def default_gazetteer() -> Gazetteer:
    """The gazetteer every stage resolves with: the built-in one, or the one `use_gazetteer`
    set for this process (user dictionaries merged over the built-in data)."""
    return _active[-1] if _active else builtin_gazetteer()


def use_gazetteer(gazetteer: Gazetteer | None) -> None:
    """Make `gazetteer` the process-wide default (None: back to the built-in one)."""
    _active.clear()
    if gazetteer is not None:
        _active.append(gazetteer)
