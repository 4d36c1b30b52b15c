"""be_chamber: golden files of every parser, and crawls through Scrapy against the replay."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spiderkit import Crawl, cases, check_golden, record_keys

from spiders import be_chamber
from watcher.replay import Fault, ReplayServer
from watcher.replay.sites import SITES_DIR
from watcher.storage.rawstore import RawStore, sha256_hex

PARSERS = {
    name: getattr(be_chamber, name)
    for name in (
        "parse_dossier",
        "parse_recent",
        "parse_ranges",
        "parse_range",
        "parse_criv_list",
        "parse_criv",
    )
}
RESOLUTION = SITES_DIR / "be_chamber/FLWB/PDF/56/0367/56K0367004.pdf"


@pytest.mark.parametrize("case", cases("be_chamber"))
def test_golden(case: str) -> None:
    check_golden("be_chamber", case, PARSERS)


def test_first_run_finds_the_resolution_and_keeps_a_missing_pdf_pending(
    crawl: Crawl, tmp_path: Path
) -> None:
    result = crawl("be_chamber")

    assert result.ok, result.failure
    assert record_keys(result) == {
        "56K0367001", "56K0367002", "56K0367003", "56K0367004",
        "56K0991001", "56K0991002", "56K0991003", "56ip079", "56ic104",
    }  # fmt: skip
    resolution = next(r for r in result.records if r.native_id == "56K0367004")
    assert resolution.file_urls == ("https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf",)
    assert resolution.url.startswith("https://www.dekamer.be/kvvcr/showpage.cfm?")
    assert resolution.content_sha256 == sha256_hex(RESOLUTION.read_bytes())
    assert resolution.media_type == "application/pdf"
    assert resolution.published_on == date(2026, 5, 13)
    assert resolution.related_key == "be_chamber/56K0367"
    assert (
        RawStore(tmp_path / "data" / "raw").get(resolution.content_sha256)
        == RESOLUTION.read_bytes()
    )
    committee = next(r for r in result.records if r.native_id == "56ic104")
    assert committee.title.startswith("Integraal verslag: Commissie voor Landsverdediging")
    assert [p.native_id for p in result.pending] == ["56K0991004"]
    assert result.files_downloaded == 9


def test_second_run_downloads_nothing_then_a_late_pdf_is_fetched(
    crawl: Crawl, replay: ReplayServer
) -> None:
    first = crawl("be_chamber")
    replay.log.clear()

    second = crawl("be_chamber", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert second.files_downloaded == 0
    assert replay.requests("be_chamber", r"/FLWB/PDF/", status=200) == []
    assert replay.requests("be_chamber", r"flwbn\.cfm") == []  # unchanged rows: no dossier page
    assert [p.native_id for p in second.pending] == ["56K0991004"]  # asked again, still 404

    replay.put("be_chamber", "/FLWB/PDF/56/0991/56K0991004.pdf", b"%PDF-1.4 late\n%%EOF\n")
    third = crawl("be_chamber", state=second.state)

    assert third.ok, third.failure
    assert record_keys(third) == {"56K0991004"}
    assert third.pending == []


def test_backfill_walks_the_dossier_index(crawl: Crawl, replay: ReplayServer) -> None:
    result = crawl("be_chamber", since=date(2025, 10, 1), until=date(2025, 10, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {
        "56K0373003",
        "56K0373004",
        "56K0373005",
        "56K0373006",
        "56K0991003",
    }
    assert replay.requests("be_chamber", r"ListFromTo\.cfm")
    assert result.state.cursor == {}  # a backfill does not move the cursor


def test_backfill_finds_an_old_plenary_report(crawl: Crawl) -> None:
    result = crawl("be_chamber", since=date(2024, 7, 1), until=date(2024, 7, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {"56ip001"}


def test_server_errors_and_resets_are_retried(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("be_chamber", Fault("status", path=r"56K0367004\.pdf", times=2, status=500))
    replay.inject("be_chamber", Fault("reset", path=r"LastDocument", times=1))

    result = crawl("be_chamber")

    assert result.ok, result.failure
    assert "56K0367004" in record_keys(result)
    assert result.stats["retry/count"] == 3
    assert len(replay.requests("be_chamber", r"56K0367004\.pdf")) == 3


def test_a_slow_response_times_out_and_is_retried(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("be_chamber", Fault("delay", path=r"56K0367004\.pdf", times=1, delay_s=3))

    result = crawl("be_chamber", DOWNLOAD_TIMEOUT=1)

    assert result.ok, result.failure
    assert "56K0367004" in record_keys(result)
    assert result.stats["retry/reason_count/scrapy.exceptions.DownloadTimeoutError"] == 1


def test_a_file_that_keeps_failing_fails_the_run_and_stays_pending(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.inject("be_chamber", Fault("status", path=r"56K0367004\.pdf", status=503))

    result = crawl("be_chamber", RETRY_TIMES=1)

    assert not result.ok
    assert "56K0367004" not in record_keys(result)
    assert "56K0367004" in {p.native_id for p in result.pending}
    assert "error" in (result.failure or "")


def test_changed_layout_fails_loudly_not_quietly(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("be_chamber", Fault("layout", path=r"showpage\.cfm"))

    result = crawl("be_chamber")

    assert not result.ok
    assert "LayoutChanged" in (result.failure or "")
    assert "no div#Story" in (result.failure or "")


def test_repeated_resets_trip_the_circuit_breaker(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("be_chamber", Fault("reset", path=r"showpage\.cfm"))

    result = crawl("be_chamber", RETRY_TIMES=1)

    assert not result.ok
    assert result.stats["finish_reason"] == "circuit_breaker"
    assert "circuit_breaker" in (result.failure or "")


def test_the_request_cap_stops_politely_and_the_next_run_continues(crawl: Crawl) -> None:
    capped = crawl("be_chamber", WATCHER_MAX_REQUESTS=8)

    assert capped.capped
    assert capped.requests == 8
    assert any("Request cap reached" in line for line in capped.log_problems)
    left = {p.native_id for p in capped.pending}
    assert left

    rest = crawl("be_chamber", state=capped.state)

    assert rest.ok, rest.failure
    assert left - {"56K0991004"} <= record_keys(rest)


def test_changed_listing_data_rechecks_known_files_with_a_conditional_get(
    crawl: Crawl, replay: ReplayServer
) -> None:
    first = crawl("be_chamber")
    state = first.state.model_copy(deep=True)
    del state.fingerprints["dossier:56K0367"]  # the recent list changed for this dossier
    state.fingerprints["56K0367004"] = "listing data of an older run"
    replay.log.clear()

    second = crawl("be_chamber", state=state)

    assert second.ok, second.failure
    assert record_keys(second) == {"56K0367004"}
    assert second.records[0].content_sha256 == first.state.files["56K0367004"].sha256
    assert second.files_downloaded == 0
    assert second.stats["watcher/files_not_modified"] == 1
    [pdf] = replay.requests("be_chamber", r"56K0367004\.pdf")
    assert pdf.status == 304 and "If-None-Match" in pdf.headers
