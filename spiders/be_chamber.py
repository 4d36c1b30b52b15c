"""Belgian Chamber: parliamentary documents (FLWB) and verbatim reports (CRIV), NL/FR in one file.

Scout: the recent-documents list every run; a dossier page only when its rows on that list changed;
a PDF only for a sub-document not fetched before. CRIV: the plenary and committee lists, then each
report newer than the cursor. Backfill walks the dossier index (ListDocument -> ListFromTo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from parsel import Selector
from scrapy.http import Request, Response

from watcher.crawl.parsing import (
    LayoutChanged,
    UnknownValue,
    decoded_selector,
    fingerprint,
    parse_dmy,
    parse_words_date,
    squash,
)
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

# as of 2024-06: legislature 56 since the elections of 9 June 2024; a new one must be taught.
LEGISLATURE = 56
PAGE = "/kvvcr/showpage.cfm?section="
RECENT = PAGE + "/flwb/recent&language=nl&cfm=/site/wwwcfm/flwb/LastDocument.cfm"
INDEX = PAGE + "/flwb&language=nl&cfm=/site/wwwcfm/flwb/ListDocument.cfm?legislat={leg}"
RANGE = PAGE + "/flwb&language=nl&cfm=ListFromTo.cfm?legislat={leg}&from={lo}&to={hi}"
DOSSIER = (
    PAGE + "/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat={leg}&dossierID={n}"
)
CRIV_LIST = (
    PAGE + "/cricra&language=nl&cfm=dcricra.cfm?type={kind}&cricra=cri&count=all&legislat={leg}"
)
# Codes of the "Document type" row (sources.md, seen on the site) and sub-document labels: as of
# 2025-11 the captured dossiers show the first three labels; the others are the site's usual ones.
# fmt: off
MAIN_TYPES = {"02": "wetsontwerp", "03": "overgezonden ontwerp", "05": "wetsvoorstel",
              "06": "voorstel van resolutie", "08": "voorstel tot herziening",
              "20": "voorstel onderzoekscommissie", "21": "voorstel reglement"}
SUB_TYPES = {"AMENDEMENT", "VERSLAG", "AANGENOMEN TEKST", "AMENDEMENTEN", "ADVIES", "ERRATUM",
             "ADVIES VAN DE RAAD VAN STATE", "TEKST AANGENOMEN DOOR DE COMMISSIE", "NOTA",
             "TEKST AANGENOMEN IN PLENAIRE VERGADERING", "WETSONTWERP", "WETSVOORSTEL", "BIJLAGE"}
# fmt: on
ERROR_PAGE = "Er heeft zich een fout voorgedaan"  # ColdFusion error page, served with HTTP 200


@dataclass(frozen=True)
class Listed:
    """A dossier on the recent list (``56K0367``) with the hash of its rows there."""

    dossier: str
    fingerprint: str


@dataclass(frozen=True)
class Sitting:
    """A verbatim report on a CRIV list: ``56ip079`` of 28/11/2025."""

    report: str
    number: int
    day: date
    url: str


def _story(response: Response) -> Selector:
    story = decoded_selector(response).css("div#Story")
    if not story:
        raise LayoutChanged("no div#Story")
    return story[0]


def parse_recent(response: Response) -> list[Listed]:
    """The recent-documents list -> one entry per dossier, fingerprinted by all its rows."""
    rows: dict[str, list[str]] = {}
    story = _story(response)
    for link in story.xpath(".//a[contains(@href, 'dossierID=')]"):
        n = int(re.search(r"dossierID=(\d+)", link.attrib["href"]).group(1))  # type: ignore[union-attr]
        row = link.xpath("ancestor::tr[1]")
        rows.setdefault(f"{LEGISLATURE}K{n:04d}", []).append(
            squash(" ".join((row or link).css("::text").getall()))
        )
    if not rows and story.css("tr"):
        raise LayoutChanged("rows on the recent list but no dossier link in them")
    return [Listed(d, fingerprint(*sorted(r))) for d, r in rows.items()]


def parse_ranges(response: Response) -> list[tuple[int, int]]:
    """The dossier index -> its ListFromTo ranges, newest first: ``[(900, 999), (300, 399)]``."""
    ranges = re.findall(
        r"ListFromTo\.cfm\?legislat=\d+&(?:amp;)?from=(\d+)&(?:amp;)?to=(\d+)", response.text
    )
    if not ranges:
        raise LayoutChanged("no ListFromTo range on the dossier index")
    return [(int(lo), int(hi)) for lo, hi in ranges]


def parse_range(response: Response) -> list[int]:
    """A ListFromTo page -> the dossier numbers it lists."""
    numbers = [
        int(n) for n in _story(response).xpath(".//a/@href").re(r"flwbn\.cfm\?.*dossierID=(\d+)")
    ]
    if not numbers:
        raise LayoutChanged("no dossier link on a ListFromTo page")
    return numbers


def parse_dossier(response: Response) -> list[DocumentRecord]:
    """A dossier page (flwbn.cfm) -> the main document and every sub-document with a PDF link."""
    story = _story(response)
    m = re.search(r"(\d{2})K(\d{4})", " ".join(story.css("h3 ::text").getall()))
    if not m:
        raise LayoutChanged("no 'Parlementair Document ..K....' heading")
    if int(m.group(1)) != LEGISLATURE:
        raise UnknownValue(f"legislature {m.group(1)} (known: {LEGISLATURE})")
    dossier, title = m.group(0), squash(" ".join(story.css("h4 ::text").getall()))
    rows = [
        (squash(" ".join(tr.css("td.td1x ::text").getall())), tr)
        for tr in story.xpath("./table/tr[td[@class='td1x']]")
    ]
    facts = {
        label: squash(" ".join(tr.css("td.td0x ::text").getall())) for label, tr in reversed(rows)
    }
    code = facts.get("Document type", "")[:2]
    if code not in MAIN_TYPES:
        raise UnknownValue(f"document type {facts.get('Document type')!r} in {dossier}")
    extra = {
        "dossier": dossier,
        "status": facts.get("", ""),
        "eurovoc": facts.get("Eurovoc-hoofddescriptor", ""),
    }
    common: dict[str, Any] = {
        "source": "be_chamber",
        "url": response.url,
        "language": "mul",
        "related_key": f"be_chamber/{dossier}",
        "extra": extra,
    }
    records = []
    main = story.xpath("./table/tr/td[@class='td0x']/a[contains(@href, '/FLWB/PDF/')]/@href").get()
    if main:
        records.append(
            _record(common, title, main, MAIN_TYPES[code], facts.get("Datum ronddeling"))
        )
    for sub in story.xpath(
        ".//td[@class='td0xs']/a[contains(@href, '/FLWB/PDF/')][normalize-space()]"
    ):
        label = squash(" ".join(sub.xpath("ancestor::tr[1]/td[2]/font//text()").getall()))
        if label not in SUB_TYPES:
            raise UnknownValue(f"sub-document type {label!r} in {dossier}")
        distributed = sub.xpath(
            "ancestor::tr[1]/following-sibling::tr[1][td[@class='td0xs1']]/td[2]/text()"
        ).get()
        records.append(_record(common, title, sub.attrib["href"], label.lower(), distributed))
    return [
        r.model_copy(
            update={
                "url": response.urljoin(r.url),
                "file_urls": (response.urljoin(r.file_urls[0]),),
            }
        )
        for r in records
    ]


def _record(
    common: dict[str, Any], title: str, pdf: str, doc_type: str, day: str | None
) -> DocumentRecord:
    native = re.search(r"(\d{2}K\d{7})\.pdf", pdf, re.IGNORECASE).group(1).upper()  # type: ignore[union-attr]
    cite = f"DOC {native[:2]} {native[3:7]}/{native[7:]}"
    return DocumentRecord(
        **common,
        native_id=native,
        title=f"{cite}: {title}",
        doc_type=doc_type,
        published_on=parse_dmy(day) if day else None,
        file_urls=(pdf,),
    )


def parse_criv_list(response: Response) -> list[Sitting]:
    """A CRIV list (plenary or committee) -> its sittings, newest first."""
    sittings = []
    for row in _story(response).css("tr"):
        href = row.xpath(".//a/@href").re_first(r"/doc/[PC]CRI/html/\d+/i[pc]\d+x\.html")
        if href:
            day = parse_dmy(" ".join(row.css("td ::text").getall()))
            leg, kind, number = re.search(r"/(\d+)/(i[pc])(\d+)x", href).groups()  # type: ignore[union-attr]
            sittings.append(
                Sitting(f"{leg}{kind}{number}", int(number), day, response.urljoin(href))
            )
    if not sittings:
        raise LayoutChanged("no verbatim report on a CRIV list")
    return sorted(sittings, key=lambda s: s.number, reverse=True)


def parse_criv(response: Response) -> DocumentRecord:
    """A verbatim report (a Word HTML export) -> its record: body, date and part of day."""
    m = re.search(r"/(\d+)/(i[pc])(\d+)x\.html", response.url)
    header = decoded_selector(response).css("div.WordSection1 > table")[:1].css("tr")
    if not m or len(header) < 2:
        raise LayoutChanged("no CRIV header table")
    body = squash(" ".join(header[0].css("td")[0].css("::text").getall()))
    when = squash(" ".join(header[1].css("td")[0].css("::text").getall())).replace("_", "").strip()
    kind = "plenum" if m[2] == "ip" else "commissie"
    return DocumentRecord(
        source="be_chamber",
        native_id=f"{m[1]}{m[2]}{m[3]}",
        url=response.url,
        title=f"Integraal verslag: {body} {when}",
        doc_type=f"integraal verslag {kind}",
        language="mul",
        published_on=parse_words_date(when),
        file_urls=(response.url,),
        extra={"body": body},
    )


class ChamberSpider(WatcherSpider):
    name = "be_chamber"
    home = "https://www.dekamer.be"
    aliases = ("https://www.lachambre.be", "http://www.dekamer.be")
    # The Chamber asks 5 s between requests (robots.txt Crawl-delay) and resets long crawls.
    custom_settings = {  # noqa: RUF012  (Scrapy declares it an instance attribute)
        "DOWNLOAD_DELAY": 5.0,
        "AUTOTHROTTLE_START_DELAY": 5.0,
        "WATCHER_MAX_REQUESTS": 150,
    }

    def first_requests(self) -> Iterable[Request]:
        if self.backfill:
            yield Request(self.at(INDEX.format(leg=LEGISLATURE)), callback=self.on_index)
        else:
            yield Request(self.at(RECENT), callback=self.on_recent)
        for kind in ("plen", "comm"):
            yield Request(
                self.at(CRIV_LIST.format(kind=kind, leg=LEGISLATURE)), callback=self.on_criv_list
            )

    def on_recent(self, response: Response) -> Iterator[Request]:
        for listed in self.parsed(parse_recent, response) or []:
            if not self.is_known(f"dossier:{listed.dossier}", listed.fingerprint):
                yield self._dossier(int(listed.dossier[3:]), listed.fingerprint)

    def on_index(self, response: Response) -> Iterator[Request]:
        for lo, hi in self.parsed(parse_ranges, response) or []:
            yield Request(
                self.at(RANGE.format(leg=LEGISLATURE, lo=lo, hi=hi)), callback=self.on_range
            )

    def on_range(self, response: Response) -> Iterator[Request]:
        for n in sorted(self.parsed(parse_range, response) or [], reverse=True):
            yield self._dossier(n, None)

    def _dossier(self, n: int, listed: str | None) -> Request:
        url = self.at(DOSSIER.format(leg=LEGISLATURE, n=n))
        return Request(url, callback=self.on_dossier, cb_kwargs={"listed": listed})

    def on_dossier(
        self, response: Response, listed: str | None
    ) -> Iterator[Request | DocumentRecord]:
        if ERROR_PAGE in response.text:
            self.fail(
                f"the Chamber answered with its error page for {self.canonical(response.url)}"
            )
            return
        records = self.parsed(parse_dossier, response)
        if records is None:
            return
        for record in records:
            fp = self.fingerprint_of(record)
            if self.in_window(record.published_on) and not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
        if listed and records:
            self.remember(f"dossier:{records[0].extra['dossier']}", listed)

    def on_criv_list(self, response: Response) -> Iterator[Request]:
        sittings = self.parsed(parse_criv_list, response) or []
        if not sittings:
            return
        kind = sittings[0].report[2:4]
        if self.backfill:
            sittings = [s for s in sittings if self.in_window(s.day)]
        else:  # reports above the floor; a first run starts from the newest, not from ip001
            floor = int(self.state.cursor.setdefault(f"{kind}_floor", sittings[0].number - 1))
            sittings = [s for s in sittings if s.number > floor]
        for s in sittings:
            if s.report not in self.state.files:
                yield Request(self.rebase(s.url), callback=self.on_criv)

    def on_criv(self, response: Response) -> Iterator[DocumentRecord]:
        record = self.parsed(parse_criv, response)
        if record:
            yield from self.stored(record, response, self.fingerprint_of(record))
