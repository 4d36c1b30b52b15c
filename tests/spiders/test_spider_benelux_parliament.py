"""benelux_parliament: golden files of the REST and HTML parsers, and crawls against the replay."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from scrapy.http import Response
from spiderkit import Crawl, cases, check_golden, record_keys

from spiders import benelux_parliament as bp
from watcher.crawl.records import DocumentRecord
from watcher.replay import Fault, ReplayServer


def rest_documents(response: Response) -> dict[str, Any]:
    posts, pages = bp.parse_rest(response)
    return {
        "pages": pages,
        "documents": [d for p in posts for d in bp.documents(p, bp.BeneluxSpider.home)],
    }


def post_documents(response: Response) -> list[DocumentRecord]:
    return bp.documents(bp.parse_post_page(response), bp.BeneluxSpider.home)


def feed_documents(response: Response) -> list[DocumentRecord]:
    return [d for p in bp.parse_feed(response) for d in bp.documents(p, bp.BeneluxSpider.home)]


PARSERS = {
    "rest_documents": rest_documents,
    "parse_list": bp.parse_list,
    "post_documents": post_documents,
    "feed_documents": feed_documents,
    "parse_sitemap": bp.parse_sitemap,
    "parse_media": bp.parse_media,
}
ALL = {"936-2-nl", "936-2-fr", "840-1-nl"}


@pytest.mark.parametrize("case", cases("benelux_parliament"))
def test_golden(case: str) -> None:
    check_golden("benelux_parliament", case, PARSERS)


def test_first_run_through_the_rest_api(crawl: Crawl) -> None:
    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == ALL
    by_id = {r.native_id: r for r in result.records}
    assert (
        by_id["936-2-nl"].related_key == by_id["936-2-fr"].related_key == "benelux_parliament/936"
    )
    assert by_id["936-2-fr"].language == "fr"
    assert by_id["936-2-nl"].file_urls == (
        "https://www.beneluxparl.eu/wp-content/uploads/2022/12/936-2-NL.pdf",
    )
    assert by_id["936-2-nl"].doc_type == "aanbeveling"


def test_second_run_downloads_nothing(crawl: Crawl, replay: ReplayServer) -> None:
    first = crawl("benelux_parliament")
    replay.log.clear()

    second = crawl("benelux_parliament", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert replay.requests("benelux_parliament", r"\.pdf") == []
    assert "modified_after=2022-12-12T10:20:00" in replay.log[-1].target


def test_without_the_rest_api_the_html_lists_are_used(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", Fault("status", path=r"^/wp-json/", status=404))

    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == ALL
    assert result.stats["watcher/rest_fallback"] == "HTTP 404"
    # The same documents are not fetched again when the next run uses the REST API.
    again = crawl("benelux_parliament", state=result.state)
    assert again.ok and again.records == []


def test_backfill(crawl: Crawl) -> None:
    result = crawl("benelux_parliament", since=date(2012, 1, 1), until=date(2012, 12, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {"840-1-nl"}


def test_changed_layout_fails_loudly(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", Fault("layout", path=r"^/wp-json/"))

    result = crawl("benelux_parliament")

    assert not result.ok
    assert "LayoutChanged" in (result.failure or "")
