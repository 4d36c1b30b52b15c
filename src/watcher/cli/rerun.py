"""``watcher ingest RUN`` and ``watcher reextract``: one step of the poll run again, by hand.

Both run in this process, without Prefect: they are repairs an operator starts and watches (a
crawl whose storing failed, an extractor fixed), not scheduled work. They go through the poll's
own steps (:mod:`watcher.steps`), so running them twice stores nothing twice and queues no
alert twice.
"""

from __future__ import annotations

from datetime import datetime

import typer

from watcher.cli._app import (
    app,
    check_known,
    config_errors,
    console,
    fail,
    printable,
    settings_from,
)


@app.command("ingest")
def ingest_run(
    ctx: typer.Context,
    run: str = typer.Argument(
        ...,
        help="The kept crawl run: its folder, SLUG/TIMESTAMP (a folder under data/crawls/) "
        "or SLUG/latest (that source's newest finished run).",
        show_default=False,
        metavar="RUN",
    ),
    alerts: bool = typer.Option(
        True, help="Send immediate alerts now (--no-alerts leaves them queued)."
    ),
) -> None:
    """Store a kept crawl run's output again: documents, crawl run, crawl state and health, then
    extract, match and queue alerts, as the poll does; nothing is stored or queued twice."""
    from watcher import steps
    from watcher.cli.poll import print_summary
    from watcher.crawl.runner import CrawlOutputError, find_crawl_run
    from watcher.timeutil import utcnow

    settings = settings_from(ctx)
    try:
        run_dir = find_crawl_run(settings.crawls_dir, run)
    except CrawlOutputError as exc:
        fail(str(exc))
    with config_errors(), steps.open_runtime(settings) as rt:
        started = utcnow()
        try:
            summary = steps.ingest_run(rt, run_dir, now=started)
        except (CrawlOutputError, ValueError) as exc:  # unreadable, or of an unknown source
            fail(str(exc))
        except RuntimeError as exc:  # another run holds the source
            fail(str(exc), code=1)
        sent = steps.send_immediate(rt, now=utcnow()) if alerts else 0
        result = steps.summarise(rt, [summary], alerts_sent=sent, since=started)
    console().print(f"crawl run: {run_dir}", highlight=False, soft_wrap=True)
    print_summary(result, ctx.find_root().meta.get("log_file"), title="watcher ingest")
    if not result.ok:
        raise typer.Exit(1)


@app.command()
def reextract(
    ctx: typer.Context,
    source: str = typer.Option(None, "--source", "-s", help="Only this source's documents."),
    since: datetime = typer.Option(
        None, formats=["%Y-%m-%d"], help="Only documents first seen on or after this day (UTC)."
    ),
    alerts: bool = typer.Option(
        True, help="Send immediate alerts now (--no-alerts leaves the new hits' alerts queued)."
    ),
) -> None:
    """Extract the stored files again (after an extractor fix) and match the changed text;
    only new hits are announced. Documents still pending are left to the poll."""
    from watcher.crawl import sources

    check_known("source", [source] if source else None, sources.slugs())
    from watcher import steps
    from watcher.cli.hits import HitFormat, print_hits
    from watcher.timeutil import utcnow

    settings = settings_from(ctx)
    with config_errors(), steps.open_runtime(settings) as rt:
        report = steps.reextract(
            rt, source=source, since=since.date() if since else None, now=utcnow()
        )
        sent = steps.send_immediate(rt, now=utcnow()) if alerts else 0
    out = console()
    out.print(
        f"documents re-extracted: {report.reextracted}, changed: {report.changed}, "
        f"failed: {len(report.failures)}, new hits: {len(report.new_hit_ids)}",
        highlight=False,
        soft_wrap=True,
    )
    for failure in report.failures:
        out.print(
            f"failed (stored text kept): {printable(failure)}", highlight=False, soft_wrap=True
        )
    if alerts:
        out.print(f"alerts sent: {sent}", highlight=False)
    print_hits(settings, hit_ids=report.new_hit_ids, fmt=HitFormat.table)
    if report.failures:
        raise typer.Exit(1)
