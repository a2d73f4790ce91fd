"""ArticleResult → table rows, flat and typed as the store's schema says."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from crossroads.dedup import Signature
from crossroads.model import Actor, ArticleResult, Event, Statement

Row = dict[str, Any]


def result_rows(result: ArticleResult, *, processed_at: datetime) -> dict[str, list[Row]]:
    """The rows of every result table for one article."""
    article_id = result.article.id
    return {
        "articles": [_article_row(result, processed_at=processed_at)],
        "statements": [_statement_row(article_id, i, s) for i, s in enumerate(result.statements)],
        "events": [_event_row(result, i, e) for i, e in enumerate(result.events)],
        "actors": _actor_rows(result),
        "places": [
            {"article_id": article_id, "idx": i, **asdict(place)}
            for i, place in enumerate(result.places)
        ],
    }


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _article_row(result: ArticleResult, *, processed_at: datetime) -> Row:
    article = result.article
    return {
        "id": article.id,
        "source_uri": article.source_uri,
        "source_format": article.source_format,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "author": article.author,
        "published": _day(article.published),
        "language": article.language,
        "text": article.text,
        "related": json.dumps([asdict(r) for r in article.related], ensure_ascii=False),
        "duplicate_of": result.duplicate_of,
        "tone": result.tone,
        "pipeline": result.pipeline,
        "processed_at": processed_at,
    }


def _actor_fields(prefix: str, actor: Actor | None) -> Row:
    parts = ("name", "country", "sector", "org")
    return {f"{prefix}_{p}": (getattr(actor, p) if actor else None) for p in parts}


def _statement_row(article_id: str, idx: int, statement: Statement) -> Row:
    speaker = statement.speaker
    return {
        "article_id": article_id,
        "idx": idx,
        "speaker_text": speaker.text,
        "speaker_name": speaker.name,
        "speaker_role": speaker.role,
        "speaker_start": speaker.start,
        "speaker_end": speaker.end,
        **_actor_fields("actor", speaker.actor),
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "tone": statement.tone,
    }


def _event_row(result: ArticleResult, idx: int, event: Event) -> Row:
    place = event.place
    return {
        "article_id": result.article.id,
        "idx": idx,
        "type": event.type,
        "mode": event.mode,
        **_actor_fields("source", event.source),
        **_actor_fields("target", event.target),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "intensity": event.intensity,
        "quad": event.quad,
        "cameo_root": event.cameo_root,
        "statement_idx": event.statement,
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
        "confidence": event.confidence,
        "published": _day(result.article.published),
    }


def _actor_rows(result: ArticleResult) -> list[Row]:
    """Every coded actor of the article: speakers, then event sources and targets."""
    rows: list[Row] = []
    for i, statement in enumerate(result.statements):
        speaker = statement.speaker
        if speaker.actor is not None:
            rows.append(
                _actor_row(speaker.actor, "speaker", i, speaker.text, speaker.start, speaker.end)
            )
    for i, event in enumerate(result.events):
        rows.append(_actor_row(event.source, "source", i, None, None, None))
        if event.target is not None:
            rows.append(_actor_row(event.target, "target", i, None, None, None))
    for idx, row in enumerate(rows):
        row.update(article_id=result.article.id, idx=idx)
    return rows


def _actor_row(
    actor: Actor, role: str, ref_idx: int, mention: str | None, start: int | None, end: int | None
) -> Row:
    return {
        "role": role,
        "ref_idx": ref_idx,
        "mention": mention,
        **asdict(actor),
        "start": start,
        "end": end,
    }


def signature_rows(signatures: Iterable[Signature]) -> dict[str, list[Row]]:
    """MinHash values and LSH band keys of new articles, for finding later copies."""
    rows: dict[str, list[Row]] = {"signatures": [], "lsh_keys": []}
    for signature in signatures:
        rows["signatures"].append(
            {"article_id": signature.article_id, "minhash": signature.values.tobytes()}
        )
        rows["lsh_keys"] += [
            {"key": key, "article_id": signature.article_id} for key in set(signature.band_keys)
        ]
    return rows
