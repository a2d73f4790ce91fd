"""Hypothesis properties: offsets slice the text to the stated content; output is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from crossroads.attribution import extract_statements

PIECES = [
    "Vera Lund said that the budget was late.",
    "“We will not accept this,” the minister said.",
    "She argued that the cuts hurt schools.",
    "According to the spokesperson, the talks failed.",
    'Omar Selin told reporters: "The border stays open."',
    "‘Nobody wins,’ he added.",
    "The Russian side underscored that calm matters.",
    "«Rien ne change» a dit Marc Olin.",
    "Officials warned of a new crisis.",
    "It's the states' view, O'Neill noted.",
    '"Unclosed quote here.',
    "\n\n",
    "“Para one.\n\n“Para two,” Lund said.",
    "PELL: Is the vote today?",
]


SLOW_OK = [HealthCheck.function_scoped_fixture]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(" ".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_offsets_slice_the_text_to_the_content(nlp: Language, text: str) -> None:
    for statement in extract_statements(nlp(text)):
        assert text[statement.start : statement.end] == statement.content
        assert statement.content.strip() == statement.content != ""
        sp = statement.speaker
        if sp.start is not None and sp.end is not None:
            assert text[sp.start : sp.end] == sp.text
        assert -1.0 <= statement.tone <= 1.0


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts)
def test_output_is_deterministic(nlp: Language, text: str) -> None:
    first = extract_statements(nlp(text))
    second = extract_statements(nlp(text))
    assert first == second


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.sampled_from(list("ab .,:\n\"“”«»„‘’'")), max_size=80))
def test_arbitrary_punctuation_never_breaks_offsets(nlp: Language, text: str) -> None:
    for statement in extract_statements(nlp(text)):
        assert text[statement.start : statement.end] == statement.content
