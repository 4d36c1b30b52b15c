"""Emulated dynamic endpoints of the replayed sites (APIs and generated listings)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import SplitResult

from watcher.replay.sites import Emulator, Reply, Site


def route(pattern: str, path: str) -> dict[str, str] | None:
    """``route(r"/Document\\((?P<id>[^)]+)\\)/resource", path)`` -> the named groups, or None."""
    m = re.fullmatch(pattern, path)
    return m.groupdict() if m else None


EMULATORS: dict[str, Emulator] = {}

__all__ = ["EMULATORS", "Any", "Reply", "Site", "SplitResult", "route"]
