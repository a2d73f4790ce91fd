"""Session 9 rules: negation carried by an adverb, the 'not' of focus, and coordinated role
nouns that share a nationality.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code, triples

from crossroads.model import Event


def flagged(events: list[Event]) -> set[tuple[str, str | None, str | None, bool]]:
    return {(e.type, e.source.country, e.target and e.target.country, e.negated) for e in events}


def parties(events: list[Event]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {
        (e.type, e.source.country, e.source.sector, e.target and e.target.country) for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not even attack Uganda.",
        "Kenyan forces have not yet again attacked Uganda.",
        "Kenya didn't even attack Uganda.",
    ],
)
def test_a_not_the_parser_hangs_on_an_adverb_before_the_verb_negates_it(text: str) -> None:
    assert flagged(code(text)) == {("ASSAULT", "KEN", "UGA", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya not only attacked Uganda but also shelled Tanzania.",
        "Kenyan troops did not only attack Uganda but also shelled Tanzania.",
    ],
)
def test_the_not_of_focus_negates_no_act(text: str) -> None:
    """'not only attacked Uganda': Uganda was attacked, and Tanzania too."""
    assert flagged(code(text)) == {
        ("ASSAULT", "KEN", "UGA", False),
        ("ASSAULT", "KEN", "TZA", False),
    }


def test_a_plain_not_still_negates() -> None:
    assert flagged(code("Kenya did not attack Uganda.")) == {("ASSAULT", "KEN", "UGA", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Danish media and government warned Russia.",
            {("THREATEN", "DNK", "MED", "RUS"), ("THREATEN", "DNK", "GOV", "RUS")},
        ),
        (
            "Iranian state media and officials accused Israel of the attack.",
            {("ACCUSE", "IRN", "MED", "ISR"), ("ACCUSE", "IRN", "GOV", "ISR")},
        ),
    ],
)
def test_a_bare_role_noun_coordinated_after_a_national_one_shares_its_country(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert parties(code(text)) == expected


def test_a_coordinated_role_with_its_own_party_keeps_it() -> None:
    events = code("The Danish media and the government of Norway criticized Russia.")
    assert {(e.source.country, e.source.sector) for e in events} == {
        ("DNK", "MED"),
        ("NOR", "GOV"),
    }


def test_a_coordinated_word_that_names_no_role_shares_nothing() -> None:
    """'Danish media and analysts': analysts are no party of Denmark's."""
    events = code("Danish media and analysts criticized Russia.")
    assert {(e.source.country, e.source.sector) for e in events} == {("DNK", "MED")}


def test_a_role_before_a_national_phrase_that_is_no_role_shares_nothing() -> None:
    """'protesters and a White House statement calling for elections': the statement is the
    White House's, the protesters are not American (a false positive on AllSides)."""
    text = (
        "The consulate was attacked by protesters and a White House statement calling for "
        "early elections."
    )
    assert ("USA", "CVL") not in {(e.source.country, e.source.sector) for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Not long after Kenya ordered airstrikes in Somalia in 2011, its envoy flew to Nairobi.",
        "No doubt Kenya will continue to seek such support in Uganda and Tanzania.",
    ],
)
def test_a_negation_on_an_adverb_with_no_auxiliary_before_it_negates_nothing(text: str) -> None:
    """'Not long after …', 'no doubt …' (false positives on AllSides)."""
    assert not any(e.negated for e in code(text))


def test_armed_groups_do_not_share_a_nationality() -> None:
    """'Russian troops and separatists': the separatists are not Russia's (AllSides)."""
    text = "Ukrainian government forces are fighting Russian troops and separatists."
    assert ("RUS", "REB") not in {
        (e.target.country, e.target.sector) for e in code(text) if e.target
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya seized the town from Ugandan forces on Monday.", "UGA"),
        ("Kenya captured the border post from Uganda in 1998.", "UGA"),
        ("Russia took Crimea from Ukraine in 2014.", "UKR"),
    ],
)
def test_a_seizure_acts_on_the_party_it_takes_from(text: str, target: str) -> None:
    """Not on the place or thing taken (from a held-out draw: 'captured East Jerusalem from
    Jordan' was coded with no recipient)."""
    events = [e for e in code(text) if e.type == "COERCE"]
    assert {e.target and e.target.country for e in events} == {target}


def test_a_seizure_with_no_party_taken_from_keeps_its_object() -> None:
    assert flagged(code("Kenyan forces seized Ugandan fishing boats.")) == {
        ("COERCE", "KEN", "UGA", False)
    }


@pytest.mark.parametrize(
    "text",
    [
        "By seizing the drone fifty miles from Kenya, Uganda sent a message.",
        "Okafor will take over from Mbeki, who is retiring.",
    ],
)
def test_a_distance_or_a_succession_takes_from_no_one(text: str) -> None:
    """False positives on AllSides once seizures took their 'from' party."""
    assert not any(e.type == "COERCE" and e.target for e in code(text))


def test_the_act_a_charge_names_is_alleged_not_coded() -> None:
    """'charged twelve officers with stealing': not the jury's theft; since session 11 not the
    officers' either (the act is alleged), only the court's charge."""
    text = "A Kenyan court charged three Ugandan officers with stealing data from Tanzania."
    events = code(text)
    assert not [e for e in events if e.type == "COERCE"]
    assert [(e.type, e.source.country, e.target and e.target.country) for e in events] == [
        ("ACCUSE", "KEN", "UGA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a held-out draw: 'worked with the U.S. to enforce economic sanctions on North Korea'
        # was coded as a restriction (COERCE)
        "Kenya has enforced economic sanctions on Uganda since May.",
        # an ambassador banned from the country is expelled
        "Kenya has banned the Ugandan ambassador from returning to Nairobi.",
    ],
)
def test_sanctions_enforced_and_an_ambassador_banned_are_sanctions(text: str) -> None:
    assert triples(code(text)) == {("SANCTION", "KEN", "UGA")}


def test_a_leader_welcomed_at_a_place_is_hosted() -> None:
    events = code("Nigeria's President Okafor welcomed the Kenyan president at his residence.")
    assert {(e.type, e.mode, e.target and e.target.country) for e in events} == {
        ("CONSULT", "visit", "KEN")
    }


def test_a_decision_welcomed_is_still_praise() -> None:
    assert triples(code("Kenya welcomed the decision by Uganda at the summit.")) == {
        ("SUPPORT", "KEN", "UGA")
    }


def test_an_act_a_party_is_keen_or_eager_to_do_is_an_intention() -> None:
    """'are keen to continue cooperating with France' (a held-out draw: coded as done)."""
    events = code("Kenyan diplomats are keen to continue cooperating with Uganda.")
    assert triples(events) == {("AGREE", "KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya withdrew 2,000 Kenyan troops deployed in Somalia.",
        "Kenya withdrew the troops it had stationed in Somalia.",
        "Kenya withdrew its troops from Somalia.",
    ],
)
def test_own_forces_withdrawn_are_withdrawn_from_where_they_are(text: str) -> None:
    """From a held-out draw: 'withdraw some 5,000 U.S. troops present in different parts of
    Iraq' was coded as the US retreating from its own military."""
    assert triples(code(text)) == {("RETREAT", "KEN", "SOM")}
