"""Events stated as nouns: "Russia's attack on Kyiv", "attacks by Gondor on Arnor", "a meeting
between Chile and Peru".

Why a pass of its own: news names many events by their noun, with no event verb at all, or
under a verb that is no event ("condemned Mordor's attack on Arnor"). The noun's possessor,
its "by" phrase or an actor adjective ("Russian") is the source; a preposition the rule names
gives the recipient (data/nouns.tsv). Both must be actors: a bare "the attack" says too little.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from crossroads.events.arguments import (
    ActorIndex,
    Argument,
    argument_words,
    prep_objects,
    resolve_all,
    subject_of,
)
from crossroads.events.lexicon import Lexicon, Rule
from crossroads.events.modifiers import is_hypothetical, is_negated, scope
from crossroads.events.ontology import read_tsv

NOUN_POS = frozenset({"NOUN", "PROPN"})
SOURCE_DEPS = frozenset({"poss", "amod", "compound"})
VERB_POS = frozenset({"VERB", "AUX"})


def nominal_triggers(sent: Span, lex: Lexicon) -> Iterator[tuple[Token, Rule]]:
    """Event nouns of a sentence with their rule."""
    for token in sent:
        if token.pos_ in NOUN_POS:
            rule = lex.nouns.get(token.lemma_.lower())
            if rule is None or (rule.has("factual") and _planned(token, lex)):
                continue
            if rule.has("received") and not _received(token, lex):
                continue
            yield token, rule


@cache
def _governors() -> dict[str, frozenset[str]]:
    """Verbs a noun must be the object of (nouns.tsv `governors`), by noun."""
    found: dict[str, frozenset[str]] = {}
    for row in read_tsv("nouns.tsv"):
        verbs = frozenset(v for v in (row.get("governors") or "-").split(",") if v != "-")
        for noun in row["noun"].split(","):
            found.setdefault(noun.strip(), verbs)
    return found


def _receiver(noun: Token, lex: Lexicon) -> Token | None:
    """The verb a noun is the object of, also through a light noun of quantity or delivery
    ('an arms delivery', 'a consignment of weapons'), which may carry the giver; 'a weapons
    request from Syria' is no aid."""
    head = noun
    if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        head = noun.head if noun.dep_ == "compound" else noun.head.head
        if head.lemma_.lower() not in lex.light_nouns:
            return None
    return head.head if head.dep_ in ("dobj", "obj") else None


def _received(noun: Token, lex: Lexicon) -> bool:
    """'Ukraine received weapons from Poland': aid that one of its governors ('receive',
    'accept') takes as its object, stated as a fact."""
    verb = _receiver(noun, lex)
    if verb is None or verb.lemma_.lower() not in _governors().get(noun.lemma_.lower(), ()):
        return False
    # 'hopes to receive arms from': an infinitive is wanted, not received
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not (infinitive or is_negated(verb, lex) or is_hypothetical(verb, lex))


def _planned(noun: Token, lex: Lexicon) -> bool:
    """'He would be ready to host a meeting between Israel and the PLO': a meeting or a visit
    named under a hypothetical verb is a plan, not one that took place (rows flagged
    `factual` in nouns.tsv, round 8)."""
    verb = next((a for a in noun.ancestors if a.pos_ in VERB_POS), None)
    return verb is not None and (is_hypothetical(verb, lex) or _wanted(noun, verb, lex))


def _wanted(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """'called for talks between Israel and Egypt', 'urged talks between': the object of a
    verb of wanting or asking (a hypothetical governor), directly or after one of
    `scope.wanted_preps` (modifiers.yaml), names an act asked for, not one held (round 14)."""
    if verb.lemma_.lower() not in lex.hypothetical_governors:
        return False
    if noun.head.i == verb.i:
        return noun.dep_ in ("dobj", "obj")
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in scope().wanted_preps and prep.head.i == verb.i


def nominal_arguments(
    noun: Token, rule: Rule, index: ActorIndex
) -> tuple[list[Argument], list[Argument]]:
    """(sources, targets) of an event noun; 'between X and Y' makes X and Y both; aid
    received is the giver's ('from') to the receiving verb's subject."""
    verb = _receiver(noun, index.lex) if rule.has("received") else None
    if verb is not None:
        heads = {noun, *noun.ancestors} & {t for t in verb.subtree}
        givers = [g for h in sorted(heads) for g in prep_objects(h, rule.targets)]
        return resolve_all(givers, index), resolve_all(subject_of(verb), index)
    targets = resolve_all(prep_objects(noun, rule.targets), index)
    between = resolve_all(prep_objects(noun, ("between",)), index)
    if between and rule.has("symmetric"):
        return between, []
    return _sources(noun, index), targets


def _sources(noun: Token, index: ActorIndex) -> list[Argument]:
    related = argument_words().relation_participles
    found = [
        a
        for c in noun.children
        if c.dep_ in SOURCE_DEPS and c.lower_ not in related
        for a in resolve_all([c], index)
        if a.token.i == c.i
    ]
    found += resolve_all(prep_objects(noun, ("by",)), index)
    return found
