"""What the web pages show, read from the database: pure queries returning plain records.

The hits page lists documents, not hit rows: one row per document that matched a topic, newest
first (first seen), with its topics and its best passage. Paging fetches one row more than it
shows, so no count of the whole archive is needed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from watcher.storage.models import Document, DocumentChange, Hit, HitFeedback, Source
from watcher.storage.search import DocumentFilters, SearchResult, search_documents


@dataclass(frozen=True)
class TopicHit:
    hit_id: int
    topic_id: str
    score: float
    tier: str
    page: int | None
    snippet: str
    evidence: list[dict[str, Any]]
    matched_at: datetime
    flagged: bool


@dataclass(frozen=True)
class DocumentRow:
    document: Document
    hits: list[TopicHit]

    @property
    def best(self) -> TopicHit | None:
        return max(self.hits, key=lambda h: h.score) if self.hits else None


@dataclass(frozen=True)
class ResultPage:
    rows: list[DocumentRow]
    page: int
    has_next: bool
    snippets: dict[int, SearchResult] = field(default_factory=dict)


def _hits_of(
    session: Session, document_ids: list[int], topics: tuple[str, ...] | None
) -> dict[int, list[TopicHit]]:
    if not document_ids:
        return {}
    flagged = exists().where(HitFeedback.hit_id == Hit.id)
    query = select(Hit, flagged.label("flagged")).where(Hit.document_id.in_(document_ids))
    if topics is not None:
        query = query.where(Hit.topic_id.in_(topics))
    out: dict[int, list[TopicHit]] = defaultdict(list)
    for hit, is_flagged in session.execute(query.order_by(Hit.score.desc(), Hit.topic_id)):
        out[hit.document_id].append(
            TopicHit(
                hit_id=hit.id,
                topic_id=hit.topic_id,
                score=hit.score,
                tier=hit.tier,
                page=hit.page,
                snippet=hit.snippet,
                evidence=list(hit.evidence or []),
                matched_at=hit.matched_at,
                flagged=bool(is_flagged),
            )
        )
    return out


def hits_page(
    session: Session, filters: DocumentFilters, *, page: int = 1, per_page: int = 25
) -> ResultPage:
    """Documents with at least one hit (on the filtered topics), newest first."""
    query = filters.apply(select(Document))
    if filters.topics is None:  # with topics, the filter itself asks for a hit on one of them
        query = query.where(exists().where(Hit.document_id == Document.id))
    documents = list(
        session.scalars(
            query.order_by(Document.first_seen_at.desc(), Document.id.desc())
            .limit(per_page + 1)
            .offset((page - 1) * per_page)
        )
    )
    shown = documents[:per_page]
    hits = _hits_of(session, [d.id for d in shown], filters.topics)
    return ResultPage(
        rows=[DocumentRow(d, hits.get(d.id, [])) for d in shown],
        page=page,
        has_next=len(documents) > per_page,
    )


def search_page(
    session: Session, query: str, filters: DocumentFilters, *, page: int = 1, per_page: int = 20
) -> ResultPage:
    """Documents whose text matches ``query`` (see watcher.storage.search), newest first."""
    results = search_documents(
        session, query, filters, limit=per_page + 1, offset=(page - 1) * per_page
    )
    shown = results[:per_page]
    documents = {
        d.id: d
        for d in session.scalars(
            select(Document).where(Document.id.in_([r.document_id for r in shown]))
        )
    }
    hits = _hits_of(session, list(documents), None)
    return ResultPage(
        rows=[DocumentRow(documents[r.document_id], hits.get(r.document_id, [])) for r in shown],
        page=page,
        has_next=len(results) > per_page,
        snippets={r.document_id: r for r in shown},
    )


@dataclass(frozen=True)
class DocumentView:
    document: Document
    hits: list[TopicHit]
    pages: list[tuple[int, str, str | None]]  # page number, text, language
    twins: list[Document]
    changes: list[DocumentChange]


def document_view(session: Session, document_id: int) -> DocumentView | None:
    document = session.get(Document, document_id)
    if document is None:
        return None
    twins: list[Document] = []
    if document.related_key:
        twins = list(
            session.scalars(
                select(Document)
                .where(Document.related_key == document.related_key, Document.id != document.id)
                .order_by(Document.published_on, Document.id)
            )
        )
    return DocumentView(
        document=document,
        hits=_hits_of(session, [document.id], None).get(document.id, []),
        pages=[(p.page_no, p.text, p.language) for p in document.pages],
        twins=twins,
        changes=list(document.changes),
    )


def sources(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).order_by(Source.id)))


def latest_hits_of_topic(session: Session, topic_id: str, limit: int = 10) -> list[DocumentRow]:
    filters = DocumentFilters(topics=(topic_id,))
    return hits_page(session, filters, per_page=limit).rows


def flag_hit(session: Session, hit_id: int, reason: str | None) -> bool:
    """Store a reader's "not relevant" on a hit; False when there is no such hit."""
    if session.get(Hit, hit_id) is None:
        return False
    session.add(HitFeedback(hit_id=hit_id, reason=(reason or "").strip()[:500] or None))
    return True
