"""The steps the flows string together, each callable on its own (from a flow, the CLI or a test).

crawl (spider subprocess) -> ingest (documents, health) -> extract -> match (hits + outbox)
-> send (immediate alerts) ; digests and rematch run on their own schedules. Two steps are re-run
by hand: :func:`ingest_run` stores a kept crawl folder again, :func:`reextract` reads the stored
files again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from watcher.alerts.digest import send_due_digests
from watcher.alerts.outbox import enqueue_backfill_digest
from watcher.alerts.schedule import Schedule
from watcher.alerts.send import default_links, send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.crawl import sources
from watcher.crawl.runner import CrawlResult, read_crawl_run, run_crawl
from watcher.documents import (
    ReextractReport,
    RetryPolicy,
    match_documents,
    pending_documents,
    process_documents,
    reextract_documents,
    stored_documents,
)
from watcher.extract import Extraction, extract_isolated
from watcher.ingest import IngestReport, ingest_crawl
from watcher.logs import stage
from watcher.runtime import Runtime
from watcher.settings import Settings
from watcher.storage.crawlstate import load_crawl_state
from watcher.storage.models import Delivery, DeliveryMode, DeliveryStatus, Document, Hit, Source
from watcher.storage.runlock import claim_source, new_token, release_source
from watcher.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass
class SourceSummary:
    source: str
    ok: bool
    failure: str | None = None
    # Why a source that worked is degraded (unknown values kept, a fallback route), or None.
    degraded: str | None = None
    seen: int = 0  # listing items the crawl checked
    new: int = 0
    changed: int = 0
    extracted: int = 0
    pages: int = 0
    extraction_failed: int = 0
    # Extractions that timed out, ran out of memory or crashed, to be tried again by a later run.
    extraction_retrying: int = 0
    rejected: list[str] = field(default_factory=list)
    hit_ids: list[int] = field(default_factory=list)
    # Why this run left the source alone (another run holds it); such a source is not a failure.
    skipped: str | None = None
    # "nl_aiv/2024-12 (c-uas)": the documents behind hit_ids, with their topics
    hit_documents: list[str] = field(default_factory=list)
    alerts_sent: int = 0  # deliveries (rows) of this source's hits delivered during the run

    @property
    def status(self) -> str:
        """``ok``, ``degraded`` (worked, with something the admin was told of), ``FAILED``, or
        ``skipped``."""
        if self.skipped:
            return "skipped"
        if not self.ok:
            return "FAILED"
        return "degraded" if self.degraded else "ok"


@dataclass(frozen=True)
class Pending:
    """Deliveries still waiting after a run, and when they are due (``None``: at the next run)."""

    count: int
    what: str  # "Defence desk's daily digest", "retry of defence-desk/slack"
    due: datetime | None


@dataclass
class PollSummary:
    sources: list[SourceSummary]
    alerts_sent: int  # deliveries (rows) delivered during the run
    # Messages that reached a channel during the run, by kind of target ("email": 1, "slack": 2)
    messages: dict[str, int] = field(default_factory=dict)
    pending: list[Pending] = field(default_factory=list)
    timezone: str = "Europe/Brussels"

    @property
    def ok(self) -> bool:
        """False when a source failed or a document's text could not be extracted (yet)."""
        return all(
            s.ok and not s.extraction_failed and not s.extraction_retrying for s in self.sources
        )

    def lines(self) -> list[str]:
        """The summary as log lines: one per source, then the messages and what is pending."""
        out = []
        for s in self.sources:
            line = (
                f"{s.source}: {s.status}, {s.seen} listing items checked, "
                f"{s.new} new, {s.changed} changed, {s.pages} pages extracted, "
                f"{len(s.hit_ids)} hits"
            )
            if s.hit_documents:
                line += " in " + ", ".join(s.hit_documents)
            if s.failure:
                line += f"; {s.failure}"
            if s.degraded:
                line += f"; {s.degraded}"
            if s.extraction_failed:
                line += f"; {s.extraction_failed} extraction(s) failed"
            out.append(line)
        out.append("messages sent: " + describe_messages(self.messages))
        out.append("pending: " + describe_pending(self.pending, ZoneInfo(self.timezone)))
        return out


def describe_messages(messages: dict[str, int]) -> str:
    """``{"email": 1, "slack": 2}`` -> ``"1 e-mail, 2 Slack posts"``; ``{}`` -> ``"none"``."""
    names = {
        "email": ("e-mail", "e-mails"),
        "slack": ("Slack post", "Slack posts"),
        "file": ("message to the local file", "messages to the local file"),
    }
    parts = []
    for kind, count in sorted(messages.items()):
        one, many = names.get(kind, (f"{kind} message", f"{kind} messages"))
        parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts) or "none"


def describe_pending(pending: list[Pending], tz: ZoneInfo) -> str:
    """``"3 for Defence desk's daily digest, due 3 Dec 19:00 (Europe/Brussels)"``, or ``"none"``."""
    parts = []
    for p in pending:
        due = (
            f"due {p.due.astimezone(tz):%-d %b %H:%M} ({tz.key})"
            if p.due
            else "due at the next run"
        )
        parts.append(f"{p.count} for {p.what}, {due}")
    return "; ".join(parts) or "none"


def enabled_sources(rt: Runtime) -> list[str]:
    """Every source but those switched off with ``watcher sources --disable`` (in a replay run,
    every replayed source)."""
    with rt.sessions() as s:
        disabled = set(s.scalars(select(Source.id).where(Source.enabled.is_(False))))
    return [
        slug
        for slug in sources.slugs()
        if slug not in disabled and (not rt.replay or slug in rt.base_urls)
    ]


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
            rt.replay = True
            rt.base_urls = server.base_urls
            # The replay runs on this machine: there is no site to be polite to.
            rt.scrapy_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
            yield rt
    finally:
        rt.close()


def claim(rt: Runtime, slug: str, token: str) -> str | None:
    """Claim ``slug`` for this run (``token``); None when claimed, else why it is skipped."""
    holder = claim_source(
        rt.sessions,
        slug,
        sources.title(slug),
        token,
        utcnow(),
        stale_after=timedelta(minutes=rt.settings.run_lock_minutes),
    )
    return holder.describe() if holder else None


def release(rt: Runtime, slug: str, token: str) -> None:
    release_source(rt.sessions, slug, token)


def crawl(
    rt: Runtime, slug: str, *, since: date | None = None, until: date | None = None
) -> CrawlResult:
    """Run the spider of ``slug`` from the state stored for it: its positions, and what its
    documents and pending files say is known (see :mod:`watcher.storage.crawlstate`)."""
    if rt.replay and slug not in rt.base_urls:
        # Never the real site in a replay run: a source without a replay site is not polled.
        raise ValueError(f"{slug} has no replay site; replayed: {', '.join(rt.base_urls)}")
    with rt.sessions() as s:
        state = load_crawl_state(s, slug)
    log.info("crawling %s", slug, extra=stage(slug, "crawl"))
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
        sources.title(slug),
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
    slug = report.source_id
    with rt.sessions() as s:
        pending = pending_documents(s, slug, now=now)
    extracted = 0

    def extract_counted(data: bytes, *, timeout_s: float, memory_mb: int) -> Extraction:
        nonlocal extracted
        extraction = extract_isolated(data, timeout_s=timeout_s, memory_mb=memory_mb)
        extracted += 1  # from several threads: only shown, never relied on
        progress = f"extract {extracted}/{len(pending)}"
        log.debug("%s: %s", slug, progress, extra=stage(slug, progress))
        return extraction

    log.info(
        "%s: %d documents to extract and match",
        slug,
        len(pending),
        extra=stage(slug, f"extract 0/{len(pending)}"),
    )
    processed = process_documents(
        rt.sessions,
        pending,
        raw_store=rt.raw_store,
        topics=rt.topics,
        teams=rt.teams,
        now=now,
        announce=announce,
        workers=os.cpu_count() or 1,
        retry=retry_policy(rt.settings),
        extractor=extract_counted,
    )
    changed = sorted(set(report.changed_document_ids) - set(pending))
    log.info("%s: matching %d changed documents", slug, len(changed), extra=stage(slug, "match"))
    rematched = match_documents(
        rt.sessions, changed, topics=rt.topics, teams=rt.teams, now=now, announce=announce
    )
    summary = SourceSummary(
        source=report.source_id,
        ok=report.ok,
        failure=report.failure,
        degraded=report.degraded,
        seen=report.items_seen,
        new=len(report.new_document_ids),
        changed=len(report.changed_document_ids),
        extracted=processed.extracted + processed.reused,
        pages=processed.pages,
        extraction_failed=processed.failed,
        extraction_retrying=processed.retrying,
        rejected=report.rejected,
        hit_ids=processed.new_hit_ids + rematched.new_hit_ids,
    )
    log.info(
        "%s: %d new, %d pages, %d hits",
        slug,
        summary.new,
        summary.pages,
        len(summary.hit_ids),
        extra=stage(slug, f"done: {summary.new} new, {len(summary.hit_ids)} hits"),
    )
    return summary


def retry_policy(settings: Settings) -> RetryPolicy:
    """The extraction budgets and retries of the settings (``WATCHER_EXTRACTION_*``)."""
    return RetryPolicy(
        timeout_s=settings.extraction_timeout_seconds,
        memory_mb=settings.extraction_memory_mb,
        retries=settings.extraction_retries,
        backoff=timedelta(minutes=settings.extraction_retry_minutes),
    )


def ingest_run(rt: Runtime, run_dir: Path, *, now: datetime) -> SourceSummary:
    """Store the crawl kept in ``run_dir`` again, as the poll stores a crawl: documents, crawl run,
    cursor and health, then extract, match and queue alerts (a backfill's hits are not announced).

    Stored twice, a run stores nothing twice and queues nothing twice (see :mod:`watcher.ingest`).
    Raises :class:`~watcher.crawl.runner.CrawlOutputError` when the folder cannot be read, and
    ``RuntimeError`` when another run holds the source.
    """
    result = read_crawl_run(run_dir)
    sources.check_known([result.slug])
    backfill = result.backfill != (None, None)
    token = new_token()
    if skipped := claim(rt, result.slug, token):
        raise RuntimeError(f"{result.slug} is busy: {skipped}")
    try:
        report = ingest(rt, result.slug, result, now=now, backfill=backfill)
        summary = extract_and_match(rt, report, now=now, announce=not backfill)
    finally:
        release(rt, result.slug, token)
    summary.seen = listing_items(result)
    return summary


def reextract(
    rt: Runtime, *, source: str | None = None, since: date | None = None, now: datetime
) -> ReextractReport:
    """Extract the stored files again (all, or ``source``'s, or those first seen ``since``) with
    the poll's engine and budget; changed text is matched again and its new hits queued."""
    with rt.sessions() as s:
        ids = stored_documents(s, source, since)
    log.info("re-extracting %d stored documents", len(ids))
    return reextract_documents(
        rt.sessions,
        ids,
        raw_store=rt.raw_store,
        topics=rt.topics,
        teams=rt.teams,
        now=now,
        announce=True,
        workers=os.cpu_count() or 1,
        retry=retry_policy(rt.settings),
    )


def listing_items(result: CrawlResult) -> int:
    """How many listing entries the crawl checked (new or not): a poll's ``seen``."""
    return int(result.stats.get("watcher/listing_items", len(result.records)))


def pending_count(rt: Runtime, slug: str) -> int:
    """How many of ``slug``'s documents wait for extraction (it names the extract task)."""
    with rt.sessions() as s:
        return len(pending_documents(s, slug))


def send_immediate(rt: Runtime, *, now: datetime) -> int:
    links = default_links(rt.teams, rt.settings.public_url)
    return send_pending(rt.sessions, rt.teams, now, links=links).sent


def send_digests(rt: Runtime, *, now: datetime) -> int:
    links = default_links(rt.teams, rt.settings.public_url)
    return send_due_digests(rt.sessions, rt.teams, now, links=links).sent


def queue_backfill_digest(rt: Runtime, hit_ids: Sequence[int], *, now: datetime) -> int:
    with rt.sessions.begin() as s:
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
    """Complete the run's summary from the database: per source the documents hit and the
    deliveries made since ``since``; the messages sent, by kind of channel; what is pending."""
    hit_ids = [h for summary in summaries for h in summary.hit_ids]
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
        hit_documents: dict[str, dict[str, list[str]]] = {}
        for native_id, source_id, topic_id in s.execute(
            select(Document.native_id, Document.source_id, Hit.topic_id)
            .join(Hit, Hit.document_id == Document.id)
            .where(Hit.id.in_(hit_ids))
            .order_by(Document.id, Hit.topic_id)
        ):
            hit_documents.setdefault(source_id, {}).setdefault(native_id, []).append(topic_id)
        # One claimed batch is one message (a Slack digest split in parts: one per part).
        batches = s.execute(
            select(Delivery.target, Delivery.claim_id, func.max(Delivery.parts_sent))
            .where(Delivery.status == DeliveryStatus.SENT, Delivery.sent_at >= since)
            .group_by(Delivery.target, Delivery.claim_id)
        ).all()
        waiting = s.execute(
            select(
                Delivery.team_id, Delivery.mode, Delivery.target, Delivery.next_attempt_at
            ).where(Delivery.status == DeliveryStatus.PENDING)
        ).all()
    messages: dict[str, int] = {}
    for target_name, _claim, parts in batches:
        target = rt.teams.target(target_name)
        kind = target.kind if target else "other"
        messages[kind] = messages.get(kind, 0) + max(int(parts or 0), 1)
    for summary in summaries:
        summary.alerts_sent = int(sent_by_source.get(summary.source, 0))
        summary.hit_documents = [
            f"{summary.source}/{native_id} ({', '.join(topics)})"
            for native_id, topics in hit_documents.get(summary.source, {}).items()
        ]
    return PollSummary(
        summaries,
        alerts_sent=alerts_sent,
        messages=messages,
        pending=pending_groups(rt.teams, waiting, utcnow()),
        timezone=rt.teams.timezone.key,
    )


def pending_groups(
    teams: TeamsConfig,
    rows: Sequence[tuple[str | None, DeliveryMode, str, datetime | None]],
    now: datetime,
) -> list[Pending]:
    """Pending deliveries grouped by what they wait for: a team's digest, a retry, the next run.

    ``rows`` are ``(team_id, mode, target, next_attempt_at)``.
    """
    groups: dict[tuple[str, datetime | None], int] = {}
    for team_id, mode, target, next_attempt in rows:
        key: tuple[str, datetime | None]
        team = teams.team(team_id) if team_id else None
        if mode is DeliveryMode.DIGEST and team is not None and team.schedule.is_digest:
            key = (
                f"{team.name}'s {team.schedule.kind} digest",
                _next_due(team.schedule, now, teams.timezone),
            )
        elif next_attempt is not None and next_attempt > now:
            key = (f"a retry to {target}", next_attempt)
        else:
            key = (f"{target}", None)
        groups[key] = groups.get(key, 0) + 1
    return [
        Pending(count, what, due)
        for (what, due), count in sorted(groups.items(), key=lambda kv: (kv[0][1] or now, kv[0][0]))
    ]


def _next_due(schedule: Schedule, now: datetime, tz: ZoneInfo) -> datetime:
    """The first scheduled moment after ``now``: ``daily 19:00`` at 21:00 -> tomorrow 19:00."""
    day = now.astimezone(tz).date()
    for _ in range(9):
        if schedule.at is not None and schedule.weekday in (None, day.weekday()):
            due = datetime.combine(day, schedule.at, tzinfo=tz)
            if due > now:
                return due
        day += timedelta(days=1)
    return now
