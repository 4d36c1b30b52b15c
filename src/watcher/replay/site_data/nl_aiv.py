# ruff: noqa: E501  (document data reads best unbroken)
"""The AIV site as replayed: Rijksoverheid-platform listing, detail pages and /binaries/ PDFs.

No real page of this site was available: the listing and detail pages are generated from the data
below in the markup the research expects of the Rijksoverheid platform (sources.md section 3, all
[I]). Two detail-page addresses are real ([V], archived pages); the 2005 advice is also listed under
its topic path ``/onderwerpen/navo/...``, as the real site does, so one document appears twice.
"""

from __future__ import annotations

import re
from typing import Any

BIN = "/binaries/adviesraadinternationalevraagstukken/documenten"
OPEN = "https://open.overheid.nl/documenten"


def _doc(path: str, type_label: str, title: str, intro: str, files: list[tuple[str, str, int, str]],
         listed: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    date = "-".join(re.findall(r"/(\d{4})/(\d{2})/(\d{2})/", path)[0])
    return {
        "path": path, "date": date, "type_label": type_label, "title": title, "intro": intro,
        "listed_paths": listed or [path],
        "files": [{"href": href, "name": name, "pages": pages, "size": size} for href, name, pages, size in files],
    }  # fmt: skip


DOCUMENTS = [
    # Reconstructed: an address without a type segment, as the platform writes them since 2025
    # (issue #12), whose file is on open.overheid.nl (berthubert/tkconv ooget.cc) not /binaries/.
    _doc(
        "/documenten/2025/11/20/advies-europese-defensiesamenwerking",
        "Advies",
        "Europese defensiesamenwerking na de NAVO-top",
        "Advies over de Europese defensie-industrie en de samenwerking met de Benelux-partners.",
        [
            (
                f"{OPEN}/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/file",
                "Advies Europese defensiesamenwerking",
                40,
                "800 kB",
            )
        ],
    ),
    # Reconstructed unknown values: a type segment and label the spider does not know, and a
    # detail page without any download link (the record must be kept and reported).
    _doc(
        "/documenten/essays/2025/09/01/essay-strategische-autonomie",
        "Essay",
        "Essay over strategische autonomie",
        "Een essay van een lid van de raad.",
        [],
    ),
    _doc(
        "/documenten/publicaties/2025/06/10/briefadvies-navo-top-2025",
        "Briefadvies",
        "Briefadvies aan de ministers in aanloop naar de NAVO-top in Den Haag",
        "De AIV staat vlak voor de NAVO-top stil bij de veiligheidsdimensie van de trans-Atlantische relatie.",
        [
            (
                f"{BIN}/publicaties/2025/06/10/briefadvies-navo-top-2025/Briefadvies+NAVO-top+2025.pdf",
                "Briefadvies NAVO-top 2025",
                14,
                "412 kB",
            )
        ],
    ),
    _doc(
        "/documenten/jaarverslagen/2025/04/15/jaarverslag-2024",
        "Jaarverslag",
        "Jaarverslag 2024",
        "Het jaarverslag over 2024 van de Adviesraad Internationale Vraagstukken.",
        [
            (
                f"{BIN}/jaarverslagen/2025/04/15/jaarverslag-2024/Jaarverslag+AIV+2024.pdf",
                "Jaarverslag AIV 2024",
                30,
                "1 MB",
            )
        ],
    ),
    _doc(
        "/documenten/publicaties/2015/04/24/instabiliteit-rond-europa",
        "Advies",
        "Instabiliteit rond Europa: confrontatie met een nieuwe werkelijkheid",
        "Advies nr. 94 over de instabiliteit rond Europa.",
        [
            (
                f"{BIN}/publicaties/2015/04/24/instabiliteit-rond-europa/Instabiliteit+rond+Europa.pdf",
                "Advies 94",
                60,
                "2 MB",
            )
        ],
    ),
    _doc(
        "/documenten/publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn",
        "Advies",
        "Nederland in de veranderende EU, NAVO en VN",
        "Advies over de positie van Nederland in de veranderende EU, NAVO en VN.",
        [
            (
                f"{BIN}/publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn/Nederland+in+de+veranderende+EU+NAVO+en+VN.pdf",
                "Advies 45",
                50,
                "1 MB",
            )
        ],
        listed=[
            "/documenten/publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn",
            "/onderwerpen/navo/documenten/publicaties/2005/07/08/nederland-in-de-veranderende-eu-navo-en-vn",
        ],
    ),
]
TEXTS = {2: "002_7e0797b5a3d82511.txt"}


def _pdf(i: int, doc: dict[str, Any]) -> dict[str, Any]:
    href = doc["files"][0]["href"].replace("https://", "/_hosts/")
    build: dict[str, Any] = {"kind": "pdf", "title": doc["title"]}
    if i in TEXTS:
        build["text"] = TEXTS[i]
        note = f"reconstructed: PDF made from seed {TEXTS[i]} (the text of this letter)"
    else:
        build["placeholder"] = (
            f"Replay placeholder for the AIV publication '{doc['title']}'. No text available."
        )
        note = "reconstructed: placeholder PDF (no text available)"
    name = href.rsplit("/", 1)[-1] if "/binaries/" in href else href.split("/")[4] + ".pdf"
    if "/binaries/" not in href:
        note += "; a file of open.overheid.nl, which the replay serves under /_hosts/open.overheid.nl/ on this site's port (the spider's rebase maps file hosts there)"
    return {"path": href, "file": "binaries/" + name.replace("+", "_"), "real": False,
            "note": note, "last_modified": f"{doc['date']}T10:00:00+00:00", "build": build}  # fmt: skip


MANIFEST: dict[str, Any] = {
    "slug": "nl_aiv",
    "real_hosts": ["https://www.adviesraadinternationalevraagstukken.nl"],
    "notes": (
        "Everything here is reconstructed. Real: the detail-page addresses of the 2015 and 2005 advices "
        "and the topic-path form (archived pages cited in sources.md). Dates and titles of the 2025 "
        "documents are the replay's; the 2025 letter's text is seed 002. The listing shows 3 results a "
        "page (the platform shows 10) so that paging is exercised."
    ),
    "files": [
        {
            "path": "/robots.txt",
            "file": "robots.txt",
            "real": False,
            "content_type": "text/plain",
            "note": "reconstructed [I]: no robots.txt of this site was found in archived material",
            "build": {"kind": "text", "content": "User-agent: *\nDisallow: /zoeken\n"},
        },
        *[_pdf(i, d) for i, d in enumerate(DOCUMENTS) if d["files"]],
    ],
    "dynamic": [
        {
            "path": "/documenten",
            "handler": "rijks_documents",
            "data": "documents.json",
            "page_size": 3,
            "real": False,
            "note": "Rijksoverheid-platform listing [I]: ol.results li.results__item a.publication, pagina/startdatum/einddatum",
        },
        {
            "path": r"(/onderwerpen/[^/]+)?/documenten(/[a-z-]+)?/\d{4}/\d{2}/\d{2}/[a-z0-9-]+",
            "handler": "rijks_detail",
            "data": "documents.json",
            "real": False,
            "note": "detail page [I]: h1, 'Type | dd-mm-yyyy' line, downloads linking /binaries/ or open.overheid.nl; typed and (since 2025) untyped addresses",
        },
        {
            "path": "/sitemap.xml",
            "handler": "rijks_sitemap",
            "data": "documents.json",
            "real": False,
            "note": "sitemap [I] (sitemaps.org protocol; whether the platform publishes one at this address is not verified)",
        },
    ],
    "data_files": {"documents.json": DOCUMENTS},
}
