"""`watcher hits` reads a page at a time, newest first, by page number or after a hit id."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from watcher.storage.models import Hit, Topic
from watcher.storage.queries import hit_page
from watcher.storage.repo import DocumentFields, ensure_source, upsert_document

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def test_hits_are_paged_newest_first(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        ensure_source(s, "nl_aiv", "AIV")
        s.execute(insert(Topic), [{"id": t, "name": t, "updated_at": T0} for t in ("a", "b")])
        for n in range(12):
            doc, _ = upsert_document(
                s, DocumentFields("nl_aiv", f"d{n}", f"https://x/{n}", f"T{n}"), T0
            )
            for topic in ("a", "b"):
                s.add(
                    Hit(
                        document_id=doc.id,
                        topic_id=topic,
                        score=1.0,
                        tier="strong",
                        terms=[],
                        snippet="",
                        page=1,
                        start=0,
                        end=0,
                        evidence=[],
                        matched_at=T0 + timedelta(minutes=n),
                    )
                )

    with sessions() as s:
        first = hit_page(s, topic="a", limit=5)
        second = hit_page(s, topic="a", limit=5, page=2)
        after = hit_page(s, topic="a", limit=5, before=first[-1][0].id)
        last = hit_page(s, topic="a", limit=5, page=3)
        recent = hit_page(s, since=T0 + timedelta(minutes=10), limit=None)

        assert [d.native_id for _, d in first] == ["d11", "d10", "d9", "d8", "d7"]
        assert [h.id for h, _ in second] == [h.id for h, _ in after]
        assert [d.native_id for _, d in second] == ["d6", "d5", "d4", "d3", "d2"]
        assert [d.native_id for _, d in last] == ["d1", "d0"]
        assert {h.topic_id for h, _ in first + second + last} == {"a"}
        assert sorted((d.native_id, h.topic_id) for h, d in recent) == [
            ("d10", "a"),
            ("d10", "b"),
            ("d11", "a"),
            ("d11", "b"),
        ]
