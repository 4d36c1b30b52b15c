"""The crawl state goes through the database between runs: real crawls of the Chamber's replay,
each stored by ingest and the next started from :func:`load_crawl_state`, as the poll does.

"Is this new?" is answered from the ``document`` table; the cursor keeps only positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pipelinekit import offline_teams
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from watcher.crawl.records import CrawlState
from watcher.crawl.runner import CrawlResult, run_crawl
from watcher.ingest import ingest_crawl
from watcher.replay import Fault, ReplayServer
from watcher.settings import Settings, load_settings
from watcher.storage.crawlstate import MAX_LISTING_MARKS, load_crawl_state, store_crawl_state
from watcher.storage.models import Document, PendingFile, Source
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import ensure_source

# The replay runs on this machine: no site to be polite to.
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


@pytest.fixture(scope="module")
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data", contact_email="tests@example.org")


def _poll(
    sessions: sessionmaker[Session],
    settings: Settings,
    replay: ReplayServer,
    **scrapy_settings: object,
) -> CrawlResult:
    """One crawl of be_chamber from the state in the database, then stored: a poll's two steps."""
    with sessions() as s:
        state = load_crawl_state(s, "be_chamber")
    result = run_crawl(
        "be_chamber",
        settings=settings,
        state=state,
        base_url=replay.base_url("be_chamber"),
        extra_scrapy_settings={**FAST, **scrapy_settings},
        timeout_s=120,
    )
    ingest_crawl(
        sessions,
        "be_chamber",
        "Chamber",
        result,
        raw_store=RawStore(settings.raw_dir),
        teams=offline_teams(settings.data_dir),
        started_at=result.started_at,
        now=result.started_at,
    )
    return result


def _pending(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as s:
        return dict(s.execute(select(PendingFile.native_id, PendingFile.attempts)).all())


def test_files_the_breaker_left_are_fetched_next_poll_and_a_third_poll_fetches_nothing(
    sessions: sessionmaker[Session], settings: Settings, replay: ReplayServer
) -> None:
    replay.reset()
    replay.inject("be_chamber", Fault("status", path=r"/FLWB/PDF/", status=500))

    broken = _poll(sessions, settings, replay, RETRY_TIMES=0, WATCHER_BREAKER_FAILURES=2)

    assert broken.stats["finish_reason"] == "circuit_breaker"
    left = _pending(sessions)
    # Which files were asked for before the breaker tripped depends on Scrapy's scheduling (CI once
    # reached 56K0367004's dossier page only after it): some are left, whichever they are.
    assert left
    with sessions() as s:
        stored = set(s.scalars(select(Document.native_id)))
        source = s.get(Source, "be_chamber")
        assert source is not None and set(source.cursor) == {"cursor", "marks"}
    assert not stored & set(left)  # pending documents are not documents until their file comes
    replay.clear_faults()

    again = _poll(sessions, settings, replay)

    assert again.ok, again.failure
    fetched = {r.native_id for r in again.records}
    assert set(left) - {"56K0991004"} <= fetched  # 56K0991004's file is a 404 in the replay
    assert _pending(sessions) == {"56K0991004": left.get("56K0991004", 0) + 1}
    with sessions() as s:
        rows = s.execute(
            select(Document.native_id, Document.listing_fingerprint, Document.file_etag).where(
                Document.native_id == "56K0367004"
            )
        ).all()
    [(_, listed, etag)] = rows
    assert listed and etag  # "is this new?" and the conditional GET are on the row
    replay.log.clear()

    third = _poll(sessions, settings, replay)

    assert third.ok, third.failure
    assert third.files_downloaded == 0
    assert {r.native_id for r in third.records} == set()
    assert replay.requests("be_chamber", r"56K0367004\.pdf") == []


def test_changed_listing_data_in_the_database_rechecks_the_file_with_a_conditional_get(
    sessions: sessionmaker[Session], settings: Settings, replay: ReplayServer
) -> None:
    replay.reset()
    _poll(sessions, settings, replay)
    with sessions.begin() as s:
        s.execute(
            update(Document)
            .where(Document.native_id == "56K0367004")
            .values(listing_fingerprint="listing data of an older run")
        )
        source = s.get(Source, "be_chamber")
        assert source is not None
        marks = dict(source.cursor["marks"])
        del marks["dossier:56K0367"]  # the recent list changed for this dossier
        source.cursor = {**source.cursor, "marks": marks}
    replay.log.clear()

    second = _poll(sessions, settings, replay)

    assert second.ok, second.failure
    assert [r.native_id for r in second.records] == ["56K0367004"]
    assert second.files_downloaded == 0
    [pdf] = replay.requests("be_chamber", r"56K0367004\.pdf")
    assert pdf.status == 304 and "If-None-Match" in pdf.headers
    with sessions() as s:
        listed = s.scalar(
            select(Document.listing_fingerprint).where(Document.native_id == "56K0367004")
        )
    assert listed not in (None, "listing data of an older run")


def test_listing_marks_are_bounded_the_oldest_going_first(
    sessions: sessionmaker[Session],
) -> None:
    marks = {f"dossier:{n}": f"fp{n}" for n in range(MAX_LISTING_MARKS + 10)}
    with sessions.begin() as s:
        source = ensure_source(s, "be_chamber", "Chamber")
        store_crawl_state(s, source, CrawlState(cursor={"ip_floor": 78}, fingerprints=marks))
    with sessions() as s:
        state = load_crawl_state(s, "be_chamber")
    assert state.cursor == {"ip_floor": 78}
    assert list(state.fingerprints) == list(marks)[10:]
