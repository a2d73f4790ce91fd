"""`crossroads eval events --data FILE.jsonl`: score the coder on the public event sets.

Scoring follows UD-PETRARCH's validation terms. For each record, each gold event is *correct*
when a coded event matches it, else *missed*; a coded event that matches no gold event is a
*false positive* (every coded event of a record that expects none is one). A coded event
matches a gold event when

- its PLOVER type equals the gold CAMEO code's PLOVER type (data/cameo_plover.tsv, generated
  from the 2021 CAMEO→PLOVER table), or its CAMEO root equals the gold code's root; and
- its source's country (or organisation, or the CAMEO code of its kind of organisation: IGO,
  NGO, IMG for armed groups, MNC for companies) equals the first three letters of the gold
  source code; and
- the same holds for the target, a gold null target (`---`) matching only a coded null target.

Each gold event is matched at most once, by a distinct coded event. Records flagged
`evaluate: false` are skipped.

crossroads keeps a negated act under its own type, flagged ("did not clash" is ACCUSE,
negated). UD-PETRARCH codes it as another act: its PETRgraph.py subtracts 0xFFFF from the
verb's value in the set's Internal Coding Ontology and keeps the code with exactly that value
(a negated 110 DISAPPROVE is 050 DIPLOMATIC COOPERATION, a negated 170 COERCE is 057), else
no clean code. Where the set ships that ontology file, a negated event is scored as the
suite would code it, by its CAMEO root's base code (the level crossroads keeps): "did not
clash" as SUPPORT 050. A negated event whose base code has no such partner is scored under
its own type, as before. The `as_coded_*` figures score every negated event under its own type
instead, and the `asserted_*` figures count false positives among the events not flagged
`negated`, as a user who reads only what the text says happened sees them.

UD-PETRARCH's own summary (its validation.py) differs in two counts, which the report gives as
`ud_*` figures next to ours: a record that expects no event counts as one expected item, correct
when nothing is coded (else one miss), so `ud_correct_rate` = (correct + no-event records left
uncoded) / (gold events + no-event records); and its "FP" is extra events per record
(`ud_false_positives_per_record`), not per coded event. Gold events whose code has no PLOVER
type (CAMEO 01 statements, the suites' internal codes such as 222, 345, 802, 915) can only be
matched through the CAMEO root, which crossroads never emits for them; they stay in every
denominator and are counted in `gold_without_plover`, and `correct_rate_plover` gives the rate
over the others. For the PLOVER GSR (one gold event per record, old names
DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT; INVESTIGATE has no 2021 type and is not
scored) the report adds event-type accuracy: the type of the most confident coded event against
the gold type, a record without events counting as wrong.

The fictional actors of the PETRARCH sets (Arnor, Gondor …) come from the set's own TABARI
dictionaries (`*actors*.txt`, `*agents*.txt` next to the set, or `actors=`), imported through
the actors layer exactly as `crossroads actors import-tabari` does. Their verbs come from the
built-in rules unless `--verbs FILE` names a verb dictionary (the set's own
`*verbs*.txt`, as UD-PETRARCH's published figures use it): the report names it.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from crossroads.events.arguments import ActorFinder
from crossroads.events.coder import code_events
from crossroads.events.ontology import plover_of_cameo, read_tsv
from crossroads.events.verb_dictionary import load_verb_dictionary, using_verb_dictionary
from crossroads.model import Actor, Event

OLD_PLOVER_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
UNSCORED_PLOVER = frozenset({"INVESTIGATE"})
NULL_CODES = frozenset({"", "---"})


@dataclass(frozen=True, slots=True)
class Gold:
    """One expected event: PLOVER type (or None when the code has none), CAMEO root, heads."""

    type: str | None
    root: str
    source: str
    target: str | None


def evaluate_events(
    path: Path,
    *,
    actors: Sequence[Path] | None = None,
    verbs: Sequence[Path] = (),
    discards: Sequence[Path] = (),
    limit: int | None = None,
) -> dict[str, Any]:
    """Score the coder on one normalized JSONL set; see the module docstring for the rules.
    `verbs`, `discards`: user verb dictionaries and discard lists to code with (the built-in
    rules alone when empty)."""
    records = [r for r in _read(path) if r.get("evaluate", True)][:limit]
    dictionaries = list(actors) if actors is not None else dictionaries_for(path, records)
    finder_for = make_finder(dictionaries)
    user = load_verb_dictionary(verbs, discards=discards) if verbs or discards else None
    negation = suite_negation(_set_folder(path, records))
    with using_verb_dictionary(user):
        report = _score(path, records, finder_for, dictionaries, negation)
    report["verb_dictionaries"] = ", ".join(str(p) for p in verbs) or "none (built-in rules)"
    report["discard_lists"] = ", ".join(str(p) for p in discards) or "none"
    return report


def _score(
    path: Path,
    records: Sequence[dict[str, Any]],
    finder_for: Any,
    dictionaries: Sequence[Path],
    negation: dict[str, str],
) -> dict[str, Any]:
    totals: Counter[str] = Counter()
    per_record: list[dict[str, Any]] = []
    type_hits: list[bool] = []
    for record, events in zip(records, _code_all(records, finder_for), strict=True):
        golds = list(gold_events(record))
        scored = score_record(golds, in_suite_terms(events, negation))
        totals.update({k: scored[k] for k in ("correct", "missed", "false_positives")})
        as_coded = score_record(golds, events)
        totals.update({f"as_coded_{k}": as_coded[k] for k in ("correct", "false_positives")})
        totals["negated_recoded"] += sum(_recoded(e, negation) for e in events)
        asserted = [e for e in events if not e.negated]
        totals["asserted_coded"] += len(asserted)
        totals["asserted_false_positives"] += score_record(golds, asserted)["false_positives"]
        totals["gold"] += len(golds)
        totals["coded"] += len(events)
        totals["gold_without_plover"] += sum(g.type is None for g in golds)
        if not golds:
            totals["no_event_records"] += 1
            totals["no_event_records_uncoded"] += not events
        per_record.append({"id": record.get("id"), **scored})
        if record.get("dataset") == "plover_gsr" and golds and golds[0].type:
            type_hits.append(_top_type(events) == golds[0].type)
            if events:
                totals["type_coded"] += 1
                totals["type_coded_hits"] += _top_type(events) == golds[0].type
    return _report(path, totals, per_record, type_hits, dictionaries)


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _set_folder(path: Path, records: Sequence[dict[str, Any]]) -> Path | None:
    """`<events>/<dataset>/`, the folder of the set's own files, when there is one."""
    dataset = next((r.get("dataset") for r in records if r.get("dataset")), None)
    folder = path.resolve().parent.parent / str(dataset)
    return folder if dataset is not None and folder.is_dir() else None


def dictionaries_for(path: Path, records: Sequence[dict[str, Any]]) -> list[Path]:
    """The set's own TABARI dictionaries: `<events>/<dataset>/*actors*.txt` and agents."""
    folder = _set_folder(path, records)
    if folder is None:
        return []
    return sorted(folder.glob("*actors*.txt")) + sorted(folder.glob("*agents*.txt"))


def suite_negation(folder: Path | None) -> dict[str, str]:
    """CAMEO root → the code UD-PETRARCH gives the root's negated base code, read from the set's
    Internal Coding Ontology (`*Coding*Ontology*.txt`): lines `CODE:HEXPR#comment`, where HEXPR
    adds and subtracts hex terms; negating subtracts 0xFFFF and keeps the code with exactly
    that value ({'11': '050', '17': '057', '01': '011', …}). Empty without the file."""
    files = sorted(folder.glob("*Coding*Ontology*.txt")) if folder is not None else []
    values: dict[str, int] = {}
    for file in files:
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            code, colon, expression = line.split("#", 1)[0].partition(":")
            if colon and code.strip().isdigit() and expression.strip():
                values[code.strip()] = _hex_sum(expression)
    code_of: dict[int, str] = {}
    for code in sorted(values):
        code_of.setdefault(values[code], code)
    return {
        code[:2]: code_of[values[code] - 0xFFFF]
        for code in values
        if len(code) == 3 and code.endswith("0") and values[code] - 0xFFFF in code_of
    }


def _hex_sum(expression: str) -> int:
    """'-0xFFFF+0x0070' → -65423."""
    terms = re.findall(r"([+-]?)\s*(0x[0-9a-fA-F]+)", expression)
    return sum(int(digits, 16) * (-1 if sign == "-" else 1) for sign, digits in terms)


def in_suite_terms(events: Sequence[Event], negation: dict[str, str]) -> list[Event]:
    """Each negated event as the suite codes a negated verb (see `suite_negation`)."""
    return [
        _as_suite_codes(e, negation[e.cameo_root]) if _recoded(e, negation) else e for e in events
    ]


def _recoded(event: Event, negation: dict[str, str]) -> bool:
    return event.negated and event.cameo_root in negation


def _as_suite_codes(event: Event, code: str) -> Event:
    return replace(event, type=plover_of_cameo(code) or "", cameo_root=code[:2], negated=False)


def make_finder(dictionaries: Sequence[Path]) -> Any:
    """A function date → ActorFinder over the built-in gazetteer plus the set's dictionaries."""
    from crossroads.actors import find_actors

    gazetteer = _tabari_gazetteer(dictionaries) if dictionaries else None

    def finder_for(date: str | None) -> ActorFinder:
        return lambda text: find_actors(text, date=date, gazetteer=gazetteer)

    return finder_for


def _tabari_gazetteer(dictionaries: Sequence[Path]) -> Any:
    """The gazetteer with the set's TABARI dictionaries, read through a TSV deleted after."""
    from crossroads.actors.user import load_gazetteer

    with tempfile.TemporaryDirectory(prefix="crossroads-eval-") as folder:
        return load_gazetteer([_import_tabari(dictionaries, Path(folder))])


def _import_tabari(dictionaries: Sequence[Path], folder: Path) -> Path:
    """Convert TABARI actors/agents files into one user dictionary (a TSV in folder)."""
    from crossroads.actors.tabari import agent_rows, convert, write_tsv

    actors = [p for p in dictionaries if "agents" not in p.name.lower()]
    agents = [p for p in dictionaries if "agents" in p.name.lower()]
    rows = [row for p in actors for row in convert(p)]
    for path in agents:
        rows.extend(agent_rows(path.read_text(encoding="utf-8", errors="replace")))
    out = folder / "tabari.tsv"
    write_tsv(rows, out)
    return out


def _code_all(records: Sequence[dict[str, Any]], finder_for: Any) -> Iterator[list[Event]]:
    """Parse in batches, then attribution and events per record, as the pipeline does."""
    from crossroads.attribution import extract_statements
    from crossroads.nlp import parse_texts

    docs = parse_texts(str(r.get("text", "")) for r in records)
    for record, doc in zip(records, docs, strict=True):
        published = _iso_date(record.get("date"))
        statements = extract_statements(doc, published=published)
        yield code_events(doc, statements, published=published, finder=finder_for(published))


def _iso_date(value: Any) -> str | None:
    text = str(value or "")
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 and text.isdigit() else None


def gold_events(record: dict[str, Any]) -> Iterator[Gold]:
    """Gold events of a record in either normalized shape (CAMEO triples or PLOVER GSR)."""
    for event in record.get("events") or ():
        if "cameo" in event:
            code = str(event["cameo"])
            yield Gold(
                plover_of_cameo(code),
                code[:2],
                _head(event["source"]),
                _head_or_none(event.get("target")),
            )
        else:
            yield from _plover_golds(event)


def _plover_golds(event: dict[str, Any]) -> Iterator[Gold]:
    name = str(event.get("plover", ""))
    kind = None if name in UNSCORED_PLOVER else OLD_PLOVER_NAMES.get(name, name)
    targets: list[str | None] = [_head(a["code"]) for a in event.get("recipient") or ()]
    for actor in event.get("actor") or ():
        for target in targets or [None]:
            yield Gold(kind, "", _head(actor["code"]), target)


def _head(code: Any) -> str:
    head = str(code or "")[:3].upper()
    return _legacy_codes().get(head, head)


def _head_or_none(code: Any) -> str | None:
    return None if str(code or "").strip() in NULL_CODES else _head(code)


_LEGACY: dict[str, str] = {}


def _legacy_codes() -> dict[str, str]:
    if not _LEGACY:
        _LEGACY.update({r["cameo"]: r["iso"] for r in read_tsv("cameo_countries.tsv")})
    return _LEGACY


# The CAMEO code a transnational organisation answers to, by its sector: armed groups such as
# al-Qaeda are IMG (international militarized group), companies MNC, the rest IGO or NGO.
TRANSNATIONAL_HEADS = {"IGO": "IGO", "NGO": "NGO", "REB": "IMG", "IMG": "IMG", "BUS": "MNC"}


def actor_heads(actor: Actor | None) -> set[str | None]:
    """The codes an actor answers to: its country, else its organisation and the CAMEO code of
    its kind of organisation (IGO, NGO, IMG, MNC)."""
    if actor is None:
        return {None}
    heads: set[str | None] = {actor.country} if actor.country else set()
    if actor.org:
        heads |= {actor.org.upper()[:3], TRANSNATIONAL_HEADS.get(actor.sector or "IGO", "IGO")}
    if actor.sector in ("IGO", "NGO") and not actor.country:
        heads.add(actor.sector)
    return heads


def matches(event: Event, gold: Gold) -> bool:
    same_kind = event.type == gold.type or (bool(gold.root) and event.cameo_root == gold.root)
    return (
        same_kind
        and gold.source in actor_heads(event.source)
        and gold.target in actor_heads(event.target)
    )


def score_record(golds: Sequence[Gold], events: Sequence[Event]) -> dict[str, int]:
    """Correct / missed / false positives of one record (greedy one-to-one matching)."""
    unused = list(events)
    correct = 0
    for gold in golds:
        hit = next((e for e in unused if matches(e, gold)), None)
        if hit is not None:
            unused.remove(hit)
            correct += 1
    return {"correct": correct, "missed": len(golds) - correct, "false_positives": len(unused)}


def _top_type(events: Sequence[Event]) -> str | None:
    if not events:
        return None
    return max(events, key=lambda e: e.confidence).type


def _report(
    path: Path,
    totals: Counter[str],
    per_record: list[dict[str, Any]],
    type_hits: list[bool],
    dictionaries: Sequence[Path],
) -> dict[str, Any]:
    gold, coded = totals["gold"], totals["coded"]
    report: dict[str, Any] = {
        "data": str(path),
        "records": len(per_record),
        "gold_events": gold,
        "coded_events": coded,
        "correct": totals["correct"],
        "missed": totals["missed"],
        "false_positives": totals["false_positives"],
        "correct_rate": _ratio(totals["correct"], gold),
        "missed_rate": _ratio(totals["missed"], gold),
        "false_positive_rate": _ratio(totals["false_positives"], coded),
        "false_positives_per_gold": _ratio(totals["false_positives"], gold),
        "negated_recoded": totals["negated_recoded"],
        "as_coded_correct": totals["as_coded_correct"],
        "as_coded_false_positives": totals["as_coded_false_positives"],
        "as_coded_false_positives_per_record": _ratio(
            totals["as_coded_false_positives"], len(per_record)
        ),
        "asserted_coded_events": totals["asserted_coded"],
        "asserted_false_positives": totals["asserted_false_positives"],
        "asserted_false_positive_rate": _ratio(
            totals["asserted_false_positives"], totals["asserted_coded"]
        ),
        "gold_without_plover": totals["gold_without_plover"],
        "correct_rate_plover": _ratio(totals["correct"], gold - totals["gold_without_plover"]),
        **_ud_terms(totals, len(per_record)),
        "dictionaries": [str(p) for p in dictionaries],
        "per_record": per_record,
    }
    if type_hits:
        report["type_accuracy"] = _ratio(sum(type_hits), len(type_hits))
        report["type_scored_records"] = len(type_hits)
        report["type_accuracy_when_coded"] = _ratio(totals["type_coded_hits"], totals["type_coded"])
        report["type_coded_records"] = totals["type_coded"]
    return report


def _ud_terms(totals: Counter[str], records: int) -> dict[str, Any]:
    """UD-PETRARCH's summary terms: a no-event record is one item, FP is per record."""
    items = totals["gold"] + totals["no_event_records"]
    return {
        "no_event_records": totals["no_event_records"],
        "ud_correct_rate": _ratio(totals["correct"] + totals["no_event_records_uncoded"], items),
        "ud_false_positives_per_record": _ratio(totals["false_positives"], records),
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
