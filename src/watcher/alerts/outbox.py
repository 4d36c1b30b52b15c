"""The outbox: deliveries queued with their hit, claimed before sending, recorded right after.

Life of a ``delivery`` row (status, ``claim_id``, ``claimed_at``)::

    pending, -, -          queued in the transaction that created the hit
    pending, c, t          claimed at t: a sender is sending message c (committed BEFORE sending)
    sent,    c, -          delivered (committed right AFTER the send); never sent again
    pending, c, -          the send failed; retried as the same message c at next_attempt_at
    failed,  c, -          gave up after the last attempt; `watcher alerts pending` shows it
    withheld, -, -         a digest row whose hit a reader flagged "not relevant" on the web page
                           before its digest went: left out of the digest, never sent

Rows sent as one message (the topics of one document, or a digest) share their claim ``c``, which
also names the message (the e-mail Message-ID), so a retry is the same message. A row still
claimed and not renewed for the lease (:data:`CLAIM_LEASE` unless the teams file says otherwise)
belongs to a sender that died between claiming and recording: it may or may not have been
delivered. The next run sends it again as the same message, marked ``interrupted``;
``watcher.alerts.send`` says per channel what that costs. A live sender claims one message at a
time, just before sending it, and renews the claim while the send lasts (:func:`holding`), so a
slow channel never lets a claim run out under a sender that is still working.

Claims are conditional updates (``... WHERE claim_id IS NULL``), so two senders never take the
same row. Every function here commits its own short transaction: the point is to have the
claim on disk before the send and the outcome on disk right after it.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.render import AlertItem, Twin, document_link
from watcher.alerts.retry import CLAIM_LEASE as CLAIM_LEASE  # the default lease, re-exported
from watcher.alerts.retry import RetryPolicy
from watcher.alerts.routing import (
    document_identity,
    document_number,
    health_key,
    hit_key,
    routes_for_topic,
)
from watcher.alerts.team_sync import ensure_team_rows
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import (
    Delivery,
    DeliveryMode,
    DeliveryStatus,
    Document,
    DocumentPage,
    Hit,
    HitFeedback,
    RawFile,
    Source,
    Topic,
)
from watcher.storage.repo import queue_delivery

log = logging.getLogger(__name__)

BatchKind = Literal["alert", "digest", "health"]


# --- enqueue (inside the caller's transaction) ---------------------------------------------------


def enqueue_hit(
    session: Session, hit: Hit, config: TeamsConfig, now: datetime, *, backfilled: bool = False
) -> int:
    """Queue one delivery per target of every team following ``hit.topic_id``; return how many.

    Call it in the transaction that created the hit, and only for a new hit: the hit and its
    announcements are committed together or not at all. A team on a digest schedule gets a digest
    delivery. A backfilled hit queues nothing (see :func:`enqueue_backfill_digest`).
    """
    if backfilled or hit.backfilled:
        return 0
    return _queue_for_teams(session, hit, config, now)


def enqueue_backfill_digest(
    session: Session, hit_ids: Sequence[int], config: TeamsConfig, now: datetime
) -> int:
    """Announce backfilled hits as digest deliveries, due at once; return how many were queued.

    Every team gets them in one digest (``send_due_digests``), whatever its schedule. A hit a
    target already had queued or received is not queued again (same key, same target).
    """
    hits = session.scalars(select(Hit).where(Hit.id.in_(hit_ids)).order_by(Hit.id)).all()
    return sum(
        _queue_for_teams(session, hit, config, now, mode=DeliveryMode.DIGEST) for hit in hits
    )


def _queue_for_teams(
    session: Session,
    hit: Hit,
    config: TeamsConfig,
    now: datetime,
    *,
    mode: DeliveryMode | None = None,
) -> int:
    """One delivery per target of every team following the hit's topic, in the team's own mode
    unless ``mode`` says otherwise; return how many were new."""
    routes = routes_for_topic(config, hit.topic_id)
    ensure_team_rows(session, config, (r.team.id for r in routes), now)
    heard = _heard_through_twins(session, hit)
    return sum(
        queue_delivery(
            session,
            key=hit_key(hit.id),
            target=route.target.qualified,
            now=now,
            hit_id=hit.id,
            team_id=route.team.id,
            mode=mode or route.mode,
        )
        for route in routes
        if route.target.qualified not in heard
    )


def twins_of(session: Session, document: Document) -> list[Document]:
    """The other language versions of ``document`` (same identity), oldest first."""
    if document.related_key is None:
        return []
    identity = document_identity(document.source_id, document.native_id, document.related_key)
    candidates = session.scalars(
        select(Document)
        .where(
            Document.source_id == document.source_id,
            Document.related_key == document.related_key,
            Document.id != document.id,
            Document.deleted_at.is_(None),
        )
        .order_by(Document.id)
    ).all()
    return [
        d
        for d in candidates
        if document_identity(d.source_id, d.native_id, d.related_key) == identity
    ]


def _heard_through_twins(session: Session, hit: Hit) -> set[str]:
    """Targets that already have this hit's topic for a twin of its document (queued or sent):
    the twin brings them nothing new, so they get no second entry."""
    document = session.get(Document, hit.document_id)
    twins = [d.id for d in twins_of(session, document)] if document else []
    if not twins:
        return set()
    return set(
        session.scalars(
            select(Delivery.target)
            .join(Hit, Hit.id == Delivery.hit_id)
            .where(
                Hit.document_id.in_(twins),
                Hit.topic_id == hit.topic_id,
                Delivery.status != DeliveryStatus.FAILED,
            )
        )
    )


def enqueue_health(
    session: Session,
    source_id: str,
    health: str,
    detail: str,
    config: TeamsConfig,
    now: datetime,
    *,
    event_id: object = None,
) -> int:
    """Queue a source-health report (``failing``, ``recovered``) for the admin targets only.

    ``event_id`` (the crawl run) makes the key unique per event; by default the time is used.
    """
    event = event_id if event_id is not None else now.strftime("%Y%m%dT%H%M%SZ")
    payload = {"source_id": source_id, "health": health, "detail": detail, "at": now.isoformat()}
    return sum(
        queue_delivery(
            session,
            key=health_key(source_id, health, event),
            target=target.qualified,
            now=now,
            payload=payload,
        )
        for target in config.admin
    )


# --- claim, hold, record (each its own committed transaction) ----------------------------------


@dataclass(frozen=True)
class Batch:
    """Deliveries claimed to go out as one message to one target."""

    claim_id: str
    target: str
    kind: BatchKind
    delivery_ids: tuple[int, ...]
    parts_sent: int  # Slack messages of this batch already delivered
    interrupted: bool  # a previous sender died mid-send: it may have been delivered
    clock: Clock = field(repr=False, compare=False)  # the sender's clock, for renewing the claim


class Clock:
    """The time of a run as it goes on: ``now`` (the caller's time) plus the seconds elapsed.

    A sender's claims and renewals are stamped with it, so a run that sends for an hour stamps its
    last claim an hour after ``now``; a test that freezes ``now`` still gets stamps near it.
    """

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._start = time.monotonic()

    def __call__(self) -> datetime:
        return self._now + timedelta(seconds=time.monotonic() - self._start)


def _kind(mode: DeliveryMode, hit_id: int | None) -> BatchKind:
    if mode is DeliveryMode.DIGEST:
        return "digest"
    return "alert" if hit_id is not None else "health"


def _resumable(now: datetime, lease: timedelta) -> ColumnElement[bool]:
    """Claimed rows that may be taken: waiting for a retry, or abandoned by a dead sender."""
    return and_(
        Delivery.status == DeliveryStatus.PENDING,
        Delivery.claim_id.is_not(None),
        or_(
            and_(Delivery.claimed_at.is_(None), Delivery.next_attempt_at <= now),
            Delivery.claimed_at <= now - lease,
        ),
    )


def _resumable_claims(
    session: Session,
    modes: Sequence[DeliveryMode],
    targets: set[str],
    now: datetime,
    lease: timedelta,
) -> list[str]:
    """The claims, oldest first, that a sender may take over now."""
    rows = session.execute(
        select(Delivery.claim_id)
        .where(_resumable(now, lease), Delivery.mode.in_(modes), Delivery.target.in_(targets))
        .order_by(Delivery.id)
    ).scalars()
    return list(dict.fromkeys(str(claim_id) for claim_id in rows))


def _resume(
    sessions: sessionmaker[Session], claim_id: str, lease: timedelta, clock: Clock
) -> Batch | None:
    """Take over ``claim_id`` if it is still resumable (another sender may have taken it)."""
    with sessions.begin() as session:
        now = clock()
        group = session.execute(
            select(
                Delivery.target, Delivery.mode, Delivery.hit_id, Delivery.claimed_at,
                Delivery.parts_sent,
            ).where(Delivery.claim_id == claim_id, _resumable(now, lease))
        ).all()  # fmt: skip
        ids = session.scalars(
            update(Delivery)
            .where(Delivery.claim_id == claim_id, _resumable(now, lease))
            .values(claimed_at=now, attempts=Delivery.attempts + 1)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        ).all()
    if not ids or not group:
        return None  # another sender took it first
    interrupted = any(r.claimed_at is not None for r in group)
    batch = Batch(
        claim_id,
        group[0].target,
        _kind(group[0].mode, group[0].hit_id),
        tuple(sorted(ids)),
        max(r.parts_sent for r in group),
        interrupted,
        clock,
    )
    if interrupted:
        log.warning(
            "delivery %s to %s was interrupted mid-send; sending it again as the same message",
            claim_id,
            batch.target,
        )
    return batch


def _claim_new(
    sessions: sessionmaker[Session], kind: BatchKind, target: str, ids: Sequence[int], clock: Clock
) -> Batch | None:
    claim_id = uuid.uuid4().hex
    with sessions.begin() as session:
        taken = session.scalars(
            update(Delivery)
            .where(
                Delivery.id.in_(ids),
                Delivery.claim_id.is_(None),
                Delivery.status == DeliveryStatus.PENDING,
            )
            .values(claim_id=claim_id, claimed_at=clock(), attempts=Delivery.attempts + 1)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        ).all()
    if not taken:
        return None
    return Batch(claim_id, target, kind, tuple(sorted(taken)), 0, False, clock)


def _due_unclaimed(now: datetime) -> ColumnElement[bool]:
    return and_(
        Delivery.status == DeliveryStatus.PENDING,
        Delivery.claim_id.is_(None),
        or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now),
    )


def claim_immediate(
    sessions: sessionmaker[Session], config: TeamsConfig, now: datetime
) -> Iterator[Batch]:
    """Claim due immediate deliveries (hits and health reports) of configured targets, one
    message at a time.

    One batch per target and document identity (a document matching three topics is one message,
    and so are NL/FR twins queued together), one per health report. Each batch is claimed
    (committed) when the caller asks for it, just before its send, so a slow channel holds one
    claim at a time, never a queue of claims whose lease runs out before their turn comes (a
    second sender would take those over and send them twice).
    """
    clock, lease = Clock(now), config.retry.claim_lease
    targets = {t.qualified for t in config.all_targets()}
    with sessions() as session:
        resumable = _resumable_claims(session, [DeliveryMode.IMMEDIATE], targets, now, lease)
        rows = session.execute(
            select(
                Delivery.id,
                Delivery.target,
                Delivery.hit_id,
                Document.source_id,
                Document.native_id,
                Document.related_key,
            )
            .outerjoin(Hit, Hit.id == Delivery.hit_id)
            .outerjoin(Document, Document.id == Hit.document_id)
            .where(
                _due_unclaimed(now),
                Delivery.mode == DeliveryMode.IMMEDIATE,
                Delivery.target.in_(targets),
            )
            .order_by(Delivery.id)
        ).all()
    # (target, kind, document identity or delivery id) -> the deliveries sent as one message
    groups: dict[tuple[str, BatchKind, str], list[int]] = defaultdict(list)
    for row in rows:
        if row.hit_id is None:
            groups[(row.target, "health", str(row.id))].append(row.id)
        else:
            identity = document_identity(row.source_id, row.native_id, row.related_key)
            groups[(row.target, "alert", identity)].append(row.id)
    for claim_id in resumable:
        if batch := _resume(sessions, claim_id, lease, clock):
            yield batch
    for (target, kind, _), ids in groups.items():
        if batch := _claim_new(sessions, kind, target, ids, clock):
            yield batch


def _withhold_flagged(sessions: sessionmaker[Session], targets: set[str], now: datetime) -> None:
    """Mark ``withheld`` the unclaimed digest rows whose hit a reader has flagged "not relevant"
    (on the web page) since it was queued: a digest leaves out what its readers said is noise.

    Only rows not yet claimed: a digest being sent, or waiting for a retry, stays the message it
    was. Immediate alerts go out as they come, before anyone can flag them.
    """
    flagged = select(HitFeedback.hit_id)
    with sessions.begin() as session:
        withheld = session.scalars(
            update(Delivery)
            .where(
                _due_unclaimed(now),
                Delivery.mode == DeliveryMode.DIGEST,
                Delivery.target.in_(targets),
                Delivery.hit_id.in_(flagged),
            )
            .values(status=DeliveryStatus.WITHHELD)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        ).all()
    if withheld:
        log.info("withheld from digests, flagged not relevant: %d hit deliveries", len(withheld))


def claim_digests(
    sessions: sessionmaker[Session], config: TeamsConfig, now: datetime
) -> Iterator[Batch]:
    """Claim, per team target, the digest deliveries of every period that has ended by ``now``,
    one digest at a time (as :func:`claim_immediate`).

    A delivery belongs to the period in which it was queued; the period ends at the team's last
    scheduled time (``daily 08:00`` Brussels) at or before ``now``. Deliveries of a team without
    a digest schedule (a backfill announced as a digest) are due at once.
    """
    clock, lease = Clock(now), config.retry.claim_lease
    team_targets = {t.qualified for team in config.teams for t in team.targets}
    _withhold_flagged(sessions, team_targets, now)
    due: list[tuple[str, list[int]]] = []
    with sessions() as session:
        resumable = _resumable_claims(session, [DeliveryMode.DIGEST], team_targets, now, lease)
        for team in config.teams:
            cutoff = team.schedule.last_due(now, config.timezone)
            for target in team.targets:
                ids = session.scalars(
                    select(Delivery.id)
                    .where(
                        _due_unclaimed(now),
                        Delivery.mode == DeliveryMode.DIGEST,
                        Delivery.target == target.qualified,
                        Delivery.created_at <= cutoff,
                    )
                    .order_by(Delivery.id)
                ).all()
                if ids:
                    due.append((target.qualified, list(ids)))
    for claim_id in resumable:
        if batch := _resume(sessions, claim_id, lease, clock):
            yield batch
    for target_name, ids in due:
        if batch := _claim_new(sessions, "digest", target_name, ids, clock):
            yield batch


@contextmanager
def holding(sessions: sessionmaker[Session], batch: Batch, lease: timedelta) -> Iterator[None]:
    """Keep ``batch``'s claim fresh while the block sends it: a thread stamps it again every
    third of the lease, so however slow the channel, no other sender takes it over while this one
    lives. A sender that dies stops renewing, and its claim runs out as before."""
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(lease.total_seconds() / 3):
            try:
                with sessions.begin() as session:
                    session.execute(
                        update(Delivery)
                        .where(
                            Delivery.claim_id == batch.claim_id,
                            Delivery.status == DeliveryStatus.PENDING,
                            Delivery.claimed_at.is_not(None),
                        )
                        .values(claimed_at=batch.clock())
                        .execution_options(synchronize_session=False)
                    )
            except Exception as exc:  # the next renewal tries again; the send goes on meanwhile
                log.warning("could not renew the claim of %s: %s", batch.claim_id, exc)

    thread = threading.Thread(target=renew, name=f"lease-{batch.claim_id[:8]}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def record_part_sent(sessions: sessionmaker[Session], batch: Batch, parts_sent: int) -> None:
    """After each message of a split batch: a retry starts after the parts already delivered."""
    with sessions.begin() as session:
        session.execute(
            update(Delivery)
            .where(Delivery.claim_id == batch.claim_id)
            .values(parts_sent=parts_sent)
            .execution_options(synchronize_session=False)
        )


def record_sent(sessions: sessionmaker[Session], batch: Batch, now: datetime) -> int:
    """Mark the batch delivered; return how many rows that was."""
    with sessions.begin() as session:
        done = session.scalars(
            update(Delivery)
            .where(Delivery.claim_id == batch.claim_id, Delivery.status == DeliveryStatus.PENDING)
            .values(status=DeliveryStatus.SENT, sent_at=now, claimed_at=None, last_error=None)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        ).all()
    return len(done)


def record_failure(
    sessions: sessionmaker[Session], batch: Batch, error: str, now: datetime, policy: RetryPolicy
) -> bool:
    """Record the error and schedule the next attempt with backoff; True when it gave up."""
    with sessions.begin() as session:
        attempts = (
            session.scalar(
                select(func.max(Delivery.attempts)).where(Delivery.claim_id == batch.claim_id)
            )
            or 0
        )
        gave_up = attempts >= policy.max_attempts
        values: dict[str, Any] = {"claimed_at": None, "last_error": error[:2000]}
        if gave_up:
            values["status"] = DeliveryStatus.FAILED
        else:
            values["next_attempt_at"] = now + policy.delay(attempts)
        session.execute(
            update(Delivery)
            .where(Delivery.claim_id == batch.claim_id, Delivery.status == DeliveryStatus.PENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    return gave_up


def pending_by_target(session: Session) -> dict[str, int]:
    """Rows not yet delivered (queued, waiting for a retry or in flight), per target."""
    rows = session.execute(
        select(Delivery.target, func.count(Delivery.id))
        .where(Delivery.status == DeliveryStatus.PENDING)
        .group_by(Delivery.target)
    ).all()
    return {str(target): int(count) for target, count in rows}


# --- what a batch says ---------------------------------------------------------------------------


def _is_pdf(document: Document, media_type: str | None) -> bool:
    path = (document.file_url or "").lower().split("?")[0]
    return media_type == "application/pdf" or path.endswith(".pdf")


def load_items(session: Session, batch: Batch) -> list[AlertItem]:
    """The hits a batch announces, flattened for rendering (hits deleted meanwhile are skipped),
    each with its document's identity, number, twins and the language of the passage's page."""
    rows = session.execute(
        select(Hit, Document, Topic, Source, RawFile.media_type, DocumentPage.language)
        .join(Delivery, Delivery.hit_id == Hit.id)
        .join(Document, Document.id == Hit.document_id)
        .join(Topic, Topic.id == Hit.topic_id)
        .join(Source, Source.id == Document.source_id)
        .outerjoin(RawFile, RawFile.sha256 == Document.content_hash)
        .outerjoin(
            DocumentPage,
            and_(DocumentPage.document_id == Hit.document_id, DocumentPage.page_no == Hit.page),
        )
        .where(Delivery.id.in_(batch.delivery_ids))
        .order_by(Hit.id)
    ).all()
    items = []
    for hit, document, topic, source, media_type, page_language in rows:
        is_pdf = _is_pdf(document, media_type)
        best = hit.evidence[0] if hit.evidence and isinstance(hit.evidence[0], dict) else {}
        twins = tuple(
            Twin(
                (twin.language or twin.detected_language or "other").upper(),
                document_link(twin.file_url, None, is_pdf=False, fallback=twin.url),
            )
            for twin in twins_of(session, document)
        )
        items.append(
            AlertItem(
                hit_id=hit.id,
                document_id=document.id,
                topic_id=topic.id,
                topic_name=topic.name,
                title=document.title,
                source_id=source.id,
                source_name=source.name,
                published_on=document.published_on,
                language=document.language or document.detected_language,
                doc_type=document.doc_type,
                snippet=hit.snippet,
                terms=tuple(str(t) for t in hit.terms),
                page=hit.page,
                document_url=document_link(
                    document.file_url, hit.page, is_pdf=is_pdf, fallback=document.url
                ),
                source_url=document.url,
                matched_at=hit.matched_at,
                more_passages=max(len(hit.evidence) - 1, 0),
                identity=document_identity(
                    document.source_id, document.native_id, document.related_key
                ),
                number=document_number(document.source_id, document.native_id),
                score=hit.score,
                kind=str(best["kind"]) if best.get("kind") else None,
                snippet_language=page_language,
                first_seen_at=document.first_seen_at,
                twins=twins,
            )
        )
    return items


def load_payload(session: Session, batch: Batch) -> dict[str, Any]:
    """The stored message of a health report."""
    payload = session.scalar(select(Delivery.payload).where(Delivery.id == batch.delivery_ids[0]))
    return dict(payload or {})


def team_of(batch: Batch) -> str:
    """``defence-desk/email`` -> ``defence-desk``."""
    return batch.target.split("/", 1)[0]
