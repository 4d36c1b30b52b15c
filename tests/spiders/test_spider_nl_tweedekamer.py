"""nl_tweedekamer: golden files of the OData parser, and crawls against the replay."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from spiderkit import Crawl, cases, check_golden, record_keys

from spiders import nl_tweedekamer
from watcher.crawl.records import CrawlState
from watcher.replay import Fault, ReplayServer

PARSERS = {"parse_documents": nl_tweedekamer.parse_documents}
LETTER = "a6e2c0d4-1b7e-4c59-8f3a-2d9e5b1c7f02"
MOTION = "c1d7e9f3-8a2b-4e6d-b5c4-3f0a9e8d7b03"
DELETED = "0b2d4f6a-8c1e-4a3b-b5d7-9f1e3a5c7e06"
REPORT_2024 = "3f0c3b1e-5d0a-4d55-9e0c-6a1f2b7c8d01"
MINUTES = "f7a1c3e5-2b4d-4f6a-9e8c-7d0b2a4c6e05"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize("case", cases("nl_tweedekamer"))
def test_golden(case: str) -> None:
    check_golden("nl_tweedekamer", case, PARSERS)


def test_first_run_takes_the_newest_documents_of_the_configured_kinds(crawl: Crawl) -> None:
    result = crawl("nl_tweedekamer")

    assert result.ok, result.failure
    # The amendment is not a configured kind, so the API is never asked for it.
    assert record_keys(result) == {LETTER, MOTION, DELETED, REPORT_2024, MINUTES}
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
    assert result.state.cursor == {"api_changed_after": "2026-05-14T13:30:04.2000000Z"}


def test_second_run_downloads_nothing(crawl: Crawl, replay: ReplayServer) -> None:
    first = crawl("nl_tweedekamer")
    replay.log.clear()

    second = crawl("nl_tweedekamer", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert second.files_downloaded == 0
    assert replay.requests("nl_tweedekamer", "resource") == []
    assert "ApiGewijzigdOp%20gt%202026-05-14T13:30:04.2000000Z" in replay.log[-1].target


def test_incremental_run_follows_next_links(crawl: Crawl, replay: ReplayServer) -> None:
    state = CrawlState(cursor={"api_changed_after": "2026-05-01T00:00:00Z"})

    result = crawl("nl_tweedekamer", state=state)

    assert result.ok, result.failure
    assert record_keys(result) == {LETTER, MOTION, DELETED, MINUTES}
    pages = replay.requests("nl_tweedekamer", r"/Document\?")
    assert len(pages) == 2 and "skiptoken" in pages[1].target
    assert result.state.cursor["api_changed_after"] == "2026-05-14T13:30:04.2000000Z"


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
