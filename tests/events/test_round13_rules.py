"""Round 13 rules: three false-event constructions of a held-out real-news audit (reaching a
goal read as a meeting, a thing endangering a good read as a threat, a verbal retort read as
gunfire).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed


def types(text: str) -> list[str]:
    return [e.type for e in code_attributed(text)]


def test_meeting_a_goal_is_no_meeting() -> None:
    goal = "Last year four countries, Britain, Greece, Estonia and Poland, were meeting that goal."
    assert "CONSULT" not in types(goal)
    assert "CONSULT" not in types("Britain and Poland met NATO's spending target last year.")
    met = code_attributed("Britain and Poland met on Tuesday in Warsaw.")
    assert {(e.source.country, e.target.country) for e in met if e.type == "CONSULT"} >= {
        ("GBR", "POL")
    }


def test_a_thing_that_threatens_a_good_makes_no_threat() -> None:
    assert "THREATEN" not in types("Kenya's campaign threatens the legacy of President Okoro.")
    assert "THREATEN" not in types("The Kenyan scandal threatens jobs in Uganda.")
    assert "THREATEN" in types("Kenya threatened Uganda on Monday.")
    assert "THREATEN" in types("Kenya threatened Uganda with tariffs.")
    # a named party after the subject's head is its doer; elections are threatened, not endangered
    assert "THREATEN" in types(
        "The head of the Nusra Front threatened attacks on Kenyan villagers."
    )
    assert "THREATEN" in types("Kenyan Prime Minister Jaba Okello threatened elections a week ago.")


def test_firing_back_at_a_critic_is_no_assault() -> None:
    retort = (
        "Minister Jaba Okello fired back Sunday at Kenyan President Tom Mbeki, "
        "who had criticised the budget."
    )
    assert "ASSAULT" not in types(retort)
    assert "ASSAULT" in types("Kenyan soldiers fired back at Ugandan rebels.")
    assert "ASSAULT" in types("Kenya fired back at Uganda with rockets.")
