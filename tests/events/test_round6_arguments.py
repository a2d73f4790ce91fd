"""Sixth-round argument rules: lists the parser splits, affiliations, reciprocal visits,
passive agents and the precision guards. Invented people; real countries."""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.events.calibration import calibration


def sources(text: str, kind: str) -> set[str | None]:
    return {e.source.country for e in code(text) if e.type == kind}


def test_a_list_taken_for_an_apposition_gives_every_party() -> None:
    # the parser makes "the Netherlands" an apposition of Belgium and the rest its conjuncts
    text = "Belgium, the Netherlands, Denmark and Norway welcomed a resumption of ties with Cuba."
    assert sources(text, "SUPPORT") == {"BEL", "NLD", "DNK", "NOR"}


def test_adjectives_inside_a_list_do_not_hide_a_party() -> None:
    text = "Proud Belgium, the tiny Denmark, and old Norway welcomed renewed ties with Peru."
    assert sources(text, "SUPPORT") == {"BEL", "DNK", "NOR"}


def test_a_real_apposition_names_no_second_party() -> None:
    # "a Riyadh-based weekly reports": the reporting paper is no party to the threat
    events = code(
        "The rebel group threatened to deliver blows to Chile and Peru, a Riyadh-based weekly "
        "reports."
    )
    assert all(e.target is None or e.target.country != "SAU" for e in events)


def test_each_country_of_a_role_noun_has_its_envoy() -> None:
    text = "The ambassadors of Chile, Peru and Bolivia accused Ecuador of spying."
    assert sources(text, "ACCUSE") == {"CHL", "PER", "BOL"}


def test_a_group_affiliated_with_a_party_is_that_party() -> None:
    events = code("Workers affiliated with the Polish government accused Germany of spying.")
    assert ("ACCUSE", "POL", "DEU") in triples(events)
    loyal = code("Militants loyal to the Iraqi government attacked Syrian positions.")
    assert ("ASSAULT", "IRQ", "SYR") in triples(loyal)


def test_a_loose_link_is_no_affiliation() -> None:
    # "linked to" says little about who acts: no source from the body it is linked to
    events = code("A company linked to the Kenyan government accused Uganda of spying.")
    assert all(e.source.country != "KEN" for e in events)


def test_an_everyday_sense_of_a_sports_word_does_not_block_the_sentence() -> None:
    text = "A member of the Malian team accused Niger of shelling border villages."
    assert ("ACCUSE", "MLI", "NER") in triples(code(text))
    scores = code("Nigerian police tortured scores of Chadian refugees.")
    assert ("ASSAULT", "NGA", "TCD") in triples(scores)


def test_a_sports_word_inside_an_actor_name_does_not_block_the_sentence() -> None:
    text = "The Arab League urged the European Union to support Jordan."
    assert {e.type for e in code(text)} >= {"REQUEST"}


def test_sports_sentences_still_code_nothing() -> None:
    assert code("Brazil attacked Argentina's defence and scored twice in the cup final.") == []
    assert code("The Brazilian team beat Argentina in the match on Sunday.") == []
    assert code("Chile will return the Copa America Cup to Peru next year.") == []


def test_a_date_is_no_recipient() -> None:
    events = code("Kenyan officials demanded Friday that Uganda release the detained traders.")
    assert ("REQUEST", "KEN", "UGA") in triples(events)


def test_a_participle_clause_borrows_no_subject() -> None:
    # the soldiers are armed with rifles: they arm no one
    assert code("Chilean soldiers entered the town, armed with Peruvian rifles.") == []


def test_an_accident_is_no_attacker() -> None:
    text = "Relief teams searched for victims killed by the Kenyan airline crash in Uganda."
    assert code(text) == []
    assert code("An earthquake in Turkey killed forty Syrian refugees.") == []


def test_each_place_of_a_located_group_is_a_source() -> None:
    text = "Lawmakers in Chile and Peru welcomed renewed ties with Bolivia."
    assert sources(text, "SUPPORT") == {"CHL", "PER"}


def test_a_passive_attack_with_no_agent_is_coded_from_its_place() -> None:
    events = code("A Kenyan journalist was shot dead in Somalia on Monday.")
    assert ("ASSAULT", "SOM", "KEN") in triples(events)
    assert all(e.confidence < calibration().probability(0.8) for e in events)  # inferred
    bombing = code("Three Somali civilians were killed in a truck bombing in Mogadishu.")
    assert ("ASSAULT", "SOM", "SOM") in triples(bombing)


def test_a_passive_accident_or_unknown_cause_names_no_author() -> None:
    assert code("Two Kenyan tourists were killed in a crash in Tanzania.") == []
    assert code("Two Kenyan tourists were killed in clashes in Tanzania.") == []


def test_a_passive_verb_borrows_no_subject() -> None:
    events = code("Nigerian troops entered the town and were attacked on Monday.")
    assert all(e.source.country != "NGA" or e.type != "ASSAULT" for e in events)


def test_a_locative_recipient_may_be_the_source_country() -> None:
    events = code("The Sudanese government lifted the state of emergency in Darfur.")
    assert ("CONCEDE", "SDN", "SDN") in triples(events)


def test_a_lone_recipient_of_the_source_party_leaves_the_act_with_none() -> None:
    events = code("Kenyan rebels rejected an offer of talks from Kenya.")
    assert ("REJECT", "KEN", None) in triples(events)
    forum = code("The French president attended the Paris Peace Forum with German leaders.")
    assert ("CONSULT", "FRA", "FRA") not in triples(forum)


def test_the_source_itself_is_no_recipient() -> None:
    events = code("Chile will deny entry to Chile to the suspects.")
    assert ("SANCTION", "CHL", "CHL") not in triples(events)


def test_a_protest_is_against_the_party_its_purpose_names() -> None:
    events = code(
        "Chilean farmers began a hunger strike to demand the removal of Peru's president."
    )
    assert ("PROTEST", "CHL", "PER") in triples(events)


def test_a_purpose_clause_of_the_same_type_is_one_event() -> None:
    events = code("Chilean farmers began a hunger strike to protest Peru's new tariffs.")
    assert [e.type for e in events].count("PROTEST") == 1


def test_a_request_concerns_the_place_of_what_it_asks_for() -> None:
    events = code("Norway has once more appealed for peace in Sudan in a letter to its leaders.")
    assert ("REQUEST", "NOR", "SDN") in triples(events)


def test_two_names_of_one_country_are_one_recipient() -> None:
    text = "Turkish police imposed a curfew in the district of Mardin in southeastern Turkey."
    assert [e.type for e in code(text)].count("COERCE") == 1


def test_an_attack_with_an_instrument_is_coded_where_the_instrument_went_off() -> None:
    text = "A well-known judge was killed in a bomb explosion in a district of Mogadishu."
    assert ("ASSAULT", "SOM", "SOM") in triples(code(text))


def test_a_crowd_protests_as_the_country_where_it_protests() -> None:
    text = "Thousands of people blocked roads in Nairobi in defiance of the Ugandan government."
    events = triples(code(text))
    assert ("PROTEST", "KEN", "UGA") in events
    assert ("PROTEST", "KEN", "KEN") not in events


def test_a_crowd_that_attacks_is_no_state_attack() -> None:
    events = code("Thousands of people attacked shops owned by Ugandans in Nairobi.")
    assert all(e.source.country != "KEN" for e in events if e.type == "ASSAULT")


def test_a_text_demands_what_its_issuer_demands() -> None:
    text = "The Kenyan opposition issued a statement demanding that Uganda release the traders."
    assert ("REQUEST", "KEN", "UGA") in triples(code(text))


def test_a_clause_on_an_object_that_is_no_text_is_not_the_subjects_act() -> None:
    events = code("Chilean students boycotted the parade supporting Peru on Saturday.")
    assert all(e.type != "SUPPORT" for e in events)


def test_a_participle_with_an_object_in_a_verbless_sentence_is_its_main_verb() -> None:
    # parsed as 'charities [that were] donated': the sentence has no other verb, and the
    # coordinated 'delivered' has an object, so the charities act; 'donated' shares the
    # recipient of 'delivered'
    text = (
        "Nurses from three Chilean charities donated and personally delivered $40,000 worth of "
        "medicine to a hospital in Peru."
    )
    assert ("AID", "CHL", "PER") in triples(code(text))


def test_he_does_not_stand_for_a_country() -> None:
    text = (
        "A senior Peruvian minister said Chile must pay compensation as he set off on a trip "
        "to Asia to seek Japanese support for the demand."
    )
    assert all(e.source.country != "CHL" for e in code(text) if e.type == "REQUEST")


def test_harm_that_accidents_do_too_needs_an_instrument_for_a_place_source() -> None:
    assert code("Some 12 hikers were killed in Peru on Saturday.") == []
    assert code("Three Peruvian climbers were killed in Peru on Saturday.") == []


def test_a_passive_attack_on_no_actor_names_no_author() -> None:
    assert code("Shops have been attacked on the streets of Kenya and Uganda.") == []


def test_an_apposition_that_is_no_name_is_no_list_item() -> None:
    events = code("Chile could invade and occupy Peru, a close U.S. partner and arms buyer.")
    assert all(e.target is None or e.target.country != "USA" for e in events)


def test_a_purpose_clause_with_a_recipient_of_its_own_is_a_second_event() -> None:
    events = code("The Kenyan president visited Prague to meet with Russian officials.")
    assert ("CONSULT", "KEN", "RUS") in triples(events)


def test_he_still_stands_for_a_person_actor() -> None:
    events = code("The Kenyan president said that he had spoken with Ugandan officials.")
    assert ("CONSULT", "KEN", "UGA") in triples(events)


def test_an_agreement_is_with_the_party_its_purpose_clause_names() -> None:
    events = code("Chile signed an accord on Monday to supply Peru with wheat.")
    assert ("SUPPORT", "CHL", "PER") in triples(events)
    plan = code("The European Union approved a plan to sanction Russia.")
    assert all(not (e.type == "SUPPORT" and e.target) for e in plan)


def test_an_attack_near_a_party_is_an_attack_on_it() -> None:
    events = code("Chile fired three mortar shells near a patrol boat from Peru on Monday.")
    assert ("ASSAULT", "CHL", "PER") in triples(events)


def test_a_counted_object_after_up_to_is_the_object() -> None:
    events = code("Chilean gunmen have kidnapped up to 12 Peruvian engineers from a market.")
    assert ("ASSAULT", "CHL", "PER") in triples(events)


def test_a_recipient_on_a_coordinated_pattern_noun_counts() -> None:
    text = (
        "Chilean forces launched mortar, artillery, and rocket fire against Peruvian posts today."
    )
    assert ("ASSAULT", "CHL", "PER") in triples(code(text))


def test_a_recipient_may_sit_behind_for() -> None:
    events = code("European Union ministers agreed on Saturday to provide aid for Chile and Peru.")
    assert {("AGREE", "CHL"), ("AGREE", "PER")} <= {
        (e.type, e.target and e.target.country) for e in events
    }
    camp = code("A camp for Chilean refugees was attacked by Peruvian soldiers.")
    assert ("ASSAULT", "PER", "CHL") in triples(camp)


def test_a_preposition_left_without_object_takes_the_subject_after_it() -> None:
    # the parser reads 'officers holed up' as a clause and leaves 'to' without an object
    text = (
        "Chile has granted asylum to three Bolivian navy officers holed up in a consulate since "
        "the coup, the Chilean foreign ministry said on Monday."
    )
    assert ("AID", "CHL", "BOL") in triples(code(text))


def test_a_recipient_may_be_what_a_clause_on_the_object_acts_on() -> None:
    text = "Peruvian soldiers shot down a helicopter carrying Chilean monitors."
    assert ("ASSAULT", "PER", "CHL") in triples(code(text))


def test_a_passive_of_state_has_its_subject_as_source() -> None:
    events = code("Chile is opposed to Peruvian mediation in the border dispute.")
    assert any(e.source.country == "CHL" and e.target and e.target.country == "PER" for e in events)
    assert all(e.source.country != "PER" for e in events)


def test_an_attack_a_passive_victim_died_in_names_its_author() -> None:
    events = code(
        "Four Chilean children were killed in a Peruvian air strike in Bolivia on Friday."
    )
    assert triples(events) == {("ASSAULT", "PER", "CHL")}
    unnamed = code("Four children were killed in a Peruvian air strike in Bolivia on Friday.")
    assert triples(unnamed) == {("ASSAULT", "PER", "BOL")}


def test_only_an_attack_or_a_protest_is_aimed_at_a_place_near_it() -> None:
    events = code("The Chilean president declared a national emergency at the Chile-Peru border.")
    assert all(e.target is None or e.target.country != "PER" for e in events)


def test_an_infinitive_on_the_object_is_no_recipient() -> None:
    text = "The Chilean president defended his decision to withdraw Peruvian troops from Bolivia."
    assert all(e.type != "SUPPORT" for e in code(text))


def test_a_threat_is_addressed_to_the_subject_of_its_condition() -> None:
    events = code(
        "Chile threatened to stop the negotiations if Peru goes ahead with the deployment."
    )
    assert ("THREATEN", "CHL", "PER") in triples(events)
    unless = code("Chile threatened to start a new offensive unless Lima accepted its terms.")
    assert ("THREATEN", "CHL", "PER") in triples(unless)


def test_the_patient_of_an_act_noun_carries_its_recipient() -> None:
    text = "Chile speeded up the withdrawal of its invasion forces from Peru on Monday."
    assert ("RETREAT", "CHL", "PER") in triples(code(text))


def test_a_refusal_is_addressed_to_the_subject_of_the_act_refused() -> None:
    text = "The Chilean rebels refused to allow Peruvian planes to land at the airport."
    events = code(text)
    assert ("REJECT", "CHL", "PER") in triples(events)


def test_a_relation_noun_names_the_other_side() -> None:
    text = "Chilean rebels killed the deputy chief of Peru's militia ally in northern Bolivia."
    events = code(text)
    assert all(e.target is None or e.target.country != "PER" for e in events)
    assert ("ASSAULT", "CHL", "BOL") in triples(events)


def test_an_uncoded_actor_takes_the_country_named_in_its_phrase() -> None:
    events = code("Chile's leading human rights activist accused Peru of torture.")
    assert {(e.source.country, e.source.sector) for e in events} == {("CHL", "NGO")}


def test_a_heavy_object_after_its_as_predicate_is_the_object() -> None:
    events = code("Chile on Monday denounced as a shameful act Peru's suppression of the protests.")
    assert ("ACCUSE", "CHL", "PER") in triples(events)
    shifted = code(
        "Chile condemned as unacceptable allegations by Peru that it had armed the rebels."
    )
    assert ("ACCUSE", "CHL", "PER") in triples(shifted)


def test_a_named_own_country_recipient_leaves_the_act_with_none() -> None:
    text = "The Chilean president promised to democratize Chile and restore the rule of law."
    assert ("AGREE", "CHL", None) in triples(code(text))


def test_an_ethnic_group_acts_as_a_population_of_its_country() -> None:
    for text in (
        "Ethnic Hungarians in northern Romania are demanding autonomy from the Romanian state.",
        "The Hungarians of northern Romania are demanding autonomy from the Romanian state.",
    ):
        assert {e.source.country for e in code(text)} == {"ROU"}
    # nationals abroad keep their nationality; an unmarked 'in' locates no ethnic group
    tourists = code("American tourists in Egypt accused the Egyptian police of abuse.")
    assert ("ACCUSE", "USA", "EGY") in triples(tourists)


def test_a_politicians_allies_are_his_own_camp() -> None:
    events = code("The Chilean president's allies accused Peru of spying on the navy.")
    assert ("ACCUSE", "CHL", "PER") in triples(events)
