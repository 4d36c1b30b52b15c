"""The one configuration object, loaded at the entry point and passed down.

Every field can be set in the environment with the ``WATCHER_`` prefix or in a ``.env`` file
(``WATCHER_DATABASE_URL=postgresql+psycopg://...``). Nothing reads the environment at import time:
call :func:`load_settings` where a program starts.

Relative defaults are anchored at the checkout watcher runs from (the folder holding
``pyproject.toml``), not at the current directory: the CLI, a Prefect worker (which runs flows in
a scratch directory) and a test all find the same database, data and config files. Installed from
a wheel, they are anchored at the current directory, except the topics: the shipped
``config/topics.yaml`` travels inside the package (``src/watcher/topics.yaml`` links to it).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _project_root() -> Path:
    """The checkout this package runs from; the current directory for a non-editable install."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() else Path.cwd()


PROJECT_ROOT = _project_root()
# config/topics.yaml in a checkout (the link resolved), the package's copy when installed.
SHIPPED_TOPICS_FILE = Path(__file__).with_name("topics.yaml").resolve()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="WATCHER_",
        env_file=PROJECT_ROOT / ".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'data' / 'watcher.db'}",
        description="SQLAlchemy URL; SQLite by default, postgresql+psycopg://... for teams.",
    )
    data_dir: Path = Field(default=PROJECT_ROOT / "data", description="Raw files, run artefacts.")
    topics_file: Path = Field(default=SHIPPED_TOPICS_FILE)
    teams_file: Path = Field(default=PROJECT_ROOT / "config" / "teams.yaml")
    contact_email: str = Field(
        default="watcher-operator@example.org",
        description="Named in the crawler's user agent so site owners can reach the operator.",
    )
    tk_kinds: list[str] = Field(
        default_factory=list,
        description=(
            "Tweede Kamer document kinds (Soort) to fetch, as a JSON list; empty: every kind. "
            "Checked against the API's kinds when the crawl starts."
        ),
    )
    crawl_output_days: int = Field(
        default=14, ge=0, description="Days a crawl's items, stats and log are kept (0: forever)."
    )
    extraction_timeout_seconds: float = Field(
        default=120, gt=0, description="Time budget of a first extraction; doubled on each retry."
    )
    extraction_memory_mb: int = Field(
        default=1024, ge=64, description="Memory budget of a first extraction; doubled on retry."
    )
    extraction_retries: int = Field(
        default=2, ge=0, description="Retries of an extraction that timed out, ran out or crashed."
    )
    extraction_retry_minutes: float = Field(
        default=10, ge=0, description="Wait before the first retry; doubled before each next one."
    )
    run_lock_minutes: int = Field(
        default=180,
        ge=1,
        description="After this a source's run lock held by a silent run is taken over.",
    )
    web_host: str = Field(default="127.0.0.1", description="Address `watcher web` listens on.")
    web_port: int = Field(default=8000, ge=1, le=65535)
    web_token: SecretStr | None = Field(
        default=None,
        description="Required when the site is bound to a non-loopback address: bearer token, "
        "basic-auth password or feed ?token=.",
    )
    public_url: str | None = Field(
        default=None,
        description="The site's address as readers reach it (https://watcher.example.org); "
        "alerts then link each document to its page.",
    )

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

    @property
    def crawls_dir(self) -> Path:
        """``data/crawls/<slug>/<UTC timestamp>/`` holds each crawl's items, stats and log."""
        return self.data_dir / "crawls"


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment and ``.env``; keyword arguments win."""
    return Settings(**overrides)  # type: ignore[arg-type]
