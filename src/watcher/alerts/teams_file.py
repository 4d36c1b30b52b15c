"""The teams file, ``config/teams.yaml``: its schema, and loading it with every mistake named.

The file (see ``config/teams.example.yaml``)::

    timezone: Europe/Brussels          # digest times are local times here (the default)
    teams:
      defence-desk:
        name: Defence policy desk
        topics: [c-uas, benelux-cooperation]    # or: all
        delivery: immediate                     # or: daily 08:00 / weekly monday 08:30
        targets:
          email: mailtos://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.org?to=desk@example.org
          slack: https://hooks.slack.com/services/${SLACK_DESK_WEBHOOK}
    admin:                             # source-health problems, never the policy teams
      targets:
        ops: mailtos://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.org?to=ops@example.org

``${NAME}`` is replaced by the environment variable ``NAME`` (apprise would not expand it); a
missing variable is an error naming the line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping
from datetime import timedelta
from pathlib import Path
from string import Template
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from watcher.alerts.retry import CLAIM_LEASE, RetryPolicy
from watcher.alerts.schedule import Schedule
from watcher.alerts.targets import Target, target_url_problem
from watcher.alerts.teams import (
    ADMIN,
    TeamConfig,
    TeamsConfig,
    TeamsConfigError,
    local_config,
    local_target,
    warn_once,
)
from watcher.configfile import YamlFileError, read_yaml
from watcher.redaction import install_redaction

log = logging.getLogger(__name__)

_SLUG = r"^[a-z0-9][a-z0-9_-]{0,39}$"


class _TeamFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    topics: Literal["all"] | list[str] = Field(min_length=1)
    delivery: str = "immediate"
    targets: dict[str, str] = Field(min_length=1)

    @field_validator("delivery")
    @classmethod
    def _schedule(cls, value: str) -> str:
        Schedule.parse(value)
        return value

    @field_validator("targets")
    @classmethod
    def _target_names(cls, value: dict[str, str]) -> dict[str, str]:
        for name, url in value.items():
            if not re.match(_SLUG, name):
                raise ValueError(f"target name {name!r}: use lower-case letters, digits, - and _")
            if "://" not in url:
                raise ValueError(f"target {name!r} is not a URL (scheme://...)")
        return value


class _AdminFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    targets: dict[str, str] = Field(min_length=1)


class _RetryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_attempts: int = Field(default=8, ge=1, le=50)
    first_delay_seconds: int = Field(default=60, ge=1)
    max_delay_seconds: int = Field(default=6 * 3600, ge=1)
    claim_lease_seconds: int = Field(default=int(CLAIM_LEASE.total_seconds()), ge=1)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timezone: str = "Europe/Brussels"
    teams: dict[str, _TeamFile] = Field(min_length=1)
    admin: _AdminFile | None = None
    retry: _RetryFile = _RetryFile()

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("teams")
    @classmethod
    def _team_ids(cls, value: dict[str, _TeamFile]) -> dict[str, _TeamFile]:
        for team_id in value:
            if not re.match(_SLUG, team_id):
                raise ValueError(f"team id {team_id!r}: use lower-case letters, digits, - and _")
            if team_id == ADMIN:
                raise ValueError("'admin' is reserved for the admin target")
        return value


class _Braced(Template):
    """Only ``${NAME}`` (and ``$$``): a bare ``$`` in a password stays as it is written."""

    idpattern = r"(?!)"
    braceidpattern = r"(?a:[_a-z][_a-z0-9]*)"


def expand(text: str, environ: Mapping[str, str]) -> tuple[str, list[str], list[str]]:
    """``${NAME}`` -> its environment value, ``$$`` -> ``$``; also the values used, names missing.

    ``expand("x${A}y", {"A": "1"})`` -> ``("x1y", ["1"], [])``.
    """
    template = _Braced(text)
    names = template.get_identifiers()
    used = {name: environ[name] for name in names if name in environ}
    missing = [name for name in names if name not in environ]
    return template.safe_substitute(used), list(used.values()), missing


def load_teams(
    path: Path,
    environ: Mapping[str, str],
    *,
    data_dir: Path = Path("data"),
    topics: Collection[str] | None = None,
) -> TeamsConfig:
    """Read and check the teams file; raise :class:`TeamsConfigError` naming each bad line.

    Checked completely here, not at send time: the schema, duplicate keys, ``${VAR}``s that are
    not set, target URLs that cannot be parsed, and (given the ids of ``topics``) subscriptions to
    topics the topics file does not have.

    Without a file, one ``local`` team follows every topic and its alerts (and source-health
    reports) are appended to ``<data_dir>/alerts/alerts.jsonl`` and logged, so nothing is dropped
    silently before teams are configured.
    """
    if not path.exists():
        return local_config(data_dir, path)
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:
        where = f", line {exc.line}" if exc.line else ""
        raise TeamsConfigError(f"{path}{where}: {exc.message}") from None
    raw = doc.data
    if not isinstance(raw, dict):
        raise TeamsConfigError(f"{path}: expected a mapping with 'teams:' at the top")
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        raise TeamsConfigError(
            "\n".join(
                f"{path}, line {doc.line(e['loc'])} ({'.'.join(str(p) for p in e['loc'])}): "
                + e["msg"]
                for e in exc.errors()
            )
        ) from None

    problems: list[str] = []

    def target(team_id: str, name: str, url: str, loc: tuple[str, ...]) -> Target:
        expanded, used, absent = expand(url, environ)
        problems.extend(
            f"{path}, line {doc.line(loc)}: environment variable {var} is not set" for var in absent
        )
        result = Target(team_id, name, expanded, tuple(used))
        if not absent and (error := target_url_problem(result)):
            problems.append(f"{path}, line {doc.line(loc)} ({'.'.join(loc)}): {error}")
        return result

    teams = tuple(
        TeamConfig(
            id=team_id,
            name=team.name,
            topics=None if team.topics == "all" else frozenset(team.topics),
            schedule=Schedule.parse(team.delivery),
            targets=tuple(
                target(team_id, name, url, ("teams", team_id, "targets", name))
                for name, url in team.targets.items()
            ),
        )
        for team_id, team in parsed.teams.items()
    )
    admin = tuple(
        target(ADMIN, name, url, ("admin", "targets", name))
        for name, url in (parsed.admin.targets.items() if parsed.admin else ())
    )
    if topics is not None:
        for team_id, team in parsed.teams.items():
            for index, topic in enumerate(team.topics if team.topics != "all" else []):
                if topic not in topics:
                    line = doc.line(("teams", team_id, "topics", index))
                    problems.append(
                        f"{path}, line {line} (teams.{team_id}.topics): unknown topic {topic!r}"
                        f" (the topics file has {', '.join(sorted(topics)) or 'none'})"
                    )
    if problems:
        raise TeamsConfigError("\n".join(problems))
    if not admin:
        admin = (local_target(ADMIN, data_dir),)
        warn_once(f"{path} names no admin target: source-health reports go to {admin[0].url}")
    retry = RetryPolicy(
        parsed.retry.max_attempts,
        timedelta(seconds=parsed.retry.first_delay_seconds),
        timedelta(seconds=parsed.retry.max_delay_seconds),
        timedelta(seconds=parsed.retry.claim_lease_seconds),
    )
    config = TeamsConfig(teams, admin, ZoneInfo(parsed.timezone), retry, path)
    # URLs carry tokens and passwords (a local file's does not): masked in every log record.
    install_redaction(
        s for t in config.all_targets() if t.kind != "file" for s in (t.url, *t.secrets)
    )
    for t in config.all_targets():
        log.debug("target %s (%s): %s", t.qualified, t.kind, t.masked)
    return config
