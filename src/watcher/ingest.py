"""Crawl result -> database: documents, raw files, the crawl run, the crawl state and health.

One transaction per crawl: the documents a run found, its crawl state (positions in the source's
cursor, fingerprints and file validators on the documents, pending files: ``storage.crawlstate``)
and the source's health move together, so a crash leaves the previous state in place and the next
run sees the same documents again (their upsert is idempotent). Storing the same crawl again
(``watcher ingest RUN``) stores nothing twice: its crawl run is found by its start and reused, so
what was queued for it is not queued again. A crawl older than the source's last recorded one adds
only the documents not known yet, and leaves the crawl state, the health and the known documents
as the later crawl left them. A change of health is queued for the admin target in the same
transaction, once per change: failing once, recovered once, never on every run. A crawl that worked
but met values its spider does not know is ``degraded``: each new value is told once (the values
told are kept in ``unknown_value``), other reasons (fallback discovery...) when the source turns
degraded.

One bad record never costs the others: each is checked against the columns first (control
characters, NUL, lengths, non-http URLs), repaired where that loses nothing (a title's line
separators) and otherwise rejected with its reason. Should the database still refuse one, the
crawl is stored again record by record, each under its own savepoint, so that record alone is
dropped (savepoints only then: they cost two round trips a record). Rejected records are told to the
admin target with the run. Records are written in key order, so two transactions touching the same
rows take their locks in one order and cannot deadlock; a transient failure retries the whole crawl.
"""

from __future__ import annotations

import logging
import re
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from sqlalchemy import exists, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_health
from watcher.alerts.teams import TeamsConfig
from watcher.crawl.records import DocumentRecord
from watcher.crawl.runner import CrawlResult
from watcher.storage.crawlstate import store_crawl_state
from watcher.storage.db import run_transaction
from watcher.storage.models import CrawlRun, CrawlStatus, Document, Health, Source, UnknownValue
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import DocumentFields, ensure_source, record_raw_file, upsert_document

log = logging.getLogger(__name__)

# C0 and C1 controls (U+0085 among them), DEL, the Unicode line and paragraph separators, and
# lone surrogates (which no database encoding can store).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_URL_SCHEMES = ("http", "https")


def _column_length(name: str) -> int | None:
    length: int | None = getattr(Document.__table__.c[name].type, "length", None)
    return length


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
    # "<key or line>: <reason>" for each record not stored.
    rejected: list[str] = field(default_factory=list)
    # Why a crawl that worked is degraded (unknown values, a fallback route), or None.
    degraded: str | None = None


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


def checked_fields(record: DocumentRecord) -> tuple[DocumentFields | None, list[str]]:
    """The storage fields of ``record`` fit for the columns, and what was repaired or refused.

    ``(fields, ["title: control characters replaced by spaces"])`` for a repaired record;
    ``(None, ["url: not an http(s) URL: 'javascript:...'"])`` for one that cannot be stored (its
    identity or its address is unusable, and guessing would store something the source did not say).
    """
    fields = document_fields(record)
    notes: list[str] = []
    problem = _identity_problem(fields.native_id) or _url_problem("url", fields.url)
    if fields.file_url is not None:
        problem = problem or _url_problem("file_url", fields.file_url)
    if problem:
        return None, [problem]
    title = " ".join(_CONTROLS.sub(" ", fields.title).split())
    if title != fields.title.strip():
        notes.append("title: control characters or line breaks replaced by spaces")
    if not title:
        title = fields.native_id
        notes.append("title: empty once cleaned; the native id stands in")
    doc_type = fields.doc_type
    if doc_type is not None:
        doc_type = " ".join(_CONTROLS.sub(" ", doc_type).split()) or None
        limit = _column_length("doc_type")
        if doc_type and limit and len(doc_type) > limit:
            notes.append(f"doc_type: cut to {limit} characters")
            doc_type = doc_type[:limit]
    related_key = fields.related_key
    limit = _column_length("related_key")
    if related_key is not None and (
        _CONTROLS.search(related_key) or (limit and len(related_key) > limit)
    ):
        notes.append("related_key: dropped (control characters or too long)")
        related_key = None
    fields = replace(fields, title=title, doc_type=doc_type, related_key=related_key)
    return fields, notes


def _identity_problem(native_id: str) -> str | None:
    limit = _column_length("native_id")
    if _CONTROLS.search(native_id):
        return f"native_id: holds control characters: {native_id[:80]!r}"
    if limit and len(native_id) > limit:
        return f"native_id: {len(native_id)} characters, over the {limit} of the column"
    return None


def _url_problem(name: str, url: str) -> str | None:
    limit = _column_length(name)
    if limit and len(url) > limit:
        return f"{name}: {len(url)} characters, over the {limit} of the column: {url[:80]!r}..."
    if _CONTROLS.search(url) or any(c.isspace() for c in url):
        return f"{name}: holds control characters or spaces: {url[:80]!r}"
    parts = urlsplit(url)
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.netloc:
        return f"{name}: not an http(s) URL: {url[:80]!r}"
    return None


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
    """Store what one crawl found and what it says about the source's health.

    The records that cannot be stored are in ``report.rejected``, each with its reason; the others
    are stored all the same.
    """
    checked: list[tuple[DocumentRecord, DocumentFields]] = []
    refused: list[str] = list(result.rejected)
    for record in sorted(result.records, key=lambda r: r.native_id):
        fields, notes = checked_fields(record)
        if fields is None:
            refused.append(f"{record.key}: {notes[0]}")
            continue
        if notes:
            log.warning("record %s repaired: %s", record.key, "; ".join(notes))
        checked.append((record, fields))

    def store(careful: bool) -> IngestReport:
        def work(session: Session) -> IngestReport:
            report = IngestReport(
                source_id=source_id,
                ok=result.ok,
                failure=result.failure,
                items_seen=len(result.records) + len(result.rejected),
                requests=result.requests,
                bytes_downloaded=result.bytes_downloaded,
                rejected=list(refused),
                degraded=result.degraded_summary if result.ok and result.is_degraded else None,
            )
            source = ensure_source(session, source_id, source_name)
            superseded = bool(
                session.scalar(
                    select(
                        exists().where(
                            CrawlRun.source_id == source_id, CrawlRun.started_at > started_at
                        )
                    )
                )
            )
            if superseded:
                log.warning(
                    "crawl of %s started %s is older than its last recorded crawl: only documents "
                    "not known yet are stored; the crawl state and health stay",
                    source_id,
                    started_at.isoformat(timespec="seconds"),
                )
            for record, fields in checked:
                _store_record(
                    session,
                    record,
                    fields,
                    report,
                    raw_store,
                    now,
                    backfilled=backfill is not None,
                    careful=careful,
                    only_new=superseded,
                )
            _finish(session, source, result, report, teams, started_at, now, backfill, superseded)
            return report

        return run_transaction(sessions, work)

    try:
        report = store(careful=False)
    except DBAPIError as exc:
        log.warning(
            "crawl of %s: the database refused a record (%s); storing record by record",
            source_id,
            _first_line(exc),
        )
        report = store(careful=True)
    if not result.ok:
        log.error("crawl of %s failed: %s", source_id, result.failure)
    for reason in report.rejected:
        log.warning("crawl of %s: record not stored: %s", source_id, reason)
    return report


def _store_record(
    session: Session,
    record: DocumentRecord,
    fields: DocumentFields,
    report: IngestReport,
    raw_store: RawStore,
    now: datetime,
    *,
    backfilled: bool,
    careful: bool,
    only_new: bool,
) -> None:
    """Write one record; when ``careful``, under a savepoint, so a refusal drops it alone; when
    ``only_new``, only if the document is not known yet (a later crawl's metadata stays)."""
    if only_new and session.scalar(
        select(Document.id).where(
            Document.source_id == fields.source_id, Document.native_id == fields.native_id
        )
    ):
        return
    try:
        with session.begin_nested() if careful else nullcontext():
            if record.content_sha256 is not None:
                record_raw_file(
                    session,
                    record.content_sha256,
                    record.size or 0,
                    record.media_type,
                    str(raw_store.path_for(record.content_sha256)),
                    now,
                )
            document, status = upsert_document(session, fields, now, backfilled=backfilled)
            if record.deleted and document.deleted_at is None:
                document.deleted_at = now
                report.deleted += 1
    except DBAPIError as exc:
        if not careful or exc.connection_invalidated:
            raise
        report.rejected.append(f"{record.key}: refused by the database: {_first_line(exc)}")
        return
    if status == "new":
        report.new_document_ids.append(document.id)
    elif status == "changed":
        report.changed_document_ids.append(document.id)


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__


def _finish(
    session: Session,
    source: Source,
    result: CrawlResult,
    report: IngestReport,
    teams: TeamsConfig,
    started_at: datetime,
    now: datetime,
    backfill: tuple[date | None, date | None] | None,
    superseded: bool,
) -> None:
    """Record the crawl run (once: stored again, it is found by its start), and unless a later
    crawl is recorded (``superseded``) the crawl state and the source's health; queue what the admin
    is told."""
    run = session.scalar(
        select(CrawlRun).where(CrawlRun.source_id == source.id, CrawlRun.started_at == started_at)
    )
    if run is None:
        run = _new_run(source, result, report, started_at, now, backfill)
        session.add(run)
        session.flush()
    if not superseded:
        _update_source(session, source, result, report, run.id, teams, now)
    if report.rejected:
        shown = "\n".join(f"- {reason}" for reason in report.rejected[:20])
        more = f"\n... and {len(report.rejected) - 20} more" if len(report.rejected) > 20 else ""
        detail = (
            f"{source.name}: {len(report.rejected)} record(s) of crawl run {run.id} could not be "
            f"stored; the others were.\n{shown}{more}"
        )
        enqueue_health(session, source.id, "rejecting records", detail, teams, now, event_id=run.id)


def _new_run(
    source: Source,
    result: CrawlResult,
    report: IngestReport,
    started_at: datetime,
    now: datetime,
    backfill: tuple[date | None, date | None] | None,
) -> CrawlRun:
    return CrawlRun(
        source_id=source.id,
        started_at=started_at,
        finished_at=now,
        status=CrawlStatus.OK if result.ok else CrawlStatus.FAILED,
        backfill_since=backfill[0] if backfill else None,
        backfill_until=backfill[1] if backfill else None,
        items_seen=report.items_seen,
        new_documents=len(report.new_document_ids),
        changed_documents=len(report.changed_document_ids),
        errors=int(result.stats.get("log_count/ERROR", 0)) + len(report.rejected),
        error_summary=result.failure,
        stats={**result.stats, "watcher/rejected": report.rejected}
        if report.rejected
        else result.stats,
    )


def _update_source(
    session: Session,
    source: Source,
    result: CrawlResult,
    report: IngestReport,
    run_id: int,
    teams: TeamsConfig,
    now: datetime,
) -> None:
    """The crawl state and the source's health after its latest crawl; the admin told of changes."""
    source.last_run_at = now
    # Records and state agree even for a failed crawl (the runner's contract): keep both, so a
    # document stored here is not fetched again, and what the run missed stays pending. A crawl
    # that could not run has no state: the stored positions, fingerprints and pending files stay.
    if result.has_state:
        store_crawl_state(session, source, result.state)
    if result.ok:
        source.health = Health.DEGRADED if result.is_degraded else Health.OK
        source.last_success_at = now
        if report.new_document_ids:
            source.last_new_document_at = now
    else:
        source.health = Health.FAILING
        source.last_error = result.failure
        source.last_error_at = now
    new_values = _new_unknown_values(session, source.id, result.unknown_values, run_id, now)
    _report_health_change(session, source, run_id, teams, now, result, new_values)


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
