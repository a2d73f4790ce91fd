"""Links between events and statements: which statement a token is said in, or is the cue of.

Why: an event found inside a statement's words was said, not done ("Y had accused Z" inside X's
statement is Y ACCUSE Z, `statement` pointing at X's statement), and a pronoun subject of a
cue verb ("She criticized …") stands for the statement's resolved speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from crossroads.model import Statement
from crossroads.nlp.sentences import sentence_of


@dataclass(frozen=True, slots=True)
class StatementMap:
    """Content spans and cue tokens of the article's statements."""

    spans: tuple[tuple[int, int, int], ...]
    cues: dict[int, int]

    def said_in(self, char: int) -> int | None:
        """The statement whose words contain this character (the innermost one)."""
        best: tuple[int, int] | None = None
        for start, end, index in self.spans:
            if start <= char < end and (best is None or end - start < best[0]):
                best = (end - start, index)
        return None if best is None else best[1]

    def cue_of(self, token: Token) -> int | None:
        return self.cues.get(token.i)


def map_statements(doc: Doc, statements: Sequence[Statement]) -> StatementMap:
    spans = tuple((s.start, s.end, i) for i, s in enumerate(statements))
    cues: dict[int, int] = {}
    for index, statement in enumerate(statements):
        token = cue_token(doc, statement)
        if token is not None:
            cues.setdefault(token.i, index)
    return StatementMap(spans=spans, cues=cues)


def cue_token(doc: Doc, statement: Statement) -> Token | None:
    """The cue verb of a statement: the cue's first word in the statement's sentence(s),
    nearest the speaker when the speaker's offsets are known."""
    words = statement.cue.lower().split()
    if not words:
        return None
    span = doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None:
        return None
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    outside = [
        t for t in doc[first.start : last.end] if not statement.start <= t.idx < statement.end
    ]
    candidates = [t for t in outside if t.lower_ == words[0]]
    if not candidates:
        candidates = [t for t in outside if t.lemma_.lower() == words[0]]
    if not candidates:
        return None
    anchor = statement.speaker.start if statement.speaker.start is not None else statement.start
    return min(candidates, key=lambda t: abs(t.idx - anchor))
