"""AIV (Adviesraad Internationale Vraagstukken): publications on a Rijksoverheid-platform site.

Scout: page 1 of ``/documenten`` every run (more pages while everything on a page is new); a detail
page and its ``/binaries/`` PDF only for an address not seen before. ``/onderwerpen/<topic>/...``
addresses are the same document as the plain one. Backfill: ``startdatum``/``einddatum`` windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from scrapy.http import Request, Response

from watcher.crawl.parsing import LayoutChanged, UnknownValue, fingerprint, parse_dmy, squash
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

# as of 2026-05 (inferred from the platform, sources.md 3): the type segment of an address and
# the type shown on the page. An unknown one fails the run until it is added here.
PATH = re.compile(
    r"^(?:/onderwerpen/[^/]+)?(/documenten/([a-z-]+)/(\d{4})/(\d{2})/(\d{2})/[^/?#]+)"
)
SEGMENTS = {
    "publicaties",
    "adviezen",
    "briefadviezen",
    "rapporten",
    "jaarverslagen",
    "kamerstukken",
    "brieven",
    "toespraken",
    "verslagen",
    "publicatie",
}
TYPES = {
    "advies",
    "briefadvies",
    "publicatie",
    "rapport",
    "jaarverslag",
    "kamerstuk",
    "brief",
    "toespraak",
    "verslag",
    "werkprogramma",
    "reactie",
}
MAX_PAGES = 5  # an ordinary run pages on while a whole page is new, up to this many


@dataclass(frozen=True)
class Listed:
    path: str  # without any /onderwerpen/<topic> prefix
    day: date
    fingerprint: str

    @property
    def native_id(self) -> str:
        """``"publicaties/2015/04/24/instabiliteit-rond-europa"``: the document's identity."""
        return self.path.removeprefix("/documenten/")


def normalised_path(href: str) -> str:
    """Drop a topic prefix: ``"/onderwerpen/navo/documenten/..." -> "/documenten/..."``."""
    m = PATH.match(re.sub(r"^https?://[^/]+", "", href))
    if not m:
        raise LayoutChanged(f"unexpected document address {href!r}")
    return m.group(1)


def parse_listing(response: Response) -> tuple[list[Listed], list[str]]:
    """``/documenten`` -> (documents on the page, once each; links to the other result pages)."""
    results = response.css("ol.results")
    if not results:
        raise LayoutChanged("no ol.results on the listing")
    items = results.css("li.results__item")
    found: dict[str, Listed] = {}
    for item in items:
        href = item.css("a.publication::attr(href)").get()
        if href:
            path = normalised_path(href)
            text = squash(" ".join(item.css("::text").getall()))
            y, m, d = PATH.match(path).groups()[2:5]  # type: ignore[union-attr]
            found.setdefault(
                path, Listed(path, date(int(y), int(m), int(d)), fingerprint(path, text))
            )
    if items and not found:
        raise LayoutChanged("results on the listing but no a.publication link in them")
    pages = [response.urljoin(h) for h in response.css("ul.paging__numbers a::attr(href)").getall()]
    return list(found.values()), pages


def parse_detail(response: Response) -> DocumentRecord:
    """A detail page -> its record; the date comes from the address, the type from the meta line."""
    path = normalised_path(response.url)
    segment, y, m, d = PATH.match(path).groups()[1:5]  # type: ignore[union-attr]
    title = squash(" ".join(response.css("h1 ::text").getall()))
    meta = squash(" ".join(response.css(".article-meta ::text").getall()))
    files = [
        response.urljoin(h) for h in response.css("a[href*='/binaries/']::attr(href)").getall()
    ]
    if not title or "|" not in meta:
        raise LayoutChanged("no h1 or no 'Type | date' line on a detail page")
    doc_type = meta.split("|")[0].strip().lower()
    if segment not in SEGMENTS or doc_type not in TYPES:
        raise UnknownValue(f"document type {segment!r} / {doc_type!r} at {path}")
    if parse_dmy(meta) != date(int(y), int(m), int(d)):
        raise UnknownValue(f"the page says {meta!r} but the address says {y}-{m}-{d}")
    return DocumentRecord(
        source="nl_aiv",
        native_id=path.removeprefix("/documenten/"),
        url=response.urljoin(path),
        title=title,
        doc_type=doc_type,
        language="nl",
        published_on=date(int(y), int(m), int(d)),
        file_urls=tuple(files),
    )


class AivSpider(WatcherSpider):
    name = "nl_aiv"
    home = "https://www.adviesraadinternationalevraagstukken.nl"
    hosts = (
        "www.adviesraadinternationalevraagstukken.nl",
        "adviesraadinternationalevraagstukken.nl",
    )
    aliases = ("https://adviesraadinternationalevraagstukken.nl",)

    def first_requests(self) -> Iterable[Request]:
        if self.backfill:
            window = {"startdatum": self.since, "einddatum": self.until}
            query = "&".join(f"{k}={v:%d-%m-%Y}" for k, v in window.items() if v)
            yield Request(
                self.at(f"/documenten?{query}"), callback=self.on_listing, cb_kwargs={"page": 1}
            )
        else:
            yield Request(self.at("/documenten"), callback=self.on_listing, cb_kwargs={"page": 1})

    def on_listing(self, response: Response, page: int) -> Iterator[Request]:
        parsed = self.parsed(parse_listing, response)
        if parsed is None:
            return
        listed, pages = parsed
        if not listed and page == 1 and not self.backfill:
            self.fail("the newest page of /documenten lists nothing")
        new = [item for item in listed if not self.is_known(item.native_id, item.fingerprint)]
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

    def on_detail(self, response: Response, listed: Listed) -> Iterator[Request | DocumentRecord]:
        record = self.parsed(parse_detail, response)
        if record:
            yield from self.document(record, listed.fingerprint)
