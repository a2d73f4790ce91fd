"""Session 10 rules: the indirect object of an act stated as a verb and its noun, the named
owner of the act's noun as its recipient, and a complaint about a decision as criticism.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya gave Uganda a deadline to withdraw its troops.", ("THREATEN", "KEN", "UGA")),
        ("Norway handed Kenya an ultimatum on Monday.", ("THREATEN", "NOR", "KEN")),
    ],
)
def test_the_indirect_object_receives_an_act_its_noun_names(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(text))


def test_an_indirect_object_of_a_verb_without_an_act_noun_is_no_recipient() -> None:
    """'gave Uganda a thumbs up' names no concession to Uganda."""
    assert not [e for e in code("Kenya gave Uganda a thumbs up at the summit.") if e.target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States revoked Kenya's special trade status.", ("SANCTION", "USA", "KEN")),
        ("Norway will not open Sweden's borders.", ("REJECT", "NOR", "SWE")),
    ],
)
def test_the_named_owner_of_the_acts_noun_is_its_recipient(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(text))


def test_the_owner_of_the_streets_taken_to_is_where_a_protest_is_not_its_recipient() -> None:
    events = code("Kenyan crowds took to Nairobi's streets to protest the lack of candidates.")
    assert {(e.type, e.source.country) for e in events} == {("PROTEST", "KEN")}
    assert all(e.target is None for e in events)


def test_a_complaint_about_a_decision_is_criticism_of_whoever_took_it() -> None:
    events = code("Norway complained about Kenya's decision to close the border.")
    assert triples(events) == {("ACCUSE", "NOR", "KEN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan officials loudly protested the raid by Uganda.", ("ACCUSE", "KEN", "UGA")),
        ("Kenya protested the Ugandan arms sale to Somalia.", ("ACCUSE", "KEN", "UGA")),
        ("The Kenyan government protested against the Ugandan raid.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_an_official_protest_is_a_complaint(text: str, expected: tuple[str, str, str]) -> None:
    events = code(text)
    assert expected in triples(events)
    assert {e.cameo_root for e in events} == {"11"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students protested against the government.",
        "Hundreds of Kenyans protested the new tax in Nairobi.",
        "Thousands protested in Nairobi against the new tax.",
        "Kenyan lawmakers staged a sit-in to protest the new tax.",
    ],
)
def test_crowds_and_a_protest_that_is_another_acts_aim_demonstrate(text: str) -> None:
    assert "PROTEST" in {e.type for e in code(text)}
    assert "ACCUSE" not in {e.type for e in code(text)}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Kenyan police arrested dozens of protesters in Nairobi.", "CVL"),
        ("The Kenyan government arrested more than 100 dissidents last week.", "OPP"),
        ("The Kenyan government arrested dozens of Maasai mayors.", "GOV"),
    ],
)
def test_people_a_states_authorities_detain_are_its_own(text: str, sector: str) -> None:
    events = [e for e in code(text) if e.type == "COERCE"]
    assert [
        (e.source.country, e.target and (e.target.country, e.target.sector)) for e in events
    ] == [("KEN", ("KEN", sector))]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan police arrested two Ugandan students.", "UGA"),
        ("Kenyan troops detained dozens of people in Somalia.", "SOM"),
    ],
)
def test_people_of_another_country_detained_are_not_the_states_own(text: str, target: str) -> None:
    events = [e for e in code(text) if e.type == "COERCE"]
    assert {e.target and e.target.country for e in events} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hopes Uganda will sign the deal.",
        "The minister said he hoped Uganda would be willing to negotiate a new deal.",
    ],
)
def test_an_act_hoped_of_another_party_is_hypothetical(text: str) -> None:
    events = [e for e in code(text) if e.source.country == "UGA"]
    assert events and all(e.hypothetical for e in events)


def test_an_act_hoped_of_oneself_stays_an_intent() -> None:
    """'hopes it will sign': its own intention, an AGREE of intent as announced."""
    events = code("Kenya hopes it will sign the deal with Uganda.")
    assert [(e.type, e.hypothetical) for e in events if e.source.country == "KEN"] == [
        ("AGREE", False)
    ]


def test_a_conjunct_the_tagger_reads_as_present_shares_the_first_verbs_modal() -> None:
    """'could withdraw … and agree to leave': 'agree' is tagged VBP, but it is the same base
    form under 'could', so the agreement is only possible."""
    events = code("In theory, Kenya could withdraw from the talks and agree to leave the region.")
    assert events and all(e.hypothetical for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya withdrew Ambassador John Okello from Uganda.", ("SANCTION", "KEN", "UGA")),
        ("Kenya summoned Ambassador John Okello of Uganda.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_the_title_of_a_named_person_is_the_acts_noun(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'withdrew Ambassador John Okello': the ambassador is withdrawn (relations reduced), no
    retreat."""
    assert triples(code(text)) == {expected}
