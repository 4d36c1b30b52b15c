"""Concurrent polls, as real processes (``watcher poll --replay``), on SQLite and PostgreSQL, on an
empty database and on a migrated one: every run succeeds or politely skips the sources another run
holds, the schema is migrated once, nothing is stored twice or lost, and no SQL error is printed.

Each case starts 2, 3 or 5 polls at once; a reference poll, run alone, says what they must store.
Slow (a dozen polls' worth of processes), so outside the default run: ``pytest -m concurrency``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from watcher.storage.models import CrawlRun, CrawlStatus, Delivery, Document, Hit, Source

pytestmark = [pytest.mark.concurrency, pytest.mark.timeout(1200)]

SOURCES = ("nl_aiv", "benelux_parliament")
WATCHER = str(Path(sys.executable).with_name("watcher"))
# Alerts stay queued (--no-alerts): sending under concurrency is the outbox's own test.
TEAMS = """
teams:
  desk:
    name: Desk
    topics: all
    targets: {email: "mailto://127.0.0.1:9?from=w@example.org&to=desk@example.org"}
admin:
  targets: {ops: "mailto://127.0.0.1:9?from=w@example.org&to=ops@example.org"}
"""
SQL_ERRORS = ("Traceback", "UniqueViolation", "DeadlockDetected", "OperationalError", "psycopg.")


@dataclass(frozen=True)
class Stored:
    documents: set[tuple[str, str]]
    hits: set[tuple[str, str]]
    # Source-health reports queued for the admin (a degraded replay source): (source, health),
    # sorted, so a report queued twice shows as a repeated pair.
    health: list[tuple[str, str]]


@dataclass(frozen=True)
class Poll:
    returncode: int
    stdout: str
    stderr: str


def _polls(count: int, db_url: str, tmp_path: Path, prefect_api: str) -> list[Poll]:
    """Start ``count`` polls of SOURCES at once on ``db_url``; wait for all."""
    (tmp_path / "teams.yaml").write_text(TEAMS, encoding="utf-8")
    env = {
        **os.environ,
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_TEAMS_FILE": str(tmp_path / "teams.yaml"),
        "WATCHER_CONTACT_EMAIL": "tests@example.org",
        "PREFECT_API_URL": prefect_api,
        "COLUMNS": "250",  # one summary row per source, unwrapped
    }
    argv = [WATCHER, "poll", "--replay", "--no-alerts"]
    for slug in SOURCES:
        argv += ["--source", slug]
    procs = [
        subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    polls = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        polls.append(Poll(proc.returncode, stdout, stderr))
    return polls


def _stored(db_url: str) -> Stored:
    engine = create_engine(db_url)
    try:
        with Session(engine) as s:
            documents = {(d.source_id, d.native_id) for d in s.scalars(select(Document))}
            hits = set(
                (row[0], row[1])
                for row in s.execute(select(Document.native_id, Hit.topic_id).join(Hit.document))
            )
            health = sorted(
                (d.payload["source_id"], d.payload["health"])
                for d in s.scalars(select(Delivery).where(Delivery.hit_id.is_(None)))
                if d.payload
            )
            return Stored(documents, hits, health)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> Iterator[Stored]:
    """What one poll alone stores."""
    tmp_path = tmp_path_factory.mktemp("reference")
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    (poll,) = _polls(1, url, tmp_path, prefect_api)
    assert poll.returncode == 0, poll.stdout + poll.stderr
    stored = _stored(url)
    assert stored.documents and stored.hits
    yield stored


def _check(polls: list[Poll], db_url: str, reference: Stored) -> None:
    for poll in polls:
        assert poll.returncode == 0, poll.stdout + poll.stderr
        for error in SQL_ERRORS:
            assert error not in poll.stderr + poll.stdout, poll.stderr
    skipped = sum(p.stdout.count("skipped: another run") for p in polls)
    engine = create_engine(db_url)
    try:
        with Session(engine) as s:
            runs = s.scalars(select(CrawlRun)).all()
            assert {r.status for r in runs} == {CrawlStatus.OK}
            assert {r.source_id for r in runs} == set(SOURCES)
            # Every poll either crawled a source or said it skipped it.
            assert len(runs) + skipped == len(polls) * len(SOURCES)
            assert [s.run_lock for s in s.scalars(select(Source))] == [None] * len(SOURCES)
            hit_deliveries = s.scalars(select(Delivery).where(Delivery.hit_id.is_not(None))).all()
            assert len(hit_deliveries) == len(reference.hits)  # one per hit: nothing queued twice
    finally:
        engine.dispose()
    assert _stored(db_url) == reference


@pytest.mark.parametrize("count", [2, 3, 5])
def test_concurrent_polls_on_an_empty_database(
    count: int, empty_db_url: str, tmp_path: Path, prefect_api: str, reference: Stored
) -> None:
    polls = _polls(count, empty_db_url, tmp_path, prefect_api)

    _check(polls, empty_db_url, reference)


@pytest.mark.parametrize("count", [2, 3, 5])
def test_concurrent_polls_on_a_migrated_database(
    count: int, db_url: str, tmp_path: Path, prefect_api: str, reference: Stored
) -> None:
    polls = _polls(count, db_url, tmp_path, prefect_api)

    _check(polls, db_url, reference)
