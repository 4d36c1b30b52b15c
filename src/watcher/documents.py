"""Stored documents -> text -> hits -> deliveries.

Extraction is keyed by content hash: bytes already extracted for another document (a language
twin served as one file, a re-listed document) are not extracted again, and a batch extracts each
distinct file once, in parallel, each in a child process with a time and memory limit.

A document's text, its hits and the deliveries that announce them are written in one
transaction. A document is therefore either pending (its text, hits and alerts all still to come,
and picked up by the next run whatever interrupted this one) or done: a crash can never leave a hit
that nobody will be told about, nor text that was never matched.

An extraction that ran over its time or memory budget, or whose child died (the OOM killer), says
nothing about the file: the document stays pending and a later run tries again, after a pause that
doubles each time, with twice the budget, up to :attr:`RetryPolicy.retries` times. Then, and at
once for a file that cannot be read (malformed, encrypted...), it is marked failed and the admin
target is told, with the document, in the same transaction.

After an extractor fix, :func:`reextract_documents` reads the stored files again with the same
engine and budget: a text that changed replaces the stored one and is matched again, so only hits
that are new are queued; a file that fails this time keeps the text it had.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_health, enqueue_hit
from watcher.alerts.teams import TeamsConfig
from watcher.extract import Extraction, extract_isolated
from watcher.match import Topic as TopicDefinition
from watcher.match import TopicMatch, match_document
from watcher.storage.db import run_transaction
from watcher.storage.models import Document, DocumentPage, ExtractionStatus, Topic
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import HitFields, insert_ignore, upsert_hit

log = logging.getLogger(__name__)

# The error kinds (``Extraction.error`` up to the colon) that say nothing about the file itself.
RETRYABLE_ERRORS = ("timeout", "memory", "crashed")


class Extractor(Protocol):
    """``extract_isolated``'s shape: bytes and a budget -> :class:`Extraction`."""

    def __call__(self, data: bytes, *, timeout_s: float, memory_mb: int) -> Extraction: ...


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: the first budget, and how many retries after a timeout, memory or crash.

    Retry ``n`` (1-based) waits ``backoff * 2**(n-1)`` after the failure and gets ``2**n`` times
    the first budget: with the defaults, 10 then 20 minutes, with 240 s / 2 GB then 480 s / 4 GB.
    """

    timeout_s: float = 120
    memory_mb: int = 1024
    retries: int = 2
    backoff: timedelta = timedelta(minutes=10)

    def budget(self, attempts: int) -> tuple[float, int]:
        """(seconds, megabytes) for an extraction after ``attempts`` failed ones."""
        return self.timeout_s * 2**attempts, self.memory_mb * 2**attempts


@dataclass
class ProcessReport:
    extracted: int = 0
    reused: int = 0
    failed: int = 0
    partial: int = 0  # extracted, but with pages given up (named in the extraction error)
    retrying: int = 0
    pages: int = 0
    new_hit_ids: list[int] = field(default_factory=list)
    # "<source>/<native id>: <error>" for each extraction given up on (failed) in this run.
    failures: list[str] = field(default_factory=list)

    def add(self, other: ProcessReport) -> None:
        self.extracted += other.extracted
        self.reused += other.reused
        self.failed += other.failed
        self.partial += other.partial
        self.retrying += other.retrying
        self.pages += other.pages
        self.new_hit_ids += other.new_hit_ids
        self.failures += other.failures


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


def pending_documents(
    session: Session, source_id: str | None = None, *, now: datetime | None = None
) -> list[int]:
    """Ids of documents whose bytes are stored but which are not extracted and matched yet;
    given ``now``, without those whose next extraction attempt is due later."""
    query = select(Document.id).where(
        Document.extraction_status == ExtractionStatus.PENDING,
        Document.content_hash.is_not(None),
    )
    if now is not None:
        query = query.where(
            or_(Document.extraction_retry_at.is_(None), Document.extraction_retry_at <= now)
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
    retry: RetryPolicy | None = None,
    extractor: Extractor | None = None,
) -> ProcessReport:
    """Extract, match and queue alerts for pending ``document_ids``, one transaction each.

    Each distinct file is extracted once, ``workers`` at a time, unless its text is already stored
    for another document, with the budget ``retry`` gives its attempt. New hits are announced when
    ``announce`` and the document is not a backfilled one.
    """
    retry = retry or RetryPolicy()
    extract = extractor or extract_isolated
    report = ProcessReport()
    with sessions() as session:
        documents = list(session.scalars(select(Document).where(Document.id.in_(document_ids))))
        hashes = {d.content_hash for d in documents if d.content_hash}
        done = _already_extracted(session, hashes)
    attempts: dict[str, int] = {}
    for document in documents:
        if document.content_hash:
            attempts[document.content_hash] = max(
                attempts.get(document.content_hash, 0), document.extraction_attempts
            )
    todo = sorted(hashes - done.keys())
    results = _extract_files(
        raw_store, todo, extract, lambda h: retry.budget(attempts[h]), workers=workers
    )
    for document in documents:
        content_hash = document.content_hash
        assert content_hash is not None

        def work(
            session: Session, document_id: int = document.id, sha: str = content_hash
        ) -> ProcessReport:
            one = ProcessReport()
            stored = session.get(Document, document_id)
            assert stored is not None
            if sha in done:
                _copy_text(session, stored, done[sha])
                one.reused += 1
            else:
                _store_extraction(session, stored, results[sha], retry, teams, now, one)
            _match_one(session, stored, topics, teams, now, announce and not stored.backfilled, one)
            return one

        report.add(run_transaction(sessions, work))
    return report


def _extract_files(
    raw_store: RawStore,
    hashes: Sequence[str],
    extractor: Extractor,
    budget: Callable[[str], tuple[float, int]],
    *,
    workers: int,
) -> dict[str, Extraction]:
    """content hash -> its extraction, ``workers`` files at a time, each within ``budget(hash)``."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        extractions = pool.map(lambda h: _extract_one(raw_store, h, extractor, budget(h)), hashes)
        return dict(zip(hashes, extractions, strict=True))


def _extract_one(
    raw_store: RawStore, sha256: str, extractor: Extractor, budget: tuple[float, int]
) -> Extraction:
    try:
        data = raw_store.get(sha256)
    except FileNotFoundError:
        return Extraction(kind=None, status="failed", error=f"missing: no raw file {sha256}")
    timeout_s, memory_mb = budget
    extraction = extractor(data, timeout_s=timeout_s, memory_mb=memory_mb)
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
            Document.extraction_status.in_(
                [ExtractionStatus.OK, ExtractionStatus.PARTIAL, ExtractionStatus.NO_TEXT]
            ),
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
    document.extraction_error = source.extraction_error
    document.detected_language = source.detected_language


def _store_extraction(
    session: Session,
    document: Document,
    extraction: Extraction,
    retry: RetryPolicy,
    teams: TeamsConfig,
    now: datetime,
    report: ProcessReport,
) -> None:
    """Store the text, or schedule a retry, or mark the document failed and tell the admin."""
    if extraction.status == "failed":
        error = extraction.error or "failed: no reason given"
        document.extraction_error = error
        if error.split(":", 1)[0] in RETRYABLE_ERRORS:
            document.extraction_attempts += 1
            if document.extraction_attempts <= retry.retries:
                wait = retry.backoff * 2 ** (document.extraction_attempts - 1)
                document.extraction_retry_at = now + wait
                report.retrying += 1
                log.warning(
                    "extraction of %s/%s failed (%s); retry %d of %d after %s",
                    document.source_id,
                    document.native_id,
                    error,
                    document.extraction_attempts,
                    retry.retries,
                    document.extraction_retry_at.isoformat(timespec="seconds"),
                )
                return
        document.extraction_status = ExtractionStatus.FAILED
        document.extraction_retry_at = None
        _report_failure(session, document, teams, now, report)
        return
    _store_text(document, extraction)
    report.extracted += 1
    report.partial += extraction.status == "partial"
    report.pages += len(extraction.pages)


def _store_text(document: Document, extraction: Extraction) -> None:
    """A successful (ok, partial or no_text) extraction as the document's text and status."""
    document.pages = [
        DocumentPage(page_no=p.number, text=p.text, language=p.language) for p in extraction.pages
    ]
    document.detected_language = extraction.language
    document.extraction_error = extraction.error or extraction.skipped_note
    document.extraction_retry_at = None
    document.extraction_status = _STATUSES[extraction.status]


_STATUSES = {
    "ok": ExtractionStatus.OK,
    "partial": ExtractionStatus.PARTIAL,
    "no_text": ExtractionStatus.NO_TEXT,
}


def _same_text(document: Document, extraction: Extraction) -> bool:
    """Whether a successful ``extraction`` is what ``document`` already holds (text, languages,
    status and note)."""
    stored = sorted((p.page_no, p.text, p.language) for p in document.pages)
    return (
        document.extraction_status is _STATUSES[extraction.status]
        and document.extraction_error == (extraction.error or extraction.skipped_note)
        and document.detected_language == extraction.language
        and stored == [(p.number, p.text, p.language) for p in extraction.pages]
    )


def _report_failure(
    session: Session, document: Document, teams: TeamsConfig, now: datetime, report: ProcessReport
) -> None:
    """Count a given-up extraction and queue its report to the admin target (once per file)."""
    tries = max(1, document.extraction_attempts)
    what = f"{document.source_id}/{document.native_id}: {document.extraction_error}"
    report.failed += 1
    report.failures.append(what)
    log.error("extraction of %s: given up after %d attempt(s)", what, tries)
    detail = (
        f"The text of this document could not be extracted, so it was not matched and no alert "
        f"about it was sent.\n\n{document.title}\n{document.file_url or document.url}\n"
        f"{document.source_id}/{document.native_id}, after {tries} attempt(s): "
        f"{document.extraction_error}"
    )
    event = f"document-{document.id}-{(document.content_hash or '')[:12]}"
    enqueue_health(
        session, document.source_id, "failing to extract", detail, teams, now, event_id=event
    )


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

            def work(session: Session, document_id: int = document_id) -> ProcessReport:
                one = ProcessReport()
                document = session.get(Document, document_id)
                assert document is not None
                _match_one(session, document, topics, teams, now, announce, one)
                return one

            report.add(run_transaction(sessions, work))
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
                            Document.extraction_status.in_(
                                [ExtractionStatus.OK, ExtractionStatus.PARTIAL]
                            ),
                        )
                    )
                }
            found = dict(zip(pages, pool.map(_match_pages, pages.values()), strict=True))
            for document_id, matches in found.items():

                def store(
                    session: Session,
                    document_id: int = document_id,
                    matches: list[TopicMatch] = matches,
                ) -> ProcessReport:
                    one = ProcessReport()
                    document = session.get(Document, document_id)
                    assert document is not None
                    _store_matches(session, document, matches, teams, now, announce, one)
                    return one

                report.add(run_transaction(sessions, store))
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
    if document.extraction_status not in (ExtractionStatus.OK, ExtractionStatus.PARTIAL):
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
                enqueue_hit(session, hit, teams, now)


@dataclass
class ReextractReport:
    """What ``watcher reextract`` did: documents read again, whose text changed, that failed
    (``"<source>/<native id>: <error>"``, their stored text kept), and the hits that are new."""

    reextracted: int = 0
    changed: int = 0
    failures: list[str] = field(default_factory=list)
    new_hit_ids: list[int] = field(default_factory=list)


def stored_documents(
    session: Session, source_id: str | None = None, since: date | None = None
) -> list[int]:
    """Ids of the documents whose file is stored and whose extraction is over (done or given
    up): what :func:`reextract_documents` reads again. Those still pending are the poll's.
    ``since`` keeps those first seen on or after that day (UTC)."""
    query = select(Document.id).where(
        Document.content_hash.is_not(None),
        Document.extraction_status != ExtractionStatus.PENDING,
    )
    if source_id is not None:
        query = query.where(Document.source_id == source_id)
    if since is not None:
        query = query.where(
            Document.first_seen_at >= datetime.combine(since, datetime.min.time(), UTC)
        )
    return list(session.scalars(query.order_by(Document.id)))


_REEXTRACT_BATCH = 32  # documents whose files are read at once: the texts held in memory at most


def reextract_documents(
    sessions: sessionmaker[Session],
    document_ids: Sequence[int],
    *,
    raw_store: RawStore,
    topics: Sequence[TopicDefinition],
    teams: TeamsConfig,
    now: datetime,
    announce: bool,
    workers: int,
    retry: RetryPolicy | None = None,
    extractor: Extractor | None = None,
) -> ReextractReport:
    """Extract the stored files of ``document_ids`` again (after an extractor fix) with the poll's
    engine and first budget; where the text changed, store it and match it again, one transaction
    per document. Only hits that are new are queued (when ``announce`` and the document is not a
    backfilled one): a hit already stored keeps its deliveries. A failed extraction changes
    nothing stored; it is counted in ``failures``.
    """
    retry = retry or RetryPolicy()
    extract = extractor or extract_isolated
    report = ReextractReport()
    for start in range(0, len(document_ids), _REEXTRACT_BATCH):
        batch = document_ids[start : start + _REEXTRACT_BATCH]
        with sessions() as session:
            hashes = {
                document_id: sha
                for document_id, sha in session.execute(
                    select(Document.id, Document.content_hash).where(Document.id.in_(batch))
                )
                if sha is not None
            }
        results = _extract_files(
            raw_store,
            sorted(set(hashes.values())),
            extract,
            lambda _sha: retry.budget(0),
            workers=workers,
        )
        for document_id, sha in sorted(hashes.items()):

            def work(
                session: Session,
                document_id: int = document_id,
                sha: str = sha,
                extraction: Extraction = results[sha],
            ) -> ReextractReport:
                document = session.get(Document, document_id)
                assert document is not None
                if document.content_hash != sha or (
                    document.extraction_status is ExtractionStatus.PENDING
                ):
                    return ReextractReport()  # new bytes meanwhile: the poll extracts those
                one = ReextractReport(reextracted=1)
                if extraction.status == "failed":
                    one.failures.append(
                        f"{document.source_id}/{document.native_id}: {extraction.error}"
                    )
                    return one
                if _same_text(document, extraction):
                    return one
                _store_text(document, extraction)
                one.changed = 1
                found = ProcessReport()
                _match_one(
                    session,
                    document,
                    topics,
                    teams,
                    now,
                    announce and not document.backfilled,
                    found,
                )
                one.new_hit_ids = found.new_hit_ids
                return one

            one = run_transaction(sessions, work)
            report.reextracted += one.reextracted
            report.changed += one.changed
            report.failures += one.failures
            report.new_hit_ids += one.new_hit_ids
        log.info(
            "re-extracted %d of %d documents: %d changed, %d failed, %d new hits",
            report.reextracted,
            len(document_ids),
            report.changed,
            len(report.failures),
            len(report.new_hit_ids),
        )
    return report
