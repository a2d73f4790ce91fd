"""Session 14 rules:

- a bare verb completing a negated verb is negated with it ("will not wire tap", "did not let
  Uganda attack Tanzania"); with a subject of its own, only under a verb of causing;
- a document's own voice (`--voice`): its first person outside quotation marks is that actor
  ("We call on the Myanmar authorities …" in Kenya's speech is Kenya's request), and so is
  its first-person recipient ("Uganda attacked us");
- a speech act the speaker says he wants, would like or must perform is performed ("I wish to
  thank …" thanks);
- support, appreciation or tribute offered is praise (SUPPORT), not an offer (AGREE);
- an economic or trade war is sanctions, with its recipient;
- criticising an attack or a restriction accuses its doer, never the party it is done to.

Every sentence is invented (real countries and institutions, invented people).
"""

from __future__ import annotations

import pytest
from event_helpers import flagged, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
from crossroads.events.lexicon import lexicon
from crossroads.events.modifiers import performative
from crossroads.model import Actor
from crossroads.nlp import load_nlp

# --- a bare verb under a negated verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya did not let Uganda attack Tanzania.", ("ASSAULT", "UGA", "TZA", True, False)),
        (
            "Kenya did not make Uganda withdraw its troops from Tanzania.",
            ("RETREAT", "UGA", "TZA", True, False),
        ),
        (
            "The minister did not have Kenyan police arrest the Ugandan envoy.",
            ("COERCE", "KEN", "UGA", True, False),
        ),
    ],
)
def test_an_act_a_negated_verb_of_causing_completes_is_negated(
    text: str, expected: tuple[str, str, str, bool, bool]
) -> None:
    assert expected in flagged(text)


def test_an_act_caused_without_negation_is_done() -> None:
    assert ("ASSAULT", "UGA", "TZA", False, False) in flagged("Kenya let Uganda attack Tanzania.")


# --- a document's own voice ---------------------------------------------------------------------

SPEECH = (
    "The people of Myanmar have suffered for too long. We call on the Myanmar authorities to "
    "release all political prisoners. We will continue to support the people of Afghanistan."
)
KENYA = Actor("Kenya", country="KEN")


def voiced(text: str, voice: Actor | None) -> set[tuple[str, str | None, str | None]]:
    doc = load_nlp()(text)
    statements = extract_statements(doc, voice=voice)
    return triples(code_events(doc, statements, voice=voice))


def test_a_first_person_in_the_narrative_is_the_documents_voice() -> None:
    """Kenya's speech: 'we' is Kenya, not the people of Myanmar named the sentence before."""
    events = voiced(SPEECH, KENYA)
    assert ("REQUEST", "KEN", "MMR") in events
    assert ("AGREE", "KEN", "AFG") in events  # support announced: an AGREE of intent
    assert ("RETREAT", "MMR", None) in events  # the release asked of the authorities
    assert not [e for e in events if e[1] == "MMR" and e[0] != "RETREAT"]


def test_without_a_voice_a_first_person_takes_the_sentence_before() -> None:
    events = voiced(SPEECH, None)
    assert ("REQUEST", "MMR", "MMR") in events
    assert not [e for e in events if e[1] == "KEN"]


def test_a_first_person_speaker_outside_quotes_is_the_voice_in_the_statements() -> None:
    doc = load_nlp()(SPEECH)
    speakers = {s.speaker.text: s.speaker.actor for s in extract_statements(doc, voice=KENYA)}
    assert speakers.get("We") == KENYA


def test_a_quoted_first_person_stays_its_speakers() -> None:
    """A speech quoting another: the quoted 'we' is the Ugandan minister's, not the voice's."""
    text = (
        'The Ugandan foreign minister spoke last week. "We will never accept the blockade of '
        'our ports," she said. We call on Uganda to reopen the border.'
    )
    events = voiced(text, KENYA)
    assert ("REQUEST", "KEN", "UGA") in events
    assert not [e for e in events if e[1] == "KEN" and e[0] == "REJECT"]


def voiced_flags(
    text: str, voice: Actor | None = KENYA
) -> set[tuple[str, str | None, str | None, bool]]:
    """(type, source country, target country, hypothetical) in Kenya's voice."""
    doc = load_nlp()(text)
    statements = extract_statements(doc, voice=voice)
    return {
        (e.type, e.source.country, e.target and e.target.country, e.hypothetical)
        for e in code_events(doc, statements, voice=voice)
    }


# --- speech acts a speaker says he wants to perform ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I also want to thank the Ugandan president for his leadership.",
        "We want to express our solidarity with the people of Uganda.",
        "We must also express our support for the Ugandan government.",
        "I would like to thank in particular the Ugandan peacekeepers for their sacrifices.",
    ],
)
def test_a_speech_act_the_speaker_wants_to_perform_is_performed(text: str) -> None:
    events = voiced_flags(text)
    assert ("SUPPORT", "KEN", "UGA", False) in events
    assert not [e for e in events if e[0] == "AGREE" or e[3]]


@pytest.mark.parametrize(
    "text", ["Kenya wants to thank Uganda for its help.", "We wanted to thank Uganda for its help."]
)
def test_another_partys_or_a_past_wish_to_thank_is_no_thanks_yet(text: str) -> None:
    assert ("SUPPORT", "KEN", "UGA", True) in voiced_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would like to offer my appreciation to the Ugandan president for his work.",
        "Kenya offers its full support to Uganda's efforts.",
        "We pay tribute to the Ugandan peacekeepers.",
    ],
)
def test_support_appreciation_or_tribute_offered_is_praise(text: str) -> None:
    events = voiced_flags(text)
    assert ("SUPPORT", "KEN", "UGA", False) in events
    assert not [e for e in events if e[0] == "AGREE"]


# --- an economic war ------------------------------------------------------------------------------


def test_an_economic_or_trade_war_is_sanctions_and_a_war_is_an_attack() -> None:
    assert ("SANCTION", "USA", "RUS", False, False) in flagged(
        "Washington declared an economic war against Russia."
    )
    assert ("SANCTION", "USA", "CHN", False, False) in flagged(
        "The United States launched a trade war against China."
    )
    assert ("ASSAULT", "RUS", "UKR", False, False) in flagged("Russia declared war on Ukraine.")


def test_a_trade_war_without_a_recipient_is_no_event() -> None:
    assert not flagged("The American president has declared trade wars as easy to win.")


# --- criticism of an attack or a restriction -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned the attack on Tanzania.",
        "Kenya condemned the military aggression against Tanzania.",
        "Kenya rejected the unilateral coercive measures imposed on Tanzania.",
        "Kenya criticised the blockade of Tanzania.",
    ],
)
def test_criticising_an_attack_or_a_restriction_accuses_no_victim(text: str) -> None:
    events = flagged(text)
    assert events, "the criticism itself is kept"
    assert all(e[1] == "KEN" and e[2] is None for e in events)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kenya condemned the Ugandan attack on Tanzania.", "UGA"),
        ("Kenya condemned the sanctions imposed on Tanzania by the United States.", "USA"),
        ("The UN condemned the Ugandan president's crackdown against Ugandan students.", "UGA"),
    ],
)
def test_the_doer_of_a_criticised_act_stays_the_target(text: str, accused: str) -> None:
    criticisms = {e[2] for e in flagged(text) if e[0] == "ACCUSE"}
    assert criticisms == {accused}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan lawmakers demanded more sanctions on Uganda.", ("ACCUSE", "KEN", "UGA")),
        ("Kenya will not lift its sanctions on Uganda.", ("REJECT", "KEN", "UGA")),
        ("Kenya blamed the attack on Ugandan rebels.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_calls_for_refusals_of_and_blame_for_acts_keep_their_party(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {e[:3] for e in flagged(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda attacked us last year.", ("ASSAULT", "UGA", "KEN", False)),
        ("Uganda has repeatedly threatened our country.", ("THREATEN", "UGA", "KEN", False)),
        ("We thank Japan for supporting us.", ("SUPPORT", "JPN", "KEN", False)),
    ],
)
def test_a_first_person_recipient_is_the_documents_voice(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in voiced_flags(text)
    assert not [e for e in voiced_flags(text, None) if e[2] == "KEN"]


def test_a_quoted_first_person_recipient_is_not_the_voice() -> None:
    text = '"They attacked us," the Ugandan minister said of the rebels.'
    assert not [e for e in voiced_flags(text) if e[2] == "KEN"]


# --- review mends ------------------------------------------------------------------------------


def test_a_quoted_we_with_no_speaker_still_takes_the_sentence_before_under_a_voice() -> None:
    text = 'The Ugandan minister arrived in Nairobi. "We will impose sanctions on Tanzania."'
    assert ("THREATEN", "UGA", "TZA", False) in voiced_flags(text)


def test_a_speech_act_under_a_condition_is_not_performed() -> None:
    events = voiced_flags("If Uganda attacks Tanzania again, we must condemn Uganda.")
    assert ("ACCUSE", "KEN", "UGA", True) in events
    assert ("ACCUSE", "KEN", "UGA", False) not in events


@pytest.mark.parametrize(
    "text", ["Uganda would like us to congratulate Tanzania.", "They want me to thank Tanzania."]
)
def test_a_speech_act_someone_else_wants_of_the_speaker_is_not_performed(text: str) -> None:
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ in ("congratulate", "thank"))
    assert not performative(verb, lexicon())


def test_a_doer_named_by_by_on_the_act_stays_the_accused() -> None:
    events = flagged("Kenya condemned the attack on Ugandan troops by Ugandan rebels.")
    assert ("ACCUSE", "KEN", "UGA", False, False) in events
