"""The ``digest`` flow: send the daily and weekly digests that are due."""

from __future__ import annotations

from prefect import flow, get_run_logger

from watcher import steps
from watcher.logs import prefect_run_logs
from watcher.settings import load_settings
from watcher.timeutil import utcnow


@flow(name="digest")
def digest() -> int:
    with prefect_run_logs(), steps.open_runtime(load_settings()) as rt:
        sent = steps.send_digests(rt, now=utcnow())
        get_run_logger().info("digests: %d deliveries sent", sent)
        return sent
