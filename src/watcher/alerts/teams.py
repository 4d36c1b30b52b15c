"""Teams, what they follow and where their alerts go, as loaded from ``config/teams.yaml``.

The file and its checks are in :mod:`watcher.alerts.teams_file`; when a team hears of a hit in
:mod:`watcher.alerts.schedule`, where its alerts go in :mod:`watcher.alerts.targets`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from watcher.alerts.retry import RetryPolicy
from watcher.alerts.schedule import Schedule
from watcher.alerts.targets import Target
from watcher.configfile import ConfigError

log = logging.getLogger(__name__)

ADMIN = "admin"
LOCAL_TEAM = "local"


class TeamsConfigError(ConfigError):
    """The teams file cannot be used; the message names the file and the line of each problem."""


@dataclass(frozen=True)
class TeamConfig:
    id: str
    name: str
    topics: frozenset[str] | None  # None: every topic
    schedule: Schedule
    targets: tuple[Target, ...]

    def follows(self, topic_id: str) -> bool:
        return self.topics is None or topic_id in self.topics


@dataclass(frozen=True)
class TeamsConfig:
    teams: tuple[TeamConfig, ...]
    admin: tuple[Target, ...]
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Brussels"))
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    path: Path | None = None  # None: no teams file, everything goes to the local alert file

    def team(self, team_id: str) -> TeamConfig | None:
        return next((t for t in self.teams if t.id == team_id), None)

    def target(self, qualified: str) -> Target | None:
        """The target stored as ``defence-desk/email`` (or ``admin/ops``), if still configured."""
        return next((t for t in self.all_targets() if t.qualified == qualified), None)

    def all_targets(self) -> Iterable[Target]:
        for team in self.teams:
            yield from team.targets
        yield from self.admin


def local_config(data_dir: Path, missing_file: Path | None = None) -> TeamsConfig:
    """The fallback: one ``local`` team, all topics, alerts appended to a local file."""
    target = local_target(LOCAL_TEAM, data_dir)
    warn_once(
        f"no teams file{f' at {missing_file}' if missing_file else ''}: "
        f"every alert goes to {target.url}"
    )
    team = TeamConfig(
        id=LOCAL_TEAM,
        name="Local alert file (no teams configured)",
        topics=None,
        schedule=Schedule("immediate"),
        targets=(target,),
    )
    return TeamsConfig((team,), (local_target(ADMIN, data_dir),), path=None)


@functools.cache
def warn_once(message: str) -> None:
    """A warning about the configuration, once per process: the CLI checks the files before it
    starts a flow, and the flow loads them again."""
    log.warning("%s", message)


def local_target(team_id: str, data_dir: Path) -> Target:
    return Target(team_id, "file", (data_dir / "alerts" / "alerts.jsonl").resolve().as_uri())
