"""Middlewares: only the source's own addresses, a request cap, retries with backoff, a circuit
breaker (downloader), and callback errors as the page's layout error (spider)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy import Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.defer import deferred_from_coro

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class OwnHostsMiddleware:
    """Refuse every request outside the spider's hosts, or not http(s) (IgnoreRequest, reported).

    It runs first, so it also sees what redirects and meta refreshes lead to (they come back as
    new requests) and refuses them before robots.txt is asked for. Scrapy's own offsite middleware
    knows neither schemes, nor ports (the replay), nor hosts allowed for files only.
    """

    def process_request(self, request: Request, spider: Spider) -> None:
        from watcher.crawl.spider import WatcherSpider

        if not isinstance(spider, WatcherSpider):
            return
        is_file = "record" in request.meta  # a document's file (WatcherSpider.fetch_file)
        if spider.allows(request.url, file=is_file):
            return
        via = "redirect" if request.meta.get("redirect_urls") else "request"
        spider.refuse(request.url, f"{via} outside the source's hosts")
        raise IgnoreRequest(f"not an address of {spider.name}: {request.url}")


class RequestCapMiddleware:
    """At most ``WATCHER_MAX_REQUESTS`` requests per run; the rest waits for the next run.

    Requests beyond the cap are dropped (``IgnoreRequest``), so what is in flight still finishes
    and the spider's errbacks keep unfetched documents pending. One clear WARNING says so.
    Not Scrapy's ``CLOSESPIDER_PAGECOUNT``: it counts responses and closes the spider, so queued
    requests never reach the errbacks that keep their documents pending.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getint("WATCHER_MAX_REQUESTS")
        self.sent = 0
        self.dropped = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.cap <= 0 or self.sent < self.cap:
            self.sent += 1
            return
        stats = self.crawler.stats
        assert stats is not None
        if not self.dropped:
            logger.warning(
                "Request cap reached: %d requests sent this run (WATCHER_MAX_REQUESTS); not "
                "sending %s or anything after it, the rest waits for the next run",
                self.cap,
                request.url,
            )
            stats.set_value("watcher/request_cap_reached", self.cap)
        self.dropped += 1
        stats.set_value("watcher/requests_dropped_by_cap", self.dropped)
        raise IgnoreRequest(f"request cap of {self.cap} reached")


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (5xx, timeouts, resets), waiting ``base * 2**(n-1)`` s before retry n."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.base = crawler.settings.getfloat("WATCHER_RETRY_BACKOFF_BASE")
        self.max = crawler.settings.getfloat("WATCHER_RETRY_BACKOFF_MAX")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    async def _wait(self, retry: Request | Response | None) -> None:
        if isinstance(retry, Request) and self.base > 0:
            attempt = int(retry.meta.get("retry_times", 1))
            await sleep(min(self.max, self.base * 2 ** (attempt - 1)))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        await self._wait(result)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        await self._wait(result)
        return result


class CircuitBreakerMiddleware:
    """Stop the crawl after ``WATCHER_BREAKER_FAILURES`` requests in a row failed for good.

    It sits just before the retry middleware, so it only sees failures whose retries are used up.
    The crawl then ends with finish reason ``circuit_breaker``: a failed run, not a quiet one.
    Not Scrapy's ``CLOSESPIDER_ERRORCOUNT``: it counts exceptions in callbacks, not downloads
    that failed for good, and not in a row.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = crawler.settings.getint("WATCHER_BREAKER_FAILURES")
        self.in_a_row = 0
        self.tripped = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status >= 500:
            self._failed(f"HTTP {response.status} from {request.url}")
        else:
            self.in_a_row = 0
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest):
            self._failed(f"{type(exception).__name__} on {request.url}")

    def _failed(self, what: str) -> None:
        self.in_a_row += 1
        if self.limit <= 0 or self.in_a_row < self.limit or self.tripped:
            return
        self.tripped = True
        logger.error(
            "Circuit breaker: %d requests in a row failed after their retries (last: %s); "
            "stopping the crawl",
            self.in_a_row,
            what,
        )
        assert self.crawler.engine is not None
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="circuit_breaker"))


class CallbackErrorsMiddleware:
    """An exception in a spider callback is that page's layout error, reported with its URL.

    What the callback yielded before it stays; the rest of the crawl goes on (Scrapy would only
    log the traceback, and a run could look quiet instead of failed).
    """

    def process_spider_exception(
        self, response: Response, exception: Exception, spider: Spider
    ) -> Iterable[Any]:
        from watcher.crawl.spider import WatcherSpider

        if not isinstance(spider, WatcherSpider):
            return None  # type: ignore[return-value]
        spider.fail(spider.layout_error(response, exception, "a callback"))
        return []
