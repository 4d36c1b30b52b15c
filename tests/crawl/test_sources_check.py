"""``watcher sources check`` against the replay: all assumptions hold, then each broken in turn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from watcher.cli import app
from watcher.crawl.check import MAX_REQUESTS, check_sources
from watcher.replay import Fault, ReplayServer

ASSUMPTIONS = [
    "robots.txt allows the listing",
    "the listing answers",
    "the listing's rows are found",
    "a detail page parses",
    "a file link resolves to the expected type",
]
# Per source: the listing's path, its detail pages' path (None: the API's rows are the details),
# and the file the check reaches first (regexes on path + query, as Fault takes them).
SITES = {
    "be_chamber": (r"LastDocument\.cfm", r"flwbn\.cfm", "/FLWB/PDF/56/0367/56K0367001.pdf"),
    "nl_tweedekamer": (
        r"^/OData/v4/2\.0/Document\?",
        None,
        "/OData/v4/2.0/Document(f7a1c3e5-2b4d-4f6a-9e8c-7d0b2a4c6e05)/resource",
    ),
    "nl_aiv": (
        r"^/documenten$",
        r"^/documenten/2025/11/20/",
        "/_hosts/open.overheid.nl/documenten/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/file",
    ),
    "benelux_parliament": (
        r"^/wp-json/wp/v2/posts",
        r"^/fr/2022/12/12/",
        "/wp-content/uploads/2022/12/936-2-FR.pdf",
    ),
    "lu_chamber": (
        r"^/fr/searchfolders\?",
        r"^/fr/dossier/8803$",
        "/_hosts/wdocs-pub.chd.lu/docs/Dossiers_parlementaires/8803/20261110_Depot.pdf",
    ),
}


@pytest.fixture(scope="module")
def replay_server() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def replay(replay_server: ReplayServer) -> Iterator[ReplayServer]:
    replay_server.reset()
    yield replay_server
    replay_server.reset()


def check(replay: ReplayServer, slug: str) -> list[tuple[str, bool | None, str]]:
    outcomes = check_sources(
        [slug], user_agent="watcher/test", base_urls=replay.base_urls, delay_s=0
    )
    return [(o.assumption, o.ok, o.seen) for o in outcomes]


def test_every_assumption_holds_on_the_replay_within_five_requests(replay: ReplayServer) -> None:
    replayed = list(replay.base_urls)
    outcomes = check_sources(
        replayed, user_agent="watcher/test", base_urls=replay.base_urls, delay_s=0
    )

    assert [(o.source, o.assumption) for o in outcomes] == [
        (slug, a) for slug in replayed for a in ASSUMPTIONS
    ]
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    for slug in replayed:
        assert 1 <= len(replay.requests(slug)) <= MAX_REQUESTS
        assert {r.headers["User-Agent"] for r in replay.requests(slug)} == {"watcher/test"}
    seen = {(o.source, o.assumption): o.seen for o in outcomes}
    assert seen[("nl_aiv", ASSUMPTIONS[4])] == (
        "application/pdf (https://open.overheid.nl/documenten/"
        "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b/file)"
    )


def _break(replay: ReplayServer, slug: str, assumption: int) -> None:
    listing, detail, file = SITES[slug]
    if assumption == 0:
        replay.put(slug, "/robots.txt", b"User-agent: *\nDisallow: /\n", "text/plain")
    elif assumption == 1:
        replay.inject(slug, Fault("status", path=listing, status=503))
    elif assumption == 2 and slug == "lu_chamber":
        # The search is read by its links to dossier pages, not by classes a redesign renames; a
        # search that links to none is what it cannot read.
        page = "<html><body><main><p>Aucun résultat.</p></main></body></html>".encode()
        replay.put(slug, "/fr/searchfolders", page, "text/html")
    elif assumption == 2:
        replay.inject(slug, Fault("layout", path=listing))
    elif assumption == 3 and slug == "nl_aiv":
        # The AIV parser tolerates renamed classes (it keeps the record, with unknown values); a
        # page without its title is what it cannot read.
        page = b"<html><body><main><p>Deze pagina is verhuisd.</p></main></body></html>"
        replay.put(
            slug, "/documenten/2025/11/20/advies-europese-defensiesamenwerking", page, "text/html"
        )
    elif assumption == 3:
        assert detail is not None
        replay.inject(slug, Fault("layout", path=detail))
    else:
        replay.put(slug, file, b"<html><body>Moved to a new portal</body></html>", "text/html")


BROKEN = [
    (slug, n)
    for slug in SITES
    for n in range(len(ASSUMPTIONS))
    if not (n == 3 and SITES[slug][1] is None)  # the Tweede Kamer API has no detail page
]


@pytest.mark.parametrize(("slug", "broken"), BROKEN)
def test_each_broken_assumption_fails_and_stops_the_check(
    replay: ReplayServer, slug: str, broken: int
) -> None:
    _break(replay, slug, broken)

    outcomes = check(replay, slug)

    assert [ok for _, ok, _ in outcomes] == [True] * broken + [False] + [None] * (4 - broken)
    assert len(replay.requests(slug)) <= MAX_REQUESTS
    seen = outcomes[broken][2]
    expected = ["disallows", "HTTP 503", "", "", "is text/html, not application/pdf"][broken]
    if slug == "nl_tweedekamer" and broken == 4:
        expected = "is text/html, not application/pdf or"
    assert expected in seen, seen


def test_the_cli_prints_a_table_and_exits_1_when_an_assumption_failed(
    replay: ReplayServer,
) -> None:
    runner = CliRunner()
    args = ["sources", "check", "--source", "nl_aiv", "--delay", "0"]
    base = ["--base-url", replay.base_url("nl_aiv")]

    good = runner.invoke(app, [*args, *base])
    _break(replay, "nl_aiv", 4)
    bad = runner.invoke(app, [*args, *base])
    refused = runner.invoke(app, ["sources", "check", *base])

    assert good.exit_code == 0, good.output
    assert (
        "a file link resolves to the expected type" in good.output and "failed" not in good.output
    )
    assert bad.exit_code == 1 and "failed" in bad.output and "text/html" in bad.output
    assert refused.exit_code == 2 and "--base-url needs exactly one --source" in refused.output
