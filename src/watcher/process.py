"""Stored documents -> text -> hits -> deliveries.

Extraction is keyed by content hash: bytes already extracted for another document (a language
twin served as one file, a re-listed document) are not extracted again, and a batch extracts each
distinct file once, in parallel, each in a child process with a time and memory limit.

A document's text, its hits and the deliveries that announce them are written in one
transaction. A document is therefore either pending (its text, hits and alerts all still to come,
and picked up by the next run whatever interrupted this one) or done: a crash can never leave a hit
that nobody will be told about, nor text that was never matched.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_hit
from watcher.alerts.teams import TeamsConfig
from watcher.extract import Extraction, extract_isolated
from watcher.match import Topic as TopicDefinition
from watcher.match import TopicMatch, match_document
from watcher.storage.db import transaction
from watcher.storage.models import Document, DocumentPage, ExtractionStatus, Topic
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import HitFields, insert_ignore, upsert_hit

log = logging.getLogger(__name__)

Extractor = Callable[[bytes], Extraction]


@dataclass
class ProcessReport:
    extracted: int = 0
    reused: int = 0
    failed: int = 0
    pages: int = 0
    new_hit_ids: list[int] = field(default_factory=list)
    queued_deliveries: int = 0


def sync_topics(session: Session, topics: Sequence[TopicDefinition], now: datetime) -> None:
    """Make the topic table name every topic of the topics file (hits refer to it)."""
    for topic in topics:
        if not insert_ignore(
            session,
            Topic,
            {
                "id": topic.id,
                "name": topic.name,
                "description": topic.description,
                "updated_at": now,
            },
            ["id"],
        ):
            stored = session.get(Topic, topic.id)
            assert stored is not None
            stored.name, stored.description = topic.name, topic.description


def pending_documents(session: Session, source_id: str | None = None) -> list[int]:
    """Ids of documents whose bytes are stored but which are not extracted and matched yet."""
    query = select(Document.id).where(
        Document.extraction_status == ExtractionStatus.PENDING,
        Document.content_hash.is_not(None),
    )
    if source_id is not None:
        query = query.where(Document.source_id == source_id)
    return list(session.scalars(query.order_by(Document.id)))


def process_documents(
    sessions: sessionmaker[Session],
    document_ids: Sequence[int],
    *,
    raw_store: RawStore,
    topics: Sequence[TopicDefinition],
    teams: TeamsConfig,
    now: datetime,
    announce: bool,
    workers: int,
    extractor: Extractor = extract_isolated,
) -> ProcessReport:
    """Extract, match and queue alerts for pending ``document_ids``, one transaction each.

    Each distinct file is extracted once, ``workers`` at a time, unless its text is already stored
    for another document. New hits are announced when ``announce`` and the document is not a
    backfilled one.
    """
    report = ProcessReport()
    with sessions() as session:
        documents = list(session.scalars(select(Document).where(Document.id.in_(document_ids))))
        hashes = {d.content_hash for d in documents if d.content_hash}
        done = _already_extracted(session, hashes)
    todo = sorted(hashes - done.keys())
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        extractions = pool.map(lambda h: _extract_one(raw_store, h, extractor), todo)
        results = dict(zip(todo, extractions, strict=True))
    for document in documents:
        assert document.content_hash is not None
        with transaction(sessions) as session:
            stored = session.get(Document, document.id)
            assert stored is not None
            if document.content_hash in done:
                _copy_text(session, stored, done[document.content_hash])
                report.reused += 1
            else:
                extraction = results[document.content_hash]
                _store_extraction(stored, extraction)
                if extraction.status == "failed":
                    report.failed += 1
                else:
                    report.extracted += 1
                report.pages += len(extraction.pages)
            _match_one(
                session, stored, topics, teams, now, announce and not stored.backfilled, report
            )
    return report


def _extract_one(raw_store: RawStore, sha256: str, extractor: Extractor) -> Extraction:
    try:
        data = raw_store.get(sha256)
    except FileNotFoundError:
        return Extraction(kind=None, status="failed", error=f"missing: no raw file {sha256}")
    extraction = extractor(data)
    if extraction.status == "failed":
        log.warning("extraction of %s failed: %s", sha256[:12], extraction.error)
    return extraction


def _already_extracted(session: Session, hashes: set[str]) -> dict[str, int]:
    """content hash -> id of a document whose text from those bytes is already stored."""
    if not hashes:
        return {}
    rows = session.execute(
        select(Document.content_hash, Document.id).where(
            Document.content_hash.in_(hashes),
            Document.extraction_status.in_([ExtractionStatus.OK, ExtractionStatus.NO_TEXT]),
        )
    )
    return {sha: doc_id for sha, doc_id in rows if sha is not None}


def _copy_text(session: Session, document: Document, source_id: int) -> None:
    source = session.get(Document, source_id)
    assert source is not None
    document.pages = [
        DocumentPage(page_no=p.page_no, text=p.text, language=p.language) for p in source.pages
    ]
    document.extraction_status = source.extraction_status
    document.extraction_error = None
    document.detected_language = source.detected_language


def _store_extraction(document: Document, extraction: Extraction) -> None:
    document.pages = [
        DocumentPage(page_no=p.number, text=p.text, language=p.language) for p in extraction.pages
    ]
    document.detected_language = extraction.language
    document.extraction_error = extraction.error
    document.extraction_status = {
        "ok": ExtractionStatus.OK,
        "no_text": ExtractionStatus.NO_TEXT,
        "failed": ExtractionStatus.FAILED,
    }[extraction.status]


def match_documents(
    sessions: sessionmaker[Session],
    document_ids: Sequence[int],
    *,
    topics: Sequence[TopicDefinition],
    teams: TeamsConfig,
    now: datetime,
    announce: bool,
    workers: int = 1,
) -> ProcessReport:
    """Match the stored text of ``document_ids`` again (a topic change, changed metadata), one
    transaction per document; with ``workers`` > 1, the matching itself runs in that many
    processes (``watcher rematch`` of a whole archive uses every core)."""
    report = ProcessReport()
    if workers <= 1 or len(document_ids) < 2 * _REMATCH_BATCH:
        for document_id in document_ids:
            with transaction(sessions) as session:
                document = session.get(Document, document_id)
                assert document is not None
                _match_one(session, document, topics, teams, now, announce, report)
        return report
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, context, initializer=_use_topics, initargs=(topics,)) as pool:
        for start in range(0, len(document_ids), _REMATCH_BATCH):
            batch = document_ids[start : start + _REMATCH_BATCH]
            with sessions() as session:
                pages = {
                    document.id: [(p.page_no, p.text) for p in document.pages]
                    for document in session.scalars(
                        select(Document).where(
                            Document.id.in_(batch),
                            Document.extraction_status == ExtractionStatus.OK,
                        )
                    )
                }
            found = dict(zip(pages, pool.map(_match_pages, pages.values()), strict=True))
            for document_id, matches in found.items():
                with transaction(sessions) as session:
                    document = session.get(Document, document_id)
                    assert document is not None
                    _store_matches(session, document, matches, teams, now, announce, report)
    return report


_REMATCH_BATCH = 64  # documents whose text is read at once, then matched in parallel
_worker_topics: Sequence[TopicDefinition] = ()


def _use_topics(topics: Sequence[TopicDefinition]) -> None:
    """In a rematch worker: the topics to match with (sent once per worker)."""
    global _worker_topics
    _worker_topics = topics


def _match_pages(pages: list[tuple[int, str]]) -> list[TopicMatch]:
    return match_document(pages, _worker_topics)


def _match_one(
    session: Session,
    document: Document,
    topics: Sequence[TopicDefinition],
    teams: TeamsConfig,
    now: datetime,
    announce: bool,
    report: ProcessReport,
) -> None:
    """Store document x topic hits; queue deliveries for the new ones when ``announce``."""
    if document.extraction_status is not ExtractionStatus.OK:
        return
    pages = [(p.page_no, p.text) for p in document.pages]
    _store_matches(session, document, match_document(pages, topics), teams, now, announce, report)


def _store_matches(
    session: Session,
    document: Document,
    matches: list[TopicMatch],
    teams: TeamsConfig,
    now: datetime,
    announce: bool,
    report: ProcessReport,
) -> None:
    for match in matches:
        best = match.evidence[0]
        hit, created = upsert_hit(
            session,
            document.id,
            HitFields(
                topic_id=match.topic,
                score=match.score,
                tier=match.tier,
                terms=sorted({t for e in match.evidence for t in e.terms}),
                snippet=best.snippet,
                page=best.page,
                start=best.start,
                end=best.end,
                evidence=[e.as_dict() for e in match.evidence],
            ),
            now,
            backfilled=not announce,
        )
        if created:
            report.new_hit_ids.append(hit.id)
            if announce:
                report.queued_deliveries += enqueue_hit(session, hit, teams, now)
