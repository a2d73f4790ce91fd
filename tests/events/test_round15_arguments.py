"""Round 15 argument rules: sources and targets of events found wrong or missing on real news
(a named party lost as the target, a wrong target, a wrong source).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples


def test_the_indirect_object_of_a_promised_gift_is_the_recipient() -> None:
    found = triples(code_attributed("Kenya agreed to give Uganda an extension."))
    assert ("AGREE", "KEN", "UGA") in found
    # a thing given to no party names no recipient
    found = triples(code_attributed("Kenya agreed to give the plan a second look."))
    assert ("AGREE", "KEN", None) in found


def test_the_place_of_an_act_is_not_its_party() -> None:
    # an attack condemned accuses no one in the country where it happened
    found = triples(code_attributed("Kenya strongly condemned the terrorist attack in Paris."))
    assert not any(t == "FRA" for _, _, t in found)
    # an utterance made in a place is not the place's act
    found = triples(code_attributed("Mirek Halvorsen's speech in Israel urged Egypt to talk."))
    assert not any(s == "ISR" for _, s, _ in found)
    # a group in a place still acts for it
    found = triples(code_attributed("Farmers in France protested against Germany."))
    assert ("PROTEST", "FRA", "DEU") in found


def test_an_attack_keeps_its_place_recipient() -> None:
    found = triples(code_attributed("Kenyan jets bombed a village in Somalia."))
    assert ("ASSAULT", "KEN", "SOM") in found


def test_the_pronoun_a_letter_urges_is_its_addressee() -> None:
    text = "Kenyan lawmakers wrote a letter to the Ugandan government urging them to resign."
    assert ("REQUEST", "KEN", "UGA") in triples(code_attributed(text))
    found = triples(code_attributed("Kenya sent a message to Uganda, urging them to withdraw."))
    assert ("REQUEST", "KEN", "UGA") in found


def test_an_agreement_left_names_its_party_in_a_participle_or_its_purpose() -> None:
    found = triples(code_attributed("Kenya withdrew from the accord signed with Uganda in 2015."))
    assert ("SANCTION", "KEN", "UGA") in found
    text = "In May, Kenya pulled Nairobi out of a 2015 agreement to curb Uganda's arms program."
    assert ("SANCTION", "KEN", "UGA") in triples(code_attributed(text))
    found = triples(code_attributed("Kenya withdrew from a pact limiting Uganda's arms program."))
    assert ("SANCTION", "KEN", "UGA") in found


def test_a_breached_norm_is_not_the_accused() -> None:
    found = triples(
        code_attributed("Kenya condemned any violation of UN Security Council resolutions.")
    )
    assert not any(t for _, _, t in found) and not any(e == "ACCUSE" for e, _, _ in found)
    found = triples(code_attributed("Kenya condemned Uganda's violation of the UN resolutions."))
    assert ("ACCUSE", "KEN", "UGA") in found
    # the party defied is named by its "of" phrase
    text = "Thousands of Kenyans blocked roads in Nairobi in defiance of Ugandan authorities."
    assert ("PROTEST", "KEN", "UGA") in triples(code_attributed(text))


def test_a_state_named_before_its_ally_is_the_other_side() -> None:
    found = triples(code_attributed("Uganda launched attacks on US allies in the region."))
    assert not any(t == "USA" for _, _, t in found)
    found = triples(code_attributed("Kenya threatened US allies such as Japan with tariffs."))
    assert ("THREATEN", "KEN", "JPN") in found and ("THREATEN", "KEN", "USA") not in found


def test_an_unclaimed_attack_on_a_facility_is_not_its_owners_act() -> None:
    found = triples(code_attributed("A bomb exploded outside the Kenyan embassy in Kampala."))
    assert ("ASSAULT", "UGA", "KEN") in found and ("ASSAULT", "KEN", "KEN") not in found
    text = "On Monday, a bomb exploded outside the wall of the Kenyan compound."
    found = triples(code_attributed(text))
    assert not any(s == "KEN" for _, s, _ in found)


def test_a_region_does_not_locate_a_group() -> None:
    text = "One US ally in the Gulf (Oman) laid siege to another (Qatar)."
    found = triples(code_attributed(text))
    assert not any(s in ("PGS", "MEA", "USA") for _, s, _ in found)
    found = triples(code_attributed("Farmers in France protested against Germany."))
    assert ("PROTEST", "FRA", "DEU") in found


def test_the_place_of_a_journey_is_where_it_goes() -> None:
    text = (
        "The European trip continues with a weekend trip to Scotland before arriving in "
        "Helsinki, Finland, for a summit with Kenyan President Okoro."
    )
    assert not any(s == "EUR" for _, s, _ in triples(code_attributed(text)))


def test_troops_held_somewhere_do_not_act_for_the_place() -> None:
    text = "Kenya condemned Uganda, which has troops in Somalia to support the Somali government."
    assert not any(s == "SOM" for _, s, _ in triples(code_attributed(text)))


def test_a_first_person_is_no_other_clauses_subject() -> None:
    text = (
        '"I call upon the international community, leaders in Uganda, all political parties '
        '-- everyone -- (to) stand up together and fight against terrorism," the student added.'
    )
    assert not any(s == "UGA" for _, s, _ in triples(code_attributed(text)))
    # under a verb of saying the first person is still the reporting subject's
    found = triples(code_attributed("Kenya said we will fight Uganda."))
    assert ("THREATEN", "KEN", "UGA") in found


def test_a_place_compound_of_a_withdrawal_is_where_it_leaves() -> None:
    found = triples(code_attributed("Kenya announced the Somalia withdrawal on Monday."))
    assert ("RETREAT", "KEN", "SOM") in found
    # the withdrawing party's own name is no recipient
    found = triples(code_attributed("The US announced the US withdrawal on Monday."))
    assert ("RETREAT", "USA", "USA") not in found


def test_a_backer_hyphened_to_a_participle_is_no_antecedent_of_the_government() -> None:
    text = (
        "Hamas, at its strongest since its defeat by an Egyptian-led force, has refused to "
        "negotiate with the government."
    )
    assert not any(t == "EGY" for _, _, t in triples(code_attributed(text)))
