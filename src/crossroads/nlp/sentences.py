"""Sentences of a parsed Doc, computed once per Doc.

spaCy's `Token.sent` and `Span.sent` walk `doc.sents` from the start on every call, so a stage
that asks for the sentence of many tokens pays O(tokens²). Stages ask here instead: the
sentences and a token → sentence table are built once and kept in `doc.user_data`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_SENTS = "crossroads.sents"
_SENT_OF = "crossroads.sent_of"


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The Doc's sentences, in order."""
    cached = doc.user_data.get(_SENTS)
    if cached is None:
        cached = tuple(doc.sents)
        doc.user_data[_SENTS] = cached
        doc.user_data[_SENT_OF] = _sentence_table(cached, len(doc))
    return cached


def _sentence_table(sents: tuple[Span, ...], length: int) -> list[int]:
    table = [0] * length
    for index, sent in enumerate(sents):
        table[sent.start : sent.end] = [index] * (sent.end - sent.start)
    return table


def sentence_index(token: Token) -> int:
    """Position of the token's sentence in `sentences(token.doc)`."""
    sentences(token.doc)
    table: list[int] = token.doc.user_data[_SENT_OF]
    return table[token.i]


def sentence_of(token: Token) -> Span:
    """The sentence holding the token (what `token.sent` gives, without the walk)."""
    return sentences(token.doc)[sentence_index(token)]


def window_start(token: Token, *, back: int = 1) -> int:
    """Where the sentence `back` sentences before the token's starts (the first sentence's
    start when there are fewer): the window a reader looks back over for an antecedent."""
    return sentences(token.doc)[max(0, sentence_index(token) - back)].start
