"""``watcher poll|backfill|digest|rematch`` run the flows; ``watcher server stop``.

Prefect and the pipeline load inside the commands (see ``watcher.cli``): ``watcher --help``
and the commands that only read the database never import them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

import typer

from watcher.cli._app import app, check_known, config_errors, console, printable, settings_from

if TYPE_CHECKING:
    from watcher.settings import Settings
    from watcher.steps import PollSummary


@contextmanager
def _prefect_api(settings: Settings) -> Iterator[None]:
    """Run flows against PREFECT_API_URL, or against watcher's local server (started once)."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from watcher.prefect_server import ensure_local_server

    server = ensure_local_server(settings.data_dir)
    if server.started:
        console().print(
            f"[dim]started a local Prefect server at {server.api_url.removesuffix('/api')} "
            "(it stays up for later runs; `watcher server stop` ends it)[/dim]"
        )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield


def _check_config(settings: Settings) -> None:
    """A mistake in the topics or teams file, reported before any flow or server starts."""
    from watcher.runtime import check_config

    with config_errors():
        check_config(settings, os.environ)


@contextmanager
def _live(settings: Settings, sources: list[str]) -> Iterator[None]:
    """The live stage display, the Prefect API, and the log file named at the end."""
    from watcher.cli.display import StageDisplay

    rows = ([] if os.environ.get("PREFECT_API_URL") else ["prefect server"]) + sources
    with StageDisplay(console(), rows), _prefect_api(settings):
        yield


def print_summary(summary: PollSummary, log_file: object, *, title: str = "watcher poll") -> None:
    """The poll's summary: a table of the sources, then the messages sent and what is pending."""
    from rich.table import Table
    from rich.text import Text

    from watcher.steps import describe_messages, describe_pending

    table = Table(title=title)
    for column in ("source", "status", "seen", "new", "changed", "pages", "hits", "errors"):
        table.add_column(
            column,
            justify="left" if column in ("source", "status", "errors") else "right",
            no_wrap=column in ("source", "status"),
        )
    styles = {"ok": "green", "degraded": "yellow", "FAILED": "red", "skipped": "dim"}
    for s in summary.sources:
        notes = [s.failure] if s.failure else []
        if s.extraction_failed:
            notes.append(f"{s.extraction_failed} extraction failed (admin told)")
        if s.extraction_retrying:
            notes.append(f"{s.extraction_retrying} extraction to retry")
        if s.rejected:
            notes.append(f"{len(s.rejected)} record(s) rejected (admin told)")
        if s.skipped:
            notes.append(f"skipped: {s.skipped}")
        errors = "; ".join(notes)
        table.add_row(
            s.source,
            Text(s.status, style=styles[s.status]),
            str(s.seen),
            str(s.new),
            str(s.changed),
            str(s.pages),
            str(len(s.hit_ids)),
            Text(printable(errors), style="red"),
        )
    out = console()
    out.print(table)
    out.print(f"messages sent: {describe_messages(summary.messages)}", highlight=False)
    from zoneinfo import ZoneInfo

    out.print(
        f"pending: {describe_pending(summary.pending, ZoneInfo(summary.timezone))}",
        highlight=False,
    )
    out.print(f"[dim]log: {log_file}[/dim]")


@app.command()
def poll(
    ctx: typer.Context,
    source: list[str] = typer.Option(
        None, "--source", "-s", help="Only these sources (repeatable)."
    ),
    replay: bool = typer.Option(
        False, help="Poll the bundled replay of the sites (no internet needed)."
    ),
    alerts: bool = typer.Option(
        True, help="Send immediate alerts (--no-alerts leaves them queued)."
    ),
) -> None:
    """One full poll now: crawl, store, extract, match, alert; a summary table at the end."""
    from watcher.crawl import sources

    check_known("source", source, sources.slugs())
    settings = settings_from(ctx)
    _check_config(settings)
    with _live(settings, source or list(sources.slugs())):
        from flows.poll import poll as poll_flow

        summary = poll_flow(sources=source or None, replay=replay, alerts=alerts)
    print_summary(summary, ctx.find_root().meta.get("log_file"))
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def backfill(
    ctx: typer.Context,
    source: str = typer.Option(..., "--source", "-s"),
    since: datetime = typer.Option(..., formats=["%Y-%m-%d"]),
    until: datetime = typer.Option(None, formats=["%Y-%m-%d"]),
    alerts: bool = typer.Option(
        False, help="Send the hits found to the teams, as one digest each."
    ),
    replay: bool = typer.Option(
        False, help="Backfill from the bundled replay (without it: the real site)."
    ),
) -> None:
    """The poll pipeline over a past date range; hits are stored and reported, not announced."""
    from watcher.crawl import sources

    check_known("source", [source], sources.slugs())
    settings = settings_from(ctx)
    _check_config(settings)
    with _live(settings, [source]):
        from flows.backfill import backfill as backfill_flow

        summary = backfill_flow(
            source=source,
            since=since.date(),
            until=until.date() if until else None,
            alerts=alerts,
            replay=replay,
        )
    print_summary(summary, ctx.find_root().meta.get("log_file"))
    from watcher.cli.hits import HitFormat, print_hits

    hit_ids = [h for s in summary.sources for h in s.hit_ids]
    print_hits(settings, hit_ids=hit_ids, fmt=HitFormat.table)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def digest(ctx: typer.Context) -> None:
    """Send the daily and weekly digests that are due now."""
    settings = settings_from(ctx)
    _check_config(settings)
    with _live(settings, []):
        from flows.digest import digest as digest_flow

        sent = digest_flow()
    console().print(f"digest deliveries sent: {sent}")


@app.command()
def rematch(
    ctx: typer.Context,
    alerts: bool = typer.Option(False, help="Announce the new hits (default: only report them)."),
) -> None:
    """Match stored text again after a topic change."""
    settings = settings_from(ctx)
    _check_config(settings)
    with _live(settings, []):
        from flows.rematch import rematch as rematch_flow

        new_hits = rematch_flow(alerts=alerts)
    console().print(f"new hits: {len(new_hits)}")
    from watcher.cli.hits import HitFormat, print_hits

    print_hits(settings, hit_ids=new_hits, fmt=HitFormat.table)


server_app = typer.Typer(
    help="The local Prefect server the CLI starts when PREFECT_API_URL is unset."
)
app.add_typer(server_app, name="server")


@server_app.command("stop")
def server_stop(ctx: typer.Context) -> None:
    """Stop watcher's local Prefect server."""
    from watcher.prefect_server import stop_local_server

    stopped = stop_local_server(settings_from(ctx).data_dir)
    console().print("stopped" if stopped else "no local server was recorded")
