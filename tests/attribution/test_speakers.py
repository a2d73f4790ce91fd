"""Speaker resolution: pronouns, descriptions, surnames, roles and actors carried forward."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from attribution_helpers import by_cue

from crossroads.model import Statement

Run = Callable[..., list[Statement]]


def test_pronoun_resolves_to_the_named_person(statements: Run) -> None:
    text = "Vera Lund criticised the budget. She argued that the cuts hurt schools."
    st = by_cue(statements(text), "argued")
    assert (st.speaker.text, st.speaker.name) == ("She", "Vera Lund")


def test_gender_from_pronoun_agreement_in_the_text(statements: Run) -> None:
    text = (
        "Vera Lund met Karl Brandt in Oslo. Lund said she was tired of the delays. "
        "Brandt left early. She warned that the deadline would slip."
    )
    st = by_cue(statements(text), "warned")
    assert st.speaker.name == "Vera Lund"


def test_surname_resolves_to_full_name(statements: Run) -> None:
    text = "Omar Selin visited the port. Selin insisted that the ships were safe."
    assert by_cue(statements(text), "insisted").speaker.name == "Omar Selin"


def test_description_resolves_by_role(statements: Run) -> None:
    text = (
        "Japan's foreign minister, Kenji Arata, met the delegation. "
        "The minister said that the agreement was fair to both sides."
    )
    st = by_cue(statements(text), "said")
    assert (st.speaker.text, st.speaker.name) == ("The minister", "Kenji Arata")
    assert st.speaker.role == "foreign minister"
    assert st.speaker.actor is not None
    assert (st.speaker.actor.country, st.speaker.actor.sector) == ("JPN", "GOV")


@pytest.mark.parametrize("apostrophe", ["’", "'", " ’ "])
def test_role_and_actor_carry_to_later_mentions(statements: Run, apostrophe: str) -> None:
    """The role noun right before the name is hers, however the parser attaches it."""
    text = (
        f"Russia{apostrophe}s Foreign Ministry spokesperson Irina Volkova spoke on Friday. "
        "Volkova stressed that Moscow wanted calm. According to the diplomat, the talks failed."
    )
    found = statements(text)
    for st in (by_cue(found, "stressed"), by_cue(found, "according to")):
        assert st.speaker.name == "Irina Volkova"
        assert st.speaker.role == "Foreign Ministry spokesperson"
        assert st.speaker.actor is not None and st.speaker.actor.country == "RUS"


def test_institution_description_has_no_name_but_an_actor(statements: Run) -> None:
    st = by_cue(
        statements("The Russian side underscored that the region needs stability."), "underscored"
    )
    assert (st.speaker.text, st.speaker.name) == ("The Russian side", None)
    assert st.speaker.actor is not None and st.speaker.actor.country == "RUS"


def test_no_antecedent_means_null_not_a_guess(statements: Run) -> None:
    st = by_cue(statements("She argued that the cuts hurt schools."), "argued")
    assert (st.speaker.text, st.speaker.name) == ("She", None)


def test_gender_mismatch_is_not_resolved(statements: Run) -> None:
    text = "Mr. Karl Brandt criticised the budget. She argued that the cuts hurt schools."
    assert by_cue(statements(text), "argued").speaker.name is None


def test_speaker_offsets_point_at_the_speaker_words(statements: Run) -> None:
    text = "Vera Lund criticised the budget. She argued that the cuts hurt schools."
    sp = by_cue(statements(text), "argued").speaker
    assert sp.start is not None and sp.end is not None
    assert text[sp.start : sp.end] == sp.text == "She"


def test_it_refers_to_an_institution(statements: Run) -> None:
    text = (
        "The Czech Foreign Ministry summoned the envoy on Monday. "
        "It said that the border incident was unacceptable."
    )
    st = by_cue(statements(text), "said")
    assert (st.speaker.text, st.speaker.name) == ("It", None)
    assert st.speaker.actor is not None and st.speaker.actor.country == "CZE"


def test_the_ministry_is_the_speakers_ministry(statements: Run) -> None:
    text = (
        "Japan's Foreign Ministry spokesperson Aiko Tanabe spoke in Tokyo. "
        "The ministry warned that the talks could collapse."
    )
    st = by_cue(statements(text), "warned")
    assert (st.speaker.text, st.speaker.name) == ("The ministry", None)
    assert st.speaker.actor is not None and st.speaker.actor.country == "JPN"


def test_plural_officials_keep_their_place(statements: Run) -> None:
    st = by_cue(statements("Officials in Berlin urged Warsaw to act quickly."), "urged")
    assert (st.speaker.name, st.content) == (None, "Warsaw to act quickly")
    assert st.speaker.actor is not None and st.speaker.actor.country == "DEU"


def test_speaker_words_stay_in_their_paragraph(statements: Run) -> None:
    text = "11:15 a.m.\n\nVera Lund says that the vote was rigged."
    sp = by_cue(statements(text), "says").speaker
    assert (sp.text, sp.name) == ("Vera Lund", "Vera Lund")


def test_it_does_not_jump_over_a_sentence_about_something_else(statements: Run) -> None:
    text = (
        "The Czech Foreign Ministry summoned the envoy. The meeting reflects wider tensions. "
        "It also said that the talks may stall."
    )
    st = by_cue(statements(text), "said")
    assert (st.speaker.text, st.speaker.name, st.speaker.actor) == ("It", None, None)
    # with an indication cue the same "it" is no source at all (test_precision.py)
    signalled = text.replace("said", "signals")
    assert [s.cue for s in statements(signalled) if s.speaker.text == "It"] == []


def test_a_namesake_of_a_leader_known_by_surname_alone_is_not_that_leader(
    statements: Run,
) -> None:
    """The leader tables know the Bahamas' prime minister of 2012-2017 only as "Christie".
    An invented "Dana Christie" in an article that never names the Bahamas is not him."""
    text = "Dana Christie criticised the budget on Monday. Christie said the cuts hurt schools."
    for st in statements(text, published="2014-05-18"):
        assert st.speaker.actor is None


def test_they_is_the_speakers_not_the_subject_of_what_they_said(statements: Run) -> None:
    text = (
        "Kenyan officials said Uganda had massed troops. "
        "They accused Kampala of planning an invasion."
    )
    st = by_cue(statements(text), "accused")
    assert st.speaker.actor is not None and st.speaker.actor.country == "KEN"
