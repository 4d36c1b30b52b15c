"""Every page and feed of the site, through the app, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
from conftest import PDF_BYTES, Archive, web_settings
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient
from typer.testing import CliRunner

from watcher.cli import app as cli
from watcher.settings import PROJECT_ROOT
from watcher.storage.models import Document, DocumentPage, HitFeedback
from watcher.storage.search import DocumentFilters, rebuild_index, search_documents
from watcher.topics import read_topics
from watcher.web.app import create_app
from watcher.web.security import CSRF_COOKIE, team_feed_token

ATOM = "{http://www.w3.org/2005/Atom}"


def _titles(html: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'<h2><a href="/documents/\d+">(.*?)</a></h2>', html)]


def test_hits_page_has_one_row_per_document_newest_first(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    titles = _titles(page.text)
    assert titles[0].startswith("DOC 56 0367/004 Resolutie")
    assert titles[1].startswith("DOC 56 0367/004 Résolution")
    assert titles.count(titles[0]) == 1  # four hits, one row
    assert "Jaarverslag" not in titles  # no hit, not listed
    first_row = page.text.split('<article class="row">')[1]
    names = {spec.id: spec.name for spec in read_topics(PROJECT_ROOT / "config/topics.yaml").specs}
    chips = [unescape(c) for c in re.findall(r'<span class="chip"[^>]*>(.*?)</span>', first_row)]
    # best score first: benesam 0.95, c-uas 0.9, pesco 0.7, helicopter 0.65
    assert chips == [names[t] for t in ("benesam", "c-uas", "pesco", "benelux-helicopter-command")]
    assert "<mark>BeNeSam</mark>" in first_row  # the best passage, marked
    assert len(titles) == 25


def test_hits_page_pages(client: TestClient, archive: Archive) -> None:
    first = client.get("/").text
    second = client.get("/?page=2").text
    assert 'href="?page=2"' in first and "older" in first
    titles = _titles(first) + _titles(second)
    assert len(titles) == len(set(titles)) == 33  # 3 recent documents with hits + 30 older
    assert "older →" not in second and "newer" in second
    assert _titles(second)[-1] == "Ouder advies nummer 29"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=c-uas", {"DOC 56 0367/004 Resolutie", "Advies"}),
        ("team=desk", {"DOC 56 0367/004 Resolutie", "Advies"}),
        ("source=be_chamber", {"DOC 56 0367/004 Resolutie", "DOC 56 0367/004 Résolution"}),
        ("language=fr", {"DOC 56 0367/004 Résolution"}),
        (
            "topic=pesco&since=2026-10-22&until=2026-10-23",
            {"Ouder advies nummer 00", "Ouder advies nummer 01"},
        ),
    ],
)
def test_hits_page_filters(client: TestClient, query: str, expected: set[str]) -> None:
    titles = _titles(client.get(f"/?{query}").text)
    assert len(titles) == len(expected), titles
    assert {next(e for e in expected if t.startswith(e)) for t in titles} == expected


def test_document_page_shows_evidence_text_twins_and_links(
    client: TestClient, archive: Archive
) -> None:
    page = client.get(f"/documents/{archive.resolution}").text
    assert "DOC 56 0367/004 Resolutie" in page
    assert "2025-03-27" in page and "2026-11-02" in page  # published, first seen
    assert "aangenomen tekst" in page
    assert page.count('class="row" id="hit-') == 4
    assert f'href="/documents/{archive.resolution}/file#page=2"' in page
    assert 'href="https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf#page=2"' in page
    # the full text per page, with the evidence spans (character offsets in page 2) marked
    assert '<details id="page-2" open>' in page
    assert "de regering de <mark>BeNeSam</mark>-samenwerking" in page
    assert "middelen (<mark>C-UAS</mark>) met" in page
    assert '<details id="page-1" >' in page  # no evidence there: folded
    assert f'<a href="/documents/{archive.twin}">DOC 56 0367/004 Résolution' in page
    assert client.get("/documents/999999").status_code == 404


def test_stored_file_is_served_sandboxed(client: TestClient, archive: Archive) -> None:
    response = client.get(f"/documents/{archive.resolution}/file")
    assert response.status_code == 200
    assert response.content == PDF_BYTES
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-security-policy"] == "sandbox"
    assert client.get(f"/documents/{archive.twin}/file").status_code == 404


def test_search_finds_marks_and_filters(client: TestClient, archive: Archive) -> None:
    page = client.get("/search", params={"q": "BeNeSam"}).text
    assert _titles(page)[:2] == [
        "DOC 56 0367/004 Resolutie over de Benelux-defensiesamenwerking",
        "DOC 56 0367/004 Résolution relative à la coopération Benelux",
    ]
    assert "<mark>BeNeSam</mark>" in page
    fr = _titles(client.get("/search", params={"q": "BeNeSam", "language": "fr"}).text)
    assert fr == ["DOC 56 0367/004 Résolution relative à la coopération Benelux"]
    assert _titles(client.get("/search", params={"q": '"counter drone" Nederland'}).text) == [
        "DOC 56 0367/004 Resolutie over de Benelux-defensiesamenwerking"
    ]
    assert _titles(client.get("/search", params={"q": "BeNeSam NOT Nederland"}).text) == [
        "DOC 56 0367/004 Résolution relative à la coopération Benelux"
    ]
    near = client.get("/search", params={"q": "NEAR(regering versterken, 3)"}).text
    assert _titles(near) == []
    near = client.get("/search", params={"q": "NEAR(inzet drone, 3)"}).text
    assert len(_titles(near)) == 1
    assert len(_titles(client.get("/search", params={"q": "PESCO", "page": "2"}).text)) == 10
    bad = client.get("/search", params={"q": "NOT pesco"})
    assert bad.status_code == 400 and "something to keep" in bad.text


def test_search_index_follows_the_stored_text(
    sessions: sessionmaker[Session], archive: Archive
) -> None:
    with sessions.begin() as s:
        assert [r.document_id for r in search_documents(s, "jaarverslag")] == [archive.no_hit]
        page = s.get(DocumentPage, (archive.no_hit, 1))
        assert page is not None
        page.text = "fregatten vervangen"
    with sessions.begin() as s:
        assert search_documents(s, "jaarverslag") == []
        assert [r.document_id for r in search_documents(s, "fregat*")] == [archive.no_hit]
        s.delete(s.get(Document, archive.no_hit))
    with sessions.begin() as s:
        assert search_documents(s, "fregat*") == []
        rebuild_index(s)
    with sessions.begin() as s:
        assert [
            r.document_id
            for r in search_documents(s, "BeNeSam", DocumentFilters(source="be_chamber"))
        ] == [archive.resolution, archive.twin]


def test_hostile_titles_and_text_are_escaped(client: TestClient, archive: Archive) -> None:
    for url in ("/", "/?topic=c-uas", f"/documents/{archive.hostile}", "/search?q=drones"):
        page = client.get(url).text
        assert "<script>" not in page and "<img src=x" not in page, url
        assert "&lt;script&gt;" in page, url
    feed = client.get("/feeds/topics/c-uas.atom").text
    content = "".join(e.text or "" for e in ET.fromstring(feed).iter(f"{ATOM}content"))
    assert "<script>" not in content and "&lt;script&gt;" in content


def test_sources_and_topics_pages(client: TestClient) -> None:
    sources = client.get("/sources").text
    assert "Belgian Chamber" in sources and "HTTP 503 at https://example.org/" in sources
    topics = client.get("/topics").text
    assert 'href="/topics/benesam"' in topics and 'href="/feeds/topics/pesco.atom"' in topics
    topic = client.get("/topics/c-uas").text
    assert "within" in topic and "DOC 56 0367/004 Resolutie" in topic
    assert client.get("/topics/nosuch").status_code == 404


def _atom(body: str) -> ET.Element:
    root = ET.fromstring(body)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}") is not None, name
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "content"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    return root


def test_atom_feeds_per_topic_team_and_search(client: TestClient, archive: Archive) -> None:
    topic = client.get("/feeds/topics/c-uas.atom")
    assert topic.headers["content-type"].startswith("application/atom+xml")
    entries = _atom(topic.text).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id", "").rsplit("/", 1)[1] for e in entries] == [
        str(archive.resolution),
        str(archive.hostile),
    ]
    content = unescape(entries[0].findtext(f"{ATOM}content", ""))
    assert "<mark>C-UAS</mark>" in content
    team = _atom(client.get("/feeds/teams/desk.atom").text)
    assert len(team.findall(f"{ATOM}entry")) == 2
    search = _atom(client.get("/feeds/search.atom", params={"q": "BeNeSam"}).text)
    assert len(search.findall(f"{ATOM}entry")) == 2
    assert client.get("/feeds/search.atom", params={"q": "NOT x"}).status_code == 400


def test_feedback_needs_the_form_token_and_is_listed(
    client: TestClient,
    archive: Archive,
    sessions: sessionmaker[Session],
    db_url: str,
    tmp_path: Path,
) -> None:
    hit_id = archive.resolution_hits["pesco"]
    client.get(f"/documents/{archive.resolution}")  # sets the form-token cookie
    token = client.cookies[CSRF_COOKIE]
    assert client.post(f"/hits/{hit_id}/feedback", data={"reason": "x"}).status_code == 403
    assert (
        client.post(f"/hits/{hit_id}/feedback", data={"csrf": "forged", "reason": "x"}).status_code
        == 403
    )
    cross = client.post(
        f"/hits/{hit_id}/feedback",
        data={"csrf": token},
        headers={"Origin": "https://evil.example"},
    )
    assert cross.status_code == 403
    with sessions() as s:
        assert s.scalars(select(HitFeedback)).all() == []
    done = client.post(
        f"/hits/{hit_id}/feedback",
        data={"csrf": token, "reason": "about Pesco the town", "back": "https://evil.example/"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/"
    with sessions() as s:
        [flag] = s.scalars(select(HitFeedback)).all()
        assert (flag.hit_id, flag.reason) == (hit_id, "about Pesco the town")
    page = client.get(f"/documents/{archive.resolution}").text
    assert "flagged not relevant" in page
    env = {
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "COLUMNS": "200",
    }
    listed = CliRunner().invoke(cli, ["topics", "feedback"], env=env)
    assert listed.exit_code == 0, listed.output
    assert "pesco" in listed.output and "about Pesco the town" in listed.output


def test_a_token_guards_the_site_when_set(db_url: str, tmp_path: Path, archive: Archive) -> None:
    settings = web_settings(db_url, tmp_path, web_token="s3cret-token")
    with TestClient(create_app(settings)) as client:
        denied = client.get("/")
        assert denied.status_code == 401 and "Basic" in denied.headers["www-authenticate"]
        assert client.get("/", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert client.get("/", auth=("anyone", "s3cret-token")).status_code == 200
        assert client.get("/", auth=("anyone", "wrong")).status_code == 401
        assert client.get("/?token=s3cret-token").status_code == 401  # only feeds take ?token=
        team_token = team_feed_token("s3cret-token", "desk")
        assert client.get(f"/feeds/teams/desk.atom?token={team_token}").status_code == 200
        assert client.get(f"/feeds/teams/other.atom?token={team_token}").status_code == 401
        assert client.get(f"/feeds/topics/pesco.atom?token={team_token}").status_code == 401
        assert client.get("/feeds/topics/pesco.atom?token=s3cret-token").status_code == 200
        assert "s3cret-token" not in client.get("/", auth=("a", "s3cret-token")).text


def test_the_cli_refuses_to_serve_beyond_loopback_without_a_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["web", "--host", "0.0.0.0"],
        env={"WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}"},
    )
    assert result.exit_code == 2
    assert "refusing to serve on 0.0.0.0 without WATCHER_WEB_TOKEN" in result.output


def test_team_page_says_what_the_team_follows_and_whom_to_ask(client: TestClient) -> None:
    page = client.get("/teams/desk")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Defence desk</h1>" in html
    assert "one message per document" in html  # the team row's default mode
    assert 'href="/topics/c-uas"' in html and 'href="/topics/pesco"' not in html
    assert 'href="/feeds/teams/desk.atom"' in html and 'href="/?team=desk"' in html
    assert "DOC 56 0367/004 Resolutie" in html  # its latest hit, on C-UAS
    assert "mailto:" in html and "mailto://" not in html  # a contact, never a target URL
    assert client.get("/teams/nosuch").status_code == 404
