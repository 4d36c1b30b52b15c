"""The ``watcher`` command. Each command group lives in its own module and registers on ``app``."""

from __future__ import annotations

from watcher.cli import alerts as _alerts  # noqa: F401  (registers commands)
from watcher.cli import db as _db  # noqa: F401  (registers commands)
from watcher.cli import match as _match  # noqa: F401  (registers commands)
from watcher.cli import pipeline as _pipeline  # noqa: F401  (registers commands)
from watcher.cli import replay as _replay  # noqa: F401  (registers commands)
from watcher.cli import web as _web  # noqa: F401  (registers commands)
from watcher.cli._app import app

__all__ = ["app"]
