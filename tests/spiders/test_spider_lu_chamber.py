"""lu_chamber: the parsers on the replay's (reconstructed) pages, and crawls against the replay."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import HtmlResponse, Request
from spiderkit import Crawl, record_keys

from spiders import lu_chamber
from watcher.crawl.parsing import LayoutChanged
from watcher.crawl.records import CrawlState
from watcher.replay import Fault, ReplayServer
from watcher.replay.sites import SITES_DIR
from watcher.storage.rawstore import sha256_hex

SITE = SITES_DIR / "lu_chamber"
HOME = "https://www.chd.lu"
FILES = "https://wdocs-pub.chd.lu/docs/Dossiers_parlementaires"
ALL = {
    "8801/20260512_Depot",
    "8801/20260930_AvisCE",
    "8802/20261105_Motion",
    "8803/20261110_Depot",
    "8803/20261110_FicheFinanciere",
}


def page(name: str, path: str) -> HtmlResponse:
    url = HOME + path
    return HtmlResponse(url=url, body=(SITE / name).read_bytes(), request=Request(url))


def test_the_search_lists_each_dossier_once_newest_first() -> None:
    listed = lu_chamber.parse_search(page("search.html", "/fr/searchfolders"))

    assert [item.number for item in listed] == [8803, 8802, 8801]
    assert len({item.fingerprint for item in listed}) == 3


def test_a_dossier_page_gives_a_record_per_document() -> None:
    dossier = lu_chamber.parse_dossier(page("dossier_8801.html", "/fr/dossier/8801"))

    assert dossier.number == 8801 and dossier.unknowns == ()
    by_id = {r.native_id: r for r in dossier.records}
    assert set(by_id) == {"8801/20260512_Depot", "8801/20260930_AvisCE"}
    deposit = by_id["8801/20260512_Depot"]
    assert deposit.title.startswith("Projet de loi portant approbation de l'Accord")
    assert deposit.title.endswith("(Dépôt)")
    assert deposit.doc_type == "dépôt" and deposit.language == "fr"
    assert deposit.published_on == date(2026, 5, 12)
    assert deposit.url == f"{HOME}/fr/dossier/8801"
    assert deposit.file_urls == (f"{FILES}/8801/20260512_Depot.pdf",)
    assert deposit.related_key == "lu_chamber/8801"
    assert by_id["8801/20260930_AvisCE"].doc_type == "avis du Conseil d'État"


def test_unknown_type_and_kind_keep_the_record_and_are_named() -> None:
    html = (SITE / "dossier_8803.html").read_text(encoding="utf-8")
    html = html.replace("<dd>Projet de loi</dd>", "<dd>Pétition</dd>")
    url = f"{HOME}/fr/dossier/8803"
    response = HtmlResponse(url=url, body=html.encode(), encoding="utf-8", request=Request(url))

    dossier = lu_chamber.parse_dossier(response)

    assert {r.native_id for r in dossier.records} == {
        "8803/20261110_Depot",
        "8803/20261110_FicheFinanciere",
    }
    assert {(u.field, u.value) for u in dossier.unknowns} == {
        ("dossier type", "Pétition"),
        ("document kind", "FicheFinanciere"),
    }


def test_a_page_without_its_number_is_a_layout_change() -> None:
    url = f"{HOME}/fr/dossier/8801"
    response = HtmlResponse(url=url, body=b"<html><body><h1>Maintenance</h1></body></html>")

    with pytest.raises(LayoutChanged, match="chd-pageTitleHeader__title"):
        lu_chamber.parse_dossier(response)


def test_first_run_fetches_every_document_and_the_second_nothing(
    crawl: Crawl, replay: ReplayServer
) -> None:
    first = crawl("lu_chamber")

    assert first.ok, first.failure
    assert record_keys(first) == ALL
    motion = next(r for r in first.records if r.native_id == "8802/20261105_Motion")
    pdf = SITE / "files/8802_20261105_Motion.pdf"
    assert motion.content_sha256 == sha256_hex(pdf.read_bytes())
    assert motion.media_type == "application/pdf"
    assert first.unknown_values == ("document kind: FicheFinanciere",)
    assert first.state.cursor == {"highest_dossier": 8803}
    # The files came from the file host (in the replay: under /_hosts/), each once.
    assert len(replay.requests("lu_chamber", r"^/_hosts/wdocs-pub\.chd\.lu/")) == len(ALL)

    replay.reset()
    second = crawl("lu_chamber", state=first.state)

    assert second.ok, second.failure
    assert second.records == []
    assert [r.target.split("?")[0] for r in replay.requests("lu_chamber")] == [
        "/robots.txt",
        "/fr/searchfolders",
    ]


def test_when_the_search_fails_new_dossier_numbers_are_tried(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.inject("lu_chamber", Fault("status", path=r"^/fr/searchfolders", status=404))

    result = crawl("lu_chamber", state=CrawlState(cursor={"highest_dossier": 8801}))

    assert result.ok, result.failure
    assert record_keys(result) == ALL - {"8801/20260512_Depot", "8801/20260930_AvisCE"}
    assert any("new numbers are tried" in reason for reason in result.degraded)
    probed = [r.target for r in replay.requests("lu_chamber", r"^/fr/dossier/")]
    # 8802 and 8803 exist; then five numbers in a row that do not, and the route stops.
    assert probed == [f"/fr/dossier/{n}" for n in range(8802, 8809)]
    assert result.state.cursor == {"highest_dossier": 8803}


def test_a_failed_search_without_a_known_number_fails_naming_the_search(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.inject("lu_chamber", Fault("status", path=r"^/fr/searchfolders", status=404))

    result = crawl("lu_chamber")

    assert not result.ok
    assert result.failure is not None and "/fr/searchfolders" in result.failure
    assert result.records == []


def test_a_search_that_links_to_no_dossier_hands_over_to_the_numbers(
    crawl: Crawl, replay: ReplayServer
) -> None:
    replay.put(
        "lu_chamber", "/fr/searchfolders", b"<html><body>Maintenance</body></html>", "text/html"
    )

    result = crawl("lu_chamber", state=CrawlState(cursor={"highest_dossier": 8802}))

    assert result.ok, result.failure
    assert record_keys(result) == {"8803/20261110_Depot", "8803/20261110_FicheFinanciere"}
    reason = next(r for r in result.degraded if "new numbers are tried" in r)
    assert "LayoutChanged in parse_search at https://www.chd.lu/fr/searchfolders?" in reason


def test_other_file_names_and_addresses_keep_their_records() -> None:
    html = (SITE / "dossier_8803.html").read_text(encoding="utf-8")
    links = "".join(
        f'<a class="chd-iconLinkBlock" href="{href}">Document</a>'
        for href in (
            f"{FILES}/8803/20250514_Dep%C3%B4t.pdf",  # an accented kind, as the site encodes it
            f"{FILES}/8803/20261131_Avis.docx",  # a Word file, and a date that does not exist
            "https://wdocs-pub.chd.lu/docs/exped/0140/123456.pdf",  # another address form
        )
    )
    html = html.replace('<div id="scrolltab-section-3">', links + '<div id="scrolltab-section-3">')
    url = f"{HOME}/fr/dossier/8803"
    response = HtmlResponse(url=url, body=html.encode(), encoding="utf-8", request=Request(url))

    dossier = lu_chamber.parse_dossier(response)

    by_id = {r.native_id: r for r in dossier.records}
    assert len(by_id) == 5
    assert by_id["8803/20250514_Depôt"].doc_type == "dépôt"
    assert by_id["8803/20250514_Depôt"].published_on == date(2025, 5, 14)
    word = by_id["8803/20261131_Avis"]
    assert word.doc_type == "avis" and word.published_on == date(2026, 11, 10)  # the deposit's
    other = by_id["8803/123456"]
    assert other.file_urls == ("https://wdocs-pub.chd.lu/docs/exped/0140/123456.pdf",)
    assert {(u.field, u.value) for u in dossier.unknowns} == {
        ("document kind", "FicheFinanciere"),
        ("date in a file name", "20261131"),
        ("document address", "https://wdocs-pub.chd.lu/docs/exped/0140/123456.pdf"),
    }
