"""extract_statements: direct, indirect and according-to statements with resolved speakers.

It reads an already parsed Doc (the pipeline parses in batches) and never re-parses: one pass
over the quotation marks, one over the tokens for cues, one for coreference.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from crossroads.actors import named_bodies
from crossroads.attribution.candidates import Candidate
from crossroads.attribution.coref import Coref
from crossroads.attribution.cues import find_cue_candidates
from crossroads.attribution.direct import TokenIndex, find_colon_blocks, find_direct_candidates
from crossroads.attribution.lexicon import cue_lexicon
from crossroads.attribution.quotes import find_quotes
from crossroads.attribution.speakers import build_speaker
from crossroads.attribution.transcript import find_transcript_turns
from crossroads.model import Actor, Statement
from crossroads.nlp import doc_text
from crossroads.tone import text_tone

DIRECT_SHARE = 0.5


def find_candidates(doc: Doc) -> tuple[list[Candidate], Coref]:
    """Attributions before speakers are turned into records, and the document's coreference."""
    lexicon = cue_lexicon()
    text = doc_text(doc)
    quotes = find_quotes(text)
    index = TokenIndex(doc, quotes)
    by_cue = sorted(find_cue_candidates(doc, index.in_quote, lexicon), key=lambda c: c.end)
    direct = list(find_direct_candidates(doc, quotes, index, lexicon, by_cue))
    direct += find_transcript_turns(doc, index, text)
    direct = _blocks_over_quotes(list(find_colon_blocks(doc, index, lexicon)), direct)
    return merge(direct, by_cue, doc=doc), Coref(doc, index.in_quote)


def _blocks_over_quotes(blocks: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    """A colon block replaces the quotes inside it: they are one statement of one speaker."""
    if not blocks:
        return direct
    inside = [d for d in direct if not any(b.start <= d.start and d.end <= b.end for b in blocks)]
    return blocks + inside


def merge(direct: list[Candidate], by_cue: list[Candidate], *, doc: Doc) -> list[Candidate]:
    """One reading per cue: a quote wins over the clause of the same cue unless the quote is
    only a small part of that clause ("said that X was "a disgrace""). When the cue closes
    the clause, a quote after it goes on in the same voice ("X was "too late," she added.
    "The region pays for it."") and stays with it."""
    direct_by_cue: dict[int, list[Candidate]] = {}
    for d in direct:
        direct_by_cue.setdefault(d.cue_start, []).append(d)
    kept: list[Candidate] = []
    for c in by_cue:
        quotes = direct_by_cue.get(c.cue_start)
        if quotes and _quoted_share(c, quotes) >= DIRECT_SHARE:
            continue
        if quotes:
            direct_by_cue[c.cue_start] = _follow_ons(c, quotes, doc)
        kept.append(c)
    kept += [d for ds in direct_by_cue.values() for d in ds]
    return sorted(set(kept), key=lambda c: (c.start, c.end, c.cue_start))


def _follow_ons(clause: Candidate, quotes: list[Candidate], doc: Doc) -> list[Candidate]:
    """The quotes after a clause whose cue comes after its content ("…, Kolawole said. "…"")."""
    if doc[clause.cue_start].idx < clause.end:
        return []
    return [q for q in quotes if q.start >= clause.end]


def _quoted_share(clause: Candidate, quotes: Iterable[Candidate]) -> float:
    inside = sum(max(0, min(q.end, clause.end) - max(q.start, clause.start)) for q in quotes)
    return inside / max(1, clause.end - clause.start)


def extract_statements(
    doc: Doc, *, published: str | None = None, voice: Actor | None = None
) -> list[Statement]:
    """Statements of one article; `doc` is the parse of the article's clean text and every
    offset indexes `doc.text`. `published` (YYYY-MM-DD) dates the actor look-up; `voice` is
    the actor a first-person speaker outside quotation marks stands for (crossroads.voice)."""
    pairs = statements_with_cues(doc, published=published, voice=voice)
    return [statement for _, statement in pairs]


def statements_with_cues(
    doc: Doc, *, published: str | None = None, voice: Actor | None = None
) -> list[tuple[Candidate, Statement]]:
    """Each statement with the candidate it came from (cue position, cue kind), for scoring."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("extract_statements needs a parsed Doc: use crossroads.nlp.load_nlp()")
    text = doc_text(doc)
    candidates, coref = find_candidates(doc)
    named = named_bodies(text, date=published) if candidates else frozenset()
    pairs = []
    for c in candidates:
        if c.speaker is None:
            continue
        speaker = build_speaker(doc[c.speaker], coref, published, named, voice)
        content = text[c.start : c.end]
        tone = text_tone(content)
        pairs.append(
            (c, Statement(speaker, c.cue_text(doc), c.kind, content, c.start, c.end, tone))
        )
    return pairs


__all__ = ["extract_statements", "find_candidates", "merge", "statements_with_cues"]
