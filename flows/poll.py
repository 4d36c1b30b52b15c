"""The ``poll`` flow: every enabled source, crawled in parallel, through to alerts.

Thin on purpose: each task is one side effect and calls into ``watcher``; retries sit only on the
crawl (network I/O). A failing source is recorded and reported by ``ingest`` and does not stop the
others; nor does an unexpected error while storing or processing one source's documents: that
source's summary says so (the run exits non-zero), and what it left pending is taken up by the
next run. A source another run is crawling right now is skipped, and the summary says by whom.
next run. Every run ends by logging its summary, so ``prefect flow-run logs`` shows what it found.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from watcher import steps
from watcher.crawl.runner import CrawlResult
from watcher.crawl.sources import check_known
from watcher.ingest import IngestReport
from watcher.logs import prefect_run_logs
from watcher.runtime import Runtime
from watcher.settings import load_settings
from watcher.steps import PollSummary, SourceSummary
from watcher.storage.runlock import new_token
from watcher.timeutil import utcnow

# Task results stay in memory (persist_result=False): nothing here is cached or re-read.

T = TypeVar("T")


def whole(value: T) -> T:
    """``value`` handed to a task as it is: Prefect does not walk through it looking for futures.

    Without this, every task call walks the whole runtime (topics, teams, settings) and crawl
    result (every record) item by item: most of a task's overhead, seconds per poll. The task
    receives ``value`` itself (``quote`` is unwrapped by Prefect); the cast only tells the type
    checker so.
    """
    return cast(T, quote(value))


@task(
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=30),
    task_run_name="crawl {slug}",
    cache_policy=NO_CACHE,
    persist_result=False,
)
def crawl(rt: Runtime, slug: str, since: date | None, until: date | None) -> CrawlResult:
    """Run one spider in its own process (raises only when the process itself broke)."""
    return steps.crawl(rt, slug, since=since, until=until)


@task(task_run_name="store {slug}", cache_policy=NO_CACHE, persist_result=False)
def ingest(rt: Runtime, slug: str, result: CrawlResult, backfill: bool) -> IngestReport:
    return steps.ingest(rt, slug, result, now=utcnow(), backfill=backfill)


@task(cache_policy=NO_CACHE, persist_result=False)
def extract_and_match(rt: Runtime, report: IngestReport, announce: bool) -> SourceSummary:
    return steps.extract_and_match(rt, report, now=utcnow(), announce=announce)


@task(task_run_name="send immediate alerts", cache_policy=NO_CACHE, persist_result=False)
def send_alerts(rt: Runtime) -> int:
    return steps.send_immediate(rt, now=utcnow())


def run_sources(
    rt: Runtime,
    sources: list[str],
    *,
    since: date | None = None,
    until: date | None = None,
    backfill: bool = False,
    announce: bool = True,
) -> list[SourceSummary]:
    """Crawl ``sources`` in parallel; then, source by source, ingest, extract and match.

    Each source is claimed for this run first and released once processed; one that another run
    holds is skipped (its summary says why).
    """
    logger = get_run_logger()
    token = new_token()
    summaries: dict[str, SourceSummary] = {}
    claimed: list[str] = []
    for slug in sources:
        if skipped := steps.claim(rt, slug, token):
            logger.warning("source %s: skipped: %s", slug, skipped)
            summaries[slug] = SourceSummary(slug, ok=True, skipped=skipped)
        else:
            claimed.append(slug)
    try:
        crawls = {slug: crawl.submit(whole(rt), slug, since, until) for slug in claimed}
        for slug, future in crawls.items():
            try:
                result = future.result()
            except Exception as exc:  # the crawl process itself failed, after its retries
                logger.error("source %s: crawl did not run: %s", slug, exc)
                result = CrawlResult.broken(slug, f"crawl process failed: {exc}")
            try:
                report = ingest(whole(rt), slug, whole(result), backfill)
                count = steps.pending_count(rt, slug)
                named = extract_and_match.with_options(
                    task_run_name=f"extract {count} documents of {slug}"
                )
                summary = named(whole(rt), whole(report), announce)
                summary.seen = steps.listing_items(result)
                summaries[slug] = summary
            except Exception as exc:  # a bug or a database error: the other sources go on
                logger.exception("source %s: processing failed; the next run takes it up", slug)
                summaries[slug] = SourceSummary(slug, ok=False, failure=f"processing failed: {exc}")
            finally:
                steps.release(rt, slug, token)
    finally:
        for slug in claimed:  # after an interruption too (a no-op for those released above)
            steps.release(rt, slug, token)
    return [summaries[slug] for slug in sources]


def log_summary(summary: PollSummary) -> None:
    """The run's findings in its own logs (the UI, ``prefect flow-run logs``)."""
    logger = get_run_logger()
    for line in summary.lines():
        logger.info("%s", line)


@flow(name="poll", log_prints=False)
def poll(
    sources: list[str] | None = None, replay: bool = False, alerts: bool = True
) -> PollSummary:
    """One full poll: crawl, store, extract, match, and send immediate alerts.

    ``replay`` polls the bundled replay of the sites instead of the real ones.
    """
    check_known(sources or [])  # before anything starts: no crawl, no retries
    with prefect_run_logs():
        settings = load_settings()
        with steps.open_runtime(settings, replay=replay) as rt:
            started = utcnow()
            summaries = run_sources(rt, sources or steps.enabled_sources(rt))
            sent = send_alerts(whole(rt)) if alerts else 0
            summary = steps.summarise(rt, summaries, alerts_sent=sent, since=started)
        log_summary(summary)
        return summary
