"""A small archive in the test database (SQLite and PostgreSQL) and the site over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient

from watcher.settings import PROJECT_ROOT, Settings, load_settings
from watcher.storage.models import (
    Document,
    DocumentPage,
    Hit,
    RawFile,
    Source,
    Subscription,
    Team,
    Topic,
)
from watcher.storage.rawstore import RawStore
from watcher.web.app import create_app

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
PDF_BYTES = b"%PDF-1.4\n% a stand-in: the site serves the stored bytes as they are\n%%EOF\n"


@dataclass
class Archive:
    resolution: int  # DOC 56 0367/004: four topics, page 2 holds the evidence
    twin: int  # its French twin
    hostile: int  # a title and text written to break the page
    no_hit: int  # text only, no topic
    older: list[int]  # 30 more documents with a PESCO hit, for paging
    resolution_hits: dict[str, int]


RESOLUTION_PAGE_2 = (
    "verzoekt de regering de BeNeSam-samenwerking en de inzet van "
    "counter-drone middelen (C-UAS) met Nederland te versterken"
)


def _hit(doc: Document, topic: str, score: float, page: int, snippet: str, at: datetime) -> Hit:
    """A hit whose evidence spans the marked word of ``snippet`` in page 2 of the resolution
    (characters 0-7 elsewhere)."""
    word = snippet.split("**")[1]
    start = max(RESOLUTION_PAGE_2.find(word), 0)
    end = start + len(word) if start else 7
    return Hit(
        document=doc,
        topic_id=topic,
        score=score,
        tier="high" if score >= 0.85 else "medium",
        terms=[word],
        snippet=snippet,
        page=page,
        start=start,
        end=end,
        evidence=[{"page": page, "snippet": snippet, "terms": [word], "start": start, "end": end}],
        matched_at=at,
    )


def fill(sessions: sessionmaker[Session], raw_dir: Path) -> Archive:
    sha = RawStore(raw_dir).put(PDF_BYTES)
    with sessions.begin() as s:
        s.add_all(
            [
                Source(id="be_chamber", name="Belgian Chamber"),
                Source(id="nl_aiv", name="AIV", last_error="HTTP 503 at https://example.org/"),
                RawFile(sha256=sha, size=len(PDF_BYTES), media_type="application/pdf", path="x"),
            ]
        )
        for topic in ("benesam", "c-uas", "pesco", "benelux-helicopter-command"):
            s.add(Topic(id=topic, name=topic))
        s.add(Team(id="desk", name="Defence desk"))
        s.flush()
        s.add(Subscription(team_id="desk", topic_id="c-uas"))
        resolution = Document(
            source_id="be_chamber",
            native_id="56K0367004",
            url="https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=0367",
            file_url="https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf",
            title="DOC 56 0367/004 Resolutie over de Benelux-defensiesamenwerking",
            doc_type="aangenomen tekst",
            language="nl",
            published_on=date(2025, 3, 27),
            related_key="be_chamber/56K0367",
            first_seen_at=T0,
            content_hash=sha,
        )
        twin = Document(
            source_id="be_chamber",
            native_id="56K0367004F",
            url="https://www.lachambre.be/x",
            title="DOC 56 0367/004 Résolution relative à la coopération Benelux",
            language="fr",
            related_key="be_chamber/56K0367",
            first_seen_at=T0 - timedelta(minutes=1),
        )
        hostile = Document(
            source_id="nl_aiv",
            native_id="hostile",
            url="https://www.adviesraadinternationalevraagstukken.nl/x",
            title=f"Advies {HOSTILE}",
            language="nl",
            first_seen_at=T0 - timedelta(days=1),
        )
        no_hit = Document(
            source_id="nl_aiv",
            native_id="plain",
            url="https://www.adviesraadinternationalevraagstukken.nl/plain",
            title="Jaarverslag",
            language="nl",
            first_seen_at=T0 - timedelta(days=2),
        )
        s.add_all([resolution, twin, hostile, no_hit])
        s.flush()
        s.add_all(
            [
                DocumentPage(
                    document=resolution, page_no=1, text="De Kamer, gelet op ...", language="nl"
                ),
                DocumentPage(
                    document=resolution,
                    page_no=2,
                    text=RESOLUTION_PAGE_2,
                    language="nl",
                ),
                DocumentPage(
                    document=twin,
                    page_no=1,
                    text="coopération BeNeSam avec les Pays-Bas",
                    language="fr",
                ),
                DocumentPage(
                    document=hostile, page_no=1, text=f"drones {HOSTILE} Benelux", language="nl"
                ),
                DocumentPage(
                    document=no_hit, page_no=1, text="jaarverslag zonder onderwerp", language="nl"
                ),
            ]
        )
        hits = {
            topic: _hit(resolution, topic, score, 2, f"de **{word}** samenwerking", T0)
            for topic, score, word in (
                ("benesam", 0.95, "BeNeSam"),
                ("c-uas", 0.9, "C-UAS"),
                ("pesco", 0.7, "PESCO"),
                ("benelux-helicopter-command", 0.65, "helikopter"),
            )
        }
        s.add_all(hits.values())
        s.add(_hit(twin, "benesam", 0.9, 1, "coopération **BeNeSam**", T0))
        s.add(_hit(hostile, "c-uas", 0.8, 1, f"**drones** {HOSTILE}", T0 - timedelta(days=1)))
        older = []
        for i in range(30):
            doc = Document(
                source_id="nl_aiv",
                native_id=f"old-{i:02d}",
                url=f"https://www.adviesraadinternationalevraagstukken.nl/old-{i}",
                title=f"Ouder advies nummer {i:02d}",
                language="nl",
                first_seen_at=T0 - timedelta(days=10 + i),
            )
            s.add(doc)
            s.add(DocumentPage(document=doc, page_no=1, text=f"PESCO project {i}", language="nl"))
            s.add(_hit(doc, "pesco", 0.9, 1, f"**PESCO** project {i}", T0 - timedelta(days=10 + i)))
            older.append(doc)
        s.flush()
        return Archive(
            resolution=resolution.id,
            twin=twin.id,
            hostile=hostile.id,
            no_hit=no_hit.id,
            older=[d.id for d in older],
            resolution_hits={t: h.id for t, h in hits.items()},
        )


def web_settings(db_url: str, tmp_path: Path, **overrides: object) -> Settings:
    return load_settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        topics_file=PROJECT_ROOT / "config" / "topics.yaml",
        **overrides,
    )


@pytest.fixture
def archive(sessions: sessionmaker[Session], tmp_path: Path) -> Archive:
    return fill(sessions, tmp_path / "data" / "raw")


@pytest.fixture
def client(db_url: str, tmp_path: Path, archive: Archive) -> Iterator[TestClient]:
    with TestClient(create_app(web_settings(db_url, tmp_path))) as client:
        yield client
