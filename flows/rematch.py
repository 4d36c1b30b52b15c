"""The ``rematch`` flow: match stored text again after a topic change.

New hits are announced like any other (``alerts=True``) or only stored and reported.
"""

from __future__ import annotations

from prefect import flow, get_run_logger

from watcher import steps
from watcher.logs import prefect_run_logs
from watcher.settings import load_settings
from watcher.timeutil import utcnow


@flow(name="rematch")
def rematch(alerts: bool = False) -> list[int]:
    with prefect_run_logs(), steps.open_runtime(load_settings()) as rt:
        new_hits = steps.rematch(rt, now=utcnow(), announce=alerts)
        if alerts:
            steps.send_immediate(rt, now=utcnow())
        get_run_logger().info("rematch: %d new hits %s", len(new_hits), new_hits)
        return new_hits
