"""Who acts and who is acted upon: sources and targets read off the dependency parse.

Why parse-based: word order lies ("was shelled by", "talks with", "Russia and China") but the
parse says which phrase is the subject, the object, the agent of a passive or the recipient
after a preposition. An argument counts only when the actors layer resolves a phrase inside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from crossroads.actors import role_sector
from crossroads.events.lexicon import Lexicon, Rule, lexicon
from crossroads.events.ontology import data_yaml, quad_of
from crossroads.model import Actor
from crossroads.nlp.sentences import window_start


class Mention(Protocol):
    """What the actors layer's `find_actors` returns: a span of the text and its actor."""

    start: int
    end: int
    actor: Actor


ActorFinder = Callable[[str], Sequence[Any]]

# Dependents that stay inside the noun phrase of an argument.
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "appos", "det"})
NP_PREPS = frozenset({"of", "from", "by"})
LOCATIVE_PREPS = frozenset({"in"})
# Words that give a coordinated role noun a party of its own ("a Swedish minister", "the
# government of Norway", "its police").
ROLE_OWN_WORDS = frozenset({"amod", "compound", "poss", "prep", "appos", "det", "nmod"})
# Prepositions that give where an unclaimed attack happened.
PLACE_PREPS = frozenset({"in", "near", "outside", "at"})
# Prepositions through which a nominal object leads to its recipient.
DEEP_PREPS = frozenset(
    {
        "of",
        "from",
        "by",
        "with",
        "between",
        "against",
        "on",
        "to",
        "toward",
        "towards",
        "at",
        "into",
        "over",
        "for",
    }
)
# 'Israel's ally', 'a US ally' (round 15): the state a relation noun is of, the other side
RELATION_OWNERS = frozenset({"poss", "compound"})
# Entity labels of phrases that may name a party (an optional recipient spec, 'over?').
PARTY_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Entity labels of a time or an amount, which never name a party addressed ("for months").
QUANTITY_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# GDELT quad classes of conflict (ontology.yaml `quads`).
CONFLICT_QUADS = frozenset({"verbal_conflict", "material_conflict"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
COMP_DEPS = frozenset({"xcomp", "ccomp"})
# A verb with no subject of its own borrows one through these links ("agreed and signed").
CLIMB_DEPS = frozenset({"xcomp", "conj", "acomp", "advcl", "pcomp"})
COMP_TARGET_PREPS = ("with", "on", "against", "to", "at", "into")
# A clause on a noun whose noun is its subject: a finite verb the small model attaches to the
# noun ("a rights group protested") or a present participle ("inspectors probing sites"); an
# infinitive ("an offer to host") states an intent, and a past participle the noun's patient.
ACTING_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    """Word lists of the argument rules (the `Arguments` block of data/modifiers.yaml)."""

    weak_domain_words: frozenset[str]
    affiliation: dict[str, frozenset[str]]
    accident_nouns: frozenset[str]
    purpose_target_types: frozenset[str]
    requested_place_types: frozenset[str]
    crowd_nouns: frozenset[str]
    crowd_place_types: frozenset[str]
    issued_nouns: frozenset[str]
    pronoun_mismatch: dict[str, frozenset[str]]
    body_nouns: frozenset[str]
    relation_participles: frozenset[str]
    object_pronouns: dict[str, str]
    reciprocal_pronouns: frozenset[str]
    dual_nouns: frozenset[str]
    dual_markers: frozenset[str]
    shared_nationality_sectors: frozenset[str]
    harm_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    stative_passives: dict[str, frozenset[str]]
    attack_nouns: frozenset[str]
    near_place_types: frozenset[str]
    condition_target_types: frozenset[str]
    condition_markers: frozenset[str]
    relational_nouns: frozenset[str]
    resident_markers: frozenset[str]
    object_control_preps: frozenset[str]
    object_control_governed_preps: dict[str, frozenset[str]]
    dissuaded_preps: frozenset[str]
    alleging_governors: frozenset[str]
    control_passives: frozenset[str]


@dataclass(frozen=True, slots=True)
class Agents:
    """Nouns that can act, and verbs whose non-acting object is an instrument (agents.yaml)."""

    nouns: frozenset[str]
    instrument_verbs: frozenset[str]
    addressee_preps: dict[str, frozenset[str]]
    locating_participles: frozenset[str]
    requested_acts: frozenset[str]
    requested_act_types: frozenset[str]
    request_nouns: frozenset[str]
    warning_nouns: frozenset[str]
    exchange_nouns: frozenset[str]
    exchange_acts: frozenset[str]
    exchange_target_types: frozenset[str]
    first_person: frozenset[str]
    voice_objects: frozenset[str]
    voice_nouns: frozenset[str]
    multinational_modifiers: frozenset[str]
    multinational_nouns: frozenset[str]
    stationed_nouns: frozenset[str]
    withdrawn_forces_types: frozenset[str]
    forces_nouns: frozenset[str]
    agreement_target_types: frozenset[str]
    taken_from_modes: frozenset[str]
    taken_from_particles: frozenset[str]
    distance_nouns: frozenset[str]
    aimed_participles: frozenset[str]
    place_nouns: frozenset[str]
    home_detention_modes: frozenset[str]
    home_detention_sources: frozenset[str]
    detained_people: dict[str, str]
    armed_group_nouns: frozenset[str]
    clause_prepositions: frozenset[str]
    example_preps: dict[str, str | None]
    example_heads: frozenset[str]
    prep_equivalents: dict[str, tuple[tuple[str, str], ...]]
    motion_destinations: dict[str, frozenset[str]]
    victim_verbs: frozenset[str]
    victim_links: frozenset[str]
    person_entities: frozenset[str]
    patient_acts: frozenset[str]
    restriction_nouns: frozenset[str]
    answer_nouns: dict[str, tuple[str, ...]]
    placed_acts: frozenset[str]
    message_nouns: frozenset[str]
    addressee_pronouns: frozenset[str]
    breach_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    destination_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    compound_slots: dict[str, frozenset[str]]
    topic_preps: frozenset[str]
    topic_counterpart_types: frozenset[str]
    opposing_participles: frozenset[str]
    compass_anaphora: dict[str, tuple[str, ...]]
    backer_participles: frozenset[str]
    enmity_nouns: frozenset[str]
    invitation_nouns: frozenset[str]
    meeting_acts: frozenset[str]
    population_nouns: frozenset[str]
    people_possessives: frozenset[str]
    own_people_types: frozenset[str]
    addressed_people_types: frozenset[str]
    sale_verbs: frozenset[str]
    place_anaphora: frozenset[str]
    asked_things: frozenset[str]


@cache
def agents() -> Agents:
    """Read once per process; the person nouns of modifiers.yaml can act too."""
    raw = data_yaml("agents.yaml")
    people = lexicon().person_nouns
    return Agents(
        nouns=frozenset(str(w).lower() for w in raw["agent_nouns"]) | frozenset(people),
        instrument_verbs=frozenset(str(w).lower() for w in raw["instrument_verbs"]),
        addressee_preps={
            str(k): frozenset(str(p) for p in v) for k, v in raw["addressee_preps"].items()
        },
        locating_participles=frozenset(str(w).lower() for w in raw["locating_participles"]),
        requested_acts=frozenset(str(w).lower() for w in raw["requested_acts"]),
        requested_act_types=frozenset(str(w) for w in raw["requested_act_types"]),
        request_nouns=_lowered(raw["request_nouns"]),
        warning_nouns=frozenset(str(w).lower() for w in raw["warning_nouns"]),
        exchange_nouns=frozenset(str(w).lower() for w in raw["exchange_nouns"]),
        exchange_acts=frozenset(str(w).lower() for w in raw["exchange_acts"]),
        exchange_target_types=frozenset(str(w) for w in raw["exchange_target_types"]),
        first_person=frozenset(str(w).lower() for w in raw["first_person"]),
        voice_objects=frozenset(str(w).lower() for w in raw["voice_objects"]),
        voice_nouns=frozenset(str(w).lower() for w in raw["voice_nouns"]),
        multinational_modifiers=_lowered(raw["multinational_modifiers"]),
        multinational_nouns=_lowered(raw["multinational_nouns"]),
        stationed_nouns=_lowered(raw["stationed_nouns"]),
        withdrawn_forces_types=frozenset(str(t) for t in raw["withdrawn_forces_types"]),
        forces_nouns=_lowered(raw["forces_nouns"]),
        agreement_target_types=frozenset(str(t) for t in raw["agreement_target_types"]),
        taken_from_modes=frozenset(str(m) for m in raw["taken_from_modes"]),
        taken_from_particles=_lowered(raw["taken_from_particles"]),
        distance_nouns=_lowered(raw["distance_nouns"]),
        aimed_participles=_lowered(raw["aimed_participles"]),
        place_nouns=_lowered(raw["place_nouns"]),
        home_detention_modes=_lowered(raw["home_detention_modes"]),
        home_detention_sources=frozenset(str(t).upper() for t in raw["home_detention_sources"]),
        detained_people={str(k).lower(): str(v) for k, v in raw["detained_people"].items()},
        armed_group_nouns=_lowered(raw["armed_group_nouns"]),
        clause_prepositions=_lowered(raw["clause_prepositions"]),
        example_preps={
            str(k): None if v is None else str(v) for k, v in raw["example_preps"].items()
        },
        example_heads=_lowered(raw["example_heads"]),
        prep_equivalents={
            str(k): tuple((str(a), str(b)) for a, b in v)
            for k, v in raw["prep_equivalents"].items()
        },
        motion_destinations={str(k): _lowered(v) for k, v in raw["motion_destinations"].items()},
        victim_verbs=_lowered(raw["victim_verbs"]),
        victim_links=_lowered(raw["victim_links"]),
        person_entities=frozenset(str(w) for w in raw["person_entities"]),
        patient_acts=_lowered(raw["patient_acts"]),
        restriction_nouns=_lowered(raw["restriction_nouns"]),
        answer_nouns={str(k): tuple(str(p) for p in v) for k, v in raw["answer_nouns"].items()},
        placed_acts=_lowered(raw["placed_acts"]),
        message_nouns=_lowered(raw["message_nouns"]),
        addressee_pronouns=_lowered(raw["addressee_pronouns"]),
        breach_nouns=_lowered(raw["breach_nouns"]),
        facility_nouns=_lowered(raw["facility_nouns"]),
        destination_nouns=_lowered(raw["destination_nouns"]),
        holding_verbs=_lowered(raw["holding_verbs"]),
        compound_slots={str(k): _lowered(v) for k, v in raw["compound_slots"].items()},
        topic_preps=_lowered(raw["topic_preps"]),
        topic_counterpart_types=frozenset(str(t) for t in raw["topic_counterpart_types"]),
        opposing_participles=_lowered(raw["opposing_participles"]),
        compass_anaphora={
            str(k).lower(): tuple(str(c) for c in v) for k, v in raw["compass_anaphora"].items()
        },
        backer_participles=_lowered(raw["backer_participles"]),
        enmity_nouns=_lowered(raw["enmity_nouns"]),
        invitation_nouns=_lowered(raw["invitation_nouns"]),
        meeting_acts=_lowered(raw["meeting_acts"]),
        population_nouns=_lowered(raw["population_nouns"]),
        people_possessives=_lowered(raw["people_possessives"]),
        own_people_types=frozenset(str(t) for t in raw["own_people_types"]),
        addressed_people_types=frozenset(str(t) for t in raw["addressed_people_types"]),
        sale_verbs=_lowered(raw["sale_verbs"]),
        place_anaphora=_lowered(raw["place_anaphora"]),
        asked_things=_lowered(raw["asked_things"]),
    )


def _lowered(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


def _addressees(governor: Token) -> list[Token]:
    """'called on the EU to use …', 'appealed to Kenya to …': the party addressed through a
    preposition is the infinitive's subject, as an object is ('urged Kenya to …')."""
    preps = agents().addressee_preps.get(governor.lemma_.lower(), frozenset())
    return [
        g
        for c in governor.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj" and can_act(g) and not (c.lower_ == "for" and _quantity(g))
    ]


def _quantity(phrase: Token) -> bool:
    """'Pushing for months to …': a date, a time or a number is no party asked for."""
    return phrase.ent_type_ in QUANTITY_ENTS


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def can_act(phrase: Token) -> bool:
    """'urged Peru to …', 'told them to …', 'ordered the army to …' can act on the infinitive;
    'used Russian assets to finance …' cannot: money, weapons and influence are instruments."""
    if phrase.pos_ in ("PROPN", "PRON") or phrase.ent_type_:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in phrase.children):
        return True  # 'his national security adviser John Bolton'
    nouns = agents().nouns
    if phrase.lemma_.lower() in nouns or phrase.lower_ in nouns:
        return True
    return role_sector(phrase.lower_) is not None


@cache
def argument_words() -> ArgumentWords:
    """Read once per process: the coder looks these up for every verb."""
    mods = data_yaml("modifiers.yaml")
    return ArgumentWords(
        weak_domain_words=frozenset(str(w).lower() for w in mods["weak_domain_words"]),
        affiliation={
            str(k): frozenset(str(p) for p in v) for k, v in mods["affiliation_words"].items()
        },
        accident_nouns=frozenset(str(w).lower() for w in mods["accident_nouns"]),
        purpose_target_types=frozenset(str(t) for t in mods["purpose_target_types"]),
        requested_place_types=frozenset(str(t) for t in mods["requested_place_types"]),
        crowd_nouns=frozenset(str(w).lower() for w in mods["crowd_nouns"]),
        crowd_place_types=frozenset(str(t) for t in mods["crowd_place_types"]),
        issued_nouns=frozenset(str(w).lower() for w in mods["issued_nouns"]),
        pronoun_mismatch={
            str(k): frozenset(str(e) for e in v) for k, v in mods["pronoun_mismatch"].items()
        },
        body_nouns=frozenset(str(w).lower() for w in mods["body_nouns"]),
        relation_participles=frozenset(str(w).lower() for w in mods["relation_participles"]),
        object_pronouns={str(k): str(v) for k, v in mods["object_pronouns"].items()},
        reciprocal_pronouns=frozenset(str(w).lower() for w in mods["reciprocal_pronouns"]),
        dual_nouns=frozenset(str(w).lower() for w in mods["dual_nouns"]),
        dual_markers=frozenset(str(w).lower() for w in mods["dual_markers"]),
        shared_nationality_sectors=frozenset(str(s) for s in mods["shared_nationality_sectors"]),
        harm_verbs=frozenset(str(w).lower() for w in mods["harm_verbs"]),
        agreement_nouns=frozenset(str(w).lower() for w in mods["agreement_nouns"]),
        stative_passives={
            str(k): frozenset(str(p) for p in v) for k, v in mods["stative_passives"].items()
        },
        attack_nouns=frozenset(str(w).lower() for w in mods["attack_nouns"]),
        near_place_types=frozenset(str(t) for t in mods["near_place_types"]),
        condition_target_types=frozenset(str(t) for t in mods["condition_target_types"]),
        condition_markers=frozenset(str(w).lower() for w in mods["condition_markers"]),
        relational_nouns=frozenset(str(w).lower() for w in mods["relational_nouns"]),
        resident_markers=frozenset(str(w).lower() for w in mods["resident_markers"]),
        object_control_preps=frozenset(str(w).lower() for w in mods["object_control_preps"]),
        object_control_governed_preps={
            str(p): frozenset(str(v) for v in verbs)
            for p, verbs in mods["object_control_governed_preps"].items()
        },
        dissuaded_preps=frozenset(str(w).lower() for w in mods.get("dissuaded_preps") or ()),
        alleging_governors=frozenset(str(w).lower() for w in mods["alleging_governors"]),
        control_passives=frozenset(str(w).lower() for w in mods["control_passives"]),
    )


@dataclass(frozen=True, slots=True)
class Argument:
    """A resolved argument: the actor and how sure the resolution is."""

    actor: Actor
    token: Token
    anaphoric: bool = False


class ActorIndex:
    """Actor mentions of one document, indexed by token for constant-time lookups."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention], *, lex: Lexicon) -> None:
        self.by_token: dict[int, Actor] = {}
        self.regions: list[tuple[int, Actor]] = []
        self.countries: list[tuple[int, Actor]] = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.actor is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, mention.actor)
            if mention.actor.country in lex.region_codes and _names_phrase(span):
                self.regions.append((span.start, mention.actor))
            elif mention.actor.country is not None and not _hyphened_backer(span):
                self.countries.append((span.start, mention.actor))
        self.lex = lex

    def at(self, i: int) -> Actor | None:
        return self.by_token.get(i)

    def last_region_before(self, i: int) -> Actor | None:
        found = [actor for start, actor in self.regions if start < i]
        return found[-1] if found else None

    def last_country_between(self, low: int, i: int) -> Actor | None:
        found = [actor for start, actor in self.countries if low <= start < i]
        return found[-1] if found else None

    def sole_country_between(self, low: int, i: int) -> bool:
        """Whether one country only is named there: 'the country' is then unambiguous."""
        return len({actor.country for start, actor in self.countries if low <= start < i}) == 1


def _hyphened_backer(span: Span) -> bool:
    """'A U.S.-led invasion', 'a Saudi-led coalition', 'Iranian-backed militias': a country
    hyphened to a participle names who leads or backs another party, not a party the sentence
    is about; it is no antecedent of 'the government' (round 15, `backer_participles`)."""
    words = agents().backer_participles
    doc = span.doc
    tokens = doc[span.start : min(span.end + 2, len(doc))]
    joined = any("-" in t.text and t.text.rsplit("-", 1)[1].lower() in words for t in tokens)
    return joined or any(
        t.text == "-" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in words for t in tokens
    )


def _names_phrase(span: Span) -> bool:
    """A mention that heads its phrase ('Central Asian countries'), not a mere modifier
    ('Western ideological models'): only those are antecedents of 'the regional governments'."""
    root = span.root
    return root.dep_ not in ("amod", "compound") or root.head.i in range(span.start, span.end)


def np_actor(token: Token, index: ActorIndex) -> Argument | None:
    """The actor a noun phrase names: its head first, then its modifiers, breadth first. An
    actor with no country or organisation ('the radical Peruvian Shining Path movement',
    'Algeria's leading human rights activist') takes the country named in its phrase."""
    queue, seen = [token], {token.i}
    uncoded: Actor | None = None
    while queue:
        current = queue.pop(0)
        actor = index.at(current.i)
        if actor is not None and not _other_side(current, actor, index):
            if current.i == token.i and (home := _residence(token, actor, index)) is not None:
                return home
            if actor.country is not None or actor.org is not None:
                return Argument(_with_country(uncoded, _as_people(current, actor)), token)
            uncoded = uncoded or actor
        for child in _np_modifiers(current, index):
            if child.lower_ in agents().locating_participles:
                continue  # 'a UK-based monitoring group' is located in the UK, not British
            if _breached_norm(child) or _destination(child, index):
                continue  # 'any violation of UN Security Council resolutions' (round 15)
            inner = _np_children(child, NP_PREPS)
            queue.extend(c for c in inner if c.i not in seen)
            seen.update(c.i for c in inner)
    if uncoded is not None:
        return Argument(uncoded, token)
    relations = [token.doc[i] for i in sorted(seen) if _is_relation(token.doc[i])]
    return (
        _region_anaphor(token, index)
        or _state_anaphor(token, index)
        or _place_anaphor(token, index)
        or _compass_anaphor(token, index)
        or _affiliated(token, index)
        or _located(token, index)
        # 'the deputy chief of Rwanda's militia ally in eastern Congo': where the ally is
        or next((a for r in relations if (a := _located(r, index))), None)
    )


def own_people_targets(
    tokens: Sequence[Token], index: ActorIndex, *, verb: Token, kind: str
) -> list[Argument]:
    """'Shelled its own people', 'threatened to exterminate swaths of his population': a people
    possessed by a pronoun whose antecedent is the clause's subject are the civilians of the
    subject's country (round 16, `population_nouns`, `people_possessives`, read by the coder for
    `own_people_types` in agents.yaml: an attack, a threat, a coercion; reassured or respected,
    'his people' are as often his staff or a wish); marked inferred. A threat reaches them only
    through the act it threatens ('warned their populations about …' addresses them:
    `addressed_people_types`)."""
    heads = [h for t in tokens for h in (t, *t.conjuncts)]
    phrase = heads + [o for h in heads for o in prep_objects(h, ("of",))]
    if kind in agents().addressed_people_types:
        phrase = [n for n in phrase if _clause_verb(n) not in (None, verb)]
    found = _own_people(phrase, index)
    return [found] if found is not None else []


def _own_people(phrase: list[Token], index: ActorIndex) -> Argument | None:
    """The civilians of the subject's country that a possessed people noun names, if any; a
    subject ('his people rose up') is left alone."""
    words = agents()
    for noun in phrase:
        owned = any(
            c.dep_ == "poss" and c.lower_ in words.people_possessives for c in noun.children
        )
        if not owned or noun.lemma_.lower() not in words.population_nouns:
            continue
        if noun.dep_ in SUBJECT_DEPS or noun.dep_ == "nsubjpass":
            continue
        verb = _clause_verb(noun)
        subjects = subject_of(verb) if verb is not None else []
        for subject in subjects:
            if subject.left_edge.i <= noun.i <= subject.right_edge.i:
                continue
            found = np_actor(subject, index)
            if found is not None and found.actor.country is not None:
                name = f"{noun.lemma_.lower()} of {found.actor.name}"
                return Argument(Actor(name, found.actor.country, "CVL"), noun, anaphoric=True)
    return None


def detained_at_home(
    tokens: Sequence[Token], source: Actor, index: ActorIndex, *, verb: Token
) -> list[Argument]:
    """'The government of China arrested hundreds of people', 'Erdogan's government arrested
    dozens of Kurdish mayors': people a state's own authorities detain (the caller reads the
    act's mode, `home_detention_modes`), named by no nationality, with no other country named
    in the clause, are the state's own (session 10, `detained_people` in agents.yaml); marked
    inferred."""
    words = agents()
    if source.country is None:
        return []
    if (source.sector or "-") not in words.home_detention_sources:
        return []
    if any(a.country not in (None, source.country) for a in _clause_actors(verb, index)):
        return []
    heads = [h for t in tokens for h in (t, *t.conjuncts)]
    for noun in heads + [o for h in heads for o in prep_objects(h, ("of",))]:
        sector = words.detained_people.get(noun.lemma_.lower())
        if sector is not None:
            name = f"{noun.lower_} of {source.name}"
            return [Argument(Actor(name, source.country, sector), noun, anaphoric=True)]
    return []


def _clause_actors(verb: Token, index: ActorIndex) -> list[Actor]:
    return [index.by_token[t.i] for t in verb.subtree if t.i in index.by_token]


def _clause_verb(noun: Token) -> Token | None:
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _breached_norm(child: Token) -> bool:
    """The 'of' phrase of a breach names the norm broken, not who broke it: 'condemned any
    violation of UN Security Council resolutions' accuses no one in the Council (round 15,
    `breach_nouns` in agents.yaml); the breaker is the possessor or the 'by' phrase."""
    head = child.head
    return child.lower_ == "of" and head.lemma_.lower() in agents().breach_nouns


def _destination(child: Token, index: ActorIndex) -> bool:
    """'The president's European trip', 'his Asia tour': a place modifier of a journey is where
    it goes, not who travels (round 15, `destination_nouns` in agents.yaml); a modifier that
    names a person or an institution ('the Trump trip') is the traveller."""
    actor = index.at(child.i)
    return (
        child.dep_ in ("amod", "compound")
        and child.head.lemma_.lower() in agents().destination_nouns
        and actor is not None
        and actor.sector is None
        and actor.org is None
    )


def _as_people(token: Token, actor: Actor) -> Actor:
    """'About 1,000 French have travelled to fight in Syria', 'hundreds of Chinese': a counted
    demonym names people of that nationality, civilians (CVL), never the state; the actors
    layer codes a bare plural demonym as the country (round 9)."""
    if actor.sector is not None or actor.org is not None or token.ent_type_ != "NORP":
        return actor
    counted = any(c.dep_ == "nummod" for c in token.children)
    of_head = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if of_head is not None:
        quantity = of_head.head
        counted = counted or quantity.like_num or quantity.ent_type_ == "CARDINAL"
    return Actor(actor.name, actor.country, "CVL", None) if counted else actor


def _residence(token: Token, actor: Actor, index: ActorIndex) -> Argument | None:
    """'Ethnic Hungarians in south Slovakia', 'the Hungarians of south Slovakia': an ethnic group
    with its country of residence acts as a population of that country (inferred)."""
    marked = any(c.lower_ in argument_words().resident_markers for c in token.children)
    preps = ("of", *LOCATIVE_PREPS) if marked else ("of",)
    if actor.sector != "CVL":
        return None
    for place in prep_objects(token, preps):
        found = np_actor(place, index)
        if (
            found is not None
            and found.actor.sector is None
            and found.actor.country != actor.country
        ):
            home = Actor(actor.name, found.actor.country, actor.sector, None)
            return Argument(home, token, anaphoric=True)
    return None


def _with_country(uncoded: Actor | None, coded: Actor) -> Actor:
    """The uncoded actor the phrase is headed by, placed in the coded actor's country."""
    if uncoded is None or coded.country is None:
        return coded
    return Actor(uncoded.name, coded.country, uncoded.sector or coded.sector, None)


def _is_relation(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in argument_words().relational_nouns or lemma in agents().enmity_nouns


def _is_owner(relation: Token, owner: Token, index: ActorIndex) -> bool:
    """Whether a relation noun's possessor or 'of' phrase names the other side: a state ('Israel's
    ally'), and for a noun of enmity any party ('Assad's most powerful enemy, ISIS', 'an avowed
    enemy of the president': round 16, `enmity_nouns` in agents.yaml): no one is his own foe."""
    if _is_state(owner, index):
        return True
    return relation.lemma_.lower() in agents().enmity_nouns and index.at(owner.i) is not None


def _other_side(token: Token, actor: Actor, index: ActorIndex) -> bool:
    """A relation noun whose mention takes its actor from its possessor ('Israel's militia
    ally' read as Israel): the ally is the other side, not Israel."""
    if not _is_relation(token):
        return False
    owners = [c for c in token.children if c.dep_ in RELATION_OWNERS] + prep_objects(token, ("of",))
    return any(_is_owner(token, o, index) and index.at(o.i) == actor for o in owners)


def _is_state(owner: Token, index: ActorIndex) -> bool:
    """A country as owner ('Israel's ally' is another party), not a politician ('Hariri's
    allies' are his own camp): a state actor, or a place name its mention was merged into."""
    actor = index.at(owner.i)
    if actor is None or actor.country is None or actor.org is not None:
        return False
    return actor.sector is None or owner.ent_type_ == "GPE"


def _np_modifiers(token: Token, index: ActorIndex) -> list[Token]:
    """The modifiers through which a phrase names its actor; a relation noun's possessor and
    "of" phrase name the other side ("Israel's militia ally", "an enemy of Gondor"), and so
    does a modifier named with the possessor ("Israel's militia" is one mention)."""
    if not _is_relation(token):
        return list(token.children)
    states = [c for c in token.children if c.dep_ in RELATION_OWNERS and _is_owner(token, c, index)]
    states += [o for o in prep_objects(token, ("of",)) if _is_owner(token, o, index)]
    if not states:
        return list(token.children)
    owners = [index.at(c.i) for c in states]
    return [
        c
        for c in token.children
        if c not in states
        and not (c.lower_ == "of" and any(o.head.i == c.i for o in states))
        and (index.at(c.i) is None or index.at(c.i) not in owners)
    ]


def _affiliated(token: Token, index: ActorIndex) -> Argument | None:
    """'Workers affiliated with the Chilean Miners' Union', 'militants loyal to Al-Qaeda': a
    group that names no actor of its own belongs to the party it is tied to."""
    words = argument_words().affiliation
    for child in token.children:
        preps = words.get(child.lower_)
        if preps is None or child.dep_ not in ("acl", "amod", "relcl"):
            continue
        for party in prep_objects(child, preps):
            found = np_actor(party, index)
            if found is not None:
                return Argument(found.actor, token, anaphoric=found.anaphoric)
    return None


def _located(token: Token, index: ActorIndex) -> Argument | None:
    """'Farmers in France': the place of a group that names no actor of its own; not of a
    group of many countries ('world leaders in China', round 10), nor of an act ('condemned
    the attack in Paris', 'Kerry's comments in Israel': round 15)."""
    if _multinational(token) or _placed_act(token):
        return None
    for place in _np_children_of(token, LOCATIVE_PREPS):
        actor = index.at(place.i)
        if actor is not None and actor.country not in index.lex.region_codes:
            return Argument(actor, place, anaphoric=True)
    return None


def _placed_act(noun: Token) -> bool:
    """An act or an utterance, whose place is where it happens, not whose it is: 'the attack in
    Paris' is no French act, 'Trump's speech in Riyadh' no Saudi one (`placed_acts` in
    agents.yaml, with the attack nouns of modifiers.yaml)."""
    lemma = noun.lemma_.lower()
    return lemma in agents().placed_acts or lemma in argument_words().attack_nouns


def _multinational(group: Token) -> bool:
    """'World leaders', 'foreign ministers', 'leaders from around the world', 'diplomats from
    several countries': a group of many countries, which no place it meets in stands for
    (`multinational_modifiers`, `multinational_nouns` in agents.yaml)."""
    words = agents()
    if not can_act(group) or group.lemma_.lower() in words.stationed_nouns:
        # 'a major international conference in Saudi Arabia' is no group; 'an international
        # peace-keeping force in Liberia' is named by the country it serves in
        return False
    if any(c.lower_ in words.multinational_modifiers for c in group.children):
        return True
    origins = [c for c in group.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    return any(
        t.pos_ == "NOUN" and t.lower_ in words.multinational_nouns
        for o in origins
        for t in o.subtree
    )


def place_targets(
    verb: Token, noun: Token | None, index: ActorIndex, *, kind: str = ""
) -> list[Argument]:
    """An attack with no actor as object takes the country of the place where it happened
    ("exploded bombs in the capital Nairobi", "fired shells near a patrol boat from Peru"), as
    PLOVER's coders do; marked as inferred. Only an attack is aimed near or at a place: a
    national emergency declared at the US-Mexico border is not one on Mexico."""
    heads = [h for h in (noun, verb, *objects_of(verb)) if h is not None]
    victims = _victims([h for h in (noun, verb) if h is not None], index)
    if victims:
        return victims
    if _uncoded_armed_group(heads, verb, index) or _uncoded_person(heads, verb, index):
        return []
    if kind in argument_words().near_place_types:
        places = [t for h in heads for t in _place_objects(h)]
    else:
        places = [t for h in heads for t in prep_objects(h, tuple(LOCATIVE_PREPS))]
    # 'killed in a car bomb blast in a district of Mogadishu': the instrument's own place, not
    # its author ('killed in a Peruvian air strike in Bolivia' is in Bolivia)
    instruments = [p for p in places if _is_instrument(p, index)]
    places = [p for p in places if p not in instruments]
    places += [t for p in instruments for t in _place_objects(p)]
    # 'a ground war in the Middle East': a region is where, not whom (round 11)
    found = [a for a in resolve_all(places, index) if a.actor.country not in index.lex.region_codes]
    return [Argument(a.actor, a.token, anaphoric=True) for a in found]


def _uncoded_armed_group(heads: list[Token], verb: Token, index: ActorIndex) -> bool:
    """'launch air strikes in Iraq on the terror group', 'attacks against militants in Syria':
    the act names whom it hits, an armed group the actors layer does not code; the country it
    happens in is not the recipient (round 10, `armed_group_nouns` in agents.yaml)."""
    groups = agents().armed_group_nouns
    hit = _hit(heads, verb) + _aimed_objects(heads) + _gapped_object(verb)
    return any(t.lemma_.lower() in groups and np_actor(t, index) is None for t in hit)


def _gapped_object(verb: Token) -> list[Token]:
    """'The same enemies the U.S. is fighting in Syria', '… that Kenya is fighting': a relative
    clause with no object but its relative pronoun acts on the noun it is on (round 16)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [verb.head] if _relative_pronouns(objects_of(verb)) else []


def _relative_pronouns(objects: list[Token]) -> bool:
    """Whether a relative clause's objects are only its relative pronouns ('who', 'which')."""
    return all(o.tag_ in ("WDT", "WP") for o in objects)


def _aimed_objects(heads: list[Token]) -> list[Token]:
    """'Carried out strikes in Iraq and Syria, targeting a militia group': what a participle of
    aiming on the act or its verb acts on is whom the act hits (round 16, `aimed_participles`)."""
    words = agents().aimed_participles
    clauses = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in words
    ]
    return [t for c in clauses for o in objects_of(c) for t in (o, *o.conjuncts)]


def _hit(heads: list[Token], verb: Token) -> list[Token]:
    """Whom an attack names as hit: its objects and its 'on'/'against' phrases."""
    hit = objects_of(verb) + [t for h in heads for t in prep_objects(h, ("on", "against"))]
    return [t for h in hit for t in (h, *h.conjuncts)]


def _uncoded_person(heads: list[Token], verb: Token, index: ActorIndex) -> bool:
    """'Killed Ali Farzan in the Middle East': the attack is aimed at a named person whose
    country the actors layer does not know; the place is not it (round 11)."""
    people = agents().person_entities
    return any(t.ent_type_ in people and np_actor(t, index) is None for t in _hit(heads, verb))


def _victims(heads: list[Token], index: ActorIndex) -> list[Argument]:
    """'An attack in Iraq that killed an American contractor', 'attacked in Iraq, killing two
    Kenyan soldiers', 'an attack that ended up killing …': the victims a clause on the act
    names are whom it hit, not the place (round 11, `victim_verbs`, `victim_links`)."""
    words = agents()
    clauses = [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl", "advcl")]
    clauses += [
        x
        for c in clauses
        if c.lemma_.lower() in words.victim_links
        for x in c.children
        if x.dep_ in ("xcomp", "advcl", "pcomp")
    ]
    harm = [c for c in clauses if c.lemma_.lower() in words.victim_verbs]
    if any(_infinitive(c) for c in harm):
        return []  # 'an attack in Kabul to kill …' states an aim
    return resolve_all([o for c in harm for o in objects_of(c)], index)


def place_sources(verb: Token, index: ActorIndex, *, kind: str = "") -> list[Argument]:
    """'A car bomb near Mosul killed …': an attack whose subject is its instrument,
    not an actor, is coded from the country where it happened, as the PLOVER GSR codes such
    unclaimed attacks; so is a protest by a crowd that names no party ('thousands of people
    blocked roads in Nairobi'). Marked as inferred."""
    subjects = subject_of(verb)
    words = argument_words()
    head = subjects[0].lemma_.lower() if subjects else ""
    if not subjects and is_passive(verb):
        authors = [a for t in _instruments(verb, index) if (a := _author(t, index)) is not None]
        if authors:
            # 'killed in Ugandan artillery shelling', 'in a drone strike by government troops'
            return authors[:1]
        places = _passive_places(verb, index)
    elif head in index.lex.instrument_nouns:
        places = [t for h in (subjects[0], verb) for t in _place_objects(h)]
    elif head in words.crowd_nouns and kind in words.crowd_place_types:
        heads = (subjects[0], verb, *objects_of(verb))
        places = [t for h in heads for t in _named_places(h, index)]
    else:
        return []
    places = [w for p in places for w in _where(p)]
    found = resolve_all(places, index)[:1]
    if found and _spread_over_countries(found[0], index):
        return []
    return [Argument(a.actor, a.token, anaphoric=True) for a in found]


def _spread_over_countries(place: Argument, index: ActorIndex) -> bool:
    """'bombings in India, Pakistan and Afghanistan': acts placed in a list of countries
    name no one place, so no one author (session 13: coded India attacking Pakistan)."""
    others = resolve_all(list(place.token.conjuncts), index)
    return any(a.actor.country != place.actor.country for a in others)


def _where(place: Token) -> list[Token]:
    """'A bomb exploded outside the wall of the U.S. compound', '… outside the Kenyan embassy
    in Kampala': a facility names its owner, the one hit, not the country where the unclaimed
    attack happened; that is the facility's own place, if it names one (round 15,
    `facility_nouns` in agents.yaml)."""
    chain = [place, *prep_objects(place, ("of",))]
    facilities = [c for c in chain if c.lemma_.lower() in agents().facility_nouns]
    return [t for f in facilities for t in _place_objects(f)] if facilities else [place]


def _named_places(head: Token, index: ActorIndex, *, depth: int = 2) -> list[Token]:
    """Named places where an act happened: 'in Nairobi', 'at a jail in Lima' (through the
    unnamed place), never 'in defiance of Ugandan authorities' (no place at all)."""
    found = []
    for place in _place_objects(head):
        if index.at(place.i) is not None:
            found.append(place)
        elif depth > 1:
            found += _named_places(place, index, depth=depth - 1)
    return found


def _passive_places(verb: Token, index: ActorIndex) -> list[Token]:
    """'A Peruvian was shot dead in La Paz', 'killed in a car bombing in Mogadishu': a
    passive attack or arrest with no agent happened where it happened. 'Killed in a crash in
    France' names a cause that is no attack; harm that accidents do too ('12 people were killed
    in Peru') needs an instrument; and the victim must be an actor ('Jews have been attacked
    in Germany' leaves the author unknown) unless an instrument is named."""
    places: list[Token] = []
    armed = False
    for place in _place_objects(verb):
        if index.at(place.i) is not None:
            places.append(place)
        elif _is_instrument(place, index):
            places += _place_objects(place)
            armed = True
        elif place.pos_ in ("NOUN", "PROPN") and not _is_place_noun(place, index):
            return []
    victim = any(np_actor(t, index) is not None for t in objects_of(verb))
    harm = verb.lemma_.lower() in argument_words().harm_verbs
    return places if armed or (victim and not harm) else []


def _instruments(verb: Token, index: ActorIndex) -> list[Token]:
    """The instruments a passive attack happened in: 'killed in a truck bombing'."""
    return [p for p in _place_objects(verb) if _is_instrument(p, index)]


def _is_instrument(noun: Token, index: ActorIndex) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in index.lex.instrument_nouns or lemma in argument_words().attack_nouns


def _author(instrument: Token, index: ActorIndex) -> Argument | None:
    """Who an instrument belongs to: its actor modifier ('Ugandan artillery shelling') or its 'by'
    phrase ('a drone strike by government troops'); not its place ('a bombing in Mogadishu')."""
    owners = [c for c in instrument.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    owners += prep_objects(instrument, ("by",))
    for owner in owners:
        found = np_actor(owner, index)
        if found is not None:
            return Argument(found.actor, owner, anaphoric=found.anaphoric)
    return None


def _is_place_noun(token: Token, index: ActorIndex) -> bool:
    """'in the northern town of Gao', 'in a residential district of Mogadishu': a phrase whose
    actor is a place named inside it."""
    return np_actor(token, index) is not None


def _place_objects(head: Token) -> list[Token]:
    """Objects of 'in', 'near', 'outside (of)', 'at' on a phrase."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            found += [g for g in child.children if g.dep_ == "pobj"]
            found += prep_objects(child, ("of",))
    return found


def _np_children_of(token: Token, preps: frozenset[str]) -> list[Token]:
    return [g for c in token.children for g in _np_children(c, preps) if c.dep_ == "prep"]


def _np_children(child: Token, preps: frozenset[str]) -> list[Token]:
    if child.dep_ in NP_DEPS:
        return [child]
    if child.dep_ == "prep" and child.lower_ in preps:
        return [c for c in child.children if c.dep_ == "pobj"]
    return []


def _region_anaphor(token: Token, index: ActorIndex) -> Argument | None:
    """'the regional governments' → the region last named before it."""
    lex = index.lex
    if token.lemma_.lower() not in lex.region_heads:
        return None
    if not any(c.lemma_.lower() in lex.region_modifiers for c in token.children):
        return None
    actor = index.last_region_before(token.i)
    return None if actor is None else Argument(actor, token, anaphoric=True)


def _state_anaphor(token: Token, index: ActorIndex) -> Argument | None:
    """'the government', 'the army' → that institution of the country named last before it,
    in its own sentence or the one before: the reader's resolution, marked as inferred. 'The
    country' itself only when that country is the only one named before it in its own
    sentence ("Israel's U.S. ambassador said the country would not bar …" names two, and a
    country of the sentence before may not be the speaker's: the reader needs more than
    recency; session 8)."""
    heads = index.lex.state_heads
    if token.lower_ not in heads or not any(c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("amod", "compound", "poss") for c in token.children):
        return None
    sector = heads[token.lower_]
    # the country itself: only one named before it in its own sentence (session 8)
    low = window_start(token, back=1 if sector else 0)
    country = index.last_country_between(low, token.i)
    if country is None or (sector is None and not index.sole_country_between(low, token.i)):
        return None
    name = f"{token.lower_} of {country.name}"
    actor = Actor(name=name, country=country.country, sector=sector)
    return Argument(actor, token, anaphoric=True)


def _place_anaphor(token: Token, index: ActorIndex) -> Argument | None:
    """'Traveled to Crimea to see what has changed since Russia annexed the territory', 'since
    Hamas took control of Gaza, Israel has imposed an embargo on the territory': a bare 'the
    territory', 'the enclave' is the place named last before it in its sentence, not as a
    subject, that names a country and no organisation or sector (round 16, `place_anaphora` in
    agents.yaml); marked inferred."""
    if token.lemma_.lower() not in agents().place_anaphora:
        return None
    if [c.lower_ for c in token.children] != ["the"]:
        return None
    sent = token.sent
    places = [
        t
        for t in sent
        if t.i < token.i
        and t.dep_ not in (*SUBJECT_DEPS, "nsubjpass")
        and (actor := index.at(t.i)) is not None
        and actor.country is not None
        and actor.org is None
        and actor.sector is None
    ]
    if not places:
        return None
    place = places[-1]
    actor = index.at(place.i)
    return None if actor is None else Argument(actor, token, anaphoric=True)


def _compass_anaphor(token: Token, index: ActorIndex) -> Argument | None:
    """'start negotiations with the North', 'a deal with the North': a bare capitalised 'the
    North' or 'the South' is the divided country of that half the article has named before it
    (session 11, held-out audit; `compass_anaphora` in agents.yaml); marked inferred."""
    codes = agents().compass_anaphora.get(token.lower_)
    if codes is None or not token.text[:1].isupper():
        return None
    if [c.lower_ for c in token.children] != ["the"]:
        return None
    earlier = [a for i, a in sorted(index.by_token.items()) if i < token.i]
    for code in codes:
        named = next((a for a in earlier if a.country == code), None)
        if named is not None:
            return Argument(Actor(named.name, code), token, anaphoric=True)
    return None


def resolve_all(tokens: Iterable[Token], index: ActorIndex) -> list[Argument]:
    """Actors of the phrases and of their conjuncts: 'both Russia and China' → two."""
    found: list[Argument] = []
    for token in tokens:
        for head in (token, *token.conjuncts):
            argument = np_actor(head, index)
            if argument is None:
                continue
            shared = _shared_places(head, index) if head.i == token.i else []
            if head.i == token.i:
                shared = shared or _shared_nationality(head, argument, index)
            # "Lawmakers in Chile and Peru": the place's conjuncts are sources too
            extra = [] if argument.token.i == head.i else list(argument.token.conjuncts)
            extra += _coordinated_modifiers(head)
            listed = _listed(head, index)
            candidates = shared or [argument, *_conjunct_places(extra, index), *listed]
            for candidate in candidates:
                if all(a.actor != candidate.actor for a in found):
                    found.append(candidate)
    return found


def _shared_nationality(head: Token, first: Argument, index: ActorIndex) -> list[Argument]:
    """'The Danish media and government', 'Iranian state media and officials': a bare role
    noun coordinated after the first shares the country its modifier names, with its own
    sector. A role with words of its own ('Danish media and a Swedish minister', 'media and
    the government of Norway') keeps to them."""
    actor = first.actor
    named_by_modifier = any(
        c.dep_ in ("amod", "compound") and index.at(c.i) == actor for c in head.children
    )
    state = argument_words().shared_nationality_sectors
    if not (named_by_modifier and _is_country(actor)) or role_sector(head.lower_) not in state:
        return []
    found = [first]
    for role in (c for c in head.conjuncts if c.i > head.i):
        sector = role_sector(role.lower_)
        bare = not any(c.dep_ in ROLE_OWN_WORDS for c in role.children)
        if sector not in state or role.pos_ != "NOUN" or not bare or index.at(role.i) is not None:
            return []
        found.append(Argument(Actor(actor.name, actor.country, sector, None), role))
    return found if len(found) > 1 else []


def _shared_places(head: Token, index: ActorIndex) -> list[Argument]:
    """'Lawmakers and officials in Chile and Peru': coordinated role nouns share the place or
    "of" phrase the parser hangs on the first of them, and every place has every role (each
    country's lawmakers and officials), with the role's sector (round 8). A later role that is
    an actor of its own keeps to itself; a first one ('ISIS leaders, forces and positions in
    Iraq') lends its actor to the list, as before."""
    roles = [r for r in (head, *head.conjuncts) if r.pos_ == "NOUN"]
    owners = prep_objects(head, ("of", "from", *LOCATIVE_PREPS))
    places = [p for o in owners for p in (o, *o.conjuncts) if _is_country(index.at(p.i))]
    if len(roles) + len(places) < 3:
        return []
    mentions = [index.at(p.i) for p in places]
    if index.at(head.i) not in (None, *mentions):
        # 'ISIS leaders, forces and positions in Iraq': the first role's own actor is shared
        return []
    inferred = any(o.head.lower_ in LOCATIVE_PREPS for o in owners)
    found: list[Argument] = []
    for role in roles:
        sector = role_sector(role.lower_)
        if index.at(role.i) not in (None, *mentions):
            own = np_actor(role, index)
            found += [own] if own is not None else []
            continue
        for actor in mentions if sector is not None else ():
            if actor is not None:
                party = Actor(actor.name, actor.country, sector, None)
                mentioned = index.at(role.i) == actor  # 'officials in Chile' is one mention
                found.append(Argument(party, role, anaphoric=inferred and not mentioned))
    return found


def _is_country(actor: Actor | None) -> bool:
    return actor is not None and actor.country is not None and actor.org is None


def _listed(head: Token, index: ActorIndex) -> list[Argument]:
    """Parties of a list the parser split: 'Peru, the Gambia, Chile and Bolivia' (the second
    item taken for an apposition of the first, the rest its conjuncts) and 'the ambassadors
    of Chile, Peru and Bolivia' (each country has its ambassador)."""
    # only names: "Brazil and Chile, a Lima-based daily reports" lists no daily,
    # "Chile, a close Brazilian partner and trade customer" no partner
    items = [
        item
        for child in head.children
        if child.dep_ == "appos" and (child.conjuncts or head.conjuncts)
        for item in (child, *child.conjuncts)
        if item.pos_ == "PROPN"
    ]
    located: list[Token] = []
    for owner in prep_objects(head, ("of", "from", *LOCATIVE_PREPS)):
        # the head is no party of its own, or one mention with its owner ("ambassadors of Peru",
        # "Lawmakers in Chile"); a place only locates its group, as in `_located`
        if index.at(head.i) in (None, index.at(owner.i)):
            (located if owner.head.lower_ in LOCATIVE_PREPS else items).extend(owner.conjuncts)
    if _multinational(head) or _placed_act(head):
        located = []  # 'world leaders in China and Japan' are neither's
    found = [Argument(a, item) for item in items if (a := index.at(item.i)) is not None]
    return found + [
        Argument(a, item, anaphoric=True) for item in located if (a := index.at(item.i)) is not None
    ]


def resolve_targets(tokens: Sequence[Token], index: ActorIndex) -> list[Argument]:
    """Recipients: the phrases' actors, else the actors a nominal phrase is about
    ("welcomed a resumption of ties with Bolivia", "letters sent by Paraguay")."""
    found = resolve_all(tokens, index) or resolve_all(_examples(tokens), index)
    if found:
        return found
    frontier = [h for t in tokens for h in (t, *t.conjuncts)]
    for _ in range(3):
        frontier = [n for t in frontier for n in _inner_nouns(t)]
        found = resolve_all(frontier, index)
        if found or not frontier:
            return found
    return []


def _examples(tokens: Sequence[Token]) -> list[Token]:
    """'Allies such as the EU and Japan', 'several countries, including Estonia': the examples
    a common noun lists name its parties when it names none itself (round 11,
    `example_preps` in agents.yaml)."""
    words = agents()
    markers = words.example_preps
    heads = [h for t in tokens for h in (t, *t.conjuncts) if h.pos_ == "NOUN"]
    found: list[Token] = []
    for head in (h for h in heads if h.lemma_.lower() in words.example_heads):
        for child in head.children:
            if child.dep_ not in ("prep", "acl") or child.lower_ not in markers:
                continue
            before = markers[child.lower_]
            if before is None or _after(child, before):
                found += [g for g in child.children if g.dep_ in ("pobj", "dobj")]
    return found


def _after(token: Token, word: str) -> bool:
    """Whether the word right before the token is `word` ('such as', 'out of')."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == word


def _inner_nouns(token: Token) -> list[Token]:
    nouns = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in DEEP_PREPS and not _breached_norm(child):
            nouns += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("acl", "relcl"):
            nouns += _clause_nouns(child)
    return nouns


def _clause_nouns(clause: Token) -> list[Token]:
    """What a clause on a noun names: its agent ('letters sent by Paraguay') and, for a participle,
    what it acts on ('a plane carrying UN observers', 'roads leading into Bolivia'); an
    infinitive states a plan ('her decision to withdraw troops from Chad' is about no Chad)."""
    nouns = [g for c in clause.children if c.dep_ == "agent" for g in c.children]
    if _is_infinitive(clause):
        return nouns + _invited_parties(clause)
    if clause.tag_ in ("VBG", "VBN") and not _opposing(clause):
        # not a finite clause: 'suggestions that the decision would isolate the U.S.'
        nouns += [o for o in objects_of(clause) if o.i > clause.i]
    return nouns + [
        g
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ in DEEP_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _opposing(clause: Token) -> bool:
    """'Kurdish fighters battling the Islamic State', 'local forces fighting ISIS': whom a
    party's own act is aimed at is its enemy, not the party (session 11, `opposing_participles`
    in agents.yaml); 'a company pursuing a project in Indonesia' is about Indonesia."""
    return (
        clause.tag_ == "VBG"
        and clause.lemma_.lower() in agents().opposing_participles
        and can_act(clause.head)
    )


def _invited_parties(clause: Token) -> list[Token]:
    """'Accepted the invitation to meet with Kim Jong Un', 'turned down an offer to visit Kenya':
    an invitation, an offer or a proposal to meet names its counterpart, the one met or visited
    (round 16, `invitation_nouns` and `meeting_acts` in agents.yaml); other plans name none."""
    words = agents()
    if clause.head.lemma_.lower() not in words.invitation_nouns:
        return []
    if clause.lemma_.lower() not in words.meeting_acts:
        return []
    return objects_of(clause) + prep_objects(clause, ("with",))


def _coordinated_modifiers(head: Token) -> list[Token]:
    """'Senior Slovak and Czech officials': coordinated actor adjectives of one role
    noun name one party each (the actors layer resolves each demonym on its own)."""
    return [
        m
        for child in head.children
        if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts
        for m in (child, *child.conjuncts)
    ]


def _conjunct_places(tokens: Sequence[Token], index: ActorIndex) -> list[Argument]:
    found = []
    for token in tokens:
        actor = index.at(token.i)
        if actor is not None:
            found.append(Argument(actor, token, anaphoric=True))
    return found


def is_passive(verb: Token) -> bool:
    if _stative(verb):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _stative(verb: Token) -> bool:
    """'Chile is opposed to Brazilian mediation', 'is committed to talks': a passive of state whose
    subject holds the attitude (with its preposition, and no agent) acts like an active verb."""
    preps = argument_words().stative_passives.get(verb.lemma_.lower())
    if preps is None or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


def subject_of(verb: Token) -> list[Token]:
    """The phrase that acts: the subject, a passive's agent, or one borrowed from a governor."""
    current = verb
    for _ in range(5):
        agent = _agent(current)
        if agent:
            return _no_accident(agent)
        subjects = _own_subjects(current)
        if subjects:
            return _no_accident(subjects)
        stranded = _stranded_subject(current)
        if stranded:
            return _no_accident(stranded)
        if _finite_on_root_noun(current):
            # 'Doctors from two aid groups donated and delivered goods': no other main verb
            return [current.head]
        if current.i == verb.i and (is_passive(verb) or _passive_participle(verb)):
            # 'Y attacked X and was arrested': a passive's subject is its patient
            # ('warships launched games, expected to be joined by …'), never its agent
            return []
        if current.dep_ == "acl" and current.tag_ in ACTING_TAGS:
            # 'a civil liberties group protested', 'inspectors probing sites': the noun acts
            return [current.head]
        if _finite_after_gerund(current):
            # 'accused the boat of entering waters and called on Japan': the parser hangs
            # 'called' on the gerund, but a finite verb coordinates with the main verb
            current = current.head.head.head
            continue
        if _through_preposition(current):
            if current.head.lower_ in argument_words().dissuaded_preps:
                # 'warned Russia against invading Ukraine': an act argued against is no one's
                return []
            # 'resorted to hurling bottles': the verb's subject through its preposition;
            # 'accused Uganda of shelling': the object the act is blamed on or praised for
            governor = current.head.head
            if governor.lemma_.lower() in argument_words().alleging_governors:
                # 'charged Tehran with arming the Houthis': an act alleged is the accuser's
                # ACCUSE, not an act the text asserts
                return []
            blamed = _controlling_objects(current.head, governor)
            if blamed:
                return blamed
            current = governor
            continue
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return []
        objects = [c for c in current.head.children if c.dep_ in OBJECT_DEPS]
        if current.dep_ in ("xcomp", "advcl") and not objects and _infinitive(current):
            objects = _addressees(current.head)
            if objects and current.dep_ == "advcl":
                # 'appealed to Kenya to send aid', hung as a purpose clause: Kenya's act,
                # but one the modality layer would not see as asked for; none is coded
                return []
        if current.dep_ == "xcomp" and is_passive(current.head) and _agent(current.head):
            # 'was convinced by the Russians to stay', 'Iran was urged by the EU to halt …':
            # the one persuaded acts, never the persuader (round 11)
            return _no_accident([c for c in current.head.children if c.dep_ == "nsubjpass"])
        if _controlled_by_passive(current):
            # 'the ministers are scheduled to meet', 'Iran was forced to withdraw' (session 13)
            return _no_accident([c for c in current.head.children if c.dep_ == "nsubjpass"])
        if _held(current, objects):
            # 'Russia, which has troops in Syria to support Assad': the holder acts (round 15)
            objects = []
        if current.dep_ == "xcomp" and objects:
            if any(can_act(o) for o in objects):
                return objects
            if current.head.lemma_.lower() not in agents().instrument_verbs:
                # 'allowed Russian gas to reach Europe': a thing does not act
                return []
            # 'should use Russian assets to finance …': the user acts, through the assets
        if current.dep_ == "conj" and is_passive(current.head):
            # 'has been indicted by the UN court and will resign': coordinated verbs share
            # the grammatical subject, which of a passive is its patient, never its agent;
            # only a conjunct with its own auxiliary is surely coordinated with the passive
            # ('… have been detained and call for their release' is the speaker's call)
            own_aux = any(c.dep_ == "aux" for c in current.children)
            patients = [c for c in current.head.children if c.dep_ == "nsubjpass"]
            return _no_accident(patients) if own_aux else []
        current = current.head
    return []


def _controlled_by_passive(clause: Token) -> bool:
    """An infinitive of a passive of scheduling, asking or forcing, whose subject is the one
    scheduled, asked or forced: that subject does the act ('are scheduled to meet')."""
    head = clause.head
    return (
        clause.dep_ == "xcomp"
        and _infinitive(clause)
        and is_passive(head)
        and head.lemma_.lower() in argument_words().control_passives
    )


def _held(clause: Token, objects: list[Token]) -> bool:
    """Whether the objects of a verb of holding are common nouns ('has troops in Syria to
    support …'): held means, not the infinitive's subject; a name stays one."""
    holding = clause.head.lemma_.lower() in agents().holding_verbs
    return clause.dep_ == "xcomp" and holding and all(o.pos_ == "NOUN" for o in objects)


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's subjects; a passive of state's subject too, which the parser may hang on the
    auxiliary ('Chile is opposed to')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if _stative(verb):
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        subjects += [c for a in auxiliaries for c in a.children if c.dep_ in SUBJECT_DEPS]
        subjects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects


def _finite_on_root_noun(verb: Token) -> bool:
    """The small model reads 'Doctors … donated and delivered $40,000 worth of food' as a noun
    with a participle: a sentence needs a main verb, and a participle with a direct object is
    active, so the noun is its subject ('Three soldiers killed in Iraq', a headline's passive,
    has no object and stays a participle)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.sent.root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in OBJECT_DEPS for v in (verb, *verb.conjuncts) for c in v.children)


def _passive_participle(verb: Token) -> bool:
    """A participial clause ('…, backed by Russia', '…, expected to be joined') whose noun or
    clause is what it acts on, not who acts."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl"):
        return False
    return not any(c.dep_ == "aux" for c in verb.children)


def _no_accident(phrases: list[Token]) -> list[Token]:
    """A crash, a quake or a flood is no actor, whatever adjectives name a country on it; nor
    is a threat, a crisis or a deal ('the ISIL threat demands it')."""
    accidents = argument_words().accident_nouns
    return [p for p in phrases if p.lemma_.lower() not in accidents]


def _through_preposition(verb: Token) -> bool:
    """A gerund after a preposition of an active verb shares its subject; a passive's
    ('suspected by its neighbours of blowing up') does not."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    governor = verb.head.head
    return governor.pos_ == "VERB" and not is_passive(governor) and not _agent(governor)


def _stranded_subject(verb: Token) -> list[Token]:
    """Parse repair: 'called for the expulsion of U.S. diplomats after Washington on Thursday
    sanctioned Russian officials, expelled 35 diplomats …' is read with 'after Washington' a
    prepositional phrase and 'sanctioned' a subjectless finite clause or conjunct of 'called';
    a finite clause has a subject, and it is the noun the preposition took right before it. A
    verb coordinated after such a clause ('expelled', hung on 'called') continues it."""
    governor = verb.head
    clause = governor.pos_ in ("VERB", "AUX") and bool(_own_subjects(governor))
    if verb.tag_ not in FINITE_TAGS or _own_subjects(verb) or not clause:
        # only a misread clause of a verb with a subject of its own ('Crowds of Iraqis
        # protesting America’s airstrikes against an Iran-backed militia laid siege …',
        # hung on a stray particle, is no clause after 'against')
        return []
    stranded = _object_before(verb) if verb.dep_ in ("advcl", "conj") else []
    if stranded or verb.dep_ != "conj":
        return stranded
    clauses = [c for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i]
    between = [c for c in clauses if c.tag_ in FINITE_TAGS and verb.head.i < c.i]
    return _object_before(between[-1]) if between else []


def _object_before(verb: Token) -> list[Token]:
    """The object of a preposition that ends right before the verb, past a date phrase and
    adverbs ('after Washington on Thursday sanctioned')."""
    i = verb.i - 1
    while i > 0 and (verb.doc[i].ent_type_ in ("DATE", "TIME") or verb.doc[i].pos_ == "ADV"):
        i -= 1
    while i > 0 and verb.doc[i].dep_ == "prep" and verb.doc[i].i < verb.i - 1:
        i -= 1
    noun = verb.doc[i]
    if noun.dep_ != "pobj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.dep_ != "prep":
        return []
    opens = noun.head.lower_ in agents().clause_prepositions
    if not opens and any(c.dep_ in OBJECT_DEPS for c in verb.children):
        # 'Global leaders gathered in Paris condemned Russia': a verb with an object is the
        # main verb, and a place preposition opens no clause, so its object is no subject; the
        # subject is the governor's (round 10). With no object the verb stays read as a
        # participle on the noun ('the deal agreed between Iran and six powers')
        return []
    return [noun] if verb.head.i < noun.head.i < noun.i < verb.i else []


def _finite_after_gerund(verb: Token) -> bool:
    """A past or present tense verb read as the conjunct of a gerund after a preposition: the
    two forms cannot be coordinated, so the verb belongs to the clause that governs the
    preposition."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in FINITE_TAGS
        and head.tag_ == "VBG"
        and head.dep_ == "pcomp"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ in ("VERB", "AUX")
    )


def _controlling_objects(preposition: Token, governor: Token) -> list[Token]:
    """The governor's object when the preposition hands it the act: 'accused Uganda *of*
    shelling', 'praised Kenya *for* sending troops' (`object_control_preps`), 'charged the
    officers *with* stealing' (`object_control_governed_preps`)."""
    words = argument_words()
    governed = words.object_control_governed_preps.get(preposition.lower_, frozenset())
    if preposition.lower_ not in words.object_control_preps and (
        governor.lemma_.lower() not in governed
    ):
        return []
    return [c for c in governor.children if c.dep_ in OBJECT_DEPS]


def _agent(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def objects_of(verb: Token) -> list[Token]:
    """Direct objects, or the subject of a passive ('was shelled by' → the shelled)."""
    if is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if objects:
        return objects
    # the small model sometimes labels a proper-noun object npadvmod ("shelled Azerbaijan"),
    # as it labels a date ("demanded Monday that …"), which is no object
    return (
        [
            c
            for c in verb.rights
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
        ]
        + _counted_objects(verb)
        + _shifted_objects(verb)
    )


def _shifted_objects(verb: Token) -> list[Token]:
    """A heavy object moved after its 'as' predicate: 'denounced as a shameful act Peru's
    suppression of …' (read as an apposition of 'act'), 'condemned as unfounded
    allegations by Uganda' (the adjective read into the object)."""
    found: list[Token] = []
    for noun in prep_objects(verb, ("as",)):
        found += [c for c in noun.children if c.dep_ == "appos"]
        first = noun.doc[noun.head.i + 1] if noun.head.i + 1 < len(noun.doc) else noun
        if not found and first.pos_ == "ADJ" and first.head.i == noun.i:
            found.append(noun)
    return found


def _counted_objects(verb: Token) -> list[Token]:
    """'Kidnapped up to 12 Chinese engineers': the parser reads 'up' as a particle and the object
    as the object of 'to'; a counted noun there is the verb's object."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    ups = [c for c in verb.children if c.lower_ == "up"]
    return [
        g
        for head in (verb, *ups)
        for g in prep_objects(head, ("to",))
        if any(c.dep_ == "nummod" for c in g.children)
    ]


def prep_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    return [
        g
        for c in head.children
        if c.dep_ in ("prep", "dative", "prt") and c.lower_ in wanted
        for g in (_objects_of_prep(c))
    ]


def _objects_of_prep(prep: Token) -> list[Token]:
    """The object of a preposition; where the parser left it none because a reduced relative
    follows ('granted asylum to five officers holed up in a residence' read as 'officers holed
    up' with 'officers' its subject), the subject that starts right after the preposition."""
    found = [g for g in prep.children if g.dep_ == "pobj"]
    if found or prep.i + 1 >= len(prep.doc):
        return found
    after = prep.doc[prep.i + 1]
    subject = (
        after
        if after.dep_ == "nsubj"
        else next((a for a in after.ancestors if a.dep_ == "nsubj"), None)
    )
    if subject is None or subject.left_edge.i != prep.i + 1:
        return []
    clause = subject.head
    return (
        [subject] if clause.dep_ in ("advcl", "acl", "relcl") and clause.head == prep.head else []
    )


def target_tokens(verb: Token, rule: Rule, *, noun: Token | None = None) -> list[Token]:
    """Recipient phrases, by the rule's order of preference; a verb with no object of its own
    shares the objects of the verb coordinated after it ('donated and delivered goods to
    Baghdad University')."""
    buyers = _buyers(verb)
    if buyers:
        return buyers
    later = [c for c in verb.conjuncts if c.i > verb.i and not objects_of(verb)]
    for head in (verb, *later):
        for spec in rule.targets:
            found = _target_for(head, spec, noun)
            if found:
                return [r for t in found for r in (_message_addressees(t, head) or [t])]
    topical = _topic_counterparts(verb, rule, noun)
    if topical:
        return topical
    return (_aimed_at(noun) or _owner(noun)) if noun is not None else []


def _owner(noun: Token) -> list[Token]:
    """'revoked China's special trade status', 'cut Iran's oil exports': when the rule's slots
    name no recipient, a named owner of the act's noun is the party it is done to (a pronoun
    owner, 'its sanctions', is most often the source's own; the owner of a place is where the
    act happens: 'took to Moscow's streets', `place_nouns` in agents.yaml)."""
    if noun.lemma_.lower() in agents().place_nouns:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]


def _buyers(verb: Token) -> list[Token]:
    """'Russia sold missiles to Iran': the party a sale goes to is its recipient, before the
    rule's slots (round 16, `sale_verbs` in agents.yaml; the imported CAMEO rows of 'sell' read
    'with' and the object, which is the weapon sold)."""
    if verb.lemma_.lower() not in agents().sale_verbs:
        return []
    # 'selling products to ZTE, which shipped goods to Iran': a clause on the buyer names the
    # parties of another act, which the reading of a recipient's inner phrases would take
    return [
        t
        for t in prep_objects(verb, ("to",))
        if can_act(t) and not any(c.dep_ in ("relcl", "acl") for c in t.children)
    ]


def _message_addressees(pronoun: Token, verb: Token) -> list[Token]:
    """'Sent a letter to President Okoro urging him to …', '… a letter to the minister
    requesting she investigate': the pronoun a message's clause addresses is the message's
    addressee (round 15, `message_nouns` and `addressee_pronouns` in agents.yaml); the
    pronoun alone names no one."""
    words = agents()
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in words.addressee_pronouns:
        return []
    governor = verb.head
    if verb.dep_ == "acl" and governor.lemma_.lower() in words.message_nouns:
        return prep_objects(governor, ("to",)) or prep_objects(governor.head, ("to",))
    messages = [o for o in objects_of(governor) if o.lemma_.lower() in words.message_nouns]
    if verb.dep_ == "advcl" and messages:
        return prep_objects(governor, ("to",)) or prep_objects(messages[0], ("to",))
    return []


def _aimed_at(noun: Token) -> list[Token]:
    """'imposed sanctions targeting North Korea's exports', 'sanctions now crushing Iran's
    economy', 'sanctions aimed at Russia's banks': what a participle of aiming on the act noun
    acts on is its recipient when the rule's own slots name none (round 10, `aimed_participles`
    in agents.yaml)."""
    words = agents()
    clauses = [
        c
        for n in (noun, *noun.conjuncts)
        for c in n.children
        if c.dep_ == "acl"
        and c.tag_ in ("VBG", "VBN")
        and c.lemma_.lower() in words.aimed_participles
    ]
    return [
        t
        for c in clauses
        for t in (objects_of(c) if c.tag_ == "VBG" else []) + prep_objects(c, ("at", "against"))
    ]


def _target_for(verb: Token, spec: str, noun: Token | None) -> list[Token]:
    if spec.endswith("?"):
        # 'complained to the UN over Israeli air raids': the grievance's party, when it names
        # one, is whom the complaint is against; 'over the delays' leaves the addressee
        return [t for t in _target_for(verb, spec[:-1], noun) if _names_party(t)]
    if spec == "dobj":
        objects = objects_of(verb)
        objects = _modified_patient(verb, objects) or objects
        # 'gave Canada a deadline', 'handed Iran an ultimatum': when the pattern's noun is the
        # object, the indirect object receives the act ('gave Trump a thumbs up' names none)
        receivers = _indirect_objects(verb) if noun is not None and noun in objects else []
        return receivers + objects + _stranded_complement_objects(verb)
    if spec == "dative":
        return _indirect_objects(verb)
    if spec == "nsubj_comp":
        return [g for c in _comps(verb) for g in c.children if g.dep_ in SUBJECT_DEPS]
    if spec == "comp":
        return [t for c in _comps(verb) for t in _complement_recipients(c)]
    if spec == "plain_comp":
        # 'pledged to democratize Peru': the pledge's recipient is its act's; an act with a
        # rule of its own is coded as the intention ('pledged to expel Egyptian leaders' is a
        # threat, not also an agreement with Egypt)
        return [t for c in _comps(verb) if not _codes_itself(c) for t in _complement_recipients(c)]
    if noun is None:
        heads = [verb, *objects_of(verb)]
    else:
        # 'directed mortar, artillery and rocket fire against Peruvian posts'; 'the withdrawal
        # of invasion forces from Panama': the act's patient carries the recipient
        heads = [noun, *noun.conjuncts, *prep_objects(noun, ("of",)), *_up_to(noun, verb), verb]
    found = [t for h in heads for t in prep_objects(h, (spec,)) + _equivalent_objects(h, spec)]
    return found or _slot_compounds(noun, spec)


def _topic_counterparts(verb: Token, rule: Rule, noun: Token | None) -> list[Token]:
    """'struck a deal on its nuclear program with the West', 'talked about denuclearization
    with the South Korean representatives': the parser hangs the counterpart on the topic; the
    'with' party of a deal's or talks' topic is theirs (session 11, held-out audit;
    `topic_preps` and `topic_counterpart_types` in agents.yaml)."""
    words = agents()
    if "with" not in rule.targets or rule.type not in words.topic_counterpart_types:
        return []
    heads = [verb] if noun is None else [noun, verb]
    topics = [t for h in heads for t in prep_objects(h, tuple(words.topic_preps))]
    return [t for topic in topics for t in prep_objects(topic, ("with",))]


def _modified_patient(verb: Token, objects: list[Token]) -> list[Token]:
    """'Americans who have been detained by North Korea', 'the American student imprisoned by
    North Korea': a passive relative clause or participle acts on the noun it is on (session
    11, held-out audit: both coded a detention with no recipient)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if verb.dep_ == "relcl":
        relative = bool(objects) and _relative_pronouns(objects)
        return [verb.head] if relative and is_passive(verb) else []
    return [verb.head] if not objects and _passive_participle(verb) else []


def _indirect_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def _slot_compounds(noun: Token | None, spec: str) -> list[Token]:
    """'Announced the Syria withdrawal': a proper-noun compound of a pattern noun fills the
    slot the noun's own preposition would ('the withdrawal from Syria'; round 15,
    `compound_slots` in agents.yaml); the coder drops it when it is the source's own party."""
    nouns = agents().compound_slots.get(spec, frozenset())
    if noun is None or noun.lemma_.lower() not in nouns:
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def _equivalent_objects(head: Token, prep: str) -> list[Token]:
    """'Pulled its troops out of Somalia': the object of a compound preposition that means the
    rule's own ('out of' for 'from'; round 11, `prep_equivalents` in agents.yaml), whether the
    parser hangs 'of' on 'out' or both on the verb."""
    found: list[Token] = []
    for first, second in agents().prep_equivalents.get(prep, ()):
        for child in head.children:
            if child.lower_ == first and child.dep_ in ("prep", "prt", "advmod"):
                found += prep_objects(child, (second,))
            elif child.lower_ == second and child.dep_ == "prep" and _after(child, first):
                found += [g for g in child.children if g.dep_ == "pobj"]
    # an agreement left ('out of the Paris accord') names its parties as `agreement_parties` reads
    deals = argument_words().agreement_nouns
    return [t for t in found if t.lemma_.lower() not in deals]


def _stranded_complement_objects(verb: Token) -> list[Token]:
    """'Warned the U.S. would destroy North Korea': the small model reads the complement's
    subject as the verb's object and leaves the complement with none; what the complement
    acts on is a recipient too (the coder drops the object when it is the source's own party,
    round 11)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and objects
        and c.i > objects[-1].i
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        and any(g.dep_ == "aux" and g.lower_ != "to" for g in c.children)
    ]
    return [o for c in clauses for o in objects_of(c)]


def requested_agents(verb: Token) -> list[Token]:
    """'called for urgent European counter-measures', 'appealed for a Russian withdrawal': the
    actor adjective of a requested act is the party asked to do it (round 9); 'called for a
    Palestinian state' names no act, so no one is asked."""
    words = agents()
    asked = prep_objects(verb, ("for",))
    acts = [o for o in asked if o.lemma_.lower() in words.requested_acts]
    agents_ = [m for o in acts for m in o.children if m.dep_ in ("amod", "compound")]
    # 'called for the expulsion of U.S. diplomats': the party the act falls on (round 11)
    patients = [o for o in asked if o.lemma_.lower() in words.patient_acts]
    calls = [o for o in objects_of(verb) if o.lemma_.lower() in words.request_nouns]
    asked_to = [s for h in (verb, *calls) for s in _for_subjects(h)]
    patients_of = [p for o in patients for p in prep_objects(o, ("of",))]
    return agents_ + patients_of + asked_to + _asked_from(verb)


def _asked_from(verb: Token) -> list[Token]:
    """'Sought help from China and South Korea', 'ask permission from the Syrian regime': the
    party a thing asked for is to come from is the one asked (round 16, `asked_things` in
    agents.yaml); 'sought independence from the country' asks nothing of it, and 'a request
    from Sweden' is Sweden's own."""
    things = [o for o in objects_of(verb) if o.lemma_.lower() in agents().asked_things]
    if not things:
        return []
    heads = [verb, *things, *(c for t in things for c in t.conjuncts)]
    return [t for h in heads for t in prep_objects(h, ("from",))]


def _for_subjects(head: Token) -> list[Token]:
    """'Called for Congress to ratify the treaty', 'renewed his call for Kenya to withdraw': the
    subject of a request's 'for … to' clause is the party asked (round 16); the parser reads
    'for' as the clause's marker, or as a preposition with the clause on the request."""
    clauses = [
        c
        for c in head.children
        if c.dep_ in ("advcl", "acl", "xcomp", "ccomp") and _is_infinitive(c)
    ]
    marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    found = [s for c in marked for s in c.children if s.dep_ in SUBJECT_DEPS]
    found += [o for o in prep_objects(head, ("for",)) if any(c.i > o.i for c in clauses)]
    return [t for t in found if can_act(t) and not _quantity(t)]


def warned_parties(verb: Token) -> list[Token]:
    """'will launch missiles at Guam as a warning to the US': the party an act is meant as a
    warning to (round 9); for a threat it is the one threatened, not the place aimed at."""
    notes = [n for n in prep_objects(verb, ("as",)) if n.lemma_.lower() in agents().warning_nouns]
    return [t for n in notes for t in prep_objects(n, ("to",))]


def exchange_parties(verb: Token) -> list[Token]:
    """'lifted sanctions in exchange for the denuclearization of North Korea', 'in return for
    Iran's compliance': the party whose act is the price is the one the concession is made to
    (round 9). Only acts whose possessor or 'of' phrase is their doer (`exchange_acts`): 'in
    exchange for the release of Palestinian prisoners' names the prisoners, not the party."""
    words = agents()
    deals = [
        d
        for h in (verb, *objects_of(verb))
        for d in prep_objects(h, ("in",))
        if d.lemma_.lower() in words.exchange_nouns
    ]
    acts = [
        a
        for d in deals
        for a in prep_objects(d, ("for",))
        if a.lemma_.lower() in words.exchange_acts
    ]
    doers = [c for a in acts for c in a.children if c.dep_ in ("poss", "amod", "compound")]
    doers += [o for a in acts for o in prep_objects(a, ("of",))]
    return doers + _answered_parties(verb)


def _answered_parties(verb: Token) -> list[Token]:
    """'Announced tariffs in retaliation for Mexico's failure', 'in response to Kenya's moves':
    the doer of the act answered (its possessor, actor adjective or 'by' phrase) is whom the
    answer is aimed at (round 11, `answer_nouns` in agents.yaml)."""
    words = agents().answer_nouns
    phrases = [
        (n, words[n.lemma_.lower()])
        for h in (verb, *objects_of(verb))
        for n in prep_objects(h, ("in", "as"))
        if n.lemma_.lower() in words
    ]
    acts = [a for n, preps in phrases for a in prep_objects(n, preps)]
    doers = [c for a in acts for c in a.children if c.dep_ in ("poss", "amod", "compound")]
    return doers + [o for a in acts for o in prep_objects(a, ("by",))]


def agreement_parties(verb: Token, noun: Token | None, index: ActorIndex) -> list[Argument]:
    """'withdrew from a pact with Russia', 'pulled out of the Iran nuclear deal': leaving an
    agreement that names no recipient of its own reduces relations with the agreement's other
    party (round 10), its 'with' or 'between' phrase, its possessor, or a country named in it.
    A city names where it was signed ('the Paris climate accord', read by the actors layer as
    France's government), not a party, so a modifier counts only as a state or an
    organisation. Only for leaving (`agreement_target_types`): 'discussed the Iran deal' or
    'struck a Syria peace deal' names a topic, not a counterpart."""
    nouns = argument_words().agreement_nouns
    heads = [noun, *objects_of(verb), *prep_objects(verb, ("from", "of", "to", "on"))]
    heads += [o for c in verb.children if c.lower_ == "out" for o in prep_objects(c, ("of",))]
    # 'from the Paris climate accord and the Iran nuclear agreement': each conjunct is left
    listed = [c for h in heads if h is not None for c in (h, *h.conjuncts)]
    deals = [h for h in listed if h.lemma_.lower() in nouns]
    # 'the accord signed with Uganda', 'the deal agreed between Iran and six powers' (round 15)
    signed = [c for d in deals for c in d.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    sides = [o for h in (*deals, *signed) for o in prep_objects(h, ("with", "between"))]
    # 'withdrew from the nuclear deal with Iran', the parser hanging 'with' on the verb
    sides += [o for o in prep_objects(verb, ("with",)) if deals and o.i > deals[0].i]
    found = resolve_all(sides, index)
    named = [c for d in deals for c in d.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    found += [a for a in resolve_all(named, index) if _party_name(a)]
    found = found or _restricted(verb, index) or _deal_purpose_parties(deals, index)
    return [Argument(a.actor, a.token, anaphoric=True) for a in found]


def _deal_purpose_parties(deals: list[Token], index: ActorIndex) -> list[Argument]:
    """'Pulled out of a 2015 agreement to put controls on Tehran's nuclear program', 'a deal to
    curb Iran's program': the state or government an agreement's purpose clause acts on is its
    other party (round 15); 'a deal to protect Syrian refugees' names people, no party."""
    clauses = [
        c
        for d in deals
        for c in d.children
        if c.dep_ == "acl" and (_is_infinitive(c) or c.tag_ == "VBG")
    ]
    heads = [t for c in clauses for t in objects_of(c) + prep_objects(c, ("on", "against"))]
    return [a for a in resolve_all(heads, index) if _state_or_body(a.actor)]


def _state_or_body(actor: Actor) -> bool:
    return actor.org is not None or (actor.country is not None and actor.sector in (None, "GOV"))


def _restricted(verb: Token, index: ActorIndex) -> list[Argument]:
    """'Lifted sanctions and gave Iran billions', 'giving up leverage on Iran by lifting
    sanctions': a restriction lifted or imposed with no party of its own is on the party a
    coordinated verb gives to or the act it is the means of is on (round 11,
    `restriction_nouns` in agents.yaml); only a state or an organisation named by its name."""
    if not any(o.lemma_.lower() in agents().restriction_nouns for o in objects_of(verb)):
        return []
    partners = verb.conjuncts
    given = [c for p in partners for c in p.children if c.dep_ == "dative"]
    # 'returned frozen assets to Iran' gives; 'flew to Paris' goes
    given += [t for p in partners if objects_of(p) for t in prep_objects(p, ("to",))]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        governor = verb.head.head
        heads = (governor, *objects_of(governor))
        given += [t for h in heads for t in prep_objects(h, ("on", "against"))]
    return [a for a in resolve_all(given, index) if _party_name(a)]


def _party_name(argument: Argument) -> bool:
    actor = argument.actor
    return actor.org is not None or (actor.sector is None and actor.country is not None)


def _names_party(phrase: Token) -> bool:
    """Whether the parser's entities name a people, a place, an organisation or a person
    inside the phrase: the cheap test of an optional recipient spec ('over?')."""
    return any(t.ent_type_ in PARTY_ENTS for t in phrase.subtree)


def _codes_itself(clause: Token) -> bool:
    """Whether a complement is an act with a rule of its own, not negated ('promised not to
    use weapons against Seoul' is the promise's: a pledge of restraint)."""
    from crossroads.events.coder import match_rule  # the coder imports this module
    from crossroads.events.modifiers import is_negated

    lex = lexicon()
    return match_rule(clause, lex) is not None and not is_negated(clause, lex)


def has_conflict_complement(verb: Token) -> bool:
    """Whether the verb's complement is an act the coder codes as conflict ('refused to
    condemn Uganda', 'declined to impose sanctions')."""
    return any(_is_conflict(c) for c in _comps(verb))


def _is_conflict(clause: Token) -> bool:
    """Whether a complement is an act the coder codes as verbal or material conflict by a hand
    rule or a pattern: an imported bare verb is too broad to say so ('refused to take a call
    from Maduro' is no seizure)."""
    from crossroads.events.coder import match_rule  # the coder imports this module

    trigger = match_rule(clause, lexicon())
    if trigger is None or (trigger.rule.generated and trigger.noun is None):
        return False
    return quad_of(trigger.rule.cameo) in CONFLICT_QUADS


def _complement_recipients(clause: Token) -> list[Token]:
    """The recipient of a complement: its object or recipient phrase, else the subject of its
    own complement ('refused to allow African Union observers to enter')."""
    destinations = agents().motion_destinations.get(clause.lemma_.lower(), frozenset())
    if objects_of(clause):
        destinations = frozenset()  # 'move the embassy to Jerusalem' moves a thing there
    # 'to stay rather than leave for Cuba': where the mover goes is no party (round 11)
    preps = tuple(p for p in COMP_TARGET_PREPS if p not in destinations)
    # 'agreed to give the UK an extension': the indirect object is who receives (round 15)
    given = [c for c in clause.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    found = given + objects_of(clause) + prep_objects(clause, preps)
    return found or [g for c in _comps(clause) for g in c.children if g.dep_ in SUBJECT_DEPS]


def purpose_targets(verb: Token, index: ActorIndex) -> list[Argument]:
    """'Began a hunger strike to demand the resignation of Algeria's president': the party a
    protest's purpose clause is about is whom the protest is against (marked inferred)."""
    clauses = [
        c
        for head in (verb, *objects_of(verb))
        for c in head.children
        if c.dep_ in COMP_DEPS | {"advcl", "acl"} and _is_infinitive(c)
    ]
    heads = [t for c in clauses for t in objects_of(c) + prep_objects(c, COMP_TARGET_PREPS)]
    return [Argument(a.actor, a.token, anaphoric=True) for a in resolve_targets(heads, index)]


def condition_targets(verb: Token, index: ActorIndex) -> list[Argument]:
    """'Threatened to quit the talks if Brazil goes ahead', '… unless Lima
    accepted its terms': a threat is addressed to whoever its condition is on."""
    markers = argument_words().condition_markers
    heads = [verb, *(c for c in verb.children if c.dep_ in COMP_DEPS)]
    clauses = [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
    ]
    subjects = [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    return resolve_all(subjects, index)


def requested_places(verb: Token, index: ActorIndex) -> list[Argument]:
    """'Appealed for peace in Sudan': the place of what a request asks for (marked inferred)."""
    asked = objects_of(verb) + prep_objects(verb, ("for",))
    places = [t for a in asked for t in prep_objects(a, tuple(LOCATIVE_PREPS))]
    return [Argument(a.actor, a.token, anaphoric=True) for a in resolve_all(places, index)]


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _up_to(noun: Token, verb: Token) -> list[Token]:
    """The phrases between a pattern noun and its verb: 'undertook a mediation mission between
    Syria and …' finds the recipient on the light noun 'mission'."""
    between: list[Token] = []
    for ancestor in noun.ancestors:
        if ancestor.i == verb.i:
            return between
        between.append(ancestor)
    return []


def _comps(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in COMP_DEPS]
