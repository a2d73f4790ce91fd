"""Shared fixtures: one parsed pipeline for every attribution test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from crossroads.attribution import extract_statements
from crossroads.model import Statement
from crossroads.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def statements(nlp: Language) -> Callable[..., list[Statement]]:
    def run(text: str, published: str | None = None) -> list[Statement]:
        found = extract_statements(nlp(text), published=published)
        for st in found:
            assert text[st.start : st.end] == st.content
        return found

    return run
