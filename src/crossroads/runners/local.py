"""The local runner: sources → batches → extract → parse → NLP stages → one DuckDB writer.

Resumable: an article whose id is already stored is skipped before any work is done on it,
so `process` after a kill -9 goes on where the last committed batch ended.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from crossroads.actors import load_gazetteer, use_gazetteer
from crossroads.attribution.speakers import code_actor
from crossroads.config import WRITE_BATCH_SIZE
from crossroads.dedup import DuplicateFinder, Signature, signature
from crossroads.errors import CrossroadsError
from crossroads.extract import extract_article
from crossroads.extract.decode import decode_document
from crossroads.extract.metadata import article_id, site_of
from crossroads.extract.text import SiteBoilerplate
from crossroads.ingest import Source, expand_inputs, read_source
from crossroads.ingest.fetch import Fetcher, FetchPolicy
from crossroads.ingest.files import read_file
from crossroads.model import Article, ArticleResult, ProcessingError, RawDocument, result_to_record
from crossroads.pipeline import analyse_batch, as_processing_error, internal_error
from crossroads.store import Store

ErrorHook = Callable[[ProcessingError], None]
ProgressHook = Callable[[int, int, int], None]


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the one-line summary and for scripts."""

    sources: int = 0
    documents: int = 0
    stored: int = 0
    already_stored: int = 0
    errors: int = 0
    statements: int = 0
    events: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    error_codes: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class RunOptions:
    db_path: Path
    jsonl: TextIO | None = None
    fetch_policy: FetchPolicy = field(default_factory=FetchPolicy)
    batch_size: int = WRITE_BATCH_SIZE
    on_error: ErrorHook | None = None
    on_progress: ProgressHook | None = None
    actor_files: tuple[Path, ...] = ()


def run_local(specs: list[str], options: RunOptions) -> RunSummary:
    """Process every input into the store (and the JSONL stream, in input order)."""
    started = time.perf_counter()
    use_actor_dictionaries(options.actor_files)
    sources = expand_inputs(specs)
    summary = RunSummary(sources=len(sources))
    boilerplate = learn_site_boilerplate(sources)
    fetcher = Fetcher(options.fetch_policy)
    with Store(options.db_path) as store:
        batch = _Batch(store=store, options=options, summary=summary, boilerplate=boilerplate)
        if options.on_progress:
            options.on_progress(0, len(sources), 0)
        for done, source in enumerate(sources, start=1):
            for item in read_source(source, fetcher=fetcher):
                batch.add(item)
            if options.on_progress:
                options.on_progress(done, len(sources), summary.documents)
        batch.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def use_actor_dictionaries(files: tuple[Path, ...]) -> None:
    """User dictionaries (`--actors`) over the built-in ones, for every stage of this run."""
    use_gazetteer(load_gazetteer(files) if files else None)
    code_actor.cache_clear()  # speakers already coded with another gazetteer


def site_key(raw: RawDocument) -> str:
    """The site a document belongs to: its host, else the folder it was found in."""
    return site_of(raw.url) or str(Path(raw.uri).parent)


def learn_site_boilerplate(sources: list[Source]) -> SiteBoilerplate:
    """Lines that plain-text pages of one site repeat: a first, cheap pass over text files."""
    learned = SiteBoilerplate()
    for source in sources:
        if source.kind == "file" and Path(source.name).name.lower().endswith((".txt", ".txt.gz")):
            for item in read_file(Path(source.name)):
                if isinstance(item, RawDocument):
                    text = decode_document(item.data, declared=item.charset)
                    learned.observe(site_key(item), text.splitlines())
    return learned


@dataclass(slots=True)
class _Batch:
    store: Store
    options: RunOptions
    summary: RunSummary
    boilerplate: SiteBoilerplate
    documents: list[RawDocument] = field(default_factory=list)
    errors: list[ProcessingError] = field(default_factory=list)
    duplicates: DuplicateFinder = field(init=False)

    def __post_init__(self) -> None:
        self.duplicates = DuplicateFinder(self.store.duplicate_candidates)

    def add(self, item: RawDocument | CrossroadsError) -> None:
        if isinstance(item, CrossroadsError):
            self._fail(as_processing_error(item))
        else:
            self.summary.documents += 1
            self.documents.append(item)
        if len(self.documents) >= self.options.batch_size:
            self.flush()

    def flush(self) -> None:
        articles = list(self._extract(self._to_process()))
        results = list(_analyse_safely(articles, on_failure=self._fail))
        results, signatures = self._mark_duplicates(results)
        self.summary.stored += self.store.write(results, self.errors, signatures)
        self.duplicates.forget_recent()
        for result in results:
            self._count(result)
        self.documents, self.errors = [], []

    def _mark_duplicates(
        self, results: list[ArticleResult]
    ) -> tuple[list[ArticleResult], list[Signature]]:
        """Set `duplicate_of`; an article stored before keeps what it was stored with."""
        stored = self.store.stored_duplicates(r.article.id for r in results)
        marked, signatures = [], []
        for result in results:
            if result.article.id in stored:
                duplicate_of = stored[result.article.id]
            else:
                signature_ = signature(result.article.id, result.article.text)
                duplicate_of = self.duplicates.duplicate_of(signature_)
                signatures.append(signature_)
            marked.append(replace(result, duplicate_of=duplicate_of))
        return marked, signatures

    def _to_process(self) -> list[RawDocument]:
        """All documents when JSONL is wanted (it holds every record), else only new ones."""
        if self.options.jsonl is not None:
            return self.documents
        stored = self.store.stored_ids(article_id(raw) for raw in self.documents)
        self.summary.already_stored += sum(article_id(raw) in stored for raw in self.documents)
        return [raw for raw in self.documents if article_id(raw) not in stored]

    def _extract(self, documents: list[RawDocument]) -> Iterator[Article]:
        for raw in documents:
            try:
                yield extract_article(raw, boilerplate=self.boilerplate.lines_for(site_key(raw)))
            except CrossroadsError as error:
                self._fail(as_processing_error(error))
            except Exception as error:  # one bad document never stops a batch
                self._fail(internal_error(raw.uri, error))

    def _count(self, result: ArticleResult) -> None:
        self.summary.statements += len(result.statements)
        self.summary.events += len(result.events)
        self.summary.duplicates += result.duplicate_of is not None
        if self.options.jsonl is not None:
            self.options.jsonl.write(
                json.dumps(result_to_record(result), ensure_ascii=False) + "\n"
            )
            self.options.jsonl.flush()

    def _fail(self, error: ProcessingError) -> None:
        self.summary.errors += 1
        self.summary.error_codes[error.code] = self.summary.error_codes.get(error.code, 0) + 1
        self.errors.append(error)
        if self.options.on_error:
            self.options.on_error(error)


def _analyse_safely(articles: list[Article], *, on_failure: ErrorHook) -> Iterator[ArticleResult]:
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
            on_failure(internal_error(article.source_uri, error))
