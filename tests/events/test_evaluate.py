"""The evaluator: matching rules on hand-built records, and floors on the public sets."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from crossroads.events.evaluate import (
    Gold,
    actor_heads,
    evaluate_events,
    gold_events,
    in_suite_terms,
    matches,
    score_record,
    suite_negation,
)
from crossroads.events.verb_dictionary import active_verb_dictionary
from crossroads.model import Actor, Event, Evidence

NORMALIZED = Path(__file__).resolve().parents[3] / "shared" / "data" / "events" / "normalized"


def event(kind: str, root: str, source: str, target: str | None) -> Event:
    return Event(
        type=kind,
        source=Actor(source, country=source),
        target=None if target is None else Actor(target, country=target),
        evidence=Evidence("x", 0, 1),
        cameo_root=root,
    )


def test_gold_codes_are_translated_to_plover() -> None:
    record = {"events": [{"source": "DAGGOV", "target": "---", "cameo": "1121"}]}
    assert list(gold_events(record)) == [Gold("ACCUSE", "11", "DAG", None)]
    old = {"events": [{"plover": "DEMAND", "actor": [{"code": "JAP"}], "recipient": []}]}
    assert list(gold_events(old)) == [Gold("REQUEST", "", "JPN", None)]


def test_match_by_type_or_root_and_countries() -> None:
    gold = Gold("COERCE", "16", "USA", "IRN")
    assert matches(event("SANCTION", "16", "USA", "IRN"), gold)
    assert not matches(event("SANCTION", "16", "USA", None), gold)
    assert not matches(event("ACCUSE", "11", "USA", "IRN"), gold)


def test_organisations_answer_to_the_cameo_code_of_their_kind() -> None:
    """An armed group is IMG in CAMEO, never IGO; a body of states is IGO."""
    assert actor_heads(Actor("al-Qaeda", org="ALQ", sector="REB")) == {"ALQ", "IMG"}
    assert actor_heads(Actor("NATO", org="NATO", sector="IGO")) == {"NAT", "IGO"}
    assert actor_heads(Actor("Amnesty International", org="AI", sector="NGO")) == {"AI", "NGO"}
    assert actor_heads(Actor("Hezbollah", country="LBN", sector="REB")) == {"LBN"}


def test_score_counts_each_gold_once() -> None:
    golds = [Gold("ACCUSE", "11", "RUS", "JPN")]
    events = [event("ACCUSE", "11", "RUS", "JPN"), event("ACCUSE", "11", "RUS", "JPN")]
    assert score_record(golds, events) == {"correct": 1, "missed": 0, "false_positives": 1}


def test_evaluate_a_small_file(tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "text": "Russia accused Japan of meddling.",
            "evaluate": True,
            "events": [{"source": "RUS", "target": "JPN", "cameo": "112"}],
        },
        {"id": "b", "text": "The weather was mild in Tokyo.", "evaluate": True, "events": []},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = evaluate_events(path)
    assert (report["correct"], report["missed"], report["false_positives"]) == (1, 0, 0)


def test_ud_petrarch_terms(tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "text": "Russia accused Japan of meddling.",
            "evaluate": True,
            "events": [
                {"source": "RUS", "target": "JPN", "cameo": "112"},
                {"source": "RUS", "target": "JPN", "cameo": "010"},
            ],
        },
        {"id": "b", "text": "The weather was mild in Tokyo.", "evaluate": True, "events": []},
        {"id": "c", "text": "Egypt condemned Israel.", "evaluate": True, "events": []},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = evaluate_events(path)
    # ours: 1 of 2 gold events; the 010 statement has no PLOVER type
    assert (report["correct"], report["missed"], report["false_positives"]) == (1, 1, 1)
    assert report["gold_without_plover"] == 1
    assert report["correct_rate_plover"] == 1.0
    # UD-PETRARCH: record b (nothing coded) is one correct item, record c one miss
    assert report["no_event_records"] == 2
    assert report["ud_correct_rate"] == round(2 / 4, 4)
    assert report["ud_false_positives_per_record"] == round(1 / 3, 4)


def test_evaluate_with_a_user_verb_dictionary(tmp_path: Path) -> None:
    """`verbs=` codes with the dictionary for this evaluation only, and says so."""
    records = [
        {
            "id": "a",
            "text": "Kenya serenaded Uganda on Monday.",
            "evaluate": True,
            "events": [{"source": "KEN", "target": "UGA", "cameo": "051"}],
        }
    ]
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(records[0]), encoding="utf-8")
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- SERENADE  [051] ---\nSERENADE\n", encoding="utf-8")
    plain = evaluate_events(path)
    assert (plain["correct"], plain["verb_dictionaries"]) == (0, "none (built-in rules)")
    report = evaluate_events(path, verbs=[verbs])
    assert (report["correct"], report["false_positives"]) == (1, 0)
    assert report["verb_dictionaries"] == str(verbs)
    assert active_verb_dictionary() is None
    discards = tmp_path / "discards.txt"
    discards.write_text("serenaded\n", encoding="utf-8")
    dropped = evaluate_events(path, verbs=[verbs], discards=[discards])
    assert (dropped["correct"], dropped["discard_lists"]) == (0, str(discards))


# An invented ontology in the suite's format: CODE:HEX-EXPRESSION#comments
ONTOLOGY = """# comment line
050:0x0080#DiplomaticCoop
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
120:-0xFFFF#Reject
121:-0xFFFF+0x0070
070:0x0070
112:0x7002
"""


def test_suite_negation_reads_the_ontology(tmp_path: Path) -> None:
    """A negated base code is the code whose value is 0xFFFF less; only the first field counts,
    and a code with no such partner (112, 050) is not listed."""
    (tmp_path / "Invented_Coding_Ontology.txt").write_text(ONTOLOGY, encoding="utf-8")
    assert suite_negation(tmp_path) == {"11": "050", "07": "121"}
    assert suite_negation(None) == {}
    assert suite_negation(tmp_path / "absent") == {}


def test_negated_events_are_scored_as_the_suite_codes_them() -> None:
    negation = {"11": "050"}
    clash = replace(event("ACCUSE", "11", "BRA", "ARG"), negated=True)
    recoded = in_suite_terms([clash, event("ACCUSE", "11", "BRA", "CHL")], negation)
    assert [(e.type, e.cameo_root, e.negated) for e in recoded] == [
        ("SUPPORT", "05", False),
        ("ACCUSE", "11", False),
    ]
    gold = [Gold("SUPPORT", "05", "BRA", "ARG")]
    assert score_record(gold, recoded[:1])["correct"] == 1
    assert score_record(gold, [clash])["correct"] == 0
    assert in_suite_terms([clash], {}) == [clash]


def test_evaluate_reports_both_negation_conventions(tmp_path: Path) -> None:
    """Where the set ships its ontology, 'did not criticize' matches the suite's 050; the
    as_coded figures keep the negated ACCUSE as a false positive."""
    folder = tmp_path / "events"
    (folder / "normalized").mkdir(parents=True)
    (folder / "invented").mkdir()
    (folder / "invented" / "Invented_Coding_Ontology.txt").write_text(ONTOLOGY, encoding="utf-8")
    record = {
        "dataset": "invented",
        "id": "a",
        "text": "Brazil did not criticize Argentina.",
        "evaluate": True,
        "events": [{"source": "BRA", "target": "ARG", "cameo": "050"}],
    }
    path = folder / "normalized" / "invented.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    report = evaluate_events(path)
    assert (report["correct"], report["false_positives"], report["negated_recoded"]) == (1, 0, 1)
    assert (report["as_coded_correct"], report["as_coded_false_positives"]) == (0, 1)
    assert report["asserted_false_positives"] == 0


def shared_set(name: str) -> Path:
    path = NORMALIZED / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is absent)")
    return path


@pytest.mark.shared
def test_udpetrarch_validate_floor() -> None:
    report = evaluate_events(shared_set("udpetrarch_validate"))
    assert report["correct_rate"] >= 0.39
    assert report["false_positive_rate"] <= 0.24


@pytest.mark.shared
def test_plover_gsr_floor() -> None:
    report = evaluate_events(shared_set("plover_gsr"))
    assert report["type_accuracy_when_coded"] >= 0.83
    assert report["type_accuracy"] >= 0.57


def test_set_dictionaries_are_read_without_leaving_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TABARI dictionaries of a set become a gazetteer through a TSV that is then deleted."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    actors = tmp_path / "actors.txt"
    actors.write_text("ERIADOR [ERI]\n", encoding="utf-8")
    record = {
        "id": "a",
        "text": "Eriador accused Kenya of spying on Monday.",
        "events": [{"source": "ERI", "target": "KEN", "cameo": "112"}],
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    report = evaluate_events(path, actors=[actors])
    assert report["correct"] == 1
    assert list(scratch.iterdir()) == []
