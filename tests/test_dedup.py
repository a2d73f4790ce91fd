"""Near-duplicate detection: syndicated copies are found, different stories are not."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from crossroads.dedup import THRESHOLD, DuplicateFinder, shingles, signature
from crossroads.model import Article, ArticleResult
from crossroads.store import Store

STORY = (
    "The foreign ministers of Armenia and Azerbaijan met in Almaty on Monday for a fourth round "
    "of talks on the delimitation of their shared border. Deputy minister Narine Hakobyan said "
    "both sides had agreed on the text of three further articles and would meet again in June. "
    "Her counterpart, Elshan Guliyev, told reporters that a final draft could be ready by the "
    "autumn if the commissions kept their current pace. Kazakhstan hosted the round at the "
    "request of both governments and offered its services for the next meeting as well."
)
COPY = STORY.replace("on Monday", "on Monday, 3 March,") + " (Reporting by the desk.)"
OTHER = (
    "Farmers in southern Brazil began harvesting soybeans a week early after a dry February, "
    "the state agricultural agency said, adding that yields were expected to fall slightly. "
    "Prices at the port of Paranaguá rose for a third consecutive session on Thursday."
)


def result(article_id: str, text: str, duplicate_of: str | None = None) -> ArticleResult:
    article = Article(
        id=article_id, source_uri=f"{article_id}.txt", source_format="text", text=text
    )
    return ArticleResult(article=article, duplicate_of=duplicate_of)


def test_a_lightly_edited_copy_is_similar_and_another_story_is_not() -> None:
    original = signature("a", STORY)
    assert original.similarity(signature("b", COPY).values) >= THRESHOLD
    assert original.similarity(signature("c", OTHER).values) < 0.2


def test_signatures_are_stable_across_calls() -> None:
    assert signature("a", STORY).band_keys == signature("a", STORY).band_keys
    assert shingles("Tiny text") == {b"tiny text"}


def test_the_finder_points_a_copy_at_the_earlier_article_in_the_batch() -> None:
    finder = DuplicateFinder(lambda keys: {})
    assert finder.duplicate_of(signature("a", STORY)) is None
    assert finder.duplicate_of(signature("c", OTHER)) is None
    assert finder.duplicate_of(signature("b", COPY)) == "a"


def test_copies_are_found_across_runs_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        first = signature("a", STORY)
        store.write([result("a", STORY)], [], [first])
    with Store(path) as store:
        finder = DuplicateFinder(store.duplicate_candidates)
        assert finder.duplicate_of(signature("b", COPY)) == "a"
        assert finder.duplicate_of(signature("c", OTHER)) is None
        assert store.stored_duplicates(["a", "zzz"]) == {"a": None}


def test_a_batch_asks_the_store_once(tmp_path: Path) -> None:
    """The batch's band keys go to the store in one question; each article is then compared
    with the stored ones sharing a key with it, and with the batch's earlier articles."""
    with Store(tmp_path / "s.duckdb") as store:
        store.write([result("a", STORY)], [], [signature("a", STORY)])
        questions: list[set[int]] = []

        def lookup(keys: Iterable[int]) -> dict[str, np.ndarray]:
            questions.append(set(keys))
            return store.duplicate_candidates(keys)

        batch = [signature("c", OTHER), signature("b", COPY), signature("d", COPY)]
        assert DuplicateFinder(lookup).duplicates_of(batch) == [None, "a", "b"]
        assert len(questions) == 1
        assert questions[0] == {key for s in batch for key in s.band_keys}
