"""Indirect and according-to statements: reporting verbs and nouns with their clauses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from attribution_helpers import by_cue

from crossroads.attribution.lexicon import cue_lexicon
from crossroads.model import Statement

Run = Callable[..., list[Statement]]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Lina Brock asserted that the treaty was void.", "asserted", "the treaty was void"),
        ("Lina Brock argued that the tariffs hurt farmers.", "argued", "the tariffs hurt farmers"),
        ("Lina Brock stressed that talks must continue.", "stressed", "talks must continue"),
        ("Lina Brock noted that exports rose in May.", "noted", "exports rose in May"),
        (
            "Lina Brock underscored the need for new talks.",
            "underscored",
            "the need for new talks",
        ),
        (
            "Lina Brock warned of a new crisis in the region.",
            "warned",
            "a new crisis in the region",
        ),
        (
            "Lina Brock told reporters that the deal was fair.",
            "told",
            "the deal was fair",
        ),
        (
            "Lina Brock said in a statement that the vote was rigged.",
            "said",
            "the vote was rigged",
        ),
        (
            "Lina Brock framed the decision as a betrayal of voters.",
            "framed",
            "the decision as a betrayal of voters",
        ),
        (
            "Lina Brock described the plan as reckless and dangerous.",
            "described",
            "the plan as reckless and dangerous",
        ),
        ("The exports rose, Lina Brock said.", "said", "The exports rose"),
    ],
)
def test_reporting_verbs(statements: Run, sentence: str, cue: str, content: str) -> None:
    st = by_cue(statements(sentence), cue)
    assert (st.kind, st.content, st.speaker.name) == ("indirect", content, "Lina Brock")


def test_according_to(statements: Run) -> None:
    st = by_cue(statements("According to Pavel Dusek, the deal was ready."), "according to")
    assert (st.kind, st.content, st.speaker.name) == (
        "according_to",
        "the deal was ready",
        "Pavel Dusek",
    )


def test_view_is_that(statements: Run) -> None:
    text = "Pavel Dusek spoke on Monday. Dusek's view is that the sanctions have failed."
    st = by_cue(statements(text), "view")
    assert (st.kind, st.content) == ("according_to", "the sanctions have failed")
    assert st.speaker.name == "Pavel Dusek"


def test_in_someones_words(statements: Run) -> None:
    text = "Pavel Dusek spoke on Monday. In Dusek's words, the treaty is dead."
    st = next(s for s in statements(text) if s.kind == "according_to")
    assert (st.content, st.speaker.name) == ("the treaty is dead", "Pavel Dusek")


def test_noun_cue_with_possessor(statements: Run) -> None:
    st = by_cue(statements("Moscow's concern that the talks may fail was clear."), "concern")
    assert st.content == "the talks may fail"
    assert st.speaker.actor is not None and st.speaker.actor.country == "RUS"


def test_inanimate_subject_is_not_a_speaker(statements: Run) -> None:
    assert statements("The emphasis on growth highlighted the need for reform.") == []


def test_lexicon_is_data_with_hundreds_of_lemmas() -> None:
    lexicon = cue_lexicon()
    assert len(lexicon) >= 250
    assert lexicon.verbs["argue"].kind == "speech"
    assert lexicon.verbs["believe"].kind == "belief"
    assert lexicon.kind_of("according to") == "speech"
    assert lexicon.kind_of("also say") == "speech"


def test_statement_saying_is_spoken_by_its_issuer(statements: Run) -> None:
    text = "The Czech Foreign Ministry released a statement saying that the talks had failed."
    st = by_cue(statements(text), "saying")
    assert st.content == "the talks had failed"
    assert st.speaker.text == "The Czech Foreign Ministry"
    assert st.speaker.actor is not None and st.speaker.actor.country == "CZE"


def test_participle_continues_the_subject(statements: Run) -> None:
    st = by_cue(statements("Lina Brock left the room, adding that the vote was rigged."), "adding")
    assert (st.content, st.speaker.name) == ("the vote was rigged", "Lina Brock")


def test_empty_text_has_no_statements(statements: Run) -> None:
    assert statements("") == []
    assert statements("\n\n") == []


def test_an_unparsed_doc_is_refused() -> None:
    import spacy

    from crossroads.attribution import extract_statements

    with pytest.raises(ValueError, match="parsed Doc"):
        extract_statements(spacy.blank("en")("Vera Lund said that it works."))
