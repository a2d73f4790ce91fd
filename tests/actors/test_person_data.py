"""The office-holder tables are consistent: ISO days, ordered terms, one holder per office at a
time, known codes, and REIGN spells closed where persons.tsv records the end."""

from __future__ import annotations

import pytest

from crossroads.actors import resolve_mention
from crossroads.actors.gazetteer import DATA_DIR, read_tsv, split_list
from crossroads.actors.validate import term_problems

OFFICES = {"head_state", "head_gov", "leader", "foreign_minister", "spokesperson", ""}


def _rows(name: str) -> list[dict[str, str]]:
    return list(read_tsv(DATA_DIR / name))


@pytest.mark.parametrize("table", ["persons.tsv", "leaders.tsv"])
def test_tables_have_no_term_problems(table: str) -> None:
    assert term_problems(_rows(table)) == []


def test_checker_finds_each_kind_of_problem() -> None:
    rows = [
        {"name": "Ada Quill", "country": "FRA", "office": "head_gov", "valid_from": "2030-01-01"},
        {"name": "Bo Tander", "country": "FRA", "office": "head_gov", "valid_from": "2031-05-02"},
        {"name": "Cy Marsh", "country": "FRA", "office": "leader", "valid_from": "2030-02"},
        {
            "name": "Di Orm",
            "org": "UN",
            "office": "head_gov",
            "valid_from": "2032-01-01",
            "valid_to": "2031-01-01",
        },
        {"name": "Ed Vale", "country": "FRA", "office": "spokesperson", "valid_from": "2030-01-01"},
        {"name": "Fi Lune", "country": "FRA", "office": "spokesperson", "valid_from": "2030-03-01"},
    ]
    problems = term_problems(rows)
    assert len(problems) == 3
    assert any("Ada Quill" in p and "Bo Tander" in p for p in problems)  # overlap, open end
    assert any("'2030-02'" in p for p in problems)  # a month is no ISO day
    assert any("Di Orm" in p and "before it starts" in p for p in problems)


def test_persons_codes_offices_and_sectors_are_known() -> None:
    countries = {row["code"] for row in _rows("countries.tsv")}
    orgs = {row["org"] for row in _rows("orgs.tsv")}
    for row in _rows("persons.tsv"):
        assert row["office"] in OFFICES, row
        assert row["sector"], row
        if row["org"]:
            assert row["org"] in orgs and not row["country"], row
        else:
            assert row["country"] in countries, row


def _forms(row: dict[str, str]) -> set[str]:
    return {row["name"], *split_list(row["aliases"])}


def test_reign_spells_end_where_persons_record_the_end() -> None:
    """A REIGN leader still open in 2021 whom persons.tsv shows out of office by now must have
    been closed by the generator: no open spell for someone all of whose terms ended."""
    hand = _rows("persons.tsv")
    for spell in _rows("leaders.tsv"):
        if spell["valid_to"]:
            continue
        terms = [
            h
            for h in hand
            if h["country"] == spell["country"]
            and (spell["name"] in _forms(h) or spell["name"].split()[-1] in _forms(h))
        ]
        assert not terms or any(not t["valid_to"] for t in terms), spell


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("the Israeli prime minister", "2022-06-30", "Naftali Bennett"),
        ("the Israeli prime minister", "2022-07-01", "Yair Lapid"),
        ("the Iraqi prime minister", "2023-05-01", "Mohammed Shia al-Sudani"),
        ("the Tanzanian president", "2022-01-01", "Samia Suluhu Hassan"),
        ("the Nigerian president", "2024-01-01", "Bola Tinubu"),
    ],
)
def test_holders_after_2021(text: str, date: str, name: str) -> None:
    actor = resolve_mention(text, date=date)
    assert actor is not None and actor.name == name


def test_a_leader_out_of_office_is_a_former_holder() -> None:
    actor = resolve_mention("Magufuli", date="2024-01-01")
    assert actor is not None and (actor.country, actor.sector) == ("TZA", "ELI")
