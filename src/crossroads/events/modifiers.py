"""Negation, hypothetical and future modifiers of an event verb.

Why flags and not filters: "denied that it would attack" and "could impose sanctions" are
information a user may want (threat perception, denials), so such events are kept and marked;
users filter on `negated` / `hypothetical`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from crossroads.events.arguments import PARTY_ENTS, agents, argument_words, objects_of
from crossroads.events.lexicon import Lexicon
from crossroads.events.ontology import data_yaml
from crossroads.nlp.sentences import sentence_of

# A complement inherits its governor's negation or modality; an adverbial clause ("although
# rebels have launched attacks") does not.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acomp"})
NEG_ADVERB_DEPS = frozenset({"neg", "advmod", "preconj", "det"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# What makes a conjunct a clause of its own, with its own modality ("will close the border and
# has imposed sanctions", "Kenya will withdraw and Uganda advanced").
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class Scope:
    """How far a modal, a negation or a condition reaches (modifiers.yaml `scope`)."""

    contrast_words: frozenset[str]
    possibility_nouns: frozenset[str]
    obligation_verbs: frozenset[str]
    irrealis_markers: frozenset[str]
    litotes_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    headline_infinitive: bool
    reluctance_words: frozenset[str]
    scant_words: frozenset[str]
    wh_words: frozenset[str]
    prospect_modifiers: frozenset[str]
    prospect_determiners: frozenset[str]
    series_nouns: frozenset[str]
    time_nouns: frozenset[str]
    time_modifiers: frozenset[str]
    timetable_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    possibility_preps: frozenset[str]
    alternative_markers: tuple[tuple[str, ...], ...]
    wanted_preps: frozenset[str]
    party_preps: frozenset[str]
    not_yet_words: frozenset[str]
    not_yet_verbs: frozenset[str]
    open_alternative: tuple[str, ...]
    time_markers: frozenset[str]
    ahead_markers: frozenset[str]
    effort_verbs: frozenset[str]
    neg_raising_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    performative_governors: frozenset[str]
    performative_permissions: frozenset[str]
    performative_modals: frozenset[str]
    awaiting_preps: frozenset[str]
    awaiting_heads: frozenset[str]
    destiny_verbs: frozenset[str]
    destiny_idioms: frozenset[str]
    destiny_act_nouns: frozenset[str]
    directive_verbs: frozenset[str]
    future_modals: frozenset[str]


@cache
def scope() -> Scope:
    """Read once per process."""
    raw = data_yaml("modifiers.yaml")
    data = raw["scope"]
    return Scope(
        contrast_words=frozenset(str(w).lower() for w in data["contrast_words"]),
        possibility_nouns=frozenset(str(w).lower() for w in data["possibility_nouns"]),
        obligation_verbs=frozenset(str(w).lower() for w in data["obligation_verbs"]),
        irrealis_markers=frozenset(str(w).lower() for w in data["irrealis_markers"]),
        litotes_verbs=frozenset(str(w).lower() for w in data["litotes_verbs"]),
        blocking_verbs=frozenset(str(w).lower() for w in raw["negation"]["blocking_verbs"]),
        harm_verbs=frozenset(str(w).lower() for w in raw["harm_verbs"]),
        headline_infinitive=bool(data.get("headline_infinitive")),
        reluctance_words=frozenset(str(w).lower() for w in data["reluctance_words"]),
        scant_words=frozenset(str(w).lower() for w in raw["negation"]["scant_words"]),
        wh_words=frozenset(str(w).lower() for w in data["wh_words"]),
        prospect_modifiers=frozenset(str(w).lower() for w in data["prospect_modifiers"]),
        prospect_determiners=frozenset(str(w).lower() for w in data["prospect_determiners"]),
        series_nouns=frozenset(str(w).lower() for w in data["series_nouns"]),
        time_nouns=frozenset(str(w).lower() for w in data["time_nouns"]),
        time_modifiers=frozenset(str(w).lower() for w in data["time_modifiers"]),
        timetable_verbs=frozenset(str(w).lower() for w in data["timetable_verbs"]),
        occurrence_verbs=frozenset(str(w).lower() for w in data["occurrence_verbs"]),
        possibility_preps=frozenset(str(w).lower() for w in data["possibility_preps"]),
        alternative_markers=tuple(
            tuple(str(w).lower().split()) for w in data["alternative_markers"]
        ),
        wanted_preps=frozenset(str(w).lower() for w in data["wanted_preps"]),
        party_preps=frozenset(str(w).lower() for w in data["party_preps"]),
        not_yet_words=frozenset(str(w).lower() for w in data["not_yet_words"]),
        not_yet_verbs=frozenset(str(w).lower() for w in data["not_yet_verbs"]),
        open_alternative=tuple(str(w).lower() for w in data["open_alternative"]),
        destiny_verbs=frozenset(str(w).lower() for w in data["destiny_verbs"]),
        destiny_idioms=frozenset(str(w).lower() for w in data["destiny_idioms"]),
        destiny_act_nouns=frozenset(str(w).lower() for w in data["destiny_act_nouns"]),
        directive_verbs=frozenset(str(w).lower() for w in data["directive_verbs"]),
        time_markers=frozenset(str(w).lower() for w in data["time_markers"]),
        ahead_markers=frozenset(str(w).lower() for w in data["ahead_markers"]),
        effort_verbs=frozenset(str(w).lower() for w in data["effort_verbs"]),
        neg_raising_verbs=frozenset(str(w).lower() for w in data["neg_raising_verbs"]),
        causative_verbs=frozenset(str(w).lower() for w in data["causative_verbs"]),
        performative_verbs=frozenset(str(w).lower() for w in data["performative_verbs"]),
        performative_governors=frozenset(str(w).lower() for w in data["performative_governors"]),
        performative_modals=frozenset(str(w).lower() for w in data["performative_modals"]),
        performative_permissions=frozenset(
            str(w).lower() for w in data["performative_permissions"]
        ),
        awaiting_preps=frozenset(str(w).lower() for w in data["awaiting_preps"]),
        awaiting_heads=frozenset(str(w).lower() for w in data["awaiting_heads"]),
        future_modals=frozenset(str(w).lower() for w in data["future_modals"]),
    )


def first_conjunct(verb: Token) -> Token:
    """The conjunct whose modality a verb shares: 'could close the border and impose
    sanctions', 'did not close the border or impose sanctions', 'threatened to trigger a
    shutdown or declare an emergency' put 'impose' and 'declare' under the first verb's modal,
    negation or governor. A conjunct with a subject, an auxiliary or a tense of its own ('will
    close the border and imposed sanctions last year'), or joined by a contrast ('did not
    close the border but imposed sanctions'), is a clause of its own."""
    current = verb
    while current.dep_ == "conj" and current.head.i != current.i:
        if _shares(current):
            current = current.head
            continue
        lifted = _lifted_infinitive(current)
        if lifted is None:
            break
        current = lifted
    return current


def _lifted_infinitive(conj: Token) -> Token | None:
    """'called on Uganda to stop supporting rebels and to withdraw its troops': the parser
    joins 'to withdraw' to the gerund, but an infinitive with its 'to' coordinates with the
    nearest infinitive above it ('to stop'), whose governor and modality it shares."""
    if not _infinitive(conj) or _infinitive(conj.head) or conj.head.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "expl") for c in conj.children):
        return None
    current = conj.head
    for _ in range(2):
        if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
            return None
        current = current.head
        if _infinitive(current):
            return current
    return None


def _shares(conj: Token) -> bool:
    head = conj.head
    if head.pos_ not in ("VERB", "AUX") or any(_own_clause(c, head) for c in conj.children):
        return False
    # a present form after a base form is the tagger's guess at the same word ('could
    # withdraw and agree': 'agree' tagged VBP), not a clause of its own
    same_form = conj.tag_ == "VBP" and head.tag_ == "VB" and conj.lower_ == conj.lemma_.lower()
    if conj.tag_ not in (head.tag_, "VB") and not same_form:
        return False
    words = scope().contrast_words
    joints = [c for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < conj.i]
    joints += [c for c in conj.children if c.dep_ in ("advmod", "cc")]
    return not any(c.lower_ in words for c in joints)


def _own_clause(child: Token, head: Token) -> bool:
    """A subject, auxiliary or marker of a conjunct's own; a repeated 'to' is not: 'called on
    the EU to go further and to use frozen assets' coordinates two infinitives under one
    governor."""
    if child.dep_ not in OWN_CLAUSE_DEPS:
        return False
    return not (child.dep_ == "aux" and child.lower_ == "to" and _infinitive(head))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_negated(verb: Token, lex: Lexicon) -> bool:
    """'did not', 'never'; 'denied that it would', 'ruled out', 'refused to' on a governor;
    an act blocked or called off, set aside ('rather than vetoing'), not yet done ('have yet to
    agree'), or named as the subject of a verb of occurrence that is negated ('the summit did
    not take place')."""
    if _has_negation(verb, lex) or _blocked(verb) or _set_aside(verb) or _not_yet(verb):
        return True
    if _unissued_text(verb, lex):
        return True
    occurrence = _occurrence(verb)
    if occurrence is not None:
        return is_negated(occurrence, lex)
    current = first_conjunct(verb)
    if current.i != verb.i and _has_negation(current, lex):
        return True
    for _ in range(3):
        if current.dep_ not in GOVERNED_DEPS or current.head.i == current.i:
            return False
        head = current.head
        if _governor_key(head) in lex.negation_governors or _denied_infinitive(current, lex):
            return True
        if _raised_negation(current, head, lex) or _negated_bare_complement(current, head, lex):
            return True
        current = first_conjunct(head)
    return False


def _raised_negation(clause: Token, head: Token, lex: Lexicon) -> bool:
    """'I don't think Kenya will attack', 'did not expect that Uganda would meet them': a
    negated verb of opinion negates its that-clause (session 13)."""
    return (
        clause.dep_ == "ccomp"
        and head.lemma_.lower() in scope().neg_raising_verbs
        and _has_negation(head, lex)
    )


def _negated_bare_complement(clause: Token, head: Token, lex: Lexicon) -> bool:
    """'will not wire tap the links', 'did not help rebuild the port', 'did not let Uganda
    attack': a bare verb with no 'to' completes its head, and the head's negation is its own;
    with a subject of its own only under a verb of causing (session 14)."""
    if clause.tag_ != "VB" or any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    if own_subject and head.lemma_.lower() not in scope().causative_verbs:
        return False
    return clause.dep_ in ("xcomp", "ccomp") and _has_negation(head, lex)


def _blocked(noun: Token) -> bool:
    """'Russia and China blocked UN sanctions on Sudan', 'the sanctions were vetoed': an act
    named as the object of a verb of blocking did not happen; nor did one a relative clause of
    blocking or calling off is about ('the summit between Kenya and Uganda, which was
    cancelled'), on the act noun or on the parties of a meeting (`scope.party_preps`)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ == "conj":
        noun, head = noun.head, noun.head.head
    verbs = scope().blocking_verbs
    blocking = head.lemma_.lower() in verbs or _governor_key(head) in verbs
    if noun.dep_ in ("dobj", "nsubjpass") and blocking:
        return True
    # the parser often hangs the relative clause on the parties after the act's preposition
    # ('the summit between Kenya and Uganda, which was cancelled'); only acts are cancelled
    parties = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in scope().party_preps
        for o in p.children
        if o.ent_type_ in PARTY_ENTS
    ]
    heads = [noun, *parties, *(c for o in parties for c in o.conjuncts)]
    return any(_blocking_relative(c, verbs) for h in heads for c in h.children)


def _unissued_text(verb: Token, lex: Lexicon) -> bool:
    """'the UN did not offer a single resolution condemning the occupation', 'Kenya issued no
    statement criticizing Uganda': the act a text would carry (a participle or relative clause
    on a noun of `issued_nouns`) is not done when the text is denied (round 16)."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return False
    text = verb.head
    if text.lemma_.lower() not in argument_words().issued_nouns:
        return False
    if any(c.dep_ == "det" and c.lower_ in lex.negation_words for c in text.children):
        return True
    return text.dep_ in ("dobj", "nsubjpass") and _has_negation(text.head, lex)


def _blocking_relative(clause: Token, verbs: frozenset[str]) -> bool:
    """'a summit between Kenya and Uganda, which was later cancelled', 'the visit that Kenya
    called off': a relative clause of blocking or calling off on the act (round 15)."""
    if clause.dep_ != "relcl":
        return False
    if clause.lemma_.lower() not in verbs and _governor_key(clause) not in verbs:
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in clause.children)


def _not_yet(clause: Token) -> bool:
    """'Kenya and Uganda have yet to agree on a ceasefire', 'is yet to respond': an act still
    to come has not happened (round 15)."""
    sc = scope()
    head = clause.head
    if (
        clause.dep_ != "xcomp"
        or not _infinitive(clause)
        or head.lemma_.lower() not in sc.not_yet_verbs
    ):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in sc.not_yet_words for c in head.children)


def _set_aside(act: Token) -> bool:
    """'abstaining on (rather than vetoing) the resolution', 'imposed tariffs instead of
    negotiating': an act offered as the one set aside for another was not done. The marker
    ('rather than', `scope.alternative_markers`) stands right before the act's phrase, across
    punctuation."""
    before = [t.lower_ for t in act.doc[max(act.left_edge.i - 4, 0) : act.left_edge.i]]
    words = [w for w in before if not all(not ch.isalnum() for ch in w)]
    return any(tuple(words[-len(marker) :]) == marker for marker in scope().alternative_markers)


def _headline(verb: Token) -> bool:
    """'Kenyan president to meet Uganda's leader at summit': a headline's bare infinitive with
    a subject and no finite verb announces a planned act."""
    if not (scope().headline_infinitive and verb.dep_ == "ROOT" and _infinitive(verb)):
        return False
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    # the subject right before 'to' ('Okafor to meet'), not a fragment ('X and Y, to talk')
    subject = any(c.dep_ in SUBJECT_DEPS and c.right_edge.i + 1 == to.i for c in verb.children)
    subject = subject and to.nbor(-1).pos_ != "PUNCT"
    finite = any(t.tag_ in FINITE_TAGS for t in verb.sent)
    return subject and not finite


def _denied_infinitive(clause: Token, lex: Lexicon) -> bool:
    """'will not use its bases to attack Uganda', 'did not agree to withdraw': an infinitive
    under a negated verb is not done either; not under a negated verb of negation ('did not
    hesitate to attack', 'never stopped shelling' report the act)."""
    head = clause.head
    if clause.dep_ != "xcomp" or not _infinitive(clause) or head.pos_ != "VERB":
        return False
    if _governor_key(head) in lex.negation_governors:
        return False
    if head.lemma_.lower() in scope().litotes_verbs:
        return False
    governor = first_conjunct(head)
    if any(c.dep_ in ("dobj", "obj") for c in governor.children):
        # 'no one forced Obama to make the warning': a negated subject denies the forcing,
        # not the act of the object, who may have done it on his own
        return _has_negation(governor, lex, subjects=False)
    return _has_negation(governor, lex)


def _unscheduled(governor: Token, lex: Lexicon) -> bool:
    """'is not preparing to meet', 'was not due to meet' (the negation on the copula of an
    adjective): no act is scheduled; 'had been scheduled to visit … but he scrapped the trip':
    a timetable in the past perfect was overtaken (session 13)."""
    copula = governor.head if governor.dep_ == "acomp" else None
    if _has_negation(governor, lex) or (copula is not None and _has_negation(copula, lex)):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in (copula or governor).children)


def _has_negation(verb: Token, lex: Lexicon, *, subjects: bool = True) -> bool:
    for child in verb.children:
        if _open_alternative(child) or _focus_negation(child, lex):
            continue
        if child.dep_ in lex.negation_deps:
            return True
        if child.dep_ in NEG_ADVERB_DEPS and child.lower_ in lex.negation_words:
            return True
        if subjects and child.dep_ in SUBJECT_DEPS and _negated_subject(child, lex):
            return True
        if child.dep_ == "dobj" and _denied_object(child, lex):
            return True
        if _negated_adverb(child, verb, lex):
            return True
    return _scant(verb)


def _negated_adverb(adverb: Token, verb: Token, lex: Lexicon) -> bool:
    """'did not even ever clash': the parser hangs the 'not' on an adverb before the verb;
    not on one of focus ('did not only attack Uganda but also …')."""
    if adverb.dep_ != "advmod" or adverb.i > verb.i:
        return False
    if adverb.lower_ in lex.negation_focus_adverbs:
        return False
    # after the verb's auxiliary ('did not even', "didn't ever"): not 'Not long after Kenya
    # attacked', 'no doubt Kenya will attack'
    auxiliaries = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return any(c.dep_ in lex.negation_deps and c.i - 1 in auxiliaries for c in adverb.children)


def _focus_negation(negation: Token, lex: Lexicon) -> bool:
    """'Kenya not only attacked Uganda but also …', 'did not just meet': the 'not' negates the
    focus ('only'), not the act."""
    following = negation.doc[negation.i + 1] if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in lex.negation_focus_adverbs


def _open_alternative(negation: Token) -> bool:
    """'whether or not Kenya agrees': the 'not' of an open alternative negates nothing (the
    clause is an open question, hypothetical)."""
    words = scope().open_alternative
    start = negation.i - len(words) + 1
    if start < 0:
        return False
    return tuple(t.lower_ for t in negation.doc[start : negation.i + 1]) == words


def _scant(noun: Token) -> bool:
    """'received little commitment from the US': a noun quantified by 'little' or 'few' with
    no article says the thing hardly came ('a little help' and 'a few weapons' did come)."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in scope().scant_words for c in noun.children)


def _negated_subject(subject: Token, lex: Lexicon) -> bool:
    """'Neither Kenya nor Uganda boycotted', 'no Kenyan president has met': the negation sits
    on the subject, not the verb; 'no soldiers were killed in the attack' denies casualties,
    not the attack (a harm verb's passive subject)."""
    if subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in scope().harm_verbs:
        return False
    return any(
        c.dep_ in NEG_ADVERB_DEPS and c.i < subject.i and c.lower_ in lex.negation_words
        for c in subject.children
    )


def _denied_object(obj: Token, lex: Lexicon) -> bool:
    """'I want no help from any country', 'imposed no sanctions': an object quantified by
    'no' denies the act (session 13); 'killed no soldiers' denies casualties, not the attack,
    and 'received no assurances' the promise (the nominal pass reads it), not the receiving."""
    if obj.head.lemma_.lower() in scope().harm_verbs:
        return False
    rule = lex.nouns.get(obj.lemma_.lower())
    if rule is not None and rule.has("received"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _governor_key(head: Token) -> str:
    """'rule out' is keyed with its particle; other governors by lemma."""
    lemma = head.lemma_.lower()
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    return f"{lemma} {particles[0]}" if particles else lemma


def is_hypothetical(verb: Token, lex: Lexicon) -> bool:
    """Modal or future auxiliaries, conditions, 'about to', a governor such as 'plans to', a
    mandative subjunctive ('demanded that Israel ease') or a clause on a noun such as 'demand'
    or 'plan' ('a plan to attack'); an act noun that is planned or upcoming, timetabled ('the
    talks are scheduled for June'), possible ('the possibility of sanctions') or the subject of
    a verb of occurrence that is hypothetical ('the summit may take place'); an act a future
    clause of time or a 'be to' arrangement puts ahead, and the infinitive of a verb of telling.
    A conjunct shares its first conjunct's ('could close the border and impose sanctions')."""
    if prospective(verb) or _timetabled(verb) or _possible_noun(verb, lex):
        return True
    occurrence = _occurrence(verb)
    if occurrence is not None:
        return is_hypothetical(occurrence, lex)
    current = first_conjunct(verb)
    if performative(current, lex) and not _under_condition(current, lex):
        return False  # 'we must condemn it' condemns it; 'if Uganda attacks, we must …' not yet
    for depth in range(4):
        if _has_modal(current, lex) or _is_conditional(current, lex) or _headline(current):
            return True
        if _is_subjunctive(current) or _on_governor_noun(current, lex) or _for_to(current):
            return True
        if _held_back(current, lex) or _wh_infinitive(current) or _noun_infinitive(current, lex):
            return True
        if _future_time(current, lex):
            return True
        if _trip_purpose(current, lex) or _bare_adjunct(current):
            # 'will fly to Ankara to meet', 'would be out in the streets demonstrating'
            current = first_conjunct(current.head)
            continue
        if not _governed(current, lex) or current.head.i == current.i:
            return False
        head = current.head
        if _is_about_to(current, head, lex) or _going_to(current, head, lex):
            return True
        if _reported_fact(current, head, lex):
            return False
        if _obliged(current, head, lex) or _destined(current, head) or _directed(current, head):
            return True
        if _governor_key(head) in lex.hypothetical_governors or (
            head.lemma_.lower() in lex.hypothetical_governors
        ):
            return True
        if head.lemma_.lower() in ("say", "tell", "report") and depth == 0:
            return False
        current = first_conjunct(head)
    return False


def performative(verb: Token, lex: Lexicon) -> bool:
    """'I wish to thank', 'we want to express our solidarity', 'I would like to launch an
    appeal', 'we must also express our support', 'allow me to congratulate': a speaker who says
    he wants to perform a speech act performs it (session 14)."""
    words = scope()
    if verb.lemma_.lower() not in words.performative_verbs:
        return False
    head, lemma = verb.head, verb.head.lemma_.lower()
    if verb.dep_ in ("xcomp", "ccomp") and lemma in words.performative_permissions:
        governor = head  # 'allow me to congratulate', 'let us thank': the one allowed speaks
        speaker = [*objects_of(governor), *_own_subjects(verb)]
    elif verb.dep_ == "xcomp" and lemma in words.performative_governors:
        governor = head  # 'I wish to thank'; not 'they want me to thank', 'I want you to thank'
        if objects_of(governor) or _own_subjects(verb):
            return False
        speaker = _own_subjects(governor)
    elif any(c.dep_ == "aux" and c.lower_ in words.performative_modals for c in verb.children):
        governor = verb
        speaker = _own_subjects(verb)
    else:
        return False
    return (
        any(t.lower_ in agents().first_person for t in speaker)
        and governor.tag_ in ("VB", "VBP")
        and not _has_negation(governor, lex)
    )


def _under_condition(verb: Token, lex: Lexicon) -> bool:
    """'If Uganda attacks again, we must condemn it': the clause, or the one governing it, has
    a conditional clause of its own."""
    clauses = (verb, verb.head) if verb.dep_ in ("xcomp", "ccomp") else (verb,)
    return any(
        c.dep_ == "advcl" and _is_conditional(c, lex) for clause in clauses for c in clause.children
    )


def _own_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def prospective(noun: Token) -> bool:
    """'a planned summit between Kenya and Uganda', 'possible talks', 'the next round of
    talks', 'next year's meeting': an act named as a noun that a modifier places ahead or in
    doubt has not happened (round 15); nor has one any instance of which is meant ('any attack
    on Iran will spark a war', session 11)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    sc = scope()
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        series = noun.head.head
        if series.lemma_.lower() in sc.series_nouns:
            heads.append(series)
    for head in heads:
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in sc.prospect_modifiers:
                return True
            if child.dep_ == "det" and child.lower_ in sc.prospect_determiners:
                return True
            if child.dep_ == "poss" and _coming_time(child):
                return True
    return _awaited(noun)


def _awaited(noun: Token) -> bool:
    """'comes ahead of Xi's visit to Washington', 'the lead-up to summits between the U.S. and
    China', 'in advance of the talks': an act awaited is still ahead, unless the clause that
    awaits it is told in the past ('came a day before the visit', session 13)."""
    if noun.dep_ != "pobj":
        return False
    sc = scope()
    prep = noun.head
    awaiting = prep.lower_ in sc.awaiting_preps or (
        prep.lower_ in ("of", "to") and _hyphenated(prep.head) in sc.awaiting_heads
    )
    if not awaiting:
        return False
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is None or not _told_in_past(clause)


def _hyphenated(word: Token) -> str:
    """'lead-up' for the 'up' of 'lead - up', which the tokenizer splits."""
    parts = [c.lower_ for c in word.children if c.dep_ == "compound" and c.i == word.i - 2]
    return f"{parts[0]}-{word.lower_}" if parts else word.lower_


def _told_in_past(clause: Token) -> bool:
    """The clause, or the verb whose infinitive it is ('was going to be awkward even before
    the attack'), is in the past tense."""
    current = clause
    for _ in range(4):
        auxiliaries = [c for c in current.children if c.dep_ in ("aux", "auxpass")]
        if current.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
            return True
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
    return False


def _occurrence(noun: Token) -> Token | None:
    """'the meeting between Kenya and Uganda never took place', 'the talks will take place next
    week': the verb of occurrence an act named as a noun is the subject of, whose negation and
    modality are the act's (round 15)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in SUBJECT_DEPS:
        return None
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    verbs = scope().occurrence_verbs
    lemma = verb.lemma_.lower()
    # 'take place', 'go ahead': the particle or the object noun completes the verb
    keys = {lemma, _governor_key(verb)}
    keys |= {f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("dobj", "advmod")}
    return verb if keys & verbs else None


def _possible_noun(noun: Token, lex: Lexicon) -> bool:
    """'hopes for talks between Kenya and Uganda', 'the prospect of talks', 'fears of an attack
    on Uganda': an act named after 'for'/'of' on a noun of possibility is only possible; so is
    one judged likely or unlikely ('talks between Kenya and Uganda remain unlikely') (round
    15)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    sc = scope()
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in sc.possibility_preps
        and prep.head.lemma_.lower() in sc.possibility_nouns
    ):
        return True
    if noun.dep_ != "nsubj":
        return False
    words = lex.modality.forecast_words
    return any(c.dep_ == "acomp" and c.lower_ in words for c in noun.head.children)


def _coming_time(possessor: Token) -> bool:
    """'next year's', 'next week's': a possessor of time ahead."""
    sc = scope()
    return possessor.lemma_.lower() in sc.time_nouns and any(
        c.dep_ == "amod" and c.lower_ in sc.time_modifiers for c in possessor.children
    )


def _timetabled(noun: Token) -> bool:
    """'the talks are scheduled for June', 'the meeting is set to be held', 'the summit is due
    next week': an act named as a noun, the passive subject of a timetable verb or the subject
    of 'be due', has not happened yet (round 15)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in SUBJECT_DEPS:
        return False
    head = noun.head
    verbs = scope().timetable_verbs
    if noun.dep_ == "nsubjpass":
        # 'the attack was planned by Kenyan militants': a plan someone made, the act may be done
        return head.lemma_.lower() in verbs and not any(c.dep_ == "agent" for c in head.children)
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in verbs for c in head.children
    )


def _noun_infinitive(clause: Token, lex: Lexicon) -> bool:
    """'has the authority under the law to deploy troops', 'has plans to attack': an infinitive
    the parser hangs on the verb rather than on its object, a noun of capacity or intention,
    is that noun's clause (a capacity or a plan, not an act done) (round 11)."""
    if clause.dep_ != "advcl" or not _infinitive(clause):
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.hypothetical_governors
        for c in clause.head.children
    )


def _wh_infinitive(clause: Token) -> bool:
    """'how to end the fighting', 'discussed what to do about sanctions': an infinitive that a
    wh-word opens is a question about an act, not the act ('explained how Russia invaded' is
    finite and reports one)."""
    if not _infinitive(clause):
        return False
    return any(c.i < clause.i and c.lower_ in scope().wh_words for c in clause.children)


def _held_back(clause: Token, lex: Lexicon) -> bool:
    """'showed hesitation in seeking an armistice', 'hesitated in seeking talks': a gerund
    after 'in' on a word of reluctance is an act held back; 'showed no hesitation in
    attacking' did it."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.i == prep.i:
        return False
    # the parser hangs 'in' on the noun or on the verb before it ('showed hesitation in')
    words = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    word = next((w for w in words if w.lemma_.lower() in scope().reluctance_words), None)
    if word is None:
        return False
    return not _has_negation(word, lex) and not _has_negation(word.head, lex)


def _for_to(clause: Token) -> bool:
    """'pushed for America to provide support', 'a plan for Kenya to send troops': an
    infinitive with a subject of its own after 'for' names an act wanted, not done; not
    when a past copula judges it ('it was a mistake for Kenya to withdraw' was done)."""
    head = clause.head
    if head.lemma_.lower() == "be" and head.tag_ == "VBD":
        return False
    return _infinitive(clause) and any(
        c.dep_ == "mark" and c.lower_ in scope().irrealis_markers for c in clause.children
    )


def _directed(clause: Token, head: Token) -> bool:
    """'Kenya told Uganda to withdraw its troops', 'encouraged Trump to declare the
    emergency': the infinitive of a verb of telling is an act advised, not done (round 15); a
    that-clause of 'tell' reports."""
    return (
        clause.dep_ == "xcomp"
        and _infinitive(clause)
        and head.lemma_.lower() in scope().directive_verbs
    )


def _destined(clause: Token, head: Token) -> bool:
    """'Kenya is to send 2,000 troops to its border', 'Okafor was to meet with Mbeki': 'be to'
    with an infinitive right after the copula is an arrangement or a plan, not an act done;
    'is to blame' is an idiom of fault, and 'one of his first moves was to warn' reports an
    act (round 15)."""
    sc = scope()
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in sc.destiny_verbs:
        return False
    if clause.lemma_.lower() in sc.destiny_idioms:
        return False
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    between = head.doc[head.i + 1 : to.i] if to is not None and to.i > head.i else None
    if between is None or any(not t.is_punct for t in between):
        return False  # 'was among the first leaders to congratulate' did congratulate
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    # 'one of his first moves was to warn': the noun after the quantifier's 'of'
    subjects += [o for s in subjects for p in s.children if p.lower_ == "of" for o in p.children]
    return not any(s.lemma_.lower() in sc.destiny_act_nouns for s in subjects)


def _future_time(clause: Token, lex: Lexicon) -> bool:
    """'the border will be a topic when Okafor meets Uganda's president', 'once Kenya withdraws
    its troops, Uganda will lift its sanctions': a present tense in a clause of time under a
    future main clause refers to the future (round 15); after 'before' it does whatever the
    main clause ('a month before Obama meets Xi'). The parser may hang the clause on a
    noun of the main clause ('a topic when …'), so the main clause is the noun's verb."""
    if _timetabled_clause(clause):
        return True  # 'a month before Obama meets Xi'
    if not _present_clause(clause) or not _time_markers(clause) & scope().time_markers:
        return False
    main = clause.head
    if main.pos_ in ("NOUN", "PROPN") and main.head.i != main.i:
        main = main.head
    if any(c.dep_ == "aux" and c.lower_ in scope().future_modals for c in main.children):
        return True
    # 'the issue is expected to top the agenda when Obama and Putin meet': a main clause that is
    # itself ahead (expected, planned, possible) puts its clause of time ahead too (round 16)
    return is_hypothetical(main, lex)


def _time_markers(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark") and c.i < clause.i}


def _present_clause(clause: Token) -> bool:
    return clause.tag_ in ("VBZ", "VBP") and clause.dep_ in ("advcl", "relcl")


def _timetabled_clause(clause: Token) -> bool:
    """'a month before Obama meets Xi': a present tense after 'before' is on a timetable."""
    return _present_clause(clause) and bool(_time_markers(clause) & scope().ahead_markers)


def _obliged(clause: Token, head: Token, lex: Lexicon) -> bool:
    """'has to meet the envoy', 'complained about having to attend the meeting': an act one
    has to do is not done yet; 'had to withdraw' (past) mostly reports what was done, but not
    in reported speech, where it stands for 'has to' ('warned that Israel had to recognize a
    Palestinian state', session 13); 'has troops in Syria to support the regime' is a
    purpose, not an obligation."""
    return (
        clause.dep_ == "xcomp"
        and not _not_yet(clause)
        and not any(c.dep_ in ("dobj", "obj") for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and head.pos_ == "VERB"
        and head.lemma_.lower() in scope().obligation_verbs
        and (head.tag_ != "VBD" or _reported(head, lex))
    )


def _reported(clause: Token, lex: Lexicon) -> bool:
    """A that-clause of a verb of saying ('warned that …', 'said Kenya had to …')."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.modality.speech_governors


def _reported_fact(clause: Token, head: Token, lex: Lexicon) -> bool:
    """'warned: "we condemn any violation and call on Pyongyang to abide"': a clause in the
    present or past under a verb of saying reports what is, however its speaker frames it
    ('warned that Uganda would attack' has its own modal; a subjunctive is read before)."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ in ("VBD", "VBZ", "VBP")
        and head.lemma_.lower() in lex.modality.speech_governors
    )


def _governed(clause: Token, lex: Lexicon) -> bool:
    """A complement of its head, also when the parser took the infinitive of a verb of
    commitment for a purpose clause ('had sworn to fight until …' as advcl): such a verb with
    no complement or object of its own governs the infinitive after it ('offered no
    incentives to Lima to release Okafor' is a purpose); so does a verb of effort ('is working
    to reduce aid', session 13)."""
    if clause.dep_ in GOVERNED_DEPS:
        return True
    head = clause.head
    lemma = head.lemma_.lower()
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and (lemma in lex.modality.intent_governors or lemma in scope().effort_verbs)
        and not any(c.dep_ in (*GOVERNED_DEPS, "dobj") for c in head.children)
    )


def _is_subjunctive(verb: Token) -> bool:
    """'insisted that Kenya hold elections': a that-clause whose verb is a bare base form with
    its own subject (no auxiliary, no tense) is a mandative subjunctive: asked for, not done.
    The tagger often reads the bare form as a present (VBP); after a singular subject ('that
    Sudan release') that present cannot agree, so it is the subjunctive too; coordinated
    subjects ('Chile and Peru expect') are plural."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # only a that-clause: 'saw Tehran shoot down a drone' is a bare infinitive of perception
    if not subjects or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    singular = subjects[0].tag_ in ("NN", "NNP") and not subjects[0].conjuncts
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and singular)


def _on_governor_noun(verb: Token, lex: Lexicon) -> bool:
    """'a plan to attack', 'its demand that Israel ease': a clause on a noun of intention or
    request has not happened; nor has one on a noun of possibility ('concerns that Kenya
    would give Uganda access', 'the risk that Chile attacks')."""
    lemma = verb.head.lemma_.lower()
    if _feared(verb):
        return True
    return _noun_clause(verb) and lemma in lex.hypothetical_governors


def _noun_clause(clause: Token) -> bool:
    """A content clause on a noun ('the risk that Uganda attacks'), which the parser also
    labels as a relative clause; a true relative clause has no 'that' as its marker ('the
    town that Uganda attacked': 'that' is its object)."""
    if clause.head.pos_ != "NOUN":
        return False
    return clause.dep_ in ("acl", "ccomp") or (
        clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in clause.children)
    )


def _feared(clause: Token) -> bool:
    """'concerns that Kenya would give Uganda access': a clause on a noun of possibility is a
    feared or expected outcome, no one's stated intention; so is one extraposed after a copula
    whose subject is such a noun ('expectations are low that Kenya will send aid')."""
    nouns = scope().possibility_nouns
    if _noun_clause(clause) and clause.head.lemma_.lower() in nouns:
        return True
    if _feared_gerund(clause, nouns):
        return True
    head = clause.head
    if head.dep_ in ("acomp", "attr"):
        head = head.head  # 'hopes are high that …'
    return (
        clause.dep_ == "ccomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in head.children)
    )


def _feared_gerund(clause: Token, nouns: frozenset[str]) -> bool:
    """'the specter of Kenyan troops attacking Uganda', 'the prospect of fighting': a gerund
    after 'of' on a noun of possibility, however the parser hangs it (on the doer named after
    'of', or as a clausal subject beside the noun), is feared, not done (round 11)."""
    if clause.tag_ != "VBG":
        return False
    head = clause.head
    if clause.dep_ == "pcomp" or (clause.dep_ == "acl" and head.dep_ == "pobj"):
        of = head if clause.dep_ == "pcomp" else head.head
        return of.lower_ == "of" and of.head.lemma_.lower() in nouns
    near = [*clause.children, *(head.children if clause.dep_ == "csubj" else ())]
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in nouns
        and any(p.lower_ == "of" for p in c.children)
        for c in near
    )


def _has_modal(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.modals for c in verb.children)


def _is_conditional(verb: Token, lex: Lexicon) -> bool:
    """'if Japan attacks' (a condition), and 'it is unclear whether Kenya agreed', 'asked if
    Chile would attack' (an indirect question: a complement marked 'whether' or 'if' asks,
    it does not report)."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    markers = lex.conditional_markers if verb.dep_ == "advcl" else lex.modality.question_markers
    return any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children)


def _is_about_to(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'is about to restore ties': an infinitive after 'about'; not a clause after the
    preposition ('a question about whether it was a mistake for Kenya to withdraw')."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (
        lex.about_to
        and infinitive
        and (head.lower_ == "about" or any(c.lower_ == "about" for c in head.children))
    )


def _trip_purpose(clause: Token, lex: Lexicon) -> bool:
    """'will fly to Ankara to meet his Greek counterpart', 'is scheduled to arrive in Kyiv to
    meet the president': the purpose of a trip is announced as the trip is (session 13)."""
    return (
        clause.dep_ == "advcl"
        and _infinitive(clause)
        and clause.head.lemma_.lower() in lex.modality.trip_verbs
    )


def _bare_adjunct(clause: Token) -> bool:
    """'Americans would be out in the streets demonstrating': a participle with no subject,
    auxiliary or marker of its own is an adjunct of its head's clause and shares its modal
    or condition (session 13: coded as a protest held); so is a bare verb the parser hung as
    an adjunct of the verb it is listed with ('Russia must stop the war, withdraw from
    Ukrainian territory and lift its blockade')."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBG", "VB")
        and clause.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in clause.children)
    )


def _going_to(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'is going to meet', 'were going to impose sanctions': the future of 'be going to' (an
    infinitive on 'going' after a form of 'be'); 'went to Paris to meet' is a purpose."""
    return (
        verb.dep_ == "xcomp"
        and _infinitive(verb)
        and head.lower_ in lex.modality.future_forms
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    )


def modality_of(verb: Token, lex: Lexicon) -> str | None:
    """PLOVER's modality of an act: 'obligation' (must, should), 'intent' (will, 'is ready
    to', 'pledged to'), 'weak_intent' ('would' in reported speech), 'ultimatum' (an intent
    'unless' …), or None (done, conditional, governed by another verb such as 'urged', or by a
    negated commitment: 'has not decided to cooperate' states no intention, nor a refusal)."""
    if in_question(verb, lex):
        return None
    cues: list[str] = []
    current = first_conjunct(verb)
    for _ in range(4):
        if _is_conditional(current, lex) or _feared(current):
            return None
        cue = "intent" if _headline(current) else _aux_cue(current, lex)
        if cue == "conditional":
            return None
        if cue == "weak_intent" and _in_speech(current, lex):
            cue = "intent"
        if cue is not None:
            cues.append(_ultimatum(current, cue, lex))
        elif _timetabled_clause(current):
            cues.append("weak_intent")  # cooperative acts only (reframe), as 'is due to meet'
        if _trip_purpose(current, lex):
            current = first_conjunct(current.head)  # 'will fly to Ankara to meet': the trip's
            continue
        if not _governed(current, lex) or current.head.i == current.i:
            break
        head = current.head
        lemma = head.lemma_.lower()
        if _open_question(current, lex) or _forecast(current, lex):
            return None
        if lemma in lex.modality.unsaid_governors and _has_negation(head, lex):
            return None  # 'has not suggested he'll send troops': no intention stated
        if _going_to(current, head, lex):
            cues.append(_ultimatum(current, "intent", lex))
        elif lemma in lex.modality.intent_governors or head.lower_ in lex.modality.intent_governors:
            if _denied_infinitive(current, lex):
                return None
            cues.append(_ultimatum(current, "intent", lex))
        elif lemma in lex.modality.schedule_governors:
            if _unscheduled(head, lex):
                return None  # 'was not due to meet', 'is not preparing to meet'
            cues.append("weak_intent")  # 'are due to meet': cooperative acts only (reframe)
        elif _governor_key(head) in lex.hypothetical_governors or lemma in ("say", "tell"):
            break
        if any(c.dep_ == "auxpass" for c in head.children):
            # 'Congress will be required to lift', 'would be forced to resign': no one's intent
            break
        current = first_conjunct(head)
    return _strongest(cues)


def in_question(token: Token, lex: Lexicon) -> bool:
    """'Why would we attack them?': a word in a question (a question mark ends its clause
    before any quote mark or other end of clause) is asked about, not asserted. 'Russia was
    ready to improve ties, but the question remained: "Is Trump ready?"' asserts the first."""
    for later in sentence_of(token)[token.i - sentence_of(token).start + 1 :]:
        if later.text in lex.question_marks:
            return True
        if later.is_quote or later.text in lex.question_breaks:
            return False
    return False


def _open_question(clause: Token, lex: Lexicon) -> bool:
    """'has not decided whether to send weapons': a complement marked as an open question
    states no intention (it stays hypothetical)."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lex.modality.question_markers
        for c in clause.children
    )


def _forecast(clause: Token, lex: Lexicon) -> bool:
    """'it is unlikely Kenya will launch any raid': a clause judged likely or unlikely
    is a forecast, not the subject's stated intention."""
    if clause.dep_ != "ccomp":
        return False
    words = lex.modality.forecast_words
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in words for c in clause.head.children)


def _in_speech(clause: Token, lex: Lexicon) -> bool:
    """'said they would blockade': 'would' in the complement of a verb of saying is the
    speaker's stated intention, not a future reported from outside ('announced it would'). Only
    when a pronoun subject makes the speaker the actor: 'analysts say North Korea would
    launch an attack' is a forecast, not a threat."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.modality.speech_governors:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)


def _aux_cue(verb: Token, lex: Lexicon) -> str | None:
    mod = lex.modality
    if _counterfactual(verb, lex):
        return "conditional"
    for child in verb.children:
        if child.dep_ != "aux":
            continue
        word = child.lower_
        if word in mod.obligation_modals:
            return "obligation"
        if word in mod.intent_modals:
            return "intent"
        if word in mod.weak_modals:
            return "weak_intent"
        if word in lex.modals:
            return "conditional"
    return None


def _counterfactual(verb: Token, lex: Lexicon) -> bool:
    """'a bill that would have allowed Hong Kong to extradite', 'would have met': a modal
    perfect says what did not happen, no intention (session 13)."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return any(a.lower_ in lex.modality.weak_modals for a in auxiliaries) and any(
        a.lemma_ == "have" for a in auxiliaries
    )


def _ultimatum(verb: Token, cue: str, lex: Lexicon) -> str:
    """'will withdraw … unless': an intention under a condition is an ultimatum; so is one
    offered as the other branch of a choice ('either the deal is fixed or Kenya will pull
    out')."""
    if _alternative_clause(verb, lex):
        return "ultimatum"
    markers = lex.modality.ultimatum_markers
    for clause in (verb, verb.head):
        for child in clause.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in markers for m in child.children
            ):
                return "ultimatum"
    return cue


def _alternative_clause(verb: Token, lex: Lexicon) -> bool:
    """A clause with its own subject joined by 'or' / 'or else' to the clause before it."""
    if verb.dep_ != "conj" or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    words = lex.modality.ultimatum_conjunctions
    joints = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    joints += [c for c in verb.children if c.dep_ in ("cc", "advmod") and c.i < verb.i]
    return any(c.lower_ in words for c in joints)


def _strongest(cues: list[str]) -> str | None:
    for cue in ("obligation", "ultimatum", "intent", "weak_intent"):
        if cue in cues:
            return cue
    return None
