"""A failing source is recorded, reported to the admin once, and again once when it recovers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher import steps
from watcher.alerts.teams_file import load_teams
from watcher.crawl.records import CrawlState
from watcher.crawl.runner import CrawlResult
from watcher.ingest import IngestReport, ingest_crawl
from watcher.replay import ReplayServer
from watcher.replay.server import Fault
from watcher.runtime import Runtime
from watcher.settings import load_settings
from watcher.storage.models import (
    CrawlRun,
    CrawlStatus,
    Delivery,
    Health,
    Source,
    UnknownValue,
)
from watcher.storage.rawstore import RawStore

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

TEAMS = """
teams:
  desk:
    name: Desk
    topics: all
    targets: {email: "mailto://127.0.0.1:2525?from=w@example.org&to=desk@example.org"}
admin:
  targets: {ops: "mailto://127.0.0.1:2525?from=w@example.org&to=ops@example.org"}
"""


def _ok(now: datetime) -> CrawlResult:
    return CrawlResult(
        slug="nl_aiv",
        records=[],
        state=CrawlState(cursor={"page": 1}),
        stats={},
        ok=True,
        failure=None,
        requests=2,
        bytes_downloaded=1674,
        files_downloaded=0,
        capped=False,
        started_at=now,
    )


def test_failure_is_reported_once_and_recovery_once(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "teams.yaml").write_text(TEAMS)
    teams = load_teams(tmp_path / "teams.yaml", {}, data_dir=tmp_path)
    raw = RawStore(tmp_path / "raw")

    def ingest(result: CrawlResult, now: datetime) -> None:
        ingest_crawl(
            sessions, "nl_aiv", "AIV", result, raw_store=raw, teams=teams, started_at=now, now=now
        )

    layout = "LayoutChanged: no ol.results on https://www.adviesraadinternationalevraagstukken.nl/documenten"
    ingest(_ok(T0), T0)
    for hour in (1, 2, 3):  # three failing runs in a row
        now = T0 + timedelta(hours=hour)
        ingest(CrawlResult.broken("nl_aiv", layout, now=now), now)
    ingest(_ok(T0 + timedelta(hours=4)), T0 + timedelta(hours=4))
    ingest(_ok(T0 + timedelta(hours=5)), T0 + timedelta(hours=5))

    with sessions() as s:
        reports = s.scalars(select(Delivery).order_by(Delivery.id)).all()
        assert [(d.key.split(":")[2], d.target, d.hit_id) for d in reports] == [
            ("failing", "admin/ops", None),
            ("recovered", "admin/ops", None),
        ]
        assert "no ol.results" in reports[0].payload["detail"]
        source = s.get(Source, "nl_aiv")
        assert source is not None
        assert (source.health, source.health_reported) == (Health.OK, Health.OK)
        assert source.last_error == layout and source.last_error_at == T0 + timedelta(hours=3)
        assert source.last_success_at == T0 + timedelta(hours=5)
        assert source.cursor == {"cursor": {"page": 1}, "marks": {}}
        runs = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert [r.status for r in runs] == [CrawlStatus.OK] + [CrawlStatus.FAILED] * 3 + [
            CrawlStatus.OK
        ] * 2
        assert runs[1].error_summary == layout


def test_a_source_failing_on_its_first_run_is_reported(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "teams.yaml").write_text(TEAMS)
    teams = load_teams(tmp_path / "teams.yaml", {}, data_dir=tmp_path)
    result = CrawlResult.broken("be_chamber", "crawl process failed: timeout after 3600 s", now=T0)

    ingest_crawl(
        sessions,
        "be_chamber",
        "Chamber",
        result,
        raw_store=RawStore(tmp_path),
        teams=teams,
        started_at=T0,
        now=T0,
    )

    with sessions() as s:
        assert [d.target for d in s.scalars(select(Delivery))] == ["admin/ops"]
        source = s.get(Source, "be_chamber")
        assert source is not None and source.health is Health.FAILING


def _crawl_aiv_with(
    fault: Fault, sessions: sessionmaker[Session], db_url: str, tmp_path: Path
) -> IngestReport:
    """A real crawl of the AIV's replay with ``fault`` injected, then its ingest."""
    (tmp_path / "teams.yaml").write_text(TEAMS)
    settings = load_settings(
        database_url=db_url, data_dir=tmp_path / "data", teams_file=tmp_path / "teams.yaml"
    )
    rt = Runtime.open(settings, T0, {})
    with ReplayServer() as replay:
        replay.inject("nl_aiv", fault)
        rt.base_urls = replay.base_urls
        rt.scrapy_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
        result = steps.crawl(rt, "nl_aiv")
        report = steps.ingest(rt, "nl_aiv", result, now=T0)
    rt.close()
    return report


def test_a_changed_listing_layout_degrades_the_source_and_keeps_what_fallback_finds(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path
) -> None:
    """The AIV listing's markup changed (classes and ids renamed): the documents it still links
    are found by fallback discovery and stored, the source is degraded, and the admin is told why,
    naming the page; the run never passes as healthy."""
    report = _crawl_aiv_with(Fault("layout", path=r"^/documenten"), sessions, db_url, tmp_path)

    assert report.ok and len(report.new_document_ids) == 6
    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None and source.health is Health.DEGRADED
        [told] = s.scalars(select(Delivery)).all()
        assert told.target == "admin/ops"
        assert (
            "fallback discovery: LayoutChanged in parse_listing at "
            "https://www.adviesraadinternationalevraagstukken.nl/documenten: "
            "no ol.results on the listing"
        ) in told.payload["detail"]


def test_a_source_whose_routes_are_all_gone_is_failing_not_quiet(
    sessions: sessionmaker[Session], db_url: str, tmp_path: Path
) -> None:
    """Neither the AIV's listing nor its sitemap answers: the source's health says so and the
    admin is told; the run never passes as "no new documents"."""
    fault = Fault("status", path=r"^/(documenten|sitemap)", status=404)
    report = _crawl_aiv_with(fault, sessions, db_url, tmp_path)

    assert not report.ok and report.new_document_ids == []
    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None and source.health is Health.FAILING
        assert "neither the listing /documenten nor the sitemap answers" in (
            source.last_error or ""
        )
        assert [d.target for d in s.scalars(select(Delivery))] == ["admin/ops"]
        assert s.scalars(select(CrawlRun)).one().status is CrawlStatus.FAILED


def _degraded(now: datetime, *values: str, reasons: tuple[str, ...] = ()) -> CrawlResult:
    return dataclasses.replace(_ok(now), unknown_values=values, degraded=reasons)


def test_each_new_unknown_value_is_reported_once_and_the_source_is_degraded(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "teams.yaml").write_text(TEAMS)
    teams = load_teams(tmp_path / "teams.yaml", {}, data_dir=tmp_path)
    raw = RawStore(tmp_path / "raw")

    def ingest(result: CrawlResult, now: datetime) -> None:
        ingest_crawl(
            sessions, "nl_aiv", "AIV", result, raw_store=raw, teams=teams, started_at=now, now=now
        )

    ingest(_degraded(T0, "doc_type: kaft"), T0)
    ingest(_degraded(T0 + timedelta(hours=1), "doc_type: kaft"), T0 + timedelta(hours=1))
    later = T0 + timedelta(hours=2)
    ingest(_degraded(later, "doc_type: kaft", "doc_type: errata"), later)
    ingest(_ok(T0 + timedelta(hours=3)), T0 + timedelta(hours=3))
    fallback = "fallback discovery: LayoutChanged in parse_listing at https://x/documenten: gone"
    for hour in (4, 5):
        now = T0 + timedelta(hours=hour)
        ingest(_degraded(now, "doc_type: kaft", reasons=(fallback,)), now)

    with sessions() as s:
        reports = s.scalars(select(Delivery).order_by(Delivery.id)).all()
        assert [(d.key.split(":")[2], d.target) for d in reports] == [("degraded", "admin/ops")] * 3
        details = [d.payload["detail"] for d in reports]
        assert "New value, kept as the site wrote it: doc_type: kaft" in details[0]
        assert "errata" in details[1] and "kaft" not in details[1]
        assert fallback in details[2] and "kaft" not in details[2]
        source = s.get(Source, "nl_aiv")
        assert source is not None
        assert (source.health, source.health_reported) == (Health.DEGRADED, Health.DEGRADED)
        assert source.last_success_at == T0 + timedelta(hours=5)
        assert [r.status for r in s.scalars(select(CrawlRun))] == [CrawlStatus.OK] * 6
        assert sorted(s.scalars(select(UnknownValue.value))) == [
            "doc_type: errata",
            "doc_type: kaft",
        ]
