"""The ``digest`` flow: send the daily and weekly digests that are due."""

from __future__ import annotations

from prefect import flow

from watcher import pipeline
from watcher.settings import load_settings
from watcher.timeutil import utcnow


@flow(name="digest")
def digest() -> int:
    with pipeline.open_runtime(load_settings()) as rt:
        return pipeline.send_digests(rt, now=utcnow())
