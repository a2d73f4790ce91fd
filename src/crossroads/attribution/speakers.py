"""Speaker records: the words in the sentence, and the name, role and actor they resolve to.

The one place that calls `crossroads.actors` is `code_actor`: attribution hands it the words
around a speaker ("Russia’s Foreign Ministry spokesperson") and gets an Actor back.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from crossroads.actors import resolve_mention, resolve_person
from crossroads.attribution.coref import Coref, Entity, np_start
from crossroads.attribution.lexicon import pronouns
from crossroads.model import Actor, Speaker


@lru_cache(maxsize=4096)
def code_actor(
    context: str | None,
    name: str | None,
    date: str | None,
    named: frozenset[str] | None = None,
) -> Actor | None:
    """The actor for a speaker, from the actors stage: by person (leaders with dates), then by
    the words of the role and affiliation. None while nothing in the text codes it. `named`,
    the bodies the article names, backs a person the tables know by surname alone."""
    if name:
        actor = resolve_person(name, context, date=date, named=named)
        if actor is not None:
            return actor
    return resolve_mention(context, date=date) if context else None


def speaker_span(head: Token) -> tuple[int, int]:
    """Token range of the speaker's words: the noun phrase, with a name in apposition."""
    doc = head.doc
    start, end = np_start(head), head.i + 1
    if head.ent_type_:
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            end = max(end, child.i + 1)
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text:  # a dateline or time stamp glued on by the parser
            return i + 1, end
    return _after_stray_compound(head, start), end


def _after_stray_compound(head: Token, start: int) -> int:
    """ "…, a pattern critics say …": the parser made "a pattern" a compound of "critics", but
    "a" never opens a phrase whose head is plural, so "a" and the compound before a plural
    head are words of another phrase ("human rights groups" keeps its modifier)."""
    plural_head = head.tag_ in ("NNS", "NNPS")
    for token in head.doc[start : head.i]:
        if token.dep_ != "compound" or token.head.i != head.i or token.pos_ != "NOUN":
            continue
        singular_det = any(
            t.dep_ == "det" and t.lower_ in ("a", "an") for t in token.doc[start : token.i]
        )
        if plural_head and singular_det:
            start = token.i + 1
    return start


def build_speaker(
    head: Token,
    coref: Coref,
    published: str | None,
    named: frozenset[str] | None = None,
    voice: Actor | None = None,
) -> Speaker:
    """The Speaker record for the subject token of a cue; `named`: see `code_actor`; `voice`:
    the actor the document's own first person stands for (crossroads.voice)."""
    start, end = speaker_span(head)
    doc = head.doc
    words = doc[start:end]
    entity = _entity_for(head, coref)
    text = words.text
    char_start, char_end = words.start_char, words.end_char
    if entity is None:
        own = voice if _own_first_person(head, coref) else None
        return Speaker(text, None, None, own, char_start, char_end)
    name = entity.name if entity.kind == "person" else None
    actor = code_actor(entity.context, name, published, named)
    return Speaker(text, name, entity.role, actor, char_start, char_end)


def _own_first_person(head: Token, coref: Coref) -> bool:
    """'We call on …' outside quotation marks: the document speaking for itself."""
    info = pronouns().get(head.lower_)
    return info is not None and info.first_person and not coref.in_quote[head.i]


def _entity_for(head: Token, coref: Coref) -> Entity | None:
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            found = coref.entity_of(child.i)
            if found is not None:
                return found
    return coref.entity_of(head.i)


__all__ = ["build_speaker", "code_actor", "speaker_span"]
