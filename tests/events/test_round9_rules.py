"""Ninth-round rules from a held-out audit of real news: benefits withdrawn, arms sales approved,
deals settled on, and who a counted group of nationals is.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples


def test_withdrawing_a_trade_benefit_is_a_sanction_not_a_retreat() -> None:
    events = code("Washington withdrew preferential trade status from India on Friday.")
    assert triples(events) == {("SANCTION", "USA", "IND")}
    assert events[0].cameo_root == "16"
    # announced, it is a threat (CAMEO 13), not an intention to cooperate
    future = code("Washington will withdraw preferential trade status from India.")
    assert triples(future) == {("THREATEN", "USA", "IND")}
    # a force withdrawn is still a retreat
    assert triples(code("Chile withdrew its troops from Peru.")) == {("RETREAT", "CHL", "PER")}


def test_an_approved_arms_sale_is_military_aid_to_the_buyer() -> None:
    events = code("The US authorized arms sales to Ukraine and Georgia on Tuesday.")
    assert triples(events) == {("AID", "USA", "UKR"), ("AID", "USA", "GEO")}
    assert all(e.cameo_root == "07" for e in events)
    # blocked, it is no aid
    assert {e.type for e in code("Chile blocked arms sales to Peru.")} <= {"COERCE", "SANCTION"}


def test_settling_on_a_deal_is_agreeing_to_it() -> None:
    events = code("Chile settled on a deal with Peru after months of talks.")
    assert ("AGREE", "CHL", "PER") in triples(events)
    assert "CONCEDE" not in {e.type for e in events}


def test_a_counted_group_of_nationals_is_civilians_not_the_state() -> None:
    events = code("About 1,000 French have travelled to fight in Syria since 2013.")
    assert {(e.source.country, e.source.sector) for e in events} == {("FRA", "CVL")}
    hundreds = code("Hundreds of Chinese attacked a mine in Zambia last week.")
    assert {(e.source.country, e.source.sector) for e in hundreds} == {("CHN", "CVL")}
    # the state itself and its soldiers are unchanged
    assert {(e.source.country, e.source.sector) for e in code("France attacked Syria.")} == {
        ("FRA", None)
    }


def test_an_organisation_based_in_a_country_is_not_that_country() -> None:
    assert code("A UK-based monitoring group accused Syrian jets of bombing Idlib.") == []
    british = code("The British monitoring group accused Syria of bombing Idlib.")
    assert triples(british) == {("ACCUSE", "GBR", "SYR")}


def test_the_adjective_of_a_requested_act_names_the_party_asked() -> None:
    events = code("Poland on Monday called for urgent European counter-measures.")
    assert triples(events) == {("REQUEST", "POL", "EUR")}
    withdrawal = code("Poland called for a Russian withdrawal from Ukraine.")
    assert ("REQUEST", "POL", "RUS") in triples(withdrawal)
    assert triples(code("Kenya appealed for American help.")) == {("REQUEST", "KEN", "USA")}
    # a thing or a benefit asked for is no act of the adjective's party
    assert triples(code("Poland called for a Palestinian state.")) == {("REQUEST", "POL", None)}
    assert triples(code("Kenya called for Chinese investment.")) == {("REQUEST", "KEN", None)}


def test_a_threat_made_as_a_warning_to_a_party_is_addressed_to_that_party() -> None:
    events = code("North Korea warned it will launch missiles at Guam as a warning to the US.")
    assert triples(events) == {("THREATEN", "PRK", "USA")}
    # the act itself keeps the place it hit
    fired = code("North Korea fired missiles at Guam as a warning to the US.")
    assert triples(fired) == {("ASSAULT", "PRK", "GUM")}


def test_a_concession_in_exchange_for_a_partys_act_is_made_to_that_party() -> None:
    events = code(
        "Washington lifted sanctions in exchange for the denuclearization of North Korea."
    )
    assert triples(events) == {("RETREAT", "USA", "PRK")}
    iran = code("Washington eased sanctions in return for Iran's compliance with the deal.")
    assert triples(iran) == {("RETREAT", "USA", "IRN")}
    # an 'of' phrase that names the patient of the act names no party
    assert (
        code("Chile lifted sanctions in exchange for the release of Peruvian prisoners.")[0].target
        is None
    )


def test_an_unquoted_first_person_takes_no_antecedent_from_the_sentence_before() -> None:
    text = (
        "China said on Monday it welcomed the visit. "
        "Hammond tweeted: I will be going to Beijing next month to meet President Lin."
    )
    assert ("AGREE", "CHN", "CHN") not in triples(code(text))
    # a third person still does
    third = code("Russia massed troops on the border. It then shelled Kharkiv.")
    assert ("ASSAULT", "RUS", "UKR") in triples(third)
