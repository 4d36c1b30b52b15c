"""An exception anywhere in a spider callback is that page's layout error, with its URL."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from spiders.be_chamber import ChamberSpider
from watcher.crawl.middlewares import CallbackErrorsMiddleware


def test_a_callback_exception_fails_the_run_with_the_pages_url_and_is_swallowed(
    tmp_path: Path,
) -> None:
    settings = {"WATCHER_RAW_DIR": str(tmp_path), "WATCHER_PENDING_MAX_ATTEMPTS": 30}
    crawler = get_crawler(ChamberSpider, settings_dict=settings)
    crawler._apply_settings()
    spider = crawler._create_spider()
    url = "http://127.0.0.1:1/doc/CCRI/html/56/ic104x.html"
    response = HtmlResponse(url=url, body=b"<html></html>", request=Request(url))

    out = CallbackErrorsMiddleware().process_spider_exception(response, KeyError("dossier"), spider)

    assert list(out) == []  # Scrapy goes on with the rest of the crawl
    assert spider.failures == [f"KeyError in a callback at {url}: 'dossier'"]
    assert crawler.stats is not None
    assert crawler.stats.get_value("watcher/layout_errors") == 1
