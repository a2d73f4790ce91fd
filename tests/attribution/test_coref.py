"""Coreference pieces on their own: names the tagger gets wrong, titles, role words."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from crossroads.attribution.coref import Coref


def _coref(nlp: Language, text: str, person: tuple[int, int] | None = None) -> Coref:
    doc = nlp(text)
    if person is not None:
        doc.ents = [Span(doc, *person, label="PERSON")]
    return Coref(doc, [False] * len(doc))


def test_role_word_inside_a_name_becomes_the_role(nlp: Language) -> None:
    coref = _coref(nlp, "Spokesman Teodor Vance spoke.", person=(0, 3))
    entity = coref.entity_of(2)
    assert entity is not None
    assert (entity.name, entity.role, entity.gender) == ("Teodor Vance", "Spokesman", "m")


def test_title_tells_gender_and_is_not_part_of_the_name(nlp: Language) -> None:
    coref = _coref(nlp, "Mrs. Ana Ruiz spoke.", person=(0, 3))
    entity = coref.entity_of(2)
    assert entity is not None
    assert (entity.name, entity.gender) == ("Ana Ruiz", "f")


def test_surname_the_tagger_called_an_organisation_joins_the_person(nlp: Language) -> None:
    doc = nlp("Maria Lenz spoke. Lenz left.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    coref = Coref(doc, [False] * len(doc))
    first, second = coref.entity_of(1), coref.entity_of(4)
    assert first is not None and first is second
