"""Helpers for the pipeline tests (fixtures are in conftest.py)."""

from __future__ import annotations

from servers import SmtpServer


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
