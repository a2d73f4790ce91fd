"""Precision on real news: is a coded verb used in its political sense, and does it report an act?

Why a stage of its own: the rules say which verbs *can* code an event, and on sentences written
for coders that is enough. In whole news articles the same verbs mostly mean something else
("rejected a question from a journalist", "declined to comment", "met their obligations",
"talk about Russia") or sit under a wish, a need or a denial ("hoped to establish a dialogue",
"do not need to send forces", "no reason to believe Iran wants to strike"). This stage reads
the words around an event the verb pass made and keeps it, recodes it, or drops it; what counts
as political content is data (`data/selection.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from crossroads.events.arguments import (
    agreement_parties,
    can_act,
    objects_of,
    prep_objects,
    resolve_all,
    resolve_targets,
    subject_of,
    target_tokens,
)
from crossroads.events.lexicon import lexicon, pattern_keys, word_set
from crossroads.events.modifiers import first_conjunct, is_hypothetical, performative, prospective
from crossroads.events.ontology import data_yaml, intensity_of, ontology, quad_of
from crossroads.events.said import forecasts
from crossroads.model import Actor, Event
from crossroads.nlp.sentences import sentence_of

if TYPE_CHECKING:
    from crossroads.events.coder import Context, Trigger

COMP_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "appos"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Tags of a verb with a tense or aspect of its own (a second act, not a bare infinitive).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
# Rules whose verb is the event itself (a pattern's noun already names political content).
VERB_RULE_SOURCES = frozenset({"verbs.tsv", "verbs_cameo.tsv"})
# Named-entity labels of a place: "left Nairobi for Moscow" leaves a place.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Selection:
    """The word lists of data/selection.yaml, as sets."""

    guarded_types: frozenset[str]
    advice_verbs: frozenset[str]
    advised_people: frozenset[str]
    object_verbs: frozenset[str]
    political_objects: frozenset[str]
    bodies: frozenset[str]
    speech_verbs: frozenset[str]
    epistemic_verbs: frozenset[str]
    possibility_modals: frozenset[str]
    information_nouns: frozenset[str]
    naming_deps: frozenset[str]
    topic_verbs: frozenset[str]
    topic_preps: frozenset[str]
    interlocutor_preps: frozenset[str]
    accord_verbs: frozenset[str]
    accord_act_preps: frozenset[str]
    accord_act_cameo: str
    request_governors: frozenset[str]
    request_cameo: str
    wish_governors: frozenset[str]
    wish_forms: frozenset[str]
    conditional_wishes: frozenset[str]
    prospective_meeting_types: frozenset[str]
    meeting_objects: frozenset[str]
    wish_intent_types: frozenset[str]
    deontic_governors: frozenset[str]
    evidence_nouns: frozenset[str]
    negative_determiners: frozenset[str]
    climb_deps: frozenset[str]
    climb_limit: int
    reciprocal_verbs: frozenset[str]
    reciprocal_nouns: frozenset[str]
    reciprocal_words: frozenset[str]
    distributive_words: frozenset[str]
    pattern_only_verbs: frozenset[str]
    places: frozenset[str]
    movement_verbs: frozenset[str]
    march_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    destination_preps: frozenset[str]
    idiom_destinations: frozenset[str]
    visit_cameo: frozenset[str]
    question_auxiliaries: frozenset[str]
    topic_gerund_preps: frozenset[str]
    space_payloads: frozenset[str]
    deployed_forces: dict[str, tuple[str, str, str | None]]
    admission_verbs: frozenset[str]
    exit_verbs: frozenset[str]
    exit_mode: str
    exits: dict[str, str]
    danger_verbs: frozenset[str]
    danger_objects: frozenset[str]
    perception_verbs: frozenset[str]
    danger_goods: frozenset[str]
    standard_verbs: frozenset[str]
    authorizing_verbs: frozenset[str]
    authorized_objects: frozenset[str]
    standard_objects: frozenset[str]
    retort_verbs: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    verbal_attack_preps: frozenset[str]
    verbal_attack_clauses: frozenset[str]
    refuge_verbs: frozenset[str]
    verbal_attack_objects: frozenset[str]
    retort_particles: frozenset[str]
    weapon_nouns: frozenset[str]
    armed_modifiers: frozenset[str]
    armed_cameo: str
    refuge_cameo: str
    armed_subjects: frozenset[str]
    agenda_verbs: frozenset[str]
    silent_verbs: frozenset[str]
    detail_preps: frozenset[str]
    agenda_nouns: frozenset[str]
    departure_verbs: frozenset[str]
    departure_places: frozenset[str]
    showing_verbs: frozenset[str]
    showing_deps: frozenset[str]
    opposed_preps: frozenset[str]
    backing_types: frozenset[str]
    interest_nouns: frozenset[str]
    interest_preps: frozenset[str]
    effect_verbs: frozenset[str]
    effect_types: frozenset[str]
    clash_verbs: frozenset[str]
    clash_sectors: frozenset[str]
    clash_nouns: frozenset[str]
    complaint_verbs: frozenset[str]
    complaining_sectors: frozenset[str]
    crowd_nouns: frozenset[str]
    comment_clauses: frozenset[str]
    campaign_nouns: frozenset[str]
    electoral_words: frozenset[str]
    cause_preps: frozenset[str]
    finite_wish_governors: frozenset[str]
    help_purposes: frozenset[str]
    attack_heads: frozenset[str]
    attack_objects: frozenset[str]
    promise_governors: frozenset[str]
    frontier_nouns: frozenset[str]
    host_bodies: frozenset[str]
    protection_cameo: dict[str, str]
    budget_words: frozenset[str]
    company_roles: frozenset[str]
    business_subjects: frozenset[str]
    clash_with_verbs: frozenset[str]
    joiner_sectors: frozenset[str]
    joined_sectors: frozenset[str]
    own_words: frozenset[str]
    own_captives: frozenset[str]
    staff_nouns: frozenset[str]
    internal_requests: frozenset[str]
    defending_verbs: frozenset[str]
    defended_acts: frozenset[str]
    disapproval_types: frozenset[str]
    disapproving_verbs: frozenset[str]
    condemned_acts: frozenset[str]
    victim_preps: frozenset[str]
    victim_of_nouns: frozenset[str]


@cache
def selection() -> Selection:
    """Read once per process: the coder asks for every event it makes."""
    data = data_yaml("selection.yaml")
    return Selection(
        **{
            name: word_set(data[name])
            for name in Selection.__dataclass_fields__
            if name
            not in (
                "request_cameo",
                "accord_act_cameo",
                "climb_limit",
                "guarded_types",
                "wish_intent_types",
                "deployed_forces",
                "exit_mode",
                "exits",
                "armed_cameo",
                "backing_types",
                "effect_types",
                "clash_sectors",
                "complaining_sectors",
                "protection_cameo",
                "joiner_sectors",
                "joined_sectors",
                "prospective_meeting_types",
                "refuge_cameo",
                "disapproval_types",
            )
        },
        disapproval_types=frozenset(str(t).upper() for t in data["disapproval_types"]),
        refuge_cameo=str(data["refuge_cameo"]),
        protection_cameo={str(k): str(v) for k, v in data["protection_cameo"].items()},
        clash_sectors=frozenset(str(t).upper() for t in data["clash_sectors"]),
        complaining_sectors=frozenset(str(t).upper() for t in data["complaining_sectors"]),
        joiner_sectors=frozenset(str(t).upper() for t in data["joiner_sectors"]),
        joined_sectors=frozenset(str(t).upper() for t in data["joined_sectors"]),
        prospective_meeting_types=frozenset(
            str(t).upper() for t in data["prospective_meeting_types"]
        ),
        effect_types=frozenset(str(t).upper() for t in data["effect_types"]),
        backing_types=frozenset(str(t).upper() for t in data["backing_types"]),
        armed_cameo=str(data["armed_cameo"]),
        exit_mode=str(data["exit_mode"]),
        exits={str(k).lower(): str(v) for k, v in data["exits"].items()},
        deployed_forces={
            str(k): (str(v["type"]), str(v["cameo"]), v.get("mode"))
            for k, v in data["deployed_forces"].items()
        },
        guarded_types=frozenset(str(t).upper() for t in data["guarded_types"]),
        wish_intent_types=frozenset(str(t).upper() for t in data["wish_intent_types"]),
        request_cameo=str(data["request_cameo"]),
        accord_act_cameo=str(data["accord_act_cameo"]),
        climb_limit=int(data["climb_limit"]),
    )


def select_events(events: Iterable[Event], trigger: Trigger, ctx: Context) -> Iterator[Event]:
    """The events of one trigger that report a political act, recoded where the clause says
    it was wished or needed rather than done (see the module docstring)."""
    words = selection()
    for event in _victims_spared(list(events), trigger, ctx, words):
        kept = select(event, trigger, ctx, words=words)
        if kept is not None:
            yield kept


def _victims_spared(
    events: list[Event], trigger: Trigger, ctx: Context, words: Selection
) -> list[Event]:
    """'condemned the military aggression against Ukraine', 'reject the measures imposed on
    Iran': criticising an attack or a restriction is no criticism of the party it is done to.
    Such a target is dropped where the trigger names the doer too ('sanctions imposed on Cuba by
    the United States'), else the criticism is kept with no target (session 14)."""
    if trigger.verb.lemma_.lower() not in words.disapproving_verbs:
        return events
    victims = _victims_of_condemned_acts(trigger, ctx, words)
    if not victims:
        return events

    def spared(event: Event) -> bool:
        return (
            event.type in words.disapproval_types
            and event.target is not None
            and any(_same(event.target, victim) for victim in victims)
        )

    doers = [e for e in events if e.type in words.disapproval_types and not spared(e)]
    kept = []
    for event in events:
        if not spared(event):
            kept.append(event)
        elif not doers and not any(e.target is None and e.type == event.type for e in kept):
            kept.append(replace(event, target=None))
    return kept


def _victims_of_condemned_acts(trigger: Trigger, ctx: Context, words: Selection) -> list[Actor]:
    """The parties an attack or a restriction the trigger verb takes as object is done to:
    'against Ukraine', 'imposed on Iran', 'the blockade of Qatar'."""
    objects = [c for c in trigger.verb.children if c.dep_ in ("dobj", "obj")]
    acts = [o for o in objects if o.lemma_.lower() in words.condemned_acts]
    victims, doers = [], []
    for act in acts:
        clauses = [c for c in act.children if c.dep_ == "acl"]  # 'measures imposed on Iran'
        of = {"of"} if act.lemma_.lower() in words.victim_of_nouns else set()
        victims += prep_objects(act, words.victim_preps | of)
        victims += [v for clause in clauses for v in prep_objects(clause, words.victim_preps)]
        doers += [c for c in act.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        # 'the attack on Ugandan troops by Ugandan rebels': a noun's 'by' is a plain prep
        doers += [
            g
            for h in (act, *clauses)
            for c in h.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        doers += [d for h in (act, *clauses) for d in prep_objects(h, ("by",))]
    # 'Putin's crackdown against Chechnya': a party that does the act is no victim of it
    named_doers = [a.actor for a in resolve_all(doers, ctx.index)]
    return [
        a.actor
        for a in resolve_all(victims, ctx.index)
        if not any(_same(a.actor, doer) for doer in named_doers)
    ]


def select(event: Event, trigger: Trigger, ctx: Context, *, words: Selection) -> Event | None:
    """One event kept as it is, recoded, or dropped (None)."""
    if trigger.rule.source == "modifiers.yaml":
        return event
    if _naming(trigger.verb, event, words) or _not_political(event, trigger, words):
        return None
    if event.type == "REQUEST" and _conditional_wish(trigger.verb, ctx, words):
        return None
    if _no_visit(event, trigger, ctx, words) or _pattern_only(trigger, words):
        return None
    if _topic_gerund(trigger.verb, words) or _space_launch(trigger, words):
        return None
    if _named_object(trigger, words) or _admission(trigger, ctx, words):
        return None
    if _showing(trigger, words) or _agenda(trigger, words) or _left_to(trigger, words):
        return None
    if _danger(event, trigger, words) or _opponent(event, trigger, ctx, words):
        return None
    if _advice(event, trigger, ctx, words):
        return None
    if _thing_endangers(event, trigger, ctx, words) or _standard_met(event, trigger, words):
        return None
    if _authorized(trigger, ctx, words):
        return None
    if _retort(event, trigger, words) or _forecast(event, trigger):
        return None
    if _declined_speech(event, trigger, words):
        return None
    if event.type in words.effect_types and _effect_of_thing(trigger.verb, ctx, words):
        return None
    if _verbal_clash(event, trigger, words) or _private_matter(event, trigger, words):
        return None
    event = (
        _verbal_attack(event, trigger, words)
        or _official_protest(event, trigger, words)
        or _refuge(event, trigger, words)
        or event
    )
    event = _deployment(event, trigger, words) or _agreed_act(event, trigger, ctx, words) or event
    event = _treaty_exit(event, trigger, words) or _exit_party(event, trigger, ctx, words)
    if _climbdown(event, trigger, words):
        return None
    event = _protection(event, trigger, ctx, words) or event
    if _electoral(event, trigger, words):
        return None
    if _armed(event, trigger, words):
        if event.target is None:
            return None  # an attack needs its recipient (ontology.yaml); no appeal either
        event = _as_attack(event, words)
    elif _force_drive(event, trigger, words):
        return None
    if _aim_of_attack(trigger.verb, words) or _meeting_ahead(event, trigger, words):
        event = replace(event, hypothetical=True)
    reframed = event.type != trigger.rule.type  # an intention, read as AGREE or THREATEN
    if _polar_question(trigger.verb, words) or (
        not reframed and _aim_of_possible_act(trigger.verb, ctx)
    ):
        event = replace(event, hypothetical=True)
    if _interest_in(trigger.verb, words):
        event = replace(event, hypothetical=True)
    mutual = _distributive(event, trigger, ctx, words)
    if mutual is None:
        return None
    return _irrealis(mutual, trigger, ctx, words)


# --- 1. Verbs used outside politics -------------------------------------------------------


def _naming(verb: Token, event: Event, words: Selection) -> bool:
    """'called the mayor a loser': an object predicate names; it requests nothing."""
    return event.type == "REQUEST" and any(c.dep_ in words.naming_deps for c in verb.children)


def _named_object(trigger: Trigger, words: Selection) -> bool:
    """'calling the strikes an act of aggression': a pattern's noun that an object predicate
    names is talked about, not acted on ('called a strike' is the PROTEST pattern)."""
    noun, verb = trigger.noun, trigger.verb
    if noun is None or noun.dep_ not in ("dobj", "obj") or noun.head.i != verb.i:
        return False
    return any(c.dep_ in words.naming_deps and _predicates(c, noun) for c in verb.children)


def _predicates(predicate: Token, noun: Token) -> bool:
    """A noun predicate ('the strikes an act of aggression'), or an adjective right after the
    object ('the strikes illegal'); an adjective set off by a dash is an apposition the parser
    misread ('called off the meeting - due in Singapore next month -' names nothing)."""
    if predicate.pos_ in ("NOUN", "PROPN"):
        return True
    return predicate.i == noun.right_edge.i + 1


def _admission(trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'"It will be hard," the president conceded', 'conceded that its troops had crossed',
    'recognize that most experts disagree': a verb of admission with a clause or a quote of
    its own states a fact, it yields or recognises nothing ('conceded defeat', 'recognized
    Kosovo' keep their object and code)."""
    verb = trigger.verb
    if verb.lemma_.lower() not in words.admission_verbs or objects_of(verb):
        return False
    clause = any(
        c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children
    )
    return clause or _stranded_that_clause(verb) or ctx.said.cue_of(verb) is not None


def _stranded_that_clause(verb: Token) -> bool:
    """'conceded behind closed doors that the sanctions had failed': the parser hangs the
    that-clause on the noun of the phrase before it, as a relative clause; a true relative
    clause has no 'that' as its marker."""
    return any(
        clause.dep_ in ("relcl", "acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for prep in verb.children
        if prep.dep_ == "prep"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for clause in pobj.children
    )


def _left_to(trigger: Trigger, words: Selection) -> bool:
    """'left some wiggle room for Russia': 'leave X for Y' is a departure only when X is a
    place ('left Nairobi for Moscow'); anything else is left to Y, nobody travels."""
    verb = trigger.verb
    if trigger.noun is not None or verb.lemma_.lower() not in words.departure_verbs:
        return False
    return any(
        c.dep_ == "dobj"
        and c.ent_type_ not in PLACE_ENTITIES
        and c.lemma_.lower() not in words.places | words.departure_places
        and c.pos_ != "PRON"
        for c in verb.children
    )


def _agenda(trigger: Trigger, words: Selection) -> bool:
    """'expect Sudan to be a main topic of the talks': an expected 'to be' whose predicate is
    a topic or an issue forecasts an agenda, it asks nothing of anyone."""
    verb = trigger.verb
    if verb.lemma_.lower() not in words.agenda_verbs:
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and c.lemma_.lower() == "be"
        and any(a.dep_ == "attr" and a.lemma_.lower() in words.agenda_nouns for a in c.children)
        for c in verb.children
    )


def _forecast(event: Event, trigger: Trigger) -> bool:
    """'expects the talks with Uganda to resume': an expectation of no party's act forecasts,
    it requests nothing (said.yaml `forecast`, shared with the statement classes)."""
    return event.type == "REQUEST" and trigger.noun is None and forecasts(trigger.verb)


def _danger(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'terrorism threatened the vital interests of Uganda', 'Ugandans feel threatened by
    Kenya': 'threaten' in the sense of endanger, or a fear felt, is no threat made ('threatened
    Uganda with tariffs', 'threatened aid cuts' are)."""
    verb = trigger.verb
    if event.type != "THREATEN" or verb.lemma_.lower() not in words.danger_verbs:
        return False
    if any(c.dep_ in COMP_DEPS for c in verb.children) or prep_objects(verb, ("with",)):
        return False
    perceived = verb.head.lemma_.lower() in words.perception_verbs and verb.dep_ in COMP_DEPS
    perceived = perceived or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in words.perception_verbs
        for c in verb.children
    )
    valued = any(o.lemma_.lower() in words.danger_objects for o in objects_of(verb))
    return perceived or valued


def _advice(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'warned U.S. citizens to defer all travel', 'warned citizens visiting Turkey to avoid
    crowds': a warning to the state's own people (its citizens, nationals, residents: coded
    as its own country or as no one, or named by no other country) is advice, no threat;
    'Israel warned Lebanese residents to leave' threatens Lebanon."""
    verb = trigger.verb
    if event.type != "THREATEN" or verb.lemma_.lower() not in words.advice_verbs:
        return False
    advised = [o for o in objects_of(verb) if o.lemma_.lower() in words.advised_people]
    if not advised:
        return False
    if event.target is None or event.target.country == event.source.country:
        return True
    # 'warned citizens visiting Turkey': citizens of no other named country are its own
    named = [ctx.index.at(c.i) for o in advised for c in o.children]
    return not any(a is not None and a.country != event.source.country for a in named)


def _thing_endangers(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'the campaign threatens the legacy of President Okoro', 'climate change threatens
    jobs': a thing that threatens, or an abstract good threatened, is a danger, no threat
    made by a party ('Kenya threatened Uganda with tariffs', 'threatened to strike' code).
    A thing that threatens to do something is a risk too ('the airstrikes threatened to
    weaken the rebels', session 11), where a party that can act threatens."""
    verb = trigger.verb
    if event.type != "THREATEN" or verb.lemma_.lower() not in words.danger_verbs:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if _infinitive_complement(verb):
        # 'US-Russian airstrikes threatened to weaken the rebels': a risk, unless a party
        # that can act threatens ('Russian troops threatened to attack')
        if not doers and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            doers = [verb.head]
        return bool(doers) and all(_thing(d, ctx) and not can_act(d) for d in doers)
    if any(c.dep_ in COMP_DEPS for c in verb.children) or prep_objects(verb, ("with",)):
        return False
    if any(o.lemma_.lower() in words.danger_goods for o in objects_of(verb)):
        return True
    return bool(doers) and all(_thing(d, ctx) and not _names_party(d) for d in doers)


def _infinitive_complement(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and _to_infinitive(c) for c in verb.children)


def _names_party(noun: Token) -> bool:
    """'the head of the Nusra Front': a named party after the head noun may be its doer;
    a possessor ('Kenya's campaign') names only whose thing it is."""
    after = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree]
    return any(t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for t in after)


def _authorized(trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'Cameron sanctioned a referendum in Scotland', 'sanctioned the use of tear gas': a verb
    that also means to authorize, with an act or a measure as its object, authorizes it
    (session 11); 'sanctioning Japanese exports', 'sanctioned 33 individuals' sanction."""
    verb = trigger.verb
    if trigger.noun is not None or verb.lemma_.lower() not in words.authorizing_verbs:
        return False
    objects = [o for o in objects_of(verb) if o.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in words.authorized_objects for o in objects)


def _standard_met(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'Britain, Greece and Poland were meeting that goal', 'met NATO's spending target':
    reaching a standard is no meeting, nor a mutual one between the co-subjects; nor is it
    one promised or refused ('will meet their goal', read as AGREE or REJECT)."""
    verb = trigger.verb
    if trigger.rule.type != "CONSULT" or verb.lemma_.lower() not in words.standard_verbs:
        return False
    objects = [o for o in objects_of(verb) if o.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in words.standard_objects for o in objects)


def _retort(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'the minister fired back at critics', 'hit back at Kenya's president': a verbal
    retort, no assault, unless a side is armed or a crowd or a weapon is named ('troops fired
    back at the gunmen', 'fired back with rockets')."""
    verb = trigger.verb
    if event.type != "ASSAULT" or verb.lemma_.lower() not in words.retort_verbs:
        return False
    back = (c for c in verb.children if c.dep_ in ("prt", "advmod"))
    if not any(c.lower_ in words.retort_particles for c in back):
        return False
    sides = [a for a in (event.source, event.target) if a is not None]
    if any(a.sector in words.clash_sectors for a in sides):
        return False
    nouns = [*subject_of(verb), *prep_objects(verb, ("at", "on", "with"))]
    if any(n.lemma_.lower() in words.clash_nouns for n in nouns):
        return False
    return not any(t.lemma_.lower() in words.weapon_nouns for t in verb.subtree if t.pos_ == "NOUN")


def _opponent(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'supported operations against targets associated with the Islamic State', 'support
    international efforts against Uganda': the party named only inside the object's 'against'
    phrase is the opponent of what is backed, not its recipient."""
    if event.target is None or event.type not in words.backing_types:
        return False
    inside: set[Actor] = set()
    opposed: set[Actor] = set()
    for obj in objects_of(trigger.verb):
        for token in obj.subtree:
            actor = ctx.index.at(token.i)
            if actor is not None:
                (opposed if _opposed(token, obj, words) else inside).add(actor)
    return event.target in opposed and event.target not in inside


def _opposed(token: Token, top: Token, words: Selection) -> bool:
    """Whether an 'against' (or similar) preposition stands between a token and its phrase's
    head."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in words.opposed_preps:
            return True
        current = current.head
    return False


def _showing(trigger: Trigger, words: Selection) -> bool:
    """'demonstrated its commitment to Kenya', 'demonstrated that sanctions work': a verb of
    protest with an object or a clause of what it shows means 'show'."""
    verb = trigger.verb
    if trigger.noun is not None or verb.lemma_.lower() not in words.showing_verbs:
        return False
    return any(c.dep_ in words.showing_deps for c in verb.children)


def _effect_of_thing(verb: Token, ctx: Context, words: Selection) -> bool:
    """'Relations have been damaged by accusations of Kenyan interference', 'the president's
    trip will not damage relations': harm done by a thing (an accusation, a trip) is a
    consequence, not a party's act; the actor named inside it did not reduce relations
    ('Kenya damaged its relations with Uganda by expelling …' did)."""
    if verb.lemma_.lower() not in words.effect_verbs:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return all(_thing(d, ctx) for d in doers)


def _thing(noun: Token, ctx: Context) -> bool:
    """Neither an actor, nor a person, nor a pronoun that may stand for one."""
    if noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return False
    lemma = noun.lemma_.lower()
    return ctx.index.at(noun.i) is None and lemma not in lexicon().person_nouns


def _verbal_clash(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'Washington and Moscow have clashed over who should make the call', 'Iranian authorities
    clashed with the IAEA': a clash between governments, bodies or leaders is a dispute; only
    armed forces, police or crowds clash in a fight ('Afghan forces clashed with the Taliban',
    'protesters clashed with troops')."""
    verb = trigger.verb
    if event.type != "ASSAULT" or not _clash_verb(verb, words):
        return False
    if _joined_group(event, verb, words):
        return True
    sides = [a for a in (event.source, event.target) if a is not None]
    if any(a.sector in words.clash_sectors for a in sides):
        return False
    nouns = [*subject_of(verb), *prep_objects(verb, ("with", "against"))]
    return not any(n.lemma_.lower() in words.clash_nouns for n in nouns)


def _verbal_attack(event: Event, trigger: Trigger, words: Selection) -> Event | None:
    """'attacked Uganda's leader for his remarks', 'attacked the president as weak': an attack
    on a person or a government for what they said, did or are is criticism (ACCUSE 111), not
    an assault, when neither side is armed and no weapon is named (session 7)."""
    verb = trigger.verb
    if event.type != "ASSAULT" or verb.lemma_.lower() not in words.verbal_attack_verbs:
        return None
    if not _attack_reason(verb, words):
        return None
    people = [
        o
        for o in objects_of(verb)
        if o.ent_type_ == "PERSON" or o.lemma_.lower() in words.verbal_attack_objects
    ]
    sides = [a for a in (event.source, event.target) if a is not None]
    armed = any(a.sector in words.clash_sectors for a in sides)
    weapon = any(t.lemma_.lower() in words.weapon_nouns for t in verb.subtree)
    if not people or armed or weapon:
        return None
    return _recoded(event, "ACCUSE", "111", mode="disapprove")


def _refuge(event: Event, trigger: Trigger, words: Selection) -> Event | None:
    """'we have also received Haitians, Syrians, Afghans and Ukrainians': people received by
    their nationality are refugees taken in (CAMEO 075, AID), not visitors hosted."""
    verb = trigger.verb
    if event.type not in ("CONSULT", "SUPPORT") or verb.lemma_.lower() not in words.refuge_verbs:
        return None
    if not any(_nationals(o, event) for o in objects_of(verb)):
        return None
    return _recoded(event, "AID", words.refuge_cameo, mode="asylum")


def _nationals(noun: Token, event: Event) -> bool:
    """A plural demonym ('Syrians', 'Haitians'): people the actors layer reads as a country's
    civilians, not a person or an office, nor the state or its forces ('welcomed the Russians
    into Syria')."""
    if any(c.dep_ == "det" for c in noun.children):
        return False
    if noun.ent_type_ == "NORP":
        return True  # the small model tags 'Somalis' NNP, 'Ugandans' NNPS
    civilians = event.target is not None and event.target.sector == "CVL"
    return civilians and noun.tag_ in ("NNPS", "NNS")


def _attack_reason(verb: Token, words: Selection) -> bool:
    """'attacked the president for his remarks', '… as weak', or a clause of speech on the
    verb ('attacked his host, lashing out at his suggestion')."""
    return any(
        (c.dep_ == "prep" and c.lower_ in words.verbal_attack_preps)
        or (c.dep_ in ("advcl", "conj") and c.lemma_.lower() in words.verbal_attack_clauses)
        for c in verb.children
    )


def _official_protest(event: Event, trigger: Trigger, words: Selection) -> Event | None:
    """'Ukrainian officials protested attempts by Russia', 'China protested the arms sale': a
    state's, its officials' or a body's protest is a complaint (ACCUSE 114); crowds, students
    and opposition parties demonstrate (session 10, `complaint_verbs` in selection.yaml)."""
    verb = trigger.verb
    if event.type != "PROTEST" or verb.lemma_.lower() not in words.complaint_verbs:
        return None
    if (event.source.sector or "-") not in words.complaining_sectors or _purpose(verb):
        return None
    subjects = subject_of(verb)
    crowds = words.clash_nouns | words.crowd_nouns
    if not subjects or any(s.lemma_.lower() in crowds for s in subjects):
        return None
    if event.source.sector is None and not all(s.pos_ == "PROPN" for s in subjects):
        return None
    return _recoded(event, "ACCUSE", "114", mode="allege")


def _purpose(verb: Token) -> bool:
    """'staged a sit-in to protest', 'resigned to protest': the act of another verb's aim."""
    return verb.dep_ in ("advcl", "xcomp") and _to_infinitive(verb)


def _clash_verb(verb: Token, words: Selection) -> bool:
    """'clashed', and 'fighting with Mexico and Canada' (a fight with someone, not a fight
    against them) (round 11)."""
    lemma = verb.lemma_.lower()
    if lemma in words.clash_verbs:
        return True
    return lemma in words.clash_with_verbs and bool(prep_objects(verb, ("with",)))


def _joined_group(event: Event, verb: Token, words: Selection) -> bool:
    """'more than 100 Americans are fighting with the Islamic State': civilians who fight
    *with* an armed group have joined it; they do not attack it (round 11)."""
    if verb.lemma_.lower() not in words.clash_with_verbs or event.target is None:
        return False
    return (
        event.source.sector in words.joiner_sectors and event.target.sector in words.joined_sectors
    )


def _private_matter(event: Event, trigger: Trigger, words: Selection) -> bool:
    """Acts of firms, of one's own side or inside one's own office, which the verbs of politics
    also name (round 11): a budget request sent to lawmakers, a step down as chief executive, a
    company leaving a country, one's own prisoners freed, a request to one's own staff."""
    return (
        _budget_document(event, trigger, words)
        or _company_post(event, trigger, words)
        or _business_move(event, trigger, words)
        or _own_people_freed(event, trigger, words)
        or _internal_request(event, trigger, words)
        or _defended_attack(event, trigger, words)
    )


def _budget_document(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'would not send its fiscal 2022 spending request to lawmakers': a budget request is a
    document of the budget process, no appeal to another party."""
    noun = trigger.noun
    if event.type != "REQUEST" or noun is None:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(c.lemma_.lower() in words.budget_words for c in mods)


def _company_post(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'stepped down as interim chief executive of a consulting firm': leaving a company post
    concedes nothing to anyone; 'stepped down as prime minister' still codes."""
    if event.type not in ("RETREAT", "CONCEDE") or trigger.noun is not None:
        return False
    roles = prep_objects(trigger.verb, ("as",))
    roles += [r for c in trigger.verb.children if c.dep_ == "prt" for r in prep_objects(c, ("as",))]
    return any(
        t.lemma_.lower() in words.company_roles
        for r in roles
        for t in (r, *(c for c in r.children if c.dep_ in ("compound", "amod")))
    )


def _business_move(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'our companies won't be leaving the United States': a firm moving its plants is
    business, no state reducing relations."""
    if event.type not in ("SANCTION", "RETREAT"):
        return False
    return any(s.lemma_.lower() in words.business_subjects for s in subject_of(trigger.verb))


def _own_people_freed(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'committed to freeing its own prisoners', 'freeing its prisoners of war': freeing one's
    own people held by others is getting them back, no release by the subject."""
    if event.type != "RETREAT" or event.mode != "release":
        return False
    objects = objects_of(trigger.verb)
    if any(c.lower_ in words.own_words for o in objects for c in o.subtree):
        return True
    return any(
        any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        and any(k in words.own_captives for k in pattern_keys(o))
        for o in objects
    )


def _internal_request(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'asked his staff for a list of options', 'calls for his menu of options': a request
    inside one's own office appeals to no other party."""
    if event.type != "REQUEST":
        return False
    verb = trigger.verb
    staff = [
        o
        for o in objects_of(verb)
        if o.lemma_.lower() in words.staff_nouns and any(c.dep_ == "poss" for c in o.children)
    ]
    asked = [n for n in prep_objects(verb, ("for",)) if n.lemma_.lower() in words.internal_requests]
    return bool(staff or asked)


def _defended_attack(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'defended the strike on Uganda', 'justified the killing of its general': defending an
    attack backs the attacker's act, not its victim, whom the recipient search finds."""
    if event.type not in words.backing_types:
        return False
    if trigger.verb.lemma_.lower() not in words.defending_verbs:
        return False
    return any(o.lemma_.lower() in words.defended_acts for o in objects_of(trigger.verb))


def _electoral(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'launched his campaign with a speech', 'launched a re-election campaign': a candidate's
    own campaign appeals to no one; 'launched a campaign for the release of the hostages' is
    the CAMEO dictionary's appeal."""
    noun = trigger.noun
    if noun is None or event.type != "REQUEST" or not trigger.rule.generated:
        return False
    if noun.lemma_.lower() not in words.campaign_nouns:
        return False
    if any(
        c.dep_ in ("prep", "acl", "relcl") and c.lower_ in words.cause_preps for c in noun.children
    ):
        return False
    if any(c.dep_ == "acl" for c in noun.children):
        return False  # 'a campaign to free the hostages'
    return any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or c.lemma_.lower() in words.electoral_words
        for c in noun.children
    )


def _armed(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'launched a military campaign against Uganda': an imported appeal pattern ('launched a
    campaign for reform') whose noun is armed is an attack, not an appeal."""
    noun = trigger.noun
    if noun is None or event.type != "REQUEST" or not trigger.rule.generated:
        return False
    if any(c.lemma_.lower() in words.armed_modifiers for c in noun.children):
        return True
    return noun.lemma_.lower() in words.campaign_nouns and _armed_subject(trigger, words)


def _armed_subject(trigger: Trigger, words: Selection) -> bool:
    """'the military launched a campaign against the militants': a campaign an armed force
    launches is an armed one; not a campaign for something ('to recruit volunteers')."""
    noun = trigger.noun
    if noun is None or any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return False
    return any(s.lemma_.lower() in words.armed_subjects for s in subject_of(trigger.verb))


def _force_drive(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'the army launched a campaign to recruit volunteers': a campaign an armed force runs
    for something of its own is a drive, no appeal to another party (the imported 'launch a
    campaign' REQUEST) and, with a purpose, no attack either (round 10)."""
    noun = trigger.noun
    if noun is None or event.type != "REQUEST" or not trigger.rule.generated:
        return False
    if noun.lemma_.lower() not in words.campaign_nouns:
        return False
    return any(s.lemma_.lower() in words.armed_subjects for s in subject_of(trigger.verb))


def _as_attack(event: Event, words: Selection) -> Event:
    code = words.armed_cameo
    return _recoded(
        event,
        "ASSAULT",
        code,
        mode=None,
    )


def _not_political(event: Event, trigger: Trigger, words: Selection) -> bool:
    """An everyday sense of a guarded verb with no actor recipient: speech, information,
    an inanimate object, a topic without an interlocutor, or a shared view."""
    if event.target is not None or event.type not in words.guarded_types:
        return False
    if trigger.rule.source not in VERB_RULE_SOURCES:
        return False
    verb = trigger.verb
    # the verb's own sense, also of an act read as an intention ('will talk about Iran')
    sense = trigger.rule.type
    return (
        (event.type in ("REJECT", "AGREE") and _speech(verb, words))
        or (event.type == "REJECT" and _possibility(verb, words))
        or _inanimate_object(verb, sense, words)
        or _topic_only(verb, sense, words)
        or _shared_view(verb, event.type, words)
    )


def _speech(verb: Token, words: Selection) -> bool:
    """'declined to comment', 'refused to say whether', 'declined to give details',
    'rejected a question from a journalist', 'agree to more questions'."""
    nouns = [*objects_of(verb), *prep_objects(verb, ("to",))]
    for comp in _complements(verb):
        if comp.lemma_.lower() in words.speech_verbs:
            return True
        nouns += objects_of(comp) + prep_objects(comp, tuple(words.detail_preps))
    return any(n.lemma_.lower() in words.information_nouns for n in nouns)


def _declined_speech(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'declined to say whether Uganda's moves crossed a red line': declining to speak is
    CAMEO's 'decline comment', no REJECT, even when a party is named in what would be said
    (selection.yaml `silent_verbs`) (round 16), also when speaking is one of the things
    declined ('declined to provide data on the suspects, or comment on the investigation';
    session 8)."""
    if event.type != "REJECT" or trigger.rule.source not in VERB_RULE_SOURCES:
        return False
    declined = [v for c in _complements(trigger.verb) for v in (c, *c.conjuncts)]
    # 'declined to provide data …, or comment on': an alternative the parser joins to the
    # refusal itself ('or', no subject or tense of its own; 'reject accusations and say …'
    # is a second act)
    if any(k.dep_ == "cc" and k.lower_ in ("or", "nor") for k in trigger.verb.children):
        declined += [
            c
            for c in trigger.verb.conjuncts
            if c.tag_ not in FINITE_TAGS and not any(k.dep_ in SUBJECT_DEPS for k in c.children)
        ]
    return any(v.lemma_.lower() in words.silent_verbs for v in declined)


def _possibility(verb: Token, words: Selection) -> bool:
    """'officials cannot rule out civilian deaths': not excluding is saying it may happen."""
    keyed = [f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    if not set(keyed) & words.epistemic_verbs:
        return False
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
    return bool(kids & words.possibility_modals) and bool(kids & {"not", "n't", "never"})


def _complements(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in COMP_DEPS]


def _inanimate_object(verb: Token, kind: str, words: Selection) -> bool:
    """'met their obligations', 'ruled out civilian deaths', 'defied the experts': a REJECT
    verb with everyday objects whose object is not political content, or a CONSULT verb whose
    object is no person or body. A pronoun object ('rejected it') could be either: kept."""
    if kind not in ("REJECT", "CONSULT") or verb.lemma_.lower() not in words.object_verbs:
        return False
    objects = [o for o in objects_of(verb) if o.dep_ in ("dobj", "obj")]
    if not objects or any(o.pos_ == "PRON" for o in objects):
        return False  # 'rejected it', 'the bill, which the governor vowed to veto'
    allowed = words.political_objects if kind == "REJECT" else words.bodies
    return not any(_person_or(o, allowed) for o in objects)


def _person_or(noun: Token, allowed: frozenset[str]) -> bool:
    """A person, a named entity, a body, or one of `allowed`, as the head or inside the noun
    phrase ('mediation efforts', 'a state of emergency', 'the country's new offer')."""
    if noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or noun.pos_ == "PROPN":
        return True
    lemma = noun.lemma_.lower()
    if lemma in allowed or lemma in lexicon().person_nouns or lemma in selection().bodies:
        return True
    return any(t.lemma_.lower() in allowed for t in _phrase(noun))


def _phrase(noun: Token) -> list[Token]:
    """The nouns of a noun phrase, without its clauses ('a question from a journalist asking
    whether ...' stops at 'asking')."""
    found, frontier = [], [noun]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ in CLAUSE_DEPS or child.pos_ in ("VERB", "AUX"):
                continue
            frontier.append(child)
            if child.pos_ in ("NOUN", "PROPN"):
                found.append(child)
    return found


def _topic_only(verb: Token, kind: str, words: Selection) -> bool:
    """'talk about Russia': a topic and no one talked with is speech, not consultation;
    coordinated subjects talk with each other."""
    if kind != "CONSULT" or verb.lemma_.lower() not in words.topic_verbs:
        return False
    if any(s.conjuncts for s in subject_of(verb)):
        return False  # 'Kenya and Uganda talked about a ceasefire': with each other
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return bool(preps & words.topic_preps) and not preps & words.interlocutor_preps


def _shared_view(verb: Token, kind: str, words: Selection) -> bool:
    """'most voters agree with the president', 'agreed that the plan was a failure':
    sharing a view (CAMEO 019) is no PLOVER event; 'agreed to', 'agreed on' are."""
    if kind != "AGREE" or verb.lemma_.lower() not in words.accord_verbs:
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "dative")}
    if preps & words.accord_act_preps:
        return False
    if "with" in preps or any(_stated_view(c) for c in verb.children):
        return True
    return _bare(verb, words) and not any(s.conjuncts for s in subject_of(verb))


def _bare(verb: Token, words: Selection) -> bool:
    """'Even the minister seems to agree', 'Senator Okafor agreed.', 'Okafor agreed, calling
    the partnership too big to fail', 'agreed when reporters asked if …': no object, complement
    or prepositional phrase says what was agreed, so it is a view shared; a clause of comment
    or question on the verb says why, not what."""
    return not any(
        c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "prep", "dative", "advcl", "nsubjpass")
        and not (c.dep_ == "advcl" and c.lemma_.lower() in words.comment_clauses)
        for c in verb.children
    )


def _agreed_act(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event | None:
    """'agreed that their countries should share data': an act the parties agreed to do (a
    that-clause with a modal and a party as its active subject) is an agreement, AGREE, not
    the endorsement of a view ('agree that disputes should be resolved through arbitration',
    'agreed that terrorism must be defeated' stay as they are); None otherwise."""
    verb = trigger.verb
    if event.type != "SUPPORT" or verb.lemma_.lower() not in words.accord_verbs:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(_stated_view(c) or not _party_acts(c, ctx) for c in clauses):
        return None
    code = words.accord_act_cameo
    return _recoded(
        event,
        "AGREE",
        code,
        mode=None,
    )


def _party_acts(clause: Token, ctx: Context) -> bool:
    """The clause's active subject is a party: a pronoun, a noun with a possessive pronoun
    ('their countries'), or an actor."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(
        s.pos_ == "PRON"
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children)
        or resolve_all([s], ctx.index)
        for s in subjects
    )


def _stated_view(clause: Token) -> bool:
    """'agreed that the plan was a failure' (a view), not 'agreed that inspectors could visit'
    (an act agreed on, with a modal)."""
    if clause.dep_ != "ccomp":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in lexicon().modals for c in clause.children)


def _pattern_only(trigger: Trigger, words: Selection) -> bool:
    """'Kenya has taken 2,300 refugees', 'taking Uganda's side': an everyday verb of the
    CAMEO dictionary ('take' = seize) codes an event only with a pattern's noun ('took
    control of', 'took hostages') or as a phrasal verb ('took over the city'), never bare."""
    if not (
        trigger.rule.source == "verbs_cameo.tsv"
        and trigger.noun is None
        and trigger.rule.particle is None
        and trigger.verb.lemma_.lower() in words.pattern_only_verbs
    ):
        return False
    verb = trigger.verb
    phrasal = any(c.dep_ == "prt" for c in verb.children)  # 'take on China' confronts it
    return phrasal or not any(_place(o, words) for o in objects_of(verb))


def _place(noun: Token, words: Selection) -> bool:
    """'had taken the town of Gao', 'took Crimea': a place taken is seized."""
    return noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in words.places


def _treaty_exit(event: Event, trigger: Trigger, words: Selection) -> Event | None:
    """'pulled out of the nuclear deal', 'withdrew from the talks': leaving an agreement or
    talks reduces relations (CAMEO 161, 164: SANCTION, as the CAMEO dictionary codes
    'withdraw from a pact'), and announced, threatens to; it is no military retreat. None
    when the verb leaves no such thing ('withdrew its troops from Somalia')."""
    verb = trigger.verb
    if trigger.rule.type != "RETREAT" or trigger.rule.source not in VERB_RULE_SOURCES:
        return None
    if event.type not in ("RETREAT", "AGREE") or verb.lemma_.lower() not in words.exit_verbs:
        return None
    left = prep_objects(verb, ("from",))
    left += [n for c in verb.children if c.lower_ == "out" for n in prep_objects(c, ("of",))]
    exits = [n for n in left if n.lemma_.lower() in words.exits]
    if not exits:
        return None
    code = words.exits[exits[0].lemma_.lower()]
    if event.type == "AGREE":
        # 'says he is going to pull out of the Paris accord': an exit announced is a threat
        # to reduce relations, as any announced sanction is (the retreat was read as AGREE)
        threat = lexicon().modality.threaten_codes["SANCTION"]
        return _recoded(event, "THREATEN", threat)
    return _recoded(event, "SANCTION", code, mode=words.exit_mode)


def _exit_party(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event:
    """'withdrew Washington from a 2015 accord between Iran and major powers': a pattern that
    codes leaving an agreement as a SANCTION, its object slot naming the one who leaves, takes
    the agreement's other party as its target (`agreement_parties`, session 13)."""
    noun = trigger.noun
    if event.type != "SANCTION" or event.target is not None or noun is None:
        return event
    if noun.lemma_.lower() not in words.exits:
        return event
    parties = agreement_parties(trigger.verb, noun, ctx.index)
    party = next((p.actor for p in parties if not _same(p.actor, event.source)), None)
    return event if party is None else replace(event, target=party)


def _climbdown(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'appears to retreat from his earlier insistence', 'backed away from its pledge': leaving
    a stance, a promise or a demand is a change of mind, no military retreat; troops that
    retreat from a town or positions still retreat."""
    verb = trigger.verb
    if event.type != "RETREAT" or trigger.rule.source not in VERB_RULE_SOURCES:
        return False
    left = prep_objects(verb, ("from",))
    left += [
        n for c in verb.children if c.dep_ in ("advmod", "prt") for n in prep_objects(c, ("from",))
    ]
    return any(n.lemma_.lower() in words.stance_nouns for n in left)


# --- 2. Irrealis: wished, needed, denied or aimed-at acts ---------------------------------


def _aim_of_attack(verb: Token, words: Selection) -> bool:
    """'Jets struck Hamas sites to cut off their funding', 'launched an attack to capture the
    town', 'an offensive to retake Lamu': the purpose infinitive of an attack (its verb, the
    object of a light verb, or the attack noun itself) names its aim, not a second act done;
    the attack is coded by its own rule (rounds 14, 15)."""
    verb = first_conjunct(verb)
    purpose = verb.dep_ in ("advcl", "acl") and _to_infinitive(verb)
    if not purpose or verb.head.i == verb.i:
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.lemma_.lower() in words.attack_objects
    if head.lemma_.lower() in words.attack_heads:
        return True
    # 'launched a fierce attack Wednesday to capture the town' (round 15)
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in words.attack_objects
        for c in head.children
    )


def _meeting_ahead(event: Event, trigger: Trigger, words: Selection) -> bool:
    """'addressed his upcoming summit with Putin', 'is hosting an upcoming meeting of
    opposition groups': a meeting whose noun is planned, upcoming or next is still ahead;
    'negotiating a potential deal' is talks going on (round 15)."""
    if event.type not in words.prospective_meeting_types:
        return False
    objects = [c for c in trigger.verb.children if c.dep_ in ("dobj", "obj")]
    nouns = [trigger.noun] if trigger.noun is not None else objects
    return any(n.lemma_.lower() in words.meeting_objects and prospective(n) for n in nouns)


def _aim_of_possible_act(verb: Token, ctx: Context) -> bool:
    """'To reach a lasting deal, Kenya should pull back': the aim of an act that is itself
    only possible or wished has not happened either."""
    verb = first_conjunct(verb)  # '…, to withdraw its troops and to release prisoners'
    purpose = verb.dep_ == "advcl" and _to_infinitive(verb)
    return purpose and verb.head.i != verb.i and is_hypothetical(verb.head, ctx.lex)


def _irrealis(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event | None:
    """Walk up the clauses that govern the event verb: a negated noun of evidence negates it;
    'wants Uganda to halt' is a request of the wanter; 'hoped to establish' an intent; 'needs
    to pay' an opinion (or, in another party's statement, that party's demand)."""
    chain = _governing_clauses(trigger.verb, words)
    if any(_negated_evidence(head, words) for _, head in chain):
        event = replace(event, negated=True)
    if _hoped_of_another(trigger.verb, words):
        return replace(event, hypothetical=True)
    for clause, head in chain:
        governor = _governor_lemma(head, words)
        if governor is not None and clause.dep_ in COMP_DEPS and _infinitival(clause):
            return _governed(event, clause, head, governor, trigger, ctx, words)
    return event


def _hoped_of_another(verb: Token, words: Selection) -> bool:
    """'Kenya hopes Uganda will sign the deal': the act of a named other party in a finite
    clause under a hope or an expectation ('hoped Iran would be willing to negotiate')."""
    for clause in [verb, *verb.ancestors][: words.climb_limit + 2]:
        if clause.dep_ != "ccomp" or _to_infinitive(clause):
            continue
        governor = "hope" if clause.head.lower_ in words.wish_forms else clause.head.lemma_
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if governor.lower() in words.finite_wish_governors and subjects:
            return all(s.pos_ != "PRON" for s in subjects)
    return False


def _governing_clauses(verb: Token, words: Selection) -> list[tuple[Token, Token]]:
    """(clause, its head) pairs from the event verb up through complements and conjuncts."""
    chain: list[tuple[Token, Token]] = []
    clause = verb
    for _ in range(words.climb_limit):
        if clause.dep_ not in words.climb_deps or clause.head.i == clause.i:
            break
        chain.append((clause, clause.head))
        clause = clause.head
    return chain


def _infinitival(clause: Token) -> bool:
    """'wants Uganda to halt', 'hoped to establish', 'need not send' (no finite clause: 'we
    want peace, we want it soon' is two wants, not a want of a want)."""
    return clause.tag_ == "VB" or _to_infinitive(clause)


def _to_infinitive(verb: Token) -> bool:
    """'to protest', 'to capture the town': the verb carries the infinitive's 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _negated_evidence(head: Token, words: Selection) -> bool:
    """'no reason to believe', 'no evidence that'."""
    return head.lemma_.lower() in words.evidence_nouns and any(
        c.dep_ == "det" and c.lower_ in words.negative_determiners for c in head.children
    )


def _governor_lemma(head: Token, words: Selection) -> str | None:
    lemma = head.lemma_.lower()
    if head.lower_ in words.wish_forms:
        return "hope"
    known = words.request_governors | words.wish_governors | words.deontic_governors
    return lemma if lemma in known and head.pos_ in ("VERB", "AUX") else None


def _governed(
    event: Event,
    clause: Token,
    head: Token,
    governor: str,
    trigger: Trigger,
    ctx: Context,
    words: Selection,
) -> Event | None:
    own = _own_subject(clause, head)
    if own and governor in words.request_governors:
        if _conditional_wish(head, ctx, words):
            return replace(event, hypothetical=True)
        return _wanted_of_another(event, head, ctx, words)
    if own:
        return event
    if governor in words.deontic_governors:
        return _needed(event, ctx, words)
    if governor in words.wish_governors:
        return event if is_hypothetical(head, ctx.lex) else _wished(event, trigger, ctx, words)
    return event


def _conditional_wish(verb: Token, ctx: Context, words: Selection) -> bool:
    """'even if the U.S. does want a diplomatic solution', 'if they want U.S. help': a wish in
    a condition is a premise, no request to anyone (round 15)."""
    verb = first_conjunct(verb)
    if verb.lemma_.lower() not in words.conditional_wishes or verb.dep_ != "advcl":
        return False
    markers = ctx.lex.conditional_markers
    return any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children)


def _own_subject(clause: Token, head: Token) -> bool:
    """'wants Uganda to halt': the complement has a subject of its own, not the governor's."""
    own = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    return bool(own) or (clause.dep_ == "xcomp" and bool(objects))


def _wanted_of_another(event: Event, head: Token, ctx: Context, words: Selection) -> Event | None:
    """'Kenya wants Uganda to halt raids' → Hamas REQUEST Israel; unknown wanter: no event."""
    wanters = resolve_all(subject_of(head), ctx.index)
    if not wanters or _same(wanters[0].actor, event.source):
        return None
    return _as_request(event, wanters[0].actor, words, target=event.source)


def _needed(event: Event, ctx: Context, words: Selection) -> Event | None:
    """What a party 'needs to' do: a demand when another party says it, else an opinion."""
    if event.statement is None:
        return None
    speaker = ctx.statements[event.statement].speaker.actor
    if speaker is None or _same(speaker, event.source):
        return None
    return _as_request(event, speaker, words, target=event.source)


def _wished(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event | None:
    """'hoped to establish a dialogue': a wished cooperative act is an intent (AGREE, CAMEO
    03), as docs/events.md "Modality" reads 'plans to'; other wished acts stay hypothetical."""
    codes = ctx.lex.modality.agree_codes
    if event.type == "AGREE" or event.type != trigger.rule.type:
        return event  # already an intent, or recoded by the modality rules ("Modality")
    if performative(trigger.verb, ctx.lex):
        return event  # 'I want to thank …' thanks (session 14)
    kind = trigger.rule.type
    if event.negated or kind not in words.wish_intent_types or kind not in codes:
        return replace(event, hypothetical=True)
    code = codes[trigger.rule.type]
    return _recoded(
        event,
        "AGREE",
        code,
        mode=None,
        hypothetical=False,
    )


def _as_request(event: Event, source: Actor, words: Selection, *, target: Actor) -> Event:
    code = words.request_cameo
    return _recoded(
        event,
        "REQUEST",
        code,
        source=source,
        target=target,
        mode=None,
        negated=False,
        hypothetical=False,
    )


def _same(a: Actor, b: Actor) -> bool:
    return (a.country, a.org) == (b.country, b.org)


# --- 3. Mutual readings of coordinated subjects -------------------------------------------


def _distributive(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event | None:
    """'Norway and Denmark agreed to take in refugees': coordinated subjects of a symmetric
    verb act on each other only when the content is about each other; otherwise each acts
    alone (no recipient), and a type that needs a recipient gives nothing."""
    if event.target is None or not trigger.rule.has("symmetric"):
        return event
    if not _mutual_target(event.target, trigger, ctx):
        return event
    if _reciprocal_content(trigger, words):
        return event
    if event.type in ontology().target_required or trigger.rule.has("needs_target"):
        return None
    return replace(event, target=None)


def _mutual_target(target: Actor, trigger: Trigger, ctx: Context) -> bool:
    """The recipient is a co-subject, not a named recipient of the verb."""
    named = resolve_targets(target_tokens(trigger.verb, trigger.rule, noun=trigger.noun), ctx.index)
    if any(a.actor == target for a in named):
        return False
    return any(a.actor == target for a in resolve_all(subject_of(trigger.verb), ctx.index))


def _reciprocal_content(trigger: Trigger, words: Selection) -> bool:
    """No complement ('Jordan and Britain agreed'), or one about each other ('agreed to
    cooperate', 'agreed on a ceasefire', 'agreed to work together'); never with a floating
    'both' or 'each' on the verb ('are both signing accords')."""
    verb = trigger.verb
    if any(c.lower_ in words.distributive_words and c.dep_ != "nsubj" for c in verb.children):
        return False
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if not comps or verb.lemma_.lower() in words.reciprocal_verbs:
        return True
    return any(_about_each_other(c, words) for c in comps)


def _about_each_other(comp: Token, words: Selection) -> bool:
    if comp.lemma_.lower() in words.reciprocal_verbs:
        return True
    for token in comp.subtree:
        lemma = token.lemma_.lower()
        if lemma in words.reciprocal_words or (
            token.pos_ == "NOUN" and lemma in words.reciprocal_nouns
        ):
            return True
    return False


# --- 4. Movement and visits ----------------------------------------------------------------


def _no_visit(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> bool:
    """'when it comes to Iran', 'came to grips with', 'rushed to portray', 'arrived in
    Kentucky' (its own country): movement that reaches no other party is no visit."""
    if event.type != "CONSULT" or trigger.rule.source not in VERB_RULE_SOURCES:
        return False
    if trigger.rule.cameo[:3] in words.visit_cameo and _home(event):
        return True
    verb = trigger.verb
    if verb.lemma_.lower() not in words.movement_verbs:
        return False
    if any(s.lower_ == "it" for s in verb.children if s.dep_ in SUBJECT_DEPS):
        return True
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    places = prep_objects(verb, tuple(words.destination_preps))
    if any(p.lemma_.lower() in words.idiom_destinations for p in places):
        return True
    reached = resolve_all(places, ctx.index)
    return event.target is not None and all(a.actor != event.target for a in reached)


def _deployment(event: Event, trigger: Trigger, words: Selection) -> Event | None:
    """'UN peacekeeping troops have arrived in Mali' is a deployment (peacekeeping: AID
    074; troops: MOBILIZE 154), not a visit; None when the mover is no armed force."""
    verb = trigger.verb
    lemma = verb.lemma_.lower()
    visit = event.type == "CONSULT" and lemma in words.movement_verbs
    if not visit and not (event.type == "PROTEST" and lemma in words.march_verbs):
        return None  # 'Russian troops marched towards the border' is no protest march
    for noun in _movers(verb):
        for word in [c for c in noun.children if c.dep_ in ("compound", "amod")] + [noun]:
            found = words.deployed_forces.get(word.lemma_.lower())
            if found is not None:
                kind, code, mode = found
                return _recoded(
                    event,
                    kind,
                    code,
                    mode=mode,
                )
    return None


def _protection(event: Event, trigger: Trigger, ctx: Context, words: Selection) -> Event | None:
    """'will send troops to Iraq to help advise that country's government', 'pledged to send a
    brigade to Poland': troops sent to help a party, or promised to a country's own territory,
    are military aid or protection to it (CAMEO 074; promised: 0334, AGREE), no threat to it.
    A deployment to a border ('to its border with Belarus') stays a show of force."""
    if trigger.rule.type != "MOBILIZE" or event.type not in ("MOBILIZE", "THREATEN"):
        return None
    if event.negated:
        return None
    helped = _helped(trigger.verb, event, ctx, words)
    if helped is None and _promised(trigger.verb, words):
        helped = _destination(trigger.verb, event, ctx, words)
    if helped is None:
        return None
    key = "intent" if event.type == "THREATEN" else "done"
    code = words.protection_cameo[key]
    return _recoded(
        event,
        "AGREE" if key == "intent" else "AID",
        code,
        target=helped,
        mode=None,
    )


def _helped(verb: Token, event: Event, ctx: Context, words: Selection) -> Actor | None:
    """The party a purpose clause of help names ('to help advise the Iraqi government', 'to
    help Iraqi forces battling ISIS'), else the troops' destination when the clause names no
    party ('to Iraq to help advise that country's government'); None when the helped are the
    sender's own ('to protect its embassy', 'to support our personnel')."""
    for clause in _purposes(verb, words):
        chain = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        phrases = [o for v in chain for o in objects_of(v)]
        # 'to help Iraqi forces battling ISIS': the helped are the subject of the small clause
        phrases += [s for v in chain for c in v.children if c.dep_ == "ccomp" for s in _subjects(c)]
        found = resolve_all(phrases, ctx.index)
        if any(_same(f.actor, event.source) for f in found):
            return None
        if found:
            return found[0].actor
        if any(_host_body(phrase, words) for phrase in phrases):
            return _destination(verb, event, ctx, words)
    return None


def _subjects(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ == "nsubj"]


def _host_body(phrase: Token, words: Selection) -> bool:
    """'that country's government', 'local forces': a body of the place the troops go to;
    not one of the sender's own ('its embassy', 'our personnel')."""
    return phrase.lemma_.lower() in words.host_bodies and not any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in phrase.children
    )


def _purposes(verb: Token, words: Selection) -> list[Token]:
    """Infinitives of help on the sending verb or on its object ('forces to help')."""
    heads = [verb, *objects_of(verb)]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
        and c.lemma_.lower() in words.help_purposes
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _promised(verb: Token, words: Selection) -> bool:
    """'pledged to send an additional brigade': a pledge, promise, offer, agreement or
    commitment governs the sending (not a vow: 'vowed to send troops into Syria')."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "acl", "advcl")
        and head.i != verb.i
        and head.lemma_.lower() in words.promise_governors
    )


def _destination(verb: Token, event: Event, ctx: Context, words: Selection) -> Actor | None:
    """The recipient when it is where the troops go ('to Poland', 'into Iraq'), not a
    frontier ('to its border with Belarus')."""
    target = event.target
    if target is None:
        return None
    places = prep_objects(verb, ("to", "into")) + [
        n for o in objects_of(verb) for n in prep_objects(o, ("to", "into"))
    ]
    for place in places:
        if place.lemma_.lower() in words.frontier_nouns:
            continue
        if any(_same(a.actor, target) for a in resolve_all([place], ctx.index)):
            return target
    return None


def _movers(verb: Token) -> list[Token]:
    """The subject of a movement verb and the noun after its 'of' ('deployment of troops')."""
    # 'troops began arriving in Syria': a subject borrowed from the governing verb (round 11)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or subject_of(verb)
    return subjects + [n for s in subjects for n in prep_objects(s, ("of",))]


def _space_launch(trigger: Trigger, words: Selection) -> bool:
    """'launched a rocket carrying a weather satellite': a rocket with a space
    payload in its noun phrase is a space launch, no attack."""
    noun = trigger.noun
    if noun is None or trigger.rule.type != "ASSAULT":
        return False
    return any(t.lemma_.lower() in words.space_payloads for t in noun.subtree)


def _topic_gerund(verb: Token, words: Selection) -> bool:
    """'changed her position on accepting Sudanese refugees', 'a debate about sending troops':
    a gerund after a preposition of topic is what is talked or decided about, not an act that
    took place."""
    return (
        verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in words.topic_gerund_preps
    )


def _interest_in(verb: Token, words: Selection) -> bool:
    """'sees a common interest with Ethiopia in fighting Uganda': a gerund after 'in' on a noun
    of interest (or on the verb that has one as its object) is what a party would gain from,
    not an act done."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in words.interest_preps:
        return False
    holder = verb.head.head
    nouns = [holder, *(c for c in holder.children if c.dep_ in ("dobj", "obj", "attr"))]
    return any(n.lemma_.lower() in words.interest_nouns for n in nouns)


def _home(event: Event) -> bool:
    target = event.target
    return (
        target is not None
        and target.country is not None
        and (target.country == event.source.country)
    )


# --- 5. Questions -------------------------------------------------------------------------


def _polar_question(verb: Token, words: Selection) -> bool:
    """'Will Russia sell missiles to Iran?', 'Should the U.S. cut off aid?' (after caption
    debris): a clause above the act puts an auxiliary before its subject, with no question
    word before it, in a sentence that ends with a question mark."""
    sent = sentence_of(verb)
    if not any(t.text == "?" for t in sent[-3:]):
        return False
    clause = verb
    for _ in range(6):
        if _inverted(clause, words):
            return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < clause.i)
        # an adverbial clause ('did it collapse when Kenya called on Uganda to withdraw?') is
        # presupposed, not asked
        if clause.head.i == clause.i or clause.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        clause = clause.head
    return False


def _inverted(clause: Token, words: Selection) -> bool:
    subjects = [c.i for c in clause.children if c.dep_ in SUBJECT_DEPS]
    auxes = [c.i for c in clause.children if c.dep_ in ("aux", "auxpass")]
    auxes += [clause.i] if clause.lower_ in words.question_auxiliaries else []
    first = [i for i in auxes if clause.doc[i].lower_ in words.question_auxiliaries]
    return bool(subjects and first) and min(first) < subjects[0]


def _recoded(event: Event, kind: str, code: str, **changes: Any) -> Event:
    """The event as another type with a CAMEO code of its own: intensity, quad class and root
    follow the code, and `changes` sets any other field (mode, flags, actors)."""
    changes.setdefault("mode", None)
    return replace(
        event,
        type=kind,
        intensity=intensity_of(code),
        quad=quad_of(code),
        cameo_root=code[:2],
        **changes,
    )
