"""The replay server: real paths, real pages as they are, conditional GET, faults, emulated APIs."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from watcher.replay import Fault, ReplayServer
from watcher.replay.build_site import make_pdf, seed_text
from watcher.replay.sites import SITES_DIR, load_site

RESOLUTION = "/FLWB/PDF/56/0367/56K0367004.pdf"
RECENT = (
    "/kvvcr/showpage.cfm?section=/flwb/recent&language=nl&cfm=/site/wwwcfm/flwb/LastDocument.cfm"
)


@pytest.fixture(scope="module")
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _clean(replay: ReplayServer) -> None:
    replay.reset()


def get(
    replay: ReplayServer, slug: str, path: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(replay.base_url(slug) + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.mark.parametrize("slug", ["be_chamber", "nl_tweedekamer", "nl_aiv", "benelux_parliament"])
def test_every_manifest_entry_says_what_it_is_and_exists(slug: str) -> None:
    site = load_site(slug)
    for entry in site.manifest["files"]:
        assert (site.root / entry["file"]).is_file(), entry["file"]
        if entry["real"]:
            assert entry["provenance"], entry
        else:
            assert entry["note"], entry
    for entry in site.manifest.get("dynamic", []):
        assert entry["real"] is False and entry["note"]


def test_the_resolution_is_at_its_real_path_and_is_the_seed_text(replay: ReplayServer) -> None:
    status, headers, body = get(replay, "be_chamber", RESOLUTION)

    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert body == (SITES_DIR / "be_chamber" / RESOLUTION.lstrip("/")).read_bytes()
    from pdfminer.high_level import extract_text

    text = extract_text(SITES_DIR / "be_chamber" / RESOLUTION.lstrip("/"))
    for term in ("BeNeSam", "PESCO", "C-UAS", "helikopter"):
        assert term in text


def test_committed_pdfs_are_what_the_build_script_makes() -> None:
    pdf = make_pdf(
        "BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS - DOC 56 0367/004",
        seed_text("001_d6bc7381e5a63f19.txt"),
    )

    assert pdf == (SITES_DIR / "be_chamber" / RESOLUTION.lstrip("/")).read_bytes()


def test_real_pages_are_served_as_they_are(replay: ReplayServer) -> None:
    status, _, body = get(replay, "be_chamber", "/doc/CCRI/html/56/ic104x.html")

    assert status == 200
    assert (
        body
        == (
            SITES_DIR / "be_chamber/real/criv_commissie_CCRI_56_ic104x_landsverdediging.html"
        ).read_bytes()
    )


def test_static_files_answer_conditional_gets(replay: ReplayServer) -> None:
    _, headers, _ = get(replay, "be_chamber", RESOLUTION)

    assert get(replay, "be_chamber", RESOLUTION, {"If-None-Match": headers["ETag"]})[0] == 304
    assert (
        get(replay, "be_chamber", RESOLUTION, {"If-Modified-Since": headers["Last-Modified"]})[0]
        == 304
    )
    assert get(replay, "be_chamber", RESOLUTION, {"If-None-Match": '"other"'})[0] == 200


def test_dynamic_chamber_pages_carry_no_validators(replay: ReplayServer) -> None:
    status, headers, _ = get(replay, "be_chamber", RECENT)
    assert status == 200 and "ETag" not in headers and "Last-Modified" not in headers


def test_status_fault_hits_as_many_times_as_asked(replay: ReplayServer) -> None:
    replay.inject("be_chamber", Fault("status", path="robots", times=2, status=503))

    statuses = [get(replay, "be_chamber", "/robots.txt")[0] for _ in range(3)]

    assert statuses == [503, 503, 200]
    assert [r.status for r in replay.requests("be_chamber", "robots")] == [503, 503, 200]


def test_reset_fault_drops_the_connection(replay: ReplayServer) -> None:
    replay.inject("nl_aiv", Fault("reset", path="robots", times=1))

    with pytest.raises(
        (ConnectionResetError, http.client.RemoteDisconnected, urllib.error.URLError)
    ):
        get(replay, "nl_aiv", "/robots.txt")
    assert get(replay, "nl_aiv", "/robots.txt")[0] == 200


def test_layout_fault_renames_classes_and_json_keys(replay: ReplayServer) -> None:
    replay.inject("nl_aiv", Fault("layout", path="^/documenten"))
    replay.inject("nl_tweedekamer", Fault("layout", path="Document"))

    assert b'class="v2-results"' in get(replay, "nl_aiv", "/documenten")[2]
    assert "v2_value" in json.loads(get(replay, "nl_tweedekamer", "/OData/v4/2.0/Document")[2])


def test_odata_pages_with_next_links_and_refuses_what_the_real_api_refuses(
    replay: ReplayServer,
) -> None:
    _, _, body = get(replay, "nl_tweedekamer", "/OData/v4/2.0/Document?$orderby=ApiGewijzigdOp")
    page = json.loads(body)
    assert len(page["value"]) == 2 and "$skiptoken=2" in page["@odata.nextLink"]
    assert page["@odata.nextLink"].startswith(replay.base_url("nl_tweedekamer"))

    assert get(replay, "nl_tweedekamer", "/OData/v4/2.0/Document?$top=1000")[0] == 400
    assert get(replay, "nl_tweedekamer", "/OData/v4/2.0/Nothing")[0] == 500  # as the real API
    _, _, body = get(
        replay, "nl_tweedekamer", "/OData/v4/2.0/Document?$filter=Soort%20eq%20%27Motie%27"
    )
    assert [d["Soort"] for d in json.loads(body)["value"]] == ["Motie"]


def test_wordpress_rest_reports_its_pages(replay: ReplayServer) -> None:
    status, headers, body = get(replay, "benelux_parliament", "/wp-json/wp/v2/posts?per_page=2")

    assert status == 200 and headers["X-WP-TotalPages"] == "3" and len(json.loads(body)) == 2
    assert get(replay, "benelux_parliament", "/wp-json/wp/v2/posts?per_page=2&page=4")[0] == 400


def test_each_wordpress_route_shows_the_posts_it_is_said_to(replay: ReplayServer) -> None:
    rest = get(replay, "benelux_parliament", "/wp-json/wp/v2/posts?per_page=100")[2]
    feed = get(replay, "benelux_parliament", "/nl/feed/")
    index = get(replay, "benelux_parliament", "/wp-sitemap.xml")[2]
    posts = get(replay, "benelux_parliament", "/wp-sitemap-posts-post-1.xml")[2]
    media = get(replay, "benelux_parliament", "/wp-json/wp/v2/media?mime_type=application/pdf")[2]

    assert 2701 not in {p["id"] for p in json.loads(rest)}  # the feed-only post
    assert feed[1]["Content-Type"].startswith("application/rss+xml")
    assert b"?p=2701</guid>" in feed[2] and b"?p=2633" not in feed[2]  # NL feed, NL posts
    assert b"<sitemapindex" in index and b"wp-sitemap-posts-post-1.xml" in index
    assert b"werkbezoek" not in posts and posts.count(b"<loc>") == 5
    assert [m["id"] for m in json.loads(media)] == [3105, 3002, 3001]


def test_aiv_untyped_addresses_and_open_overheid_files(replay: ReplayServer) -> None:
    page = get(replay, "nl_aiv", "/documenten/2025/11/20/advies-europese-defensiesamenwerking")[2]
    href = b"https://open.overheid.nl/documenten/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/file"

    assert href in page
    served = get(replay, "nl_aiv", "/_hosts/open.overheid.nl" + href.decode()[24:])
    assert served[0] == 200 and served[2].startswith(b"%PDF")


def test_a_late_file_can_be_published_and_reset_forgets_it(replay: ReplayServer) -> None:
    path = "/FLWB/PDF/56/0991/56K0991004.pdf"
    assert get(replay, "be_chamber", path)[0] == 404
    replay.put("be_chamber", path, b"%PDF-1.4\n")
    assert get(replay, "be_chamber", path)[:3:2] == (200, b"%PDF-1.4\n")
    replay.reset()
    assert get(replay, "be_chamber", path)[0] == 404


def test_the_cli_serves_until_interrupted(tmp_path: Path) -> None:
    watcher = Path(sys.executable).with_name("watcher")
    with subprocess.Popen(
        [str(watcher), "replay", "serve"], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    ) as proc:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        base = dict(line.split() for line in lines)
        with urllib.request.urlopen(base["nl_aiv"] + "/robots.txt", timeout=10) as response:
            assert response.status == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0
