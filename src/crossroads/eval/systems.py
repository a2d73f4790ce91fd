"""What the scorers share: timing each system on one page, and the per-system table.

Each evaluation runs several systems (ours and the library we are measured against) on the
same pages in the same call, so that their figures are comparable; these helpers keep the
timing and the printed table the same for every evaluation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from time import perf_counter
from typing import Any, TypeVar

Result = TypeVar("Result")
Item = TypeVar("Item")


def first(items: Iterable[Item], limit: int | None) -> Iterator[Item]:
    """The first `limit` items (all when None; none when `limit` is 0 or less), read lazily so
    that a small `--limit` does not decode the whole set."""
    return islice(items, None if limit is None else max(limit, 0))


def timed(system: Callable[[str, str], Result], html: str, url: str) -> tuple[Result, float]:
    """What a system gives for one page, and the seconds it took (its own time only)."""
    started = perf_counter()
    found = system(html, url)
    return found, perf_counter() - started


def format_systems(
    header: str,
    systems: dict[str, dict[str, Any]],
    line: Callable[[str, dict[str, Any]], str],
) -> str:
    """A small table for people: `header`, then one `line(name, figures)` per system."""
    return "\n".join([header, *(line(name, figures) for name, figures in systems.items())])
