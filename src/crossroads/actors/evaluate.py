"""Scoring the resolver against gold actor codes (`crossroads eval actors`).

The gold is a normalized event file (one sentence per line, `events[*].actor` and
`.recipient` lists of `{actorText, code, sector}`), as in PLOVER's gold standard records.
Each gold actor's mention text is resolved (falling back to the actors `find_actors` finds
inside that stretch of the sentence); the country slot counts as right when the codes agree
(any organisation for gold IGO/NGO), the sector when the three-letter sectors agree (a bare
country has none; gold "***" is not scored).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crossroads.actors.gazetteer import DATA_DIR, Gazetteer, default_gazetteer, read_tsv
from crossroads.actors.resolve import best_mention, find_actors, resolve_mention
from crossroads.model import Actor

ORG_CODES = ("IGO", "NGO")
UNSCORED_SECTOR = "***"


def _equivalents() -> dict[tuple[str, str], str]:
    rows = read_tsv(DATA_DIR / "cameo_equivalents.tsv")
    return {(row["kind"], row["code"]): row["same_as"] for row in rows}


def gold_actors(path: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(sentence, "source" | "target", gold actor) for every gold actor of the file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            for event in record.get("events", []):
                for role, key in (("source", "actor"), ("target", "recipient")):
                    for gold in event.get(key) or []:
                        yield record["text"], role, gold


def resolve_gold(sentence: str, mention: str, gaz: Gazetteer) -> Actor | None:
    """The actor of a gold mention as the pipeline sees it: the actors found in the whole
    sentence that overlap the mention (so "Slovak and Czech officials" gives both the
    role), else the mention's words alone."""
    start = sentence.find(mention)
    if start >= 0:
        inside = [
            m
            for m in find_actors(sentence, gazetteer=gaz)
            if m.start < start + len(mention) and m.end > start
        ]
        head = best_mention(inside, gaz)
        if head is not None:
            return head.actor
    return resolve_mention(mention, gazetteer=gaz)


# The sector of an armed non-state group: an organisation so coded is CAMEO's IMG ("UN troops"
# are the UN's military, MIL, and stay IGO).
ARMED_GROUP_SECTOR = "REB"


def country_slot(actor: Actor | None) -> str | None:
    """The CAMEO country slot of an actor: its country, else the kind of organisation: NGO,
    IMG for an armed group without a country (al-Qaeda: CAMEO's international militarized
    group), IGO for the rest."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    if not actor.org:
        return None
    if actor.sector == "NGO":
        return "NGO"
    return "IMG" if actor.sector == ARMED_GROUP_SECTOR else "IGO"


def sector_slot(actor: Actor | None) -> str | None:
    """The sector to compare: an organisation's own IGO/NGO is "the body itself", i.e. none."""
    if actor is None or actor.sector in ORG_CODES:
        return None
    return actor.sector


def _gold_country(code: str, eq: dict[tuple[str, str], str]) -> str:
    code = code.upper()[:3]
    return eq.get(("country", code), code)


def _gold_sector(sector: str | None, eq: dict[tuple[str, str], str]) -> str | None:
    if not sector:
        return None
    code = sector.upper()[:3]
    return eq.get(("sector", code), code)


def _country_right(gold: str, actor: Actor | None) -> bool:
    found = country_slot(actor)
    if gold in ORG_CODES:
        return found in ORG_CODES
    return found == gold


def evaluate_actors(path: str | Path, *, gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """Country and sector accuracy of source and target actors over a gold file."""
    gaz = gazetteer or default_gazetteer()
    eq = _equivalents()
    counts: Counter[str] = Counter()
    misses: list[dict[str, Any]] = []
    for sentence, role, gold in gold_actors(Path(path)):
        actor = resolve_gold(sentence, gold["actorText"], gaz)
        country = _gold_country(gold["code"], eq)
        right = _country_right(country, actor)
        counts.update({"actors": 1, f"{role}_actors": 1, "resolved": actor is not None})
        counts.update({"country_right": right, f"{role}_country_right": right})
        if gold.get("sector") != UNSCORED_SECTOR:
            sector_right = sector_slot(actor) == _gold_sector(gold.get("sector"), eq)
            counts.update({"sector_scored": 1, "sector_right": sector_right})
            right = right and sector_right
        if not right and len(misses) < 400:
            misses.append(_miss(gold, actor))
    return _summary(counts, misses)


def _miss(gold: dict[str, Any], actor: Actor | None) -> dict[str, Any]:
    found = None if actor is None else [actor.country, actor.sector, actor.org]
    return {"text": gold["actorText"], "gold": [gold["code"], gold.get("sector")], "found": found}


def _ratio(right: int, total: int) -> float:
    return round(right / total, 4) if total else 0.0


def _summary(counts: Counter[str], misses: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "actors": counts["actors"],
        "resolved": _ratio(counts["resolved"], counts["actors"]),
        "country_accuracy": _ratio(counts["country_right"], counts["actors"]),
        "sector_accuracy": _ratio(counts["sector_right"], counts["sector_scored"]),
        "sector_scored": counts["sector_scored"],
        "source_country_accuracy": _ratio(counts["source_country_right"], counts["source_actors"]),
        "target_country_accuracy": _ratio(counts["target_country_right"], counts["target_actors"]),
        "misses": misses,
    }
