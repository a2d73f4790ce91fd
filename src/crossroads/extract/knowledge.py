"""The data files of the HTML pass, read once: `page.yaml` (date, lead, credit-line and
edge-debris settings) and `related.yaml` (related-article containers and teaser prefixes).

The date finder, the body cleaner and the related-headlines pass all read them; one loader
keeps the three modules from parsing the same YAML each on its own.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from crossroads.yaml_data import load_yaml


@cache
def page_knowledge() -> dict[str, Any]:
    """`page.yaml`: meta names of publication dates, lead classes, credit prefixes, limits."""
    return _read_yaml("page.yaml")


@cache
def related_markers() -> dict[str, Any]:
    """`related.yaml`: container markers, headline classes and sizes, teaser prefixes."""
    return _read_yaml("related.yaml")


def _read_yaml(name: str) -> dict[str, Any]:
    text = files("crossroads.extract").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    return data


def flat(text: str) -> str:
    """Text with every run of white space made one space, for comparing page and body."""
    return " ".join(text.split())
