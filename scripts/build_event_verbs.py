"""Generate the event coder's CAMEO verb rules from the PETRARCH-2 verb dictionary (facts).

The dictionary (../shared/data/reference/petrarch2/CAMEO.2.0.txt, TABARI/PETRARCH format) says
which verbs, and which verb + object / preposition patterns, express which CAMEO event. We keep
those facts (lemma, particle, noun, CAMEO code) in our own files, translated to PLOVER with our
`cameo_plover.tsv`, and only in the shapes our dependency coder can check:

- a verb of a synonym set with a code (its own or its set's)  → `verbs_cameo.tsv`
- `VERB_PARTICLE` multi-word verbs and `* (PREP)` patterns     → `verbs_cameo.tsv` (particle)
- `* NOUN` (object) and `* (PREP NOUN)` patterns              → `patterns_cameo.tsv`

Patterns with words before the verb, multi-word nouns, or several elements are left out. A
pattern applies to the verb its comment names when that verb is in the set (the dictionary
records where each pattern came from), else to every verb of the set. Patterns whose code has
no PLOVER type (CAMEO 01 statements, `---`) are kept as blockers: the construction is not an
event. Policy (particles, recipient order, flags, stoplist) is in data/verb_import.yaml.

    .venv/bin/python scripts/build_event_verbs.py [--dictionary PATH] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from crossroads.events.verb_dictionary import (
    ELEMENT,
    MARKERS,
    Block,
    first_code,
    plover_row,
    read_dictionary,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "crossroads" / "events" / "data"
DEFAULT_DICT = ROOT.parent / "shared" / "data" / "reference" / "petrarch2" / "CAMEO.2.0.txt"


@dataclass(frozen=True, slots=True)
class Fact:
    """One generated rule: a verb (with particle or prep + noun) and its CAMEO code."""

    verb: str
    particle: str
    noun: str
    code: str
    target_after_prep: bool = False


def _word(token: str) -> str:
    """A dictionary word as text: 'SANCTIONS' → 'sanctions'; a trailing '_' only stops
    suffix matching in PETRARCH."""
    return token.rstrip("_").lower()


def nouns_of(element: str, synsets: dict[str, list[str]]) -> list[str]:
    """Single words an object element stands for; [] for multi-word phrases."""
    if element.startswith("&"):
        return [_word(w) for w in synsets.get(element, []) if "_" not in w.rstrip("_")]
    if element.startswith(("{", "(")) or not re.fullmatch(r"[A-Z][A-Z'\-]*_?", element):
        return []
    return [_word(element)]


def verbs_of(block: Block, particles: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """(lemma, particle, code) of the block's verbs; 'ASK_FOR' → ('ask', 'for')."""
    for name, _plus, raw_code in block.verbs:
        parts = [_word(p) for p in name.strip("_").split("_")]
        code = first_code(raw_code) or block.code
        if len(parts) == 1:
            yield parts[0], "", code
        elif len(parts) == 2 and parts[1] in particles:
            yield parts[0], parts[1], code


def pattern_facts(
    block: Block,
    synsets: dict[str, list[str]],
    particles: frozenset[str],
    intent_roots: frozenset[str] = frozenset(),
) -> Iterator[Fact]:
    """Facts from the block's patterns that a dependency coder can check."""
    lemmas = {lemma for lemma, particle, _ in verbs_of(block, particles) if not particle}
    for body, raw_code, origin in block.patterns:
        shape = _shape(body, synsets, particles)
        if shape is None:
            continue
        particle, nouns, after_prep = shape
        if "_" in origin.strip("_"):
            continue  # a multi-word verb's pattern ("SET_UP COMMITTEE"): not checkable here
        origin_lemma = _word(origin)
        targets = [origin_lemma] if origin_lemma in lemmas else sorted(lemmas)
        code = first_code(raw_code) if raw_code.strip() != "---" else "---"
        if code[:2] in intent_roots and block.code[:2] != code[:2]:
            continue
        for verb in targets:
            for noun in nouns:
                yield Fact(verb, particle, noun, code, after_prep)


def _shape(
    body: str, synsets: dict[str, list[str]], particles: frozenset[str]
) -> tuple[str, list[str], bool] | None:
    """(particle, nouns, target after the particle) of '* NOUN', '* (PREP NOUN)', '* (PREP)'."""
    if "*" not in body:
        return None
    before, after = body.split("*", 1)
    if any(t not in MARKERS for t in before.split()):
        return None
    elements = [e for e in ELEMENT.findall(after) if e not in MARKERS]
    if len(elements) != 1:
        return None
    element = elements[0]
    if not element.startswith("("):
        nouns = nouns_of(element, synsets)
        return ("", nouns, False) if nouns else None
    inner = [t for t in element[1:-1].split() if t not in ("$",)]
    after_prep = "+" in inner
    inner = [t for t in inner if t not in MARKERS]
    if not inner or _word(inner[0]) not in particles or len(inner) > 2:
        return None
    if len(inner) == 1:
        return _word(inner[0]), [""], after_prep
    nouns = nouns_of(inner[1], synsets)
    return (_word(inner[0]), nouns, after_prep) if nouns else None


def collect(text: str, policy: dict[str, Any]) -> tuple[list[Fact], list[Fact]]:
    """Verb facts and pattern facts of the whole dictionary."""
    particles = frozenset(policy["particles"])
    intent_roots = frozenset(policy.get("intent_roots") or ())
    synsets, blocks = read_dictionary(text)
    verbs: list[Fact] = []
    patterns: list[Fact] = []
    for block in blocks:
        for lemma, particle, code in verbs_of(block, particles):
            if code:
                verbs.append(Fact(lemma, particle, "", code))
        for fact in pattern_facts(block, synsets, particles, intent_roots):
            if fact.noun:
                patterns.append(fact)
            elif fact.code != "---":
                verbs.append(fact)
    return verbs, patterns


def choose(facts: list[Fact], key: Any) -> dict[Any, Fact]:
    """One fact per key: the most common PLOVER type wins; a tie between types drops the key."""
    grouped: dict[Any, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[key(fact)].append(fact)
    chosen: dict[Any, Fact] = {}
    for k, group in grouped.items():
        counts = Counter(plover_row(f.code)[0] for f in group).most_common()
        if len(counts) > 1 and counts[0][1] == counts[1][1]:
            continue
        chosen[k] = next(f for f in group if plover_row(f.code)[0] == counts[0][0])
    return chosen


@cache
def hand_verbs() -> dict[str, set[str]]:
    """Lemmas of verbs.tsv and the flags of their rules."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in _rows(DATA / "verbs.tsv"):
        cells = line.split("\t")
        found[cells[0]] |= set(cells[6].split(",")) if len(cells) > 6 else set()
    return found


@cache
def hand_particles() -> frozenset[tuple[str, str]]:
    """(lemma, particle or preposition) keys of verbs.tsv rows ('renege on', 'call for')."""
    keys = set()
    for line in _rows(DATA / "verbs.tsv"):
        cells = line.split("\t")
        if len(cells) > 1 and cells[1] != "-":
            keys.add((cells[0], cells[1]))
    return frozenset(keys)


def _flags(names: list[str], lemma: str, policy: dict[str, Any]) -> str:
    inherited = hand_verbs().get(lemma, set()) & set(policy["inherited_flags"])
    flags = [*names, *sorted(inherited - set(names))]
    return ",".join(flags) or "-"


def hand_patterns() -> set[tuple[str, str]]:
    keys = set()
    for line in _rows(DATA / "patterns.tsv"):
        verbs, nouns = line.split("\t")[:2]
        keys |= {(v, n) for v in verbs.split(",") for n in nouns.split(",")}
    return keys


def _rows(path: Path) -> list[str]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return lines[1:]


def verb_rows(facts: list[Fact], policy: dict[str, Any]) -> list[str]:
    """Rows of verbs_cameo.tsv; lemmas with hand rules and stoplisted bare verbs left out."""
    skip, stop = hand_verbs(), set(policy["bare_verb_stoplist"])
    specific_only = bool(policy.get("bare_verb_specific_codes"))
    rows = []
    chosen = choose(facts, lambda f: (f.verb, f.particle))
    for (lemma, particle), fact in sorted(chosen.items()):
        kind, mode = plover_row(fact.code)
        if kind == "-" or lemma in skip:
            continue
        if not particle and (lemma in stop or (specific_only and _generic(fact.code))):
            continue
        targets = _targets(kind, particle if fact.target_after_prep else "", policy)
        names = list(policy["verb_flags"])
        if kind == "CONSULT" and lemma in set(policy.get("official_verbs") or ()):
            names.append("official")  # a visit by a party, not private travel (round 15)
        flags = _flags(names, lemma, policy)
        rows.append("\t".join([lemma, particle or "-", kind, fact.code, mode, targets, flags]))
    return rows


def _generic(code: str) -> bool:
    """'060', '190': the root's own code, which the big synonym sets carry."""
    return len(code) == 3 and code.endswith("0")


def pattern_rows(facts: list[Fact], policy: dict[str, Any]) -> list[str]:
    """Rows of patterns_cameo.tsv; keys with hand patterns, and prepositional patterns of a verb
    whose hand rule names that preposition, left out; blockers kept."""
    skip, hand = hand_patterns(), hand_verbs()
    nouns_out = set(policy.get("pattern_noun_stoplist") or ())
    blocked = set(policy.get("pattern_blockers") or ())
    recoded = {str(k): str(v) for k, v in (policy.get("pattern_codes") or {}).items()}
    receiving = set(policy.get("receiving_verbs") or ())
    rows = []
    chosen = choose(facts, lambda f: (f.verb, f.particle, f.noun))
    for (verb, prep, noun), fact in sorted(chosen.items()):
        name = " ".join(w for w in (verb, prep, noun) if w)
        if name in recoded:
            fact = replace(fact, code=recoded[name])
        kind, mode = plover_row(fact.code)
        if name in blocked or (kind == "AID" and verb in receiving):
            kind, mode = "-", "-"
        if (not prep and (verb, noun) in skip) or (kind == "-" and verb in hand):
            continue
        if prep and (verb, prep) in hand_particles():
            continue  # a hand rule decides the verb with this preposition ('renege on')
        if noun in nouns_out:
            continue
        targets = "-" if kind == "-" else _targets(kind, "", policy)
        flags = "-" if kind == "-" else _flags(policy["pattern_flags"], verb, policy)
        code = fact.code if kind != "-" else "-"
        rows.append("\t".join([verb, prep or "-", noun, kind, code, mode, targets, flags]))
    return rows


def _targets(kind: str, first: str, policy: dict[str, Any]) -> str:
    order = list(policy["targets"][kind])
    if first:
        order = [first, *(t for t in order if t != first)]
    return ",".join(order)


def write(path: Path, comment: str, header: str, rows: list[str]) -> None:
    text = "\n".join([comment, header, *rows]) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rules to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=DEFAULT_DICT)
    parser.add_argument("--out-dir", type=Path, default=DATA)
    args = parser.parse_args()
    policy = yaml.safe_load((DATA / "verb_import.yaml").read_text("utf-8"))
    verbs, patterns = collect(args.dictionary.read_text("utf-8", errors="replace"), policy)
    note = "# generated by scripts/build_event_verbs.py from the PETRARCH-2 CAMEO verb dictionary"
    write(
        args.out_dir / "verbs_cameo.tsv",
        f"{note} (verb → CAMEO code facts); hand rules in verbs.tsv win",
        "lemma\tparticle\ttype\tcameo\tmode\ttargets\tflags",
        verb_rows(verbs, policy),
    )
    write(
        args.out_dir / "patterns_cameo.tsv",
        f"{note}; type '-': the construction is not an event (blocks generated verb rules)",
        "verb\tprep\tnoun\ttype\tcameo\tmode\ttargets\tflags",
        pattern_rows(patterns, policy),
    )


if __name__ == "__main__":
    main()
