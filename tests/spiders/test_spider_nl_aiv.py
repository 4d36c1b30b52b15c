"""nl_aiv: golden files of the listing and detail parsers, and crawls against the replay."""

from __future__ import annotations

from datetime import date

import pytest
from spiderkit import Crawl, cases, check_golden, record_keys

from spiders import nl_aiv
from watcher.replay import Fault, ReplayServer
from watcher.replay.sites import SITES_DIR
from watcher.storage.rawstore import sha256_hex

PARSERS = {
    "parse_listing": nl_aiv.parse_listing,
    "parse_detail": nl_aiv.parse_detail,
    "parse_sitemap": nl_aiv.parse_sitemap,
}
LETTER = "publicaties/2025/06/10/briefadvies-navo-top-2025"
UNTYPED = "2025/11/20/advies-europese-defensiesamenwerking"  # its file is on open.overheid.nl
ESSAY = "essays/2025/09/01/essay-strategische-autonomie"  # unknown type, no download link
OPEN_FILE = "https://open.overheid.nl/documenten/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/file"
NEWEST = {UNTYPED, ESSAY, LETTER}


@pytest.mark.parametrize("case", cases("nl_aiv"))
def test_golden(case: str) -> None:
    check_golden("nl_aiv", case, PARSERS)


def test_first_run_reads_the_newest_page(crawl: Crawl, replay: ReplayServer) -> None:
    result = crawl("nl_aiv")

    assert result.ok, result.failure
    assert record_keys(result) == NEWEST
    by_id = {r.native_id: r for r in result.records}
    letter = by_id[LETTER]
    pdf = SITES_DIR / "nl_aiv/binaries/Briefadvies_NAVO-top_2025.pdf"
    assert letter.content_sha256 == sha256_hex(pdf.read_bytes())
    assert letter.doc_type == "briefadvies"
    assert letter.published_on == date(2025, 6, 10)
    assert letter.url == "https://www.adviesraadinternationalevraagstukken.nl/documenten/" + LETTER
    # The untyped address is read; its file came from the file host (in the replay: /_hosts/).
    untyped = by_id[UNTYPED]
    assert untyped.published_on == date(2025, 11, 20) and untyped.doc_type == "advies"
    assert untyped.file_urls == (OPEN_FILE,)
    served = SITES_DIR / "nl_aiv/binaries/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b.pdf"
    assert untyped.content_sha256 == sha256_hex(served.read_bytes())
    assert len(replay.requests("nl_aiv", r"^/_hosts/open\.overheid\.nl/documenten/")) == 1
    # The essay is kept without a file, and what the spider does not know is reported once.
    assert by_id[ESSAY].doc_type == "essay" and by_id[ESSAY].file_urls == ()
    assert set(result.stats["watcher/unknown_values"]) == {
        "address type: essays",
        "document type: essay",
        "download link: none recognised on a detail page",
    }


def test_second_run_requests_no_detail_page_and_no_file(crawl: Crawl, replay: ReplayServer) -> None:
    first = crawl("nl_aiv")
    replay.log.clear()

    second = crawl("nl_aiv", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert [r.target for r in replay.log] == ["/robots.txt", "/documenten"]


def test_backfill_pages_through_and_a_topic_duplicate_is_one_document(
    crawl: Crawl, replay: ReplayServer
) -> None:
    result = crawl("nl_aiv", since=date(2005, 1, 1), until=date(2005, 12, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {
        "publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn"
    }
    assert len(replay.requests("nl_aiv", r"/binaries/")) == 1


def test_a_changed_listing_still_finds_the_documents(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("nl_aiv", Fault("layout", path=r"^/documenten(\?|$)"))

    result = crawl("nl_aiv")

    assert result.ok, result.failure
    assert record_keys(result) >= NEWEST
    degraded = " ".join(result.stats["watcher/degraded"])
    assert "fallback discovery" in degraded and "the sitemap is read" in degraded


def test_a_listing_that_does_not_answer_is_replaced_by_the_sitemap(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.inject("nl_aiv", Fault("status", path=r"^/documenten(\?|$)", status=404))

    result = crawl("nl_aiv")

    assert result.ok, result.failure
    # every document of the sitemap (it names 6), newest first, each once
    assert record_keys(result) == NEWEST | {
        "jaarverslagen/2025/04/15/jaarverslag-2024",
        "publicaties/2015/04/24/instabiliteit-rond-europa",
        "publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn",
    }
    assert len(replay.requests("nl_aiv", r"^/sitemap\.xml$")) == 1
    assert result.stats["watcher/route/sitemap"] == "6 documents listed"
    assert result.stats["watcher/route/listing"].startswith("yields nothing: ")
    assert any("the sitemap is read" in d for d in result.stats["watcher/degraded"])


def test_no_listing_and_no_sitemap_fails_loudly(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("nl_aiv", Fault("status", path=r"^/documenten(\?|$)", status=404))
    replay.inject("nl_aiv", Fault("status", path=r"^/sitemap", status=404))

    result = crawl("nl_aiv")

    assert not result.ok
    assert "neither the listing /documenten nor the sitemap answers" in (result.failure or "")
    assert result.records == []


def test_polite_user_agent_and_robots_txt_obeyed(crawl: Crawl, replay: ReplayServer) -> None:
    replay.put("nl_aiv", "/robots.txt", b"User-agent: *\nDisallow: /documenten\n", "text/plain")

    result = crawl("nl_aiv")

    assert [r.target for r in replay.log] == ["/robots.txt"]
    agent = replay.log[0].headers["User-Agent"]
    assert agent.startswith("watcher/") and "mailto:tests@example.org" in agent
    assert not result.ok  # a site that shuts us out is a failing source, not a quiet one
    assert "the listing /documenten was not requested" in (result.failure or "")


def test_a_file_over_the_size_limit_is_not_kept(crawl: Crawl) -> None:
    result = crawl("nl_aiv", DOWNLOAD_MAXSIZE=20_000)

    assert not result.ok
    assert LETTER not in record_keys(result)  # the 61 kB letter was cut off, the small ones came
    assert {p.native_id for p in result.pending} == {LETTER}
    assert (
        result.stats["downloader/exception_type_count/scrapy.exceptions.DownloadCancelledError"]
        >= 1
    )
