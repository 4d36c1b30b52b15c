"""The one configuration object, loaded at the entry point and passed down.

Every field can be set in the environment with the ``WATCHER_`` prefix or in a ``.env`` file
(``WATCHER_DATABASE_URL=postgresql+psycopg://...``). Nothing reads the environment at import time:
call :func:`load_settings` where a program starts.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="WATCHER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = Field(
        default="sqlite:///data/watcher.db",
        description="SQLAlchemy URL; SQLite by default, postgresql+psycopg://... for teams.",
    )
    data_dir: Path = Field(default=Path("data"), description="Raw files and run artefacts.")
    topics_file: Path = Field(default=Path("config/topics.yaml"))
    teams_file: Path = Field(default=Path("config/teams.yaml"))
    contact_email: str = Field(
        default="watcher-operator@example.org",
        description="Named in the crawler's user agent so site owners can reach the operator.",
    )
    poll_interval_minutes: int = Field(default=30, ge=5)

    @field_validator("database_url")
    @classmethod
    def _psycopg_driver(cls, url: str) -> str:
        """``postgresql://host/db`` -> ``postgresql+psycopg://host/db``: psycopg 3 is our driver."""
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    @property
    def user_agent(self) -> str:
        from watcher import __version__

        return (
            f"watcher/{__version__} "
            f"(Benelux defence publications monitor; +mailto:{self.contact_email})"
        )

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment and ``.env``; keyword arguments win."""
    return Settings(**overrides)  # type: ignore[arg-type]
