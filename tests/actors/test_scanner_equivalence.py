"""The fast scanner against a naive one: same mentions on real and invented texts.

`find_actors` skips tokens that cannot open a mention, stops probing a phrase once its words
begin no dictionary phrase, and memoises per token. `NaiveScanner` does none of that: it
probes every length at every token and forgets every answer. Both must find the same actors.
"""

from __future__ import annotations

import json
import re
from itertools import islice

import pytest

from crossroads.actors import Role, default_gazetteer, find_actors
from crossroads.actors.gazetteer import Gazetteer
from crossroads.actors.resolve import Scanner, _Span, glue_gaps, scan_mentions
from crossroads.actors.text import tokenize
from support import SEED, shared_path

# The tokenizer's pattern before it was factored ("word(.word)+" tried before "word").
OLD_TOKEN_RE = re.compile(r"[^\W_]+(?:\.[^\W_]+)+\.?|[^\W_]+|['’ʼ]s\b")

INVENTED = [
    "Russia’s Foreign Ministry spokesperson Ada Quillon said Tokyo and the Japanese side "
    "want to steer Central Asian states away from the Russian Federation.",
    "Slovak and Czech officials met NATO forces near the West Bank; the U.S. "
    "State Department spokesman Bo Tander said the President of Russia was told.",
    "Senior military commanders of the Turkish special forces and rebel leaders, Mr. Ivo "
    "Marsh, the President of France and King Mohammed of Morocco.",
    "we ate turkey and chad is my friend; tell us who the WHO is. Pro-Iranian Hizbollah.",
]


class _Forgetful(dict[int, tuple[int, Role | None, int]]):
    """A memo that stores nothing: every question is answered afresh."""

    def __setitem__(self, key: int, value: tuple[int, Role | None, int]) -> None:
        return None


class NaiveScanner(Scanner):
    """Tokens from `tokenize`; every token may open a mention; every phrase length up to the
    glued run is probed."""

    def __init__(self, text: str, gaz: Gazetteer, date: str | None) -> None:
        super().__init__(text, gaz, date)
        self.chains = _Forgetful()

    def _read_tokens(self) -> None:
        self.tokens = tokenize(self.text)
        self.glued = glue_gaps(self.text, self.tokens)
        self.keys = [token.key for token in self.tokens]
        self.openers = list(range(len(self.tokens)))
        self.role_marks = [True] * len(self.tokens)

    def phrase_keys(self, i: int) -> list[tuple[int, str]]:
        ends = range(i + 1, self.run_end(i, self.gaz.max_phrase) + 1)
        keys = [(j, " ".join(self.keys[i:j])) for j in ends]
        return [(j, key) for j, key in keys if self.gaz.phrases.get(key)]

    def phrase_at(
        self, i: int, *, persons_only: bool = False, inside_name: bool = False
    ) -> _Span | None:
        if self.keys[i] not in self.gaz.starts:
            return None if persons_only else self.misspelt_at(i)
        return self._longest_phrase(i, persons_only, inside_name)

    def role_at(self, i: int) -> tuple[int, Role] | None:
        return self._longest_role(i)


def _same(text: str, date: str | None = None) -> None:
    gaz = default_gazetteer()
    scanner = Scanner(text, gaz, date)
    assert scanner.tokens == tokenize(text)
    assert scanner.glued == glue_gaps(text, scanner.tokens)
    fast = find_actors(text, date=date, gazetteer=gaz)
    naive = scan_mentions(NaiveScanner(text, gaz, date))
    assert fast == naive


@pytest.mark.parametrize("text", INVENTED)
def test_invented_texts(text: str) -> None:
    _same(text)
    _same(text, "2023-05-01")


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the shared seed article is not checked out")
    _same(SEED.read_text(encoding="utf-8"), "2024-01-05")


def test_news_articles() -> None:
    path = shared_path("data", "corpora", "allsides_intl", "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        for line in islice(handle, 40):
            record = json.loads(line)
            _same(record.get("content") or "", record.get("date") or None)


@pytest.mark.parametrize(
    "text", [*INVENTED, "U.S.-led, U.A.E. and e.g. x.y.z. Bob's 'shed' ’s_ a_b 3.5 no."]
)
def test_tokenizer_matches_the_old_pattern(text: str) -> None:
    old = [(m.group(), m.start(), m.end()) for m in OLD_TOKEN_RE.finditer(text)]
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == old
