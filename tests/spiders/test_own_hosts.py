"""Only the source's own hosts, only http(s) (#19.1): through Scrapy's downloader, on the replay.

The Chamber's dossier 56/0367 is served with hostile links added; "another host" is a second replay
site (nl_aiv's port), so its request log shows whether anything went there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spiderkit import Crawl, record_keys

from spiders.be_chamber import ChamberSpider
from watcher.replay import ReplayServer
from watcher.replay.sites import SITES_DIR
from watcher.storage.rawstore import RawStore

DOSSIER_367 = (
    "/kvvcr/showpage.cfm?section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N"
    "&legislat=56&dossierID=367"
)
DOSSIER_991 = DOSSIER_367.replace("dossierID=367", "dossierID=991")
PAGE_367 = SITES_DIR / "be_chamber/reconstructed/dossier_flwbn_56_0367_nl.html"
END_OF_SUBDOCUMENTS = "</table></td></tr>"  # the first one closes the sub-documents


def subdocument(href: str, label: str = "AMENDEMENT") -> str:
    return (
        f'<tr><td class="td0xs"><a href="{href}" target="_blank">{href[-7:-4]}</a></td>'
        f'<td class="td0xs">20/05/2026 <font color="#006600">{label}</font></td></tr>\n'
        '<tr><td class="td0xs1"> Datum ronddeling</td><td class="td0xs">20/05/2026</td></tr>\n'
    )


def serve_dossier_with(replay: ReplayServer, *rows: str) -> None:
    page = PAGE_367.read_text(encoding="utf-8")
    assert END_OF_SUBDOCUMENTS in page
    page = page.replace(END_OF_SUBDOCUMENTS, "".join(rows) + END_OF_SUBDOCUMENTS, 1)
    replay.put("be_chamber", DOSSIER_367, page.encode(), "text/html; charset=UTF-8")


def test_hostile_links_are_refused_reported_and_nothing_off_site_is_read(
    crawl: Crawl, replay: ReplayServer, tmp_path: Path
) -> None:
    elsewhere = replay.base_url("nl_aiv")
    serve_dossier_with(
        replay,
        subdocument("file:///etc/passwd#/FLWB/PDF/56/0367/56K0367009.pdf"),
        subdocument(f"{elsewhere}/FLWB/PDF/56/0367/56K0367008.pdf"),
        subdocument("javascript:window.open('x')//FLWB/PDF/56/0367/56K0367007.pdf"),
        subdocument("/FLWB/PDF/56/0367/56K0367006.pdf"),
    )
    # 56K0367006.pdf is on the site but answers with a redirect to another host.
    replay.put(
        "be_chamber",
        "/FLWB/PDF/56/0367/56K0367006.pdf",
        b"",
        "text/html",
        status=302,
        headers={"Location": f"{elsewhere}/redirected.pdf"},
    )
    # Dossier 991's page refreshes to another host at once.
    refresh = f'<html><head><meta http-equiv="refresh" content="0; url={elsewhere}/refreshed">'
    replay.put("be_chamber", DOSSIER_991, refresh.encode(), "text/html; charset=UTF-8")

    result = crawl("be_chamber")

    assert replay.requests("nl_aiv") == []  # nothing at all reached the other host
    refused = "\n".join(result.stats["watcher/refused"])
    assert "file:///etc/passwd" in refused
    assert f"{elsewhere}/FLWB/PDF/56/0367/56K0367008.pdf" in refused
    assert "javascript:window.open" in refused
    assert f"redirect outside the source's hosts: {elsewhere}/redirected.pdf" in refused
    assert f"redirect outside the source's hosts: {elsewhere}/refreshed" in refused  # meta refresh
    assert result.stats["watcher/refused_count"] == 5
    # Refusing is reported, and is no failure: everything else of the run is there.
    assert result.ok, result.failure
    assert any("refused addresses" in reason for reason in result.degraded)
    keys = record_keys(result)
    assert {"56K0367004", "56ip079", "56ic104"} <= keys
    # The sub-documents with a foreign file address are kept, without that address or a file.
    for native in ("56K0367009", "56K0367008", "56K0367007"):
        record = next(r for r in result.records if r.native_id == native)
        assert record.file_urls == () and record.content_sha256 is None
    # The redirected file waits for the next run; no foreign bytes were stored.
    assert "56K0367006" in {p.native_id for p in result.pending}
    store = RawStore(tmp_path / "data" / "raw")
    passwd = Path("/etc/passwd").read_bytes()
    assert all(store.get(r.content_sha256) != passwd for r in result.records if r.content_sha256)
    assert not any(
        b"root:" in p.read_bytes() for p in (tmp_path / "data" / "raw").rglob("*") if p.is_file()
    )


def test_the_spider_allows_only_its_hosts_and_http() -> None:
    spider = ChamberSpider()
    spider.base = "http://127.0.0.1:8801"
    assert spider.allows("https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf")
    assert spider.allows("http://127.0.0.1:8801/doc/PCRI/html/56/ip079x.html")
    assert not spider.allows("http://127.0.0.1:8802/doc/PCRI/html/56/ip079x.html")
    assert not spider.allows("https://www.dekamer.be.evil.example/x.pdf")
    for url in (
        "file:///etc/passwd",
        "data:text/html,hi",
        "javascript:alert(1)",
        "ftp://www.dekamer.be/x",
    ):
        assert not spider.allows(url, file=True)
    assert spider.rebase("https://www.dekamer.be/a.pdf") == "http://127.0.0.1:8801/a.pdf"
    for foreign in ("https://example.org/a.pdf", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="not an address of this source"):
            spider.rebase(foreign)
