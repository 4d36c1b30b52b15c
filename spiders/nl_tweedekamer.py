"""Tweede Kamer: the OData v4 ``Document`` entity set, incremental on ``ApiGewijzigdOp``.

Scout: one query for the documents changed since the cursor, following ``@odata.nextLink``; soft
deletes come back as ``Verwijderd: true`` and are reported, not skipped. The file comes from the
``resource`` endpoint and its type from its bytes. Every kind (``Soort``) is fetched by default: a
team cannot know in advance which kind will mention its topic, and what is about defence is the
matcher's call. ``WATCHER_TK_KINDS`` narrows it; each kind in it is checked at start-up against the
known values (``nl_tweedekamer_soorten``), so a misspelt kind fails the run instead of silently
matching nothing. A kind the list does not know keeps its document and is reported once; an entity
that misses a field is skipped and reported, the rest of its page is kept.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import ValidationError
from scrapy.http import Request, Response

from spiders.nl_tweedekamer_soorten import SOORTEN
from watcher.crawl.check import TK_FILES, Check
from watcher.crawl.parsing import LayoutChanged
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

API = "/OData/v4/2.0/Document"
EXPAND = "Kamerstukdossier($select=Nummer,Toevoeging,Titel),Zaak($select=Nummer,Soort,Onderwerp)"
SAFE = "$(),=';:"  # kept as they are in query values; a "+" in a time offset must become %2B
FIRST_RUN = 250  # a run without a cursor takes the newest page only (the API's page size)


@dataclass(frozen=True)
class Page:
    records: list[DocumentRecord]
    next_url: str | None
    last_changed: str | None  # the highest ApiGewijzigdOp on the page: the cursor once it is done
    malformed: list[str]  # entities skipped: "<Id>: KeyError 'Soort'"


def parse_documents(response: Response) -> Page:
    """One OData page of Document entities -> records, the nextLink and the page's newest change.

    An entity that cannot be read is left out and named in ``malformed``; a page on which no
    entity of several can be read, or that is not an OData collection, raises LayoutChanged.
    """
    try:
        data = json.loads(response.text)
        entities = data["value"]
        if "@odata.context" not in data or not isinstance(entities, list):
            raise LayoutChanged("not an OData collection")
        if "#Document" not in str(data["@odata.context"]):
            raise LayoutChanged(f"not a page of Document entities: {data['@odata.context']}")
    except (ValueError, KeyError, TypeError) as exc:
        raise LayoutChanged(f"unreadable Document page: {type(exc).__name__}: {exc}") from exc
    records, malformed = [], []
    for e in entities:
        try:
            records.append(_record(e, response))
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as exc:
            entity_id = e.get("Id", "?") if isinstance(e, dict) else "?"
            malformed.append(f"{entity_id}: {type(exc).__name__} {_short(exc)}")
    if len(entities) > 1 and not records:
        raise LayoutChanged(f"no readable Document entity on the page ({malformed[0]})")
    changed = max(
        (
            str(e["ApiGewijzigdOp"])
            for e in entities
            if isinstance(e, dict) and e.get("ApiGewijzigdOp")
        ),
        default=None,
    )
    next_url = data.get("@odata.nextLink")
    return Page(records, response.urljoin(next_url) if next_url else None, changed, malformed)


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text[:120]


def unknown_kinds(kinds: list[str]) -> list[str]:
    """The kinds of ``WATCHER_TK_KINDS`` that are no Soort, each with the nearest real ones.

    ``["Verslag"] -> ["'Verslag' (did you mean 'Verslag van een bijeenkomst', ...?)"]``
    """
    wrong = []
    for kind in kinds:
        if kind not in SOORTEN:
            containing = sorted(
                (s for s in SOORTEN if kind.lower() in s.lower()),
                key=lambda s: (not s.lower().startswith(kind.lower()), len(s), s),
            )
            near = list(
                dict.fromkeys(containing + difflib.get_close_matches(kind, sorted(SOORTEN)))
            )[:3]
            hint = f" (did you mean {', '.join(repr(n) for n in near)}?)" if near else ""
            wrong.append(f"{kind!r}{hint}")
    return wrong


def _record(e: dict[str, Any], response: Response) -> DocumentRecord:
    dossiers, zaken = e.get("Kamerstukdossier") or [], e.get("Zaak") or []
    related = None
    if dossiers:
        d = dossiers[0]
        related = f"nl_tweedekamer/kst-{d['Nummer']}" + (
            f"-{d['Toevoeging']}" if d.get("Toevoeging") else ""
        )
    url = (
        f"https://www.tweedekamer.nl/kamerstukken/detail?id={zaken[0]['Nummer']}&did={e['DocumentNummer']}"
        if zaken
        else response.urljoin(f"{API}({e['Id']})")
    )
    datum = datetime.fromisoformat(e["Datum"]) if e.get("Datum") else None
    has_file = bool(e.get("ContentType") or e.get("ContentLength"))
    return DocumentRecord(
        source="nl_tweedekamer",
        native_id=e["Id"],
        url=url,
        title=e.get("Onderwerp") or e["Titel"],
        doc_type=e["Soort"],
        language="nl",
        published_at=datum,
        published_on=datum.date() if datum else None,
        file_urls=(response.urljoin(f"{API}({e['Id']})/resource"),) if has_file else (),
        related_key=related,
        deleted=bool(e["Verwijderd"]),
        extra={
            "document_nummer": e["DocumentNummer"],
            "changed": e["GewijzigdOp"],
            "declared_type": str(e.get("ContentType")),
            "declared_length": str(e.get("ContentLength")),
        },
    )


def _odata_time(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


class TweedeKamerSpider(WatcherSpider):
    name = "nl_tweedekamer"
    title = "Tweede Kamer (open data API)"
    languages = ("nl",)
    home = "https://gegevensmagazijn.tweedekamer.nl"
    hosts = ("gegevensmagazijn.tweedekamer.nl",)

    @classmethod
    def live_check(cls) -> Check:
        # The API's rows are the details: the newest 20 documents with their files.
        query = "?$orderby=ApiGewijzigdOp%20desc&$top=20&$expand=" + EXPAND.replace(" ", "%20")
        return Check(
            API + query,
            lambda r: parse_documents(r).records,
            lambda rows: None,
            lambda rows: list(rows),  # type: ignore[arg-type]
            TK_FILES,
        )

    def first_requests(self) -> Iterable[Request]:
        raw = self.settings.get("WATCHER_TK_KINDS")
        # "-s WATCHER_TK_KINDS=[...]" comes as JSON text; Scrapy's getlist would split it on commas
        kinds = json.loads(raw) if isinstance(raw, str) and raw.startswith("[") else list(raw or [])
        wrong = unknown_kinds(kinds)
        if wrong:
            self.fail(
                "WATCHER_TK_KINDS names kinds the Tweede Kamer API does not have, which would "
                f"match nothing: {'; '.join(wrong)}. Leave it empty to fetch every kind."
            )
            return
        clauses = []
        if kinds:
            clauses.append(
                "(" + " or ".join("Soort eq '{}'".format(k.replace("'", "''")) for k in kinds) + ")"
            )
        cursor = self.state.cursor.get("api_changed_after")
        query: dict[str, str]
        if self.backfill:
            since = self.since or date(2008, 9, 1)  # Parlis data starts in September 2008
            clauses.insert(0, f"Datum ge {_odata_time(since)}")
            if self.until:
                clauses.insert(1, f"Datum lt {_odata_time(self.until + timedelta(days=1))}")
            query = {"$orderby": "Datum"}
        elif cursor:
            clauses.insert(0, f"ApiGewijzigdOp gt {cursor}")
            query = {"$orderby": "ApiGewijzigdOp"}
        else:
            query = {"$orderby": "ApiGewijzigdOp desc", "$top": str(FIRST_RUN)}
        if clauses:
            query = {"$filter": " and ".join(clauses), **query}
        query["$expand"] = EXPAND
        url = self.at(API) + "?" + "&".join(f"{k}={quote(v, safe=SAFE)}" for k, v in query.items())
        yield Request(url, callback=self.on_page)

    def on_page(self, response: Response) -> Iterator[Request | DocumentRecord]:
        page = self.parsed(parse_documents, response)
        if page is None:
            return
        for problem in page.malformed:
            self.logger.warning("Skipped a Document entity at %s: %s", response.url, problem)
            self.unknown_value("Document entity", problem.split(": ", 1)[1], response.url)
        for record in page.records:
            if record.doc_type not in SOORTEN:
                self.unknown_value("Soort", record.doc_type, response.url)
            fp = self.fingerprint_of(record)
            if not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
        if page.last_changed and not self.backfill:
            self.state.cursor["api_changed_after"] = max(
                page.last_changed, str(self.state.cursor.get("api_changed_after", ""))
            )
        if page.next_url:
            yield Request(self.rebase(page.next_url), callback=self.on_page)
