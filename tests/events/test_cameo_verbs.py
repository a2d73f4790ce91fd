"""CAMEO verb rules: the import script on an invented dictionary, and the generated rules in use."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from event_helpers import code, triples

from crossroads.events.lexicon import lexicon
from crossroads.events.ontology import read_data

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_event_verbs.py"

# An invented dictionary in the TABARI/PETRARCH verb format (not taken from any real file).
DICTIONARY = """
####### SYNONYM SETS #######
&WEAPONRY
+CANNON
+LONG_BOW

####### VERB PATTERNS #######
---  SCOLD   [111]  ---
SCOLD
UPBRAID
REBUKE_GENTLY
+SCOLD_AT {SCOLDS_AT}
- * &WEAPONRY                [190]   # SCOLD
- * (FOR PEACE)              [020]   # UPBRAID
- * (AGAINST +)              [112]   # SCOLD
- &MILITARY * TROOPS         [150]   # SCOLD
- * COURT                    [---]   # SCOLD
- * ELECTIONS                [0341]  # SCOLD
- * COMMITTEE                [111]   # SET_UP
- * {BIG CANNON}             [190]   # SCOLD

---  BOOST   [060]  ---
BOOST
ENLARGE [061]
"""


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_event_verbs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def policy() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(read_data("verb_import.yaml"))
    return loaded


def built() -> tuple[list[list[str]], list[list[str]]]:
    build = script()
    verbs, patterns = build.collect(DICTIONARY, policy())
    verb_rows = [r.split("\t") for r in build.verb_rows(verbs, policy())]
    pattern_rows = [r.split("\t") for r in build.pattern_rows(patterns, policy())]
    return verb_rows, pattern_rows


def test_bare_verbs_keep_specific_codes_only() -> None:
    verbs, _ = built()
    keys = {(r[0], r[1], r[2], r[3]) for r in verbs}
    assert ("scold", "-", "ACCUSE", "111") in keys
    assert ("upbraid", "-", "ACCUSE", "111") in keys  # inherits the set's code
    assert ("scold", "at", "ACCUSE", "111") in keys  # SCOLD_AT: verb + particle
    assert ("enlarge", "-", "COOPERATE", "061") in keys
    assert not any(r[0] == "boost" for r in verbs)  # the root's generic 060
    assert not any(r[0] == "rebuke" for r in verbs)  # 'gently' is no particle


def test_preposition_patterns_become_particle_rules_with_their_recipient_first() -> None:
    verbs, _ = built()
    against = next(r for r in verbs if r[:2] == ["scold", "against"])
    assert against[3] == "112"
    assert against[5].split(",")[0] == "against"
    assert "needs_target" in against[6]


def test_object_and_prepositional_patterns() -> None:
    _, patterns = built()
    keys = {(r[0], r[1], r[2]): (r[3], r[4]) for r in patterns}
    assert keys[("scold", "-", "cannon")] == ("ASSAULT", "190")
    assert keys[("upbraid", "for", "peace")] == ("REQUEST", "020")
    assert keys[("scold", "-", "court")] == ("-", "-")  # a blocker: not an event


def test_patterns_the_coder_cannot_check_are_left_out() -> None:
    _, patterns = built()
    nouns = {r[2] for r in patterns}
    assert "troops" not in nouns  # a word before the verb
    assert "long_bow" not in nouns and "long" not in nouns  # multi-word synonym
    assert "committee" not in nouns  # pattern of a multi-word verb (SET_UP)
    assert not any(r[2] == "cannon" and r[0] == "upbraid" for r in patterns)  # origin: SCOLD


def test_intent_codes_only_in_intent_sets() -> None:
    _, patterns = built()
    assert not any(r[2] == "elections" for r in patterns)


def test_generated_rules_are_loaded_and_hand_rules_win() -> None:
    lex = lexicon()
    assert lex.cameo_verbs and lex.cameo_patterns
    assert all(rule.generated for rules in lex.cameo_verbs.values() for rule in rules)
    assert not set(lex.cameo_verbs) & set(lex.verbs)  # a lemma with hand rules keeps them


def test_generated_bare_verb_codes_an_event() -> None:
    assert triples(code("France castigated Italy over the vote.")) == {("ACCUSE", "FRA", "ITA")}


def test_generated_prepositional_pattern() -> None:
    assert triples(code("Pakistan appealed for peace in Afghanistan.")) == {
        ("REQUEST", "PAK", None)
    }


def test_generated_pattern_keeps_the_hand_verbs_symmetry() -> None:
    events = code("Chad and Niger agreed to a ceasefire.")
    assert triples(events) == {("AGREE", "TCD", "NER"), ("AGREE", "NER", "TCD")}


def test_generated_bare_verb_needs_a_recipient() -> None:
    assert code("France castigated the referee after the vote.") == []


def test_regression_held_elections_is_no_intention() -> None:
    # the dictionary's HOLD ELECTIONS [0341] once coded this as AGREE
    assert code("Japan held elections in July.") == []


def test_regression_trip_is_no_intention() -> None:
    # MAKE TRIP [036] (intent to meet) once coded this as AGREE
    assert code("Canada made a trip to Japan.") == []
