"""`crossroads actors lookup` and `import-tabari` through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crossroads.actors.cli import actors_app

runner = CliRunner()


def test_lookup_prints_mentions_with_offsets() -> None:
    result = runner.invoke(actors_app, ["lookup", "Turkish troops entered; Washington objected."])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("0-14  'Turkish troops'  country=TUR  sector=MIL")
    assert "country=USA  sector=GOV" in lines[1] and "capital" in lines[1]


def test_lookup_json_and_date() -> None:
    result = runner.invoke(
        actors_app, ["lookup", "the UK prime minister", "--date", "2023-01-05", "--json"]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["actor"]["country"] == "GBR"
    assert record["actor"]["name"] == "Rishi Sunak"


def test_lookup_nothing_exits_nonzero() -> None:
    result = runner.invoke(actors_app, ["lookup", "nothing to see here"])
    assert result.exit_code == 1
    assert "no actor" in result.output


def test_import_tabari_then_lookup_with_it(tmp_path: Path) -> None:
    source = tmp_path / "tiny.actors.txt"
    source.write_text(
        "NORTHLAND  [NLD]\n+NORTHLANDERS\nDUNMARCH_GUARD [NLDMIL]\n", encoding="utf-8"
    )
    out = tmp_path / "tiny.tsv"
    result = runner.invoke(actors_app, ["import-tabari", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    looked = runner.invoke(actors_app, ["lookup", "Dunmarch Guard", "--actors", str(out)])
    assert "country=NLD  sector=MIL" in looked.output


def test_lookup_missing_dictionary_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(actors_app, ["lookup", "Russia", "--actors", str(tmp_path / "no.tsv")])
    assert result.exit_code == 2
