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
# Posts and the numbered PDFs they link; 944-1-nl is a PDF of the media library no post links;
# post-2701 shows only in the NL feed.
POSTS_REST = {"post-2631", "post-2633", "post-2629", "post-2630", "post-1102"}
PDFS = {"936-2-nl", "936-2-fr", "840-1-nl"}
REST_ALL = POSTS_REST | PDFS | {"944-1-nl"}
REST_OFF = Fault("status", path=r"^/wp-json/", status=401)
FEEDS_OFF = Fault("status", path=r"^/(nl|fr)/feed/", status=404)
SITEMAP_OFF = Fault("status", path=r"^/wp-sitemap", status=404)
LISTS_OFF = Fault("status", path=r"^/(nl/documenten|fr/documents)/", status=404)


@pytest.mark.parametrize("case", cases("benelux_parliament"))
def test_golden(case: str) -> None:
    check_golden("benelux_parliament", case, PARSERS)


def test_first_run_through_the_rest_api(crawl: Crawl) -> None:
    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == REST_ALL
    assert result.stats["watcher/route/rest"] == "answered" and not result.degraded
    by_id = {r.native_id: r for r in result.records}
    # NL and FR of one recommendation are twins: by its number, or by Polylang's translations.
    assert {by_id[k].related_key for k in ("936-2-nl", "936-2-fr", "post-2631", "post-2633")} == {
        "benelux_parliament/936"
    }
    assert by_id["post-2629"].related_key == by_id["post-2630"].related_key
    assert by_id["post-2629"].related_key == "benelux_parliament/post-2629"
    assert by_id["936-2-fr"].language == "fr"
    assert by_id["936-2-nl"].file_urls == (
        "https://www.beneluxparl.eu/wp-content/uploads/2022/12/936-2-NL.pdf",
    )
    assert by_id["936-2-nl"].doc_type == "aanbeveling"
    assert by_id["936-2-nl"].extra == {"post": "2631"}
    # A post is a publication of its own: its page is its file.
    assert by_id["post-2629"].media_type == "text/html"
    assert by_id["944-1-nl"].related_key == "benelux_parliament/944"
    assert by_id["944-1-nl"].media_type == "application/pdf"


def test_second_run_downloads_nothing(crawl: Crawl, replay: ReplayServer) -> None:
    first = crawl("benelux_parliament")
    replay.log.clear()

    second = crawl("benelux_parliament", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert replay.requests("benelux_parliament", r"\.pdf|/\d{4}/\d{2}/\d{2}/") == []
    assert replay.requests("benelux_parliament", "modified_after=2022-12-12T10:20:00")


def test_without_the_rest_api_the_feeds_find_even_a_post_only_they_show(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.inject("benelux_parliament", REST_OFF)

    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == POSTS_REST | PDFS | {"post-2701"}
    assert result.stats["watcher/route/feeds"] == "answered"
    assert result.stats["watcher/route/rest"].startswith("failed: ")
    assert any("route rest does not answer" in d for d in result.degraded)


def test_then_the_sitemap(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", REST_OFF, FEEDS_OFF)

    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == POSTS_REST | PDFS
    assert result.stats["watcher/route/sitemap"] == "answered"
    assert result.stats["watcher/route/feeds"].startswith("failed: ")
    # The next run through the sitemap asks for no post page it has read.
    replay.log.clear()
    again = crawl("benelux_parliament", state=result.state)
    assert again.records == [] and replay.requests("benelux_parliament", r"/\d{4}/\d{2}/") == []


def test_then_the_html_lists(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", REST_OFF, FEEDS_OFF, SITEMAP_OFF)

    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert record_keys(result) == POSTS_REST | PDFS
    assert result.stats["watcher/route/lists"] == "answered"
    assert result.stats["watcher/route/sitemap"].startswith("failed: ")
    # The next run through the REST API fetches no numbered document again; it adds the unlinked
    # PDF, and the twin link the post pages do not show (so those two posts change).
    replay.clear_faults()
    again = crawl("benelux_parliament", state=result.state)
    assert again.ok and record_keys(again) == {"944-1-nl", "post-2629", "post-2630"}


def test_no_route_fails_loudly(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", REST_OFF, FEEDS_OFF, SITEMAP_OFF, LISTS_OFF)

    result = crawl("benelux_parliament")

    assert not result.ok
    assert "no route to the posts answers" in (result.failure or "")


def test_backfill(crawl: Crawl) -> None:
    result = crawl("benelux_parliament", since=date(2012, 1, 1), until=date(2012, 12, 31))

    assert result.ok, result.failure
    assert record_keys(result) == {"post-1102", "840-1-nl"}


def test_a_changed_rest_api_moves_on_to_the_feeds(crawl: Crawl, replay: ReplayServer) -> None:
    replay.inject("benelux_parliament", Fault("layout", path=r"^/wp-json/"))

    result = crawl("benelux_parliament")

    assert result.ok, result.failure
    assert "post-2701" in record_keys(result)
    assert any("KeyError" in d and "trying feeds" in d for d in result.degraded)
