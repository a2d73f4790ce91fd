"""The pure per-document pipeline: RawDocument → ArticleResult.

Extraction runs per document; the NLP stages run on a batch of articles so that spaCy parses
them with `nlp.pipe`. Runners only map these functions over their inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from crossroads import __version__
from crossroads.attribution import extract_statements
from crossroads.errors import Code, CrossroadsError
from crossroads.events import code_events
from crossroads.extract import extract_article
from crossroads.geo import attach_places, find_places
from crossroads.model import Article, ArticleResult, ProcessingError, RawDocument
from crossroads.nlp import parse_texts
from crossroads.nlp.pipeline import model_version
from crossroads.tone import article_tone
from crossroads.voice import active_voice


@cache
def pipeline_version() -> str:
    """What made a record: crossroads' version and the model's."""
    return f"crossroads-{__version__}+{model_version()}"


def analyse(article: Article, doc: Doc) -> ArticleResult:
    """The NLP stages, in order, on one parsed article, in the run's voice (crossroads.voice)."""
    voice = active_voice()
    statements = tuple(extract_statements(doc, published=article.published, voice=voice))
    places = tuple(find_places(doc, published=article.published))
    events = code_events(doc, statements, published=article.published, voice=voice)
    return ArticleResult(
        article=article,
        statements=statements,
        events=tuple(attach_places(events, places)),
        places=places,
        tone=article_tone(doc),
        pipeline=pipeline_version(),
    )


def analyse_batch(articles: Sequence[Article]) -> list[ArticleResult]:
    """Parse a batch of articles together, then run the NLP stages on each."""
    docs = parse_texts(article.text for article in articles)
    return [analyse(article, doc) for article, doc in zip(articles, docs, strict=True)]


def process(raw: RawDocument, *, boilerplate: frozenset[str] = frozenset()) -> ArticleResult:
    """One document, end to end. Raises CrossroadsError for a document that yields no article."""
    return analyse_batch([extract_article(raw, boilerplate=boilerplate)])[0]


def as_processing_error(error: CrossroadsError) -> ProcessingError:
    return ProcessingError(
        source=error.source, stage=error.stage, code=error.code.value, message=error.message
    )


def internal_error(source: str, error: Exception) -> ProcessingError:
    """An unexpected failure on one document: recorded with a code, the run goes on."""
    message = f"{type(error).__name__}: {error}"
    return ProcessingError(
        source=source, stage="pipeline", code=Code.INTERNAL.value, message=message
    )
