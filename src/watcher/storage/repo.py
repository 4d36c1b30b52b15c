"""Writes that must hold under repetition and concurrency.

Every "create if absent" is an ``INSERT ... ON CONFLICT DO NOTHING`` against a real unique
constraint, so the same document, hit or delivery written twice (by a re-run, or by two workers at
the same moment) is one row. Functions take a session and leave committing to the caller, so a hit
and the deliveries that announce it land in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from watcher.storage.models import (
    Base,
    Delivery,
    DeliveryMode,
    Document,
    DocumentChange,
    ExtractionStatus,
    Hit,
    RawFile,
    Source,
)


def insert_ignore(
    session: Session, model: type[Base], values: Mapping[str, Any], conflict_cols: Sequence[str]
) -> bool:
    """Insert one row unless a row with the same ``conflict_cols`` exists; True if inserted.

    Concurrent callers on PostgreSQL wait for each other on the unique index, and exactly one wins.
    """
    dialect = session.get_bind().dialect.name
    table = model.__table__
    assert isinstance(table, Table)
    insert: postgresql.Insert | sqlite.Insert
    if dialect == "postgresql":
        insert = postgresql.insert(table)
    elif dialect == "sqlite":
        insert = sqlite.insert(table)
    else:
        raise NotImplementedError(f"watcher supports SQLite and PostgreSQL, not {dialect}")
    stmt = (
        insert.values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict_cols))
        .returning(*table.primary_key.columns)
    )
    # RETURNING yields a row only when the insert happened; rowcount is not reliable across drivers.
    return session.execute(stmt).first() is not None


def ensure_source(session: Session, source_id: str, name: str) -> Source:
    insert_ignore(session, Source, {"id": source_id, "name": name, "cursor": {}}, ["id"])
    source = session.get(Source, source_id)
    assert source is not None
    return source


def record_raw_file(
    session: Session, sha256: str, size: int, media_type: str | None, path: str, now: datetime
) -> None:
    insert_ignore(
        session,
        RawFile,
        {"sha256": sha256, "size": size, "media_type": media_type, "path": path, "stored_at": now},
        ["sha256"],
    )


@dataclass(frozen=True)
class DocumentFields:
    """What a source tells about a document; the storage-side twin of the spider record."""

    source_id: str
    native_id: str
    url: str
    title: str
    file_url: str | None = None
    doc_type: str | None = None
    language: str | None = None
    published_on: date | None = None
    published_at: datetime | None = None
    related_key: str | None = None
    content_hash: str | None = None


# Fields whose change makes a known document "changed" (and worth matching again).
_TRACKED = (
    "url",
    "file_url",
    "title",
    "doc_type",
    "language",
    "published_on",
    "published_at",
    "related_key",
    "content_hash",
)

Upserted = Literal["new", "changed", "unchanged"]


def upsert_document(
    session: Session, fields: DocumentFields, now: datetime, *, backfilled: bool = False
) -> tuple[Document, Upserted]:
    """Store a document seen at a source; record what changed if it was known.

    A content hash of ``None`` never overwrites a known one (the file was simply not fetched again).
    """
    values: dict[str, Any] = {
        name: getattr(fields, name) for name in ("source_id", "native_id", *_TRACKED)
    }
    inserted = insert_ignore(
        session,
        Document,
        {**values, "first_seen_at": now, "last_seen_at": now, "backfilled": backfilled},
        ["source_id", "native_id"],
    )
    document = session.scalars(
        select(Document).where(
            Document.source_id == fields.source_id, Document.native_id == fields.native_id
        )
    ).one()
    if inserted:
        return document, "new"
    document.last_seen_at = now
    changes: dict[str, list[Any]] = {}
    for name in _TRACKED:
        new = values[name]
        old = getattr(document, name)
        if new is None and name == "content_hash":
            continue
        if new != old:
            changes[name] = [_jsonable(old), _jsonable(new)]
            setattr(document, name, new)
    if not changes:
        return document, "unchanged"
    if "content_hash" in changes:
        # New bytes: the stored text and hits are of the old file; extract and match again.
        document.extraction_status = ExtractionStatus.PENDING
    session.add(DocumentChange(document_id=document.id, changed_at=now, fields=changes))
    return document, "changed"


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


@dataclass(frozen=True)
class HitFields:
    topic_id: str
    score: float
    tier: str
    terms: list[str]
    snippet: str
    page: int | None
    start: int | None
    end: int | None
    evidence: list[dict[str, Any]]


def upsert_hit(
    session: Session,
    document_id: int,
    fields: HitFields,
    now: datetime,
    *,
    backfilled: bool = False,
) -> tuple[Hit, bool]:
    """Store document x topic once; return the hit and whether it is new.

    A known hit gets its evidence refreshed (the text may have changed) but stays the same row, so
    the deliveries that announced it are not repeated.
    """
    values = {
        "topic_id": fields.topic_id,
        "score": fields.score,
        "tier": fields.tier,
        "terms": fields.terms,
        "snippet": fields.snippet,
        "page": fields.page,
        "start": fields.start,
        "end": fields.end,
        "evidence": fields.evidence,
    }
    created = insert_ignore(
        session,
        Hit,
        {"document_id": document_id, "matched_at": now, "backfilled": backfilled, **values},
        ["document_id", "topic_id"],
    )
    hit = session.scalars(
        select(Hit).where(Hit.document_id == document_id, Hit.topic_id == fields.topic_id)
    ).one()
    if not created:
        for name, value in values.items():
            setattr(hit, name, value)
    return hit, created


def queue_delivery(
    session: Session,
    *,
    key: str,
    target: str,
    now: datetime,
    hit_id: int | None = None,
    team_id: str | None = None,
    mode: DeliveryMode = DeliveryMode.IMMEDIATE,
    payload: dict[str, Any] | None = None,
) -> bool:
    """Put one announcement for one target in the outbox; False if it was already there."""
    return insert_ignore(
        session,
        Delivery,
        {
            "key": key,
            "target": target,
            "hit_id": hit_id,
            "team_id": team_id,
            "mode": mode,
            "payload": payload,
            "created_at": now,
            "next_attempt_at": now,
        },
        ["key", "target"],
    )
