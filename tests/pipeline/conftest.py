"""Fixtures for end-to-end pipeline tests: one real Prefect server for the session (started the way
the CLI starts it), and watcher's settings pointed at a test database and folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from watcher.prefect_server import ensure_local_server, stop_local_server
from watcher.settings import Settings, load_settings


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API URL of a local Prefect server that every flow in this session reports to."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    data_dir = tmp_path_factory.mktemp("prefect-server")
    server = ensure_local_server(data_dir)
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        from prefect.logging.handlers import APILogHandler

        APILogHandler().flush()  # before the server goes: no "error logging to API" at exit
        stop_local_server(data_dir)


@pytest.fixture
def watcher_env(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_api: str
) -> Callable[[str | None], Settings]:
    """Point watcher at the test database and a scratch data folder; optionally write a teams file.

    Returns a function ``configure(teams_yaml) -> Settings`` (what the flows will load).
    """

    def configure(teams_yaml: str | None = None) -> Settings:
        teams_file = tmp_path / "teams.yaml"
        if teams_yaml is not None:
            teams_file.write_text(teams_yaml, encoding="utf-8")
        for name, value in {
            "WATCHER_DATABASE_URL": db_url,
            "WATCHER_DATA_DIR": str(tmp_path / "data"),
            "WATCHER_TEAMS_FILE": str(teams_file),
            "WATCHER_CONTACT_EMAIL": "tests@example.org",
        }.items():
            monkeypatch.setenv(name, value)
        return load_settings()

    return configure
