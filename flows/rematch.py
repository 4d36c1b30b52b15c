"""The ``rematch`` flow: match stored text again after a topic change.

New hits are announced like any other (``alerts=True``) or only stored and reported.
"""

from __future__ import annotations

from prefect import flow

from watcher import pipeline
from watcher.settings import load_settings
from watcher.timeutil import utcnow


@flow(name="rematch")
def rematch(alerts: bool = False) -> list[int]:
    with pipeline.open_runtime(load_settings()) as rt:
        new_hits = pipeline.rematch(rt, now=utcnow(), announce=alerts)
        if alerts:
            pipeline.send_immediate(rt, now=utcnow())
        return new_hits
