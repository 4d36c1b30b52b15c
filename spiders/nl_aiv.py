"""AIV (Adviesraad Internationale Vraagstukken): publications on a Rijksoverheid-platform site.

Scout: page 1 of ``/documenten`` every run (more pages while everything on a page is new); a
detail page and its files only for an address not seen before. Addresses come typed
(``/documenten/publicaties/2015/04/24/slug``) and, since 2025, untyped
(``/documenten/2025/11/20/slug``); ``/onderwerpen/<topic>/...`` addresses are the same document as
the plain one. Files are wherever the detail page's download links point: ``/binaries/`` on the
site, or ``open.overheid.nl`` (a file host). When the listing yields nothing, the sitemap is the
second route. Backfill: ``startdatum``/``einddatum`` windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from watcher.crawl.check import PDF, Check
from watcher.crawl.parsing import LayoutChanged, Unknown, fingerprint, parse_dmy, squash
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

# as of 2026-12 (issue #12; typed form [V] in archived pages, untyped form seen since 2025)
PATH = re.compile(
    r"^(?:/onderwerpen/[^/]+)?(/documenten/(?:([a-z-]+)/)?(\d{4})/(\d{2})/(\d{2})/[^/?#]+)"
)
# Download links: the platform's /binaries/ and open.overheid.nl's /documenten/<uuid>/file
# (berthubert/tkconv, ooget.cc); a.download is the platform's download block [I].
FILE_LINK = re.compile(r"/binaries/|^https://open\.overheid\.nl/documenten/[^/]+/file$")
# as of 2026-05 (inferred from the platform, sources.md 3): type segments and labels; others are
# kept as the site writes them and reported once.
SEGMENTS = {"publicaties", "adviezen", "briefadviezen", "rapporten", "jaarverslagen",
            "kamerstukken", "brieven", "toespraken", "verslagen", "publicatie"}  # fmt: skip
TYPES = {"advies", "briefadvies", "publicatie", "rapport", "jaarverslag", "kamerstuk", "brief",
         "toespraak", "verslag", "werkprogramma", "reactie"}  # fmt: skip
MAX_PAGES = 5  # an ordinary run pages on while a whole page is new, up to this many
SITEMAP_NEWEST = 20  # detail pages taken from the sitemap in one run, newest addresses first


@dataclass(frozen=True)
class Listed:
    path: str  # without any /onderwerpen/<topic> prefix
    day: date
    fingerprint: str

    @property
    def native_id(self) -> str:
        """``"publicaties/2015/04/24/instabiliteit-rond-europa"``: the document's identity."""
        return self.path.removeprefix("/documenten/")


@dataclass(frozen=True)
class Detail:
    record: DocumentRecord
    unknowns: tuple[Unknown, ...]


def document_path(href: str) -> str | None:
    """The document's own path, without a topic prefix; None for an address that is no document.

    ``".../onderwerpen/navo/documenten/adviezen/2005/07/08/x" ->
    "/documenten/adviezen/2005/07/08/x"``
    """
    m = PATH.match(re.sub(r"^https?://[^/]+", "", href))
    return m.group(1) if m else None


def _day(path: str) -> date:
    y, m, d = PATH.match(path).groups()[2:5]  # type: ignore[union-attr]
    return date(int(y), int(m), int(d))


def parse_listing(response: Response) -> tuple[list[Listed], list[str]]:
    """``/documenten`` -> (documents on the page, once each; links to the other result pages).

    A result linking elsewhere than a document page is left out (the platform lists only documents).
    """
    results = response.css("ol.results")
    if not results:
        raise LayoutChanged("no ol.results on the listing")
    items = results.css("li.results__item")
    found: dict[str, Listed] = {}
    for item in items:
        path = document_path(item.css("a.publication::attr(href)").get(""))
        if path:
            text = squash(" ".join(item.css("::text").getall()))
            found.setdefault(path, Listed(path, _day(path), fingerprint(path, text)))
    if items and not found:
        raise LayoutChanged("results on the listing but no a.publication link to a document")
    pages = [response.urljoin(h) for h in response.css("ul.paging__numbers a::attr(href)").getall()]
    return list(found.values()), pages


def parse_sitemap(response: Response) -> tuple[list[Listed], list[str]]:
    """A sitemap -> (its document pages, newest address first; the sitemaps an index names)."""
    try:
        sitemap = Sitemap(response.body)
    except Exception as exc:  # lxml's errors vary with the input; any of them means "not XML"
        raise LayoutChanged(f"not a sitemap: {exc}") from exc
    locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
    if sitemap.type == "sitemapindex":
        return [], locs
    if sitemap.type != "urlset":
        raise LayoutChanged(f"not a sitemap: root element {sitemap.type!r}")
    found = {p: Listed(p, _day(p), "") for p in map(document_path, locs) if p}
    return sorted(found.values(), key=lambda item: item.day, reverse=True), []


def parse_detail(response: Response) -> Detail:
    """A detail page -> its record, and what on it the spider does not know.

    The date comes from the address, the type from the "Type | dd-mm-yyyy" line (kept as written,
    lower-cased), the files from every recognised download link.
    """
    path = document_path(response.url)
    title = squash(" ".join(response.css("h1 ::text").getall()))
    if not path or not title:
        raise LayoutChanged("no h1 (or no document address) on a detail page")
    segment = PATH.match(path).group(2)  # type: ignore[union-attr]
    day = _day(path)
    meta = squash(" ".join(response.css(".article-meta ::text").getall()))
    doc_type = meta.split("|")[0].strip().lower() if "|" in meta else ""
    hrefs = response.css("a[href]::attr(href)").getall()
    files = list(dict.fromkeys(u for u in map(response.urljoin, hrefs) if FILE_LINK.search(u)))
    unknowns = []
    if segment and segment not in SEGMENTS:
        unknowns.append(Unknown("address type", segment))
    if doc_type not in TYPES:
        unknowns.append(Unknown("document type", doc_type or "(no 'Type | date' line)"))
    try:
        shown = parse_dmy(meta)
    except ValueError:
        shown = None
    if shown != day:
        unknowns.append(Unknown("date on the page", meta or "(none)"))
    if not files:
        unknowns.append(Unknown("download link", "none recognised on a detail page"))
    record = DocumentRecord(
        source="nl_aiv",
        native_id=path.removeprefix("/documenten/"),
        url=response.urljoin(path),
        title=title,
        doc_type=doc_type or segment or "document",
        language="nl",
        published_on=day,
        file_urls=tuple(files),
    )
    return Detail(record, tuple(unknowns))


class AivSpider(WatcherSpider):
    name = "nl_aiv"
    title = "Adviesraad Internationale Vraagstukken (AIV)"
    languages = ("nl", "en")
    home = "https://www.adviesraadinternationalevraagstukken.nl"
    hosts = (
        "www.adviesraadinternationalevraagstukken.nl",
        "adviesraadinternationalevraagstukken.nl",
    )
    aliases = ("https://adviesraadinternationalevraagstukken.nl",)
    file_hosts = ("open.overheid.nl",)
    detail_forms = ((PATH.pattern.removeprefix("^"), "on_detail"),)

    @classmethod
    def live_check(cls) -> Check:
        return Check(
            "/documenten",
            lambda r: parse_listing(r)[0],
            lambda rows: cls.home + rows[0].path,
            lambda page: [parse_detail(page).record],  # type: ignore[arg-type]
            PDF,
        )

    def first_requests(self) -> Iterable[Request]:
        query = ""
        if self.backfill:
            window = {"startdatum": self.since, "einddatum": self.until}
            query = "?" + "&".join(f"{k}={v:%d-%m-%Y}" for k, v in window.items() if v)
        yield Request(
            self.at(f"/documenten{query}"),
            callback=self.on_listing,
            errback=self.listing_failed,
            cb_kwargs={"page": 1},
        )

    def listing_failed(self, failure: Failure) -> Iterator[Request]:
        why = failure.getErrorMessage() or type(failure.value).__name__
        # robots.txt (an IgnoreRequest that is no HttpError): the site asks us to stay out
        if isinstance(failure.value, IgnoreRequest) and not isinstance(failure.value, HttpError):
            self.fail(f"the listing /documenten was not requested: {why}")
            return
        yield from self.second_route(why)

    def second_route(self, why: str) -> Iterator[Request]:
        """The sitemap, when the newest page of the listing yields nothing."""
        if not self.backfill:
            self._stats().set_value("watcher/route/listing", f"yields nothing: {why}")
            self.degrade(f"the listing /documenten yields nothing ({why}); the sitemap is read")
            yield Request(
                self.at("/sitemap.xml"), callback=self.on_sitemap, errback=self.sitemap_failed
            )

    def sitemap_failed(self, failure: Failure) -> None:
        why = failure.getErrorMessage() or type(failure.value).__name__
        self.fail(f"neither the listing /documenten nor the sitemap answers: {why}")

    def on_listing(self, response: Response, page: int) -> Iterator[Request | DocumentRecord]:
        parsed, fallback = self.listing(parse_listing, response)
        yield from fallback
        listed, pages = parsed or ([], [])
        if page == 1 and not listed:
            yield from self.second_route("no document on its newest page")
            return
        new = [item for item in listed if not self.is_known(item.native_id, item.fingerprint)]
        self._stats().set_value("watcher/route/listing", f"{len(listed)} documents listed")
        for item in new:
            yield Request(self.at(item.path), callback=self.on_detail, cb_kwargs={"listed": item})
        first_run = not self.state.cursor
        self.state.cursor["listing_seen"] = 1
        more = self.backfill or (
            not first_run and new and len(new) == len(listed) and page < MAX_PAGES
        )
        if more and page < len(pages):
            yield Request(
                self.rebase(pages[page]), callback=self.on_listing, cb_kwargs={"page": page + 1}
            )

    def on_sitemap(self, response: Response, depth: int = 0) -> Iterator[Request]:
        parsed = self.parsed(parse_sitemap, response)
        if parsed is None:
            return
        listed, children = parsed
        for child in children[:5] if depth == 0 else []:
            yield Request(self.rebase(child), callback=self.on_sitemap, cb_kwargs={"depth": 1})
        new = [item for item in listed if item.native_id not in self.state.fingerprints]
        if listed or not children:
            self._stats().set_value("watcher/route/sitemap", f"{len(listed)} documents listed")
        for item in new[:SITEMAP_NEWEST]:
            yield Request(self.at(item.path), callback=self.on_detail)

    def on_detail(
        self, response: Response, listed: Listed | None = None
    ) -> Iterator[Request | DocumentRecord]:
        detail = self.parsed(parse_detail, response)
        if detail is None:
            return
        self.unknown_values(detail.unknowns, response.url)
        record = detail.record
        if not record.file_urls:
            self.logger.warning(
                "%s has no recognised download link: kept without a file", record.key
            )
        fp = listed.fingerprint if listed else fingerprint(record.url, record.title)
        yield from self.document(record, fp)
