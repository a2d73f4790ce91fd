"""Round 16 target rules: the party an event is aimed at, found wrong or missing on unseen real
news (a named party lost as the target, a place taken for the target).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples


def test_a_bare_act_beside_the_same_act_on_a_named_party_is_dropped() -> None:
    found = triples(code_attributed("Canada ended combat and pulled its troops out of Mali."))
    assert ("RETREAT", "CAN", "MLI") in found
    assert ("RETREAT", "CAN", None) not in found


def test_a_bare_act_with_other_flags_stays() -> None:
    # a withdrawal only announced is not the same record as the combat that ended
    found = code_attributed("Canada ended combat and may pull its troops out of Mali.")
    flags = {(e.target and e.target.country, e.hypothetical) for e in found if e.type == "RETREAT"}
    assert (None, False) in flags
    assert ("MLI", True) in flags


def test_the_subject_of_a_for_clause_of_a_call_is_the_party_asked() -> None:
    found = code_attributed("Kenya renewed its call for Uganda to withdraw its troops.")
    assert ("REQUEST", "KEN", "UGA") in triples(found)
    text = "The Kenyan foreign minister made an appeal for the UK to stay in the EU."
    assert ("REQUEST", "KEN", "GBR") in triples(code_attributed(text))


def test_the_act_a_call_asks_for_is_not_the_callers() -> None:
    text = (
        "The Kenyan foreign minister would call for Cuban President Mirek Halvorsen to push for"
        " more freedom and to release activists."
    )
    found = code_attributed(text)
    assert ("REQUEST", "KEN", "CUB") in triples(found)
    assert not any(e.type == "RETREAT" and e.source.country == "KEN" for e in found)


def test_a_time_after_for_is_no_party_asked() -> None:
    found = triples(code_attributed("Kenya has pushed for weeks to hold talks with Uganda."))
    assert ("CONSULT", "KEN", "UGA") in found
    # a request for a thing names no party
    found = triples(code_attributed("Kenya renewed its call for sanctions to be lifted."))
    assert ("REQUEST", "KEN", None) in found


def test_a_persons_enemy_is_the_other_side() -> None:
    text = (
        "Kenya is sending troops to bomb the Ugandan president's most dangerous enemy,"
        " the Islamic State."
    )
    found = code_attributed(text)
    hit = {e.target.org or e.target.name for e in found if e.type == "ASSAULT" and e.target}
    assert hit and not any(e.target and e.target.country == "UGA" for e in found)
    # a politician's allies are still his own camp
    found_allies = triples(code_attributed("The Ugandan president's allies attacked Kenya."))
    assert ("ASSAULT", "UGA", "KEN") in found_allies


def test_an_invitation_to_meet_names_its_counterpart() -> None:
    text = "The Kenyan president accepted an invitation to meet with the Ugandan president."
    assert ("AGREE", "KEN", "UGA") in triples(code_attributed(text))
    found = triples(code_attributed("Kenya rejected an offer to visit Uganda."))
    assert ("REJECT", "KEN", "UGA") in found
    # an invitation to another act is a plan about no one
    found = triples(
        code_attributed("Kenya accepted an invitation to withdraw its troops from Uganda.")
    )
    assert ("AGREE", "KEN", None) in found


def test_an_attack_that_names_the_armed_group_it_hits_is_not_on_the_place() -> None:
    found = triples(
        code_attributed("Kenya carried out air strikes in Somalia, targeting a militant group.")
    )
    assert ("ASSAULT", "KEN", "SOM") not in found
    found = triples(
        code_attributed("Kenya responded and killed 25 operatives in raids in Somalia.")
    )
    assert ("ASSAULT", "KEN", "SOM") not in found
    found = triples(
        code_attributed("Uganda is fighting the same enemies that Kenya is fighting in Somalia.")
    )
    assert ("ASSAULT", "KEN", "SOM") not in found
    # an attack that names no one hit keeps its place
    found = triples(code_attributed("Kenyan jets carried out air strikes in Somalia."))
    assert ("ASSAULT", "KEN", "SOM") in found
    found = triples(code_attributed("The town that Kenya bombed in Somalia was empty."))
    assert ("ASSAULT", "KEN", "SOM") in found


def test_an_attack_on_its_own_people_is_on_the_subjects_civilians() -> None:
    found = code_attributed("The Syrian army shelled its own people.")
    hit = [e.target for e in found if e.type == "ASSAULT"]
    assert hit and hit[0] is not None
    assert (hit[0].country, hit[0].sector) == ("SYR", "CVL")
    text = "The Ugandan president threatened to exterminate swaths of his population."
    threats = [e.target for e in code_attributed(text) if e.type == "THREATEN"]
    assert threats and threats[0] is not None and threats[0].country == "UGA"


def test_a_people_reassured_is_no_party() -> None:
    text = "The Ugandan president sought to reassure his citizens that he is preventing a war."
    assert not any(e.target and e.target.sector == "CVL" for e in code_attributed(text))


def test_a_people_warned_is_addressed_not_threatened() -> None:
    text = "Kenya and the government of Uganda warned their populations about the floods."
    assert not any(e.target and e.target.sector == "CVL" for e in code_attributed(text))


def test_a_bare_twin_under_another_name_of_the_same_state_is_dropped() -> None:
    text = (
        "The Kenyan president and the Ugandan leader have held two summits, with the Kenyan goal"
        " of ending the war."
    )
    consults = [e for e in code_attributed(text) if e.type == "CONSULT"]
    assert any(e.source.country == "KEN" and e.target for e in consults)
    assert not any(e.source.country == "KEN" and e.target is None for e in consults)


def test_the_object_protested_names_the_party_protested_against() -> None:
    text = "Demonstrators in Nairobi protesting Ugandan policies burned flags."
    assert ("PROTEST", "KEN", "UGA") in triples(code_attributed(text))
    text = (
        "When Kenyans protested the Ugandan president in 2011, jets were used to intimidate them."
    )
    assert ("PROTEST", "KEN", "UGA") in triples(code_attributed(text))
    # a thing protested names no party
    found = triples(code_attributed("Kenyan students protested the new tuition fees."))
    assert ("PROTEST", "KEN", None) in found


def test_the_party_talked_to_is_the_recipient() -> None:
    text = "The Kenyan president talked to the Ugandan president on the phone."
    assert ("CONSULT", "KEN", "UGA") in triples(code_attributed(text))
    assert ("AGREE", "KEN", "UGA") in triples(
        code_attributed("Kenya is willing to talk to Uganda.")
    )
    # reporters are no party
    found = triples(code_attributed("The Kenyan minister talked to reporters."))
    assert ("CONSULT", "KEN", None) in found


def test_the_buyer_of_a_sale_is_the_recipient() -> None:
    assert ("COOPERATE", "RUS", "IRN") in triples(code_attributed("Russia sold missiles to Iran."))
    assert ("COOPERATE", "RUS", None) in triples(code_attributed("Russia sold missiles."))


def test_the_territory_is_the_place_named_before_it() -> None:
    text = (
        "Reporters traveled to Crimea to see what has changed since Russia sent troops in and"
        " annexed the territory."
    )
    assert ("COERCE", "RUS", "UKR") in triples(code_attributed(text))
    # with no place named before it, the territory is no one's
    assert ("COERCE", "RUS", None) in triples(code_attributed("Russia annexed the territory."))


def test_the_party_help_is_sought_from_is_asked() -> None:
    text = (
        "And the Kenyan president has sought help from Uganda and Tanzania toward de-escalating"
        " the situation."
    )
    assert {("REQUEST", "KEN", "UGA"), ("REQUEST", "KEN", "TZA")} <= triples(code_attributed(text))
    text = "Kenya is seeking intelligence help from Uganda."
    assert ("REQUEST", "KEN", "UGA") in triples(code_attributed(text))
    # independence sought from a country asks nothing of it
    found = triples(code_attributed("Kenya sought independence from Uganda."))
    assert ("REQUEST", "KEN", "UGA") not in found
