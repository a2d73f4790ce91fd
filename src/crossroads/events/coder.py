"""The event coder: one pass over the sentences of a parsed article.

For each verb, the rules (data/patterns.tsv, then data/verbs.tsv) say whether it codes a PLOVER
event; the parse gives its source and target (arguments.py); the modifiers mark it negated or
hypothetical; the statements say whether it was said. No event without a coded source, and no
event at all when no rule matches: there is no default event.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from crossroads.attribution.quotes import find_quotes
from crossroads.events.arguments import (
    LOCATIVE_PREPS,
    ActorFinder,
    ActorIndex,
    Argument,
    agents,
    agreement_parties,
    argument_words,
    condition_targets,
    detained_at_home,
    exchange_parties,
    has_conflict_complement,
    np_actor,
    objects_of,
    own_people_targets,
    place_sources,
    place_targets,
    prep_objects,
    purpose_targets,
    requested_agents,
    requested_places,
    resolve_all,
    resolve_targets,
    subject_of,
    target_tokens,
    warned_parties,
)
from crossroads.events.calibration import calibrated, calibration
from crossroads.events.discards import NO_DISCARDS, Discards
from crossroads.events.lexicon import Lexicon, Rule, first_word, lexicon, pattern_keys
from crossroads.events.modifiers import is_hypothetical, is_negated, modality_of
from crossroads.events.nominal import nominal_arguments, nominal_triggers
from crossroads.events.ontology import intensity_of, ontology, quad_of
from crossroads.events.reciprocal import reciprocal_events
from crossroads.events.said import said_events
from crossroads.events.selection import select_events
from crossroads.events.statements import StatementMap, map_statements
from crossroads.events.verb_dictionary import (
    DictionaryMatch,
    active_verb_dictionary,
    inherited_flags,
)
from crossroads.model import Actor, Event, Evidence, Speaker, Statement
from crossroads.nlp import doc_text
from crossroads.nlp.sentences import sentence_index, sentence_of, sentences, window_start

VERB_POS = frozenset({"VERB"})
# Prepositions of a place phrase: a rule flagged `place_prep` needs one ('welcomed Xi at …').
PLACE_PHRASE_PREPS = frozenset({"at", "to", "in"})
# The phrases that make up a verb's own phrase after it: objects, prepositional, adverbial
# and particle phrases (not its clauses: 'said that …', 'to deal with …', coordinated verbs).
VERB_PHRASE_DEPS = frozenset(
    {"dobj", "dative", "prep", "agent", "advmod", "npadvmod", "attr", "oprd", "acomp", "prt"}
)
# How much less sure an event is when its type expects a recipient the coder did not find
# though the sentence names another country (`_recipient_missed`).
MISSED_RECIPIENT = 0.15
# Share of sentences from a blocked field (sports) above which a whole article codes nothing.
BLOCKED_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Trigger:
    """A verb that matched a rule, and the noun of a light-verb pattern if one matched."""

    verb: Token
    rule: Rule
    noun: Token | None = None
    mark: Token | None = None  # a user dictionary's pattern marks its party after this word


@dataclass(slots=True)
class Context:
    """What one article's coding needs at hand: lookups built once, then read per verb."""

    doc: Doc
    statements: Sequence[Statement]
    index: ActorIndex
    said: StatementMap
    lex: Lexicon
    voice: Actor | None = None
    quoted: tuple[tuple[int, int], ...] = ()


def default_finder(*, published: str | None) -> ActorFinder:
    """The actors layer's `find_actors`, bound to the article's date."""
    from crossroads.actors import find_actors

    return lambda text: find_actors(text, date=published)


def code_events(
    doc: Doc,
    statements: Sequence[Statement],
    *,
    published: str | None = None,
    finder: ActorFinder | None = None,
    calibrate: bool = True,
    voice: Actor | None = None,
) -> list[Event]:
    """PLOVER events of one parsed article (offsets index `doc.text`).

    `finder` replaces the actors layer's `find_actors` (user dictionaries, evaluation sets);
    `calibrate=False` leaves each event's confidence at the rule prior (the input of
    `scripts/fit_confidence.py`), instead of the chance measured on real news (calibration.py);
    `voice` is the actor the document's own first person stands for (crossroads.voice).
    """
    user = active_verb_dictionary()
    discards = user.discards if user is not None else NO_DISCARDS
    if discards.discards_story(doc_text(doc)):
        return []
    lex = lexicon()
    find = finder or default_finder(published=published)
    ctx = Context(
        doc,
        statements,
        ActorIndex(doc, find(doc_text(doc)), lex=lex),
        map_statements(doc, statements),
        lex,
        voice,
        _quoted_spans(doc) if voice is not None else (),
    )
    blocked = blocked_sentences(doc, lex, index=ctx.index)
    if len(blocked) > BLOCKED_SHARE * max(1, len(sentences(doc))):
        return []
    blocked |= _discarded_sentences(doc, discards)
    events: list[Event] = []
    for sent in sentences(doc):
        if sent.start not in blocked:
            events.extend(sentence_events(sent, ctx))
    events.extend(
        said_events(ctx.doc, statements, events, index=ctx.index, lex=lex, blocked=blocked)
    )
    coded = dedupe(reciprocal_events(events, doc, statements, index=ctx.index))
    coded = [_doubted(e) if _recipient_missed(e, ctx) else e for e in coded]
    if not calibrate:
        return coded
    return calibrated(coded, calibration("voiced") if voice is not None else None)


def _doubted(event: Event) -> Event:
    return replace(event, confidence=round(max(0.0, event.confidence - MISSED_RECIPIENT), 3))


def _recipient_missed(event: Event, ctx: Context) -> bool:
    """An event of a type that expects a recipient (ontology.yaml `expected`) coded without
    one, though its sentence names another country: the coder has likely not read the party
    named ('reimposed sanctions on Iran', 'each other's goods'), and such events are seldom
    right (its confidence is lowered). With no other country named the act may have none
    ('Iran agreed to slow its work')."""
    if event.target is not None or event.type not in ontology().target_expected:
        return False
    span = ctx.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    named = {a.country for start, a in ctx.index.countries if span.start <= start < span.end}
    return bool(named - {event.source.country, None})


def blocked_sentences(doc: Doc, lex: Lexicon, *, index: ActorIndex | None = None) -> set[int]:
    """Starts of sentences from a field that codes no political event (sports reports)."""
    return {sent.start for sent in sentences(doc) if _is_sports(sent, lex, index)}


def _is_sports(sent: Span, lex: Lexicon, index: ActorIndex | None) -> bool:
    """A sports word marks the sentence, except inside an actor's name ('the Arab League');
    a word of everyday news too ('the Malian team', 'scores of refugees', 'war games') marks
    it only with another sports word, or capitalised as a name ('the Gulf Nations Cup')."""
    weak = argument_words().weak_domain_words
    words = [
        t
        for t in sent
        if t.lemma_.lower() in lex.blocked_domains
        and t.pos_ in ("NOUN", "PROPN", "VERB")
        and (index is None or index.at(t.i) is None)
    ]
    strong = [t for t in words if t.lemma_.lower() not in weak or t.pos_ == "PROPN"]
    return bool(strong) or len({t.lemma_.lower() for t in words}) > 1


def _discarded_sentences(doc: Doc, discards: Discards) -> set[int]:
    """A discard list's sentence phrase discards its sentence only (a '+' phrase, the story)."""
    if discards.sentence is None:
        return set()  # no sentence's text is needed
    return {sent.start for sent in sentences(doc) if discards.discards_sentence(sent.text)}


def sentence_events(sent: Span, ctx: Context) -> Iterator[Event]:
    triggers = [t for t in map(partial(match_rule, lex=ctx.lex), _verbs(sent)) if t is not None]
    for trigger in _unclaimed(triggers):
        yield from select_events(events_of(trigger, sent, ctx), trigger, ctx)
    yield from noun_events(sent, ctx)


def _verbs(sent: Span) -> Iterator[Token]:
    return (token for token in sent if token.pos_ in VERB_POS)


def _unclaimed(triggers: list[Trigger]) -> list[Trigger]:
    """A user dictionary's pattern that names a noun codes it ('VOW * WAR' in 'vowed to wage
    war'): a built-in rule that reads the same noun ('wage war') is that act coded twice."""
    claimed = {t.noun.i for t in triggers if t.noun is not None and t.rule.has("as_coded")}
    return [
        t for t in triggers if t.rule.has("as_coded") or t.noun is None or t.noun.i not in claimed
    ]


def noun_events(sent: Span, ctx: Context) -> Iterator[Event]:
    """Events stated as nouns ('Russia's attack on Kyiv'): source and recipient both coded."""
    for noun, rule in nominal_triggers(sent, ctx.lex):
        sources, targets = nominal_arguments(noun, rule, ctx.index)
        symmetric = rule.has("symmetric") and not targets
        if not sources or not (targets or (symmetric and len(sources) > 1)):
            continue
        statement = ctx.said.said_in(noun.idx)
        trigger = Trigger(noun, rule)
        for source, target in pairs(sources, targets, symmetric=symmetric):
            yield make_event(trigger, sent, source, target, statement=statement, ctx=ctx)


def match_rule(verb: Token, lex: Lexicon) -> Trigger | None:
    """A user verb dictionary's rule (`--verbs`) where it has one; else hand patterns first
    ('impose sanctions'), then the CAMEO dictionary's patterns, then the verb's hand rules,
    then its CAMEO rules unless a CAMEO pattern says 'not an event'."""
    lemma = verb.lemma_.lower()
    lemma = lex.lemma_fixes.get(lemma, lemma)
    builtin = _builtin_rule(verb, lemma, lex)
    user = active_verb_dictionary()
    found = user.match(verb, lemma) if user is not None else DictionaryMatch(None)
    if found.rule is None:
        return builtin
    if found.rule.blocks:
        return None
    return _as_dictionary_codes(found, verb, builtin)


def _as_dictionary_codes(found: DictionaryMatch, verb: Token, builtin: Trigger | None) -> Trigger:
    """The user dictionary's type and code, kept whatever the modality (`as_coded`: CAMEO
    dictionaries code intentions with codes of their own). Where the built-in rules read the
    same type, their reading of the construction is kept (its recipient slots, then the
    dictionary's; its pattern noun); else a joint act stays joint ('Gondor and Arnor renewed
    ties') as the built-in rule knew it. A paired code's act back and a marked party come
    from the dictionary either way."""
    rule = found.rule
    assert rule is not None
    if builtin is not None and builtin.rule.type == rule.type:
        # the built-in slots first, then the dictionary's (any slot that names an actor)
        flags = builtin.rule.flags | {"as_coded", "any_slot"}
        targets = tuple(dict.fromkeys((*builtin.rule.targets, *rule.targets)))
        kept = replace(
            builtin.rule, cameo=rule.cameo, flags=flags, targets=targets, reverse=rule.reverse
        )
        return replace(builtin, rule=kept, mark=found.mark)
    inherited = builtin.rule.flags & inherited_flags() if builtin is not None else frozenset()
    flags = rule.flags | inherited | {"as_coded"}
    return Trigger(verb, replace(rule, flags=flags), found.noun, found.mark)


def _builtin_rule(verb: Token, lemma: str, lex: Lexicon) -> Trigger | None:
    trigger = _hand_pattern(verb, lemma, lex) or _nominalized_pattern(verb, lemma, lex)
    if trigger is not None:
        return None if trigger.rule.blocks else trigger
    trigger, blocked = _cameo_pattern(verb, lemma, lex)
    if trigger is not None:
        return trigger
    for rule in lex.verbs.get(lemma, ()):
        if _rule_applies(verb, rule, lex):
            return None if rule.blocks else Trigger(verb, rule)
    if blocked:
        return None
    for rule in lex.cameo_verbs.get(lemma, ()):
        if _rule_applies(verb, rule, lex):
            return Trigger(verb, rule)
    return None


CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")


def _particle_deps(rule: Rule) -> tuple[str, ...]:
    """A rule's particle is a particle or a preposition; a blocker's may also be an adverb the
    parser hangs on the verb ('welcomed home three soldiers': 'home' is an advmod)."""
    return ("prt", "prep", "advmod", "npadvmod") if rule.blocks else ("prt", "prep")


def _hand_pattern(verb: Token, lemma: str, lex: Lexicon) -> Trigger | None:
    if first_word(lemma) not in lex.pattern_verbs:  # every key opens with the lemma
        return None
    nouns = _pattern_nouns(verb, lex)
    slots = [(key, noun) for key in _pattern_verbs(verb, lemma) for noun in nouns]
    for key, noun in slots + _prepositional_slots(verb, lemma):
        rule = next((r for k in pattern_keys(noun) if (r := lex.patterns.get((key, k)))), None)
        if rule is not None:
            return Trigger(verb, rule, noun)
    return None


def _prepositional_slots(verb: Token, lemma: str) -> list[tuple[str, Token]]:
    """('call for', boycott) in 'called for a boycott of Ugandan goods': a row keyed by a verb
    and its preposition names the noun after that preposition (round 8); a phrasal verb's
    particle comes first, whether the parser hangs it on the verb ('pulled out' + 'of the
    summit') or reads it as a preposition holding the other ('out' → 'of the summit')."""
    particles = [f" {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return [
        (f"{lemma}{particle} {key}", noun)
        for prep in verb.children
        if prep.dep_ == "prep"
        for key, pobj in _preposition_objects(prep)
        for particle in (*particles, "")
        for noun in (pobj, *pobj.conjuncts)
    ]


def _preposition_objects(prep: Token) -> list[tuple[str, Token]]:
    """('for', noun) for 'for a boycott'; ('out of', noun) for 'out' → 'of the summit'."""
    pairs = [(prep.lower_, c) for c in prep.children if c.dep_ == "pobj"]
    return pairs + [
        (f"{prep.lower_} {inner.lower_}", c)
        for inner in prep.children
        if inner.dep_ == "prep"
        for c in inner.children
        if c.dep_ == "pobj"
    ]


def _nominalized_pattern(verb: Token, lemma: str, lex: Lexicon) -> Trigger | None:
    """'announced the suspension of air links' is 'suspended air links': an announcing verb whose
    object is a nominalized act codes that act's pattern on the noun after 'of'."""
    if lemma not in lex.announcing_verbs:
        return None
    for noun in objects_of(verb):
        act = lex.nominalizations.get(noun.lemma_.lower(), "")
        for inner in prep_objects(noun, ("of",)) if act else ():
            rule = lex.patterns.get((act, inner.lemma_.lower()))
            if rule is not None:
                return Trigger(verb, rule, inner)
    return None


def _pattern_verbs(verb: Token, lemma: str) -> list[str]:
    """The phrasal verb first ('call off' a strike is not 'call' a strike), then the lemma."""
    return [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"] + [lemma]


def _cameo_pattern(verb: Token, lemma: str, lex: Lexicon) -> tuple[Trigger | None, bool]:
    """A CAMEO pattern on the verb's object ('abandon ties') or on a prepositional phrase
    ('appeal for peace'); also whether a pattern marks the construction as no event."""
    if lemma not in lex.cameo_pattern_verbs:
        return None, False
    blocked = False
    for prep, noun in _cameo_slots(verb):
        # lemma first, then the word form: a set made the choice depend on the hash seed
        for form in dict.fromkeys((noun.lemma_.lower(), noun.lower_)):
            key = (lemma, prep, form)
            if key not in lex.cameo_patterns:
                continue
            rule = lex.cameo_patterns[key]
            if rule is not None:
                return Trigger(verb, rule, noun), False
            blocked = True
    return None, blocked


def _cameo_slots(verb: Token) -> list[tuple[str, Token]]:
    """(preposition or '', noun) pairs a CAMEO pattern can name."""
    slots = [("", n) for o in objects_of(verb) for n in (o, *o.conjuncts)]
    slots += [("", c) for c in verb.children if c.dep_ == "attr"]
    for child in verb.children:
        if child.dep_ in ("prep", "dative"):
            slots += [(child.lower_, g) for g in child.children if g.dep_ == "pobj"]
    return slots


def _pattern_nouns(verb: Token, lex: Lexicon) -> list[Token]:
    """Objects of the verb, their conjuncts, the object of 'go on (strike)', and the title of
    a named person ('pulled Ambassador Robert Ford out of Damascus': the ambassador)."""
    nouns = [n for o in objects_of(verb) for n in (o, *o.conjuncts)]
    nouns += prep_objects(verb, ("on", "into"))
    nouns += [c for c in verb.children if c.dep_ == "attr"]
    nouns += [t for n in nouns if n.ent_type_ == "PERSON" for t in _titles(n)]
    return nouns + [inner for n in nouns for inner in _light_noun_content(n, lex)]


def _titles(name: Token) -> list[Token]:
    """The title words before a person's name ('Ambassador' in 'Ambassador Robert Ford')."""
    return [c for c in name.children if c.dep_ == "compound" and c.ent_type_ != "PERSON"]


def _light_noun_content(noun: Token, lex: Lexicon) -> list[Token]:
    """'mediation efforts', 'a state of emergency': a light noun's content noun stands for it."""
    if noun.lemma_.lower() not in lex.light_nouns:
        return []
    return [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, ("of",))


def _is_person(token: Token, lex: Lexicon) -> bool:
    return token.ent_type_ in ("PERSON", "NORP") or token.lemma_.lower() in lex.person_nouns


def _has_particle(verb: Token, rule: Rule) -> bool:
    """The rule's particle or preposition, after the verb ('with Qatar at the top of the list,
    Niger stands in the bottom three' stands with no one; 'On Monday, Kenya called Uganda's
    president' calls on no one: session 11), on the verb or its object, or as the mark of its
    clause ('called for countries to isolate North Korea', a for-to clause)."""
    deps = _particle_deps(rule)
    heads = (verb, *objects_of(verb))
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    words = [c for h in heads for c in h.children if c.dep_ in deps]
    words += [m for c in clauses for m in c.children if m.dep_ == "mark"]
    return any(w.lower_ == rule.particle and w.i > verb.i for w in words)


def _rule_applies(verb: Token, rule: Rule, lex: Lexicon) -> bool:
    if rule.particle is not None and not _has_particle(verb, rule):
        return False
    if rule.has("needs_that") and not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if rule.has("person_obj") and not any(_is_person(o, lex) for o in objects_of(verb)):
        return False
    if rule.has("place_prep") and not any(
        c.dep_ == "prep" and c.lower_ in PLACE_PHRASE_PREPS for c in verb.children
    ):
        return False
    if rule.has("needs_comp") and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    if rule.has("no_conflict_comp") and has_conflict_complement(verb):
        return False
    return not (rule.has("intransitive") and any(c.dep_ == "dobj" for c in verb.children))


def events_of(trigger: Trigger, sent: Span, ctx: Context) -> Iterator[Event]:
    verb, rule = trigger.verb, trigger.rule
    statement = ctx.said.cue_of(verb)
    if statement is None:
        statement = ctx.said.said_in(verb.idx)
    sources = _parties(sources_of(verb, statement, ctx), rule)
    if rule.has("inverted") and not sources:
        sources = _passive_subjects(verb, ctx)
    unclaimed = not sources and rule.type in ctx.lex.place_target_types
    if unclaimed:
        sources = place_sources(verb, ctx.index, kind=rule.type)
    if not sources:
        return
    targets, at_place = targets_of(trigger, ctx, unclaimed=unclaimed)
    if rule.has("inverted"):
        # a user pattern '+ * MONEY $': the subject received it from the party named after
        sources, targets = targets, sources
    if rule.type in agents().withdrawn_forces_types:
        targets = forces_abroad(verb, targets, sources, ctx.index) or targets
    home_detention = rule.mode in agents().home_detention_modes and len(sources) == 1
    if home_detention and all(t.actor.country is t.actor.org is None for t in targets):
        # 'arrested hundreds of people', 'arrested dissidents': a state's own (session 10)
        tokens = _recipient_tokens(trigger, ctx)
        home = detained_at_home(tokens, sources[0].actor, ctx.index, verb=verb)
        targets = home or targets
    # a protest's purpose clause gave the protest its recipient: it restates it, named or not
    lent = rule.type in argument_words().purpose_target_types
    if (lent or not targets) and restates_governor(trigger, ctx.lex):
        return
    symmetric = rule.has("symmetric") or (len(sources) > 1 and mutual_recipient(trigger))
    mutual = symmetric and len(sources) > 1
    needed = needs_recipient(trigger, ctx.lex)
    if not (targets or mutual) and needed:
        return
    request = obligation_request(trigger, sources, statement, ctx)
    if request is not None:
        request_trigger, speaker, addressee = request
        yield make_event(request_trigger, sent, speaker, addressee, statement=statement, ctx=ctx)
        return
    # a recipient was named, if only the source's own country ('promised to democratize
    # Peru'): the act stands without one unless its type needs one (ontology.yaml)
    domestic = rule.type not in ontology().target_required and all(
        t.actor.sector is None for t in targets
    )
    optional = not needed or domestic
    for source, target in pairs(
        sources, targets, symmetric=symmetric, home=at_place, optional=optional
    ):
        yield make_event(trigger, sent, source, target, statement=statement, ctx=ctx)
        if rule.reverse is not None and target is not None:
            # '[042:043]': the visited party hosts the visitor, as the dictionary codes it
            yield make_event(_reversed(trigger), sent, target, source, statement=statement, ctx=ctx)


def _passive_subjects(verb: Token, ctx: Context) -> list[Argument]:
    """'Kenya's militia was freed from Uganda' under '+ * (FROM $)': the subject the pattern
    marks as the recipient is a passive's, which names no actor of its own act."""
    return resolve_all([c for c in verb.children if c.dep_ == "nsubjpass"], ctx.index)


def _reversed(trigger: Trigger) -> Trigger:
    """The trigger of a paired code's act back: the recipient's type, code and mode, read
    with the act's own flags (its modality, its `as_coded`)."""
    rule, back = trigger.rule, trigger.rule.reverse
    assert back is not None
    flipped = replace(rule, type=back.type, cameo=back.cameo, mode=back.mode, reverse=None)
    return replace(trigger, rule=flipped)


def mutual_recipient(trigger: Trigger) -> bool:
    """Whether the recipient is 'each other' or 'one another' (or their possessive: "tariffs
    on one another's goods"): coordinated sources then act on each other."""
    reciprocal = argument_words().reciprocal_pronouns
    tokens = target_tokens(trigger.verb, trigger.rule, noun=trigger.noun)
    heads = [*tokens, *(c for t in tokens for c in t.children if c.dep_ == "poss")]
    return any(t.i > 0 and f"{t.doc[t.i - 1].lower_} {t.lower_}" in reciprocal for t in heads)


def _parties(sources: list[Argument], rule: Rule) -> list[Argument]:
    """A rule flagged `official` (a visit) is done by a party, not by private people
    (`private_sectors` in ontology.yaml): 'thousands of Europeans traveled to Syria' is travel."""
    if not rule.has("official"):
        return sources
    private = ontology().private_sectors
    return [s for s in sources if s.actor.sector not in private]


def needs_recipient(trigger: Trigger, lex: Lexicon) -> bool:
    """Whether the act needs a coded recipient, read on the type it is coded as: 'will not
    accept further refugees' is a REJECT and 'had sworn to fight until …' a THREATEN, which
    need none, though asylum granted and a fight do. A reframed bare verb is let off only
    with no object or prepositional phrase of its own ('vowed to fight corruption', 'vowed to
    fight for workers' are no threats), a reframed pattern always (its noun is the object)."""
    rule = trigger.rule
    needed = rule.has("needs_target") or rule.type in ontology().target_required
    if not needed or not is_hypothetical(trigger.verb, lex):
        return needed
    negated = is_negated(trigger.verb, lex)
    reframed = reframe(rule, trigger.verb, negated=negated, lex=lex)
    if reframed is None or reframed.type in ontology().target_required:
        return True
    if trigger.noun is not None:
        # imported patterns misread phrasal verbs ('vowed not to back down from this fight')
        return rule.generated or (reframed.type == "AGREE" and rule.has("needs_target"))
    bare = not any(c.dep_ in ("dobj", "prep", "dative", "prt") for c in trigger.verb.children)
    return not (bare and reframed.type == "THREATEN")


def _recipient_tokens(trigger: Trigger, ctx: Context) -> list[Token]:
    """The rule's recipient phrase; a user dictionary's rule (`any_slot`) takes the party its
    pattern marks ('+'), else the first of its slots that names an actor, as PETRARCH takes
    the first actor after the verb ('welcomed memos on economic issues from Bree': not the
    issues), else the first actor in the verb's phrase, else the first slot filled."""
    if not trigger.rule.has("any_slot"):
        return _past_own_noun(trigger, ctx)
    if trigger.mark is not None:
        marked = first_actor_after(trigger.verb, ctx.index, after=trigger.mark)
        if marked:
            return marked
    filled = []
    for spec in trigger.rule.targets:
        single = replace(trigger.rule, targets=(spec,))
        tokens = target_tokens(trigger.verb, single, noun=trigger.noun)
        if resolve_targets(tokens, ctx.index):
            return tokens
        filled.append(tokens)
    named = first_actor_after(trigger.verb, ctx.index)
    if named:
        return named
    # none names an actor: the first phrase, for the pronoun and 'the two countries' readings
    return next((tokens for tokens in filled if tokens), [])


def _past_own_noun(trigger: Trigger, ctx: Context) -> list[Token]:
    """The rule's recipient phrase. A pattern's own noun as its object slot ('sent an envoy'
    for 'send envoy', slots 'dobj,with,to') is the recipient only where it names a party
    ('summoned Belarus's envoy'); else the next slot filled ('sent a special envoy to Uganda')."""
    tokens = target_tokens(trigger.verb, trigger.rule, noun=trigger.noun)
    if not tokens and trigger.rule.source == "patterns_cameo.tsv":
        return _hand_rule_slots(trigger, ctx)
    if trigger.noun is None or tokens != [trigger.noun] or resolve_targets(tokens, ctx.index):
        return tokens
    others = replace(trigger.rule, targets=tuple(s for s in trigger.rule.targets if s != "dobj"))
    return target_tokens(trigger.verb, others, noun=trigger.noun) or tokens


def _hand_rule_slots(trigger: Trigger, ctx: Context) -> list[Token]:
    """'arrived in England for a state visit': an imported pattern's slots are those of its
    type ('dobj,with,to' for a visit); where none is filled, the verb's own hand rule of the
    same type says where its recipient is ('arrive' + 'in', session 13)."""
    verb = trigger.verb
    for rule in ctx.lex.verbs.get(verb.lemma_.lower(), ()):
        if rule.type == trigger.rule.type and not rule.blocks:
            tokens = target_tokens(verb, rule, noun=None)
            if tokens:
                return tokens
    return []


def first_actor_after(verb: Token, index: ActorIndex, *, after: Token | None = None) -> list[Token]:
    """PETRARCH's recipient, where no slot names one: the first actor named after the verb
    (or after the word a pattern marks it after) in the verb's own phrase, however deep
    ('cordoned off the roads leading into Mordor', 'marched close to the border with Mordor'),
    not in a clause of its own ('said that …')."""
    start = (after or verb).i
    phrase = [c for c in verb.children if c.i > verb.i and c.dep_ in VERB_PHRASE_DEPS]
    named = sorted(
        (t for c in phrase for t in c.subtree if t.i > start and index.at(t.i) is not None),
        key=lambda t: t.i,
    )
    return named[:1]


def targets_of(trigger: Trigger, ctx: Context, *, unclaimed: bool) -> tuple[list[Argument], bool]:
    """Recipients, and whether they are places, which may be the source's own country: the
    place of an attack ('exploded bombs in Nairobi'), or a rule's locative recipient ('lifted
    the state of emergency in North Darfur' is Sudan easing a restriction on Sudan)."""
    verb, rule = trigger.verb, trigger.rule
    owners = taken_from(verb, rule, ctx.index)
    if owners:
        return owners, False
    tokens = _recipient_tokens(trigger, ctx)
    targets = (
        resolve_targets(tokens, ctx.index)
        or voice_recipient(tokens, ctx)
        or pronoun_recipient(tokens, verb, ctx)
        or [a for t in tokens[:1] for a in dual_parties(t, ctx)]
    )
    if tokens == [verb.head]:
        # 'groups backed by Russia and Iran': the noun a passive clause is on is its patient,
        # but the parties of that clause, inside the noun's phrase, are not (session 11)
        targets = [t for t in targets if not _within(t.token, verb)]
    if rule.type == "ACCUSE" and len(tokens) == 1 and _attack_noun(tokens[0]):
        # 'condemns the terrorist attack at the Radisson hotel in Bamako': where an attack
        # happened is no one accused of it (session 13; the accused is its author or no one)
        targets = [t for t in targets if not _placed_in(t.token, tokens[0])]
    at_place = unclaimed or (not targets and rule.type in ctx.lex.place_target_types)
    if not targets and at_place:
        targets = place_targets(verb, trigger.noun, ctx.index, kind=rule.type)
    words = argument_words()
    noun = trigger.noun.lemma_.lower() if trigger.noun is not None else ""
    if not targets and (rule.type in words.purpose_target_types or noun in words.agreement_nouns):
        # 'began a hunger strike to demand …', 'signed an accord to supply Peru with wheat'
        targets = purpose_targets(verb, ctx.index)
    if not targets and rule.type in words.requested_place_types:
        targets = requested_places(verb, ctx.index)
    if not targets and rule.type in words.condition_target_types:
        targets = condition_targets(verb, ctx.index)
    if not targets and rule.type in agents().requested_act_types:
        # 'called for urgent European counter-measures': Europe is asked (round 9)
        targets = resolve_targets(requested_agents(verb), ctx.index)
    if not targets and rule.type in agents().exchange_target_types:
        # 'lifted sanctions in exchange for the denuclearization of North Korea' (round 9)
        targets = resolve_targets(exchange_parties(verb), ctx.index)
    if not targets and rule.type in agents().agreement_target_types:
        # 'withdrew from a pact with Russia', 'pulled out of the Iran deal' (round 10)
        targets = agreement_parties(verb, trigger.noun, ctx.index)
    if not targets and rule.type in agents().own_people_types:
        # 'shelled its own people' (round 16)
        targets = own_people_targets(tokens, ctx.index, verb=verb, kind=rule.type)
    parties = warned_parties(verb)
    warned = resolve_targets(parties, ctx.index) if parties and _is_threat(trigger, ctx) else []
    if warned:
        return warned, False
    locative = bool(tokens) and all(t.head.lower_ in LOCATIVE_PREPS for t in tokens)
    return targets, at_place or locative


def _within(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def _attack_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in argument_words().attack_nouns


def _placed_in(token: Token, noun: Token) -> bool:
    """Whether the token sits in a phrase of place inside the noun's phrase ('at the hotel in
    Bamako', 'in Kabul')."""
    return any(
        a.dep_ == "prep" and a.lower_ in LOCATIVE_PREPS and _within(a, noun)
        for a in token.ancestors
        if a.i != noun.i and _within(a, noun)
    )


def taken_from(verb: Token, rule: Rule, index: ActorIndex) -> list[Argument]:
    """'seized the town from Ugandan forces', 'captured East Jerusalem from Jordan': a seizure
    acts on the party the thing was taken from (agents.yaml `taken_from_modes`; session 9),
    not in a succession ('took over from Clinton') or a distance ('fifty miles from')."""
    words = agents()
    if rule.mode not in words.taken_from_modes:
        return []
    if any(c.dep_ == "prt" and c.lower_ in words.taken_from_particles for c in verb.children):
        return []
    froms = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ == "from"
        and c.i > verb.i
        and not _after_distance(c, words.distance_nouns)
    ]
    return resolve_targets([o for f in froms for o in f.children if o.dep_ == "pobj"], index)


def forces_abroad(
    verb: Token, targets: list[Argument], sources: list[Argument], index: ActorIndex
) -> list[Argument]:
    """'withdraw some 5,000 U.S. troops present in different parts of Iraq', 'withdrew the
    troops it had stationed in Syria': own forces withdrawn are withdrawn from the country
    their phrase places them in (agents.yaml `withdrawn_forces_types`; session 9)."""
    home = {s.actor.country for s in sources}
    words = agents()
    own = [t.token for t in targets if t.actor.country in home and t.actor.sector == "MIL"]
    if targets and len(own) < len(targets):
        return []
    forces = own or [o for o in objects_of(verb) if o.lemma_.lower() in words.forces_nouns]
    inner = [
        token
        for head in forces
        for token in head.subtree
        if token.i > head.i
        and (actor := index.at(token.i)) is not None
        and actor.country not in (None, *home)
    ]
    return resolve_targets(inner[:1], index)


def _after_distance(preposition: Token, distance_nouns: frozenset[str]) -> bool:
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return before is not None and before.lemma_.lower() in distance_nouns


def dual_parties(noun: Token, ctx: Context) -> list[Argument]:
    """'Kenyan and Ugandan officials met on Monday. The two countries agreed to reopen the
    border': "the two countries", "both sides" stand for the two parties named in the sentence
    before or in this one before them, when exactly two are named there."""
    words = argument_words()
    marked = any(c.lower_ in words.dual_markers for c in noun.children)
    if noun.lemma_.lower() not in words.dual_nouns or noun.tag_ != "NNS" or not marked:
        return []
    parties: list[Argument] = []
    for i in range(window_start(noun), noun.i):
        found = _actor_at(ctx.doc[i], ctx)
        if found is not None and not any(same_party(found.actor, p.actor) for p in parties):
            parties.append(found)
    if len(parties) != 2:
        return []
    return [Argument(p.actor, noun, anaphoric=True) for p in parties]


def _actor_at(token: Token, ctx: Context) -> Argument | None:
    """The actor of the mention that starts at `token` (None inside a mention)."""
    actor = ctx.index.at(token.i)
    if actor is None or (token.i > 0 and ctx.index.at(token.i - 1) == actor):
        return None
    return Argument(actor, token)


# Dependencies of the heads of noun phrases a pronoun may stand for (not compounds or modifiers).
ANTECEDENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj", "ROOT", "oprd"}
)


def voice_recipient(tokens: Sequence[Token], ctx: Context) -> list[Argument]:
    """'Uganda attacked us', 'has threatened our country': in a document with a voice, a
    first-person object, or a noun of 'ours' that names no actor, outside quotation marks, is
    the voice (`voice_objects`, `voice_nouns` in agents.yaml; session 14)."""
    if ctx.voice is None or len(tokens) != 1 or _quoted(tokens[0], ctx):
        return []
    token, words = tokens[0], agents()
    if token.pos_ == "PRON" and token.lower_ in words.voice_objects:
        return [Argument(ctx.voice, token)]
    ours = any(c.dep_ == "poss" and c.lower_ in words.first_person for c in token.children)
    if ours and token.lemma_.lower() in words.voice_nouns:
        return [Argument(ctx.voice, token)]
    return []


def pronoun_recipient(tokens: Sequence[Token], verb: Token, ctx: Context) -> list[Argument]:
    """'Uganda massed troops. Kenya accused it of provocation', 'met Uganda's leader and urged
    him to withdraw': a recipient that is an object pronoun stands for the nearest noun phrase
    before it that it can stand for ('him' a person, 'it' a singular thing or body, 'them' a
    plural or a body), in its sentence or the one before, never for the subject of its own
    clause ("Kenya accused it" is not Kenya). When that phrase names no actor ("British
    officials detained him", Emwazi; "expected Israel to withdraw from it", the Golan), the
    recipient stays unnamed."""
    pronouns = argument_words().object_pronouns
    if len(tokens) != 1 or tokens[0].pos_ != "PRON" or tokens[0].lower_ not in pronouns:
        return []
    pronoun = tokens[0]
    own = {t.i for s in subject_of(verb) for t in s.subtree}
    antecedent = next(
        (t for t in _phrases_before(pronoun, ctx) if t.i not in own and _can_be(pronoun, t, ctx)),
        None,
    )
    found = np_actor(antecedent, ctx.index) if antecedent is not None else None
    return [] if found is None else [Argument(found.actor, pronoun, anaphoric=True)]


def _phrases_before(pronoun: Token, ctx: Context) -> list[Token]:
    """Heads of the noun phrases a pronoun may stand for, in the order a reader tries them:
    its own sentence before it, then the sentence before; in each, the phrases highest in the
    parse first (a subject or object before a phrase inside it: in "reviewed the deal with
    Iran and rejected it", the deal, not Iran), then the nearest (own sentence) or the first
    (sentence before)."""
    own = sentence_of(pronoun).start
    heads = [t for t in ctx.doc[own : pronoun.i] if _phrase_head(t)]
    ordered = sorted(heads, key=lambda t: (_depth(t), -t.i))
    previous = [t for t in ctx.doc[window_start(pronoun) : own] if _phrase_head(t)]
    return ordered + sorted(previous, key=lambda t: (_depth(t), t.i))


def _phrase_head(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in ANTECEDENT_DEPS


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _can_be(pronoun: Token, head: Token, ctx: Context) -> bool:
    """Whether an object pronoun can stand for a noun phrase with this head: its kind in
    `object_pronouns` is a person, a (singular, non-person) thing, or a plural or a body."""
    person = head.ent_type_ == "PERSON" or head.lemma_.lower() in ctx.lex.person_nouns
    plural = head.tag_ in ("NNS", "NNPS")
    kind = argument_words().object_pronouns.get(pronoun.lower_)
    if kind == "person":
        return person and not plural
    if kind == "thing":
        return not person and not plural
    # a body ('the government … them', 'a delegation … asked them'), but no one person ('the
    # minister said ISIS killed them')
    body = not person or head.lemma_.lower() in argument_words().body_nouns
    return plural or (body and ctx.index.at(head.i) is not None)


def _is_threat(trigger: Trigger, ctx: Context) -> bool:
    """Whether the trigger is coded as a threat, as a rule or as an announced conflictual act
    ('will launch missiles'), the way make_event reframes it."""
    rule, verb = trigger.rule, trigger.verb
    if rule.type == "THREATEN":
        return True
    if rule.source == "modifiers.yaml" or not is_hypothetical(verb, ctx.lex):
        return False
    negated = is_negated(verb, ctx.lex)
    reframed = reframe(rule, verb, negated=negated, lex=ctx.lex)
    return reframed is not None and reframed.type == "THREATEN"


def obligation_request(
    trigger: Trigger, sources: list[Argument], statement: int | None, ctx: Context
) -> tuple[Trigger, Argument, Argument] | None:
    """'Russia said Sudan must return the helicopter': in PLOVER an obligation a speaker lays
    on another actor is the speaker's REQUEST (CAMEO 10, demand) to that actor."""
    if statement is None or modality_of(trigger.verb, ctx.lex) != "obligation":
        return None
    speaker = ctx.statements[statement].speaker
    if speaker.actor is None or same_party(speaker.actor, sources[0].actor):
        return None
    rule = Rule(
        type="REQUEST",
        cameo=ctx.lex.modality.obligation_cameo,
        mode=None,
        targets=(),
        flags=frozenset(),
        source="modifiers.yaml",
    )
    said = Argument(speaker.actor, trigger.verb, anaphoric=False)
    return Trigger(trigger.verb, rule, trigger.noun), said, sources[0]


def sources_of(verb: Token, statement: int | None, ctx: Context) -> list[Argument]:
    """Coded subjects; a pronoun subject of a cue verb, or 'we' inside a quote, is the speaker."""
    subjects = subject_of(verb)
    found = resolve_all(subjects, ctx.index) or _issuer(verb, subjects, ctx)
    if found or not subjects:
        return found
    if pair := dual_parties(subjects[0], ctx):
        return pair
    pronoun = _pronoun_of(subjects[0], ctx.lex)
    if statement is None:
        return _governor_subject(verb, subjects[0], pronoun, ctx)
    speaker = ctx.statements[statement].speaker
    is_cue = ctx.said.cue_of(verb) is not None
    allowed = ctx.lex.cue_pronouns if is_cue else ctx.lex.content_pronouns
    if speaker.actor is not None and is_cue and _is_speaker_mention(subjects[0], speaker):
        return [Argument(speaker.actor, subjects[0], anaphoric=True)]
    if speaker.actor is None or pronoun not in allowed:
        return _governor_subject(verb, subjects[0], pronoun, ctx)
    return [Argument(speaker.actor, subjects[0], anaphoric=True)]


def _is_speaker_mention(subject: Token, speaker: Speaker) -> bool:
    """'Kim accused the United States of lying', after 'North Korean leader Kim Jong Un' was
    named: the subject of the cue verb is the speaker's own mention, which attribution has
    resolved (a surname, a description) where the actors layer alone could not. Any word of
    the mention counts, not only the pronouns of `cue_pronouns`: the span is the speaker's."""
    if speaker.start is None or speaker.end is None:
        return False
    return speaker.start <= subject.idx < speaker.end


def _issuer(verb: Token, subjects: list[Token], ctx: Context) -> list[Argument]:
    """'The PKK issued a declaration demanding that …': a clause on an object that is no
    actor (a declaration, a statement, a report) is the act of whoever issued the object."""
    noun = verb.head
    if verb.dep_ != "acl" or subjects != [noun] or noun.dep_ not in ("dobj", "obj"):
        return []
    if noun.lemma_.lower() not in argument_words().issued_nouns:
        return []
    return resolve_all(subject_of(noun.head), ctx.index)


def _pronoun_of(subject: Token, lex: Lexicon) -> str:
    """The pronoun a subject stands for: itself, or its possessor ('their forces' → they)."""
    if subject.pos_ == "PRON":
        return subject.lower_
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return lex.possessive_pronouns.get(owners[0].lower_, "") if owners else ""


def _governor_subject(verb: Token, subject: Token, pronoun: str, ctx: Context) -> list[Argument]:
    """'Russia denied that it would invade', 'Kenya says it is willing to pull out': a pronoun
    subject of a complement clause is the governing clause's subject (a one-step, rule-based
    coreference); the clause is the one the pronoun is the subject of, which may govern the
    event verb ('it is willing to pull out'). A main-clause pronoun takes the subject of the
    sentence before ('Russia massed troops. It then shelled Kharkiv.')."""
    if pronoun not in ctx.lex.cue_pronouns:
        return []
    clause = subject.head if subject.head.i != verb.i else verb
    first = pronoun in agents().first_person
    if clause.dep_ == "ROOT":
        # 'Hammond tweeted: I will be going to Beijing': a first person whose own sentence
        # names its speaker is that speaker's, not the previous sentence's subject (round 9)
        if first and _names_speaker(clause):
            return []
        if first and ctx.voice is not None and not _quoted(subject, ctx):
            return _voice_of(subject, ctx)
        return _previous_subject(clause, subject, ctx)
    if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
        return []
    if first and ctx.said.cue_of(clause.head) is None:
        # '"I call upon leaders in Pakistan … to stand up"', parsed with 'call' under 'stand':
        # a first person is the governor's subject only under a verb of saying (round 15)
        return _voice_of(subject, ctx)
    governor = clause.head
    found = [a for a in resolve_all(subject_of(governor), ctx.index) if agrees(pronoun, a)]
    if not found and clause.dep_ == "conj" and governor.dep_ == "ccomp":
        # 'Varek said the Chinese government was moving troops and he urged calm', parsed with
        # 'urged' on 'moving': 'he' is no government, but the sayer is a person
        said = governor.head
        found = [a for a in resolve_all(subject_of(said), ctx.index) if agrees(pronoun, a)]
    return [Argument(a.actor, subject, anaphoric=True) for a in found[:1]]


def _voice_of(subject: Token, ctx: Context) -> list[Argument]:
    """'We will continue to support the people of Afghanistan' in a speech: a first person in
    the narrative, outside quotation marks, is the document's own voice when the run names
    one (`--voice`, crossroads.voice; session 14). The user named it: it is no guess, and
    does not lower the event's confidence as an antecedent found by rule does."""
    if ctx.voice is None or _quoted(subject, ctx):
        return []
    return [Argument(ctx.voice, subject, anaphoric=False)]


def _quoted(token: Token, ctx: Context) -> bool:
    return any(start <= token.idx < end for start, end in ctx.quoted)


def _quoted_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    return tuple((quote.start, quote.end) for quote in find_quotes(doc_text(doc)))


def _names_speaker(root: Token) -> bool:
    """Whether a reporting clause with a noun subject hangs on the sentence's root ('Hammond
    tweeted: I will …', '"We will …," the minister said'): the sentence says who speaks."""
    return any(
        c.dep_ in ("ccomp", "parataxis")
        and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children)
        for c in root.children
    )


def agrees(pronoun: str, antecedent: Argument) -> bool:
    """'He' is no country and 'it' no person: an antecedent of the wrong kind is none. The
    kind is the actor's ('Libya' is a state, with no sector) where the small model's entity
    label is unreliable (it often tags 'Cameron' or 'Trump' as a place)."""
    words = argument_words()
    wrong = words.pronoun_mismatch.get(pronoun, frozenset())
    actor = antecedent.actor
    if "PERSON" in wrong:
        return antecedent.token.ent_type_ != "PERSON"
    if "STATE" in wrong and antecedent.token.lemma_.lower() in words.body_nouns:
        return False  # 'he' is no government: 'the Chinese government … and he urged calm'
    return not wrong or actor.sector is not None or actor.org is not None


def _previous_subject(root: Token, subject: Token, ctx: Context) -> list[Argument]:
    """The one actor that is the main subject of the previous sentence, if there is one."""
    position = sentence_index(root)
    if position == 0:
        return []
    previous = sentences(ctx.doc)[position - 1].root
    pronoun = subject.lower_
    found = [a for a in resolve_all(subject_of(previous), ctx.index) if agrees(pronoun, a)]
    return [Argument(found[0].actor, subject, anaphoric=True)] if len(found) == 1 else []


def pairs(
    sources: list[Argument],
    targets: list[Argument],
    *,
    symmetric: bool,
    home: bool = False,
    optional: bool = False,
) -> Iterator[tuple[Argument, Argument | None]]:
    """Source–target pairs; coordinated subjects of a symmetric verb act on each other. A
    place recipient (`home`) may be the source's own country: 'Turkish authorities imposed a
    curfew in Mardin' is Turkey coercing Turkey, as PLOVER codes it. A named recipient of the
    source's own party is dropped; when it was the only one and the type needs no recipient,
    the act is kept with none ('France's president attended a Paris summit': no France→France)."""
    if not targets and symmetric and len(sources) > 1:
        for s in sources:
            for t in sources:
                if not same_party(s.actor, t.actor):
                    yield s, t
        return
    for source in sources:
        kept = [t for t in targets if home or not same_party(t.actor, source.actor)]
        if home and len(kept) > 1:
            # 'people blocked roads in Nairobi in defiance of Ugandan authorities': the
            # place that gave the source is not also its recipient
            kept = [t for t in kept if not _itself(t.actor, source.actor)] or kept
        if targets and not kept and not optional:
            continue
        yield from ((source, t) for t in kept) if kept else [(source, None)]


def _itself(a: Actor, b: Actor) -> bool:
    """The same actor named twice ('the United States … to the United States')."""
    return (a.name, a.country, a.org, a.sector) == (b.name, b.country, b.org, b.sector)


def same_party(a: Actor, b: Actor) -> bool:
    """One country (or one organisation): no event of a party with itself across sectors
    is coded from a list ("urged Chile, the United States and others" said by a US body)."""
    return (a.country, a.org) == (b.country, b.org) and a.sector in (b.sector, None)


def make_event(
    trigger: Trigger,
    sent: Span,
    source: Argument,
    target: Argument | None,
    *,
    statement: int | None,
    ctx: Context,
) -> Event:
    rule = trigger.rule
    negated = is_negated(trigger.verb, ctx.lex)
    hypothetical = is_hypothetical(trigger.verb, ctx.lex)
    if hypothetical and rule.source != "modifiers.yaml":
        reframed = reframe(rule, trigger.verb, negated=negated, lex=ctx.lex)
        if reframed is not None:
            rule, hypothetical, negated = reframed, False, False
    return Event(
        type=rule.type,
        source=source.actor,
        target=None if target is None else target.actor,
        evidence=Evidence(sent.text, sent.start_char, sent.end_char),
        mode=rule.mode,
        negated=negated,
        hypothetical=hypothetical,
        intensity=intensity_of(rule.cameo),
        quad=quad_of(rule.cameo),
        cameo_root=rule.cameo[:2],
        statement=statement,
        confidence=confidence(trigger, source, target, hypothetical=hypothetical),
    )


def reframe(rule: Rule, verb: Token, *, negated: bool, lex: Lexicon) -> Rule | None:
    """PLOVER's reading of a stated intention (modifiers.yaml `intent`): a cooperative act
    promised is AGREE ("will visit", "is ready to send troops"), refused is REJECT ("would
    not meet demands"); a conflictual act announced is THREATEN ("will impose sanctions"), as
    is any intention under a condition ("will withdraw unless"); a rule flagged
    `announced_as_act` stays itself, asserted, under its own "will" ("will resign" is RETREAT;
    "agreed to resign" is still an AGREE). None: the act keeps its type, as does a user
    dictionary's rule (`as_coded`). The modality is the verb's (`modality_of`)."""
    mod = lex.modality
    modality = modality_of(verb, lex)
    if modality not in ("intent", "weak_intent", "ultimatum") or rule.has("as_coded"):
        return None
    if modality == "ultimatum" and not negated:
        return _as(rule, "THREATEN", "139")
    if modality == "intent" and not negated and _announced(rule, verb, lex):
        return rule  # 'will resign', 'will step down': the act, as PLOVER's gold codes it
    if rule.type in mod.agree_codes:
        if negated:
            return _as(rule, "REJECT", "120")
        return _as(rule, "AGREE", mod.agree_codes[rule.type])
    if rule.type in mod.threaten_codes and modality == "intent" and not negated:
        return _as(rule, "THREATEN", mod.threaten_codes[rule.type])
    return None


def _announced(rule: Rule, verb: Token, lex: Lexicon) -> bool:
    if not rule.has("announced_as_act"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in lex.modality.intent_modals for c in verb.children)


def _as(rule: Rule, kind: str, cameo: str) -> Rule:
    return Rule(kind, cameo, None, rule.targets, rule.flags, rule.particle, rule.source)


def confidence(
    trigger: Trigger, source: Argument, target: Argument | None, *, hypothetical: bool = False
) -> float:
    """A rough prior: explicit recipients and light-verb patterns are surer than bare verbs;
    hand rules surer than imported ones; a hypothetical act ('threatened to impose
    sanctions') less sure than the act that frames it (the threat)."""
    score = 0.8 if target is not None else 0.6
    if trigger.noun is not None:
        score += 0.05
    if trigger.rule.generated:
        score -= 0.05
    if trigger.rule.source == "nouns.tsv":
        score -= 0.1
    if hypothetical:
        score -= 0.1
    if is_purpose(trigger.verb):
        score -= 0.2
    if source.anaphoric or (target is not None and target.anaphoric):
        score -= 0.15
    return round(min(score, 0.95), 2)


def restates_governor(trigger: Trigger, lex: Lexicon) -> bool:
    """'Began a hunger strike to protest the detentions', 'will visit Mauritania to mediate': a
    purpose clause of the governing act's own type that names no recipient of its own restates
    that act, it is no second event ('visited Prague to meet with Russians' is one); so does an
    infinitive complement ('summoned Belarus's envoy to deliver a formal protest')."""
    if not (is_purpose(trigger.verb) or _infinitive_complement(trigger.verb)):
        return False
    governor = match_rule(trigger.verb.head, lex)
    return governor is not None and governor.rule.type == trigger.rule.type


def _infinitive_complement(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_purpose(verb: Token) -> bool:
    """A purpose clause ('staged rallies to demand reforms'): the act that serves the purpose
    (the protest) is the event the sentence reports, so the purpose ranks below it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, source, target, sentence, flags): two statements over the same
    words ("promised that 'we will stand by our partners'") report one act, and so do a person and
    the country named in his phrase ("Kenya's President … criticized")."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Event] = []
    for e in events:
        key = (e.type, _key(e.source), _key(e.target), e.evidence.start, e.negated, e.hypothetical)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return [e for e in kept if not _bare_country_twin(e, kept) and not _targetless_twin(e, kept)]


def _bare_country_twin(event: Event, events: list[Event]) -> bool:
    """A bare country as source where the same act has a source of that country with a role:
    the possessor of "Turkey's president", not a party of its own."""
    source = event.source
    if source.sector is not None or source.org is not None or source.country is None:
        return False
    return any(
        other.source.country == source.country
        and other.source.sector is not None
        and (other.type, _key(other.target), other.evidence.start)
        == (event.type, _key(event.target), event.evidence.start)
        and (other.negated, other.hypothetical) == (event.negated, event.hypothetical)
        for other in events
    )


def _targetless_twin(event: Event, events: list[Event]) -> bool:
    """An act with no recipient where the same source does the same act to another party in
    the same sentence ('ended combat and pulled troops out of Iraq', 'is rejecting its
    obligations and has rebuffed U.S. efforts'): the bare record only repeats the one that
    names whom it is aimed at (round 16). A source of the same country counts as the same
    source ('Trump withdrew from the deal … the United States re-imposes sanctions against
    Tehran'): one state's two names."""
    if event.target is not None:
        return False
    return any(
        other.target is not None
        and not same_party(other.target, event.source)
        and (other.type, _party(other.source), other.evidence.start)
        == (event.type, _party(event.source), event.evidence.start)
        and (other.negated, other.hypothetical) == (event.negated, event.hypothetical)
        for other in events
    )


def _party(actor: Actor) -> tuple[str | None, ...]:
    """A state's or an organisation's code, whatever sector or name stands for it."""
    if actor.country is None and actor.org is None:
        return _key(actor)
    return (actor.country, actor.org)


def _key(actor: Actor | None) -> tuple[str | None, ...]:
    """Two names of one party are one party: 'imposed a curfew in the district of Mardin in
    southeastern Turkey' is one curfew on Turkey, not one on Mardin and one on Turkey."""
    if actor is None:
        return (None,)
    coded = actor.country is not None or actor.org is not None
    return (actor.country, actor.org, actor.sector, None if coded else actor.name)
