"""Direct statements: a quotation and the cue and speaker in the words around it.

The speaker may come after the quote ("…," the minister said), before it (she said: "…"),
or in the middle of two halves; a quote that no cue introduces continues the previous speaker
when it follows on directly (the next paragraph of the same speech). Short quotes without a cue
of their own are scare quotes inside someone else's sentence, not statements.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from crossroads.attribution.candidates import (
    Candidate,
    plausible_speaker,
    sentence_bounds,
    subject_of,
)
from crossroads.attribution.lexicon import CueLexicon
from crossroads.attribution.quotes import Quote

AFTER_WINDOW = 30
BEFORE_WINDOW = 25
MIN_UNCUED_TOKENS = 3
SHORT_QUOTE = 6
FOLLOW_ON_GAP = 3
FOLLOW_ON_WORDS = 3
FOLLOW_ON_TOKENS = 40
BLOCK_TOKENS = 400
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "‘", "’", "'", "''", "``"})
SENTENCE_END = frozenset({".", "!", "?"})


class TokenIndex:
    """Token lookup by character offset, with the in-quote mark of every token."""

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        self.doc = doc
        self.starts: list[int] = doc.to_array(IDX).tolist()
        self.in_quote = _quote_marks(self.starts, quotes)

    def at(self, char: int) -> int:
        """The token that contains character `char`."""
        return max(0, bisect_right(self.starts, char) - 1)


def _quote_marks(starts: list[int], quotes: list[Quote]) -> list[bool]:
    """For each token (by its first character): is it inside a quotation (marks included)?"""
    marks = [False] * len(starts)
    for quote in quotes:
        first, last = bisect_left(starts, quote.open_mark), bisect_right(starts, quote.close_mark)
        marks[first:last] = [True] * (last - first)
    return marks


def find_direct_candidates(
    doc: Doc,
    quotes: list[Quote],
    index: TokenIndex,
    lexicon: CueLexicon,
    clauses: list[Candidate],
) -> Iterator[Candidate]:
    """A candidate for every quotation with a cue, a colon introduction or a predecessor.

    `clauses` are the cue statements already found (sorted by position): a quote right after
    one of them ("…, Kolawole said. "A second reason …"") goes on in that speaker's voice."""
    previous: Candidate | None = None
    previous_end = -1
    c = 0
    for quote in quotes:
        first, last = index.at(quote.open_mark), index.at(quote.close_mark)
        while c < len(clauses) and clauses[c].end <= quote.open_mark:
            previous, previous_end = _later(previous, previous_end, clauses[c], index)
            c += 1
        found = _cued(doc, quote, first, last, index, lexicon)
        if found is None and previous is not None:
            found = _follow_on(doc, quote, first, previous, previous_end, last)
        if found is None:
            continue
        previous, previous_end = found, _statement_end(doc, found, last)
        yield found


def _later(
    previous: Candidate | None, previous_end: int, clause: Candidate, index: TokenIndex
) -> tuple[Candidate | None, int]:
    end = _statement_end(index.doc, clause, index.at(clause.end - 1))
    return (clause, end) if end > previous_end else (previous, previous_end)


def _statement_end(doc: Doc, found: Candidate, last: int) -> int:
    """The last token of a statement's sentence, speaker phrase included."""
    cue = doc[found.cue_start]
    end = max(last, sentence_bounds(cue)[1] - 1) if cue.i > last else last
    while end + 1 < len(doc) and doc[end + 1].text in SENTENCE_END:
        end += 1
    return end


def _cued(
    doc: Doc, quote: Quote, first: int, last: int, index: TokenIndex, lexicon: CueLexicon
) -> Candidate | None:
    after = _cue_after(doc, last, index, lexicon)
    if after is not None and _next_sentence(doc, first, last, after[0]):
        after = None
    cue = after or _cue_before(doc, first, index, lexicon)
    if cue is None or (last - first - 1 < SHORT_QUOTE and not _set_off(doc, first, last)):
        return None
    verb, speaker = cue
    kind = (
        lexicon.verbs[verb.lemma_.lower()].kind
        if verb.lemma_.lower() in lexicon.verbs
        else "speech"
    )
    return Candidate("direct", kind, verb.i, verb.i + 1, quote.start, quote.end, speaker.i)


def _next_sentence(doc: Doc, first: int, last: int, verb: Token) -> bool:
    """'X tweeted: "Russia must pay." Marek wrote on Twitter that …': a quote closed by a
    full stop, and a verb after it with a message of its own, is the next sentence, not the
    quote's cue ('"We will win." Petrov said.' keeps its cue)."""
    if last - first < 2 or doc[last - 1].text != ".":
        return False
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """A quote set off by punctuation ('"…," she said' / 'she said: "…"'), not a phrase quoted
    inside someone's sentence ('what she called a "paper tiger"')."""
    before = doc[first - 1].text if first > 0 else "\n"
    inside_end = doc[last - 1].text if last > first else ""
    after = doc[last + 1].text if last + 1 < len(doc) else "\n"
    return (
        before in (",", ":", "\n")
        or "\n" in before
        or inside_end in (",", "?", "!")
        or after == ","
    )


def _cue_after(
    doc: Doc, last: int, index: TokenIndex, lexicon: CueLexicon
) -> tuple[Token, Token] | None:
    """'"…," the minister said' / '"…," said Petrov': the first verb after the quote."""
    for i in range(last + 1, min(len(doc), last + 1 + AFTER_WINDOW)):
        token = doc[i]
        if index.in_quote[i] or token.text in SENTENCE_END or "\n" in token.text:
            return None
        if token.pos_ in ("VERB", "AUX") and token.lemma_ != "be":
            return _verb_and_speaker(token, lexicon)
    return None


def _cue_before(
    doc: Doc, first: int, index: TokenIndex, lexicon: CueLexicon
) -> tuple[Token, Token] | None:
    """'She said: "…"' / 'He told reporters, "…"': the nearest verb before the quote; or,
    before a colon with no verb, the person named there ('A lesson from Ana Ruiz: "…"')."""
    colon = first > 0 and doc[first - 1].text == ":"
    named: Token | None = None
    for i in range(first - 1, max(-1, first - 1 - BEFORE_WINDOW), -1):
        token = doc[i]
        if index.in_quote[i] or token.text in SENTENCE_END or "\n" in token.text:
            break
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux" and token.lemma_ != "be":
            return _verb_or_colon(token, lexicon, colon=colon)
        if named is None and token.ent_type_ == "PERSON":
            named = token
    if colon and named is not None:
        return doc[first - 1], _name_head(named)
    return None


def _verb_or_colon(token: Token, lexicon: CueLexicon, *, colon: bool) -> tuple[Token, Token] | None:
    found = _verb_and_speaker(token, lexicon)
    if found is not None or not colon:
        return found
    speaker = subject_of(token)
    return (token, speaker) if speaker is not None and plausible_speaker(speaker) else None


def _name_head(token: Token) -> Token:
    """The last word of the name a token belongs to."""
    doc = token.doc
    while token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        token = doc[token.i + 1]
    return token


def _verb_and_speaker(verb: Token, lexicon: CueLexicon) -> tuple[Token, Token] | None:
    if verb.lemma_.lower() not in lexicon.verbs:
        return None
    speaker = subject_of(verb)
    if speaker is None or not plausible_speaker(speaker):
        return None
    return verb, speaker


def _follow_on(
    doc: Doc, quote: Quote, first: int, previous: Candidate, previous_end: int, last: int
) -> Candidate | None:
    """A quote right after the previous statement, with no cue: the same speaker goes on."""
    if last - first - 1 < MIN_UNCUED_TOKENS:
        return None
    if first - previous_end > FOLLOW_ON_TOKENS:
        return None
    between = doc[previous_end + 1 : first]
    words = sum(1 for t in between if t.is_alpha)
    sentences = sum(1 for t in between if t.text in SENTENCE_END or "\n" in t.text)
    if words > FOLLOW_ON_WORDS or sentences > FOLLOW_ON_GAP:
        return None
    return Candidate(
        "direct",
        previous.cue_kind,
        previous.cue_start,
        previous.cue_end,
        quote.start,
        quote.end,
        previous.speaker,
    )


__all__ = ["TokenIndex", "find_colon_blocks", "find_direct_candidates"]


def find_colon_blocks(doc: Doc, index: TokenIndex, lexicon: CueLexicon) -> Iterator[Candidate]:
    """'The minister said:' ending a paragraph, and the next paragraph is what was said
    (quoted or set as a block)."""
    for token in doc:
        if token.text != ":" or index.in_quote[token.i] or token.i + 2 >= len(doc):
            continue
        if "\n" not in doc[token.i + 1].text:
            continue
        cue = _cue_before(doc, token.i + 1, index, lexicon)
        span = _paragraph(doc, token.i + 2)
        if cue is not None and span is not None:
            verb, speaker = cue
            entry = lexicon.verbs.get(verb.lemma_.lower())
            kind = entry.kind if entry else "speech"
            yield Candidate("direct", kind, verb.i, verb.i + 1, span[0], span[1], speaker.i)


def _paragraph(doc: Doc, start: int) -> tuple[int, int] | None:
    """Characters of the paragraph starting at token `start`, without its quotation marks."""
    end = start
    while end < len(doc) and "\n" not in doc[end].text and end - start < BLOCK_TOKENS:
        end += 1
    while start < end and doc[start].text in QUOTE_MARKS:
        start += 1
    while end > start and (doc[end - 1].text in QUOTE_MARKS or doc[end - 1].is_space):
        end -= 1
    if end - start < MIN_UNCUED_TOKENS:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
