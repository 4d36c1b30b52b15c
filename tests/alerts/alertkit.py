"""Helpers for alert tests (the fixtures are in conftest.py): a real SMTP server and a Slack-like
HTTP endpoint on 127.0.0.1, and hits written the way the pipeline writes them (``upsert_hit`` and
``enqueue_hit`` in one transaction)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from blockkit import check_payload, section_texts
from servers import SmtpServer, free_port  # noqa: F401  (re-exported for the alert tests)
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_hit
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Topic
from watcher.storage.repo import (
    DocumentFields,
    HitFields,
    ensure_source,
    upsert_document,
    upsert_hit,
)

NOW = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)

TOPICS = {
    "c-uas": "Counter-drone capability (C-UAS)",
    "benelux-cooperation": "Benelux defence cooperation",
    "ammunition": "Ammunition stocks",
}


def topics_yaml() -> str:
    """A topics file naming the topics above (the CLI checks teams' subscriptions against it)."""
    entries = "".join(
        f"  - id: {topic_id}\n    name: {name}\n    description: {name}\n"
        f"    aliases: {{en: [{topic_id}]}}\n"
        f"    examples: {{positive: [about {topic_id}], negative: [nothing]}}\n"
        for topic_id, name in TOPICS.items()
    )
    return "version: 1\ntopics:\n" + entries


# --- Slack --------------------------------------------------------------------------------------


@dataclass
class SlackServer:
    """A loopback HTTP server standing in for hooks.slack.com: records each POSTed JSON body."""

    port: int
    posts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    status: int = 200

    @property
    def texts(self) -> list[str]:
        """The mrkdwn text of each message's sections, each payload checked against Block Kit."""
        out = []
        for _, payload in self.posts:
            check_payload(payload)
            out.append("\n".join(section_texts(payload)))
        return out


SLACK_URL = "slack://T000AAAA/B000BBBB/XXXXXXXXXXXXXXXXXXXXXXXX"


# --- teams and data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    native_id: str = "56K0367004"
    title: str = "Voorstel van resolutie tot versterking van de defensiesamenwerking in de Benelux"
    published_on: date = date(2026, 5, 13)
    file_url: str | None = "https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf"
    language: str = "nl"
    related_key: str | None = None
    doc_type: str = "AANGENOMEN TEKST"
    source: str = "be_chamber"


def seed_topics(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        ensure_source(s, "be_chamber", "Belgian Chamber of Representatives")
        ensure_source(s, "benelux_parliament", "Benelux Parliament")
        for topic_id, name in TOPICS.items():
            s.add(Topic(id=topic_id, name=name))


def add_hit(
    session: Session,
    config: TeamsConfig,
    now: datetime,
    *,
    doc: Doc = Doc(),
    topic: str = "c-uas",
    page: int = 2,
    terms: tuple[str, ...] = ("anti-drones",),
    snippet: str = "... capaciteiten inzake anti-drones (C-UAS of VSHROD) ...",
    backfilled: bool = False,
    kind: str = "alias",
    score: float = 0.9,
) -> int:
    """What the pipeline does for one new hit: document, hit and deliveries in ``session``."""
    document, _ = upsert_document(
        session,
        DocumentFields(
            source_id=doc.source,
            native_id=doc.native_id,
            url=f"https://www.dekamer.be/kvvcr/showpage.cfm?dossierID={doc.native_id}",
            title=doc.title,
            file_url=doc.file_url,
            doc_type=doc.doc_type,
            language=doc.language,
            published_on=doc.published_on,
            related_key=doc.related_key,
        ),
        now,
    )
    hit, created = upsert_hit(
        session,
        document.id,
        HitFields(
            topic_id=topic,
            score=score,
            tier="high",
            terms=list(terms),
            snippet=snippet,
            page=page,
            start=10,
            end=20,
            evidence=[{"page": page, "snippet": snippet, "terms": list(terms), "kind": kind}],
        ),
        now,
        backfilled=backfilled,
    )
    if created:
        enqueue_hit(session, hit, config, now, backfilled=backfilled)
    return hit.id
