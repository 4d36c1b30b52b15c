"""Backfill: the same pipeline over a past range, storing hits without flooding the teams."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pipelinekit import teams_yaml
from servers import SmtpServer
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from flows.backfill import backfill
from watcher.settings import Settings
from watcher.storage.models import CrawlRun, Delivery, DeliveryStatus, Document, Hit

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

MAY_2026 = {"source": "be_chamber", "since": date(2026, 5, 1), "until": date(2026, 5, 31)}
RESOLUTION_TOPICS = {"benesam", "benelux-helicopter-command", "c-uas", "pesco"}


def _hits(settings: Settings) -> dict[str, list[tuple[str, bool]]]:
    with Session(create_engine(settings.database_url)) as s:
        rows = s.execute(select(Document.native_id, Hit.topic_id, Hit.backfilled).join(Hit))
        found: dict[str, list[tuple[str, bool]]] = {}
        for native_id, topic, backfilled in rows:
            found.setdefault(native_id, []).append((topic, backfilled))
        return found


def test_backfill_stores_hits_as_backfilled_and_alerts_nobody(
    watcher_env: Callable[[str | None], Settings], smtp_server: SmtpServer
) -> None:
    settings = watcher_env(teams_yaml(smtp_server))

    summary = backfill(**MAY_2026, replay=True)

    assert summary.ok
    hits = _hits(settings)
    assert set(hits) == {"56K0367004"}
    assert {topic for topic, _ in hits["56K0367004"]} == RESOLUTION_TOPICS
    assert all(backfilled for _, backfilled in hits["56K0367004"])
    assert smtp_server.messages == []
    with Session(create_engine(settings.database_url)) as s:
        assert s.scalars(select(Delivery)).all() == []
        run = s.scalars(select(CrawlRun)).one()
        assert (run.backfill_since, run.backfill_until) == (date(2026, 5, 1), date(2026, 5, 31))


def test_backfill_with_alerts_sends_one_digest_per_team(
    watcher_env: Callable[[str | None], Settings], smtp_server: SmtpServer
) -> None:
    settings = watcher_env(teams_yaml(smtp_server))

    summary = backfill(**MAY_2026, alerts=True, replay=True)

    assert summary.ok
    assert len(smtp_server.messages) == 1
    mail = smtp_server.messages[0]
    assert mail["To"] == "desk@example.org"
    body = mail.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert text.count("DOC 56 0367/004") >= 1
    for topic_name in ("BeNeSam", "PESCO", "C-UAS", "helicopter command"):
        assert topic_name in text
    with Session(create_engine(settings.database_url)) as s:
        statuses = [d.status for d in s.scalars(select(Delivery))]
        assert statuses and set(statuses) == {DeliveryStatus.SENT}
