"""Belgian Chamber: parliamentary documents (FLWB) and verbatim reports (CRIV), NL/FR in one file.

Scout: the recent-documents list every run; a dossier page only when its rows on that list changed;
a PDF only for a sub-document not fetched before. CRIV, two routes: the plenary and committee
lists, then each report newer than the floor; and probing the next report numbers
(``ip080x.html``...) until a 404. Backfill walks the dossier index (ListDocument -> ListFromTo).
A label or type the spider does not know keeps its document, as the site wrote it, and is reported
once; a list that no longer parses falls back to the links on it (dossier pages, reports, PDFs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from parsel import Selector
from scrapy.http import Request, Response

from watcher.crawl.check import PDF, Check
from watcher.crawl.parsing import (
    LayoutChanged,
    Unknown,
    decoded_selector,
    fingerprint,
    parse_day,
    parse_words_date,
    squash,
)
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

# as of 2024-06: legislature 56 since the elections of 9 June 2024; a page of another one is kept
# and its legislature reported as an unknown value.
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
CRIV = {"ip": "/doc/PCRI/html/{leg}/ip{n:03d}x.html", "ic": "/doc/CCRI/html/{leg}/ic{n:03d}x.html"}
# The labels the spider knows; any other is kept as written and reported once (as of 2025-11 real
# dossiers also show KAFT, ERRATA, VERSLAG (VERWIJZEND), 01 BEGROTING, 23 VERSLAG...).
# fmt: off
MAIN_TYPES = {"02": "WETSONTWERP", "03": "OVERGEZONDEN ONTWERP", "05": "WETSVOORSTEL",
              "06": "VOORSTEL VAN RESOLUTIE", "08": "VOORSTEL TOT HERZIENING",
              "20": "VOORSTEL ONDERZOEKSCOMMISSIE", "21": "VOORSTEL REGLEMENT"}
SUB_TYPES = {"AMENDEMENT", "VERSLAG", "AANGENOMEN TEKST", "AMENDEMENTEN", "ADVIES", "ERRATUM",
             "ADVIES VAN DE RAAD VAN STATE", "TEKST AANGENOMEN DOOR DE COMMISSIE", "NOTA",
             "TEKST AANGENOMEN IN PLENAIRE VERGADERING", "WETSONTWERP", "WETSVOORSTEL", "BIJLAGE"}
# fmt: on
# as of 2025-11: the ColdFusion error page is served with HTTP 200
ERROR_PAGE = "Er heeft zich een fout voorgedaan"
PDF_NAME = re.compile(r"(\d{2})K(\d{4})(\d{3})\.pdf$", re.IGNORECASE)


@dataclass(frozen=True)
class Listed:
    """A dossier on the recent list (``56K0367``) with the hash of its rows there."""

    dossier: str
    fingerprint: str


@dataclass(frozen=True)
class Dossier:
    """A dossier page: its records, and the values on it the spider does not know (kept)."""

    records: list[DocumentRecord]
    unknown: list[Unknown]


@dataclass(frozen=True)
class Sitting:
    """A verbatim report on a CRIV list: ``56ip079`` of 28/11/2025 (None: a date not read)."""

    report: str
    number: int
    day: date | None
    url: str


@dataclass(frozen=True)
class CrivList:
    """A CRIV list: its sittings, newest first, and dates it could not read (kept as unknown)."""

    sittings: list[Sitting]
    unknown: list[Unknown]


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


def parse_dossier(response: Response) -> Dossier:
    """A dossier page (flwbn.cfm) -> the main document and every sub-document with a PDF link.

    ``doc_type`` is the site's label lower-cased: ``"02 WETSONTWERP" -> "wetsontwerp"``,
    sub-document ``"KAFT" -> "kaft"``. Labels not in MAIN_TYPES/SUB_TYPES, a legislature other than
    LEGISLATURE and dates that cannot be read are returned as ``unknown``; their records stay.
    """
    story = _story(response)
    m = re.search(r"(\d{2})K(\d{4})", " ".join(story.css("h3 ::text").getall()))
    if not m:
        raise LayoutChanged("no 'Parlementair Document ..K....' heading")
    unknown: list[Unknown] = []
    if int(m.group(1)) != LEGISLATURE:
        unknown.append(Unknown("legislature", m.group(1)))
    dossier, title = m.group(0), squash(" ".join(story.css("h4 ::text").getall()))
    rows = [
        (squash(" ".join(tr.css("td.td1x ::text").getall())), tr)
        for tr in story.xpath("./table/tr[td[@class='td1x']]")
    ]
    facts = {
        label: squash(" ".join(tr.css("td.td0x ::text").getall())) for label, tr in reversed(rows)
    }
    main_type = facts.get("Document type", "")
    code, _, name = main_type.partition(" ")
    if not (code.isdigit() and name):
        code, name = "", main_type
    if MAIN_TYPES.get(code) != name.upper():
        unknown.append(Unknown("document type", main_type or "(none)"))
    common: dict[str, Any] = {
        "source": "be_chamber",
        "url": response.url,
        "language": "mul",
        "related_key": f"be_chamber/{dossier}",
        "extra": {
            "dossier": dossier,
            "status": facts.get("", ""),
            "eurovoc": facts.get("Eurovoc-hoofddescriptor", ""),
        },
    }
    records = []
    main = story.xpath("./table/tr/td[@class='td0x']/a[contains(@href, '/FLWB/PDF/')]/@href").get()
    if main and PDF_NAME.search(main):
        day = _day(facts.get("Datum ronddeling"), unknown)
        records.append(_record(common, title, main, (name or "parlementair document").lower(), day))
    for sub in story.xpath(
        ".//td[@class='td0xs']/a[contains(@href, '/FLWB/PDF/')][normalize-space()]"
    ):
        if not PDF_NAME.search(sub.attrib["href"]):
            continue
        label = squash(" ".join(sub.xpath("ancestor::tr[1]/td[2]/font//text()").getall()))
        if label not in SUB_TYPES:
            unknown.append(Unknown("sub-document type", label or "(none)"))
        distributed = sub.xpath(
            "ancestor::tr[1]/following-sibling::tr[1][td[@class='td0xs1']]/td[2]/text()"
        ).get()
        day = _day(distributed, unknown)
        records.append(
            _record(common, title, sub.attrib["href"], (label or "subdocument").lower(), day)
        )
    return Dossier(
        [
            r.model_copy(
                update={
                    "url": response.urljoin(r.url),
                    "file_urls": (response.urljoin(r.file_urls[0]),),
                }
            )
            for r in records
        ],
        list(dict.fromkeys(unknown)),
    )


def _day(text: str | None, unknown: list[Unknown]) -> date | None:
    """A distribution date; one that cannot be read is kept as an unknown value, not an error."""
    if not text or not text.strip():
        return None
    try:
        return parse_day(text)
    except ValueError:
        unknown.append(Unknown("date", squash(text)))
        return None


def _record(
    common: dict[str, Any], title: str, pdf: str, doc_type: str, day: date | None
) -> DocumentRecord:
    m = PDF_NAME.search(pdf)
    assert m is not None  # the callers checked
    native = f"{m[1]}K{m[2]}{m[3]}"
    return DocumentRecord(
        **common,
        native_id=native,
        title=f"DOC {m[1]} {m[2]}/{m[3]}: {title}" if title else f"DOC {m[1]} {m[2]}/{m[3]}",
        doc_type=doc_type,
        published_on=day,
        file_urls=(pdf,),
    )


def parse_criv_list(response: Response) -> CrivList:
    """A CRIV list (plenary or committee) -> its sittings, newest first.

    Each row with a report link is a sitting; its date is read as ``28/11/2025`` or in words
    (``"donderdag 27 november 2025"``, ``"jeudi 27 novembre 2025"``). Not ``div#Story``-bound:
    as of 2025-11 public scrapers read the real list as ``table#lst``.
    """
    sittings, unknown = [], []
    for row in decoded_selector(response).css("tr"):
        href = row.xpath(".//a/@href").re_first(r"/doc/[PC]CRI/html/\d+/i[pc]\d+x\.html")
        if not href or row.xpath(".//tr"):  # a row of a layout table holding the list
            continue
        text = squash(" ".join(row.css("td ::text").getall()))
        try:
            day: date | None = parse_day(text)
        except ValueError:
            day = None
            unknown.append(Unknown("CRIV list date", text))
        leg, kind, number = re.search(r"/(\d+)/(i[pc])(\d+)x", href).groups()  # type: ignore[union-attr]
        sittings.append(Sitting(f"{leg}{kind}{number}", int(number), day, response.urljoin(href)))
    if not sittings:
        raise LayoutChanged("no verbatim report on a CRIV list")
    return CrivList(sorted(sittings, key=lambda s: s.number, reverse=True), unknown)


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
    title = "Belgian Chamber of Representatives (dekamer.be)"
    languages = ("nl", "fr")
    home = "https://www.dekamer.be"
    aliases = ("https://www.lachambre.be", "http://www.dekamer.be")
    hosts = ("www.dekamer.be", "www.lachambre.be")
    detail_forms = (
        (r"flwbn\.cfm\?.*dossierID=\d+", "on_dossier"),
        (r"/doc/[PC]CRI/html/\d+/i[pc]\d+x\.html", "on_criv"),
    )
    # as of 2025-11: the Chamber asks 5 s between requests (robots.txt Crawl-delay) and resets
    # long crawls.
    custom_settings = {  # noqa: RUF012  (Scrapy declares it an instance attribute)
        "DOWNLOAD_DELAY": 5.0,
        "AUTOTHROTTLE_START_DELAY": 5.0,
        "WATCHER_MAX_REQUESTS": 150,
    }

    @classmethod
    def live_check(cls) -> Check:
        def dossier_url(rows: list[Listed]) -> str:
            return cls.home + DOSSIER.format(leg=LEGISLATURE, n=int(rows[0].dossier[3:]))

        return Check(
            RECENT,
            parse_recent,
            dossier_url,
            lambda page: parse_dossier(page).records,  # type: ignore[arg-type]
            PDF,
        )

    def first_requests(self) -> Iterable[Request]:
        if self.backfill:
            yield Request(self.at(INDEX.format(leg=LEGISLATURE)), callback=self.on_index)
        else:
            yield Request(self.at(RECENT), callback=self.on_recent)
        for kind in ("plen", "comm"):
            yield Request(
                self.at(CRIV_LIST.format(kind=kind, leg=LEGISLATURE)),
                callback=self.on_criv_list,
                cb_kwargs={"kind": "ip" if kind == "plen" else "ic"},
            )

    def on_recent(self, response: Response) -> Iterator[Request | DocumentRecord]:
        listed, fallback = self.listing(parse_recent, response)
        yield from fallback
        for entry in listed or []:
            if not self.is_known(f"dossier:{entry.dossier}", entry.fingerprint):
                yield self._dossier(int(entry.dossier[3:]), entry.fingerprint)

    def on_index(self, response: Response) -> Iterator[Request | DocumentRecord]:
        ranges, fallback = self.listing(parse_ranges, response)
        yield from fallback
        for lo, hi in ranges or []:
            yield Request(
                self.at(RANGE.format(leg=LEGISLATURE, lo=lo, hi=hi)), callback=self.on_range
            )

    def on_range(self, response: Response) -> Iterator[Request | DocumentRecord]:
        numbers, fallback = self.listing(parse_range, response)
        yield from fallback
        for n in sorted(numbers or [], reverse=True):
            yield self._dossier(n, None)

    def _dossier(self, n: int, listed: str | None) -> Request:
        url = self.at(DOSSIER.format(leg=LEGISLATURE, n=n))
        return Request(url, callback=self.on_dossier, cb_kwargs={"listed": listed})

    def on_dossier(
        self, response: Response, listed: str | None = None
    ) -> Iterator[Request | DocumentRecord]:
        if ERROR_PAGE in response.text:
            self.fail(
                f"the Chamber answered with its error page for {self.canonical(response.url)}"
            )
            return
        dossier = self.parsed(parse_dossier, response)
        if dossier is None:
            return
        self.unknown_values(dossier.unknown, response.url)
        if not dossier.records:
            self.logger.info("No document with a PDF yet at %s", self.canonical(response.url))
        for record in dossier.records:
            fp = self.fingerprint_of(record)
            if self.in_window(record.published_on) and not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
        if listed and dossier.records:
            self.remember(f"dossier:{dossier.records[0].extra['dossier']}", listed)

    def on_criv_list(self, response: Response, kind: str) -> Iterator[Request | DocumentRecord]:
        """Route 1: the list. Route 2, whatever the list gave: probe the next report numbers."""
        parsed, fallback = self.listing(parse_criv_list, response)
        yield from fallback
        stats = self._stats()
        sittings = parsed.sittings if parsed else []
        if parsed:
            self.unknown_values(parsed.unknown, response.url)
            stats.set_value(f"watcher/route/criv_list_{kind}", f"{len(sittings)} reports listed")
        else:
            stats.set_value(f"watcher/route/criv_list_{kind}", "failed: the list did not parse")
        known = [int(k[len(kind) + 2 :]) for k in self.state.files if k[2:4] == kind]
        if self.backfill:
            sittings = [s for s in sittings if s.day is not None and self.in_window(s.day)]
        elif sittings or f"{kind}_floor" in self.state.cursor:
            # reports above the floor; a first run starts from the newest, not from ip001
            newest = max([s.number for s in sittings] + known, default=0)
            floor = int(self.state.cursor.setdefault(f"{kind}_floor", newest - 1))
            sittings = [s for s in sittings if s.number > floor]
            yield self._probe(kind, max([newest, floor, *known]) + 1)
        else:
            stats.set_value(f"watcher/route/criv_probe_{kind}", "not tried: no report known yet")
        for s in sittings:
            if s.report not in self.state.files:
                yield Request(self.rebase(s.url), callback=self.on_criv)

    def _probe(self, kind: str, number: int) -> Request:
        url = self.at(CRIV[kind].format(leg=LEGISLATURE, n=number))
        return Request(
            url,
            callback=self.on_probe,
            cb_kwargs={"kind": kind, "number": number},
            meta={"handle_httpstatus_list": [404]},
            dont_filter=True,
        )

    def on_probe(
        self, response: Response, kind: str, number: int
    ) -> Iterator[Request | DocumentRecord]:
        """``ip080x.html`` answered: read it and try ``ip081x.html``; a 404 ends the probe."""
        stats = self._stats()
        if response.status == 404:
            stats.set_value(
                f"watcher/route/criv_probe_{kind}", f"404 at {kind}{number:03d}: nothing newer"
            )
            return
        stats.inc_value(f"watcher/route/criv_probe_{kind}_found")
        yield from self.on_criv(response)
        yield self._probe(kind, number + 1)

    def on_criv(self, response: Response) -> Iterator[DocumentRecord]:
        record = self.parsed(parse_criv, response)
        if record and record.native_id not in self.state.files:
            yield from self.stored(record, response, self.fingerprint_of(record))

    def fallback_document(self, url: str, text: str, response: Response) -> DocumentRecord | None:
        """A ``/FLWB/PDF/56/0367/56K0367004.pdf`` link found by fallback discovery."""
        m = PDF_NAME.search(url)
        if not m:
            return None
        dossier = f"{m[1]}K{m[2]}"
        return DocumentRecord(
            source="be_chamber",
            native_id=f"{dossier}{m[3]}",
            url=self.canonical(response.url),
            title=f"DOC {m[1]} {m[2]}/{m[3]}" + (f": {text}" if text and text not in url else ""),
            doc_type="parlementair document",
            language="mul",
            file_urls=(url,),
            related_key=f"be_chamber/{dossier}",
            extra={"dossier": dossier, "found_by": "fallback discovery"},
        )
