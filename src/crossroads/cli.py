"""The command line: a thin layer over importable functions; only this module formats for people.

Exit codes of `crossroads process`: 0 every input was processed; 1 the run finished but some
inputs gave coded errors (they are in the store's `errors` table); 2 bad usage; 3 the store
could not be opened (for example, another process is writing to it).
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from crossroads import __version__
from crossroads.actors.cli import actors_app
from crossroads.config import WRITE_BATCH_SIZE
from crossroads.dictionary_options import (
    EXIT_USAGE,
    DiscardsOption,
    VerbsOption,
    check_dictionaries,
)
from crossroads.eval.cli import eval_app
from crossroads.ingest.fetch import FetchPolicy
from crossroads.model import Actor, ProcessingError
from crossroads.runners import RunOptions, RunSummary, run_local
from crossroads.store import Store
from crossroads.voice import VoiceError, resolve_voice

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_STORE = 0, 1, 3
DEFAULT_DB = Path("crossroads.duckdb")

app = typer.Typer(
    name="crossroads",
    help="News as it is really found → clean articles, statements and events in DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(eval_app, name="eval")
app.add_typer(actors_app, name="actors", help="Look up actors; import TABARI dictionaries.")
err_console = Console(stderr=True)
out_console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file of the store.")]


@app.command()
def process(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or - (stdin).")],
    db: DbOption = DEFAULT_DB,
    jsonl: Annotated[
        str | None,
        typer.Option("--jsonl", help="Also write one JSON record per article (- = stdout)."),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on private or loopback addresses.")
    ] = False,
    delay: Annotated[
        float, typer.Option("--delay", help="Seconds between requests to one host.")
    ] = 1.0,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds before a URL gives up.")
    ] = 20.0,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", exists=True, help="User actor dictionary (TSV/YAML); repeatable."),
    ] = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
    voice: Annotated[
        str | None,
        typer.Option(
            "--voice",
            help="Who the documents' own 'we' and 'I' are outside quotation marks: a "
            "speech's country, a ministry's releases (e.g. 'Kenya').",
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Worker processes for extraction and NLP.")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per parse batch and transaction.")
    ] = WRITE_BATCH_SIZE,
) -> None:
    """Extract, analyse and store every input; print a one-line summary."""
    policy = FetchPolicy(allow_private=allow_private, per_host_delay_s=delay, timeout_s=timeout)
    check_dictionaries(tuple(verbs or ()), tuple(discards or ()))
    voice_actor = _voice_actor(voice, tuple(actors or ()))
    with _jsonl_stream(jsonl) as stream:
        try:
            summary = _run_with_progress(
                inputs,
                RunOptions(
                    db_path=db,
                    jsonl=stream,
                    fetch_policy=policy,
                    batch_size=batch_size,
                    actor_files=tuple(actors or ()),
                    verb_files=tuple(verbs or ()),
                    discard_files=tuple(discards or ()),
                    voice=voice_actor,
                    workers=workers,
                ),
            )
        except duckdb.IOException as error:
            err_console.print(f"[red]store error[/red] {db}: {error}")
            raise typer.Exit(EXIT_STORE) from None
    _print_line(_summary_line(summary, db=db))
    raise typer.Exit(EXIT_INPUT_ERRORS if summary.errors else EXIT_OK)


def _voice_actor(name: str | None, actor_files: tuple[Path, ...]) -> Actor | None:
    """The actor `--voice` names; a name that codes no actor ends the command as bad usage,
    before anything is read or stored."""
    if name is None:
        return None
    try:
        return resolve_voice(name, actor_files)
    except VoiceError as error:
        err_console.print(f"[red]voice error[/red] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None


def _jsonl_stream(target: str | None) -> Any:
    if target is None:
        return nullcontext(None)
    if target == "-":
        return nullcontext(sys.stdout)
    return Path(target).open("w", encoding="utf-8")


def _print_error(error: ProcessingError) -> None:
    _print_line(f"error {error.code} {error.source}: {error.message}")


def _print_line(line: str) -> None:
    """One unwrapped, unstyled line on standard error: grep-able, even under a progress bar."""
    err_console.print(line, markup=False, highlight=False, soft_wrap=True)


def _run_with_progress(inputs: list[str], options: RunOptions) -> RunSummary:
    options.on_error = _print_error
    if not err_console.is_terminal:
        return run_local(inputs, options)
    with _progress_bar() as progress:
        task = progress.add_task("processing", total=None, documents=0, rate="")
        started = time.perf_counter()

        def advance(done: int, total: int, documents: int) -> None:
            rate = documents / max(time.perf_counter() - started, 1e-9)
            progress.update(
                task, completed=done, total=total, documents=documents, rate=f"{rate:.1f}"
            )

        options.on_progress = advance
        return run_local(inputs, options)


def _progress_bar() -> Progress:
    """done/total sources, documents read, documents per second, elapsed time and ETA."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(bar_width=24),
        MofNCompleteColumn(),
        TextColumn("sources · {task.fields[documents]} docs · {task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )


def _summary_line(summary: RunSummary, *, db: Path) -> str:
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    codes = ", ".join(f"{code}×{n}" for code, n in sorted(summary.error_codes.items()))
    return (
        f"{summary.sources} sources, {summary.documents} documents: {summary.stored} stored, "
        f"{summary.already_stored} already stored, {summary.statements} statements, "
        f"{summary.events} events, {summary.duplicates} near-duplicates, "
        f"{summary.errors} errors{f' ({codes})' if codes else ''} "
        f"in {summary.seconds:.1f}s ({rate:.1f} docs/s) → {db}"
    )


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Print one stored article with its statements and events as JSON."""
    with Store(db, read_only=True) as store:
        record = store.article_record(article_id)
    if record is None:
        err_console.print(f"no article {article_id} in {db}")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    out_console.print_json(json.dumps(record, default=str, ensure_ascii=False))


@app.command()
def stats(db: DbOption = DEFAULT_DB) -> None:
    """Rows per table, articles per format and language, errors per code."""
    if not db.exists():
        err_console.print(f"no store at {db}: run `crossroads process` first")
        raise typer.Exit(EXIT_STORE)
    with Store(db, read_only=True) as store:
        counts = store.counts()
        breakdown = store.breakdown()
    table = Table(title=f"crossroads store {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    for label, count in breakdown:
        table.add_row(label, str(count))
    out_console.print(table)


@app.command()
def version() -> None:
    """Print crossroads' version."""
    out_console.print(f"crossroads {__version__}")


def main() -> None:
    app()
