"""Digests: one message per team target per period, one entry per document, newest first.

A team with ``delivery: daily 08:00`` gets digest deliveries; each belongs to the period in which
it was queued, and the period ends at the team's scheduled local time (Europe/Brussels by default,
daylight saving included). ``send_due_digests`` can run as often as one likes: a period is sent
once, when it has ended. A hit reaches a target once, ever (the outbox key is the hit, whatever
the mode), so a digest holds nothing the team already received, by immediate alert or in an
earlier digest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts import outbox
from watcher.alerts.links import Links
from watcher.alerts.send import SendReport, deliver_batch
from watcher.alerts.teams import TeamsConfig


def send_due_digests(
    sessions: sessionmaker[Session],
    config: TeamsConfig,
    now: datetime,
    *,
    links: Links | None = None,
) -> SendReport:
    """Send every digest whose period has ended by ``now``; failures retry with backoff."""
    report = SendReport()
    for batch in outbox.claim_digests(sessions, config, now):
        deliver_batch(sessions, config, batch, now, report, links=links)
    report.count_pending(sessions)
    return report
