"""The steps the flows string together, each callable on its own (from a flow, the CLI or a test).

crawl (spider subprocess) -> ingest (documents, health) -> extract -> match (hits + outbox)
-> send (immediate alerts) ; digests and rematch run on their own schedules.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from watcher.alerts.digest import send_due_digests
from watcher.alerts.outbox import enqueue_backfill_digest
from watcher.alerts.send import send_pending
from watcher.crawl.records import SLUGS, CrawlState
from watcher.crawl.runner import CrawlResult, run_crawl, source_name
from watcher.ingest import IngestReport, ingest_crawl
from watcher.process import match_documents, pending_documents, process_documents
from watcher.runtime import Runtime
from watcher.settings import Settings
from watcher.storage.db import transaction
from watcher.storage.models import Delivery, DeliveryStatus, Document, Hit, Source
from watcher.timeutil import utcnow


@dataclass
class SourceSummary:
    source: str
    ok: bool
    failure: str | None = None
    seen: int = 0
    new: int = 0
    changed: int = 0
    extracted: int = 0
    pages: int = 0
    extraction_failed: int = 0
    hit_ids: list[int] = field(default_factory=list)
    alerts_sent: int = 0


@dataclass
class PollSummary:
    sources: list[SourceSummary]
    alerts_sent: int
    alerts_pending: int

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sources)


def enabled_sources(rt: Runtime) -> list[str]:
    """Every source but those switched off with ``watcher sources --disable``."""
    with rt.sessions() as s:
        disabled = set(s.scalars(select(Source.id).where(Source.enabled.is_(False))))
    return [slug for slug in SLUGS if slug not in disabled]


@contextmanager
def open_runtime(settings: Settings, *, replay: bool = False) -> Iterator[Runtime]:
    """The runtime of one flow run; ``replay`` points every spider at the bundled replay."""
    rt = Runtime.open(settings, utcnow(), dict(os.environ))
    try:
        if not replay:
            yield rt
            return
        from watcher.replay.server import serve_replay

        with serve_replay() as server:
            rt.base_urls = server.base_urls
            # The replay runs on this machine: there is no site to be polite to.
            rt.scrapy_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
            yield rt
    finally:
        rt.close()


def crawl(
    rt: Runtime, slug: str, *, since: date | None = None, until: date | None = None
) -> CrawlResult:
    """Run the spider of ``slug`` from the source's stored cursor."""
    with rt.sessions() as s:
        source = s.get(Source, slug)
        state = (
            CrawlState.model_validate(source.cursor) if source and source.cursor else CrawlState()
        )
    return run_crawl(
        slug,
        settings=rt.settings,
        state=state,
        since=since,
        until=until,
        base_url=rt.base_urls.get(slug),
        extra_scrapy_settings=rt.scrapy_settings,
    )


def ingest(
    rt: Runtime, slug: str, result: CrawlResult, *, now: datetime, backfill: bool = False
) -> IngestReport:
    return ingest_crawl(
        rt.sessions,
        slug,
        source_name(slug),
        result,
        raw_store=rt.raw_store,
        teams=rt.teams,
        started_at=result.started_at,
        now=now,
        backfill=result.backfill if backfill else None,
    )


def extract_and_match(
    rt: Runtime, report: IngestReport, *, now: datetime, announce: bool
) -> SourceSummary:
    """Process the source's pending documents (this crawl's new files, and any an interrupted run
    left behind), then match again the known documents whose metadata changed."""
    with rt.sessions() as s:
        pending = pending_documents(s, report.source_id)
    processed = process_documents(
        rt.sessions,
        pending,
        raw_store=rt.raw_store,
        topics=rt.topics,
        teams=rt.teams,
        now=now,
        announce=announce,
        workers=os.cpu_count() or 1,
    )
    changed = sorted(set(report.changed_document_ids) - set(pending))
    rematched = match_documents(
        rt.sessions, changed, topics=rt.topics, teams=rt.teams, now=now, announce=announce
    )
    return SourceSummary(
        source=report.source_id,
        ok=report.ok,
        failure=report.failure,
        seen=report.items_seen,
        new=len(report.new_document_ids),
        changed=len(report.changed_document_ids),
        extracted=processed.extracted + processed.reused,
        pages=processed.pages,
        extraction_failed=processed.failed,
        hit_ids=processed.new_hit_ids + rematched.new_hit_ids,
    )


def send_immediate(rt: Runtime, *, now: datetime) -> int:
    return send_pending(rt.sessions, rt.teams, now).sent


def send_digests(rt: Runtime, *, now: datetime) -> int:
    return send_due_digests(rt.sessions, rt.teams, now).sent


def queue_backfill_digest(rt: Runtime, hit_ids: Sequence[int], *, now: datetime) -> int:
    with transaction(rt.sessions) as s:
        return enqueue_backfill_digest(s, hit_ids, rt.teams, now)


def rematch(rt: Runtime, *, now: datetime, announce: bool) -> list[int]:
    """Match every extracted document again (after a topic change); return the new hit ids."""
    with rt.sessions() as s:
        ids = list(s.scalars(select(Document.id).order_by(Document.id)))
    return match_documents(
        rt.sessions,
        ids,
        topics=rt.topics,
        teams=rt.teams,
        now=now,
        announce=announce,
        workers=os.cpu_count() or 1,
    ).new_hit_ids


def summarise(
    rt: Runtime, summaries: list[SourceSummary], *, alerts_sent: int, since: datetime
) -> PollSummary:
    """Add, per source, the alerts delivered since ``since``; count what is still pending."""
    with rt.sessions() as s:
        sent_by_source = dict(
            s.execute(
                select(Document.source_id, func.count(Delivery.id))
                .join(Hit, Hit.document_id == Document.id)
                .join(Delivery, Delivery.hit_id == Hit.id)
                .where(Delivery.status == DeliveryStatus.SENT, Delivery.sent_at >= since)
                .group_by(Document.source_id)
            ).all()
        )
        pending = (
            s.scalar(
                select(func.count(Delivery.id)).where(Delivery.status == DeliveryStatus.PENDING)
            )
            or 0
        )
    for summary in summaries:
        summary.alerts_sent = int(sent_by_source.get(summary.source, 0))
    return PollSummary(summaries, alerts_sent=alerts_sent, alerts_pending=int(pending))
