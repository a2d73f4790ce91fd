"""The `--verbs` and `--discards` options, shared by `crossroads process` and `eval events`.

Why one place: both commands take the same TABARI/PETRARCH files and must refuse a bad one the
same way, before anything is read or stored (exit status 2, a "dictionary error" line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from crossroads.events.verb_dictionary import VerbDictionaryError, load_verb_dictionary

EXIT_USAGE = 2

VerbsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--verbs",
        exists=True,
        dir_okay=False,
        help="TABARI/PETRARCH verb dictionary coded over the built-in rules; repeatable.",
    ),
]
DiscardsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--discards",
        exists=True,
        dir_okay=False,
        help="TABARI/PETRARCH discard list: stories and sentences not to code; repeatable.",
    ),
]


def check_dictionaries(verbs: tuple[Path, ...], discards: tuple[Path, ...]) -> None:
    """Read the files once up front; a bad one ends the command as bad usage."""
    try:
        load_verb_dictionary(verbs, discards=discards)
    except VerbDictionaryError as error:
        Console(stderr=True).print(
            f"[red]dictionary error[/red] {escape(str(error))}", soft_wrap=True
        )
        raise typer.Exit(EXIT_USAGE) from None
