"""A per-source run lock in the database, so two runs never crawl one source at once.

A poll started by hand while the scheduled one runs, or two workers on one schedule, would crawl
the same site twice and race to store the same documents. Each run claims a source before crawling
it, with one conditional ``UPDATE`` (atomic on SQLite and PostgreSQL alike), and releases it when
the source's documents are processed; a run that finds the source claimed skips it and says by whom.

A run that died holding a claim must not block its source for ever: a claim by a process of this
host that no longer exists is taken over at once, and any claim older than the stale limit
(``Settings.run_lock_minutes``, longer than the longest crawl) is taken over by the next run.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from watcher.storage.models import Source
from watcher.storage.repo import ensure_source

log = logging.getLogger(__name__)


def new_token() -> str:
    """A run's name in the lock: ``"host:pid:random"`` (who holds it, and a unique part)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class Holder:
    """The run that holds a source: its token and since when."""

    token: str
    since: datetime

    def describe(self) -> str:
        """``"another run (host:1234) has been crawling it since 2026-05-15 08:00 UTC"``"""
        who = ":".join(self.token.split(":")[:2])
        return (
            f"another run ({who}) has been crawling it since "
            f"{self.since.strftime('%Y-%m-%d %H:%M:%S UTC')}"
        )


def claim_source(
    sessions: sessionmaker[Session],
    source_id: str,
    name: str,
    token: str,
    now: datetime,
    *,
    stale_after: timedelta,
) -> Holder | None:
    """Claim ``source_id`` for the run ``token``: None when claimed, else who holds it."""
    with sessions.begin() as session:
        ensure_source(session, source_id, name)
    if _take(sessions, source_id, token, now, unless_held_since=now - stale_after):
        return None
    with sessions() as session:
        held_by, since = session.execute(
            select(Source.run_lock, Source.run_locked_at).where(Source.id == source_id)
        ).one()
    if held_by is None:  # released between our two statements: try once more
        return claim_source(sessions, source_id, name, token, now, stale_after=stale_after)
    if _died_here(held_by) and _take(sessions, source_id, token, now, held_by=held_by):
        log.warning(
            "source %s: took over the run lock of %s, a process that died", source_id, held_by
        )
        return None
    assert since is not None
    return Holder(held_by, since)


def release_source(sessions: sessionmaker[Session], source_id: str, token: str) -> None:
    """Give up the claim of ``token`` on ``source_id`` (nothing happens if it holds none)."""
    with sessions.begin() as session:
        session.execute(
            update(Source)
            .where(Source.id == source_id, Source.run_lock == token)
            .values(run_lock=None, run_locked_at=None)
        )


def _take(
    sessions: sessionmaker[Session],
    source_id: str,
    token: str,
    now: datetime,
    *,
    unless_held_since: datetime | None = None,
    held_by: str | None = None,
) -> bool:
    """Set the lock if it is free (or stale), or if ``held_by`` still holds it; True if set."""
    condition = (
        Source.run_lock == held_by
        if held_by is not None
        else or_(Source.run_lock.is_(None), Source.run_locked_at < unless_held_since)
    )
    with sessions.begin() as session:
        taken = session.execute(
            update(Source)
            .where(Source.id == source_id, condition)
            .values(run_lock=token, run_locked_at=now)
            .returning(Source.id)
        ).first()
    return taken is not None


def _died_here(token: str) -> bool:
    """True when ``token`` names a process of this host that no longer runs."""
    host, _, rest = token.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname()[:60] or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, under another user
        return False
    return False
