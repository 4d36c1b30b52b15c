"""Rematching an archive in a process pool stores what matching each document inline finds."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.teams import TeamsConfig
from watcher.documents import match_documents, sync_topics
from watcher.match import Topic, match_document
from watcher.storage.models import Document, DocumentPage, ExtractionStatus, Hit, Source

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
PASSAGES = [
    "De Admiraal Benelux leidt de geïntegreerde staf van beide marines.",
    "Le ministre annonce l'achat de systèmes anti-drones pour les bases.",
    "De begroting voor onderwijs stijgt volgend jaar met twee procent.",
    "Belgium joins three new PESCO projects on military mobility.",
]


def test_a_pooled_rematch_stores_the_hits_of_matching_each_document(
    sessions: sessionmaker[Session], topics: list[Topic]
) -> None:
    pages = {n: [(1, "Inleiding."), (2, PASSAGES[n % 4] + f" Stuk {n}.")] for n in range(150)}
    with sessions.begin() as s:
        sync_topics(s, topics, NOW)
        s.add(Source(id="be_chamber", name="Chamber"))
        for n, texts in pages.items():
            s.add(
                Document(
                    source_id="be_chamber",
                    native_id=str(n),
                    url=f"https://example.org/{n}",
                    title=f"Stuk {n}",
                    extraction_status=ExtractionStatus.OK,
                    pages=[DocumentPage(page_no=p, text=t) for p, t in texts],
                )
            )
    with sessions() as s:
        ids = {d.native_id: d.id for d in s.scalars(select(Document))}
    teams = TeamsConfig(teams=(), admin=())
    report = match_documents(
        sessions, sorted(ids.values()), topics=topics, teams=teams, now=NOW, announce=False,
        workers=2,
    )  # fmt: skip
    expected = {
        (ids[str(n)], m.topic, m.score, m.evidence[0].snippet)
        for n, texts in pages.items()
        for m in match_document(texts, topics)
    }
    with sessions() as s:
        stored = {(h.document_id, h.topic_id, h.score, h.snippet) for h in s.scalars(select(Hit))}
    assert stored == expected
    assert len(expected) == sum(1 for n in pages if n % 4 != 2)  # (one passage concerns none)
    assert len(report.new_hit_ids) == len(expected)
