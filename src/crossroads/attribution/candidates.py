"""The shape shared by the direct-quote and cue finders before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from crossroads.attribution.lexicon import CueKind, descriptors, pronouns

Kind = Literal["direct", "indirect", "according_to"]
EDGE_TRIM = frozenset({"PUNCT", "SPACE", "CCONJ"})
QUOTE_CHARS = frozenset("\"“”«»„‘’'")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An attribution found in the parse: content characters, cue tokens, speaker head token."""

    kind: Kind
    cue_kind: CueKind
    cue_start: int
    cue_end: int
    start: int
    end: int
    speaker: int | None

    def cue_text(self, doc: Doc) -> str:
        return doc[self.cue_start : self.cue_end].text


def trimmed_chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of tokens [start, end) without punctuation, spaces and a "that" at its edges.

    Quotation marks that open and close the content are kept only when both are inside.
    """
    while start < end and _trim_left(doc[start]):
        start += 1
    while end > start and _trim_right(doc[end - 1]):
        end -= 1
    if end - start < 2:
        return None
    first, last = doc[start], doc[end - 1]
    return first.idx, last.idx + len(last.text)


def _trim_left(token: Token) -> bool:
    if token.text in QUOTE_CHARS:
        return False
    return token.pos_ in EDGE_TRIM or (token.dep_ == "mark" and token.lower_ == "that")


def _trim_right(token: Token) -> bool:
    return token.text not in QUOTE_CHARS and token.pos_ in EDGE_TRIM


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Token range of the sentence holding `token`. spaCy's `Token.sent` walks the whole
    document on every call; this walks only the sentence."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def plausible_speaker(token: Token) -> bool:
    """Names, pronouns, institutions and people nouns speak; "the emphasis" does not."""
    if token.tag_ in ("WP", "WDT", "EX"):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if token.pos_ == "PRON":
        return token.lower_ in pronouns()
    table = descriptors()
    return token.pos_ == "NOUN" and (token.lower_ in table or token.lemma_.lower() in table)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Who does the verb: its subject, the agent of a passive, the noun a "who" clause hangs
    on, or the subject of the verb it is chained to ("…, adding that …")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    if depth < 3 and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(verb.head)
    return _misparsed_subject(verb)


def _issuer(noun: Token) -> Token:
    """ "X released a statement saying …" / "X said in a statement saying …": X speaks; a
    noun that nobody issues ("Petrov, saying that …") speaks itself."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return noun
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and verb.pos_ in ("VERB", "AUX") else noun


def _misparsed_subject(verb: Token) -> Token | None:
    """ "… of the Harbour Ledger Kolawole said that …": the parser hung the name elsewhere, but
    a name or pronoun right before a finite verb with no subject is its subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ in ("PERSON", "ORG") or before.lower_ in ("he", "she", "they"):
        return before
    return None


__all__ = [
    "Candidate",
    "Kind",
    "plausible_speaker",
    "sentence_bounds",
    "subject_of",
    "trimmed_chars",
]
