"""The work of one batch, as a pure function a worker process can run.

Extraction and the NLP stages are where the time goes; they need nothing from the store, so
the local runner can hand batches to worker processes and keep one writer in the main one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crossroads.actors import load_gazetteer, use_gazetteer
from crossroads.attribution.speakers import code_actor
from crossroads.errors import CrossroadsError
from crossroads.events.verb_dictionary import load_verb_dictionary, use_verb_dictionary
from crossroads.extract import extract_article
from crossroads.model import Actor, Article, ArticleResult, ProcessingError, RawDocument
from crossroads.nlp import load_nlp
from crossroads.pipeline import analyse_batch, as_processing_error, internal_error
from crossroads.voice import use_voice

Task = tuple[RawDocument, frozenset[str]]
"""A document and the lines its site repeats on every page (removed by the text cleaner)."""


@dataclass(slots=True)
class BatchOutcome:
    """Results of a batch in input order, and the documents that failed, with their codes."""

    results: list[ArticleResult] = field(default_factory=list)
    errors: list[ProcessingError] = field(default_factory=list)


def use_actor_dictionaries(files: tuple[Path, ...]) -> None:
    """User dictionaries (`--actors`) over the built-in ones, for every stage of this process."""
    use_gazetteer(load_gazetteer(files) if files else None)
    code_actor.cache_clear()  # speakers already coded with another gazetteer


def use_verb_dictionaries(files: tuple[Path, ...], discards: tuple[Path, ...] = ()) -> None:
    """User verb dictionaries and discard lists (`--verbs`, `--discards`) over the built-in
    rules, for this process."""
    wanted = files or discards
    use_verb_dictionary(load_verb_dictionary(files, discards=discards) if wanted else None)


def start_worker(
    actor_files: tuple[Path, ...],
    verb_files: tuple[Path, ...] = (),
    discard_files: tuple[Path, ...] = (),
    voice: Actor | None = None,
) -> None:
    """A worker process's set-up: the run's dictionaries, its voice and the model, loaded
    once."""
    use_actor_dictionaries(actor_files)
    use_verb_dictionaries(verb_files, discard_files)
    use_voice(voice)
    load_nlp()


def process_batch(tasks: list[Task]) -> BatchOutcome:
    """Extract and analyse a batch; one bad document is an error row, never a lost batch."""
    outcome = BatchOutcome()
    articles = list(_extract(tasks, outcome.errors))
    outcome.results = list(_analyse_safely(articles, outcome.errors))
    return outcome


def _extract(tasks: list[Task], errors: list[ProcessingError]) -> Iterator[Article]:
    for raw, boilerplate in tasks:
        try:
            yield extract_article(raw, boilerplate=boilerplate)
        except CrossroadsError as error:
            errors.append(as_processing_error(error))
        except Exception as error:  # one bad document never stops a batch
            errors.append(internal_error(raw.uri, error))


def _analyse_safely(
    articles: list[Article], errors: list[ProcessingError]
) -> Iterator[ArticleResult]:
    """The batch at once; if it fails, article by article, so only the bad one is lost."""
    try:
        yield from analyse_batch(articles)
        return
    except Exception:  # retried one by one below, to find the culprit
        pass
    for article in articles:
        try:
            yield from analyse_batch([article])
        except Exception as error:
            errors.append(internal_error(article.source_uri, error))
