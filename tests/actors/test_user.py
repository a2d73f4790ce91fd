"""User dictionaries laid over the built-in ones, and the TABARI converter."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossroads.actors import find_actors, resolve_mention
from crossroads.actors.gazetteer import build_builtin
from crossroads.actors.tabari import (
    agent_rows,
    convert,
    parse_actors,
    parse_block,
    phrase_texts,
    write_tsv,
)
from crossroads.actors.user import extend, load_gazetteer, load_user_actors
from crossroads.errors import CrossroadsError

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "events" / "petrarch2_unittest"

TSV = (
    "# an invented dictionary\n"
    "name\taliases\tcountry\tsector\torg\tvalid_from\tvalid_to\n"
    "Northland Liberation Front\tNLF\tNLD\tREB\t\t\t\n"
    "Georgia\t\tUSA\t\t\t\t\n"
    "Ada Quill\tQuill\tFRA\tGOV\t\t2030-01-01\t2031-01-01\n"
)


def test_tsv_dictionary_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(TSV, encoding="utf-8")
    gaz = extend(build_builtin(), [path])
    added = resolve_mention("the NLF", gazetteer=gaz)
    assert added is not None and (added.country, added.sector) == ("NLD", "REB")
    overridden = resolve_mention("Georgia", gazetteer=gaz)
    assert overridden is not None and overridden.country == "USA"
    builtin = resolve_mention("Georgia")
    assert builtin is not None and builtin.country == "GEO"


def test_user_dates_bound_entries(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(TSV, encoding="utf-8")
    gaz = extend(build_builtin(), [path])
    during = resolve_mention("Quill", date="2030-06-01", gazetteer=gaz)
    after = resolve_mention("Quill", date="2032-06-01", gazetteer=gaz)
    assert during is not None and during.sector == "GOV"
    assert after is None  # a user's actor (not a person in office) holds only between its dates


def test_yaml_dictionary_with_roles(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Southland Coast Guard\n"
        "    aliases: [SCG]\n"
        "    country: ZAF\n"
        "    sector: MIL\n"
        "    valid_from: 2001-02-03\n"
        "  - name: harbour wardens\n"
        "    kind: role\n"
        "    sector: COP\n",
        encoding="utf-8",
    )
    entries = load_user_actors(path)
    assert {e.form for e in entries} == {"Southland Coast Guard", "SCG"}
    assert entries[0].valid_from == "2001-02-03"
    gaz = load_gazetteer([path])
    actor = resolve_mention("Kenyan harbour wardens", gazetteer=gaz)
    assert actor is not None and (actor.country, actor.sector) == ("KEN", "COP")


def test_bad_dictionaries_raise_coded_errors(tmp_path: Path) -> None:
    with pytest.raises(CrossroadsError):
        load_user_actors(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- aliases: [x]\n", encoding="utf-8")
    with pytest.raises(CrossroadsError):
        load_user_actors(bad)


def test_tabari_code_blocks() -> None:
    assert parse_block("HOBGOV 19950601 - 19990815").valid_to == "1999-08-16"  # type: ignore[union-attr]
    assert parse_block("HOB < 950601").valid_to == "1995-06-01"  # type: ignore[union-attr]
    assert parse_block("HOBREB > 990816").valid_from == "1999-08-16"  # type: ignore[union-attr]
    assert parse_block("---") is None


def test_tabari_actors_synonyms_and_dates() -> None:
    text = (
        "<!-- a comment\n spanning lines -->\n"
        "NORTHLAND_  [NLDGOV] # note\n"
        "+NORTHLANDER\n"
        "OLD_KINGDOM\n"
        "\t[OLK <950101]\n"
        "\t[NLD]\n"
    )
    actors = parse_actors(text)
    assert [a.phrase for a in actors] == ["NORTHLAND_", "OLD_KINGDOM"]
    assert actors[0].synonyms == ["NORTHLANDER"]
    assert [(b.code, b.valid_to) for b in actors[1].blocks] == [("OLK", "1995-01-01"), ("NLD", "")]


def test_tabari_agents_become_roles() -> None:
    rows = list(agent_rows("!PERSON! = MAN, WOMAN\nTROOPS {} [~MIL]\nCONGRESS!PERSON! [~LEG]\n"))
    assert [(r["name"], r["aliases"], r["sector"]) for r in rows] == [
        ("troops", "", "MIL"),
        ("congressman", "congressmen", "LEG"),
        ("congresswoman", "congresswomen", "LEG"),
    ]


def test_petrarch_validation_dictionary(tmp_path: Path) -> None:
    actors = SHARED / "PETR.Validate.actors.txt"
    if not actors.exists():
        pytest.skip("../shared/data (PETRARCH validation dictionaries) is not available")
    out = tmp_path / "petr.tsv"
    write_tsv(convert(actors, SHARED / "PETR.Validate.agents.txt"), out)
    gaz = load_gazetteer([out])
    for text, country in (("Arnor", "ARN"), ("Minas Tirith", "GON"), ("Gondor", "GON")):
        actor = resolve_mention(text, gazetteer=gaz)
        assert actor is not None and actor.country == country, text
    gollum = [resolve_mention("Smeagol", date=d, gazetteer=gaz) for d in ("1990", "1997", "2001")]
    assert [a.sector if a else "?" for a in gollum] == [None, "GOV", "REB"]
    troops = resolve_mention("Gondor troops", gazetteer=gaz)
    assert troops is not None and troops.sector == "MIL"


def test_a_short_word_of_a_tabari_phrase_is_read_both_as_a_word_and_as_an_acronym(
    tmp_path: Path,
) -> None:
    assert phrase_texts("NEW_ZEALAND") == ["New Zealand", "NEW Zealand"]
    assert phrase_texts("IMF") == ["IMF", "Imf"]
    assert phrase_texts("MINAS_TIRITH") == ["Minas Tirith"]
    source = tmp_path / "actors.txt"
    source.write_text("TOM_BRAMBLE [HOB]\n\t[HOBGOV 20120101-20121231]\n", encoding="utf-8")
    out = tmp_path / "user.tsv"
    write_tsv(convert(source), out)
    gazetteer = load_gazetteer([out])
    found = find_actors("Tom Bramble met the envoys.", gazetteer=gazetteer, date="2012-06-01")
    assert [(m.text, m.actor.country, m.actor.sector) for m in found] == [
        ("Tom Bramble", "HOB", "GOV")
    ]
