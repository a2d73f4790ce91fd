"""The local runner: sources → batches → extract → parse → NLP stages → one DuckDB writer.

Resumable: an article whose id is already stored is skipped before any work is done on it,
so `process` after a kill -9 goes on where the last committed batch ended.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from crossroads.config import WRITE_BATCH_SIZE
from crossroads.dedup import DuplicateFinder, Signature, signature
from crossroads.errors import CrossroadsError
from crossroads.extract.decode import decode_document
from crossroads.extract.metadata import article_id, site_of
from crossroads.extract.text import SiteBoilerplate
from crossroads.ingest import Source, expand_inputs, read_source
from crossroads.ingest.fetch import Fetcher, FetchPolicy
from crossroads.ingest.files import read_file
from crossroads.model import Actor, ArticleResult, ProcessingError, RawDocument, result_to_record
from crossroads.pipeline import as_processing_error
from crossroads.runners.work import (
    BatchOutcome,
    process_batch,
    start_worker,
    use_actor_dictionaries,
    use_verb_dictionaries,
)
from crossroads.store import Store
from crossroads.voice import use_voice

ErrorHook = Callable[[ProcessingError], None]
ProgressHook = Callable[[int, int, int], None]
Work = Future[BatchOutcome] | BatchOutcome


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
    verb_files: tuple[Path, ...] = ()
    discard_files: tuple[Path, ...] = ()
    voice: Actor | None = None
    workers: int = 1


def run_local(specs: list[str], options: RunOptions) -> RunSummary:
    """Process every input into the store (and the JSONL stream, in input order)."""
    started = time.perf_counter()
    use_actor_dictionaries(options.actor_files)
    use_verb_dictionaries(options.verb_files, options.discard_files)
    use_voice(options.voice)
    sources = expand_inputs(specs)
    summary = RunSummary(sources=len(sources))
    boilerplate = learn_site_boilerplate(sources)
    fetcher = Fetcher(options.fetch_policy)
    with Store(options.db_path) as store, _executor(options) as executor:
        batch = _Batch(store, options, summary, boilerplate, executor)
        if options.on_progress:
            options.on_progress(0, len(sources), 0)
        for done, source in enumerate(sources, start=1):
            for item in read_source(source, fetcher=fetcher):
                batch.add(item)
            if options.on_progress:
                options.on_progress(done, len(sources), summary.documents)
        batch.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _executor(options: RunOptions) -> Any:
    """Worker processes for `--workers N` > 1; with one worker the main process does the work."""
    if options.workers <= 1:
        return nullcontext(None)
    return ProcessPoolExecutor(
        max_workers=options.workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=start_worker,
        initargs=(options.actor_files, options.verb_files, options.discard_files, options.voice),
    )


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


class _Batch:
    """Documents gathered into batches, worked on in order, written by this process alone."""

    def __init__(
        self,
        store: Store,
        options: RunOptions,
        summary: RunSummary,
        boilerplate: SiteBoilerplate,
        executor: ProcessPoolExecutor | None,
    ) -> None:
        self.store, self.options, self.summary = store, options, summary
        self.boilerplate, self.executor = boilerplate, executor
        self.documents: list[RawDocument] = []
        self.errors: list[ProcessingError] = []
        self.pending: deque[tuple[Work, list[ProcessingError]]] = deque()
        self.duplicates = DuplicateFinder(store.duplicate_candidates)

    def add(self, item: RawDocument | CrossroadsError) -> None:
        if isinstance(item, CrossroadsError):
            error = as_processing_error(item)
            self._report(error)
            self.errors.append(error)
        else:
            self.summary.documents += 1
            self.documents.append(item)
        if len(self.documents) >= self.options.batch_size:
            self._dispatch()

    def finish(self) -> None:
        self._dispatch()
        self._complete(keep=0)

    def _dispatch(self) -> None:
        """Hand the gathered documents on; complete the oldest batches beyond the workers."""
        tasks = [(raw, self.boilerplate.lines_for(site_key(raw))) for raw in self._to_process()]
        work: Work
        if self.executor is None:
            work = process_batch(tasks)
        else:
            work = self.executor.submit(process_batch, tasks)
        self.pending.append((work, self.errors))
        self.documents, self.errors = [], []
        self._complete(keep=self.options.workers - 1)

    def _complete(self, *, keep: int) -> None:
        """Write finished batches in the order they were gathered, until `keep` are left."""
        while len(self.pending) > keep:
            work, ingest_errors = self.pending.popleft()
            outcome = work.result() if isinstance(work, Future) else work
            for error in outcome.errors:
                self._report(error)
            results, signatures = self._mark_duplicates(outcome.results)
            errors = [*ingest_errors, *outcome.errors]
            self.summary.stored += self.store.write(results, errors, signatures)
            self.duplicates.forget_recent()
            for result in results:
                self._count(result)

    def _mark_duplicates(
        self, results: list[ArticleResult]
    ) -> tuple[list[ArticleResult], list[Signature]]:
        """Set `duplicate_of`; an article stored before keeps what it was stored with."""
        stored = self.store.stored_duplicates(r.article.id for r in results)
        signatures = [
            signature(r.article.id, r.article.text) for r in results if r.article.id not in stored
        ]
        found = self.duplicates.duplicates_of(signatures)
        stored.update((s.article_id, d) for s, d in zip(signatures, found, strict=True))
        marked = [replace(r, duplicate_of=stored[r.article.id]) for r in results]
        return marked, signatures

    def _to_process(self) -> list[RawDocument]:
        """All documents when JSONL is wanted (it holds every record), else only new ones."""
        if self.options.jsonl is not None:
            return self.documents
        ids = [article_id(raw) for raw in self.documents]  # hashes each payload once
        stored = self.store.stored_ids(ids)
        self.summary.already_stored += sum(i in stored for i in ids)
        return [raw for raw, i in zip(self.documents, ids, strict=True) if i not in stored]

    def _count(self, result: ArticleResult) -> None:
        self.summary.statements += len(result.statements)
        self.summary.events += len(result.events)
        self.summary.duplicates += result.duplicate_of is not None
        if self.options.jsonl is not None:
            record = json.dumps(result_to_record(result), ensure_ascii=False)
            self.options.jsonl.write(record + "\n")
            self.options.jsonl.flush()

    def _report(self, error: ProcessingError) -> None:
        self.summary.errors += 1
        self.summary.error_codes[error.code] = self.summary.error_codes.get(error.code, 0) + 1
        if self.options.on_error:
            self.options.on_error(error)
