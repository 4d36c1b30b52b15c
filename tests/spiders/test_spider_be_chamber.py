"""be_chamber: golden files of every parser, and crawls through Scrapy against the replay."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from spiderkit import Crawl, cases, check_golden, record_keys
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from spiders import be_chamber
from watcher.alerts.teams_file import load_teams
from watcher.ingest import ingest_crawl
from watcher.replay import Fault, ReplayServer
from watcher.replay.sites import SITES_DIR
from watcher.storage.models import Delivery, Document, Health, Source
from watcher.storage.rawstore import RawStore, sha256_hex

TEAMS = """
teams:
  desk:
    name: Desk
    topics: all
    targets: {email: "mailto://127.0.0.1:2525?from=w@example.org&to=desk@example.org"}
admin:
  targets: {ops: "mailto://127.0.0.1:2525?from=w@example.org&to=ops@example.org"}
"""

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
RECENT = be_chamber.RECENT
# fmt: off
FIRST_RUN = {
    "56K0367001", "56K0367002", "56K0367003", "56K0367004",
    "56K0991001", "56K0991002", "56K0991003", "56K0923001", "56K0923002", "56ip079", "56ic104",
}
# fmt: on


@pytest.mark.parametrize("case", cases("be_chamber"))
def test_golden(case: str) -> None:
    check_golden("be_chamber", case, PARSERS)


def test_first_run_finds_the_resolution_and_keeps_a_missing_pdf_pending(
    crawl: Crawl, tmp_path: Path
) -> None:
    result = crawl("be_chamber")

    assert result.ok, result.failure
    assert record_keys(result) == FIRST_RUN
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
    assert result.files_downloaded == 11
    # The real dossier 56/0923 carries a main type and a label the spider does not know: kept.
    kaft = next(r for r in result.records if r.native_id == "56K0923001")
    assert (kaft.doc_type, kaft.published_on) == ("kaft", date(2025, 6, 16))
    assert result.unknown_values == (
        "document type: 19 KAFT",
        "sub-document type: TABELLEN OF LIJSTEN",
    )
    assert result.is_degraded and result.degraded == ()
    # Both routes to verbatim reports ran: the lists (the committee's dates are in words) and
    # the probe of the next numbers, which ended on a 404.
    assert result.stats["watcher/route/criv_list_ic"] == "1 reports listed"
    assert result.stats["watcher/route/criv_probe_ip"] == "404 at ip080: nothing newer"
    assert result.stats["watcher/route/criv_probe_ic"] == "404 at ic105: nothing newer"


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


def test_files_left_queued_when_the_breaker_stops_the_crawl_are_fetched_next_run(
    crawl: Crawl, replay: ReplayServer
) -> None:
    """The breaker closes the spider with file requests still queued: Scrapy drops them without
    an answer. Their documents must stay pending, not be remembered as seen with their dossier
    (the fault suite lost DOC 56 0367/004 and its four hits that way)."""
    replay.inject("be_chamber", Fault("status", path=r"/FLWB/PDF/", status=500))

    broken = crawl("be_chamber", RETRY_TIMES=0, WATCHER_BREAKER_FAILURES=2)

    assert broken.stats["finish_reason"] == "circuit_breaker"
    pdfs = {k for k in FIRST_RUN if k.startswith("56K")}
    assert pdfs <= {p.native_id for p in broken.pending}
    replay.clear_faults()

    again = crawl("be_chamber", state=broken.state)

    assert again.ok, again.failure
    assert pdfs <= record_keys(again)


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
    capped = crawl("be_chamber", WATCHER_MAX_REQUESTS=14)  # 11 pages, then 3 of 10 PDFs

    assert capped.capped
    assert capped.requests == 14
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


def test_probing_finds_a_report_the_list_does_not_show_yet(
    crawl: Crawl, replay: ReplayServer
) -> None:
    first = crawl("be_chamber")
    # Reconstructed: the real ip079 page published again as ip080, before the list shows it.
    page = (SITES_DIR / "be_chamber/real/criv_plenum_PCRI_56_ip079x.html").read_bytes()
    replay.put("be_chamber", "/doc/PCRI/html/56/ip080x.html", page, "text/html")
    replay.log.clear()

    second = crawl("be_chamber", state=first.state)

    assert second.ok, second.failure
    assert record_keys(second) == {"56ip080"}
    assert second.stats["watcher/route/criv_probe_ip_found"] == 1
    assert second.stats["watcher/route/criv_probe_ip"] == "404 at ip081: nothing newer"
    assert [r.target for r in replay.requests("be_chamber", r"ip08\dx")] == [
        "/doc/PCRI/html/56/ip080x.html",
        "/doc/PCRI/html/56/ip081x.html",
    ]


def test_unknown_label_date_in_words_and_a_broken_listing_still_store_every_document(
    crawl: Crawl, replay: ReplayServer, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """The recent list no longer parses (a redesign): fallback discovery follows its dossier
    links; the real dossier 56/0923 has unknown labels; the committee list gives dates in words.
    Every document is stored, the source is degraded (not failing) and the admin is told once."""
    replay.inject("be_chamber", Fault("layout", path=r"LastDocument"))

    result = crawl("be_chamber")

    assert result.ok, result.failure
    assert record_keys(result) == FIRST_RUN
    [fallback] = result.degraded
    assert fallback.startswith(
        "fallback discovery: LayoutChanged in parse_recent at https://www.dekamer.be/"
    )
    # dossiers 367, 923 and 991, and the page chrome's link to the FR page of 373 (404 here)
    assert result.stats["watcher/fallback_pages"] == 4

    (tmp_path / "teams.yaml").write_text(TEAMS)
    teams = load_teams(tmp_path / "teams.yaml", {}, data_dir=tmp_path)
    now = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    for run in (result, result):  # the same findings twice: told once
        ingest_crawl(
            sessions, "be_chamber", "Chamber", run,
            raw_store=RawStore(tmp_path / "data" / "raw"), teams=teams, started_at=now, now=now,
        )  # fmt: skip
    with sessions() as s:
        assert set(s.scalars(select(Document.native_id))) == FIRST_RUN
        source = s.get(Source, "be_chamber")
        assert source is not None and source.health is Health.DEGRADED
        [told] = s.scalars(select(Delivery)).all()
        assert (
            "19 KAFT" in told.payload["detail"] and "fallback discovery" in told.payload["detail"]
        )


def test_an_exception_on_one_page_is_its_layout_error_and_keeps_the_rest(
    crawl: Crawl, replay: ReplayServer
) -> None:
    page = SITES_DIR / "be_chamber/real/criv_commissie_CCRI_56_ic104x_landsverdediging.html"
    body = page.read_bytes().replace(b"maart </span>2025", b"martius </span>2025", 1)
    replay.put("be_chamber", "/doc/CCRI/html/56/ic104x.html", body, "text/html")

    result = crawl("be_chamber")

    assert not result.ok
    assert result.failure is not None
    assert result.failure.startswith(
        "ValueError in parse_criv at https://www.dekamer.be/doc/CCRI/html/56/ic104x.html: "
        "no written-out date in 'van Woensdag 19 martius 2025 Avond' [log: "
    )
    assert result.stats["watcher/layout_errors"] == 1
    assert record_keys(result) == FIRST_RUN - {"56ic104"}  # everything else is kept


def test_fallback_discovery_takes_pdf_and_detail_links_of_a_list_that_no_longer_parses(
    crawl: Crawl, replay: ReplayServer
) -> None:
    # Reconstructed: a redesigned recent list (no div#Story) linking one PDF and one dossier.
    redesign = (
        "<html><body><main><ul>"
        '<li><a href="/FLWB/PDF/56/0367/56K0367004.pdf">Aangenomen tekst</a></li>'
        '<li><a href="https://www.dekamer.be/kvvcr/showpage.cfm?section=/flwb&amp;language=nl&amp;'
        'cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&amp;legislat=56&amp;dossierID=991">991</a></li>'
        '<li><a href="https://elsewhere.example/FLWB/PDF/56/0367/56K0367003.pdf">off-site</a></li>'
        "</ul></main></body></html>"
    )
    replay.put("be_chamber", RECENT, redesign.encode(), "text/html; charset=UTF-8")

    result = crawl("be_chamber")

    assert result.ok, result.failure
    assert record_keys(result) == {
        "56K0367004", "56K0991001", "56K0991002", "56K0991003", "56ip079", "56ic104",
    }  # fmt: skip
    found = next(r for r in result.records if r.native_id == "56K0367004")
    assert found.title == "DOC 56 0367/004: Aangenomen tekst"
    assert found.extra["found_by"] == "fallback discovery"
    assert found.content_sha256 == sha256_hex(RESOLUTION.read_bytes())
    assert result.stats["watcher/fallback_documents"] == 1
    assert result.stats["watcher/fallback_pages"] == 1
    assert [reason.split(" at ")[0] for reason in result.degraded] == [
        "fallback discovery: LayoutChanged in parse_recent"
    ]
