"""Sixth-round rules: event types from missing verb, light-verb and noun constructions.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.model import Event


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


def top(events: list[Event]) -> Event:
    return max(events, key=lambda e: e.confidence)


def test_a_warm_welcome_given_to_a_visitor_is_hosting_a_visit() -> None:
    events = code("Kenya gave a warm welcome on Monday to the Ugandan foreign minister.")
    assert ("CONSULT", "KEN", "UGA") in triples(events)
    assert top(events).mode == "visit"


def test_a_welcome_to_no_actor_codes_no_visit() -> None:
    assert code("Kenya gave a cautious welcome to the new budget.") == []


def test_reaching_a_consensus_is_an_agreement() -> None:
    events = code("Chile and Peru reached a consensus on fishing quotas on Friday.")
    assert ("AGREE", "CHL", "PER") in triples(events)


def test_yielding_to_demands_is_a_concession() -> None:
    events = code("The Malian government accepted demands from Algeria to reopen the border.")
    assert ("CONCEDE", "MLI", "DZA") in triples(events)
    # supply meeting demand is economics, not a concession
    assert code("OPEC struggles to meet demand as Libyan output falls.") == []


def test_accepting_a_proposal_is_an_agreement() -> None:
    events = code("Ghana accepted a proposal from Togo on the disputed border.")
    assert ("AGREE", "GHA", "TGO") in triples(events)


def test_dismissing_an_appeal_is_a_rejection() -> None:
    events = code("Rebels in Chad dismissed an appeal from Niger to lay down their arms.")
    assert ("REJECT", "TCD", "NER") in triples(events)


def test_an_order_to_appear_is_a_demand() -> None:
    events = code("A Peruvian court ordered Chilean officials to appear for questioning.")
    assert ("REQUEST", "PER", "CHL") in triples(events)
    # an order with no complement ('ordered the release') is not a demand on anyone
    assert "REQUEST" not in types(code("Peru ordered the closure of its Chilean consulate."))


def test_a_strike_that_is_staged_is_a_labour_or_hunger_strike() -> None:
    events = code("Kenyan teachers staged a strike against the Ugandan mining company.")
    assert types(events) == {"PROTEST"}
    events = code("Israel carried out strikes on Lebanon on Sunday.")
    assert "ASSAULT" in types(events)


def test_extending_or_instituting_a_curfew_is_coercion() -> None:
    assert types(code("Nigerian police extended the curfew in Lagos on Monday.")) == {"COERCE"}


def test_a_curfew_that_will_be_extended_is_a_threat() -> None:
    events = code("The Nigerian government will extend the curfew in Lagos.")
    assert types(events) == {"THREATEN"}


def test_a_reimposed_blockade_is_coercion() -> None:
    events = code("Israel reimposed a blockade on Gaza on Friday.")
    assert ("COERCE", "ISR", "PSE") in triples(events)


def test_sharing_expertise_is_cooperation() -> None:
    events = code("Norway has been sharing expertise with Sweden on oil drilling.")
    assert ("COOPERATE", "NOR", "SWE") in triples(events)


def test_lifting_restrictions_is_a_concession_and_lifting_sanctions_a_retreat() -> None:
    events = code("Latvia cancelled restrictions on Russian television channels.")
    assert "CONCEDE" in types(events)
    events = code("The European Union lifted sanctions on Belarus.")
    assert "RETREAT" in types(events)


def test_a_demand_insisted_on_is_a_request() -> None:
    events = code(
        "Kenyan opposition leaders insisted on their demand that Kenya hold new elections."
    )
    assert "REQUEST" in types(events)


def test_violating_a_ban_is_defiance() -> None:
    events = code("Indian protesters violated a ban by the Indian government on rallies in Delhi.")
    assert "REJECT" in types(events)


def test_blocking_roads_is_obstruction() -> None:
    events = code("Angry French farmers blocked roads into Paris on Monday.")
    assert types(events) == {"PROTEST"}
    assert top(events).mode == "obstruct"


def test_protesting_that_is_an_official_complaint() -> None:
    events = code("Japan protested that Chinese ships had entered its waters.")
    assert ("ACCUSE", "JPN", "CHN") in triples(events)
    # a demonstration is still a protest
    assert types(code("Thousands of Kenyans protested against Uganda in Nairobi.")) == {"PROTEST"}


def test_evacuating_refugees_is_humanitarian_aid() -> None:
    events = code("The United Nations evacuated Somali refugees from the camp on Friday.")
    assert {(e.type, e.source.org, e.target and e.target.country) for e in events} == {
        ("AID", "UN", "SOM")
    }


def test_suspended_aid_deliveries_are_a_sanction() -> None:
    events = code("Germany suspended aid deliveries to Sudan on Wednesday.")
    assert ("SANCTION", "DEU", "SDN") in triples(events)


def test_an_announced_boycott_is_a_threat() -> None:
    events = code("Palestinian leaders will boycott all official contact with Israel.")
    assert ("THREATEN", "PSE", "ISR") in triples(events)
    assert not top(events).hypothetical


def test_sworn_to_fight_is_a_threat() -> None:
    events = code("Ethiopian rebels have sworn to attack Eritrean troops.")
    assert "THREATEN" in types(events)


def test_would_in_the_words_of_a_speaker_is_a_stated_intention() -> None:
    events = code("Angry Chilean truckers said on Monday they would blockade Lima.")
    assert [(e.type, e.hypothetical) for e in events] == [("THREATEN", False)]
    events = code("Turkey confirmed on Tuesday it would tighten its naval blockade of Cyprus.")
    assert "THREATEN" in types(events)
    # an announcement codes the act announced (as before)
    events = code("Canada announced it would ban all aid to Sudanese rebels.")
    assert "THREATEN" not in types(events)


def test_withdrawing_inspectors_reduces_relations() -> None:
    events = code("The United Nations will withdraw its inspectors from Iraq.")
    assert types(events) == {"THREATEN"}
    events = code("The United Nations withdrew its inspectors from Iraq on Monday.")
    assert ("SANCTION", None, "IRQ") in {
        (e.type, e.source.country, e.target and e.target.country) for e in events
    }
    # troops withdrawn are still a retreat
    assert "RETREAT" in types(code("Russia withdrew its troops from Georgia."))


def test_a_body_meeting_on_its_own_is_no_consultation() -> None:
    assert code("The Israeli cabinet met on Sunday.") == []
    assert ("CONSULT", "FRA", "DEU") in triples(code("France met Germany on Sunday."))


def test_a_demanded_act_is_not_done() -> None:
    # the act on the noun 'demand' has not happened
    events = code("The United Nations reiterated its demand that Israel ease restrictions on Gaza.")
    assert "REQUEST" in types(events)
    eased = [e for e in events if e.type == "CONCEDE"]
    assert eased and all(e.hypothetical for e in eased)


def test_a_mandative_subjunctive_is_not_done() -> None:
    # 'insist' itself is no hypothetical governor: the bare 'release' makes the clause a demand
    events = code("The African Union insisted that Sudan release the Chadian prisoners.")
    released = [e for e in events if e.type == "RETREAT"]
    assert released and all(e.hypothetical for e in released)
    # a present after coordinated (plural) subjects is no subjunctive
    events = code("Kenya said Uganda and Tanzania expect Rwanda to withdraw from the talks.")
    assert [e.hypothetical for e in events if e.type == "REQUEST"] == [False, False]


def test_protests_and_riots_stated_as_nouns() -> None:
    events = code("Armenian riots against Azerbaijani border policies are still continuing.")
    assert ("PROTEST", "ARM", "AZE") in triples(events)
    assert top(events).mode == "riot"
    events = code("Kenyan protests against Ugandan border guards spread on Monday.")
    assert ("PROTEST", "KEN", "UGA") in triples(events)


def test_being_opposed_to_a_plan_is_rejecting_it() -> None:
    assert ("REJECT", "KEN", "UGA") in triples(code("Kenya is opposed to the Ugandan plan."))


def test_driving_out_refugees_is_a_deportation() -> None:
    events = code("The Sudanese army forced out more than 2,000 Chadian refugees from their homes.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "deport")]
    assert ("COERCE", "SDN", "TCD") in triples(events)


def test_allowing_inspectors_back_is_allowing_involvement() -> None:
    events = code("Iran allowed the return of United Nations nuclear inspectors on Monday.")
    assert [(e.type, e.target and e.target.org) for e in events] == [("RETREAT", "UN")]
    events = code("Iran said it would allow the return of United Nations nuclear inspectors.")
    assert types(events) == {"AGREE"}


def test_patrols_stepped_up_are_a_show_of_force() -> None:
    events = code("The Pakistani government ordered patrols by police after violent protests.")
    assert types(events) == {"MOBILIZE"}


def test_the_released_are_the_recipient_of_a_release() -> None:
    events = code("Israel released 150 Palestinian prisoners on Wednesday.")
    assert ("RETREAT", "ISR", "PSE") in triples(events)
    # a mayor is a person: releasing one is a release, releasing a statement is not
    assert types(code("Israel released the Palestinian mayor of Nablus.")) == {"RETREAT"}
    assert code("Kenya released a statement on Uganda.") == []


def test_expelling_people_is_a_deportation_and_expelling_diplomats_a_sanction() -> None:
    events = code("Qatar expelled exiled leaders of Egypt's main opposition party.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "deport")]
    events = code("Qatar expelled Egyptian diplomats.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]


def test_a_fire_set_to_nothing_of_anyone_is_no_coercion() -> None:
    events = code("Palestinian prisoners rioted at the jail, setting fire to their mattresses.")
    assert types(events) == {"PROTEST"}
    events = code("Israeli settlers set fire to Palestinian offices in Hebron.")
    assert ("COERCE", "ISR", "PSE") in triples(events)


def test_a_cancelled_visit_reduces_relations() -> None:
    events = code("A Belgian minister cancelled a planned trip to Rwanda on Monday.")
    assert ("SANCTION", "BEL", "RWA") in triples(events)
    # a meeting both sides put off stays a refusal to meet (as before)
    events = code("Ghana and Togo postponed their meeting on Monday.")
    assert types(events) == {"REJECT"}


def test_only_armed_forces_are_mobilized() -> None:
    assert code("Qatar has mobilized lobby groups in the United States.") == []
    assert ("MOBILIZE", "RUS", "UKR") in triples(
        code("Russia mobilized troops near the Ukrainian border.")
    )
    assert ("MOBILIZE", "ARM", "AZE") in triples(
        code("Armenia mobilized on Sunday against Azerbaijan.")
    )


def test_an_arrest_warrant_is_a_legal_action() -> None:
    events = code("A court in Ghana has issued arrest warrants for three Togolese men.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")]
    assert ("COERCE", "GHA", "TGO") in triples(events)


def test_precision_on_real_news_constructions() -> None:
    # dismissing an official is no shooting; 'fired on' a crowd is
    assert code("The Kenyan president fired the Ugandan envoy on May 15.") == []
    assert "ASSAULT" in types(code("Egyptian police fired on Libyan protesters in Cairo."))
    # a bare infinitive of perception is a fact, not a subjunctive
    events = code("The crisis saw Iran shoot down a British drone in June.")
    assert [(e.type, e.hypothetical) for e in events] == [("ASSAULT", False)]
    # a forecast by others is no threat of the actor's
    events = code("Analysts say Chile would launch an attack on Peru.")
    assert "THREATEN" not in types(events)
    # a return to dialogue admits no one
    assert code("Chile must change its policy to allow a return to talks.") == []
    # a siege laid to an embassy is laid to its country
    events = code("Crowds of angry Libyans laid siege to the French Embassy compound in Tripoli.")
    assert ("COERCE", "LBY", "FRA") in triples(events)


def test_campaign_and_market_rallies_are_no_protests() -> None:
    assert code("The Kenyan president held a rally in Nairobi on Sunday.") == []
    assert code("News of a trade deal prompted Kenyan stock futures to rally on Thursday.") == []
    assert ("PROTEST", "KEN", "UGA") in triples(
        code("Kenyan students staged a rally against Uganda.")
    )
    assert ("PROTEST", "KEN", "UGA") in triples(code("Kenyan students rallied against Uganda."))
