"""Statements as events: criticism is ACCUSE, appeals REQUEST, warnings THREATEN …

Why a second pass: a statement whose cue is neutral ("said", "noted", "argued") is still an
act of its speaker towards whoever the words are about. Statements that already gave an event
in the verb pass (their cue verb or a verb inside them matched a rule) are left alone, so a
statement is coded once, and only from the words around it (data/said.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from crossroads.events.arguments import ActorIndex, Argument, can_act, resolve_all
from crossroads.events.lexicon import Lexicon, SaidClass
from crossroads.events.modifiers import in_question, is_negated
from crossroads.events.ontology import data_yaml, intensity_of, quad_of
from crossroads.events.statements import cue_token
from crossroads.model import Actor, Event, Evidence, Statement
from crossroads.nlp.sentences import sentence_of

# A dataclass of said.yaml word lists (Mandative, Forecast, WarningSigns).
WordSets = TypeVar("WordSets")

MAIN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
MAIN_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
# A cue word under one of these is said of a noun, not of the clause's subject.
STOP_DEPS = frozenset({"acl"})


@dataclass(frozen=True, slots=True)
class AddressedCue:
    """A cue that reports what the speaker was asked or told, not what the speaker said
    ('Asked whether Kenya would …, he ruled it out'): its tags and dependencies (said.yaml)."""

    tags: frozenset[str]
    deps: frozenset[str]
    own_deps: frozenset[str]


@dataclass(frozen=True, slots=True)
class Allegation:
    """Verbs of allegation, the acts and the crime words that make an allegation an
    accusation of the one said to have done them (said.yaml, `allegation`)."""

    said: SaidClass
    act_types: frozenset[str]
    crime_words: frozenset[str]


@cache
def allegation_rule() -> Allegation:
    """Read once per process from said.yaml."""
    raw = data_yaml("said.yaml")["allegation"]
    said = SaidClass(
        type=str(raw["type"]),
        cameo=str(raw["cameo"]),
        mode=raw.get("mode"),
        cue_verbs=frozenset(str(w).lower() for w in raw["cue_verbs"]),
        words=frozenset(),
        needs_cue_verb=True,
        target_from=("subject",),
    )
    return Allegation(
        said=said,
        act_types=frozenset(str(t) for t in raw["act_types"]),
        crime_words=frozenset(str(w).lower() for w in raw["crime_words"]),
    )


@cache
def addressed_cue() -> AddressedCue:
    """Read once per process from said.yaml."""
    raw = data_yaml("said.yaml")["addressed_cue"]
    return AddressedCue(
        tags=frozenset(str(t) for t in raw["tags"]),
        deps=frozenset(str(d) for d in raw["deps"]),
        own_deps=frozenset(str(d) for d in raw["own_deps"]),
    )


@cache
def cooperative_vow() -> tuple[frozenset[str], frozenset[str]]:
    """(cue verbs, verbs of help) read once per process from said.yaml."""
    raw = data_yaml("said.yaml")["cooperative_vow"]
    return (
        frozenset(str(w).lower() for w in raw["cue_verbs"]),
        frozenset(str(w).lower() for w in raw["verbs"]),
    )


@dataclass(frozen=True, slots=True)
class OwnAct:
    """Said-class words that name an act of their own subject or possessor, and the modals
    whose obligation holds only in a plain active clause (said.yaml `own_act`, round 15)."""

    words: frozenset[str]
    speaker_words: frozenset[str]
    national_deps: frozenset[str]
    frames: dict[str, frozenset[str]]
    modals: frozenset[str]
    perfect: frozenset[str]
    entitled: frozenset[str]


@cache
def own_act() -> OwnAct:
    """Read once per process from said.yaml."""
    raw = data_yaml("said.yaml")["own_act"]
    return OwnAct(
        words=frozenset(str(w).lower() for w in raw["words"]),
        speaker_words=frozenset(str(w).lower() for w in raw["speaker_words"]),
        national_deps=frozenset(str(d) for d in raw["national_deps"]),
        frames={str(k): frozenset(str(v) for v in vs) for k, vs in raw["frames"].items()},
        modals=frozenset(str(w).lower() for w in raw["modals"]["words"]),
        perfect=frozenset(str(w).lower() for w in raw["modals"]["perfect"]),
        entitled=frozenset(str(w).lower() for w in raw["modals"]["entitled"]),
    )


@dataclass(frozen=True)
class Mandative:
    """said.yaml `mandative`: cues that ask only over a mandative clause, the modals of
    obligation that make one, and the prepositions that ask by themselves ('insisted on')."""

    cues: frozenset[str]
    modals: frozenset[str]
    preps: frozenset[str]


@cache
def mandative() -> Mandative:
    """Read once per process."""
    return _word_sets("mandative", Mandative)


@dataclass(frozen=True)
class Forecast:
    """said.yaml `forecast`: when an expectation forecasts instead of asking."""

    words: frozenset[str]
    clause_deps: frozenset[str]
    comparative_marks: frozenset[str]
    agenda: frozenset[str]


@cache
def forecast_rule() -> Forecast:
    """Read once per process from said.yaml."""
    return _word_sets("forecast", Forecast)


@dataclass(frozen=True)
class WarningSigns:
    """said.yaml `warning`: the signs that a warning threatens."""

    cues: frozenset[str]
    addressee_deps: frozenset[str]
    conditions: frozenset[str]
    inverted: frozenset[str]
    speaker_subjects: frozenset[str]
    directive_modals: frozenset[str]
    future_modals: frozenset[str]


@cache
def warning_rule() -> WarningSigns:
    """Read once per process from said.yaml."""
    return _word_sets("warning", WarningSigns)


def _field_names(kind: Any) -> list[str]:
    return [field.name for field in fields(kind)]


def _word_sets(section: str, kind: type[WordSets]) -> WordSets:
    """A said.yaml section whose every key is a word list, as the dataclass `kind` whose
    fields name those keys (words lowered: dependency labels are lower case already)."""
    raw = data_yaml("said.yaml")[section]
    return kind(
        **{name: frozenset(str(w).lower() for w in raw[name]) for name in _field_names(kind)}
    )


@cache
def condition_marks() -> frozenset[str]:
    """Read once per process from said.yaml."""
    raw = data_yaml("said.yaml")["condition_marks"]
    return frozenset(str(w).lower() for w in raw)


def _cooperative_vow(cue_lemma: str, content: Span) -> bool:
    """'Kenya vowed to help Uganda': a vow whose content's main verb is an act of help is a
    promise of cooperation, not a threat against the one helped (round 14)."""
    cues, verbs = cooperative_vow()
    if cue_lemma not in cues:
        return False
    inside = range(content.start, content.end)
    roots = [t for t in content if t.head.i == t.i or t.head.i not in inside]
    return any(t.lemma_.lower() in verbs for t in roots)


def is_addressed(cue: Token | None) -> bool:
    """'Asked whether Pakistan would allow …', 'Karimov, urged by Uganda to …, said': a bare
    passive participle with no subject or auxiliary of its own reports a question or an appeal
    put to the speaker; it is no act of the speaker towards anyone."""
    if cue is None:
        return False
    rule = addressed_cue()
    if cue.tag_ not in rule.tags or cue.dep_ not in rule.deps:
        return False
    return not any(c.dep_ in rule.own_deps for c in cue.children)


def said_events(
    doc: Doc,
    statements: Sequence[Statement],
    events: Sequence[Event],
    *,
    index: ActorIndex,
    lex: Lexicon,
    blocked: set[int],
) -> Iterator[Event]:
    """One event per statement whose speaker is an actor and whose words classify it."""
    coded = [statements[e.statement] for e in events if e.statement is not None]
    for number, statement in enumerate(statements):
        speaker = statement.speaker.actor
        if speaker is None or _outlet_report(doc, statement, speaker, lex):
            continue
        content = doc.char_span(statement.start, statement.end, alignment_mode="expand")
        if content is None or sentence_of(content[0]).start in blocked:
            continue
        reported = [e for e in events if e.statement == number]
        accused = allegations(number, statement, content, speaker, reported, index=index, lex=lex)
        yield from accused
        if accused or any(_overlap(statement, other) for other in coded):
            continue
        event = statement_event(number, statement, content, speaker, index=index, lex=lex)
        if event is not None:
            yield event


def _outlet_report(doc: Doc, statement: Statement, speaker: Actor, lex: Lexicon) -> bool:
    """'according to Egypt's state news agency, Israel must halt its aggression': a news
    outlet reporting takes no position, so its statement is no event of its own."""
    if speaker.sector not in lex.reporter_sectors:
        return False
    cue = cue_token(doc, statement)
    words = {w.lower() for w in statement.cue.split()[:1]}
    if cue is not None:
        words.add(cue.lemma_.lower())
    return bool(words & lex.reporter_cues)


def allegations(
    number: int,
    statement: Statement,
    content: Span,
    speaker: Actor,
    reported: Sequence[Event],
    *,
    index: ActorIndex,
    lex: Lexicon,
) -> list[Event]:
    """'The US claimed that ISIL had attacked Iraq': alleging a hostile act or a crime of
    another party accuses it (CAMEO 112), next to the act reported. The accused is the
    source of a conflictual act said in the words, else, with a crime word in them ('alleged
    that France was aware of preparations for the genocide'), the content's subject."""
    rule = allegation_rule()
    cue = cue_token(content.doc, statement)
    if cue is None or cue.lemma_.lower() not in rule.said.cue_verbs:
        return []
    if is_addressed(cue) or is_negated(cue, lex):
        return []
    accused = _accused(content, speaker, reported, rule, index=index, lex=lex)
    sentences = content.doc[sentence_of(content[0]).start : sentence_of(content[-1]).end]
    return [_event(rule.said, number, sentences, speaker, a, confidence=0.5) for a in accused]


def _accused(
    content: Span,
    speaker: Actor,
    reported: Sequence[Event],
    rule: Allegation,
    *,
    index: ActorIndex,
    lex: Lexicon,
) -> list[Argument]:
    """Parties said to have done a conflictual act, else the subject of a crime word."""
    found = _authors(content, speaker, reported, rule.act_types)
    if found:
        return found
    if not any(_crime_word(t, rule, lex) for t in content):
        return []
    target = content_target(content, ("subject",), speaker, index, victims=lex.victim_verbs)
    return [] if target is None else [target]


def _authors(
    content: Span, speaker: Actor, reported: Sequence[Event], types: frozenset[str]
) -> list[Argument]:
    """Distinct other parties that did a reported act of these types, neither negated nor
    hypothetical."""
    found: dict[tuple[str | None, str | None], Argument] = {}
    for event in reported:
        if event.type not in types or event.negated or event.hypothetical:
            continue
        if not _same_actor(event.source, speaker):
            key = (event.source.country, event.source.org)
            found.setdefault(key, Argument(event.source, content[0], anaphoric=False))
    return list(found.values())


def _crime_word(token: Token, rule: Allegation, lex: Lexicon) -> bool:
    words = rule.crime_words
    return (token.lemma_.lower() in words or token.lower_ in words) and not is_negated(token, lex)


def _overlap(a: Statement, b: Statement) -> bool:
    """Nested statements ('She noted that Moscow expects …') are coded once."""
    return a.start < b.end and b.start < a.end


def statement_event(
    number: int,
    statement: Statement,
    content: Span,
    speaker: Actor,
    *,
    index: ActorIndex,
    lex: Lexicon,
) -> Event | None:
    doc = content.doc
    sentences = doc[sentence_of(content[0]).start : sentence_of(content[-1]).end]
    cue = cue_token(doc, statement)
    if is_addressed(cue):
        return None
    cue_lemma = cue.lemma_.lower() if cue is not None else statement.cue.lower()
    helping = _cooperative_vow(cue_lemma, content)
    span = _speaker_span(statement)
    for said in lex.said:
        if helping and said.type == "THREATEN":
            continue
        victims = lex.victim_verbs if said.type == "ACCUSE" else frozenset()
        if cue_lemma in said.cue_verbs and _asserts(cue, cue_lemma, content):
            continue
        if said.type == "THREATEN" and _bare_warning(cue, content, said, speaker, index):
            continue
        if cue_lemma in said.cue_verbs:
            target = content_target(content, said.target_from, speaker, index, victims=victims)
        elif not said.needs_cue_verb and (
            anchors := _own_duties_out(_anchors(sentences, said, lex, span), speaker, index)
        ):
            target = _anchored_target(anchors, content, said, speaker, index, victims=victims)
        else:
            continue
        if target is not None:
            return _event(said, number, sentences, speaker, target, confidence=0.5)
    tone_rule = lex.accuse_tone is not None and statement.tone <= lex.accuse_tone
    if tone_rule and not _joint_subject(content, speaker, index):
        target = content_target(content, ("subject",), speaker, index, victims=lex.victim_verbs)
        accuse = next((c for c in lex.said if c.type == "ACCUSE"), None)
        if target is not None and accuse is not None:
            return _event(accuse, number, sentences, speaker, target, confidence=0.4)
    return None


def _asserts(cue: Token | None, cue_lemma: str, content: Span) -> bool:
    """'insisted that the Chinese be present' demands, 'insisted that the sanctions were
    working' asserts: a cue of `mandative.cues` asks only over a mandative clause, whose verb is
    a bare subjunctive or carries a modal of obligation, or with a preposition of its own
    ('insisted on a ceasefire') (round 15)."""
    rule = mandative()
    if cue_lemma not in rule.cues:
        return False
    if cue is not None and any(
        c.dep_ == "prep" and c.lower_ in rule.preps and c.i > cue.i for c in cue.children
    ):
        return False  # 'insisted on a ceasefire'; not 'On Monday, … insisted that' (session 13)
    inside = range(content.start, content.end)
    roots = [t for t in content if t.head.i == t.i or t.head.i not in inside]
    return not any(_mandative(t, rule.modals) for t in roots if t.pos_ in ("VERB", "AUX"))


def _bare_warning(
    cue: Token | None, content: Span, said: SaidClass, speaker: Actor, index: ActorIndex
) -> bool:
    """'warned that a drawdown of troops risks a resurgence of the group', 'warned that Uganda
    has a history of breaking deals': a warning to no one in particular whose clause states a
    danger or a fact threatens no one; 'warned that it would retaliate', 'warned that Uganda
    would face consequences if …', 'warned that Uganda will be held accountable' do (the signs
    are in said.yaml `warning`) (round 16)."""
    rule = warning_rule()
    if cue is None or cue.lemma_.lower() not in rule.cues:
        return False
    if any(c.dep_ in rule.addressee_deps for c in cue.children):
        return False
    inside = range(content.start, content.end)
    roots = [t for t in content if t.head.i == t.i or t.head.i not in inside]
    clauses = [r for r in roots if r.pos_ in ("VERB", "AUX") and _clause_args(r, MAIN_SUBJECT_DEPS)]
    if not clauses or any(t.lemma_.lower() in said.words for t in content):
        return False
    if any(_conditional(t, rule) for t in content):
        return False
    return not any(_threat_clause(r, rule, speaker, index) for r in clauses)


def _conditional(token: Token, rule: WarningSigns) -> bool:
    """'if Uganda refuses', 'otherwise', 'should China retaliate' (an inverted auxiliary)."""
    if token.lower_ in rule.conditions and token.dep_ in ("mark", "advmod"):
        return True
    if token.lower_ not in rule.inverted or token.dep_ not in ("aux", "auxpass"):
        return False
    return any(c.dep_ in MAIN_SUBJECT_DEPS and c.i > token.i for c in token.head.children)


def _threat_clause(root: Token, rule: WarningSigns, speaker: Actor, index: ActorIndex) -> bool:
    """The speaker's own act ('it would retaliate'), a duty laid on the one warned ('Uganda
    must withdraw'), or a future passive ('Uganda will be held accountable')."""
    verbs = [root] + [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
    subjects = _clause_args(root, MAIN_SUBJECT_DEPS)
    if any(s.lower_ in rule.speaker_subjects for s in subjects):
        return True
    if any(_same_actor(a.actor, speaker) for a in resolve_all(subjects, index)):
        return True
    auxes = [c.lower_ for v in verbs for c in v.children if c.dep_ == "aux"]
    if any(a in rule.directive_modals for a in auxes):
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for v in verbs for c in v.children)
    return passive and any(a in rule.future_modals for a in auxes)


def _mandative(verb: Token, modals: frozenset[str]) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in modals for a in auxes):
        return True
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    # 'that the Chinese be present' (often tagged VBP), 'that the rebels withdraw'
    return verb.tag_ == "VB" or verb.lower_ == "be" or (verb.tag_ == "VBP" and verb.lemma_ != "be")


def _anchors(
    sentences: Span, said: SaidClass, lex: Lexicon, speaker: tuple[int, int]
) -> list[Token]:
    """Cue words of a class, except negated ones ('said it had not managed to call for
    the militias to leave' requests nothing) and, for a class of active words, passive
    participles ('war games, expected to be joined by Italian vessels': no party expects)."""
    words = said.words
    return [
        t
        for t in sentences
        if (t.lemma_.lower() in words or t.lower_ in words)
        and not is_negated(t, lex)
        and not _negated_predicate(t, lex)
        and not (said.active_words and _passive_participle(t))
        and not in_question(t, lex)
        and not _others_act(t, speaker)
        and not _no_obligation(t)
        and not _in_condition(t)
        and not forecasts(t)
    ]


def forecasts(token: Token) -> bool:
    """'expected tariffs on Ugandan goods to go forward', 'expects the talks to resume', 'an
    expectation that Okoro will not be re-elected', 'expect Kenya to be a main topic': an
    expectation whose clause is no act of a party (its subject cannot act, or undergoes a
    passive, or is an agenda's topic) forecasts; it asks nothing of anyone (round 16).
    'expects Uganda to withdraw its troops' still asks Uganda."""
    rule = forecast_rule()
    if token.lemma_.lower() not in rule.words:
        return False
    # what is expected follows the word; a clause before it is a sentence it closes
    clauses = [
        c
        for c in token.children
        if c.dep_ in rule.clause_deps and c.pos_ in ("VERB", "AUX") and c.i > token.i
    ]
    return any(_no_act(clause, rule) for clause in clauses)


def _no_act(clause: Token, rule: Forecast) -> bool:
    """A clause whose subject cannot act, is passive, or is an agenda item after 'be'."""
    subjects = [c for c in clause.children if c.dep_ in MAIN_SUBJECT_DEPS]
    if not subjects or any(
        c.dep_ == "mark" and c.lower_ in rule.comparative_marks for c in clause.children
    ):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return True
    if clause.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in rule.agenda for c in clause.children
    ):
        return True
    return not any(can_act(s) for s in subjects)


def _own_duties_out(anchors: list[Token], speaker: Actor, index: ActorIndex) -> list[Token]:
    """'argued that Kenya and Uganda should work together', said by Kenya: a modal of
    obligation whose subjects include the speaker's own party proposes a joint course; it asks
    nothing of the other party (round 16). 'said that Uganda should withdraw' still asks."""
    modals = own_act().modals
    return [a for a in anchors if not (a.lower_ in modals and _joint_duty(a, speaker, index))]


def _joint_duty(modal: Token, speaker: Actor, index: ActorIndex) -> bool:
    subjects = [c for c in modal.head.children if c.dep_ in MAIN_SUBJECT_DEPS]
    phrases = subjects + [c for s in subjects for c in s.conjuncts]
    return any(_same_actor(a.actor, speaker) for a in resolve_all(phrases, index))


def _in_condition(token: Token) -> bool:
    """'We cannot predict whether the claims of a genocide would have come to pass', 'if the
    genocide were happening now, it would not poll well': a word in a clause marked as a
    condition or an open question (said.yaml `condition_marks`) is supposed or asked about,
    not asserted of anyone, up to the sentence's main verb (round 15). A possessed noun
    presupposes what it names even there: 'if China does not stop its illegal activities'
    still accuses China."""
    marks = condition_marks()
    noun = token.head if token.dep_ == "amod" else token
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    current = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _speaker_span(statement: Statement) -> tuple[int, int]:
    """The speaker's character offsets in the text, or an empty span when unknown."""
    start, end = statement.speaker.start, statement.speaker.end
    return (-1, -1) if start is None or end is None else (start, end)


def _negated_predicate(token: Token, lex: Lexicon) -> bool:
    """'Moscow's involvement was not welcome', 'the settlements are not illegal': a predicate
    adjective is negated on its copula (round 15)."""
    return token.dep_ == "acomp" and token.head.pos_ == "AUX" and is_negated(token.head, lex)


def _others_act(token: Token, speaker: tuple[int, int]) -> bool:
    """'Hezbollah's support of Assad', 'the group supports the boycott', 'China demands
    obedience': a word of support or of asking with a subject or possessor of its own other
    than the speaker names that party's act, which the speaker only reports; it is no act of
    the speaker towards that party. A verb out of its asking frame ('called Uganda a partner',
    'expected to speak') asks nothing either (round 15)."""
    rule = own_act()
    word = token.lemma_.lower() if token.lemma_.lower() in rule.words else token.lower_
    if word not in rule.words:
        return False
    if token.pos_ == "VERB":
        if word in rule.frames and not _in_frame(token, rule.frames[word]):
            return True
        agents = _verb_agents(token)
    elif token.pos_ in ("NOUN", "PROPN"):
        agents = [c for c in token.children if c.dep_ == "poss"]
        agents += [c for c in token.children if c.dep_ in rule.national_deps and _national(c)]
    else:
        return False
    return any(not _is_speaker(a, speaker, rule) for a in agents)


def _in_frame(verb: Token, frame: frozenset[str]) -> bool:
    """A child of one of the frame's dependencies, or a preposition of it ('called on')."""
    return any(c.dep_ in frame or (c.dep_ == "prep" and c.lower_ in frame) for c in verb.children)


def _is_speaker(agent: Token, speaker: tuple[int, int], rule: OwnAct) -> bool:
    """The speaker's own words for himself ('we', 'he said he supported'), the speaker's
    name, or a relative pronoun on it ('Kenya, which called on Uganda to …, said')."""
    if agent.lower_ in rule.speaker_words:
        return True
    named = agent.head.head if agent.tag_ in ("WDT", "WP") else agent
    return speaker[0] <= named.idx < speaker[1]


def _verb_agents(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it complements or is joined to ('wanted to
    continue backing', 'took part in or supported the operations')."""
    current = verb
    for _ in range(4):
        found = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if found or current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return found
        current = current.head
    return []


def _national(token: Token) -> bool:
    """'Iranian support', 'Russian and Iranian backing': a nationality names the supporter."""
    return token.ent_type_ == "NORP" or any(c.ent_type_ == "NORP" for c in token.conjuncts)


def _no_obligation(token: Token) -> bool:
    """A modal of obligation lays a duty on its subject only in a plain active clause: not in
    the perfect ('the Europeans must have seen', 'we should have done it long ago' judge or
    regret the past), not inverted into a condition ('should Kenya act unwisely'), not over a
    passive, whose subject undergoes the act and is asked nothing ('the backstop must be
    replaced', 'Kenya should be readmitted'), not over a verb of having ('Iran should have
    access to nuclear energy', 'the people must have the right to govern themselves' state an
    entitlement) (round 15)."""
    rule = own_act()
    if token.lower_ not in rule.modals or token.dep_ != "aux":
        return False
    verb = token.head
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps or "nsubjpass" in deps or verb.lemma_.lower() in rule.entitled:
        return True
    if any(c.dep_ == "aux" and c.i > token.i and c.lower_ in rule.perfect for c in verb.children):
        return True
    return any(c.dep_ in MAIN_SUBJECT_DEPS and c.i > token.i for c in verb.children)


def _passive_participle(token: Token) -> bool:
    """A past participle with a passive auxiliary or with none ('has urged' is active)."""
    if token.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in token.children}
    return "auxpass" in deps or "aux" not in deps


def _anchored_target(
    anchors: list[Token],
    content: Span,
    said: SaidClass,
    speaker: Actor,
    index: ActorIndex,
    *,
    victims: frozenset[str] = frozenset(),
) -> Argument | None:
    """The actor the cue word is said of: the subject of the clause the word sits in. A word
    inside a noun's infinitive or participle modifier ('efforts to reshape … a neo-colonial
    narrative') is said of that noun, not of an actor, and gives nothing."""
    for anchor in anchors:
        subject = _clause_subject(anchor, content)
        if subject is None:
            continue
        if isinstance(subject, str):
            found = content_target(content, said.target_from, speaker, index, victims=victims)
        elif subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in victims:
            continue
        else:
            found = next(
                (a for a in resolve_all([subject], index) if not _same_actor(a.actor, speaker)),
                None,
            )
        if found is not None:
            return found
    return None


def _clause_subject(token: Token, content: Span) -> Token | str | None:
    """Climb from a word to the subject of its clause; 'content' when it leaves the words."""
    current = token
    for _ in range(12):
        if not content.start <= current.i < content.end:
            return "content"
        subjects = [c for c in current.children if c.dep_ in MAIN_SUBJECT_DEPS]
        # a pronoun subject on the way ("a shift she described as …") is the speaker judging
        if subjects and current.pos_ in ("VERB", "AUX") and subjects[0].pos_ != "PRON":
            return subjects[0]
        if _modifies_noun(current) or current.head.i == current.i:
            return "content" if current.head.i == current.i else None
        current = current.head
    return None


def _modifies_noun(clause: Token) -> bool:
    """'efforts to reshape …', 'schemes that could place …': the clause describes a noun."""
    if clause.dep_ in STOP_DEPS:
        return True
    return clause.dep_ == "relcl" and any(
        c.dep_ in MAIN_SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in clause.children
    )


def content_target(
    content: Span,
    order: Sequence[str],
    speaker: Actor,
    index: ActorIndex,
    *,
    victims: frozenset[str] = frozenset(),
) -> Argument | None:
    """The actor the words are about: in the main clause's subject, else in its object. An
    accusation passes `victims`: the passive subject of such a verb ('all of Europe has been
    hit') suffered the act and is not the one accused."""
    roots = [
        t for t in content if t.head.i < content.start or t.head.i >= content.end or t.head.i == t.i
    ]
    for part in order:
        deps = MAIN_SUBJECT_DEPS if part == "subject" else MAIN_OBJECT_DEPS
        phrases = [
            c
            for root in roots
            for c in _clause_args(root, deps)
            if not (c.dep_ == "nsubjpass" and c.head.lemma_.lower() in victims)
        ]
        for argument in resolve_all(phrases, index):
            if not _same_actor(argument.actor, speaker):
                return argument
    return None


def _joint_subject(content: Span, speaker: Actor, index: ActorIndex) -> bool:
    """'French and Egyptian warships launched war games', said by the French embassy: the
    speaker's own party among the subjects reports a joint act; a grim word is no criticism."""
    roots = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    phrases = [c for root in roots for c in _clause_args(root, MAIN_SUBJECT_DEPS)]
    return any(_same_actor(a.actor, speaker) for a in resolve_all(phrases, index))


def _clause_args(root: Token, deps: frozenset[str]) -> list[Token]:
    """Arguments of the clause's verb, looking through a copula or an auxiliary root."""
    found = [c for c in root.children if c.dep_ in deps]
    if found or root.pos_ == "VERB":
        return found
    return [
        g
        for c in root.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
        if g.dep_ in deps
    ]


def _same_actor(a: Actor, b: Actor) -> bool:
    return (a.country, a.org) == (b.country, b.org)


def _event(
    said: SaidClass,
    number: int,
    sentences: Span,
    speaker: Actor,
    target: Argument,
    *,
    confidence: float,
) -> Event:
    return Event(
        type=said.type,
        source=speaker,
        target=target.actor,
        evidence=Evidence(sentences.text, sentences.start_char, sentences.end_char),
        mode=said.mode,
        intensity=intensity_of(said.cameo),
        quad=quad_of(said.cameo),
        cameo_root=said.cameo[:2],
        statement=number,
        confidence=confidence - (0.1 if target.anaphoric else 0.0),
    )
