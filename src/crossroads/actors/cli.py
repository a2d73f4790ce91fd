"""`crossroads actors ...`: look mentions up and convert TABARI dictionaries.

A thin layer over crossroads.actors: only this module formats for people. The main CLI mounts
`actors_app` as `crossroads actors`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Optional

import typer

from crossroads.actors.resolve import ActorMention, best_mention, find_actors
from crossroads.actors.tabari import FIELDS, convert, write_tsv
from crossroads.actors.user import load_gazetteer
from crossroads.errors import CrossroadsError

actors_app = typer.Typer(help="Actor dictionaries: look mentions up, import TABARI dictionaries.")

ActorsOption = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer needs Optional for list options
    typer.Option("--actors", help="User dictionary (TSV or YAML) laid over the built-in ones."),
]


def _mention_record(mention: ActorMention) -> dict[str, object]:
    record = asdict(mention)
    record["actor"] = asdict(mention.actor)
    return record


def _line(mention: ActorMention) -> str:
    actor = mention.actor
    flags = [f for f, on in (("capital", mention.is_capital), ("place", mention.locative)) if on]
    parts = [
        f"{mention.start}-{mention.end}",
        repr(mention.text),
        f"country={actor.country or '-'}",
        f"sector={actor.sector or '-'}",
        f"org={actor.org or '-'}",
        f"name={actor.name}",
    ]
    if mention.person:
        parts.append(f"person={mention.person}")
    if mention.role:
        parts.append(f"role={mention.role!r}")
    return "  ".join(parts + flags)


@actors_app.command()
def lookup(
    text: Annotated[str, typer.Argument(help="A mention or a passage of text.")],
    date: Annotated[Optional[str], typer.Option(help="Article date, YYYY-MM-DD.")] = None,  # noqa: UP045
    actors: ActorsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
) -> None:
    """Show the actors TEXT names: each mention with its offsets, then the head actor."""
    try:
        gaz = load_gazetteer(actors or ())
    except CrossroadsError as exc:
        typer.echo(f"error {exc.code.value}: {exc.source}: {exc.message}", err=True)
        raise typer.Exit(2) from exc
    mentions = find_actors(text, date=date, gazetteer=gaz)
    if as_json:
        for mention in mentions:
            typer.echo(json.dumps(_mention_record(mention), ensure_ascii=False))
        return
    if not mentions:
        typer.echo("no actor")
        raise typer.Exit(1)
    for mention in mentions:
        typer.echo(_line(mention))
    head = best_mention(mentions, gaz)
    if head is not None and len(mentions) > 1:
        typer.echo(f"head: {head.text!r}")


@actors_app.command("import-tabari")
def import_tabari(
    actors_file: Annotated[Path, typer.Argument(help="TABARI/PETRARCH actors dictionary.")],
    agents: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--agents", help="TABARI agents dictionary, imported as role nouns."),
    ] = None,
    out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--out", "-o", help="Write the TSV here (default: standard output)."),
    ] = None,
) -> None:
    """Convert a TABARI dictionary into a crossroads user dictionary (TSV)."""
    for path in (actors_file, agents):
        if path is not None and not path.exists():
            typer.echo(f"error: no such file: {path}", err=True)
            raise typer.Exit(2)
    rows = convert(actors_file, agents)
    if out is not None:
        write_tsv(rows, out)
        typer.echo(f"{len(rows)} entries written to {out}", err=True)
        return
    sys.stdout.write("\t".join(FIELDS) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(row[key] for key in FIELDS) + "\n")
