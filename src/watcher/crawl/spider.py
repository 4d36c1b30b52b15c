"""The base class of the spiders: state, base-URL override, file fetching, health.

A spider module only wires URLs to its pure ``parse_*`` functions. What every source shares lives
here: the crawl state it starts from (``-a state_file=...``) and writes back (``-a state_out=...``),
the backfill window (``-a since=YYYY-MM-DD -a until=YYYY-MM-DD``), conditional GET of files into the
raw store, documents kept pending until their file exists, the site's own hosts (nothing else is
requested), and the run's health:

- ``fail()``: structure that is gone (a page that no longer parses, no listing at all); the run
  fails loudly instead of reporting "no new documents", and what was parsed before is kept.
- ``unknown_value()`` and ``degrade()``: a value the spider does not know, a refused off-site
  address, fallback discovery; the run is ``degraded`` and every record is kept.
- ``listing()``: parse a listing, or when it no longer parses, discover links to documents and to
  detail pages of the source's known address forms (``detail_forms``) on it: fallback discovery.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from watcher.crawl.parsing import Unknown, UnknownValue, fingerprint, squash
from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile, PendingDocument
from watcher.extract.sniff import media_type
from watcher.storage.rawstore import RawStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

    from watcher.crawl.check import Check

T = TypeVar("T")
# Links a fallback discovery takes for document files (the path's extension).
DOCUMENT_FILE = re.compile(r"\.(pdf|docx?|odt)$", re.IGNORECASE)


class WatcherSpider(scrapy.Spider):
    """Subclasses set ``name`` (the slug), ``title``, ``languages``, ``home`` (the real site),
    ``hosts``, ``first_requests()`` and ``live_check()``; for fallback discovery, ``detail_forms``
    and ``fallback_document()``. A subclass in the ``spiders`` package is a source: nothing else
    lists it (watcher.crawl.sources)."""

    # The source's name shown to readers: "Belgian Chamber of Representatives (dekamer.be)".
    title: ClassVar[str]
    # The languages it publishes in (ISO 639-1), as its records' ``language`` says them.
    languages: ClassVar[tuple[str, ...]]
    home: ClassVar[str]
    # Other real addresses of the same site, also rewritten to the base URL.
    aliases: ClassVar[tuple[str, ...]] = ()
    # The hosts of the source's own site ("www.dekamer.be"), and other hosts it may fetch document
    # files from ("open.overheid.nl"). Nothing else is requested: not a link, a redirect or a meta
    # refresh elsewhere (the base URL's host, the replay's say, counts as the site's).
    hosts: ClassVar[tuple[str, ...]]
    file_hosts: ClassVar[tuple[str, ...]] = ()
    # Fallback discovery: regexes (searched in a link's path and query) of the source's detail-page
    # addresses, each with the name of the callback that reads such a page.
    detail_forms: ClassVar[tuple[tuple[str, str], ...]] = ()

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
        self.degraded: list[str] = []
        self.unknown: dict[str, str] = {}  # "field: value" -> the first URL it was seen at
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

    def allows(self, url: str, *, file: bool = False) -> bool:
        """An http(s) address on the site's hosts or the base URL's (or a file host, for a file)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        base = urlsplit(self.base)
        try:
            port = parts.port
        except ValueError:
            return False
        if host == base.hostname and port == base.port:
            return True
        return host in self.hosts or (file and host in self.file_hosts)

    def rebase(self, url: str) -> str:
        """A real address of the site -> the same path on the base URL (the replay, say).

        With another base URL, a file host's file is asked of the base URL under
        ``/_hosts/<host>/`` (the replay serves file hosts there):
        ``https://open.overheid.nl/x -> <base>/_hosts/open.overheid.nl/x``.
        Raises ValueError for an address the spider may not request (``allows`` with files).
        """
        if self.base != self.home:
            for host in self.file_hosts:
                if url.startswith(f"https://{host}/"):
                    url = f"{self.base}/_hosts/{url.removeprefix('https://')}"
        for real in (self.home, *self.aliases):
            if url.startswith(real + "/") or url == real:
                url = self.base + url[len(real) :]
                break
        if not self.allows(url, file=True):
            raise ValueError(f"not an address of this source: {url!r}")
        return url

    def canonical(self, url: str) -> str:
        """The reverse of ``rebase``: records always carry the real site's addresses."""
        if self.base != self.home and url.startswith(f"{self.base}/_hosts/"):
            return "https://" + url.removeprefix(f"{self.base}/_hosts/")
        if self.base != self.home and url.startswith(self.base):
            return self.home + url[len(self.base) :]
        return url

    # -- failing loudly ----------------------------------------------------------------------

    def fail(self, reason: str) -> None:
        """Mark the run failed (stat ``watcher/failure``) with a reason a human can act on."""
        self.logger.error("Crawl failed: %s", reason)
        self.failures.append(reason)
        self._stats().set_value("watcher/failure", "; ".join(self.failures))

    def degrade(self, reason: str) -> None:
        """Mark the run degraded (stat ``watcher/degraded``): it worked, but someone should look."""
        if reason in self.degraded:
            return
        self.logger.warning("Crawl degraded: %s", reason)
        self.degraded.append(reason)
        self._stats().set_value("watcher/degraded", list(self.degraded))

    def unknown_value(self, field: str, value: str, url: str) -> None:
        """Report a value the spider does not know (kept as the site wrote it in its record).

        Stats: ``watcher/unknown_values`` (``["doc_type: kaft", ...]``, each once) and
        ``watcher/unknown_value_count`` (every sighting). The run is degraded, never failed.
        """
        stats = self._stats()
        stats.inc_value("watcher/unknown_value_count")
        seen = f"{field}: {value}"
        if seen in self.unknown:
            return
        self.unknown[seen] = self.canonical(url)
        self.logger.warning("Unknown value %s at %s (kept)", seen, self.canonical(url))
        stats.set_value("watcher/unknown_values", list(self.unknown))

    def unknown_values(self, values: Iterable[Unknown], url: str) -> None:
        for unknown in values:
            self.unknown_value(unknown.field, unknown.value, url)

    def layout_error(self, response: Response, exc: BaseException, where: str = "") -> str:
        """An exception while reading a page: that page's layout error, reported with its URL."""
        reason = (
            f"{type(exc).__name__}{f' in {where}' if where else ''} at "
            f"{self.canonical(response.url)}: {exc}"
        )
        self._stats().inc_value("watcher/layout_errors")
        return reason

    def refuse(self, url: str, why: str) -> None:
        """An address the spider will not request (off-site, not http(s)): reported, degraded."""
        stats = self._stats()
        stats.inc_value("watcher/refused_count")
        refused = [*stats.get_value("watcher/refused", []), f"{why}: {squash(url)[:300]}"][:50]
        stats.set_value("watcher/refused", refused)
        self.logger.warning("Refused %s: %s", why, url)
        self.degrade("refused addresses outside the source's hosts (see watcher/refused)")

    def parsed(self, parse: Callable[[Response], T], response: Response) -> T | None:
        """``parse(response)``, or None after ``fail()`` when the page cannot be read.

        Any exception of the parser (a ValueError in a date as much as ``LayoutChanged``) is the
        page's layout error; ``UnknownValue`` is reported as an unknown value instead.
        """
        try:
            result = parse(response)
        except UnknownValue as exc:
            self.unknown_value("unreadable page", str(exc), response.url)
            return None
        except Exception as exc:
            self.fail(self.layout_error(response, exc, parse.__name__))
            return None
        self.pages_read += 1
        return result

    def listing(
        self, parse: Callable[[Response], T], response: Response
    ) -> tuple[T | None, list[Request | DocumentRecord]]:
        """A listing parsed, or when it no longer parses, the requests of fallback discovery.

        Fallback discovery takes every link on the page not seen before to a document file or to
        a detail page of ``detail_forms``; the run is then ``degraded: fallback discovery``
        (failed when the page holds no such link either: nothing is left to find things with).
        """
        try:
            result = parse(response)
        except UnknownValue as exc:
            self.unknown_value("unreadable page", str(exc), response.url)
            return None, []
        except Exception as exc:
            reason = self.layout_error(response, exc, parse.__name__)
            found = self.fallback_discovery(response)
            if found:
                self.degrade(f"fallback discovery: {reason}")
            else:
                self.fail(reason)
            return None, found
        self.pages_read += 1
        return result, []

    def fallback_discovery(self, response: Response) -> list[Request | DocumentRecord]:
        """What the links of a page that no parser could read lead to (see ``listing``)."""
        stats = self._stats()
        found: list[Request | DocumentRecord] = []
        forms = [(re.compile(rx), getattr(self, cb)) for rx, cb in self.detail_forms]
        for link in response.css("a[href]"):
            href = str(link.attrib["href"]).strip()
            url = response.urljoin(href)
            if not self.allows(url, file=True):
                continue
            canonical = self.canonical(url)
            parts = urlsplit(canonical)
            if DOCUMENT_FILE.search(parts.path):
                text = squash(" ".join(link.css("::text").getall()))
                record = self.fallback_document(canonical, text, response)
                if record is not None and record.native_id not in self.state.files:
                    stats.inc_value("watcher/fallback_documents")
                    found.extend(self.document(record, "fallback"))
                continue
            address = f"{parts.path}?{parts.query}"
            for form, callback in forms:
                if form.search(address) and f"fallback:{canonical}" not in self.state.fingerprints:
                    self.remember(f"fallback:{canonical}", "seen")
                    stats.inc_value("watcher/fallback_pages")
                    found.append(Request(self.rebase(canonical), callback=callback))
                    break
        return found

    def fallback_document(self, url: str, text: str, response: Response) -> DocumentRecord | None:
        """The record of a document file found by fallback discovery (None: not one of ours)."""
        return None

    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats

    # -- new or changed ----------------------------------------------------------------------

    def is_known(self, key: str, fingerprint: str) -> bool:
        """Seen before with the same listing data (and its file fetched, if it has one).

        Every listing entry a spider checks comes through here: the count is the poll's ``seen``.
        """
        self._stats().inc_value("watcher/listing_items")
        known = self.state.fingerprints.get(key) == fingerprint
        if known:
            self.remember(key, fingerprint)  # still listed: kept among the newest marks
        return known and key not in self.state.pending

    def fingerprint_of(self, record: DocumentRecord) -> str:
        """The hash of a record's listing data, as the real site would give it."""
        return fingerprint(self._canonical_record(record).model_dump_json())

    def remember(self, key: str, fingerprint: str) -> None:
        """Remember ``key``'s listing data, as the most recently seen (see ``CrawlState``)."""
        self.state.fingerprints.pop(key, None)
        self.state.fingerprints[key] = fingerprint

    def document(
        self, record: DocumentRecord, fingerprint: str
    ) -> Iterable[Request | DocumentRecord]:
        """A new or changed document: fetch its file, or emit it at once when it has none.

        File addresses outside the source's hosts and file hosts are refused and dropped.
        """
        files = tuple(url for url in record.file_urls if self._file_allowed(url))
        if files != record.file_urls:
            record = record.model_copy(update={"file_urls": files})
        if record.deleted or not record.file_urls:
            yield self.emit(record, fingerprint)
            return
        # Written ahead: pending until its file's answer says otherwise. When the crawl ends with
        # the request still queued (the circuit breaker, a shutdown), Scrapy drops it without a
        # callback or errback; the document must then be tried again next run, not forgotten
        # behind a listing entry remembered as seen.
        old = self.state.pending.get(record.native_id)
        self.state.pending[record.native_id] = PendingDocument(
            record=self._canonical_record(record),
            fingerprint=fingerprint,
            attempts=old.attempts if old else 0,
            last_error=old.last_error if old else "the crawl ended before its file was fetched",
        )
        yield self.fetch_file(record, fingerprint)

    def _file_allowed(self, url: str) -> bool:
        try:
            self.rebase(url)
        except ValueError:
            self.refuse(url, "file address outside the source's hosts")
            return False
        return True

    def fetch_file(self, record: DocumentRecord, fingerprint: str) -> Request:
        """GET the record's first file, conditionally when the state knows it already.

        The file's address must be the source's (``document()`` checks; ``rebase`` raises).
        """
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
                media_type=media_type(body),
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
        self.remember(record.native_id, fingerprint)
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
            for item in self.document(pending.record, pending.fingerprint):
                yield item
        for request in self.first_requests():
            yield request

    def first_requests(self) -> Iterable[Request]:
        raise NotImplementedError

    @classmethod
    def live_check(cls) -> Check:
        """What ``watcher sources check`` asks of the live site: the listing, how its rows and
        a detail page are read (with this module's own parsers), the file types expected."""
        raise NotImplementedError

    def closed(self, reason: str) -> None:
        if not self.failures and self.pages_read == 0 and not self.degraded:
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
