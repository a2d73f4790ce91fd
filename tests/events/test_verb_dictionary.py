"""User verb dictionaries (`--verbs`): the TABARI/PETRARCH format read, matched on the parse
and coded over the built-in rules.

The dictionary text is written here (a made-up dictionary in the format); every sentence is
invented, with real countries.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from event_helpers import code, triples

from crossroads.events.discards import read_discards
from crossroads.events.verb_dictionary import (
    VerbDictionaryError,
    load_verb_dictionary,
    parse_verb_dictionary,
    use_verb_dictionary,
)
from crossroads.nlp import load_nlp

DICTIONARY = """\
# A small dictionary in the PETRARCH format, for these tests.
####### SYNONYM SETS #######
&MONEY
+KRONER
+EUROS
+&COINS

&COINS
+DUCATS

####### VERB PATTERNS #######
--- SERENADE  [051] ---
SERENADE
- LOUDLY *  [111]

--- CONTRIBUTE  [---] ---
CONTRIBUTE
- * &MONEY (TO +)  [071]

--- IMPOSE  [---] ---
IMPOSE
- * SANCTIONS  [---]

--- ACCUSE  [010] ---
ACCUSE

--- SHUN  [120] ---
SHUN
- * {TRADE TALKS}  [125]

--- WALL_OFF  [1721] ---
WALL_OFF
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }

--- WELCOME  [050] ---
WELCOME

--- CAUTION  [130] ---
CAUTION
- * THEIR ^ ABOUT +  [130]

--- PROCURE  [---] ---
PROCURE
- + * &MONEY $  [071]

--- HAIL  [051] ---
HAIL
- * LETTERS (ON &MONEY) (FROM)  [111]

--- SHELVE  [014] ---
SHELVE
- % *  [120]

--- MUSE  [---] ---
MUSE
- * {FAIR POINT}  [080]

--- SPURN  [120] ---
SPURN
- * {FRIENDLY TIES}  [111]

--- EXTEND  [---] ---
EXTEND
- * CREDIT (TO)  [073]

--- LIBERATE  [---] ---
LIBERATE
- + * (FROM $)  [080]

--- PLEDGE  [---] ---
PLEDGE
- * WAR  [190]

--- TOUR  [042:043] ---
TOUR
- * QUIETLY  [042]

--- SALUTE  [051] ---
SALUTE
CRITICIZE  [---]
WIRE_+TAP
- * &UNDEFINED  [190]
- * WARMLY  [120]
- * WARMLY (FOR COURAGE)  [111]
- * PUBLICLY  [111]
- * PUBLICLY  [120]
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    use_verb_dictionary(load_verb_dictionary([path]))
    yield path
    use_verb_dictionary(None)


def test_blocks_verbs_and_particles_are_read() -> None:
    verbs = parse_verb_dictionary(DICTIONARY, source="test")
    assert {"serenade", "contribute", "impose", "accuse", "shun", "wall"} <= set(verbs)
    assert verbs["wall"][0].particle == "off"
    serenade = verbs["serenade"][0]
    assert serenade.rule is not None and serenade.rule.type == "SUPPORT"
    assert [p.before for p in serenade.patterns] == [(frozenset({"loudly"}),)]


def test_a_nested_synonym_set_is_expanded() -> None:
    contribute = parse_verb_dictionary(DICTIONARY, source="test")["contribute"][0]
    money = contribute.patterns[0].after[0]
    assert money == frozenset({"kroner", "euros", "ducats"})


def test_a_verb_the_built_in_rules_do_not_know_codes_its_dictionary_type(
    dictionary: Path,
) -> None:
    text = "Kenya serenaded Uganda on Monday."
    assert ("SUPPORT", "KEN", "UGA") in triples(code(text))
    use_verb_dictionary(None)
    assert triples(code(text)) == set()


def test_a_word_before_the_verb_selects_its_pattern(dictionary: Path) -> None:
    events = code("Kenya loudly serenaded Uganda on Monday.")
    assert {(e.type, e.cameo_root) for e in events} == {("ACCUSE", "11")}


@pytest.mark.parametrize(
    ("text", "cameo_root"),
    [
        ("Kenya loudly tried to serenade Uganda on Monday.", "11"),
        ("Kenya loudly said it had serenaded Uganda on Monday.", "05"),
    ],
)
def test_a_word_before_the_verb_is_read_in_the_verbs_clause(
    dictionary: Path, text: str, cameo_root: str
) -> None:
    """A complement without a subject of its own is in its governor's clause; a complement
    clause with one ('it had serenaded') is a clause of its own."""
    assert {e.cameo_root for e in code(text)} == {cameo_root}


def test_a_pattern_with_a_synonym_set_codes_the_dictionary_act_not_an_intention(
    dictionary: Path,
) -> None:
    """CAMEO dictionaries code an announced act as the act: the type is kept, the modality is
    flagged (PLOVER's built-in reading would make 'will contribute' an AGREE)."""
    events = code("Norway will contribute a million ducats to Kenya.")
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [
        ("AID", "NOR", "KEN")
    ]
    assert events[0].hypothetical


def test_a_verb_without_its_pattern_and_no_event_code_codes_nothing(dictionary: Path) -> None:
    assert triples(code("Norway will contribute troops to Kenya.")) == set()


def test_a_no_event_pattern_overrides_the_built_in_rules(dictionary: Path) -> None:
    text = "Kenya imposed sanctions on Uganda on Monday."
    assert triples(code(text)) == set()
    use_verb_dictionary(None)
    assert ("SANCTION", "KEN", "UGA") in triples(code(text))


def test_a_code_with_no_plover_type_leaves_the_verb_to_the_built_in_rules(
    dictionary: Path,
) -> None:
    assert ("ACCUSE", "KEN", "UGA") in triples(code("Kenya accused Uganda of arming rebels."))


def test_a_multi_word_noun_pattern(dictionary: Path) -> None:
    events = code("Kenya shunned new trade talks with Uganda.")
    assert {(e.type, e.cameo_root) for e in events} == {("REJECT", "12")}
    plain = code("Kenya shunned Uganda.")
    assert {(e.type, e.cameo_root) for e in plain} == {("REJECT", "12")}


def test_the_words_of_a_noun_phrase_pattern_need_not_touch(dictionary: Path) -> None:
    events = code("Kenya spurned friendly military ties with Uganda.")
    assert {(e.type, e.cameo_root) for e in events} == {("ACCUSE", "11")}


def test_the_words_of_a_noun_phrase_pattern_must_be_one_phrase(dictionary: Path) -> None:
    """'friendly gestures and trade ties' names friendly gestures, not friendly ties."""
    events = code("Kenya spurned friendly gestures and trade ties with Uganda.")
    assert {(e.type, e.cameo_root) for e in events} == {("REJECT", "12")}


def test_a_prepositional_phrase_opens_with_a_preposition_not_an_infinitive(
    dictionary: Path,
) -> None:
    verbs = load_verb_dictionary([dictionary])
    for text, kind in [("extended credit to Kenya", "AID"), ("extended credit to help Kenya", "-")]:
        extended = load_nlp()(f"Norway {text} on Monday.")[1]
        rule = verbs.match(extended, extended.lemma_).rule
        assert rule is not None and rule.type == kind  # '-': the block's code, no event


def test_a_particle_verb_needs_its_particle(dictionary: Path) -> None:
    assert ("COERCE", "KEN", "SOM") in triples(code("Kenya walled off Somalia on Monday."))
    assert triples(code("Kenya walled Somalia on Monday.")) == set()


def test_a_file_with_no_verb_block_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text("KENYA [KEN]\nUGANDA [UGA]\n", encoding="utf-8")
    with pytest.raises(VerbDictionaryError, match="no verb block"):
        load_verb_dictionary([path])


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VerbDictionaryError, match=r"missing\.txt"):
        load_verb_dictionary([tmp_path / "missing.txt"])


def test_the_recipient_is_the_first_slot_that_names_an_actor(dictionary: Path) -> None:
    """'on kroner' names no actor: the recipient is after 'from', as PETRARCH takes
    the first actor after the verb."""
    events = code("Kenya hailed letters on kroner from Uganda on Monday.")
    assert {(e.type, e.source.country, e.target and e.target.country) for e in events} == {
        ("ACCUSE", "KEN", "UGA")
    }


def test_a_compound_subject_pattern_codes_a_joint_act(dictionary: Path) -> None:
    """'% *': the members of a compound subject act on each other."""
    events = code("Kenya and Uganda shelved their meeting on Monday.")
    assert triples(events) == {("REJECT", "KEN", "UGA"), ("REJECT", "UGA", "KEN")}


def test_the_subject_of_a_complement_clause_is_a_recipient(dictionary: Path) -> None:
    events = code("Kenya mused that Uganda had made a fair point.")
    assert ("CONCEDE", "KEN", "UGA") in triples(events)


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.cameo_root) for e in code(text)}


def test_the_pattern_naming_more_words_wins(dictionary: Path) -> None:
    assert kinds("Kenya saluted Uganda warmly.") == {("REJECT", "12")}
    assert kinds("Kenya saluted Uganda warmly for its courage.") == {("ACCUSE", "11")}


def test_of_two_patterns_naming_as_many_words_the_first_in_the_file_wins(
    dictionary: Path,
) -> None:
    assert kinds("Kenya saluted Uganda publicly.") == {("ACCUSE", "11")}


def test_a_pattern_with_an_undefined_set_matches_nothing(dictionary: Path) -> None:
    assert kinds("Kenya saluted Uganda on Monday.") == {("SUPPORT", "05")}


def test_a_verb_coded_no_event_in_a_block_with_a_code_is_no_event(dictionary: Path) -> None:
    text = "Kenya criticized Uganda on Monday."
    assert code(text) == []
    use_verb_dictionary(None)
    assert ("ACCUSE", "11") in kinds(text)


def test_a_multi_word_verb_with_its_head_last_is_not_read_as_its_first_word(
    dictionary: Path,
) -> None:
    assert code("Kenya wired Uganda on Monday.") == []


def test_a_compound_subject_pattern_needs_a_compound_subject(dictionary: Path) -> None:
    assert code("Kenya shelved its talks with Uganda.") == []


def test_a_dictionary_verb_takes_a_pronoun_recipient(dictionary: Path) -> None:
    text = "Ugandan officials arrived in Nairobi on Monday. Kenya saluted them."
    assert ("SUPPORT", "KEN", "UGA") in triples(code(text))


def test_a_later_file_replaces_an_earlier_file_s_verb(dictionary: Path, tmp_path: Path) -> None:
    later = tmp_path / "later.txt"
    later.write_text("--- SALUTE  [190] ---\nSALUTE\n", encoding="utf-8")
    use_verb_dictionary(load_verb_dictionary([dictionary, later]))
    assert kinds("Kenya saluted Uganda on Monday.") == {("ASSAULT", "19")}


DISCARDS = """\
# A discard list in the PETRARCH format, for these tests.
+Nations Cup   # the whole story
BASEBALL
"""


@pytest.fixture
def discards(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "discards.txt"
    path.write_text(DISCARDS, encoding="utf-8")
    use_verb_dictionary(load_verb_dictionary([], discards=[path]))
    yield path
    use_verb_dictionary(None)


def test_a_discard_list_is_read_as_story_and_sentence_phrases() -> None:
    assert read_discards(DISCARDS) == (["Nations Cup"], ["BASEBALL"])


def test_a_story_phrase_discards_the_whole_story(discards: Path) -> None:
    text = "Kenya accused Uganda of arming rebels. The Nations  cup final is on Sunday."
    assert code(text) == []
    use_verb_dictionary(None)
    assert ("ACCUSE", "KEN", "UGA") in triples(code(text))


def test_a_sentence_phrase_discards_its_sentence_only(discards: Path) -> None:
    text = "Kenya accused Uganda of arming rebels. Kenya praised Uganda's baseball team."
    assert triples(code(text)) == {("ACCUSE", "KEN", "UGA")}


def test_a_phrase_matches_whole_words_only(discards: Path) -> None:
    assert ("ACCUSE", "KEN", "UGA") in triples(code("Kenya accused Uganda of baseballing."))


def test_a_discard_list_with_no_phrase_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "discards.txt"
    path.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(VerbDictionaryError, match="no discard phrase"):
        load_verb_dictionary([], discards=[path])


def test_a_discard_phrase_with_dots_matches_literally(tmp_path: Path) -> None:
    path = tmp_path / "discards.txt"
    path.write_text("+U.S. Open\n", encoding="utf-8")
    lists = load_verb_dictionary([], discards=[path]).discards
    assert lists.discards_story("She reached the U.S.  open final on Sunday.")
    assert not lists.discards_story("She reached the USA Open final on Sunday.")


def test_a_paired_code_codes_the_recipients_act_back(dictionary: Path) -> None:
    """'[042:043]': a visit, and the visited party hosting the visitor."""
    events = code("Kenya toured Uganda on Monday.")
    assert {(e.type, e.source.country, e.target and e.target.country, e.mode) for e in events} == {
        ("CONSULT", "KEN", "UGA", "visit"),
        ("CONSULT", "UGA", "KEN", "visit"),
    }
    assert {e.cameo_root for e in events} == {"04"}


def test_a_pattern_without_a_pair_codes_one_direction(dictionary: Path) -> None:
    assert triples(code("Kenya toured Uganda quietly on Monday.")) == {("CONSULT", "KEN", "UGA")}


def test_the_act_back_keeps_the_acts_modality(dictionary: Path) -> None:
    events = code("Kenya will tour Uganda next week.")
    assert triples(events) == {("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")}
    assert all(e.hypothetical for e in events)


def test_the_forms_written_after_a_verb_are_matched(dictionary: Path) -> None:
    """The parser lemmatizes 'cordoned' as 'cordone': the form the dictionary writes finds it."""
    verbs = parse_verb_dictionary(DICTIONARY, source="test")
    assert verbs["cordoned"][0].particle == "off"
    assert ("COERCE", "KEN", "SOM") in triples(code("Kenya cordoned off Somalia on Monday."))


def test_with_no_slot_naming_an_actor_the_first_actor_after_the_verb_is_the_recipient(
    dictionary: Path,
) -> None:
    """As PETRARCH reads it: the first actor in the verb's phrase, however deep."""
    events = code("Kenyan troops walled off the roads leading into Somalia.")
    assert triples(events) == {("COERCE", "KEN", "SOM")}


def test_the_first_actor_after_the_verb_is_not_taken_from_another_clause(
    dictionary: Path,
) -> None:
    assert triples(code("Kenyan troops walled off the roads, officials in Somalia said.")) == set()


def test_a_verb_the_built_in_rules_code_alike_also_takes_the_dictionarys_slots(
    dictionary: Path,
) -> None:
    """The built-in 'welcome' reads its object only; the dictionary's rule, of the same type,
    adds its slots: the memos came from Uganda."""
    text = "Kenya welcomed memos from Uganda on its role in the talks."
    assert triples(code(text)) == {("SUPPORT", "KEN", "UGA")}
    use_verb_dictionary(None)
    assert triples(code(text)) == set()


def test_a_party_the_pattern_marks_is_the_recipient(dictionary: Path) -> None:
    """'* THEIR ^ ABOUT +': the party cautioned about, not the partners cautioned."""
    events = code("Kenya cautioned their Ugandan partners about Somalia on Monday.")
    assert triples(events) == {("THREATEN", "KEN", "SOM")}


def test_a_pattern_marking_the_source_after_the_verb_makes_the_subject_the_recipient(
    dictionary: Path,
) -> None:
    """'+ * &MONEY $': the subject received the money; the party after the verb gave it."""
    events = code("Kenya procured two million euros from Uganda last year.")
    assert triples(events) == {("AID", "UGA", "KEN")}


def test_a_passive_subject_the_pattern_marks_is_the_recipient(dictionary: Path) -> None:
    """'+ * (FROM $)' read on a passive: Somalia let the Kenyan sailors go."""
    events = code("Kenyan sailors were liberated from Somalia on Monday.")
    assert {(e.source.country, e.target and e.target.country) for e in events} == {("SOM", "KEN")}


def test_a_noun_the_dictionarys_pattern_names_is_not_coded_again_by_a_built_in_rule(
    dictionary: Path,
) -> None:
    """'PLEDGE * WAR' codes 'pledged to wage war' as the dictionary says; the built-in
    reading of 'wage war' under a pledge (a threat) would code the same act twice."""
    events = code("Kenya pledged to wage war on Uganda on Monday.")
    assert [(e.type, e.cameo_root) for e in events] == [("ASSAULT", "19")]
    assert triples(events) == {("ASSAULT", "KEN", "UGA")}
