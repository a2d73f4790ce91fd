"""Round 10, speakers: a later mention carries the actor of the person the article introduced.

"Foreign Minister Tomas Vell of Estonia ... Vell said" lost Estonia (the of-phrase after the
name was not read); "South Korean President Ilsan Park-jo ... Mr Ilsan said" (a family name
written first) started a person of its own with no country; "President Ada Quill and Russian
President X" gave X the words of Quill's title.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from crossroads.model import Statement

Run = Callable[..., list[Statement]]


def _codes(found: list[Statement]) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for st in found:
        actor = st.speaker.actor
        out.append((st.speaker.name, actor and actor.country, actor and actor.sector))
    return out


def test_of_phrase_after_the_name_gives_the_country(statements: Run) -> None:
    text = (
        "Foreign Minister Tomas Vell of Estonia arrived in Riga on Monday. "
        "Vell said the talks would continue. The minister said the border was calm."
    )
    assert _codes(statements(text, "2019-05-02")) == [
        ("Tomas Vell", "EST", "GOV"),
        ("Tomas Vell", "EST", "GOV"),
    ]


def test_from_phrase_gives_the_body(statements: Run) -> None:
    found = statements("Zaki Ronen from the Israeli rescue services told reporters six died.")
    assert [(n, c) for n, c, _ in _codes(found)] == [("Zaki Ronen", "ISR")]


def test_family_name_first_joins_the_full_name(statements: Run) -> None:
    text = (
        "South Korean President Ilsan Park-jo met the envoy on Saturday. "
        "Mr Ilsan said the North had made its commitment clear."
    )
    found = statements(text, "2019-05-02")
    assert [(c, s) for _, c, s in _codes(found)] == [("KOR", "GOV")]


def test_two_people_with_that_first_word_leave_it_open(statements: Run) -> None:
    text = (
        "North Korean envoy Ri Song-hun met Chinese envoy Ri Tae-wol on Friday. "
        "Ri said the talks went well."
    )
    assert [c for _, c, _ in _codes(statements(text, "2019-05-02"))] == [None]


def test_headline_run_without_role_is_not_joined(statements: Run) -> None:
    """A first word shared with a name that came with no role words joins nothing: the later
    mention keeps its own title ("President Dorn")."""
    text = (
        "Dorn Approves New Funds\n\nPresident Dorn of Estonia approved new funds on Monday. "
        "Dorn said the money would go to schools."
    )
    found = statements(text, "2019-05-02")
    assert [c for _, c, _ in _codes(found)] == ["EST"]


def test_title_of_a_coordinated_name_is_not_shared(statements: Run) -> None:
    text = (
        "The summit between President Ada Quill of Latvia and Estonian Prime Minister Tomas "
        "Vell ended. Vell said the talks were useful."
    )
    found = statements(text, "2019-05-02")
    assert [(c, s) for _, c, s in _codes(found)] == [("EST", "GOV")]


def test_role_words_start_after_another_name_and_its_conjunction(nlp: Language) -> None:
    """The parse of "the summit between US President Ada Quill and Russian President Ivan
    Dorokhov" that news text gets (Quill a modifier of Dorokhov): Dorokhov's role words are
    "Russian President", not "US President Ada Quill and Russian President"."""
    from spacy.tokens import Doc, Span

    from crossroads.attribution.coref import role_context

    words = "the summit between US President Ada Quill and Russian President Ivan Dorokhov"
    heads = [1, 1, 1, 4, 6, 6, 11, 6, 9, 6, 11, 2]
    deps = ["det", "ROOT", "prep", "compound", "compound", "compound", "nmod", "cc", "amod"]
    deps += ["conj", "compound", "pobj"]
    doc = Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps)
    doc.ents = [Span(doc, 5, 7, label="PERSON"), Span(doc, 10, 12, label="PERSON")]
    _, context = role_context(doc.ents[1])
    assert context == "Russian President"
