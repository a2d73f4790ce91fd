"""Eighth-round rules: credentials presented, military exercises, calls for sanctions, the party
a complaint is about, and coordinated role nouns sharing their places.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples

from crossroads.model import Event


def sources(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.source.sector) for e in events}


def test_presenting_credentials_is_an_audience_with_the_receiving_state() -> None:
    events = code(
        "The ambassadors of Chile, Peru and Bolivia presented their credentials to "
        "Brazil's president on Wednesday."
    )
    assert {("CONSULT", c, "BRA") for c in ("CHL", "PER", "BOL")} <= triples(events)
    # no receiving state named: no meeting with anyone
    assert code("The new ambassador presented his credentials on Monday.") == []


def test_military_exercises_are_a_show_of_force_joint_ones_cooperation() -> None:
    events = code("Russia held military exercises near the Ukrainian border on Monday.")
    assert triples(events) == {("MOBILIZE", "RUS", "UKR")}
    joint = code("Chile held joint naval exercises with Peru last week.")
    assert triples(joint) == {("COOPERATE", "CHL", "PER")}
    assert code("The Lima school held a fire exercise on Monday.") == []


def test_a_call_for_sanctions_against_a_party_criticises_it() -> None:
    events = code("A Kenyan bishop on Sunday called for sanctions against Nigeria.")
    assert triples(events) == {("ACCUSE", "KEN", "NGA")}
    assert code("Kenya demanded sanctions against Uganda.")[0].type == "ACCUSE"


def test_a_complaint_is_against_the_party_it_is_about_else_its_addressee() -> None:
    raids = code("Kenya complained to the United Nations on Tuesday over two Ugandan air raids.")
    assert triples(raids) == {("ACCUSE", "KEN", "UGA")}
    delays = code("Kenya complained to Uganda over the delays.")
    assert triples(delays) == {("ACCUSE", "KEN", "UGA")}
    assert code("Kenya complained about the delays.") == []


def test_coordinated_roles_share_their_places() -> None:
    events = code(
        "Lawmakers and officials in Chile and Peru welcomed a resumption of ties with Bolivia."
    )
    assert sources(events) == {
        ("CHL", "LEG"),
        ("CHL", "GOV"),
        ("PER", "LEG"),
        ("PER", "GOV"),
    }
    assert {e.target.country for e in events if e.target} == {"BOL"}
    # a role with an actor of its own keeps it
    own = code("Chilean lawmakers and officials in Peru criticized Bolivia.")
    assert sources(own) == {("CHL", "LEG"), ("PER", "GOV")}


def test_support_expressed_is_support_support_provided_is_aid() -> None:
    assert triples(code("Chile expressed support for Peru.")) == {("SUPPORT", "CHL", "PER")}
    assert triples(code("Chile gave its backing to Peru.")) == {("SUPPORT", "CHL", "PER")}
    aid = code("Chile provided logistical support to Peruvian troops.")
    assert triples(aid) == {("AID", "CHL", "PER")}
    refused = code("Chile said it would not provide support to Peru.")
    assert triples(refused) == {("REJECT", "CHL", "PER")}
    # support for a plan names no party to support
    assert code("Chile expressed support for the plan.") == []


def test_a_verb_coordinated_with_a_passive_shares_its_patient_not_its_agent() -> None:
    events = code("Kenya's defence minister has been indicted by a Ugandan court and will resign.")
    # an announced resignation is the RETREAT itself since session 11 (an AGREE of intent before)
    assert ("RETREAT", "KEN", None) in triples(events)
    assert all(e.source.country != "UGA" for e in events if e.type == "RETREAT")


def test_a_meeting_named_under_a_hypothetical_verb_is_a_plan() -> None:
    planned = code(
        "A Moroccan minister said he would be ready to host a meeting between Chilean "
        "activists and the Peruvian government."
    )
    assert ("CONSULT", "CHL", "PER") not in triples(planned)
    held = code("A meeting between Chile and Peru took place on Monday.")
    assert triples(held) == {("CONSULT", "CHL", "PER"), ("CONSULT", "PER", "CHL")}


def test_a_blow_delivered_is_no_rejection() -> None:
    assert code("The Kenyan court delivered a blow to Uganda's bid on Monday.") == []


def test_a_conjunct_without_auxiliary_borrows_neither_patient_nor_agent() -> None:
    # the parser may hang the speaker's verb on a passive it follows
    events = code("Chilean activists have been detained by Peru and call for their release.")
    assert all(e.type != "REQUEST" for e in events)


def test_a_clause_read_as_a_prepositional_phrase_keeps_its_own_subject() -> None:
    # the parser reads 'after Kenya' as a phrase and 'expelled' as a conjunct of 'called'
    events = code(
        "Uganda's foreign minister on Friday called for the expulsion of 20 Kenyan diplomats "
        "and the closure of two facilities in Kampala after Kenya on Thursday sanctioned "
        "Ugandan intelligence officials, expelled 20 Ugandan diplomats and shut down two "
        "Ugandan facilities."
    )
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions
    assert {(e.source.country, e.target and e.target.country) for e in sanctions} <= {
        ("KEN", "UGA")
    }


def test_aid_received_is_the_givers_aid_to_the_receiver() -> None:
    assert triples(code("Ukraine has received weapons from Poland.")) == {("AID", "POL", "UKR")}
    assert triples(code("Kenya accepted a loan from Russia.")) == {("AID", "RUS", "KEN")}
    arms = code("Kenya received a consignment of weapons from Russia.")
    assert triples(arms) == {("AID", "RUS", "KEN")}
    # a request for weapons obtained by a newspaper is no aid
    assert code("A Kenyan daily obtained a weapons request from Uganda to Moscow.") == []
    # not received, only wanted, or no aid at all
    assert code("Kenya has not received any aid from Uganda.") == []
    assert code("Kenya hopes to receive weapons from Uganda.") == []
    assert code("Kenya received a letter from Uganda.") == []


def test_a_modifier_of_the_first_role_is_shared_by_the_list() -> None:
    events = code("Peru launched airstrikes against ISIS leaders, forces and positions in Iraq.")
    assert ("ASSAULT", "PER", None) in {
        (e.type, e.source.country, e.target and e.target.country) for e in events
    }
    assert all(e.target is None or e.target.sector != "MIL" for e in events)


def test_a_pledged_conflictual_act_is_a_threat_not_also_an_agreement() -> None:
    events = code("Chile has pledged to expel exiled leaders of Peru's opposition.")
    assert {e.type for e in events} == {"THREATEN"}
    # an act with no rule of its own, or a pledge of restraint, is the pledge's
    assert triples(code("Chile promised to democratize Peru.")) == {("AGREE", "CHL", "PER")}
    restraint = code("North Korea promised not to use nuclear weapons against Seoul.")
    assert ("AGREE", "PRK", "KOR") in triples(restraint)


def test_an_act_argued_against_is_no_ones() -> None:
    events = code("Chile warned Peru against invading Bolivia.")
    assert triples(events) == {("THREATEN", "CHL", "PER")}
    assert code("Kenya cautioned Uganda against imposing sanctions on Rwanda.") == []
