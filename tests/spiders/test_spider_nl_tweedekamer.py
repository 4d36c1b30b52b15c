"""nl_tweedekamer: golden files of the OData parser, and crawls against the replay."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from spiderkit import Crawl, cases, check_golden, record_keys

from spiders import nl_tweedekamer
from spiders.nl_tweedekamer_soorten import SOORTEN
from watcher.crawl.records import CrawlState
from watcher.replay import Fault, ReplayServer

PARSERS = {"parse_documents": nl_tweedekamer.parse_documents}
LETTER = "a6e2c0d4-1b7e-4c59-8f3a-2d9e5b1c7f02"
MOTION = "c1d7e9f3-8a2b-4e6d-b5c4-3f0a9e8d7b03"
DELETED = "0b2d4f6a-8c1e-4a3b-b5d7-9f1e3a5c7e06"
REPORT_2024 = "3f0c3b1e-5d0a-4d55-9e0c-6a1f2b7c8d01"
MINUTES = "f7a1c3e5-2b4d-4f6a-9e8c-7d0b2a4c6e05"
AMENDMENT = "e4b8a2c6-9d1f-4a7e-8c3b-5e2d1f0a9c04"
NEW_KIND = "1c3e5a7b-9d2f-4b6c-8e1a-3f5d7b9c1e07"  # a Soort not in the known list
NO_KIND = "3e5a7c9e-1f4b-4d8e-a2c6-5b7d9f1a3c08"  # an entity without a Soort: skipped
LAST_CHANGE = "2026-05-15T07:00:02.1000000Z"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize("case", cases("nl_tweedekamer"))
def test_golden(case: str) -> None:
    check_golden("nl_tweedekamer", case, PARSERS)


def test_first_run_takes_the_newest_documents_of_every_kind(crawl: Crawl) -> None:
    result = crawl("nl_tweedekamer")

    assert result.ok, result.failure
    everything = {LETTER, MOTION, DELETED, REPORT_2024, MINUTES, AMENDMENT, NEW_KIND}
    assert record_keys(result) == everything
    # A kind nobody listed keeps its document, as the API writes it, and is reported once; the
    # entity without a Soort is skipped and reported, its page kept.
    by_id = {r.native_id: r for r in result.records}
    assert by_id[NEW_KIND].doc_type == "Verslag van een interparlementaire conferentie"
    assert set(result.stats["watcher/unknown_values"]) == {
        "Soort: Verslag van een interparlementaire conferentie",
        "Document entity: KeyError 'Soort'",
    }
    by_id = {r.native_id: r for r in result.records}
    assert by_id[DELETED].deleted and by_id[DELETED].content_sha256 is None
    # The metadata and the server say PDF; the bytes are Word, and the record says so.
    assert by_id[MOTION].media_type == DOCX
    assert by_id[MOTION].extra["declared_type"] == "application/pdf"
    letter = by_id[LETTER]
    assert letter.published_at == datetime.fromisoformat("2026-05-12T00:00:00+02:00")
    assert letter.related_key == "nl_tweedekamer/kst-36410-X"
    assert (
        letter.url == "https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z09120&did=2026D18311"
    )
    assert letter.file_urls == (
        f"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document({LETTER})/resource",
    )
    assert result.state.cursor == {"api_changed_after": LAST_CHANGE}


def test_the_allow_list_narrows_the_query(crawl: Crawl, replay: ReplayServer) -> None:
    result = crawl("nl_tweedekamer", WATCHER_TK_KINDS=["Motie", "Brief regering"])

    assert result.ok, result.failure
    assert record_keys(result) == {LETTER, MOTION, DELETED}
    query = replay.requests("nl_tweedekamer", r"/Document\?")[0].target
    assert "Soort%20eq%20%27Motie%27%20or%20Soort%20eq%20%27Brief%20regering%27" in query


def test_a_kind_that_is_no_soort_fails_the_run_before_any_request(
    crawl: Crawl, replay: ReplayServer
) -> None:
    result = crawl("nl_tweedekamer", WATCHER_TK_KINDS=["Motie", "Advies Raad van State"])

    assert not result.ok
    failure = result.failure or ""
    assert "'Advies Raad van State' (did you mean " in failure
    assert "'Advies Afdeling advisering Raad van State'" in failure and "'Motie'" not in failure
    assert replay.requests("nl_tweedekamer", r"/Document") == []


def test_the_known_kinds_are_tkapis_list() -> None:
    assert len(SOORTEN) == 96
    assert "Advies Afdeling advisering Raad van State" in SOORTEN
    assert "Verslag" not in SOORTEN and "Advies Raad van State" not in SOORTEN
    assert nl_tweedekamer.unknown_kinds(["Motie", "Verslag"]) == [
        "'Verslag' (did you mean 'Verslag van een rapporteur', 'Verslag van een werkbezoek', "
        "'Verslag van een bijeenkomst'?)"
    ]


def test_second_run_downloads_nothing(crawl: Crawl, replay: ReplayServer) -> None:
    first = crawl("nl_tweedekamer")
    replay.log.clear()

    second = crawl("nl_tweedekamer", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert second.files_downloaded == 0
    assert replay.requests("nl_tweedekamer", "resource") == []
    assert f"ApiGewijzigdOp%20gt%20{LAST_CHANGE}" in replay.log[-1].target


def test_incremental_run_follows_next_links(crawl: Crawl, replay: ReplayServer) -> None:
    state = CrawlState(cursor={"api_changed_after": "2026-05-01T00:00:00Z"})

    result = crawl("nl_tweedekamer", state=state)

    assert result.ok, result.failure
    assert record_keys(result) == {LETTER, MOTION, AMENDMENT, DELETED, MINUTES, NEW_KIND}
    pages = replay.requests("nl_tweedekamer", r"/Document\?")
    assert len(pages) == 4 and "skiptoken" in pages[1].target
    assert result.state.cursor["api_changed_after"] == LAST_CHANGE


def test_backfill_filters_on_the_document_date(crawl: Crawl) -> None:
    result = crawl("nl_tweedekamer", since=date(2024, 7, 1), until=date(2024, 7, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {REPORT_2024}
    assert result.state.cursor == {}


def test_changed_layout_fails_loudly(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("nl_tweedekamer", Fault("layout", path=r"/Document\?"))

    result = crawl("nl_tweedekamer")

    assert not result.ok
    assert "LayoutChanged" in (result.failure or "")
    assert result.records == []
