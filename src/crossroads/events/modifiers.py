"""Negation, hypothetical and future modifiers of an event verb.

Why flags and not filters: "denied that it would attack" and "could impose sanctions" are
information a user may want (threat perception, denials), so such events are kept and marked;
users filter on `negated` / `hypothetical`.
"""

from __future__ import annotations

from spacy.tokens import Token

from crossroads.events.lexicon import Lexicon

# A complement inherits its governor's negation or modality; an adverbial clause ("although
# rebels have launched attacks") does not.
GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acomp"})
NEG_ADVERB_DEPS = frozenset({"neg", "advmod", "preconj", "det"})


def is_negated(verb: Token, lex: Lexicon) -> bool:
    """'did not', 'never'; 'denied that it would', 'ruled out', 'refused to' on a governor."""
    if _has_negation(verb, lex):
        return True
    current = verb
    for _ in range(3):
        if current.dep_ not in GOVERNED_DEPS or current.head.i == current.i:
            return False
        head = current.head
        if _governor_key(head) in lex.negation_governors:
            return True
        current = head
    return False


def _has_negation(verb: Token, lex: Lexicon) -> bool:
    for child in verb.children:
        if child.dep_ in lex.negation_deps:
            return True
        if child.dep_ in NEG_ADVERB_DEPS and child.lower_ in lex.negation_words:
            return True
    return False


def _governor_key(head: Token) -> str:
    """'rule out' is keyed with its particle; other governors by lemma."""
    lemma = head.lemma_.lower()
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    return f"{lemma} {particles[0]}" if particles else lemma


def is_hypothetical(verb: Token, lex: Lexicon) -> bool:
    """Modal or future auxiliaries, conditions, 'about to', or a governor such as 'plans to'."""
    current = verb
    for depth in range(4):
        if _has_modal(current, lex) or _is_conditional(current, lex):
            return True
        if current.dep_ not in GOVERNED_DEPS or current.head.i == current.i:
            return False
        head = current.head
        if _is_about_to(current, head, lex):
            return True
        if _governor_key(head) in lex.hypothetical_governors or (
            head.lemma_.lower() in lex.hypothetical_governors
        ):
            return True
        if head.lemma_.lower() in ("say", "tell", "report") and depth == 0:
            return False
        current = head
    return False


def _has_modal(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lex.modals for c in verb.children)


def _is_conditional(verb: Token, lex: Lexicon) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lex.conditional_markers for c in verb.children
    )


def _is_about_to(verb: Token, head: Token, lex: Lexicon) -> bool:
    return lex.about_to and (
        head.lower_ == "about" or any(c.lower_ == "about" for c in head.children)
    )
