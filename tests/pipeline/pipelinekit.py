"""Helpers for the pipeline tests (fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from servers import SmtpServer

from watcher.alerts.teams import TeamsConfig
from watcher.alerts.teams_file import load_teams


def teams_yaml(smtp: SmtpServer, *, delivery: str = "immediate") -> str:
    """One team following every topic, by e-mail to ``smtp``; the admin gets health reports."""
    return f"""
teams:
  defence-desk:
    name: Defence desk
    topics: all
    delivery: {delivery}
    targets:
      email: "{smtp.url("desk@example.org")}"
admin:
  targets:
    ops: "{smtp.url("ops@example.org")}"
"""


# One team by e-mail and an admin target, on a port where nothing listens (nothing is sent).
OFFLINE_TEAMS = """
teams:
  desk:
    name: Desk
    topics: all
    targets: {email: "mailto://127.0.0.1:2525?from=w@example.org&to=desk@example.org"}
admin:
  targets: {ops: "mailto://127.0.0.1:2525?from=w@example.org&to=ops@example.org"}
"""


def offline_teams(folder: Path) -> TeamsConfig:
    """The teams of ``OFFLINE_TEAMS``, loaded from a file written in ``folder``."""
    (folder / "teams.yaml").write_text(OFFLINE_TEAMS)
    return load_teams(folder / "teams.yaml", {}, data_dir=folder)
