"""Session 11 rules, from the held-out audit of AllSides articles 4300-4600: an act an accuser
alleges is not asserted, an act any instance of which is meant has not happened, sanctions
applied are sanctions, and a thing that threatens to do something makes no threat.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code, triples


@pytest.mark.parametrize(
    "text",
    [
        "Kenya charged Uganda with arming rebels in Somalia.",
        "Kenya accused Uganda of attacking Somalia.",
        "Kenya blamed Uganda for arming rebels in Somalia.",
    ],
)
def test_an_alleged_act_is_the_accusation_alone(text: str) -> None:
    events = triples(code(text))
    assert ("ACCUSE", "KEN", "UGA") in events
    assert not [e for e in events if e[1] == "UGA"]


def test_an_act_praised_is_still_the_praised_partys() -> None:
    events = triples(code("Kenya praised Uganda for sending troops to Somalia."))
    assert ("MOBILIZE", "UGA", "SOM") in events


def test_any_attack_is_no_attack_made() -> None:
    text = "Any attack on Iran by Kenya will spark a war, the minister warned."
    attacks = [e for e in code(text) if e.type == "ASSAULT"]
    assert attacks and all(e.hypothetical for e in attacks)


def test_the_attack_is_an_attack_made() -> None:
    attacks = [e for e in code("The attack on Iran by Kenya killed ten people.")]
    assert [(e.type, e.hypothetical) for e in attacks] == [("ASSAULT", False)]


@pytest.mark.parametrize(
    "text", ["Kenya has applied sanctions to Uganda.", "Kenya reimposed sanctions on Uganda."]
)
def test_sanctions_applied_or_reimposed_are_sanctions(text: str) -> None:
    assert ("SANCTION", "KEN", "UGA") in triples(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Separating from the front and leaving it vulnerable to Kenyan airstrikes threatened to "
        "weaken rebel forces as a whole.",
        "Kenyan sanctions threatened to weaken Uganda's economy.",
    ],
)
def test_a_thing_that_threatens_to_do_something_is_a_risk(text: str) -> None:
    assert not [e for e in code(text) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops threatened to attack Uganda.",
        "The Kenyan government threatened to expel Ugandan diplomats.",
        "Senior Kenyan figures have threatened to meet any Ugandan strikes with a response.",
        "The Kenyan rebel network threatened to attack Uganda.",
    ],
)
def test_a_party_that_threatens_to_act_makes_a_threat(text: str) -> None:
    assert ("THREATEN", "KEN", "UGA") in triples(code(text))


def test_a_text_that_threatens_an_act_is_its_authors_threat() -> None:
    text = "Kenya's announcement this week threatening more tariffs on Uganda surprised traders."
    assert ("THREATEN", "KEN", "UGA") in triples(code(text))


def test_tariffs_applied_to_no_party_are_no_sanction() -> None:
    text = "For goods entering the single market the Kenyan authorities will apply the EU tariffs."
    assert not code(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two were the latest of many Ugandans who have been detained by Kenya.",
            ("COERCE", "KEN", "UGA"),
        ),
        (
            "Four Ugandan citizens, who were illegally imprisoned by Kenya, have been released.",
            ("COERCE", "KEN", "UGA"),
        ),
        (
            "Jomo Alubala, the Ugandan student imprisoned by Kenya, returned home in a coma.",
            ("COERCE", "KEN", "UGA"),
        ),
    ],
)
def test_a_passive_clause_on_a_noun_acts_on_that_noun(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(text))


def test_a_suspect_a_state_arrests_is_its_own() -> None:
    events = code("Kenyan authorities arrested a second suspect on Saturday night.")
    assert [(e.source.country, e.target and e.target.country) for e in events] == [("KEN", "KEN")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya struck a deal on its nuclear program with Uganda.",
        "Kenya reached a deal on its border dispute with Uganda.",
    ],
)
def test_the_with_party_of_a_deals_topic_is_its_counterpart(text: str) -> None:
    assert ("AGREE", "KEN", "UGA") in triples(code(text))


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Kenyan troops have had run-ins with groups backed by Uganda and Tanzania.",
            {"UGA", "TZA"},
        ),
        (
            "The hearing will review an agreement struck by Kenya, Uganda and five others.",
            {"KEN", "UGA"},
        ),
        (
            "Sudan says it destroyed its arsenal under a deal brokered by Kenya and Uganda.",
            {"KEN", "UGA"},
        ),
    ],
)
def test_the_parties_of_a_passive_clause_are_not_its_nouns_patients(
    text: str, agents: set[str]
) -> None:
    """The noun's phrase holds the clause: its agents are not each other's recipients."""
    assert not [e for e in triples(code(text)) if e[2] and {e[1], e[2]} <= agents]


def test_an_act_a_description_names_is_a_claim() -> None:
    """'described Moscow as raising grave concerns' was Mattis's CONSULT (held-out audit)."""
    assert not code("The Kenyan minister described Uganda as raising grave concerns.")


def test_an_announced_resignation_is_the_retreat() -> None:
    """PLOVER's gold codes 'will resign' as RETREAT; 'agreed to resign' stays an AGREE."""
    announced = code("The Kenyan defence minister said she will step down in 2021.")
    assert [(e.type, e.hypothetical) for e in announced] == [("RETREAT", False)]
    agreed = code("The Kenyan defence minister agreed to resign.")
    assert [e.type for e in agreed] == ["AGREE"]


def test_supplies_dropped_are_aid() -> None:
    text = "Kenyan cargo planes dropped weapons and supplies to Ugandan rebels."
    assert ("AID", "KEN", "UGA") in triples(code(text))


def test_the_party_a_groups_own_act_is_aimed_at_is_not_the_group() -> None:
    """'to aid Kurdish fighters battling the Islamic State' gave the Islamic State aid."""
    assert not code("Kenya sent weapons to rebels fighting Uganda.")


def test_a_thing_sanctioned_is_authorized() -> None:
    assert not code("The Kenyan president sanctioned a referendum in the Rift Valley.")
    assert ("SANCTION", "USA", "KEN") in triples(
        code("The United States sanctioned two Kenyan banks.")
    )


def test_a_party_pursuing_a_project_is_about_its_place() -> None:
    text = "Kenya extended a loan to a state-owned company pursuing a large project in Uganda."
    assert ("AID", "KEN", "UGA") in triples(code(text))


def test_people_and_trade_sanctioned_are_sanctioned() -> None:
    events = triples(code("The United States sanctioned seven Kenyan oligarchs and their firms."))
    assert ("SANCTION", "USA", "KEN") in events


def test_the_north_is_the_divided_country_the_article_named() -> None:
    text = (
        "North Korea fired a missile on Monday. Kenya urged Uganda to start talks with the North."
    )
    assert ("CONSULT", "UGA", "PRK") in triples(code(text))


def test_the_north_names_no_country_the_article_did_not() -> None:
    assert not [e for e in code("Kenya will hold talks with the North.") if e.target]


def test_standing_with_a_party_supports_it() -> None:
    assert ("SUPPORT", "KEN", "UGA") in triples(code("Kenya stood with Uganda after the attack."))


def test_a_rules_preposition_comes_after_its_verb() -> None:
    text = "With oil-rich Uganda at the top of the list, Kenya stands in the bottom three."
    assert not code(text)


def test_a_fronted_on_phrase_is_no_call_on() -> None:
    """'On Monday, … called' read as 'call on' coded a REQUEST of every phone call so dated."""
    text = "On Tuesday morning, the Kenyan president called Mr. Okoro and told him talks were over."
    assert not [e for e in code(text) if e.type == "REQUEST"]


def test_a_call_for_a_for_to_clause_is_a_request() -> None:
    events = code("The Kenyan minister called for other countries to isolate Uganda.")
    assert [e.type for e in events if e.source.country == "KEN"] == ["REQUEST"]
