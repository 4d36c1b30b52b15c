# ruff: noqa: E501  (entity data and provenance strings read best unbroken)
"""The Tweede Kamer open-data API as replayed: an emulated OData v4 ``Document`` entity set.

The entities are reconstructed in the shape documented for the Document entity (sources.md section 2)
and seen in a real OData response (``real/odata_besluit_...json``, served as it is at ``/Besluit``):
``@odata.context``, ``GewijzigdOp`` with an offset, ``ApiGewijzigdOp`` in UTC with 7 decimals,
``Verwijderd``. Page size 2 (the real one is 250) so that a few documents exercise ``@odata.nextLink``.
"""

from __future__ import annotations

from typing import Any

API = "/OData/v4/2.0"
PARL_MONITOR = "thejoycething-code/parl-monitor@1c3485f2dc3e5f0241b935ff03052d70e407c724"


def _doc(
    id_: str, soort: str, nummer: str, onderwerp: str, datum: str, changed: str, api_changed: str,
    *, dossier: tuple[int, str | None, str] | None = None, zaak: str | None = None,
    content_type: str | None = "application/pdf", length: int = 0, deleted: bool = False,
) -> dict[str, Any]:  # fmt: skip
    return {
        "Id": id_,
        "Soort": soort,
        "DocumentNummer": nummer,
        "Titel": dossier[2] if dossier else onderwerp,
        "Onderwerp": onderwerp,
        "Datum": datum,
        "Volgnummer": -1,
        "Vergaderjaar": "2025-2026" if datum >= "2025-09" else "2024-2025",
        "Kamer": 2,
        "Organisatie": "Tweede Kamer",
        "ContentType": content_type,
        "ContentLength": length,
        "GewijzigdOp": changed,
        "ApiGewijzigdOp": api_changed,
        "Verwijderd": deleted,
        "Kamerstukdossier": [{"Nummer": dossier[0], "Toevoeging": dossier[1], "Titel": dossier[2]}]
        if dossier
        else [],
        "Zaak": [{"Nummer": zaak, "Soort": soort, "Onderwerp": onderwerp}] if zaak else [],
    }


BENELUX = (
    36410,
    "X",
    "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2026",
)
DOCUMENTS = [
    _doc(
        "3f0c3b1e-5d0a-4d55-9e0c-6a1f2b7c8d01",
        "Rapport",
        "2024D31877",
        "Rapport over de stand van de krijgsmacht",
        "2024-07-05T00:00:00+02:00",
        "2024-07-05T11:02:13.21+02:00",
        "2024-07-05T09:02:20.1000000Z",
        zaak="2024Z12001",
    ),
    _doc(
        "a6e2c0d4-1b7e-4c59-8f3a-2d9e5b1c7f02",
        "Brief regering",
        "2026D18311",
        "Verslag van de Belgisch-Nederlandse top",
        "2026-05-12T00:00:00+02:00",
        "2026-05-12T16:40:02.9+02:00",
        "2026-05-12T14:40:11.3422172Z",
        dossier=BENELUX,
        zaak="2026Z09120",
    ),
    _doc(
        "c1d7e9f3-8a2b-4e6d-b5c4-3f0a9e8d7b03",
        "Motie",
        "2026D18502",
        "Motie over samenwerking met België op defensiegebied",
        "2026-05-13T00:00:00+02:00",
        "2026-05-13T18:05:44.083+02:00",
        "2026-05-13T16:05:51.0000001Z",
        dossier=BENELUX,
        zaak="2026Z09233",
    ),
    _doc(
        "e4b8a2c6-9d1f-4a7e-8c3b-5e2d1f0a9c04",
        "Amendement",
        "2026D18600",
        "Amendement over de begroting",
        "2026-05-13T00:00:00+02:00",
        "2026-05-13T19:00:00.0+02:00",
        "2026-05-13T17:00:09.5000000Z",
        dossier=BENELUX,
        zaak="2026Z09301",
    ),
    _doc(
        "f7a1c3e5-2b4d-4f6a-9e8c-7d0b2a4c6e05",
        "Verslag van een commissiedebat",
        "2026D18744",
        "Verslag van een commissiedebat over personeel",
        "2026-05-14T00:00:00+02:00",
        "2026-05-14T10:12:00.5+02:00",
        "2026-05-14T08:12:07.7000000Z",
        zaak="2026Z09400",
    ),
    _doc(
        "0b2d4f6a-8c1e-4a3b-b5d7-9f1e3a5c7e06",
        "Brief regering",
        "2026D18801",
        "Brief over een ingetrokken planning",
        "2026-05-14T00:00:00+02:00",
        "2026-05-14T15:30:00.0+02:00",
        "2026-05-14T13:30:04.2000000Z",
        content_type=None,
        deleted=True,
    ),
    # Reconstructed unknown value: a kind that is not in the known Soort list (invented for the
    # replay), without a file; the spider must keep it and report the kind once.
    _doc(
        "1c3e5a7b-9d2f-4b6c-8e1a-3f5d7b9c1e07",
        "Verslag van een interparlementaire conferentie",
        "2026D18910",
        "Verslag van de interparlementaire conferentie over het GBVB en het GVDB",
        "2026-05-15T00:00:00+02:00",
        "2026-05-15T09:00:00.0+02:00",
        "2026-05-15T07:00:02.1000000Z",
        content_type=None,
    ),
    # Reconstructed malformed entity: no Soort key at all. It must be skipped and reported, and
    # the rest of its page kept.
    {
        key: value
        for key, value in _doc(
            "3e5a7c9e-1f4b-4d8e-a2c6-5b7d9f1a3c08",
            "Brief regering",
            "2026D18955",
            "Brief zonder soort",
            "2026-05-15T00:00:00+02:00",
            "2026-05-15T08:30:00.0+02:00",
            "2026-05-15T06:30:03.5000000Z",
            content_type=None,
        ).items()
        if key != "Soort"
    },
]
FILES = {
    # Id -> file in the replay, and what the resource endpoint says it is (real servers get this wrong).
    DOCUMENTS[0]["Id"]: {
        "file": "resources/2024D31877.pdf",
        "content_type": "application/pdf",
        "build": {
            "kind": "pdf",
            "title": "Rapport over de stand van de krijgsmacht",
            "placeholder": "Replay placeholder for Tweede Kamer document 2024D31877. No text available.",
        },
    },
    DOCUMENTS[1]["Id"]: {
        "file": "resources/2026D18311.pdf",
        "content_type": "application/pdf",
        "build": {
            "kind": "pdf",
            "title": "Verslag van de Belgisch-Nederlandse top",
            "text": "004_fc6b41bdea76d8c7.txt",
        },
    },
    # The metadata and the response say PDF; the bytes are Word (issues #174 and #15 of the open-data portal).
    DOCUMENTS[2]["Id"]: {
        "file": "resources/2026D18502.docx",
        "content_type": "application/pdf",
        "build": {"kind": "docx", "text": "003_28c893009a3d96ce.txt"},
    },
    DOCUMENTS[3]["Id"]: {
        "file": "resources/2026D18600.pdf",
        "content_type": "application/pdf",
        "build": {
            "kind": "pdf",
            "title": "Amendement",
            "placeholder": "Replay placeholder for 2026D18600.",
        },
    },
    DOCUMENTS[4]["Id"]: {
        "file": "resources/2026D18744.pdf",
        "content_type": "application/pdf",
        "build": {
            "kind": "pdf",
            "title": "Verslag van een commissiedebat",
            "placeholder": "Replay placeholder for Tweede Kamer document 2026D18744. No text available.",
        },
    },
}

MANIFEST: dict[str, Any] = {
    "slug": "nl_tweedekamer",
    "real_hosts": ["https://gegevensmagazijn.tweedekamer.nl"],
    "not_found_status": 500,
    "notes": (
        "Invalid paths and missing resources answer 500, as the real API does (issue #74 of the "
        "open-data portal). Document entities are reconstructed; their texts are stand-ins: seed 004 "
        "(an ANP news item) as the letter 2026D18311, seed 003 (a Belgian press release) as the "
        "motion 2026D18502. Dossier and document numbers are invented."
    ),
    "files": [
        {
            "path": "/robots.txt",
            "file": "robots.txt",
            "real": False,
            "content_type": "text/plain",
            "note": "reconstructed [I]: whether the API host serves a robots.txt is unknown",
            "build": {"kind": "text", "content": "User-agent: *\nAllow: /\n"},
        },
        {
            "path": f"{API}/Besluit",
            "file": "real/odata_besluit_expand_stemming_zaak_agendapunt_first_record.json",
            "real": True,
            "conditional": False,
            "content_type": "application/json; odata.metadata=minimal",
            "provenance": f"{PARL_MONITOR} tests/fixtures/nl/besluiten.json, TRIMMED to the first element of value",
            "note": "served as it is at the path of its entity set (the query it answered is not replayed)",
        },
        *[
            {
                "path": f"{API}/Document({id_})/resource",
                "file": f["file"],
                "real": False,
                "content_type": f["content_type"],
                "last_modified": "2026-05-14T12:00:00+00:00",
                "note": "reconstructed resource file",
                "build": f["build"],
            }
            for id_, f in FILES.items()
        ],
    ],
    "dynamic": [
        {
            "path": f"{API}/Document",
            "handler": "odata_entities",
            "data": "odata/documents.json",
            "real": False,
            "page_size": 2,
            "note": "emulated OData v4 query: $filter (and/or of eq, ne, gt, ge, lt, le), $orderby, $top, $skiptoken, nextLink",
        },
    ],
    "data_files": {"odata/documents.json": DOCUMENTS},
}
