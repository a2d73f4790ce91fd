"""Reciprocal events: the other direction of acts both parties do, and the host of a visit.

The coder codes an act from its subject: "Kenya's foreign minister met Ugandan officials" is
KEN → UGA. Some acts are mutual by their meaning (a meeting, talks, negotiations, an armed
clash): the recipient did the same with the subject, and CAMEO coders (GDELT, PETRARCH, the
UD-PETRARCH and PETRARCH-2 gold sets) code both directions. A visit to a country is hosted
by that country (CAMEO 043, PLOVER CONSULT mode visit). This stage adds those mirrors, once
all events of an article are coded and before they are deduplicated, and only where the
sentence holds the construction itself (`data/reciprocal.yaml`), so that a mediation, a phone
call, a quarrel or a trip to a summit venue is never doubled. A mirror keeps the act's
flags (a meeting that did not happen did not happen for either side) and ranks a little below
the act the text states.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from crossroads.events.arguments import (
    ActorIndex,
    Argument,
    objects_of,
    prep_objects,
    resolve_all,
    resolve_targets,
    subject_of,
)
from crossroads.events.lexicon import lexicon, word_set
from crossroads.events.ontology import data_yaml
from crossroads.model import Actor, Event, Statement

VISIT_MODE = "visit"
# Modifiers that name the party of a phrase ('Ugandan officials', 'Uganda's president').
CORE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
# Clauses through which a future main clause reaches a time clause ('before meeting …').
CLIMB_DEPS = frozenset({"advcl", "pcomp", "prep", "xcomp"})
# Children of a visit verb that state where and why it went (not who went).
PURPOSE_DEPS = frozenset({"prep", "advcl", "xcomp", "npadvmod", "dobj", "dative", "attr"})


@dataclass(frozen=True, slots=True)
class Reciprocity:
    """The word lists of `data/reciprocal.yaml`."""

    confidence_drop: float
    symmetric_verbs: dict[str, tuple[str, ...]]
    light_verbs: frozenset[str]
    idiom_modifiers: frozenset[str]
    meeting_nouns: frozenset[str]
    symmetric_types: frozenset[str]
    armed_types: frozenset[str]
    armed_nouns: frozenset[str]
    armed_sectors: frozenset[str]
    infinitive_markers: frozenset[str]
    negative_determiners: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_climb: int
    arrival_verbs: dict[str, tuple[str, ...]]
    visitor_sectors: frozenset[str | None]
    official_titles: frozenset[str]
    host_sectors: frozenset[str | None]
    gathering_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    counterpart_preps: tuple[str, ...]
    forces_nouns: frozenset[str]
    premises_nouns: frozenset[str]
    venue_cities: frozenset[str]


def _slots(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {str(k).lower(): tuple(str(s) for s in v) for k, v in table.items()}


def _sectors(values: Iterable[Any]) -> frozenset[str | None]:
    return frozenset(None if v is None else str(v) for v in values)


@cache
def reciprocity() -> Reciprocity:
    """Read once per process."""
    data = data_yaml("reciprocal.yaml")
    return Reciprocity(
        confidence_drop=float(data["confidence_drop"]),
        symmetric_verbs=_slots(data["symmetric_verbs"]),
        light_verbs=word_set(data["light_verbs"]),
        idiom_modifiers=word_set(data["idiom_modifiers"]),
        meeting_nouns=word_set(data["meeting_nouns"]),
        symmetric_types=frozenset(str(t) for t in data["symmetric_types"]),
        armed_types=frozenset(str(t) for t in data["armed_types"]),
        armed_nouns=word_set(data["armed_nouns"]),
        armed_sectors=frozenset(str(s) for s in data["armed_sectors"]),
        infinitive_markers=word_set(data["infinitive_markers"]),
        negative_determiners=word_set(data["negative_determiners"]),
        future_auxiliaries=word_set(data["future_auxiliaries"]),
        future_climb=int(data["future_climb"]),
        arrival_verbs=_slots(data["arrival_verbs"]),
        visitor_sectors=_sectors(data["visitor_sectors"]),
        official_titles=word_set(data["official_titles"]),
        host_sectors=_sectors(data["host_sectors"]),
        gathering_nouns=word_set(data["gathering_nouns"]),
        purpose_nouns=word_set(data["purpose_nouns"]),
        counterpart_preps=tuple(str(p).lower() for p in data["counterpart_preps"]),
        forces_nouns=word_set(data["forces_nouns"]),
        premises_nouns=word_set(data["premises_nouns"]),
        venue_cities=word_set(data["venue_cities"]),
    )


def reciprocal_events(
    events: Sequence[Event],
    doc: Doc,
    statements: Sequence[Statement],
    *,
    index: ActorIndex,
) -> list[Event]:
    """The events, each followed by its mirror where the act is mutual or a hosted visit. A
    mirror already coded ('Kenya and Uganda met' gives both directions) is not added again."""
    words = reciprocity()
    seen = {_event_key(e) for e in events}
    found: list[Event] = []
    for event in events:
        found.append(event)
        mirror = mirror_of(event, doc, statements, index=index, words=words)
        if mirror is not None and _event_key(mirror) not in seen:
            seen.add(_event_key(mirror))
            found.append(mirror)
    return found


def mirror_of(
    event: Event,
    doc: Doc,
    statements: Sequence[Statement],
    *,
    index: ActorIndex,
    words: Reciprocity,
) -> Event | None:
    """The other direction of one event, if a construction of its sentence makes it mutual.
    A said event is mirrored only when the construction lies in the statement's words: the
    statement reports the meeting ('officials said Kato met Kenyan envoys')."""
    target = event.target
    if target is None or not _eligible(event, words):
        return None
    span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    within = _statement_range(event, statements)
    for token in span:
        if within is not None and not within[0] <= token.idx < within[1]:
            continue
        if _reciprocal_at(token, event, index, words):
            return _mirrored(event, target, words)
    return None


def _mirrored(event: Event, target: Actor, words: Reciprocity) -> Event:
    """The recipient as the source, the source as the recipient, a little less sure."""
    score = round(max(0.0, event.confidence - words.confidence_drop), 2)
    return replace(event, source=target, target=event.source, confidence=score)


def _eligible(event: Event, words: Reciprocity) -> bool:
    """Two different coded parties (countries or organisations), a recipient, a mutual type."""
    target = event.target
    if target is None or not (_coded(event.source) and _coded(target)):
        return False
    if _party(event.source) == _party(target):
        return False
    return event.type in words.symmetric_types or _is_visit(event)


def _is_visit(event: Event) -> bool:
    return event.type == "CONSULT" and event.mode == VISIT_MODE


def _coded(actor: Actor) -> bool:
    return actor.country is not None or actor.org is not None


def _party(actor: Actor) -> tuple[str | None, str | None]:
    return (actor.country, actor.org)


def _same(a: Actor, b: Actor) -> bool:
    return _party(a) == _party(b)


def _statement_range(event: Event, statements: Sequence[Statement]) -> tuple[int, int] | None:
    if event.statement is None or not 0 <= event.statement < len(statements):
        return None
    statement = statements[event.statement]
    return statement.start, statement.end


def _reciprocal_at(token: Token, event: Event, index: ActorIndex, words: Reciprocity) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if _is_visit(event):
        return _hosted_visit(token, event, index, words)
    return _mutual_act(token, event, index, words)


def _mutual_act(verb: Token, event: Event, index: ActorIndex, words: Reciprocity) -> bool:
    """'met Ugandan officials', 'held talks with Uganda', 'clashed with Ugandan troops': the
    recipient named there is the event's, the subject (when it resolves) its source, and the
    act is reported, not refused, planned or aimed at ('refused to meet')."""
    recipients = _meeting_recipients(verb, words)
    if not recipients or not _names(recipients, event.target, index):
        return False
    if any(_is_word(c, words.idiom_modifiers) for c in verb.children):
        return False
    if not _subject_fits(verb, event.source, index) or _unreported(verb, words):
        return False
    return event.type not in words.armed_types or _armed(verb, recipients, index, words)


def _meeting_recipients(verb: Token, words: Reciprocity) -> list[Token]:
    """The other party's phrases: a symmetric verb's slots, or the 'with' phrase of a light
    verb's meeting noun ('held talks with')."""
    lemma = verb.lemma_.lower()
    slots = words.symmetric_verbs.get(lemma)
    if slots:
        return _slot_tokens(verb, slots)
    if lemma not in words.light_verbs:
        return []
    nouns = [
        o
        for o in objects_of(verb)
        if _is_word(o, words.meeting_nouns)
        and not any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in o.children)
    ]
    if not nouns:
        return []
    return [g for n in nouns for g in prep_objects(n, ("with",))] + prep_objects(verb, ("with",))


def _slot_tokens(verb: Token, slots: Sequence[str]) -> list[Token]:
    found: list[Token] = []
    for slot in slots:
        found += objects_of(verb) if slot == "dobj" else prep_objects(verb, (slot,))
    return found


def _is_word(token: Token, listed: frozenset[str]) -> bool:
    return token.lemma_.lower() in listed or token.lower_ in listed


def _names(tokens: Sequence[Token], actor: Actor | None, index: ActorIndex) -> bool:
    """Whether the phrases name the actor (its country or organisation) as a party of its
    own: a name ('Uganda', 'Kampala'), a role ('Ugandan officials') or an organisation. A
    group that only takes a country from its phrase ('exiled dissidents from Uganda') stands
    for the country in the act it receives, never as the state acting back."""
    if actor is None:
        return False
    return any(
        _same(a.actor, actor) and _identified(a, index) for a in resolve_targets(tokens, index)
    )


def _identified(argument: Argument, index: ActorIndex) -> bool:
    """The party is named in the phrase's core: its head, a modifier or possessor, or the
    noun after 'of' ('Ugandan officials', 'State House representatives', 'a group of
    Ugandan envoys', 'leaders of Uganda's government'). A party taken from a place ('exiled
    dissidents from Uganda') or by anaphora is not sure enough to act back."""
    if argument.anaphoric:
        return False
    named = (index.at(t.i) for t in _core_tokens(argument.token))
    return any(a is not None and _same(a, argument.actor) for a in named)


def _core_tokens(head: Token) -> list[Token]:
    core = [head, *(c for c in head.children if c.dep_ in CORE_DEPS)]
    for inner in prep_objects(head, ("of",)):
        core += [inner, *(c for c in inner.children if c.dep_ in CORE_DEPS)]
    return core


def _subject_fits(verb: Token, source: Actor, index: ActorIndex) -> bool:
    """The verb's subject is the event's source, when it resolves at all (a pronoun subject
    the coder resolved by anaphora does not resolve here)."""
    found = resolve_all(subject_of(verb), index)
    return not found or any(_same(a.actor, source) for a in found)


def _unreported(verb: Token, words: Reciprocity) -> bool:
    """An infinitive ('refused to meet', 'was to meet', 'went there to meet') states a stance,
    a plan or a purpose, and a time clause of a future clause ('before meeting with Kato, he
    will try …') an act to come: neither reports an act that took place."""
    if any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in verb.children):
        return True
    current = verb
    for _ in range(words.future_climb):
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if any(c.dep_ == "aux" and c.lower_ in words.future_auxiliaries for c in current.children):
            return True
    return False


def _armed(verb: Token, recipients: Sequence[Token], index: ActorIndex, words: Reciprocity) -> bool:
    """Both sides of a clash are armed: a force noun heads the phrase or the actor is military,
    rebel or police."""
    sides = [subject_of(verb), list(recipients)]
    return all(any(_armed_phrase(t, index, words) for t in side) for side in sides)


def _armed_phrase(token: Token, index: ActorIndex, words: Reciprocity) -> bool:
    if _is_word(token, words.armed_nouns):
        return True
    return any(a.actor.sector in words.armed_sectors for a in resolve_all([token], index))


def _hosted_visit(verb: Token, event: Event, index: ActorIndex, words: Reciprocity) -> bool:
    """'The Kenyan president arrived in Uganda': Uganda hosts him. The destination must be the
    event's recipient and a state (not an organisation, a region, a venue city or a mission
    abroad), the visitor a state's or an organisation's official, and the trip no journey to a
    gathering or to the visitor's own forces."""
    slots = words.arrival_verbs.get(verb.lemma_.lower())
    host = event.target
    if not slots or host is None:
        return False
    if not (_can_host(host, words) and _can_visit(verb, event.source, words)):
        return False
    destinations = _slot_tokens(verb, slots)
    if not _host_destination(destinations, host, index, words):
        return False
    if not _subject_fits(verb, event.source, index) or _unreported(verb, words):
        return False
    return not _to_gathering(verb, host, event.source, index, words)


def _host_destination(
    destinations: Sequence[Token], host: Actor, index: ActorIndex, words: Reciprocity
) -> bool:
    """The destination names the host itself, and is no mission abroad or venue city."""
    if any(_is_word(d, words.premises_nouns) or _is_venue(d, words) for d in destinations):
        return False
    return _named_host(destinations, host, index)


def _named_host(destinations: Sequence[Token], host: Actor, index: ActorIndex) -> bool:
    """The destination phrase's head is the host's own mention: a country, a city, a leader."""
    named = [index.at(t.i) for d in destinations for t in (d, *d.conjuncts)]
    return any(a is not None and _same(a, host) for a in named)


def _can_host(actor: Actor, words: Reciprocity) -> bool:
    if actor.org is not None or actor.country is None:
        return False
    return actor.sector in words.host_sectors and actor.country not in lexicon().region_codes


def _can_visit(verb: Token, actor: Actor, words: Reciprocity) -> bool:
    """A state's or an organisation's official: by the actor's sector, or by a title of
    office in the subject's phrase where the actor has no sector. Armed forces that arrive
    are deployed, not visiting ('a Kenyan army unit arrived in Somalia')."""
    subjects = subject_of(verb)
    # 'hundreds of Iranian troops began arriving in Syria': the force counted (round 11)
    counted = [o for s in subjects for o in prep_objects(s, ("of",))]
    if any(_is_word(s, words.armed_nouns) for s in subjects + counted):
        return False
    if actor.org is not None or actor.sector in words.visitor_sectors:
        return True
    if actor.sector is not None:
        return False
    return any(
        _is_word(t, words.official_titles) for s in subject_of(verb) for t in _core_tokens(s)
    )


def _is_venue(destination: Token, words: Reciprocity) -> bool:
    """A city that seats international organisations ('arrived in Brussels')."""
    names = {destination.lower_}
    for ent in destination.doc.ents:
        if ent.start <= destination.i < ent.end:
            text = ent.text.lower()
            names |= {text, text.removeprefix("the ")}
    compounds = [c.lower_ for c in destination.children if c.dep_ == "compound"]
    names.add(" ".join([*compounds, destination.lower_]))
    return bool(names & words.venue_cities)


def _to_gathering(
    verb: Token, host: Actor, visitor: Actor, index: ActorIndex, words: Reciprocity
) -> bool:
    """The visit's purpose makes the destination a venue: a gathering ('for a G20 summit',
    'for the opening of the Commonwealth Games'), talks or a meeting with a third party ('for talks
    with Iranian negotiators', 'flew to Kigali to meet Ugandan officials'), an organisation
    named there ('for a NATO meeting') or the visitor's forces ('to visit with our troops').
    A gathering with the host itself ('for a summit with Uganda's president') is the host's
    visit."""
    for token in _purpose_tokens(verb):
        actor = index.at(token.i)
        if (actor is not None and actor.org is not None) or _is_word(token, words.forces_nouns):
            return True
        parties = _counterparts(token, index, words)
        if parties is None:
            continue
        others = [p for p in parties if not _same(p, host) and not _same(p, visitor)]
        with_host = any(_same(p, host) for p in parties)
        if others or (_is_word(token, words.gathering_nouns) and not with_host):
            return True
    return False


def _counterparts(token: Token, index: ActorIndex, words: Reciprocity) -> list[Actor] | None:
    """The parties a purpose word names ('talks with Iran', 'to meet Ugandan officials'); None
    when the word is no gathering, meeting or meeting verb."""
    if token.pos_ == "VERB":
        phrases = _meeting_recipients(token, words)
        if not phrases:
            return None
    elif _is_word(token, words.gathering_nouns) or _is_word(token, words.purpose_nouns):
        phrases = prep_objects(token, words.counterpart_preps)
    else:
        return None
    return [a.actor for a in resolve_all(phrases, index)]


def _purpose_tokens(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ in PURPOSE_DEPS for t in c.subtree]


def _event_key(event: Event) -> tuple[object, ...]:
    """What `dedupe` in coder.py compares: type, parties, sentence and flags."""
    return (
        event.type,
        _actor_key(event.source),
        _actor_key(event.target),
        event.evidence.start,
        event.negated,
        event.hypothetical,
    )


def _actor_key(actor: Actor | None) -> tuple[str | None, ...]:
    if actor is None:
        return (None,)
    coded = _coded(actor)
    return (actor.country, actor.org, actor.sector, None if coded else actor.name)
