"""Session 14 rules:

- a bare verb completing a negated verb is negated with it ("will not wire tap", "did not let
  Uganda attack Tanzania"); with a subject of its own, only under a verb of causing;
- a document's own voice (`--voice`): its first person outside quotation marks is that actor
  ("We call on the Myanmar authorities …" in Kenya's speech is Kenya's request).

Every sentence is invented (real countries and institutions, invented people).
"""

from __future__ import annotations

import pytest
from event_helpers import flagged, triples

from crossroads.attribution import extract_statements
from crossroads.events import code_events
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
