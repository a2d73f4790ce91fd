"""`crossroads eval …`: accuracy on the public evaluation sets, printed for people or as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from crossroads.dictionary_options import DiscardsOption, VerbsOption, check_dictionaries

eval_app = typer.Typer(help="Measure accuracy on public evaluation sets.", no_args_is_help=True)
console = Console()

DataOption = Annotated[Path, typer.Option("--data", exists=True, help="The evaluation set.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print every figure as JSON.")]
LimitOption = Annotated[int | None, typer.Option("--limit", help="Score only the first N items.")]


@eval_app.command("extraction")
def extraction(data: DataOption, as_json: JsonOption = False, limit: LimitOption = None) -> None:
    """Article body: token 4-gram precision, recall and F1 (the benchmark's metric), ours and
    trafilatura's on the same pages. See docs/eval.md for the exact rule."""
    from crossroads.eval.extraction import evaluate_extraction, format_extraction

    result = evaluate_extraction(data, limit=limit)
    _emit(result, as_json=as_json, text=format_extraction(result))


@eval_app.command("dates")
def dates(data: DataOption, as_json: JsonOption = False, limit: LimitOption = None) -> None:
    """Publication date: exact-day accuracy, ours and htmldate's on the same pages."""
    from crossroads.eval.dates import evaluate_dates, format_dates

    result = evaluate_dates(data, limit=limit)
    _emit(result, as_json=as_json, text=format_dates(result))


@eval_app.command("quotes")
def quotes(
    data: DataOption,
    split: Annotated[str, typer.Option("--split", help="train, dev or test.")] = "dev",
    as_json: JsonOption = False,
    limit: LimitOption = None,
) -> None:
    """Attributions on PolNeAR. A prediction matches a gold attribution when its content covers
    at least half of the gold content's tokens (one-to-one, best overlap first). P, R and F1
    are given for all gold attributions and for speech cues only (PolNeAR also marks beliefs).
    Speaker accuracy is over matched pairs: right when our resolved speaker is the gold source,
    or, for a pronoun gold source, the entity it refers to or the same pronoun."""
    from crossroads.attribution.evaluate import evaluate_quotes

    _emit(evaluate_quotes(data, split, limit=limit), as_json=as_json)


@eval_app.command("events")
def events(
    data: DataOption,
    as_json: JsonOption = False,
    limit: LimitOption = None,
    verbs: VerbsOption = None,
    discards: DiscardsOption = None,
) -> None:
    """Events on a normalized PETRARCH / PLOVER set: correct, missed and false positives per
    record, in UD-PETRARCH's terms. An event is correct when its PLOVER type (or CAMEO root)
    and its source and target countries match a gold event. See docs/events.md."""
    from crossroads.events.evaluate import evaluate_events

    files = tuple(verbs or ()), tuple(discards or ())
    check_dictionaries(*files)
    _emit(evaluate_events(data, verbs=files[0], discards=files[1], limit=limit), as_json=as_json)


@eval_app.command("actors")
def actors(data: DataOption, as_json: JsonOption = False) -> None:
    """Country and sector accuracy of the gold source and target actors (PLOVER GSR)."""
    from crossroads.actors.evaluate import evaluate_actors

    _emit(evaluate_actors(data), as_json=as_json)


def _emit(result: dict[str, Any], *, as_json: bool, text: str | None = None) -> None:
    if as_json:
        console.print_json(json.dumps(result, default=str, ensure_ascii=False))
    elif text is not None:
        console.print(text, markup=False, highlight=False, soft_wrap=True)
    else:
        console.print(figures_table(result))


def figures_table(result: dict[str, Any]) -> Table:
    """The scalar figures of a result (nested one level), without per-item details."""
    table = Table(show_header=False)
    for key, value in result.items():
        if isinstance(value, dict):
            for inner, figure in value.items():
                if _is_scalar(figure):
                    table.add_row(f"{key}.{inner}", _format(figure))
        elif _is_scalar(value):
            table.add_row(key, _format(value))
    return table


def _is_scalar(value: object) -> bool:
    return isinstance(value, int | float | str | bool) or value is None


def _format(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
