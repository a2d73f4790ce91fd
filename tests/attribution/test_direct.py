"""Direct statements: speaker after, before and in the middle, colon introductions,
multi-paragraph quotes, follow-on quotes, transcripts, and scare quotes that are not statements."""

from __future__ import annotations

from collections.abc import Callable

from attribution_helpers import by_cue

from crossroads.model import Statement

Run = Callable[..., list[Statement]]


def test_speaker_after_the_quote(statements: Run) -> None:
    found = statements("“We will not accept any pressure,” Ivo Marek said on Monday.")
    st = by_cue(found, "said")
    assert st.kind == "direct"
    assert st.content == "We will not accept any pressure"
    assert st.speaker.name == "Ivo Marek"


def test_inverted_speaker_after_the_quote(statements: Run) -> None:
    st = by_cue(statements("“The talks are over,” said Lena Holt, a trade negotiator."), "said")
    assert st.speaker.name == "Lena Holt"
    assert st.speaker.role == "trade negotiator"


def test_speaker_before_the_quote(statements: Run) -> None:
    st = by_cue(statements('Omar Selin told reporters, "The border will stay open."'), "told")
    assert (st.kind, st.content) == ("direct", "The border will stay open.")
    assert st.speaker.name == "Omar Selin"


def test_speaker_in_the_middle_gives_both_halves(statements: Run) -> None:
    text = "“The ties are strong,” said Anna Kovar, “and they will only grow stronger.”"
    found = [st for st in statements(text) if st.kind == "direct"]
    assert [st.content for st in found] == [
        "The ties are strong",
        "and they will only grow stronger.",
    ]
    assert {st.speaker.name for st in found} == {"Anna Kovar"}


def test_colon_introduced_quote(statements: Run) -> None:
    text = 'Tomas Wren, the mayor, put it bluntly: "Nobody here wants another flood."'
    st = next(s for s in statements(text) if s.kind == "direct")
    assert st.content == "Nobody here wants another flood."
    assert st.speaker.name == "Tomas Wren"


def test_quote_over_several_paragraphs(statements: Run) -> None:
    text = (
        "Mira Dalton spoke at length.\n\n“The harvest failed in the north.\n\n"
        "“The south will need help before winter,” Dalton said."
    )
    st = by_cue(statements(text), "said")
    assert st.content.startswith("The harvest failed")
    assert st.content.endswith("before winter")
    assert st.speaker.name == "Mira Dalton"


def test_follow_on_quote_inherits_the_speaker(statements: Run) -> None:
    text = (
        "“We are ready to sign the accord,” Piet Voss said.\n\n"
        "“Our partners know where we stand on the tariffs.”"
    )
    found = [st for st in statements(text) if st.kind == "direct"]
    assert len(found) == 2
    assert found[1].content == "Our partners know where we stand on the tariffs."
    assert found[1].speaker.name == "Piet Voss"


def test_scare_quotes_are_not_statements(statements: Run) -> None:
    found = statements("The river, a “natural border”, floods every spring near the town.")
    assert found == []


def test_transcript_turns(statements: Run) -> None:
    text = (
        "Host Dana Pell spoke with Senator Rui Castel.\n\n"
        "PELL: Will the bill pass this month in the Senate?\n\n"
        "CASTEL: I expect a vote before the recess, and I think it will pass."
    )
    found = [st for st in statements(text) if st.kind == "direct"]
    assert [st.speaker.name for st in found] == ["Dana Pell", "Rui Castel"]
    assert found[1].content.startswith("I expect a vote")


def test_colon_at_paragraph_end_introduces_the_next_paragraph(statements: Run) -> None:
    text = (
        "Vera Lund, the mayor, said:\n\n"
        "The harvest failed in the north and the south will need help.\n\nThe council met."
    )
    st = by_cue(statements(text), "said")
    assert st.kind == "direct"
    assert st.content == "The harvest failed in the north and the south will need help."
    assert st.speaker.name == "Vera Lund"


def test_quoted_paragraph_after_a_colon_is_one_statement(statements: Run) -> None:
    text = 'Vera Lund put it bluntly:\n\n"Nobody in this town wants another flood."\n\nThey left.'
    found = [st for st in statements(text) if st.kind == "direct"]
    assert [st.content for st in found] == ["Nobody in this town wants another flood."]
    assert found[0].speaker.name == "Vera Lund"
