"""Chambre des Députés du Luxembourg (chd.lu): parliamentary dossiers and their documents.

The site is a Drupal site (since 2022). A dossier (a bill, a motion, a debate) has a page
``/fr/dossier/<number>`` (also ``/de/``, ``/lu/``, ``/en/``) [V: addresses cited by several
public projects]; numbers are sequential (8700, 8752, 8821 in 2025-2026) [V]. Its documents are
PDFs on the file host ``wdocs-pub.chd.lu``, ``/docs/Dossiers_parlementaires/<number>/
<YYYYMMDD>_<Kind>.pdf`` (``20260721_Depot.pdf``, ``20250827_RapportCommission.pdf``) [V].
The dossier page's markup [I: read off a public scraper of the site, not a captured page]:
``.chd-pageTitleHeader__title`` holds the number, ``.chd-wysiwyg.text-large`` the title,
``div.right-column dl`` the facts (``Type``, ``Statut``, ``Auteur(s)``, ``Date de dépôt`` as
``dd.mm.yyyy``), ``a.chd-iconLinkBlock`` the document links.

Scout: the dossier search ``/fr/searchfolders`` newest first [I], every run; a dossier page
only when its row changed; a file only for a document not seen before. Second route, when the
search does not answer or links to no dossier: the dossier numbers after the highest one seen,
one by one, until ``PROBE_MISSES`` in a row do not exist. Backfill: the search's date window.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlencode, urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from watcher.crawl.check import PDF, Check
from watcher.crawl.parsing import LayoutChanged, Unknown, fingerprint, squash
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

SEARCH = "/fr/searchfolders"
DOSSIER = "/fr/dossier/{n}"
DOSSIER_LINK = re.compile(r"/(?:fr|de|lu|en)/dossier/(\d{3,6})(?:[/?#]|$)")
# <YYYYMMDD>_<Kind>[_<n>].pdf (the kind URL-encoded where accented: 20250514_Dep%C3%B4t.pdf);
# the kind is the document's type as the Chamber files it.
FILE_NAME = re.compile(r"/Dossiers_parlementaires/\d+/(\d{8})_([^/]+?)\.\w+$", re.IGNORECASE)
# The text of a search result: the list item, table row or article around its link.
ROW_TEXT = "ancestor-or-self::*[self::li or self::tr or self::article][1]//text()"
DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# as of 2026-12 [I]: dossier types and document kinds; others are kept as written and reported.
TYPES = {"Projet de loi", "Proposition de loi", "Projet de règlement grand-ducal", "Motion",
         "Résolution", "Débat d'orientation", "Proposition de révision constitutionnelle",
         "Proposition de modification du Règlement de la Chambre des Députés"}  # fmt: skip
KINDS = {"depot": "dépôt", "avis": "avis", "avisce": "avis du Conseil d'État",
         "amendements": "amendements", "rapportcommission": "rapport de commission",
         "resume": "résumé", "motion": "motion", "resolution": "résolution",
         "prisedeposition": "prise de position", "dispense": "dispense"}  # fmt: skip
PAGE_SIZE = 20
PROBE_MISSES = 5  # the second route stops after this many missing dossier numbers in a row


@dataclass(frozen=True)
class Listed:
    number: int
    fingerprint: str


@dataclass(frozen=True)
class Dossier:
    number: int
    records: list[DocumentRecord]
    unknowns: tuple[Unknown, ...]


def _dmy(text: str) -> date | None:
    m = DMY.search(text)
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:  # 31.02.2026: no date, the record is kept
        return None


def _yyyymmdd(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _unaccented(text: str) -> str:
    """``"Dépôt" -> "Depot"``"""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def parse_search(response: Response) -> list[Listed]:
    """The dossier search -> its dossiers, once each, in the order listed."""
    found: dict[int, Listed] = {}
    for link in response.css("a[href]"):
        m = DOSSIER_LINK.search(str(link.attrib["href"]))
        if m:
            text = squash(" ".join(link.xpath(ROW_TEXT).getall()))
            number = int(m.group(1))
            found.setdefault(number, Listed(number, fingerprint(str(number), text)))
    if not found:
        raise LayoutChanged("no link to a /fr/dossier/<number> page on the dossier search")
    return list(found.values())


def _fact(response: Response, label: str) -> str:
    """The ``dd`` after the ``dt`` that starts with ``label`` in the page's fact list."""
    for dt in response.css("div.right-column dl dt"):
        if squash(" ".join(dt.css("::text").getall())).startswith(label):
            return squash(" ".join(dt.xpath("following-sibling::dd[1]//text()").getall()))
    return ""


def parse_dossier(response: Response) -> Dossier:
    """A dossier page -> a record for each of its documents, and what on it is unknown."""
    number_text = squash(" ".join(response.css(".chd-pageTitleHeader__title ::text").getall()))
    m = re.search(r"\d{3,6}", number_text)
    title = squash(" ".join(response.css(".chd-wysiwyg.text-large ::text").getall()))
    if not m or not title:
        raise LayoutChanged("no .chd-pageTitleHeader__title number or no title on a dossier page")
    number = int(m.group())
    kind = _fact(response, "Type")
    deposited = _dmy(_fact(response, "Date de dépôt"))
    unknowns = [] if kind in TYPES else [Unknown("dossier type", kind or "(none)")]
    records: dict[str, DocumentRecord] = {}
    for link in response.css("a.chd-iconLinkBlock[href]"):
        url = response.urljoin(str(link.attrib["href"]))
        label = squash(
            " ".join(
                link.css(".chd-iconLinkBlock__title ::text").getall() or link.css("::text").getall()
            )
        )
        stem = unquote(urlsplit(url).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]
        named = FILE_NAME.search(url)
        if named:
            day, doc_kind = named.group(1), unquote(named.group(2))
            published = _yyyymmdd(day)
            if published is None:
                unknowns.append(Unknown("date in a file name", day))
        else:  # kept, as any document of the dossier, and reported
            unknowns.append(Unknown("document address", url))
            doc_kind, published = "document", None
        key = re.sub(r"[^a-z]", "", _unaccented(doc_kind).lower().split("_")[0])
        if named and key not in KINDS:
            unknowns.append(Unknown("document kind", doc_kind))
        records.setdefault(
            url,
            DocumentRecord(
                source="lu_chamber",
                native_id=f"{number}/{stem}",
                url=response.urljoin(DOSSIER.format(n=number)),
                title=f"{title} ({label or KINDS.get(key, doc_kind)})",
                doc_type=KINDS.get(key, doc_kind),
                language="fr",
                published_on=published or deposited,
                file_urls=(url,),
                related_key=f"lu_chamber/{number}",
            ),
        )
    return Dossier(number, list(records.values()), tuple(unknowns))


class LuxembourgChamberSpider(WatcherSpider):
    name = "lu_chamber"
    title = "Chamber of Deputies of Luxembourg (chd.lu)"
    languages = ("fr", "de", "lb")
    home = "https://www.chd.lu"
    aliases = ("https://chd.lu", "http://www.chd.lu")
    hosts = ("www.chd.lu", "chd.lu")
    file_hosts = ("wdocs-pub.chd.lu",)
    # a parliament's site: slower than the default
    custom_settings = {"DOWNLOAD_DELAY": 2.0}  # noqa: RUF012  (Scrapy declares it an instance attribute)

    @classmethod
    def search_path(cls, since: date | None = None, until: date | None = None) -> str:
        query = {"searchTerm": "ALL", "filterType": "Dossiers Législatifs", "order": "DATE_DESC",
                 "TypeDate": "MODIFICATION", "iStart": 0, "iSize": PAGE_SIZE}  # fmt: skip
        if since or until:
            query["TypeDate"] = "DEPOT"
            query |= {"dDateF": f"{since:%d/%m/%Y}" if since else ""}
            query |= {"dDateT": f"{until:%d/%m/%Y}" if until else ""}
        return f"{SEARCH}?{urlencode(query)}"

    @classmethod
    def live_check(cls) -> Check:
        return Check(
            cls.search_path(),
            parse_search,
            lambda rows: cls.home + DOSSIER.format(n=rows[0].number),
            lambda page: parse_dossier(page).records,  # type: ignore[arg-type]
            PDF,
        )

    def first_requests(self) -> Iterable[Request]:
        yield Request(
            self.at(self.search_path(self.since, self.until)),
            callback=self.on_search,
            errback=self.search_failed,
        )

    def search_failed(self, failure: Failure) -> Iterator[Request]:
        why = failure.getErrorMessage() or type(failure.value).__name__
        if isinstance(failure.value, IgnoreRequest) and not isinstance(failure.value, HttpError):
            self.fail(f"the dossier search {SEARCH} was not requested: {why}")
            return
        yield from self.probe(why)

    def probe(self, why: str) -> Iterator[Request]:
        """The second route: the dossier numbers after the highest one seen."""
        highest = int(self.state.cursor.get("highest_dossier", 0))
        if self.backfill or not highest:
            self.fail(f"the dossier search {SEARCH} yields nothing ({why}) and no number is known")
            return
        self.degrade(f"the dossier search yields nothing ({why}); new numbers are tried")
        yield self._probe(highest + 1, misses=0)

    def _probe(self, number: int, misses: int) -> Request:
        return Request(
            self.at(DOSSIER.format(n=number)),
            callback=self.on_dossier,
            errback=self.probe_missed,
            cb_kwargs={"probing": misses},
            dont_filter=True,
        )

    def probe_missed(self, failure: Failure) -> Iterator[Request]:
        response = getattr(failure.value, "response", None)
        number = int(DOSSIER_LINK.search(failure.request.url).group(1))  # type: ignore[attr-defined,union-attr]
        misses = failure.request.cb_kwargs["probing"] + 1  # type: ignore[attr-defined]
        if response is None or response.status != 404:
            self.fail(f"dossier {number} did not answer: {failure.getErrorMessage()}")
        elif misses < PROBE_MISSES:
            yield self._probe(number + 1, misses)

    def on_search(self, response: Response) -> Iterator[Request | DocumentRecord]:
        # The search is read by its links to dossier pages (what fallback discovery would do):
        # when it has none, the second route takes over.
        try:
            listed = parse_search(response)
        except LayoutChanged as exc:
            yield from self.probe(self.layout_error(response, exc, "parse_search"))
            return
        self.pages_read += 1
        self._stats().set_value("watcher/route/search", f"{len(listed)} dossiers listed")
        self._raise_highest(max(item.number for item in listed))
        for item in listed:
            if not self.is_known(f"dossier:{item.number}", item.fingerprint):
                yield Request(
                    self.at(DOSSIER.format(n=item.number)),
                    callback=self.on_dossier,
                    cb_kwargs={"listed": item},
                )

    def on_dossier(
        self, response: Response, listed: Listed | None = None, probing: int | None = None
    ) -> Iterator[Request | DocumentRecord]:
        dossier = self.parsed(parse_dossier, response)
        if dossier is None:
            return
        self.unknown_values(dossier.unknowns, response.url)
        self._raise_highest(dossier.number)
        for record in dossier.records:
            fp = fingerprint(record.title, *record.file_urls)
            if not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
        if listed is not None:
            self.remember(f"dossier:{listed.number}", listed.fingerprint)
        if probing is not None:
            yield self._probe(dossier.number + 1, misses=0)

    def _raise_highest(self, number: int) -> None:
        if number > int(self.state.cursor.get("highest_dossier", 0)):
            self.state.cursor["highest_dossier"] = number
