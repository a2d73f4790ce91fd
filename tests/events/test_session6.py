"""Session 6 and 7 regressions from the audits of real news.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, code_attributed, triples


def test_talking_up_a_policy_is_no_talks() -> None:
    assert triples(code("Kenya's president talked up his overtures to Uganda on Monday.")) == set()


def test_talking_to_a_party_is_still_talks() -> None:
    assert ("CONSULT", "KEN", "UGA") in triples(
        code("Kenya's president talked to Uganda on Monday.")
    )


def test_a_speaker_named_by_surname_is_the_source_of_the_cue_verb() -> None:
    """Session 7: 'Kim' alone resolves to no actor in the actors layer, but attribution has
    resolved the speaker to the North Korean leader named just before; the accusation is his."""
    text = (
        "North Korean leader Kim Jong Un spoke on Monday. "
        "Kim accused the United States of provocations."
    )
    assert ("ACCUSE", "PRK", "USA") in triples(code_attributed(text))


def test_an_object_pronoun_recipient_is_the_previous_sentence_s_subject() -> None:
    text = "Uganda sent troops to the border. Kenya accused it of provocation."
    assert ("ACCUSE", "KEN", "UGA") in triples(code_attributed(text))


def test_him_is_the_person_named_before_not_the_subject() -> None:
    text = "Kenya's president met Uganda's leader on Monday and urged him to withdraw."
    assert ("REQUEST", "KEN", "UGA") in triples(code_attributed(text))


def test_a_pronoun_for_a_phrase_that_names_no_actor_names_no_recipient() -> None:
    """'it' is the deal, not Iran inside it; 'him' is the detained man, not Kuwait."""
    rejected = code_attributed("The EU reviewed the deal with Iran and rejected it.")
    assert [(e.type, e.target) for e in rejected if e.type == "REJECT"] == [("REJECT", None)]
    detained = code_attributed("British officials detained Mr. Okafor and stopped him.")
    assert [(e.type, e.target) for e in detained if e.type == "COERCE"] == [("COERCE", None)]


def test_ties_broken_to_a_party_are_cut_with_it() -> None:
    text = "In late August, Kenya broke its ties to Taiwan and opened relations with China."
    assert ("SANCTION", "KEN", "TWN") in triples(code(text))


def test_the_two_countries_are_the_two_parties_named_before() -> None:
    text = (
        "Kenyan and Ugandan officials met in Nairobi on Monday. "
        "The two countries agreed to reopen the border."
    )
    found = triples(code_attributed(text))
    assert {("AGREE", "KEN", "UGA"), ("AGREE", "UGA", "KEN")} <= found


def test_the_two_countries_stand_for_no_one_when_three_were_named() -> None:
    text = (
        "Kenya, Uganda and Tanzania met on Monday. The two countries agreed to reopen the border."
    )
    assert not any(e.type == "AGREE" for e in code_attributed(text))


def test_coordinated_parties_that_accuse_each_other_accuse_each_other() -> None:
    found = triples(code_attributed("Kenya and Uganda accused each other of provocations."))
    assert {("ACCUSE", "KEN", "UGA"), ("ACCUSE", "UGA", "KEN")} <= found


def test_tariffs_on_one_another_s_goods_are_mutual_sanctions() -> None:
    found = triples(code("Kenya and Uganda imposed tariffs on one another's goods."))
    assert {("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")} <= found


def test_attacking_a_leader_for_his_remarks_is_criticism() -> None:
    text = "Kenya's president attacked Uganda's leader for his remarks on trade."
    assert ("ACCUSE", "KEN", "UGA") in triples(code(text))


def test_troops_attacking_positions_is_still_an_assault() -> None:
    text = "Kenyan troops attacked Ugandan positions for hours on Monday."
    assert ("ASSAULT", "KEN", "UGA") in triples(code(text))
