"""Round 8 precision on real news: the scope of modals and negation over conjuncts, indirect
questions, timetables, feared outcomes, leaving agreements, admissions and named objects.

Each construction was found in the second AllSides audit (articles 300-600; audits/); the
sentences here are invented and show the same construction. Each test pairs the construction
with its plain use, which must still code, so a rule cannot pass by coding less.
"""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.events.modifiers import scope
from crossroads.events.ontology import PLOVER_TYPES
from crossroads.events.selection import selection
from crossroads.model import Event


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def flags(events: list[Event], kind: str) -> set[tuple[bool, bool]]:
    """(negated, hypothetical) of the events of one type."""
    return {(e.negated, e.hypothetical) for e in of_type(events, kind)}


def test_the_data_files_hold_the_new_lists() -> None:
    words = selection()
    assert "concede" in words.admission_verbs and "withdraw" in words.exit_verbs
    assert words.exits["treaty"] == "161" and words.exits["talk"] == "164"
    assert {c[:2] for c in words.exits.values()} == {"16"}
    assert "but" in scope().contrast_words and "concern" in scope().possibility_nouns
    assert "SANCTION" in PLOVER_TYPES


# --- a conjunct shares its first conjunct's modal, negation and governor ------------------


def test_a_modal_reaches_the_second_conjunct() -> None:
    could = code("Kenya could close the border and impose sanctions on Uganda.")
    assert ("SANCTION", "KEN", "UGA") in triples(could)
    assert flags(could, "SANCTION") == {(False, True)}
    done = code("Kenya closed the border and imposed sanctions on Uganda.")
    assert flags(done, "SANCTION") == {(False, False)}


def test_a_negation_reaches_the_second_conjunct_but_not_across_a_contrast() -> None:
    neither = code("Kenya did not close the border or impose sanctions on Uganda.")
    assert flags(neither, "SANCTION") == {(True, False)}
    but = code("Kenya did not close the border but imposed sanctions on Uganda.")
    assert flags(but, "SANCTION") == {(False, False)}


def test_a_threatened_act_in_a_conjunct_is_not_done() -> None:
    text = (
        "Kenya has threatened to trigger a shutdown or declare a national emergency "
        "if its demands are not met."
    )
    events = code(text)
    assert "THREATEN" in {e.type for e in events}
    assert flags(events, "COERCE") == {(False, True)}


def test_an_intention_reaches_the_second_conjunct_but_not_one_with_its_own_tense() -> None:
    will = code("Kenya will close the border and impose sanctions on Uganda.")
    assert ("THREATEN", "KEN", "UGA") in triples(will)
    assert not of_type(will, "SANCTION")
    past = code("Kenya will close the border and imposed sanctions on Uganda last year.")
    assert flags(past, "SANCTION") == {(False, False)}


# --- indirect questions, timetables and feared outcomes ----------------------------------


def test_an_indirect_question_is_hypothetical() -> None:
    asked = code("It was not clear whether Kenyan authorities had agreed to release the prisoners.")
    assert flags(asked, "AGREE") == {(False, True)}
    stated = code("Kenyan authorities agreed to release the prisoners.")
    assert flags(stated, "AGREE") == {(False, False)}


def test_a_meeting_that_was_due_has_not_happened() -> None:
    """Round 8 kept it a hypothetical CONSULT; since session 12 a scheduled cooperative act is
    an AGREE of intent, as under "will" (tests/events/test_session12.py): no meeting either way."""
    due = code("The Kenyan and Ugandan presidents were due to meet in Nairobi.")
    assert ("AGREE", "KEN", "UGA") in triples(due)
    assert flags(due, "AGREE") == {(False, False)}
    assert not [e for e in due if e.type == "CONSULT"]
    met = code("The Kenyan and Ugandan presidents met in Nairobi.")
    assert flags(met, "CONSULT") == {(False, False)}


def test_a_feared_outcome_is_no_pledge() -> None:
    feared = code("Critics raised concerns that Kenya would give Uganda access to its technology.")
    assert not of_type(feared, "AGREE")
    assert all(e.hypothetical for e in feared)
    pledged = code("Kenya said it would give Uganda access to its ports.")
    assert flags(pledged, "AGREE") == {(False, False)}


def test_a_clause_on_a_noun_of_risk_is_hypothetical_however_parsed() -> None:
    risk = code("Officials fear the risk that Uganda attacks Kenya.")
    assert ("ASSAULT", "UGA", "KEN") in triples(risk)
    assert flags(risk, "ASSAULT") == {(False, True)}
    assert flags(code("Uganda attacks Kenya."), "ASSAULT") == {(False, False)}


# --- leaving an agreement or talks reduces relations ------------------------------------


def test_leaving_a_deal_or_talks_is_a_sanction_and_leaving_a_country_a_retreat() -> None:
    deal = code("Kenya pulled out of the nuclear deal with Uganda.")
    assert {e.type for e in deal} == {"SANCTION"}
    assert {e.cameo_root for e in deal} == {"16"}
    treaty = code("The Kenyan president pulled Kenya out of the Anti-Ballistic Missile Treaty.")
    assert {e.type for e in treaty} == {"SANCTION"}
    talks = code("Kenya withdrew from the talks with Uganda.")
    assert ("SANCTION", "KEN", "UGA") in triples(talks)
    troops = code("Kenya withdrew its troops from Somalia.")
    assert ("RETREAT", "KEN", "SOM") in triples(troops)


# --- admissions and named objects ---------------------------------------------------------


def test_an_admission_concedes_nothing_but_conceding_defeat_does() -> None:
    assert not code('"I knew this was going to be hard," the Kenyan president conceded.')
    assert not code("Kenya conceded that its troops had crossed into Uganda.")
    assert ("CONCEDE", "KEN", "UGA") in triples(code("Kenya conceded defeat to Uganda."))


def test_calling_strikes_by_a_name_is_no_strike_called() -> None:
    named = code(
        "Kenya's president responded to the raid by calling the strikes "
        "an act of aggression against Uganda."
    )
    assert not of_type(named, "PROTEST")
    called = code("Kenyan unions called a strike against Uganda.")
    assert ("PROTEST", "KEN", "UGA") in triples(called)


def test_an_adjective_set_off_by_dashes_names_nothing() -> None:
    text = (
        "On Thursday the Kenyan president called off the meeting - due in Nairobi next month - "
        "citing Uganda's hostility."
    )
    assert "REJECT" in {e.type for e in code(text)}


def test_a_conjunct_under_a_verb_of_saying_reports_what_is() -> None:
    text = (
        "The Kenyan spokesman warned that Kenya condemns any violation and again calls on "
        "Uganda to withdraw its troops."
    )
    events = code(text)
    assert ("REQUEST", "KEN", "UGA") in triples(events)
    assert flags(events, "REQUEST") == {(False, False)}
    assert flags(
        code("The Kenyan spokesman warned that Uganda would attack Kenya."), "ASSAULT"
    ) == {(False, True)}


# --- 'threaten' as endanger; armed campaigns -----------------------------------------------


def test_endangering_interests_or_feeling_threatened_is_no_threat_made() -> None:
    assert not code(
        "Islamic terrorism, not Kenyan nationalism, threatened the vital interests of Uganda, "
        "argued Okafor."
    )
    assert not code("Ugandans feel threatened by Kenya.")
    assert ("THREATEN", "KEN", "UGA") in triples(code("Kenya threatened Uganda with tariffs."))
    assert ("THREATEN", "KEN", "UGA") in triples(code("Kenya threatened Uganda."))


def test_a_military_campaign_is_an_attack_and_a_campaign_for_reform_an_appeal() -> None:
    armed = code("Kenyan troops launched a military campaign against Uganda.")
    assert triples(armed) == {("ASSAULT", "KEN", "UGA")}
    assert not code("Kenyan troops launched a military campaign.")
    assert {e.type for e in code("Kenya launched a campaign for reform in Uganda.")} == {"REQUEST"}


# --- the opponent of what is backed; interests; harm done by things -----------------------


def test_the_party_an_operation_is_against_is_no_recipient_of_support() -> None:
    assert not code(
        "The Pentagon says that Kenya and Uganda supported operations against targets "
        "associated with the Islamic State."
    )
    efforts = code(
        "The Arab League has called on members to support international efforts against Uganda."
    )
    assert not of_type(efforts, "SUPPORT")
    assert ("SUPPORT", "KEN", "UGA") in triples(code("Kenya supported Uganda against the rebels."))
    backed = code("Kenya supported Uganda's efforts against Ethiopia.")
    assert ("SUPPORT", "KEN", "UGA") in triples(backed)
    assert ("SUPPORT", "KEN", "ETH") not in triples(backed)


def test_an_interest_in_fighting_is_no_fight() -> None:
    text = "So the Kenyan government also sees a common interest with Ethiopia in fighting Uganda."
    assert flags(code(text), "ASSAULT") == {(False, True)}
    assert flags(code("The Kenyan government succeeded in fighting Uganda."), "ASSAULT") == {
        (False, False)
    }


def test_relations_damaged_by_a_thing_are_no_sanction() -> None:
    assert not code(
        "Relations have also been damaged by accusations of Kenyan interference in the Ugandan "
        "election."
    )
    assert not code(
        "The Kenyan president's trip will not further damage Kenya's relations with Uganda."
    )
    acted = code("The Kenyan president damaged relations with Uganda.")
    assert ("SANCTION", "KEN", "UGA") in triples(acted)


def test_governments_clash_in_words_and_forces_in_fights() -> None:
    assert not code(
        "Nairobi and Kampala have already clashed over who should make the ultimate call."
    )
    assert not code("Kenyan authorities have continued to clash with the IAEA.")
    assert ("ASSAULT", "KEN", "UGA") in triples(code("Kenyan forces clashed with Ugandan troops."))
    assert ("ASSAULT", "KEN", "UGA") in triples(
        code("Kenyan protesters clashed with Ugandan police.")
    )


def test_agreeing_while_commenting_or_answering_is_a_view_shared() -> None:
    assert not code(
        "Kenyan scholar Okafor, who served as an adviser to Uganda, agreed, calling the "
        "partnership too big to fail."
    )
    assert not code("The Kenyan president agreed when reporters asked if he was having doubts.")
    assert "AGREE" in {e.type for e in code("Kenya agreed after Uganda offered a ceasefire.")}


def test_a_clause_after_the_preposition_about_is_no_act_about_to_happen() -> None:
    asked = code(
        "Okafor answered a question about whether it was a mistake for Kenya to withdraw "
        "from the trade agreement with Uganda."
    )
    assert flags(asked, "SANCTION") == {(False, False)}
    assert flags(code("Kenya is about to restore ties with Uganda."), "SUPPORT") == {(False, True)}


def test_an_act_one_has_to_do_is_not_done_yet() -> None:
    assert flags(code("The Kenyan president has to meet the Ugandan envoy."), "CONSULT") == {
        (False, True)
    }
    complained = code(
        "The Kenyan president has complained to aides about even having to attend the meeting "
        "with Uganda."
    )
    assert flags(complained, "CONSULT") == {(False, True)}
    troops = code("Kenya has troops in Uganda to support the Ugandan regime.")
    assert all(not e.hypothetical for e in troops)
    assert flags(code("The Kenyan president had to meet the Ugandan envoy."), "CONSULT") == {
        (False, False)
    }
    explained = code(
        "This has left the Kenyan government in the uncomfortable position of having to explain "
        "why Kenya appears to be tacitly cooperating with Uganda."
    )
    assert flags(explained, "COOPERATE") == {(False, False)}


# --- acts stopped; a candidate's own campaign ---------------------------------------------


def test_an_act_stopped_is_negated() -> None:
    stopped = code("Kenya stopped supplying weapons to Uganda.")
    assert ("AID", "KEN", "UGA") in triples(stopped)
    assert flags(stopped, "AID") == {(True, False)}
    assert flags(code("Kenya supplied weapons to Uganda."), "AID") == {(False, False)}


def test_a_candidates_own_campaign_is_no_appeal() -> None:
    text = "The Kenyan president launched his campaign with a speech in Nairobi."
    assert "REQUEST" not in {e.type for e in code(text)}
    cause = code("Kenya launched a campaign for the release of the hostages held in Uganda.")
    assert "REQUEST" in {e.type for e in cause}
