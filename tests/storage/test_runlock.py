"""The per-source run lock: one run at a time per source, and no lock outlives its run for long."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from watcher.storage.models import Source
from watcher.storage.runlock import claim_source, new_token, release_source

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
STALE = timedelta(hours=3)


def _claim(sessions: sessionmaker[Session], token: str, now: datetime = T0) -> str | None:
    holder = claim_source(sessions, "nl_aiv", "AIV", token, now, stale_after=STALE)
    return holder.describe() if holder else None


def test_a_second_run_is_told_who_holds_the_source_until_it_is_released(
    sessions: sessionmaker[Session],
) -> None:
    first, second = new_token(), new_token()

    assert _claim(sessions, first) is None
    told = _claim(sessions, second, T0 + timedelta(minutes=5))
    release_source(sessions, "nl_aiv", second)  # not the holder: changes nothing

    host_pid = ":".join(first.split(":")[:2])
    assert told == f"another run ({host_pid}) has been crawling it since 2026-11-02 08:00:00 UTC"
    assert _claim(sessions, second) is not None
    release_source(sessions, "nl_aiv", first)
    assert _claim(sessions, second) is None
    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None and source.run_lock == second


def test_a_stale_lock_and_the_lock_of_a_dead_process_are_taken_over(
    sessions: sessionmaker[Session],
) -> None:
    assert _claim(sessions, "elsewhere:1:a") is None  # another host: only time frees it
    assert _claim(sessions, new_token(), T0 + STALE) is not None
    assert _claim(sessions, "mine:1:b", T0 + STALE + timedelta(seconds=1)) is None

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_token = f"{socket.gethostname()[:60]}:{dead.stdout.strip()}:c"
    release_source(sessions, "nl_aiv", "mine:1:b")
    assert _claim(sessions, dead_token) is None
    assert _claim(sessions, new_token(), T0 + timedelta(minutes=1)) is None  # the holder died
