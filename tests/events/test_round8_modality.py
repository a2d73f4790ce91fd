"""Round 8 modality: acts inside a request's content, coordinated infinitives, 'for X to V',
negated governors of an infinitive.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code

from crossroads.model import Event


def by_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_a_second_infinitive_shares_the_request_of_the_first() -> None:
    events = code("Kenya urged Uganda to withdraw its troops and to impose sanctions on Sudan.")
    sanctions = by_type(events, "SANCTION")
    assert sanctions and all(e.hypothetical for e in sanctions)
    assert all(e.hypothetical for e in by_type(events, "RETREAT"))


def test_a_purpose_inside_a_coordinated_request_is_not_done() -> None:
    events = code(
        "Kenya's foreign ministry called on the EU to go further and to use frozen assets "
        "to finance Kenya's reconstruction."
    )
    acts = [e for e in events if e.type != "REQUEST"]
    assert acts and all(e.hypothetical for e in acts)


def test_two_infinitives_with_their_own_subjects_stay_apart() -> None:
    # the second clause has a subject and tense of its own: a fact
    events = code("Kenya urged Uganda to withdraw, and Chad imposed sanctions on Sudan.")
    assert [e.hypothetical for e in by_type(events, "SANCTION")] == [False]


def test_an_infinitive_with_its_own_subject_after_for_is_wanted_not_done() -> None:
    aid = code("Kenya pushed for America to provide support to Uganda.")
    assert by_type(aid, "AID") and all(e.hypothetical for e in by_type(aid, "AID"))
    sanction = code("Kenya pushed for the United States to impose sanctions on Uganda.")
    assert all(e.hypothetical for e in by_type(sanction, "SANCTION"))
    assert by_type(sanction, "SANCTION")


def test_a_negated_verb_negates_the_infinitive_it_governs() -> None:
    events = code("Kenya will not use its bases to attack Uganda.")
    assert [(e.type, e.negated) for e in events] == [("ASSAULT", True)]
    # its negation asserts the act: not negated
    done = code("Kenya did not hesitate to attack Uganda.")
    assert [e.negated for e in by_type(done, "ASSAULT")] == [False]


def test_a_negated_commitment_states_no_intention() -> None:
    events = code("Kenya has not decided to cooperate with Uganda.")
    assert [(e.type, e.negated) for e in events] == [("COOPERATE", True)]
    agreed = code("Kenya did not agree to withdraw its troops from Uganda.")
    assert not [e for e in agreed if e.type == "AGREE" and not e.negated]
    # a refusal on the act's own verb stays a REJECT
    assert [e.type for e in code("Kenya will not cooperate with Uganda.")] == ["REJECT"]


def test_everyday_phrases_of_the_import_code_nothing() -> None:
    assert code("Kenya's health minister raised the alarm about the drought.") == []
    assert code("Kenya's foreign minister sounded the alarm over the floods.") == []
    assert code("Kenya's parliament delayed a vote on the budget.") == []
    assert code("Kenya's senate postponed the debate on the new constitution.") == []
    assert code("Kenya's president opened a debate on the new constitution.") == []
    assert code("The Kenyan candidate raised money in Nairobi on Monday.") == []
    # a state visit postponed still reduces relations
    visit = code("Kenya's president postponed a state visit to Uganda.")
    assert [(e.type, e.target and e.target.country) for e in visit] == [("SANCTION", "UGA")]


def pairs(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(e.type, e.target and e.target.country) for e in events}


def test_troops_promised_to_a_country_are_protection_not_a_threat() -> None:
    events = code(
        "Diplomats met on Monday, with the United States pledging to send an additional "
        "brigade to Poland."
    )
    assert pairs(events) == {("AGREE", "POL")}
    assert events[0].cameo_root == "03"
    assert pairs(code("Russia promised to send troops to Syria.")) == {("AGREE", "SYR")}
    # a vow is left alone, and so is a deployment to a border
    assert pairs(code("Turkey vowed to send troops into Syria.")) == {("THREATEN", "SYR")}
    border = code("Lithuania will deploy 4,000 soldiers to its border with Belarus.")
    assert pairs(border) == {("THREATEN", "BLR")}


def test_troops_sent_to_help_a_government_are_military_aid() -> None:
    advise = code("The United States will send troops to help advise the Iraqi government.")
    assert pairs(advise) == {("AGREE", "IRQ")}
    host = code("Canada will send several dozen troops to Iraq to help advise that country's army.")
    assert pairs(host) == {("AGREE", "IRQ")}
    done = code("Kenya sent troops to Somalia to help the Somali government.")
    assert ("AID", "SOM") in pairs(done)
    assert "MOBILIZE" not in {e.type for e in done}


def test_troops_sent_to_protect_the_senders_own_stay_a_deployment() -> None:
    embassy = code("The United States sent troops to Libya to protect its embassy.")
    assert pairs(embassy) == {("MOBILIZE", "LBY")}
    speakers = code("Russia will send troops to Ukraine to protect Russian speakers.")
    assert pairs(speakers) == {("THREATEN", "UKR")}


def test_an_infinitive_joined_to_a_gerund_coordinates_with_the_infinitive_above() -> None:
    events = code(
        "Kenya called on Uganda to stop supporting rebels and to withdraw its troops from Sudan."
    )
    retreats = by_type(events, "RETREAT")
    assert retreats and all(e.hypothetical and not e.negated for e in retreats)


def test_every_infinitive_of_a_listed_request_is_hypothetical() -> None:
    events = code(
        "Kenya urged Uganda to respect the ceasefire, to withdraw its troops and to release "
        "prisoners."
    )
    acts = [e for e in events if e.type != "REQUEST"]
    assert acts and all(e.hypothetical for e in acts)


def test_an_act_sought_is_not_done() -> None:
    # a guard (already so before round 8b): seeking is a wish; a cooperative act sought is
    # an intent (AGREE), another stays hypothetical
    ties = code("Kenya is seeking to strengthen ties with Uganda.")
    assert ties and all(e.hypothetical or e.type == "AGREE" for e in ties)
    talks = code("Kenya sought to negotiate a ceasefire with Uganda.")
    assert {e.type for e in talks} == {"AGREE"}


def test_a_candidacy_results_respected_and_a_movement_created_code_nothing() -> None:
    assert code("Kenya's former prime minister launched a bid for the presidency.") == []
    assert code("Kenya's government said it would respect the election results.") == []
    assert code("Kenyan students united to create a global movement.") == []
