"""Crawl result -> database: documents, raw files, the crawl run, the source's cursor and health.

One transaction per crawl: the documents a run found, its cursor and the source's health move
together, so a crash leaves the previous cursor in place and the next run sees the same documents
again (their upsert is idempotent). A change of health is queued for the admin target in the same
transaction, once per change: failing once, recovered once, never on every run. A crawl that worked
but met values its spider does not know is ``degraded``: each new value is told once (the values
told are kept in ``unknown_value``), other reasons (fallback discovery...) when the source turns
degraded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_health
from watcher.alerts.teams import TeamsConfig
from watcher.crawl.records import DocumentRecord
from watcher.crawl.runner import CrawlResult
from watcher.storage.db import transaction
from watcher.storage.models import CrawlRun, CrawlStatus, Health, Source, UnknownValue
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import DocumentFields, ensure_source, record_raw_file, upsert_document

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    source_id: str
    ok: bool
    failure: str | None
    items_seen: int = 0
    new_document_ids: list[int] = field(default_factory=list)
    changed_document_ids: list[int] = field(default_factory=list)
    deleted: int = 0
    requests: int = 0
    bytes_downloaded: int = 0


def document_fields(record: DocumentRecord) -> DocumentFields:
    """The storage fields of a spider record (the first file URL is the document's file)."""
    return DocumentFields(
        source_id=record.source,
        native_id=record.native_id,
        url=record.url,
        title=record.title,
        file_url=record.file_urls[0] if record.file_urls else None,
        doc_type=record.doc_type,
        language=record.language,
        published_on=record.published_on,
        published_at=record.published_at,
        related_key=record.related_key,
        content_hash=record.content_sha256,
    )


def ingest_crawl(
    sessions: sessionmaker[Session],
    source_id: str,
    source_name: str,
    result: CrawlResult,
    *,
    raw_store: RawStore,
    teams: TeamsConfig,
    started_at: datetime,
    now: datetime,
    backfill: tuple[date | None, date | None] | None = None,
) -> IngestReport:
    """Store what one crawl found and what it says about the source's health."""
    report = IngestReport(
        source_id=source_id,
        ok=result.ok,
        failure=result.failure,
        items_seen=len(result.records),
        requests=result.requests,
        bytes_downloaded=result.bytes_downloaded,
    )
    with transaction(sessions) as session:
        source = ensure_source(session, source_id, source_name)
        for record in result.records:
            if record.content_sha256 is not None:
                record_raw_file(
                    session,
                    record.content_sha256,
                    record.size or 0,
                    record.media_type,
                    str(raw_store.path_for(record.content_sha256)),
                    now,
                )
            document, status = upsert_document(
                session, document_fields(record), now, backfilled=backfill is not None
            )
            if record.deleted and document.deleted_at is None:
                document.deleted_at = now
                report.deleted += 1
            if status == "new":
                report.new_document_ids.append(document.id)
            elif status == "changed":
                report.changed_document_ids.append(document.id)
        run = CrawlRun(
            source_id=source_id,
            started_at=started_at,
            finished_at=now,
            status=CrawlStatus.OK if result.ok else CrawlStatus.FAILED,
            backfill_since=backfill[0] if backfill else None,
            backfill_until=backfill[1] if backfill else None,
            items_seen=len(result.records),
            new_documents=len(report.new_document_ids),
            changed_documents=len(report.changed_document_ids),
            errors=int(result.stats.get("log_count/ERROR", 0)),
            error_summary=result.failure,
            stats=result.stats,
        )
        session.add(run)
        session.flush()
        source.last_run_at = now
        # Records and state agree even for a failed crawl (the runner's contract): keep both, so a
        # document stored here is not fetched again, and what the run missed stays pending.
        source.cursor = result.state.model_dump(mode="json")
        if result.ok:
            source.health = Health.DEGRADED if result.is_degraded else Health.OK
            source.last_success_at = now
            if report.new_document_ids:
                source.last_new_document_at = now
        else:
            source.health = Health.FAILING
            source.last_error = result.failure
            source.last_error_at = now
        new_values = _new_unknown_values(session, source_id, result.unknown_values, run.id, now)
        _report_health_change(session, source, run.id, teams, now, result, new_values)
    if not result.ok:
        log.error("crawl of %s failed: %s", source_id, result.failure)
    return report


def _new_unknown_values(
    session: Session, source_id: str, values: tuple[str, ...], run_id: int, now: datetime
) -> list[str]:
    """The values not seen before for this source, now remembered (``["doc_type: kaft"]``)."""
    known = set(
        session.scalars(select(UnknownValue.value).where(UnknownValue.source_id == source_id))
    )
    new = [v[:500] for v in dict.fromkeys(values) if v[:500] not in known]
    session.add_all(
        UnknownValue(source_id=source_id, value=v, first_seen_at=now, first_run_id=run_id)
        for v in new
    )
    return new


def _report_health_change(
    session: Session,
    source: Source,
    run_id: int,
    teams: TeamsConfig,
    now: datetime,
    result: CrawlResult,
    new_values: list[str],
) -> None:
    """Tell the admin target when a source starts failing and when it recovers, once each; each
    new unknown value once; other reasons for being degraded when the source turns degraded."""
    reported = source.health_reported
    if source.health is Health.FAILING and reported is not Health.FAILING:
        detail = f"{source.name}: {source.last_error}"
        enqueue_health(session, source.id, "failing", detail, teams, now, event_id=run_id)
    elif source.health is not Health.FAILING and reported is Health.FAILING:
        detail = f"{source.name} works again (crawl run {run_id})."
        enqueue_health(session, source.id, "recovered", detail, teams, now, event_id=run_id)
    others = list(result.degraded) if reported is not Health.DEGRADED else []
    if source.health is Health.DEGRADED and (new_values or others):
        lines = [f"New value, kept as the site wrote it: {v}" for v in new_values] + others
        detail = f"{source.name} (crawl run {run_id}):\n" + "\n".join(lines)
        enqueue_health(session, source.id, "degraded", detail, teams, now, event_id=run_id)
    source.health_reported = source.health
