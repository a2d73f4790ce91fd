"""find_actors keeps an article's scan across the stages of one article, even when the
statement stage resolves many short speaker mentions in between (invented text)."""

from __future__ import annotations

import pytest

import crossroads.actors.resolve as resolve
from crossroads.actors import find_actors

ARTICLE = " ".join(
    ["Kenya accused Uganda of arming rebels near the border, the foreign ministry said."] * 8
)


def test_an_articles_scan_survives_many_short_mention_scans(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned: list[str] = []
    original = resolve.scan_mentions

    def counting(scanner: resolve.Scanner) -> list[resolve.ActorMention]:
        scanned.append(scanner.text)
        return original(scanner)

    monkeypatch.setattr(resolve, "scan_mentions", counting)
    first = find_actors(ARTICLE, date="2020-05-01")
    for n in range(resolve.RECENT_SCAN_LIMIT + 6):
        find_actors(f"Kenyan minister number {n}", date="2020-05-01")
    again = find_actors(ARTICLE, date="2020-05-01")
    assert again == first
    assert scanned.count(ARTICLE) == 1
