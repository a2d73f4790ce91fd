"""Events stated as nouns: "Russia's attack on Kyiv", "attacks by Gondor on Arnor", "a meeting
between Chile and Peru".

Why a pass of its own: news names many events by their noun, with no event verb at all, or
under a verb that is no event ("condemned Mordor's attack on Arnor"). The noun's possessor,
its "by" phrase or an actor adjective ("Russian") is the source; a preposition the rule names
gives the recipient (data/nouns.tsv). Both must be actors: a bare "the attack" says too little.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from crossroads.events.arguments import ActorIndex, Argument, prep_objects, resolve_all
from crossroads.events.lexicon import Lexicon, Rule
from crossroads.events.modifiers import is_hypothetical

NOUN_POS = frozenset({"NOUN", "PROPN"})
SOURCE_DEPS = frozenset({"poss", "amod", "compound"})
VERB_POS = frozenset({"VERB", "AUX"})


def nominal_triggers(sent: Span, lex: Lexicon) -> Iterator[tuple[Token, Rule]]:
    """Event nouns of a sentence with their rule."""
    for token in sent:
        if token.pos_ in NOUN_POS:
            rule = lex.nouns.get(token.lemma_.lower())
            if rule is not None and not (rule.has("factual") and _planned(token, lex)):
                yield token, rule


def _planned(noun: Token, lex: Lexicon) -> bool:
    """'He would be ready to host a meeting between Israel and the PLO': a meeting or a visit
    named under a hypothetical verb is a plan, not one that took place (rows flagged
    `factual` in nouns.tsv, round 8)."""
    verb = next((a for a in noun.ancestors if a.pos_ in VERB_POS), None)
    return verb is not None and is_hypothetical(verb, lex)


def nominal_arguments(
    noun: Token, rule: Rule, index: ActorIndex
) -> tuple[list[Argument], list[Argument]]:
    """(sources, targets) of an event noun; 'between X and Y' makes X and Y both."""
    targets = resolve_all(prep_objects(noun, rule.targets), index)
    between = resolve_all(prep_objects(noun, ("between",)), index)
    if between and rule.has("symmetric"):
        return between, []
    return _sources(noun, index), targets


def _sources(noun: Token, index: ActorIndex) -> list[Argument]:
    found = [
        a
        for c in noun.children
        if c.dep_ in SOURCE_DEPS
        for a in resolve_all([c], index)
        if a.token.i == c.i
    ]
    found += resolve_all(prep_objects(noun, ("by",)), index)
    return found
