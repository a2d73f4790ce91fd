"""Publication dates scored as htmldate's own evaluation scores them: the exact day or nothing.

The set (`ground-truth.json`: url -> {"file", "date"}, pages under `pages/`) is the part of
htmldate's 1000-page MediaCloud evaluation that we may read, where htmldate's extensive search
reaches 0.903. A page counts as right only when the predicted `YYYY-MM-DD` equals the gold day;
a missing date counts as wrong. A few pages have no gold date (NaN in the file): they count as
right only when no date is predicted. Accuracy is right pages / all pages; `dated_accuracy`
is the same over the pages that have a gold date.

crossroads' date finder (`crossroads.extract.html.find_published`, the function that gives
`extract_html` its `published` field) and bare htmldate (`find_date(extensive_search=True,
original_date=True, url=url)`) run on the same decoded pages in the same call, so the two
figures are comparable. The date finder runs on every page, also on the few where
`extract_html` finds no article: a missing body is the extraction's error, scored on the
extraction set, and would otherwise hide what the date finder does on that page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from htmldate import find_date

from crossroads.eval.systems import first, format_systems, timed
from crossroads.extract.decode import decode_document
from crossroads.extract.html import find_published
from crossroads.extract.metadata import normalise_day

DateFinder = Callable[[str, str], str | None]


@dataclass(frozen=True, slots=True)
class DatedPage:
    """One page of the date set: its url, file name, HTML text and gold day."""

    url: str
    file: str
    html: str
    truth: str | None


def iter_date_set(data_dir: Path) -> Iterator[DatedPage]:
    """Pages of `ground-truth.json` in file order, decoded as crossroads decodes any page."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    for url, item in sorted(truth.items(), key=lambda pair: pair[1]["file"]):
        data = (data_dir / "pages" / item["file"]).read_bytes()
        html = decode_document(data, html=True)
        yield DatedPage(url=url, file=item["file"], html=html, truth=_gold_day(item.get("date")))


def _gold_day(value: object) -> str | None:
    """The gold day, or None for the pages the set leaves undated (NaN or null)."""
    return value if isinstance(value, str) else None


def crossroads_date(html: str, url: str) -> str | None:
    """The day crossroads' date finder gives the page: the function `extract_html` dates with.

    It runs on every page, also on a page where `extract_html` finds no article (that is an
    error of the body extraction, scored by the extraction set, not of the date finder).
    """
    return find_published(html, url=url)


def htmldate_date(html: str, url: str) -> str | None:
    """htmldate alone, in the extensive mode that scores 0.903 on the full set."""
    return find_date(html, extensive_search=True, original_date=True, url=url)


FINDERS: dict[str, DateFinder] = {"crossroads": crossroads_date, "htmldate": htmldate_date}


def evaluate_dates(
    data_dir: Path, *, finders: dict[str, DateFinder] | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Exact-day accuracy of each date finder on the date set, plus per-page predictions.

    Returns `{"pages": int, "dated_pages": int, "systems": {name: {"accuracy",
    "dated_accuracy", "correct", "missing", "seconds"}},
    "details": [{"url", "file", "truth", name: predicted day or None, ...}]}`.
    """
    chosen = finders or FINDERS
    seconds = dict.fromkeys(chosen, 0.0)
    details: list[dict[str, Any]] = []
    for page in first(iter_date_set(data_dir), limit):
        row: dict[str, Any] = {"url": page.url, "file": page.file, "truth": page.truth}
        for name, finder in chosen.items():
            found, took = timed(finder, page.html, page.url)
            row[name] = normalise_day(found)
            seconds[name] += took
        details.append(row)
    systems = {name: _date_figures(details, name, seconds=seconds[name]) for name in chosen}
    dated = sum(row["truth"] is not None for row in details)
    return {"pages": len(details), "dated_pages": dated, "systems": systems, "details": details}


def _date_figures(details: list[dict[str, Any]], name: str, *, seconds: float) -> dict[str, Any]:
    """One finder's accuracy over all pages and over the dated ones, from the per-page rows.

    An undated page is right when nothing is predicted; on a dated page only the gold day is.
    """
    correct = sum(row[name] == row["truth"] for row in details)
    dated = [row for row in details if row["truth"] is not None]
    dated_correct = sum(row[name] == row["truth"] for row in dated)
    return {
        "accuracy": correct / len(details) if details else 0.0,
        "dated_accuracy": dated_correct / len(dated) if dated else 0.0,
        "correct": correct,
        "missing": sum(row[name] is None for row in details),
        "seconds": seconds,
    }


def format_dates(result: dict[str, Any]) -> str:
    """A small table of the figures, one line per date finder, for people."""
    header = f"{result['pages']} pages, {result['dated_pages']} with a gold date (exact day)"
    return format_systems(header, result["systems"], partial(_dates_line, pages=result["pages"]))


def _dates_line(name: str, figures: dict[str, Any], *, pages: int) -> str:
    """One finder's accuracy (right pages of all), dated accuracy, misses and time."""
    return (
        f"{name:<12} accuracy={figures['accuracy']:.3f}"
        f" ({figures['correct']}/{pages})"
        f" dated={figures['dated_accuracy']:.3f} missing={figures['missing']}"
        f" time={figures['seconds']:.1f}s"
    )
