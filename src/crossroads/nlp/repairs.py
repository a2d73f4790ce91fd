"""Repairs of the small parser's systematic errors, applied as a pipeline component.

Why here and not in each reader: attribution, modality and event arguments all read the
parse; repairing a label once keeps them consistent. The words a repair needs are data
(`data/repairs.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy
from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

from crossroads.yaml_data import load_yaml

REPAIRS = "crossroads_repairs"


@dataclass(frozen=True, slots=True)
class RepairWords:
    """The word lists of data/repairs.yaml."""

    object_control_verbs: frozenset[str]
    agent_nouns: frozenset[str]


@cache
def repair_words() -> RepairWords:
    text = resources.files("crossroads.nlp").joinpath("data", "repairs.yaml").read_text("utf-8")
    raw = load_yaml(text)
    return RepairWords(
        object_control_verbs=frozenset(str(w).lower() for w in raw["object_control_verbs"]),
        agent_nouns=frozenset(str(w).lower() for w in raw["agent_nouns"]),
    )


@Language.component(REPAIRS)
def repair_parse(doc: Doc) -> Doc:
    """Relabel what the parser gets wrong in a way readers cannot see past. Only the
    adverbial clauses are looked at, found in the doc's array of labels."""
    advcl = doc.vocab.strings.add("advcl")
    for i in numpy.flatnonzero(doc.to_array(DEP) == advcl).tolist():
        if _object_controlled_infinitive(doc[i]):
            doc[i].dep_ = "xcomp"
    return doc


def _object_controlled_infinitive(token: Token) -> bool:
    """'asked the African Union on Friday to intervene': an infinitive read as a purpose
    clause of a verb of asking, after that verb's object, is its complement; its subject is
    the object (the Union intervenes), and the request has a content."""
    head = token.head
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and head.i < token.i
        and head.lemma_.lower() in repair_words().object_control_verbs
        and any(c.dep_ == "dobj" and c.i < token.i and _can_act(c) for c in head.children)
        and not any(c.dep_ in ("xcomp", "ccomp") for c in head.children)
    )


def _can_act(noun: Token) -> bool:
    """A name, a pronoun, a named entity or a noun for people or bodies can be the agent."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or bool(noun.ent_type_)
        or noun.lemma_.lower() in repair_words().agent_nouns
    )
