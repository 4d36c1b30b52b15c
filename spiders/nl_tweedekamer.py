"""Tweede Kamer: the OData v4 ``Document`` entity set, incremental on ``ApiGewijzigdOp``.

Scout: one query for the documents of the configured kinds changed since the cursor, following
``@odata.nextLink``; soft deletes come back as ``Verwijderd: true`` and are reported, not skipped.
The file comes from the ``resource`` endpoint and its type from its bytes. What is about defence is
the matcher's call; ``WATCHER_TK_KINDS`` keeps the volume sane.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import ValidationError
from scrapy.http import Request, Response

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


def parse_documents(response: Response) -> Page:
    """One OData page of Document entities -> records, the nextLink and the page's newest change."""
    try:
        data = json.loads(response.text)
        entities = data["value"]
        if "@odata.context" not in data or not isinstance(entities, list):
            raise LayoutChanged("not an OData collection")
        records = [_record(e, response) for e in entities]
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise LayoutChanged(f"unreadable Document page: {type(exc).__name__}: {exc}") from exc
    changed = max((str(e["ApiGewijzigdOp"]) for e in entities), default=None)
    next_url = data.get("@odata.nextLink")
    return Page(records, response.urljoin(next_url) if next_url else None, changed)


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
    home = "https://gegevensmagazijn.tweedekamer.nl"
    hosts = ("gegevensmagazijn.tweedekamer.nl",)

    def first_requests(self) -> Iterable[Request]:
        self.kinds = list(self.settings.getlist("WATCHER_TK_KINDS"))
        kinds = " or ".join("Soort eq '{}'".format(k.replace("'", "''")) for k in self.kinds)
        cursor = self.state.cursor.get("api_changed_after")
        if self.backfill:
            since = self.since or date(2008, 9, 1)  # Parlis data starts in September 2008
            clause = f"Datum ge {_odata_time(since)} and ({kinds})"
            if self.until:
                clause += f" and Datum lt {_odata_time(self.until + timedelta(days=1))}"
            query = {"$filter": clause, "$orderby": "Datum"}
        elif cursor:
            clause = f"ApiGewijzigdOp gt {cursor} and ({kinds})"
            query = {"$filter": clause, "$orderby": "ApiGewijzigdOp"}
        else:
            query = {
                "$filter": f"({kinds})",
                "$orderby": "ApiGewijzigdOp desc",
                "$top": str(FIRST_RUN),
            }
        query["$expand"] = EXPAND
        url = self.at(API) + "?" + "&".join(f"{k}={quote(v, safe=SAFE)}" for k, v in query.items())
        yield Request(url, callback=self.on_page)

    def on_page(self, response: Response) -> Iterator[Request | DocumentRecord]:
        page = self.parsed(parse_documents, response)
        if page is None:
            return
        for record in page.records:
            if record.doc_type not in self.kinds:
                self.fail(
                    f"UnknownValue: Soort {record.doc_type!r} not asked for ({record.native_id})"
                )
                return
        for record in page.records:
            fp = self.fingerprint_of(record)
            if not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
        if page.last_changed and not self.backfill:
            self.state.cursor["api_changed_after"] = max(
                page.last_changed, str(self.state.cursor.get("api_changed_after", ""))
            )
        if page.next_url:
            yield Request(self.rebase(page.next_url), callback=self.on_page)
