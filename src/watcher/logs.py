"""Where log records go: a file under the data directory, the terminal, a Prefect run's logs.

One function per place, each called once by an entry point:

- :func:`setup_cli_logging` (the ``watcher`` command): every record (watcher's, Prefect's,
  Scrapy's, the libraries') goes to ``<data_dir>/logs/watcher.log``; the terminal shows only
  watcher's warnings and errors, or everything with ``-v``.
- :func:`prefect_run_logs` (each flow): watcher's records also reach the Prefect run's logs
  (``prefect flow-run logs``, the UI), under a worker, ``serve``, the CLI or a test.

Secrets are masked before any handler sees a record: :mod:`watcher.redaction` does it as records
are made, for every handler, these and the ones others add.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_FILE = Path("logs") / "watcher.log"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries whose INFO lines are noise even in the log file.
CHATTY = ("httpx", "httpcore", "alembic", "aiosqlite", "asyncio", "urllib3", "pdfminer")
_MARK = "_watcher_handler"  # set on the handlers installed here, so a second setup replaces them


def _owned(handler: logging.Handler) -> logging.Handler:
    setattr(handler, _MARK, True)
    return handler


class _TerminalFilter(logging.Filter):
    """Without ``-v``: watcher's own warnings and errors; everything else stays in the file."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING and (
            record.name == "watcher" or record.name.startswith("watcher.")
        )


class _InARun(logging.Filter):
    """Only records logged inside a flow or task run (not, say, from the replay server's thread)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from prefect.context import FlowRunContext, TaskRunContext

        return FlowRunContext.get() is not None or TaskRunContext.get() is not None


def setup_cli_logging(
    data_dir: Path, *, verbose: bool, terminal: logging.Handler | None = None
) -> Path:
    """Send every record to the log file under ``data_dir``, and the relevant ones to the terminal.

    ``terminal`` is the handler that writes to the terminal (the CLI passes one that prints
    above its live display); stderr by default. Calling it again replaces what it installed.
    Returns the log file's path.
    """
    path = data_dir / LOG_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=10_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
    term = terminal
    if term is None:
        term = logging.StreamHandler()
        term.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if not verbose:
        term.addFilter(_TerminalFilter())
    for handler in (file_handler, term):
        root.addHandler(_owned(handler))
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.WARNING)
    return path


@contextmanager
def prefect_run_logs() -> Iterator[None]:
    """Within a flow run: watcher's log records also go to the run's logs in the Prefect API.

    Does what ``PREFECT_LOGGING_EXTRA_LOGGERS=watcher`` does, without depending on the
    environment the worker was started with (and does nothing more when that is set).
    """
    from prefect.logging.handlers import APILogHandler

    logger = logging.getLogger("watcher")
    if any(isinstance(h, APILogHandler) for h in logger.handlers):
        yield
        return
    handler = _owned(APILogHandler())
    handler.addFilter(_InARun())
    logger.addHandler(handler)
    previous = logger.level
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)  # a worker's root logger stays at WARNING
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


# A record logged with ``extra=stage("nl_aiv", "extract 3/12")`` also tells a live display what
# that source is doing now (see ``watcher.cli.display``); to every other handler it is a log line.
STAGE_SOURCE = "watcher_source"
STAGE_TEXT = "watcher_stage"


def stage(source: str, text: str) -> dict[str, str]:
    """The ``extra`` of a log record that reports ``source``'s current stage."""
    return {STAGE_SOURCE: source, STAGE_TEXT: text}
