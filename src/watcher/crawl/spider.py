"""The base class of the four spiders: state, base-URL override, file fetching, loud failure.

A spider module only wires URLs to its pure ``parse_*`` functions. What every source shares lives
here: the crawl state it starts from (``-a state_file=...``) and writes back (``-a state_out=...``),
the backfill window (``-a since=YYYY-MM-DD -a until=YYYY-MM-DD``), conditional GET of files into the
raw store, documents kept pending until their file exists, and ``fail()``, which makes a run fail
loudly instead of reporting "no new documents".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from watcher.crawl.parsing import ParseError, fingerprint, sniff_media_type
from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile, PendingDocument
from watcher.storage.rawstore import RawStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

T = TypeVar("T")


class WatcherSpider(scrapy.Spider):
    """Subclasses set ``name`` (the slug), ``home`` (the real site) and ``first_requests()``."""

    home: ClassVar[str]
    # Other real addresses of the same site, also rewritten to the base URL.
    aliases: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        *args: Any,
        state_file: str | None = None,
        state_out: str | None = None,
        since: str | None = None,
        until: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.state = (
            CrawlState.model_validate_json(Path(state_file).read_text())
            if state_file
            else CrawlState()
        )
        self.state_out = Path(state_out) if state_out else None
        self.since = date.fromisoformat(since) if since else None
        self.until = date.fromisoformat(until) if until else None
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since {self.since} is after until {self.until}")
        self.failures: list[str] = []
        self.pages_read = 0
        self.base = self.home
        self.store = RawStore(Path("data/raw"))
        self.max_pending_attempts = 30

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.base = str(settings.getdict("WATCHER_BASE_URLS").get(cls.name, cls.home)).rstrip("/")
        spider.store = RawStore(Path(settings.get("WATCHER_RAW_DIR")))
        spider.max_pending_attempts = settings.getint("WATCHER_PENDING_MAX_ATTEMPTS")
        return spider

    # -- where the site is -------------------------------------------------------------------

    @property
    def backfill(self) -> bool:
        return self.since is not None or self.until is not None

    def in_window(self, day: date | None) -> bool:
        """Inside the backfill window (always true outside a backfill)."""
        if day is None:
            return not self.backfill
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    def at(self, path: str) -> str:
        """``"/robots.txt" -> "<base URL>/robots.txt"``"""
        return self.base + path

    def rebase(self, url: str) -> str:
        """A real address of the site -> the same path on the base URL (the replay, say)."""
        for real in (self.home, *self.aliases):
            if url.startswith(real):
                return self.base + url[len(real) :]
        return url

    def canonical(self, url: str) -> str:
        """The reverse of ``rebase``: records always carry the real site's addresses."""
        if self.base != self.home and url.startswith(self.base):
            return self.home + url[len(self.base) :]
        return url

    # -- failing loudly ----------------------------------------------------------------------

    def fail(self, reason: str) -> None:
        """Mark the run failed (stat ``watcher/failure``) with a reason a human can act on."""
        self.logger.error("Crawl failed: %s", reason)
        self.failures.append(reason)
        self._stats().set_value("watcher/failure", "; ".join(self.failures))

    def parsed(self, parse: Callable[[Response], T], response: Response) -> T | None:
        """``parse(response)``, or None after ``fail()`` when the page is not what it should be."""
        try:
            result = parse(response)
        except ParseError as exc:
            self.fail(
                f"{type(exc).__name__} in {parse.__name__} at {self.canonical(response.url)}: {exc}"
            )
            return None
        self.pages_read += 1
        return result

    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats

    # -- new or changed ----------------------------------------------------------------------

    def is_known(self, key: str, fingerprint: str) -> bool:
        """Seen before with the same listing data (and its file fetched, if it has one).

        Every listing entry a spider checks comes through here: the count is the poll's ``seen``.
        """
        self._stats().inc_value("watcher/listing_items")
        return self.state.fingerprints.get(key) == fingerprint and key not in self.state.pending

    def fingerprint_of(self, record: DocumentRecord) -> str:
        """The hash of a record's listing data, as the real site would give it."""
        return fingerprint(self._canonical_record(record).model_dump_json())

    def remember(self, key: str, fingerprint: str) -> None:
        self.state.fingerprints[key] = fingerprint

    def document(
        self, record: DocumentRecord, fingerprint: str
    ) -> Iterable[Request | DocumentRecord]:
        """A new or changed document: fetch its file, or emit it at once when it has none."""
        if record.deleted or not record.file_urls:
            yield self.emit(record, fingerprint)
        else:
            yield self.fetch_file(record, fingerprint)

    def fetch_file(self, record: DocumentRecord, fingerprint: str) -> Request:
        """GET the record's first file, conditionally when the state knows it already."""
        url = self.canonical(record.file_urls[0])
        headers: dict[str, str] = {}
        known = self.state.files.get(record.native_id)
        if known and known.url == url:
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        return Request(
            self.rebase(url),
            headers=headers,
            callback=self._file_fetched,
            errback=self._file_failed,
            meta={
                "record": record,
                "fingerprint": fingerprint,
                "handle_httpstatus_list": [304, 404, 410],
            },
        )

    def _file_fetched(self, response: Response) -> Iterable[DocumentRecord]:
        record: DocumentRecord = response.meta["record"]
        fingerprint: str = response.meta["fingerprint"]
        if response.status in (404, 410):
            self.logger.info(
                "%s is listed but its file is not there yet (HTTP %d); kept pending",
                record.key,
                response.status,
            )
            self.keep_pending(record, fingerprint, f"HTTP {response.status}")
            return
        yield from self.stored(record, response, fingerprint)

    def stored(
        self, record: DocumentRecord, response: Response, fingerprint: str
    ) -> Iterable[DocumentRecord]:
        """Store the response body as the record's file (or reuse it on 304) and emit the record."""
        stats = self._stats()
        known = self.state.files.get(record.native_id)
        if response.status == 304:
            if known is None:
                self.fail(f"HTTP 304 for {record.key} although no copy of its file is known")
                return
            stats.inc_value("watcher/files_not_modified")
        else:
            body = response.body
            known = KnownFile(
                url=self.canonical(response.url),
                sha256=self.store.put(body),
                media_type=sniff_media_type(body),
                size=len(body),
                etag=_header(response, b"ETag"),
                last_modified=_header(response, b"Last-Modified"),
            )
            self.state.files[record.native_id] = known
            stats.inc_value("watcher/files_downloaded")
            stats.inc_value("watcher/file_bytes", len(body))
        yield self.emit(
            record.model_copy(
                update={
                    "content_sha256": known.sha256,
                    "media_type": known.media_type,
                    "size": known.size,
                    "file_etag": known.etag,
                    "file_last_modified": known.last_modified,
                }
            ),
            fingerprint,
        )

    def _file_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        record: DocumentRecord = request.meta["record"]
        error = failure.getErrorMessage() or type(failure.value).__name__
        if not isinstance(failure.value, IgnoreRequest):
            self.logger.error(
                "Could not fetch the file of %s (%s): %s", record.key, request.url, error
            )
        self.keep_pending(record, request.meta["fingerprint"], error)

    def keep_pending(self, record: DocumentRecord, fingerprint: str, error: str) -> None:
        """Try this document's file again on the next runs, up to WATCHER_PENDING_MAX_ATTEMPTS."""
        old = self.state.pending.get(record.native_id)
        attempts = old.attempts + 1 if old else 1
        if attempts > self.max_pending_attempts:
            self.logger.warning(
                "Giving up on the file of %s after %d runs: %s",
                record.key,
                old and old.attempts,
                error,
            )
            self._stats().inc_value("watcher/pending_dropped")
            del self.state.pending[record.native_id]
            return
        self.state.pending[record.native_id] = PendingDocument(
            record=self._canonical_record(record),
            fingerprint=fingerprint,
            attempts=attempts,
            last_error=error,
        )

    def emit(self, record: DocumentRecord, fingerprint: str) -> DocumentRecord:
        """The record as yielded: real-site URLs, and remembered as seen."""
        record = self._canonical_record(record)
        self.state.fingerprints[record.native_id] = fingerprint
        self.state.pending.pop(record.native_id, None)
        return record

    def _canonical_record(self, record: DocumentRecord) -> DocumentRecord:
        return record.model_copy(
            update={
                "url": self.canonical(record.url),
                "file_urls": tuple(self.canonical(u) for u in record.file_urls),
            }
        )

    # -- the run -----------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for pending in list(self.state.pending.values()):
            yield self.fetch_file(pending.record, pending.fingerprint)
        for request in self.first_requests():
            yield request

    def first_requests(self) -> Iterable[Request]:
        raise NotImplementedError

    def closed(self, reason: str) -> None:
        if not self.failures and self.pages_read == 0:
            self.fail("no listing or page of the site could be read in this run")
        stats = self._stats()
        stats.set_value("watcher/pending", len(self.state.pending))
        if self.state_out:
            tmp = self.state_out.with_suffix(".tmp")
            tmp.write_text(self.state.model_dump_json())
            tmp.replace(self.state_out)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
