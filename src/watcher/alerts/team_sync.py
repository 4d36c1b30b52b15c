"""The configured teams mirrored in the database (``team`` and ``subscription`` rows)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Subscription, Team, Topic
from watcher.storage.repo import insert_ignore

log = logging.getLogger(__name__)


def sync_teams(session: Session, config: TeamsConfig, now: datetime) -> None:
    """Mirror the configured teams and subscriptions in the database (idempotent).

    A team that follows every topic gets one subscription per known topic; topics the file names
    but the database does not know are logged and skipped. Teams no longer in the file keep their
    row (their deliveries stay in the log) but lose their subscriptions.
    """
    known_topics = set(session.scalars(select(Topic.id)))
    configured = {team.id for team in config.teams}
    for team in config.teams:
        insert_ignore(
            session,
            Team,
            {"id": team.id, "name": team.name, "mode": team.schedule.kind, "updated_at": now},
            ["id"],
        )
        row = session.get(Team, team.id)
        assert row is not None
        if (row.name, row.mode) != (team.name, team.schedule.kind):
            row.name, row.mode, row.updated_at = team.name, team.schedule.kind, now
        wanted = known_topics if team.topics is None else team.topics & known_topics
        for unknown in sorted((team.topics or set()) - known_topics):
            log.warning("team %s follows unknown topic %r: ignored", team.id, unknown)
        have = set(
            session.scalars(select(Subscription.topic_id).where(Subscription.team_id == team.id))
        )
        for topic_id in sorted(wanted - have):
            insert_ignore(
                session,
                Subscription,
                {"team_id": team.id, "topic_id": topic_id},
                ["team_id", "topic_id"],
            )
        if have - wanted:
            session.execute(
                delete(Subscription).where(
                    Subscription.team_id == team.id, Subscription.topic_id.in_(have - wanted)
                )
            )
    session.execute(delete(Subscription).where(Subscription.team_id.not_in(configured)))


def ensure_team_rows(
    session: Session, config: TeamsConfig, team_ids: Iterable[str], now: datetime
) -> None:
    """Make sure ``team`` rows exist for deliveries to reference (before ``sync_teams`` ran)."""
    for team_id in sorted(set(team_ids)):
        team = config.team(team_id)
        if team is not None:
            insert_ignore(
                session,
                Team,
                {"id": team.id, "name": team.name, "mode": team.schedule.kind, "updated_at": now},
                ["id"],
            )
