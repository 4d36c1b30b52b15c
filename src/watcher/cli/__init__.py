"""The ``watcher`` command. Each command group lives in its own module and registers on ``app``.

How a command module is written, so that ``watcher --help`` and the light commands start fast:
at module level import only the standard library, ``typer`` and :mod:`watcher.cli._app`; import
everything else (Prefect, Scrapy, SQLAlchemy, the extractors, the matcher, rich tables) inside the
command functions, with ``TYPE_CHECKING`` imports for annotations. A new module is one more line
below. ``tests/cli/test_cli_imports.py`` fails when ``watcher --help`` imports a heavy package.
"""

from __future__ import annotations

from watcher.cli import alerts as _alerts  # noqa: F401  (registers commands)
from watcher.cli import db as _db  # noqa: F401  (registers commands)
from watcher.cli import hits as _hits  # noqa: F401  (registers commands)
from watcher.cli import match as _match  # noqa: F401  (registers commands)
from watcher.cli import poll as _poll  # noqa: F401  (registers commands)
from watcher.cli import replay as _replay  # noqa: F401  (registers commands)
from watcher.cli import rerun as _rerun  # noqa: F401  (registers commands)
from watcher.cli import sources as _sources  # noqa: F401  (registers commands)
from watcher.cli import web as _web  # noqa: F401  (registers commands)
from watcher.cli._app import app

__all__ = ["app"]
