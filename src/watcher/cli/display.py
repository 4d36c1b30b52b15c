"""A live view of what each source is doing, fed by the log records that report a stage."""

from __future__ import annotations

import logging
import threading
from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.spinner import Spinner
from rich.table import Table

from watcher.logs import STAGE_SOURCE, STAGE_TEXT


class StageDisplay(logging.Handler):
    """While entered: one line per source with its latest stage (``crawl``, ``extract 3/12``...).

    Works as a logging handler on the root logger, so the pipeline reports its stages with plain
    log calls (``log.info(..., extra=stage(slug, "crawl"))``) and knows nothing of terminals.
    Transient: on a terminal it disappears when done; elsewhere it prints nothing.
    """

    def __init__(self, console: Console, rows: list[str]) -> None:
        super().__init__(logging.INFO)
        self._stages = dict.fromkeys(rows, "waiting")
        self._lock = threading.Lock()
        self._live = Live(self._render(), console=console, transient=True, refresh_per_second=8)

    def _render(self) -> Table:
        table = Table.grid(padding=(0, 2))
        for name, text in self._stages.items():
            done = text.startswith(("done", "failed", "up"))
            table.add_row(" " if done else Spinner("dots"), name, text)
        return table

    def emit(self, record: logging.LogRecord) -> None:
        source, text = getattr(record, STAGE_SOURCE, None), getattr(record, STAGE_TEXT, None)
        if source is None or text is None:
            return
        with self._lock:
            self._stages[str(source)] = str(text)
            self._live.update(self._render())

    def __enter__(self) -> StageDisplay:
        self._live.start()
        logging.getLogger().addHandler(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        logging.getLogger().removeHandler(self)
        self._live.stop()
