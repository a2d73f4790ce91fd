"""The DuckDB store: batched writes, idempotence, errors recorded once."""

from __future__ import annotations

from pathlib import Path

from crossroads.model import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Evidence,
    ProcessingError,
    Speaker,
    Statement,
)
from crossroads.store import Store

RUSSIA = Actor(name="Russia", country="RUS", sector="GOV")
TEXT = "Foreign Ministry spokesperson Irina Volkova said Moscow rejected the claims."


def a_result(article_id: str = "a1") -> ArticleResult:
    article = Article(
        id=article_id, source_uri="x.txt", source_format="text", text=TEXT, published="2026-03-01"
    )
    speaker = Speaker(
        text="Irina Volkova",
        name="Irina Volkova",
        role="Foreign Ministry spokesperson",
        actor=RUSSIA,
        start=30,
        end=43,
    )
    statement = Statement(
        speaker=speaker, cue="said", kind="indirect", content=TEXT[49:75], start=49, end=75
    )
    event = Event(
        type="REJECT",
        source=RUSSIA,
        target=None,
        evidence=Evidence(TEXT, 0, len(TEXT)),
        statement=0,
    )
    return ArticleResult(article=article, statements=(statement,), events=(event,), tone=-0.2)


def test_a_result_is_stored_with_its_children(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write([a_result()], []) == 1
        counts = store.counts()
        record = store.article_record("a1")
    assert counts["articles"] == 1 and counts["statements"] == 1 and counts["events"] == 1
    assert counts["actors"] == 2  # the speaker and the event's source
    assert record is not None and record["statements"][0]["speaker_name"] == "Irina Volkova"
    assert str(record["published"]) == "2026-03-01"


def test_writing_the_same_results_twice_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    error = ProcessingError(source="bad.pdf", stage="ingest", code="I004", message="a PDF")
    with Store(path) as store:
        store.write([a_result(), a_result("a2"), a_result()], [error])
        first = store.counts()
    with Store(path) as store:
        assert store.write([a_result(), a_result("a2")], [error]) == 0
        assert store.counts() == first
        assert store.stored_ids(["a1", "a3"]) == {"a1"}
    assert first["articles"] == 2 and first["errors"] == 1


def test_a_read_only_store_sees_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([a_result()], [])
    with Store(path, read_only=True) as reader:
        assert reader.counts()["articles"] == 1
        assert ("  format text", 1) in reader.breakdown()
