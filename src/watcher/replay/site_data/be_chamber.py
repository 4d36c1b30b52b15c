# ruff: noqa: E501  (page fragments and provenance strings read best unbroken)
"""The Belgian Chamber as replayed: real dossier pages and CRIV reports, reconstructed lists and PDFs.

Reconstructed listing pages keep the real page chrome (taken from a captured dossier page) and put
in ``div#Story`` what the research says the live list holds (sources.md section 1).
"""

from __future__ import annotations

from typing import Any

ZIJWERKENVOORU = "thepycoder/zijwerkenvooru@d534a36b34854821ea0aa9f63736af058b710b2e"
SHOWPAGE = "/kvvcr/showpage.cfm"
DOSSIER_LINK = "showpage.cfm?section=/flwb&amp;language=nl&amp;cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&amp;legislat=56&amp;dossierID={id:04d}"
PLACEHOLDER = "Replay placeholder for DOC 56 {d:04d}/{s:03d}. The text of this document is not part of the replay."

# (dossier, sub-document) -> (title for the PDF, seed text or None for a placeholder)
PDFS: dict[tuple[int, int], str | None] = {
    **{(367, s): None for s in (1, 2, 3)},
    (367, 4): "001_d6bc7381e5a63f19.txt",
    **{(373, s): None for s in range(1, 7)},
    **{(311, s): None for s in range(1, 8)},
    # 56K0991004 is listed but its PDF is deliberately absent: "listed before its PDF exists".
    **{(991, s): None for s in (1, 2, 3)},
    # A real dossier with labels the spider does not know (main type 19 KAFT, TABELLEN OF LIJSTEN).
    **{(923, s): None for s in (1, 2)},
}


def _recent_row(dossier: int, seq: int, day: str, label: str, title: str) -> str:
    link = DOSSIER_LINK.format(id=dossier)
    return (
        f'<tr><td class="td0x"><a href="{link}">56K{dossier:04d}{seq:03d}</a></td>'
        f'<td class="td0x">{day}</td><td class="td0x">{label}</td><td class="td0x">{title}</td></tr>\n'
    )


RECENT = (
    "<h3><center>Recente documenten</center></h3>\n<table>\n"
    + _recent_row(367, 2, "22/04/2026", "VERSLAG", "Resolutie tot versterking van de defensie-samenwerking in de Benelux.")
    + _recent_row(367, 3, "22/04/2026", "AANGENOMEN TEKST", "Resolutie tot versterking van de defensie-samenwerking in de Benelux.")
    + _recent_row(367, 4, "13/05/2026", "AANGENOMEN TEKST", "Resolutie tot versterking van de defensie-samenwerking in de Benelux.")
    + _recent_row(923, 2, "16/06/2025", "TABELLEN OF LIJSTEN", "Gegevensbeschermingsautoriteit: lijst van reserve van deskundigen.")
    + _recent_row(991, 4, "14/11/2025", "AANGENOMEN TEKST", "Wetsontwerp tot wijziging van de wet van 16 maart 1994 betreffende het statuut en de bezoldiging van het onderwijzend personeel van de Koninklijke Militaire School.")
    + "</table>\n"
)  # fmt: skip

LIST_DOCUMENT = (
    "<h3><center>Parlementaire documenten - Zittingsperiode 56</center></h3>\n<ul>\n"
    '<li><a href="showpage.cfm?section=/flwb&amp;language=nl&amp;cfm=ListFromTo.cfm?legislat=56&amp;from=900&amp;to=999">900 - 999</a></li>\n'
    '<li><a href="showpage.cfm?section=/flwb&amp;language=nl&amp;cfm=ListFromTo.cfm?legislat=56&amp;from=300&amp;to=399">300 - 399</a></li>\n'
    "</ul>\n"
)


def _range(rows: list[tuple[int, str, str]]) -> str:
    lines = "".join(
        f'<tr><td class="td0x"><A HREF="showpage.cfm?section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat=56&dossierID={d:04d}">{d}</A></td>'
        f'<td class="td0x">{title}</td><td class="td0x">{eurovoc}</td></tr>\n'
        for d, title, eurovoc in rows
    )
    return f"<table>\n{lines}</table>\n"


RANGE_300 = _range([
    (373, "Resolutie betreffende de publicatie van het Belgische hoofdstuk van de NAVO Defence Planning Capability Review (DPCR).", "DEFENSIEBELEID"),
    (367, "Resolutie tot versterking van de defensie-samenwerking in de Benelux.", "DEFENSIEBELEID"),
    (311, "Resolutie betreffende het versterken van de interfederale samenwerking rond veiligheid en defensie in de defensie-innovatie en de defensie-industrie.", "DEFENSIE-INDUSTRIE"),
])  # fmt: skip
RANGE_900 = _range([
    (991, "Wetsontwerp tot wijziging van de wet van 16 maart 1994 betreffende het statuut en de bezoldiging van het onderwijzend personeel van de Koninklijke Militaire School.", "MILITAIR ONDERWIJS"),
])  # fmt: skip


def _criv_list(rows: list[tuple[str, str, str, str]], committee: bool) -> str:
    out = []
    for href, number, part, day in rows:
        extra = '<td class="td0x">Commissie voor Landsverdediging</td>' if committee else ""
        out.append(
            f'<tr><td class="td0x"><a href="{href}">{number}</a></td><td class="td0x">{part}</td>'
            f'<td class="td0x">{day}</td>{extra}</tr>\n'
        )
    return "<h3><center>Integraal Verslag</center></h3>\n<table>\n" + "".join(out) + "</table>\n"


CRIV_PLEN = _criv_list(
    [
        ("/doc/PCRI/html/56/ip079x.html", "079", "PM", "28/11/2025"),
        ("/doc/PCRI/html/56/ip001x.html", "001", "PM", "04/07/2024"),
    ],
    committee=False,
)
# as of 2025-11 two public scrapers read the real list's date cell in words; the committee list
# has it so here, the plenary list as dd/mm/yyyy: the spider reads both.
CRIV_COMM = _criv_list(
    [("/doc/CCRI/html/56/ic104x.html", "104", "Avond", "woensdag 19 maart 2025")], committee=True
)

_367_AUTHORS = "".join(
    f'<img src="/images/user_green.jpg" border="0" alt="huidig lid"> <a alt="huidig lid" href="showpage.cfm?section=/depute&language=nl&cfm=cvview.cfm?key={key}&lactivity=56"> {name}</a> N-VA <small><i>(AUTEUR)</i></small><br>\n'
    for key, name in (("06030", "Peter, Buysrogge"), ("07416", "Darya, Safai"))
)


def _subdoc(seq: int, day: str, label: str, distributed: str) -> str:
    pdf = f"/FLWB/PDF/56/0367/56K0367{seq:03d}.pdf"
    return f"""
<tr><td class="td0xs"><a href="{pdf}" target="_blank"><img src="/images/pictos_pdf.gif" class="picto"/></a>
<a href="{pdf}" target="_blank">{seq:03d}</a> <small>&nbsp;[60 Kb]</small></td>
<td class="td0xs">{day} <font color="#006600">{label}
</font></td></tr>
<tr><td class="td0xs1"> Datum ronddeling</td><td class="td0xs">{distributed}</td></tr>
<tr><td class="td0xs">&nbsp;</td></tr>
"""


DOSSIER_367 = f"""
<h3><center>Parlementair Document 56K0367</center></h3>
<h4><center>Resolutie tot versterking van de defensie-samenwerking in de Benelux.</center></h4>
<table>
<tr><td align="right"class="td0x" width="200"></td><td class="td0x"><A HREF="showpage.cfm?section=flwb&language=nl&cfm=/site/wwwcfm/search/fiche.cfm?ID=56K0367&db=FLWB&legislat=56" target="_blank">Volledige Fiche</A></td></tr>
<tr><td class="td1x"> </td><td class="td0x"> AANGENOMEN KAMER </td></tr>
<tr><td class="td1x"> Indieningsdatum</td><td class="td0x"> 09/10/2024 </td></tr>
<tr><td class="td1x"> Stemming Kamer</td><td class="td0x">13/05/2026</td></tr>
<tr><td class="td1x" valign="top"><b>Document Kamer</b></td>
<td class="td0x"><a href="/FLWB/PDF/56/0367/56K0367001.pdf" target="_blank">56K0367001</a> &nbsp;&nbsp;95 Kb<br>
VOORSTEL VAN RESOLUTIE &nbsp; - &nbsp;KAMER <br> Zittingsperiode : 56 &nbsp;-&nbsp; Zitting : 2024/2025-0 </td></tr>
<tr><td class="td1x"> Indieningsdatum</td><td class="td0x">09/10/2024</td></tr>
<tr><td class="td1x"> Document type</td><td class="td0x">06 VOORSTEL VAN RESOLUTIE</td></tr>
<tr><td class="td1x"> Datum ronddeling</td><td class="td0x">10/10/2024</td></tr>
<tr><td class="td1x" valign="top"> Auteur(s)</td><td class="td0x">
{_367_AUTHORS}</td></tr>
<tr><td class="td1x"> Status</td><td class="td0x">16 AANGENOMEN </td></tr>
<tr><td class="td1x" valign="top"> Subdocumenten </td><td class="td0x"><table>
{_subdoc(2, "22/04/2026", "VERSLAG", "22/04/2026")}{_subdoc(3, "22/04/2026", "AANGENOMEN TEKST", "22/04/2026")}{_subdoc(4, "13/05/2026", "AANGENOMEN TEKST", "13/05/2026")}
</table></td></tr>
<tr><td class="td1x" valign="top"><b>Eurovoc-hoofddescriptor</b></td><td class="td0x">DEFENSIEBELEID</td></tr>
<tr><td class="td1x" valign="top"><b>Eurovoc descriptoren</b></td><td class="td0x">MILITAIRE SAMENWERKING | BENELUX | DEFENSIEBELEID</td></tr>
</table>
"""

ROBOTS = "User-agent: BLEXBot\nDisallow: /\n\nUser-agent: *\nCrawl-delay: 5\n"
RECONSTRUCTED_PAGE = (
    "reconstructed: real page chrome of the captured dossier page 56/0373 around a div#Story "
    "made from sources.md section 1"
)


def _page(query: str, file: str, story: str, note: str) -> dict[str, Any]:
    return {
        "path": SHOWPAGE, "query": query, "file": file, "real": False,
        "note": f"{RECONSTRUCTED_PAGE}: {note}", "content_type": "text/html; charset=UTF-8",
        "conditional": False, "build": {"kind": "chamber_page", "story": story},
    }  # fmt: skip


def _real_dossier(dossier: int, file: str, snapshot: str) -> dict[str, Any]:
    return {
        "path": SHOWPAGE,
        "query": f"section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat=56&dossierID={dossier}",
        "file": f"real/{file}", "real": True, "content_type": "text/html; charset=UTF-8", "conditional": False,
        "provenance": f"{ZIJWERKENVOORU} scraper/data/sources/sessions/56/dossiers/{snapshot}",
        "original_url": "https://www.dekamer.be/kvvcr/showpage.cfm?section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat=56&dossierID=" + str(dossier),
    }  # fmt: skip


def _real_criv(path: str, file: str, original: str, modified: str) -> dict[str, Any]:
    return {
        "path": path, "file": f"real/{file}", "real": True, "content_type": "text/html",
        "last_modified": modified,
        "provenance": f"{ZIJWERKENVOORU} {original} (re-saved as UTF-8 by the scraper; live files are windows-1252)",
        "original_url": "https://www.dekamer.be" + path,
    }  # fmt: skip


def _pdf(dossier: int, seq: int, text: str | None) -> dict[str, Any]:
    doc = f"DOC 56 {dossier:04d}/{seq:03d}"
    build: dict[str, Any] = {
        "kind": "pdf",
        "title": f"BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS - {doc}",
    }
    if text:
        build["text"] = text
        note = f"reconstructed: PDF made from seed {text} (the real text of {doc})"
    else:
        build["placeholder"] = PLACEHOLDER.format(d=dossier, s=seq)
        note = "reconstructed: placeholder PDF (no text available)"
    return {
        "path": f"/FLWB/PDF/56/{dossier:04d}/56K{dossier:04d}{seq:03d}.pdf",
        "file": f"FLWB/PDF/56/{dossier:04d}/56K{dossier:04d}{seq:03d}.pdf",
        "real": False, "note": note, "last_modified": "2026-05-13T16:00:00+00:00", "build": build,
    }  # fmt: skip


MANIFEST: dict[str, Any] = {
    "slug": "be_chamber",
    "real_hosts": ["https://www.dekamer.be", "https://www.lachambre.be"],
    "notes": (
        "Dates on the reconstructed recent-documents list are not those of one real week. Only the "
        "ranges and dossiers below are in the replay; the live index has 19 ranges."
    ),
    "files": [
        {"path": "/robots.txt", "file": "robots.txt", "real": False, "content_type": "text/plain",
         "note": "reconstructed from sources.md: Crawl-delay 5, only BLEXBot blocked [V]",
         "build": {"kind": "text", "content": ROBOTS}},
        _page("section=/flwb/recent&language=nl&cfm=/site/wwwcfm/flwb/LastDocument.cfm",
              "reconstructed/recent_nl.html", RECENT,
              "recent-documents list; the dossier links are the [V] flwbn.cfm form, the row layout is [I]"),
        _page("section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/ListDocument.cfm?legislat=56",
              "reconstructed/listdocument_56.html", LIST_DOCUMENT, "dossier index: ListFromTo range links [V]"),
        _page("section=/flwb&language=nl&cfm=ListFromTo.cfm?legislat=56&from=300&to=399",
              "reconstructed/listfromto_56_300_399.html", RANGE_300, "range page, links as quoted in sources.md [V]"),
        _page("section=/flwb&language=nl&cfm=ListFromTo.cfm?legislat=56&from=900&to=999",
              "reconstructed/listfromto_56_900_999.html", RANGE_900, "range page, links as quoted in sources.md [V]"),
        _page("section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat=56&dossierID=367",
              "reconstructed/dossier_flwbn_56_0367_nl.html", DOSSIER_367,
              "dossier 56K0367 (resolution on Benelux defence cooperation, seed 001) in the markup of dossier 56/0373; "
              "filing and distribution dates other than 13/05/2026 are invented"),
        _page("section=/cricra&language=nl&cfm=dcricra.cfm?type=plen&cricra=cri&count=all&legislat=56",
              "reconstructed/criv_plen_56.html", CRIV_PLEN,
              "plenary CRIV list: rows number/part of day/date [V], only the two sittings in the replay"),
        _page("section=/cricra&language=nl&cfm=dcricra.cfm?type=comm&cricra=cri&count=all&legislat=56",
              "reconstructed/criv_comm_56.html", CRIV_COMM,
              "committee CRIV list: the type=comm parameter and the committee column are [I]; its date "
              "in words (weekday day month year) as public scrapers read the real list [I]"),
        _real_dossier(373, "dossier_flwbn_56_0373_resolutie_NAVO_DPCR_nl.html", "56_373_2025-11-22.html"),
        _real_dossier(311, "dossier_flwbn_56_0311_nl.html", "56_311_2025-05-06.html"),
        _real_dossier(991, "dossier_flwbn_56_0991_nl.html", "56_991_2025-11-22.html"),
        _real_dossier(923, "dossier_flwbn_56_0923_nl.html", "56_923_2025-07-04.html"),
        _real_criv("/doc/PCRI/html/56/ip001x.html", "criv_plenum_PCRI_56_ip001x.html",
                   "scraper/data/sources/sessions/56/meetings/plenary/56-1.html", "2024-08-08T12:58:00+00:00"),
        _real_criv("/doc/PCRI/html/56/ip079x.html", "criv_plenum_PCRI_56_ip079x.html",
                   "scraper/data/sources/sessions/56/meetings/plenary/56-79.html", "2025-11-28T14:29:00+00:00"),
        _real_criv("/doc/CCRI/html/56/ic104x.html", "criv_commissie_CCRI_56_ic104x_landsverdediging.html",
                   "scraper/data/sources/sessions/56/meetings/commission/56-104.html", "2025-04-04T13:07:00+00:00"),
        *[_pdf(d, s, text) for (d, s), text in PDFS.items()],
    ],
}  # fmt: skip
