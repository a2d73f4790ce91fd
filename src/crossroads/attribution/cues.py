"""Indirect and according-to statements: a reporting cue from the lexicon and its clause.

The cue's frames (data/cues.tsv) say where its message sits: a that-clause, the object, an
"as" complement, a prepositional object or an infinitive. The content is the span of those
dependents' subtrees, so every statement is one contiguous slice of the text.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from crossroads.attribution.candidates import (
    Candidate,
    plausible_speaker,
    sentence_bounds,
    subject_of,
    trimmed_chars,
)
from crossroads.attribution.lexicon import Cue, CueLexicon, pronouns, settings

PREP_FRAMES = frozenset({"of", "about", "on", "against", "for", "at", "to_obj"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def find_cue_candidates(doc: Doc, in_quote: list[bool], lexicon: CueLexicon) -> Iterator[Candidate]:
    """Every cue outside quotation marks that has both a speaker and content."""
    for token in doc:
        if in_quote[token.i]:
            continue
        found = _candidate(token, lexicon)
        if found is not None:
            yield found


def _candidate(token: Token, lexicon: CueLexicon) -> Candidate | None:
    lower = token.lower_
    if lower == "according":
        return _according_to(token, lexicon)
    if lower == "words" and token.head.lower_ == "in":
        return _in_words(token, lexicon)
    if token.pos_ in ("VERB", "AUX"):
        cue = lexicon.verbs.get(token.lemma_.lower())
        return _verb(token, cue) if cue else None
    if token.pos_ == "NOUN":
        cue = lexicon.nouns.get(token.lemma_.lower())
        return _noun(token, cue) if cue else None
    return None


# -- verbs -----------------------------------------------------------------------------


def _verb(verb: Token, cue: Cue) -> Candidate | None:
    speaker = subject_of(verb)
    if speaker is None:
        return None
    roots = _content_roots(verb, cue)
    if not roots or not _can_speak(speaker, verb, cue, clausal=roots[0].dep_ == "ccomp"):
        return None
    if "evidence" in cue.frames and not _evidence_source(speaker):
        return None
    span = _span(roots, verb, speaker)
    if span is None:
        return None
    cue_start, cue_end = _verb_cue_tokens(verb)
    return Candidate("indirect", cue.kind, cue_start, cue_end, span[0], span[1], speaker.i)


def _can_speak(speaker: Token, verb: Token, cue: Cue, *, clausal: bool) -> bool:
    """People and institutions speak; any noun may "say that …" ("the report says that …"),
    but only a plausible speaker "highlights the need" (not "the emphasis")."""
    if "person" in cue.frames and _place_named(speaker):
        return False
    any_subject = "anysubj" in cue.frames or (clausal and cue.kind == "speech")
    if any_subject and speaker.pos_ in ("NOUN", "PRON", "NUM", "DET", "PROPN"):
        return speaker.tag_ not in ("WP", "WDT", "EX") and not (
            speaker.lower_ == "it" and _expletive(verb)
        )
    if not plausible_speaker(speaker):
        return False
    return not (speaker.lower_ == "it" and _expletive(verb))


def _place_named(speaker: Token) -> bool:
    """ "Mexico assumes …", "the Russians imagine …", "it figures …": a country, a nation or
    an "it" as the subject of private cognition is the writer's view of them, not a report.
    A group of people is not a nation ("many Indians feel", "Conservatives suspect")."""
    if speaker.lower_ == "it":
        return True
    if speaker.ent_type_ == "NORP":
        return [c.lower_ for c in speaker.children if c.i < speaker.i] == ["the"]
    return speaker.ent_type_ in PLACE_LABELS and speaker.pos_ in ("PROPN", "NOUN")


def _evidence_source(speaker: Token) -> bool:
    """ "The discussion reflects … It signals Moscow's expectation …": an indication verb
    attributes only when its "it" stands for a source (a person, an institution, a document,
    as in "The poll … It shows …"); what "it" stands for is the previous sentence's subject.
    Without a common noun there to judge by ("Much of the pressure …"), the statement stays."""
    info = pronouns().get(speaker.lower_)
    if info is None or info.refers_to != "institution":
        return True
    antecedent = _previous_subject(speaker)
    return antecedent is None or antecedent.pos_ != "NOUN" or plausible_speaker(antecedent)


def _previous_subject(token: Token) -> Token | None:
    """The subject of the root of the sentence before `token`'s, if it has one."""
    start, _ = sentence_bounds(token)
    if start == 0:
        return None
    prev_start, prev_end = sentence_bounds(token.doc[start - 1])
    root = next((t for t in token.doc[prev_start:prev_end] if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _expletive(verb: Token) -> bool:
    """ "It is said that …" / "it seems": an empty subject, not a speaker."""
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ in ("seem", "appear")


def _content_roots(verb: Token, cue: Cue) -> list[Token]:
    """The dependents of `verb` that carry its message, following the cue's frames."""
    children = list(verb.children)
    clause = [c for c in children if c.dep_ == "ccomp"] if "clause" in cue.frames else []
    if clause:
        return [_nearest_clause(verb, clause)]
    if "clause" in cue.frames and verb.dep_ == "parataxis":
        return [verb.head]
    roots: list[Token] = []
    if "inf" in cue.frames:
        roots += [c for c in children if c.dep_ == "xcomp" and _has_to(c)]
    if "as" in cue.frames:
        roots += _as_roots(children) + _objects_with_as(children)
    if "obj" in cue.frames or ("as" in cue.frames and roots):
        roots += [c for c in children if c.dep_ == "dobj" and (c.pos_ != "PRON" or roots)]
    roots += _prep_roots(children, cue)
    return roots


def _nearest_clause(verb: Token, clauses: list[Token]) -> Token:
    """ "X highlighted the risk, a pattern critics say could …": the clause after the cue."""
    after = [c for c in clauses if c.i > verb.i]
    return after[0] if after else clauses[-1]


def _has_to(token: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)


def _as_roots(children: list[Token]) -> list[Token]:
    found = []
    for c in children:
        as_prep = (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
        if as_prep or (c.dep_ == "advcl" and _marked_as(c)):
            found.append(c)
    return found


def _objects_with_as(children: list[Token]) -> list[Token]:
    """ "framed the decision as a betrayal": the parser may hang "as" on the object."""
    return [
        c
        for c in children
        if c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
    ]


def _marked_as(clause: Token) -> bool:
    return any(m.lower_ == "as" for m in clause.children if m.dep_ == "mark")


def _prep_roots(children: list[Token], cue: Cue) -> list[Token]:
    wanted = {("to" if f == "to_obj" else f) for f in cue.frames & PREP_FRAMES}
    found = []
    for c in children:
        if c.dep_ == "prep" and c.lower_ in wanted:
            found += [o for o in c.children if o.dep_ in ("pobj", "pcomp") and not _setting(c, o)]
        if c.dep_ == "dobj" and "to_obj" in cue.frames:
            found.append(c)
    return found


def _setting(prep: Token, obj: Token) -> bool:
    """ "spoke on condition of anonymity": how or where, not what (data/settings.tsv)."""
    return (prep.lower_, obj.lemma_.lower()) in settings()


def _span(roots: list[Token], cue: Token, speaker: Token | None) -> tuple[int, int] | None:
    """Character span covering the content subtrees; none when it would swallow the speaker."""
    start = min(r.left_edge.i for r in roots)
    end = max(r.right_edge.i for r in roots) + 1
    if cue.doc[start].dep_ == "prep" and cue.doc[start].lower_ == "as":
        start += 1
    if start <= cue.i < end and cue.dep_ != "parataxis":
        return None
    if speaker is not None and start <= speaker.i < end and cue.dep_ != "parataxis":
        return None
    return trimmed_chars(cue.doc, start, end)


def _verb_cue_tokens(verb: Token) -> tuple[int, int]:
    """The cue words: the verb with its particle ("pointed out"), for display."""
    end = verb.i + 1
    for c in verb.children:
        if c.dep_ == "prt" and c.i == end:
            end += 1
    return verb.i, end


# -- nouns and phrases ------------------------------------------------------------------


def _noun(noun: Token, cue: Cue) -> Candidate | None:
    """ "Moscow's concern that …", "the minister's view is that …"."""
    speakers = [c for c in noun.children if c.dep_ == "poss"] or [
        c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON")
    ]
    if not speakers or (speakers[0].lower_ in ("its", "their") and not speakers[0].ent_type_):
        return None
    clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)]
    kind = "indirect"
    if not clause and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = [c for c in noun.head.children if c.dep_ in ("ccomp", "attr") and c.i > noun.i]
        kind = "according_to"
    if not clause:
        return None
    span = trimmed_chars(noun.doc, clause[0].left_edge.i, clause[-1].right_edge.i + 1)
    if span is None:
        return None
    return Candidate(kind, cue.kind, noun.i, noun.i + 1, span[0], span[1], speakers[0].i)  # type: ignore[arg-type]


def _that_clause(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _according_to(according: Token, lexicon: CueLexicon) -> Candidate | None:
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None and according.i + 1 < len(according.doc):
        nxt = according.doc[according.i + 1]
        to = nxt if nxt.lower_ == "to" else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    phrase_end = max(source.right_edge.i, to.i) + 1  # type: ignore[union-attr]
    span = _rest_of_clause(according, according.i, phrase_end)
    if span is None:
        return None
    cue = lexicon.phrases["according to"]
    return Candidate("according_to", cue.kind, according.i, according.i + 2, *span, source.i)


def _in_words(words: Token, lexicon: CueLexicon) -> Candidate | None:
    """ "In Petrov's words, …" / "in the words of Petrov"."""
    prep = words.head
    poss = [c for c in words.children if c.dep_ == "poss"]
    of = [o for c in words.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    sources = poss or of
    if not sources:
        return None
    source = sources[0]
    phrase_end = max(words.right_edge.i, source.right_edge.i) + 1
    span = _rest_of_clause(prep, prep.i, phrase_end)
    if span is None:
        return None
    key = "in the words of" if of else "in words"
    cue = lexicon.phrases[key]
    return Candidate("according_to", cue.kind, prep.i, phrase_end, *span, source.i)


def _rest_of_clause(anchor: Token, p_start: int, p_end: int) -> tuple[int, int] | None:
    """The clause an attribution phrase modifies, without the phrase when it sits at an edge."""
    clause = anchor.head
    sent_start, sent_end = sentence_bounds(anchor)
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    start, end = max(start, sent_start), min(end, sent_end)
    if p_start <= start:
        start = p_end
    elif p_end >= end:
        end = p_start
    return trimmed_chars(anchor.doc, start, end)


__all__ = ["find_cue_candidates"]
