"""The ``backfill`` flow: the poll pipeline over a past date range, without flooding anyone.

Hits found are stored and marked as backfilled; the flow returns (and the CLI prints) a report.
Teams receive them only when ``alerts`` is set, and then as one digest per team.
"""

from __future__ import annotations

from datetime import date

from prefect import flow

from flows.poll import log_summary, run_sources
from watcher import steps
from watcher.crawl.sources import check_known
from watcher.logs import prefect_run_logs
from watcher.settings import load_settings
from watcher.steps import PollSummary
from watcher.timeutil import utcnow


@flow(name="backfill")
def backfill(
    source: str, since: date, until: date | None = None, alerts: bool = False, replay: bool = False
) -> PollSummary:
    """Backfill ``source`` from ``since``; ``replay`` reads the bundled replay, not the site."""
    check_known([source])  # before anything starts: no crawl, no retries
    with prefect_run_logs():
        settings = load_settings()
        with steps.open_runtime(settings, replay=replay) as rt:
            started = utcnow()
            summaries = run_sources(
                rt,
                [source],
                since=since,
                until=until or started.date(),
                backfill=True,
                announce=False,
            )
            sent = 0
            if alerts:
                hit_ids = [h for s in summaries for h in s.hit_ids]
                steps.queue_backfill_digest(rt, hit_ids, now=utcnow())
                sent = steps.send_digests(rt, now=utcnow())
            summary = steps.summarise(rt, summaries, alerts_sent=sent, since=started)
        log_summary(summary)
        return summary
