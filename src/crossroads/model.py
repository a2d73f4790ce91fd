"""The one record model of crossroads: frozen, typed records, serialised as in SCHEMA.md.

Every stage returns these records and nothing else invents its own shape for an article, a
statement or an event. Character offsets (`start`, `end`) always index the article's clean
`text` (Python str indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

SourceFormat = Literal["html", "text", "jsonl", "warc"]
PayloadKind = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a reader found it, before any extraction.

    `data` holds the payload bytes; `charset` is the encoding declared by the transport
    (HTTP header, WARC record), if any. `record` distinguishes documents inside one container
    (a line of a JSONL file, a record of a WARC file) so that ids stay stable.
    """

    uri: str
    format: SourceFormat
    kind: PayloadKind
    data: bytes
    record: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """A headline of another article found on the page (related links, next/previous)."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: body text without page furniture, and its metadata."""

    id: str
    source_uri: str
    source_format: SourceFormat
    text: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    related: tuple[Related, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: a country (ISO alpha-3 or CAMEO region), a sector and an organisation."""

    name: str
    country: str | None = None
    sector: str | None = None
    org: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is quoted: the words in the sentence, and what they resolve to."""

    text: str
    name: str | None = None
    role: str | None = None
    actor: Actor | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """Attributed words: `text[start:end]` is exactly `content`."""

    speaker: Speaker
    cue: str
    kind: Literal["direct", "indirect", "according_to"]
    content: str
    start: int
    end: int
    tone: float = 0.0


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did (or said) what to whom, in PLOVER terms, with CAMEO comparability."""

    type: str
    source: Actor
    target: Actor | None
    evidence: Evidence
    mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    intensity: float = 0.0
    quad: str = ""
    cameo_root: str = ""
    statement: int | None = None
    place: Place | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything crossroads made of one document."""

    article: Article
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    tone: float = 0.0
    duplicate_of: str | None = None
    pipeline: str = ""


@dataclass(frozen=True, slots=True)
class ProcessingError:
    """A document that could not be processed: one coded line, one `errors` row."""

    source: str
    stage: str
    code: str
    message: str


def _actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else asdict(actor)


def _statement_dict(statement: Statement) -> dict[str, Any]:
    speaker = statement.speaker
    return {
        "speaker": {
            "text": speaker.text,
            "name": speaker.name,
            "role": speaker.role,
            "actor": _actor_dict(speaker.actor),
            "start": speaker.start,
            "end": speaker.end,
        },
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "tone": statement.tone,
    }


def _event_dict(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": _actor_dict(event.source),
        "target": _actor_dict(event.target),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "intensity": event.intensity,
        "quad": event.quad,
        "cameo_root": event.cameo_root,
        "statement": event.statement,
        "evidence": asdict(event.evidence),
        "place": None if event.place is None else asdict(event.place),
        "confidence": event.confidence,
    }


def result_to_record(result: ArticleResult) -> dict[str, Any]:
    """The JSONL record of SCHEMA.md for one processed article."""
    article = result.article
    return {
        "id": article.id,
        "source": {"uri": article.source_uri, "format": article.source_format},
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "related": [asdict(r) for r in article.related],
        "duplicate_of": result.duplicate_of,
        "tone": result.tone,
        "statements": [_statement_dict(s) for s in result.statements],
        "events": [_event_dict(e) for e in result.events],
        "places": [asdict(p) for p in result.places],
        "pipeline": result.pipeline,
    }


__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "Evidence",
    "Place",
    "ProcessingError",
    "RawDocument",
    "Related",
    "Speaker",
    "Statement",
    "result_to_record",
]
