"""Time helpers. Time is a parameter: code takes ``now`` from its caller; entry points read it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time, time-zone aware, in UTC."""
    return datetime.now(UTC)
