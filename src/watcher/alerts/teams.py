"""Teams, what they follow and where their alerts go: ``config/teams.yaml``, checked on load.

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
missing variable is an error naming the line. Target URLs carry secrets, so they never appear in a
repr, a log line or a stored error: targets are named ``<team>/<target>`` (``defence-desk/email``)
and shown masked (``mailtos://smtp.example.org/…``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from watcher.configfile import ConfigError, YamlFileError, read_yaml
from watcher.redaction import install_redaction
from watcher.storage.models import Subscription, Team, Topic
from watcher.storage.repo import insert_ignore

log = logging.getLogger(__name__)

ADMIN = "admin"
LOCAL_TEAM = "local"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

TargetKind = Literal["email", "slack", "file", "apprise"]


class TeamsConfigError(ConfigError):
    """The teams file cannot be used; the message names the file and the line of each problem."""


@dataclass(frozen=True)
class Schedule:
    """When a team hears about hits: at once, or as a digest at a local time.

    ``"daily 08:00"`` -> ``Schedule("daily", time(8, 0))``;
    ``"weekly monday 08:30"`` -> ``Schedule("weekly", time(8, 30), weekday=0)``.
    """

    kind: Literal["immediate", "daily", "weekly"]
    at: time | None = None
    weekday: int | None = None  # 0 = Monday, as date.weekday()

    @property
    def is_digest(self) -> bool:
        return self.kind != "immediate"

    @classmethod
    def parse(cls, text: str) -> Schedule:
        words = text.lower().split()
        try:
            if words == ["immediate"]:
                return cls("immediate")
            if len(words) == 2 and words[0] == "daily":
                return cls("daily", time.fromisoformat(words[1]))
            if len(words) == 3 and words[0] == "weekly" and words[1] in WEEKDAYS:
                return cls("weekly", time.fromisoformat(words[2]), WEEKDAYS.index(words[1]))
        except ValueError:
            pass
        raise ValueError(
            f"{text!r} is not a delivery: write 'immediate', 'daily HH:MM' or "
            "'weekly <weekday> HH:MM' (local time)"
        )

    def last_due(self, now: datetime, tz: ZoneInfo) -> datetime:
        """The latest scheduled moment at or before ``now`` (``now`` itself when immediate).

        Computed on the local calendar, so 08:00 stays 08:00 across daylight-saving changes:
        ``daily 08:00`` is 07:00 UTC in winter and 06:00 UTC in summer.
        """
        if self.at is None:
            return now
        local = now.astimezone(tz)
        day = local.date()
        for _ in range(8):
            if self.weekday is None or day.weekday() == self.weekday:
                due = datetime.combine(day, self.at, tzinfo=tz)
                if due <= now:
                    return due
            day -= timedelta(days=1)
        raise AssertionError("a weekly schedule is due within eight days")


@dataclass(frozen=True)
class Target:
    """One place alerts go. ``url`` and ``secrets`` hold credentials: never log them."""

    team_id: str
    name: str
    url: str = field(repr=False)
    # The values substituted from the environment, to scrub from any error text.
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @property
    def qualified(self) -> str:
        """The name stored in ``Delivery.target``: ``defence-desk/email``."""
        return f"{self.team_id}/{self.name}"

    @property
    def kind(self) -> TargetKind:
        scheme = self.url.split("://", 1)[0].lower()
        if scheme in ("mailto", "mailtos"):
            return "email"
        if scheme == "file":
            return "file"
        if scheme == "slack" or self.url.lower().startswith("https://hooks.slack.com/"):
            return "slack"
        return "apprise"

    @property
    def masked(self) -> str:
        """The URL without credentials, path or query: ``mailtos://smtp.example.org/…``."""
        return mask_url(self.url)

    def redact(self, text: str) -> str:
        """``text`` with this target's secrets and URL replaced, for logs and stored errors."""
        for secret in sorted({self.url, *self.secrets}, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, "***")
        return text


def mask_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "<unparseable URL>"
    if parts.scheme == "file":
        return url
    if parts.scheme == "slack":
        return "slack://…"
    return f"{parts.scheme}://{host}/…"


def target_url_problem(target: Target) -> str | None:
    """Why ``target``'s URL cannot be used, or None; never quotes the URL (it holds secrets).

    E-mail URLs are parsed as :mod:`watcher.alerts.smtp` parses them at send time, Slack URLs must
    carry their three tokens, anything else must be a URL apprise recognises.
    """
    if target.kind == "email":
        from watcher.alerts.smtp import EmailUrlError, parse_email_url

        try:
            email = parse_email_url(target.url)
        except EmailUrlError as exc:
            return f"unusable e-mail URL: {exc}"
        for address in (email.sender[1], *email.to, *email.cc, *email.bcc):
            if "@" not in address.strip("@"):
                return f"unusable e-mail URL: {target.redact(address)!r} is not an e-mail address"
        return None
    if target.kind == "slack":
        tokens = re.sub(r"^(slack://|https://hooks\.slack\.com/services/)", "", target.url)
        if len([t for t in tokens.split("?")[0].split("/") if t]) < 3 and "xox" not in tokens:
            return "unusable Slack URL: expected slack://T…/B…/token or a hooks.slack.com webhook"
        return None
    if target.kind == "file":
        return None
    import apprise

    # apprise logs an error of its own for a URL it cannot read: the one returned here is enough.
    apprise_log = logging.getLogger("apprise")
    level = apprise_log.level
    apprise_log.setLevel(logging.CRITICAL)
    try:
        known = apprise.Apprise.instantiate(target.url) is not None
    finally:
        apprise_log.setLevel(level)
    return None if known else f"apprise does not recognise the URL ({target.masked})"


@dataclass(frozen=True)
class TeamConfig:
    id: str
    name: str
    topics: frozenset[str] | None  # None: every topic
    schedule: Schedule
    targets: tuple[Target, ...]

    def follows(self, topic_id: str) -> bool:
        return self.topics is None or topic_id in self.topics


# A claim on a delivery not renewed for this long is abandoned: its sender died (a live sender
# renews its claim every third of this while it sends).
CLAIM_LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff between attempts at one delivery, then give up (status ``failed``);
    and the lease after which a claim whose sender stopped renewing it is taken over."""

    max_attempts: int = 8
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=6)
    claim_lease: timedelta = CLAIM_LEASE

    def delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed attempt: 1, 2, 4 ... minutes, capped."""
        delay: timedelta = self.first_delay * (2 ** max(attempts - 1, 0))
        return min(delay, self.max_delay)


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


# --- the file ------------------------------------------------------------------------------------

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


_VAR = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand(text: str, environ: Mapping[str, str]) -> tuple[str, list[str], list[str]]:
    """``${NAME}`` -> its environment value, ``$$`` -> ``$``; also the values used, names missing.

    ``expand("x${A}y", {"A": "1"})`` -> ``("x1y", ["1"], [])``.
    """
    used: list[str] = []
    missing: list[str] = []

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return "$"
        if name not in environ:
            missing.append(name)
            return match.group(0)
        used.append(environ[name])
        return environ[name]

    return _VAR.sub(substitute, text), used, missing


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
        admin = (_local_target(ADMIN, data_dir),)
        _warn_once(f"{path} names no admin target: source-health reports go to {admin[0].url}")
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


def local_config(data_dir: Path, missing_file: Path | None = None) -> TeamsConfig:
    """The fallback: one ``local`` team, all topics, alerts appended to a local file."""
    target = _local_target(LOCAL_TEAM, data_dir)
    _warn_once(
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
    return TeamsConfig((team,), (_local_target(ADMIN, data_dir),), path=None)


@functools.cache
def _warn_once(message: str) -> None:
    """A warning about the configuration, once per process: the CLI checks the files before it
    starts a flow, and the flow loads them again."""
    log.warning("%s", message)


def _local_target(team_id: str, data_dir: Path) -> Target:
    return Target(team_id, "file", (data_dir / "alerts" / "alerts.jsonl").resolve().as_uri())


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
