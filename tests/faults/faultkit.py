"""Helpers shared by the fault scenarios (the tally itself is in conftest.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

# record(scenario, input name, outcome)
Record = Callable[[str, str, str], None]

WATCHER = str(Path(sys.executable).with_name("watcher"))


def seed_hits(database_url: str, teams_file: Path, titles: list[str]) -> list[int]:
    """A migrated SQLite database with one document per title, each with a c-uas hit queued for
    the teams of ``teams_file`` (as the pipeline queues them); returns the hit ids."""
    from datetime import date

    from watcher.alerts.outbox import enqueue_hit
    from watcher.alerts.teams_file import load_teams
    from watcher.storage import db
    from watcher.storage.models import Topic
    from watcher.storage.repo import (
        DocumentFields,
        HitFields,
        ensure_source,
        upsert_document,
        upsert_hit,
    )
    from watcher.timeutil import utcnow

    db.upgrade(database_url)
    engine = db.make_engine(database_url)
    sessions = db.session_factory(engine)
    config = load_teams(teams_file, {}, data_dir=teams_file.parent / "data")
    now = utcnow()
    ids = []
    with sessions.begin() as s:
        ensure_source(s, "be_chamber", "Belgian Chamber of Representatives")
        s.add(Topic(id="c-uas", name="Counter-drone capability (C-UAS)"))
        s.flush()
        for n, title in enumerate(titles):
            document, _ = upsert_document(
                s,
                DocumentFields(
                    source_id="be_chamber",
                    native_id=f"56K03670{n:02d}",
                    url=f"https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=56K03670{n:02d}",
                    title=title,
                    file_url=None,
                    doc_type="AANGENOMEN TEKST",
                    language="nl",
                    published_on=date(2026, 5, 1 + n % 28),
                ),
                now,
            )
            snippet = "... capaciteiten inzake anti-drones (C-UAS) ..."
            hit, _ = upsert_hit(
                s,
                document.id,
                HitFields(
                    topic_id="c-uas",
                    score=0.9,
                    tier="high",
                    terms=["anti-drones"],
                    snippet=snippet,
                    page=1,
                    start=0,
                    end=10,
                    evidence=[{"page": 1, "snippet": snippet, "terms": ["anti-drones"]}],
                ),
                now,
            )
            enqueue_hit(s, hit, config, now)
            ids.append(hit.id)
    engine.dispose()
    return ids


def delivery_states(database_url: str) -> list[tuple[str, str, int]]:
    """(status, target, attempts) of every delivery."""
    from sqlalchemy import select

    from watcher.storage import db
    from watcher.storage.models import Delivery

    engine = db.make_engine(database_url)
    with db.session_factory(engine)() as s:
        rows = [(d.status.value, d.target, d.attempts) for d in s.scalars(select(Delivery))]
    engine.dispose()
    return rows
