"""``watcher poll|backfill|digest|rematch`` run the flows; ``hits`` and ``sources`` show results."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from watcher.cli._app import app, config_errors, settings_from
from watcher.cli.sources import sources_app
from watcher.crawl.records import SLUGS
from watcher.crawl.runner import source_name
from watcher.pipeline import PollSummary
from watcher.prefect_server import ensure_local_server, stop_local_server
from watcher.runtime import check_config
from watcher.settings import Settings
from watcher.storage.db import ensure_schema, make_engine, session_factory
from watcher.storage.models import Source
from watcher.storage.queries import hit_page
from watcher.storage.repo import ensure_source

console = Console()


@contextmanager
def _prefect_api(settings: Settings) -> Iterator[None]:
    """Run flows against PREFECT_API_URL, or against watcher's local server (started once)."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    server = ensure_local_server(settings.data_dir)
    if server.started:
        console.print(
            f"[dim]started a local Prefect server at {server.api_url.removesuffix('/api')} "
            "(it stays up for later runs; `watcher server stop` ends it)[/dim]"
        )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield


def _print_summary(summary: PollSummary) -> None:
    table = Table(title="watcher poll")
    for column in ("source", "seen", "new", "changed", "pages", "hits", "alerts sent", "errors"):
        table.add_column(
            column,
            justify="left" if column in ("source", "errors") else "right",
            no_wrap=column == "source",
        )
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
            str(s.seen),
            str(s.new),
            str(s.changed),
            str(s.pages),
            str(len(s.hit_ids)),
            str(s.alerts_sent),
            f"[red]{errors}[/red]" if errors else "",
        )
    console.print(table)
    console.print(f"alerts sent: {summary.alerts_sent}; still pending: {summary.alerts_pending}")


@app.command()
def poll(
    ctx: typer.Context,
    source: list[str] = typer.Option(
        None, "--source", "-s", help="Only these sources (repeatable)."
    ),
    replay: bool = typer.Option(
        False, help="Poll the bundled replay of the four sites (no internet needed)."
    ),
    alerts: bool = typer.Option(
        True, help="Send immediate alerts (--no-alerts leaves them queued)."
    ),
) -> None:
    """One full poll now: crawl, store, extract, match, alert; a summary table at the end."""
    settings = settings_from(ctx)
    with config_errors():
        check_config(settings, os.environ)  # a mistake reported before any flow starts
        with _prefect_api(settings):
            from flows.poll import poll as poll_flow

            with console.status("polling " + ", ".join(source or ["every source"]) + " ..."):
                summary = poll_flow(sources=source or None, replay=replay, alerts=alerts)
    _print_summary(summary)
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
    replay: bool = typer.Option(False, help="Backfill from the bundled replay."),
) -> None:
    """The poll pipeline over a past date range; hits are stored and reported, not announced."""
    settings = settings_from(ctx)
    with config_errors():
        check_config(settings, os.environ)  # a mistake reported before any flow starts
        with _prefect_api(settings):
            from flows.backfill import backfill as backfill_flow

            summary = backfill_flow(
                source=source,
                since=since.date(),
                until=until.date() if until else None,
                alerts=alerts,
                replay=replay,
            )
    _print_summary(summary)
    hit_ids = [h for s in summary.sources for h in s.hit_ids]
    _print_hits(settings, hit_ids=hit_ids, fmt=HitFormat.table)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def digest(ctx: typer.Context) -> None:
    """Send the daily and weekly digests that are due now."""
    settings = settings_from(ctx)
    with config_errors():
        check_config(settings, os.environ)  # a mistake reported before any flow starts
        with _prefect_api(settings):
            from flows.digest import digest as digest_flow

            sent = digest_flow()
    console.print(f"digests sent: {sent}")


@app.command()
def rematch(
    ctx: typer.Context,
    alerts: bool = typer.Option(False, help="Announce the new hits (default: only report them)."),
) -> None:
    """Match stored text again after a topic change."""
    settings = settings_from(ctx)
    with config_errors():
        check_config(settings, os.environ)  # a mistake reported before any flow starts
        with _prefect_api(settings):
            from flows.rematch import rematch as rematch_flow

            new_hits = rematch_flow(alerts=alerts)
    console.print(f"new hits: {len(new_hits)}")
    _print_hits(settings, hit_ids=new_hits, fmt=HitFormat.table)


class HitFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _hit_rows(
    settings: Settings,
    *,
    hit_ids: list[int] | None = None,
    topic: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    page: int = 1,
    before: int | None = None,
) -> list[dict[str, Any]]:
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    try:
        with session_factory(engine)() as s:
            rows = hit_page(
                s,
                topic=topic,
                since=datetime.combine(since, datetime.min.time(), UTC) if since else None,
                hit_ids=hit_ids,
                limit=limit,
                page=page,
                before=before,
            )
            return [
                {
                    "hit": hit.id,
                    "topic": hit.topic_id,
                    "score": round(hit.score, 3),
                    "tier": hit.tier,
                    "source": doc.source_id,
                    "document": doc.native_id,
                    "title": doc.title,
                    "published": doc.published_on.isoformat() if doc.published_on else None,
                    "page": hit.page,
                    "terms": hit.terms,
                    "snippet": hit.snippet,
                    "url": doc.file_url or doc.url,
                    "backfilled": hit.backfilled,
                    "matched_at": hit.matched_at.isoformat(),
                }
                for hit, doc in rows
            ]
    finally:
        engine.dispose()


def _print_hits(settings: Settings, *, fmt: HitFormat, **filters: Any) -> None:
    rows = _hit_rows(settings, **filters)
    if fmt is HitFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is HitFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["hit"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "terms": "; ".join(row["terms"])})
    else:
        table = Table()
        for column in ("topic", "score", "source", "document", "published", "page", "title"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                row["topic"],
                str(row["score"]),
                row["source"],
                row["document"],
                row["published"] or "",
                str(row["page"] or ""),
                row["title"][:80],
            )
        console.print(table)
        if rows and len(rows) == filters.get("limit"):
            console.print(f"[dim]{len(rows)} shown; older ones: --before {rows[-1]['hit']}[/dim]")


@app.command()
def hits(
    ctx: typer.Context,
    topic: str = typer.Option(None, help="Only this topic id."),
    since: datetime = typer.Option(None, formats=["%Y-%m-%d"], help="Matched on or after."),
    fmt: HitFormat = typer.Option(HitFormat.table, "--format"),
    limit: int = typer.Option(50, min=0, help="Hits per page (0: all of them)."),
    page: int = typer.Option(1, min=1, help="Page to show, 1 being the newest hits."),
    before: int = typer.Option(
        None, help="Show the hits older than this hit id (the last one of the previous page)."
    ),
) -> None:
    """The stored hits, newest first, a page at a time."""
    _print_hits(
        settings_from(ctx),
        fmt=fmt,
        topic=topic,
        since=since.date() if since else None,
        limit=limit or None,
        page=page,
        before=before,
    )


@sources_app.callback(invoke_without_command=True)
def sources(
    ctx: typer.Context,
    disable: list[str] = typer.Option(None, help="Leave this source out of polls (repeatable)."),
    enable: list[str] = typer.Option(None, help="Poll this source again (repeatable)."),
) -> None:
    """Health of each source: last success, last new document, last error; switch sources off/on."""
    if ctx.invoked_subcommand:
        return
    settings = settings_from(ctx)
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    changes = {slug: False for slug in disable or []} | {slug: True for slug in enable or []}
    if changes:
        with session_factory(engine).begin() as s:
            for slug, enabled in changes.items():
                if slug not in SLUGS:
                    raise typer.BadParameter(f"unknown source {slug!r}; known: {', '.join(SLUGS)}")
                ensure_source(s, slug, source_name(slug)).enabled = enabled
    table = Table(title="sources")
    for column in (
        "source",
        "polled",
        "health",
        "last run",
        "last success",
        "last new document",
        "last error",
    ):
        table.add_column(column, no_wrap=column == "source")

    def when(value: datetime | None) -> str:
        return value.strftime("%Y-%m-%d %H:%M UTC") if value else "-"

    with session_factory(engine)() as s:
        for src in s.scalars(select(Source).order_by(Source.id)):
            table.add_row(
                src.id,
                "yes" if src.enabled else "no",
                src.health.value,
                when(src.last_run_at),
                when(src.last_success_at),
                when(src.last_new_document_at),
                f"{when(src.last_error_at)}: {src.last_error}" if src.last_error else "",
            )
    engine.dispose()
    console.print(table)


server_app = typer.Typer(
    help="The local Prefect server the CLI starts when PREFECT_API_URL is unset."
)
app.add_typer(server_app, name="server")


@server_app.command("stop")
def server_stop(ctx: typer.Context) -> None:
    """Stop watcher's local Prefect server."""
    stopped = stop_local_server(settings_from(ctx).data_dir)
    console.print("stopped" if stopped else "no local server was recorded")
