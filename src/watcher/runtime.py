"""What a run needs, opened once from the settings at the entry point and passed down."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.team_sync import sync_teams
from watcher.alerts.teams import TeamsConfig
from watcher.alerts.teams_file import load_teams
from watcher.redaction import install_redaction, secret_env_values
from watcher.settings import Settings
from watcher.storage.db import ensure_schema, make_engine, run_transaction, session_factory
from watcher.storage.rawstore import RawStore
from watcher.topics import read_topics

if TYPE_CHECKING:
    # The matcher (and the extraction models it uses) load only where topics are compiled, so
    # that commands which only check the configuration (`watcher alerts log`) stay light.
    from watcher.match import Topic


def load_config(settings: Settings, environ: Mapping[str, str]) -> tuple[list[Topic], TeamsConfig]:
    """The topics file (compiled for matching) and the teams file, each checked completely and the
    teams against the topics; raises :class:`~watcher.configfile.ConfigError` (file, line,
    message). Secrets in the environment and the teams file are masked in logs from here on."""
    from watcher.match import load_topics

    install_redaction(secret_env_values(environ))
    topics = load_topics(settings.topics_file)
    teams = load_teams(
        settings.teams_file, environ, data_dir=settings.data_dir, topics={t.id for t in topics}
    )
    return topics, teams


def check_config(settings: Settings, environ: Mapping[str, str]) -> TeamsConfig:
    """As :func:`load_config` without compiling the topics (a second, not two): for commands
    that need only the teams, and for the CLI to report a mistake before it starts a flow."""
    install_redaction(secret_env_values(environ))
    topic_ids = {spec.id for spec in read_topics(settings.topics_file).specs}
    return load_teams(settings.teams_file, environ, data_dir=settings.data_dir, topics=topic_ids)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    raw_store: RawStore
    topics: list[Topic]
    teams: TeamsConfig
    # Per-source base-URL overrides (the bundled replay, or a mirror).
    base_urls: dict[str, str] = field(default_factory=dict)
    # A replay run polls only the replayed sources, never a real site.
    replay: bool = False
    # Scrapy settings passed to every crawl (``-s NAME=value``).
    scrapy_settings: dict[str, object] = field(default_factory=dict)

    @classmethod
    def open(cls, settings: Settings, now: datetime, environ: dict[str, str]) -> Runtime:
        """Upgrade the database if needed, load topics and teams, and record both in the database.

        A bad topics or teams file fails here, before any source is polled.
        """
        from watcher.documents import sync_topics

        topics, teams = load_config(settings, environ)
        engine = make_engine(settings.database_url)
        ensure_schema(engine, settings.database_url)
        sessions = session_factory(engine)

        def sync(session: Session) -> None:
            sync_topics(session, topics, now)
            sync_teams(session, teams, now)

        run_transaction(sessions, sync)  # concurrent runs sync the same rows: retry a deadlock
        return cls(settings, engine, sessions, RawStore(settings.raw_dir), topics, teams)

    def close(self) -> None:
        self.engine.dispose()
