"""The PLOVER ontology and the CAMEO table, loaded once from the package's data files.

Why a module of its own: the coder, the said-event rules and the evaluator all need the same
answers (which PLOVER type a CAMEO code is, its intensity and quad class), and they must come
from data (`data/ontology.yaml`, `data/cameo_plover.tsv`), not from code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from crossroads.yaml_data import load_yaml

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class CameoRow:
    """One CAMEO code of the 2021 CAMEO→PLOVER table ('' type: no PLOVER event)."""

    cameo: str
    plover: str
    mode: str
    context: str


@dataclass(frozen=True, slots=True)
class Ontology:
    """Types with their default CAMEO code and modes, and the CAMEO-root scales."""

    default_cameo: dict[str, str]
    target_required: frozenset[str]
    target_expected: frozenset[str]
    modes: dict[str, tuple[str, ...]]
    goldstein: dict[str, float]
    quad_of_root: dict[str, str]
    cameo: dict[str, CameoRow]
    private_sectors: frozenset[str] = frozenset()


def read_data(name: str) -> str:
    """The text of one of the package's data files."""
    return resources.files("crossroads.events").joinpath("data", name).read_text("utf-8")


@cache
def data_yaml(name: str) -> dict[str, Any]:
    """A YAML data file, parsed once per process (several modules read the same file); the
    mapping is shared: read it, never change it."""
    loaded = load_yaml(read_data(name))
    if not isinstance(loaded, dict):
        raise ValueError(f"events data file {name} is not a mapping")
    return loaded


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts; '#' lines are comments, the first row is the header."""
    lines = [ln for ln in read_data(name).splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


def _cameo_rows() -> dict[str, CameoRow]:
    rows = read_tsv("cameo_plover.tsv")
    return {
        r["cameo"]: CameoRow(r["cameo"], r["plover"], r.get("mode", ""), r.get("context", ""))
        for r in rows
    }


@cache
def ontology() -> Ontology:
    """The ontology of this process, read on first use."""
    raw = data_yaml("ontology.yaml")
    types = raw["types"]
    unknown = set(types) - set(PLOVER_TYPES)
    if unknown or len(types) != len(PLOVER_TYPES):
        raise ValueError(f"ontology.yaml must define exactly the 16 PLOVER types: {unknown}")
    quad_of_root = {root: quad for quad, roots in raw["quads"].items() for root in roots}
    return Ontology(
        default_cameo={name: str(t["cameo"]) for name, t in types.items()},
        target_required=frozenset(n for n, t in types.items() if t.get("target") == "required"),
        target_expected=frozenset(n for n, t in types.items() if t.get("target") == "expected"),
        modes={name: tuple(t.get("modes") or ()) for name, t in types.items()},
        goldstein={str(k): float(v) for k, v in raw["goldstein"].items()},
        quad_of_root=quad_of_root,
        cameo=_cameo_rows(),
        private_sectors=frozenset(str(s) for s in raw.get("private_sectors") or ()),
    )


def plover_of_cameo(code: str) -> str | None:
    """The PLOVER type of a CAMEO code: the longest listed prefix decides; None if none."""
    table = ontology().cameo
    for length in range(len(code), 1, -1):
        row = table.get(code[:length])
        if row is not None:
            return row.plover or None
    return None


def intensity_of(cameo: str) -> float:
    """Goldstein score of the CAMEO root (−10 … +10)."""
    return ontology().goldstein.get(cameo[:2], 0.0)


def quad_of(cameo: str) -> str:
    """GDELT-style quad class of the CAMEO root."""
    return ontology().quad_of_root.get(cameo[:2], "")
