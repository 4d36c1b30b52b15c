"""Which targets hear about a hit, and how: pure functions of the teams configuration."""

from __future__ import annotations

from dataclasses import dataclass

from watcher.alerts.teams import Target, TeamConfig, TeamsConfig
from watcher.storage.models import DeliveryMode


@dataclass(frozen=True)
class Route:
    team: TeamConfig
    target: Target
    mode: DeliveryMode


def routes_for_topic(config: TeamsConfig, topic_id: str) -> list[Route]:
    """One route per target of every team that follows ``topic_id``, in file order.

    A team on a daily or weekly schedule gets digest deliveries, the others immediate ones.
    """
    return [
        Route(
            team,
            target,
            DeliveryMode.DIGEST if team.schedule.is_digest else DeliveryMode.IMMEDIATE,
        )
        for team in config.teams
        if team.follows(topic_id)
        for target in team.targets
    ]


def hit_key(hit_id: int) -> str:
    """The outbox key of a hit, whatever the mode: one hit reaches one target once, ever."""
    return f"hit:{hit_id}"


def health_key(source_id: str, health: str, event_id: object) -> str:
    return f"health:{source_id}:{health}:{event_id}"
