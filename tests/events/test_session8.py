"""Session 8 rules: refusals.

Every sentence is invented (real countries and institutions).
"""

from __future__ import annotations

import pytest
from event_helpers import code

from crossroads.model import Event


def flagged(events: list[Event]) -> set[tuple[str, str | None, str | None, bool, bool]]:
    return {
        (e.type, e.source.country, e.target and e.target.country, e.negated, e.hypothetical)
        for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to condemn Uganda.",
        "Kenya declined to impose sanctions on Uganda.",
        "Kenya refused to attack Uganda.",
    ],
)
def test_a_conflictual_act_refused_is_that_act_negated_not_a_rejection(text: str) -> None:
    """Refusing to condemn Uganda is restraint toward Uganda, not a rejection of Uganda: the
    act is kept, flagged, and no REJECT is coded against its recipient."""
    events = flagged(code(text))
    assert not any(kind == "REJECT" for kind, *_ in events)
    assert any(target == "UGA" and negated for _, _, target, negated, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to meet Uganda's president.",
        "Kenya refused to cooperate with Uganda.",
        "Kenya declined to join talks with Uganda.",
        # 'take' has an imported seizure rule, too broad to make this a conflictual act
        "Kenya's president refused to take a call from Uganda's president.",
    ],
)
def test_a_cooperative_act_refused_is_a_rejection_of_its_party(text: str) -> None:
    assert ("REJECT", "KEN", "UGA", False, False) in flagged(code(text))


def test_the_country_is_the_only_country_named_before_it() -> None:
    events = flagged(code("Kenya's foreign minister said the country never attacked Uganda."))
    assert ("ASSAULT", "KEN", "UGA", True, False) in events


def test_the_country_with_two_countries_named_before_it_is_nobody() -> None:
    """'Kenya's ambassador to Uganda': the reader needs more than recency to know which."""
    text = "Kenya's ambassador to Uganda said the country would expel Rwandan diplomats."
    assert not any(source in ("KEN", "UGA") for _, source, *_ in flagged(code(text)))


def confidence_of(text: str, kind: str) -> float:
    [event] = [e for e in code(text) if e.type == kind and e.target is None]
    return event.confidence


@pytest.mark.parametrize(
    ("text", "plain", "kind"),
    [
        (
            "Kenya lifted the restrictions imposed during its dispute with Uganda.",
            "Kenya lifted the restrictions imposed during its dispute with the opposition.",
            "CONCEDE",
        ),
        # (session 13: 'the deal with Uganda' now names the recipient)
        (
            "Kenya pulled out of the deal, angering Uganda.",
            "Kenya pulled out of the deal.",
            "SANCTION",
        ),
    ],
)
def test_an_act_without_the_recipient_its_sentence_names_is_less_sure(
    text: str, plain: str, kind: str
) -> None:
    """SANCTION, AGREE, CONCEDE, RETREAT and COOPERATE coded with no recipient although the
    sentence names another country (a party the coder did not read as the recipient) were
    right once in seven in the held-out audit: they are kept, with a lower confidence."""
    assert confidence_of(text, kind) < confidence_of(plain, kind) - 0.05


def test_an_act_expecting_a_recipient_stays_when_no_other_country_is_named() -> None:
    events = code("Iran agreed to slow its work on the reactor.")
    assert ("AGREE", "IRN", None) in {(e.type, e.source.country, e.target) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The State Department warned U.S. citizens to defer all travel to Kenya.",
        "The Kenyan government warns travelers of the risks of visiting the border region.",
        "Authorities in Norway warned citizens visiting Kenya to avoid crowds.",
    ],
)
def test_a_warning_to_travellers_or_citizens_is_advice_not_a_threat(text: str) -> None:
    assert not any(e.type == "THREATEN" for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya warned Uganda against further incursions.",
        "Kenya warned Ugandan residents to leave their homes before the strikes.",
        "Kenya warned Ugandan nationals to leave or face expulsion.",
    ],
)
def test_a_warning_to_a_party_or_to_its_people_is_still_a_threat(text: str) -> None:
    assert ("THREATEN", "KEN", "UGA", False, False) in flagged(code(text))


def test_each_others_misspelt_is_still_reciprocal() -> None:
    events = flagged(code("Kenya and Uganda imposed tariffs on each others' goods."))
    assert {("SANCTION", "KEN", "UGA", False, False), ("SANCTION", "UGA", "KEN", False, False)} <= (
        events
    )


def test_talks_refused_are_refused_with_the_party_after_with() -> None:
    assert ("REJECT", "KEN", "UGA", False, False) in flagged(
        code("Kenya turned down talks with Uganda.")
    )


def test_the_country_is_not_read_from_the_sentence_before() -> None:
    text = "Rwanda hosted the summit. The country will never attack Uganda, Kenya's minister said."
    assert not any(source == "RWA" for _, source, *_ in flagged(code(text)))


def test_declining_to_give_data_or_comment_is_a_declined_comment() -> None:
    text = (
        "The Kenyan intelligence office has declined to provide official data on the suspects, "
        "or comment on the investigation into the bombings of Uganda."
    )
    assert not any(e.type == "REJECT" for e in code(text))


def test_a_rejection_and_a_statement_joined_by_and_are_two_acts() -> None:
    text = "Kenyan officials reject accusations of theft by Uganda and say they will appeal."
    assert ("REJECT", "KEN", "UGA", False, False) in flagged(code(text))
