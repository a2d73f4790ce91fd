"""Consistency checks of office-holder tables (persons.tsv, leaders.tsv, user dictionaries).

A title resolves to whoever held the office on the article's date, so a table whose terms
overlap, run backwards or carry dates that are not ISO days gives wrong or ambiguous holders.
`term_problems` lists what is wrong with a table, one line per problem, for tests and users.
"""

from __future__ import annotations

import datetime
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping

# Offices one person holds at a time per country or organisation. Several spokespeople speak
# at once (the Kremlin's, the foreign ministry's), so "spokesperson" is not among them.
SINGLE_HOLDER_OFFICES = frozenset({"head_state", "head_gov", "leader", "foreign_minister"})
OPEN_END = "9999-12-31"

Row = Mapping[str, str]


def _date_problem(row: Row, column: str) -> str | None:
    value = row.get(column, "").strip()
    if not value:
        return None
    try:
        if datetime.date.fromisoformat(value).isoformat() == value:
            return None
    except ValueError:
        pass
    return f"{row['name']}: {column} {value!r} is not an ISO date (YYYY-MM-DD)"


def _order_problem(row: Row) -> str | None:
    start, end = row.get("valid_from", "").strip(), row.get("valid_to", "").strip()
    if start and end and end <= start:
        return f"{row['name']}: term ends ({end}) before it starts ({start})"
    return None


def _overlap_problems(rows: Iterable[Row]) -> list[str]:
    """Two holders of one single-holder office of one body whose terms share a day."""
    terms: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        office = row.get("office", "").strip()
        body = row.get("country", "").strip() or row.get("org", "").strip()
        if office in SINGLE_HOLDER_OFFICES and body:
            terms[(body, office)].append(row)
    problems = []
    for (body, office), held in sorted(terms.items()):
        held = sorted(held, key=lambda r: r.get("valid_from", "").strip())
        for before, after in itertools.pairwise(held):
            end = before.get("valid_to", "").strip() or OPEN_END
            if after.get("valid_from", "").strip() < end:
                problems.append(
                    f"{body} {office}: {before['name']} (to {end}) overlaps "
                    f"{after['name']} (from {after.get('valid_from', '')})"
                )
    return problems


def term_problems(rows: Iterable[Row]) -> list[str]:
    """Every problem of an office-holder table: dates that are not ISO days, terms that end
    before they start, overlapping terms of one single-holder office (see module docstring)."""
    rows = list(rows)
    problems: list[str] = []
    for row in rows:
        for problem in (
            _date_problem(row, "valid_from"),
            _date_problem(row, "valid_to"),
            _order_problem(row),
        ):
            if problem:
                problems.append(problem)
    return problems + _overlap_problems(rows)
