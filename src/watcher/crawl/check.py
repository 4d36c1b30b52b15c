"""``watcher sources check``: test each assumption a spider makes, on the live site, politely.

For a team's first day and for the day a source turns degraded. Per source at most five GETs, in
the order the spider depends on them: robots.txt allows the listing; the listing answers and its
rows are found; one detail page parses; one file link resolves and its bytes are the type
expected. The spider's ``live_check()`` says where and how: each page is read by the spider
module's own ``parse_*`` functions and addresses are made by the spider's own ``rebase``, so the
check follows the spiders when they change.

The requests are plain ``urllib`` GETs, one after the other, not a Scrapy crawl: five sequential
requests need no scheduler or Twisted reactor (a crawl is a subprocess started with its own
settings), and each step must know what the previous one found. Each body is wrapped in the
Scrapy response class Scrapy itself would choose, so the parsers see what they see in a crawl;
robots.txt is read by Protego, Scrapy's own robots.txt parser. Redirects are not followed but
reported, so nothing off the source's hosts is ever requested.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from protego import Protego
from scrapy.http import Response
from scrapy.responsetypes import responsetypes

from watcher.crawl.records import DocumentRecord
from watcher.extract.sniff import media_type

if TYPE_CHECKING:
    from watcher.crawl.spider import WatcherSpider

log = logging.getLogger(__name__)

MAX_REQUESTS = 5
FILE_HEAD = 65536  # bytes of a file read to tell its type; the rest is not downloaded
PDF = ("application/pdf",)
TK_FILES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
)


@dataclass(frozen=True)
class Outcome:
    """One assumption of one source: ok (True/False), or None when it could not be tried."""

    source: str
    assumption: str
    ok: bool | None
    seen: str


class StepFailed(Exception):
    """The assumption does not hold; the message says what was seen instead."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx response itself is returned, and reported


class Probe:
    """Polite GETs to one source: its user agent, at most ``MAX_REQUESTS``, ``delay_s`` apart
    (or robots.txt's Crawl-delay when it asks for more; a delay of 0 is for replays only)."""

    def __init__(self, spider: WatcherSpider, user_agent: str, delay_s: float, timeout_s: float):
        self.spider = spider
        self.user_agent = user_agent
        self.delay_s = delay_s
        self.timeout_s = timeout_s
        self.requests = 0
        self._last = 0.0
        self._opener = urllib.request.build_opener(_NoRedirect)

    def get(self, url: str, limit: int | None = None) -> Response:
        """The response at ``url`` (a real address of the site, rebased by the spider)."""
        if self.requests >= MAX_REQUESTS:
            raise StepFailed(f"more than {MAX_REQUESTS} requests would be needed")
        target = self.spider.rebase(url)
        wait = self._last + self.delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.requests += 1
        request = urllib.request.Request(target, headers={"User-Agent": self.user_agent})
        log.info("sources check: GET %s", target)
        try:
            with self._opener.open(request, timeout=self.timeout_s) as answer:
                status, headers = answer.status, dict(answer.headers.items())
                body = answer.read(limit) if limit else answer.read()
        except urllib.error.HTTPError as err:
            status, headers, body = err.code, dict(err.headers.items()), err.read(4096)
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise StepFailed(f"{url}: {getattr(exc, 'reason', exc)}") from exc
        finally:
            self._last = time.monotonic()
        cls = responsetypes.from_args(headers=headers, url=target, body=body)
        return cls(url=target, status=status, headers=headers, body=body)


def _ok_status(response: Response, what: str) -> None:
    if response.status != 200:
        where = response.headers.get(b"Location")
        moved = f" to {where.decode('latin-1')}" if where else ""
        raise StepFailed(f"HTTP {response.status}{moved} for {what} ({response.url})")


@dataclass
class Check:
    """What one source's check needs: where its listing is and how its pages are read.

    ``listing`` returns the listing's rows (a list) from its response; ``detail`` the real address
    of the first row's detail page (None: the rows are the details, as in an API); ``parse_detail``
    the records of a detail page; ``file_types`` the media types a file may have.
    """

    listing_path: str
    rows: Callable[[Response], list[Any]]
    detail_url: Callable[[list[Any]], str | None]
    records: Callable[[Response | list[Any]], list[DocumentRecord]]
    file_types: tuple[str, ...]


def run_check(check: Check, probe: Probe, source: str) -> Iterator[Outcome]:
    """The outcomes of one source's assumptions, in order; after a failure, the rest are not
    tried."""
    spider = probe.spider
    steps: list[tuple[str, Callable[[], str]]] = []
    state: dict[str, Any] = {}

    def robots() -> str:
        response = probe.get(spider.home + "/robots.txt")
        if response.status == 404:
            return "no robots.txt (everything allowed)"
        _ok_status(response, "robots.txt")
        rules = Protego.parse(response.text)
        delay = rules.crawl_delay(probe.user_agent)
        if delay and probe.delay_s:
            probe.delay_s = max(probe.delay_s, float(delay))
        if not rules.can_fetch(spider.home + check.listing_path, probe.user_agent):
            raise StepFailed(f"robots.txt disallows {check.listing_path} for our user agent")
        return f"allows {check.listing_path[:60]}" + (f"; Crawl-delay {delay}" if delay else "")

    def listing() -> str:
        response = probe.get(spider.home + check.listing_path)
        _ok_status(response, "the listing")
        state["listing"] = response
        return f"HTTP 200, {len(response.body):,} bytes"

    def rows() -> str:
        found = check.rows(state["listing"])
        if not found:
            raise StepFailed("the listing parses but lists nothing")
        state["rows"] = found
        return f"{len(found)} rows"

    def detail() -> str:
        url = check.detail_url(state["rows"])
        page: Response | list[Any] = state["rows"]
        if url is not None:
            page = probe.get(url)
            _ok_status(page, "a detail page")
        records = check.records(page)
        with_file = [r for r in records if r.file_urls]
        if not with_file:
            raise StepFailed(f"{len(records)} records, none with a file link")
        state["record"] = with_file[0]
        return f"{len(records)} records; first: {with_file[0].key}"

    def file() -> str:
        record: DocumentRecord = state["record"]
        response = probe.get(record.file_urls[0], limit=FILE_HEAD)
        _ok_status(response, f"the file of {record.key}")
        kind = media_type(response.body)
        if kind not in check.file_types:
            raise StepFailed(
                f"{record.file_urls[0]} is {kind}, not {' or '.join(check.file_types)}"
            )
        return f"{kind} ({spider.canonical(response.url)})"

    steps = [
        ("robots.txt allows the listing", robots),
        ("the listing answers", listing),
        ("the listing's rows are found", rows),
        ("a detail page parses", detail),
        ("a file link resolves to the expected type", file),
    ]
    failed = False
    for assumption, step in steps:
        if failed:
            yield Outcome(source, assumption, None, "not tried")
            continue
        try:
            yield Outcome(source, assumption, True, step())
        except StepFailed as exc:
            failed = True
            yield Outcome(source, assumption, False, str(exc))
        except Exception as exc:  # a parser's error is what a failed assumption looks like
            failed = True
            yield Outcome(source, assumption, False, f"{type(exc).__name__}: {exc}")


def check_sources(
    slugs: list[str],
    *,
    user_agent: str,
    base_urls: dict[str, str] | None = None,
    delay_s: float = 1.0,
    timeout_s: float = 30.0,
) -> list[Outcome]:
    """Every assumption of each source in ``slugs``; ``base_urls`` point a source elsewhere
    (a replay: ``{"nl_aiv": "http://127.0.0.1:8802"}``)."""
    from watcher.crawl import sources

    outcomes: list[Outcome] = []
    for slug in slugs:
        spider_cls = sources.spider(slug)
        check = spider_cls.live_check()
        spider = spider_cls()
        spider.base = (base_urls or {}).get(slug, spider_cls.home).rstrip("/")
        probe = Probe(spider, user_agent, delay_s, timeout_s)
        outcomes.extend(run_check(check, probe, slug))
        log.info("sources check: %s used %d requests", slug, probe.requests)
    return outcomes
