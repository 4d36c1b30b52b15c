"""``watcher alerts``: test a team's targets, send what is due, and look into the outbox."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

import typer

from watcher.cli._app import app, check_known, config_errors, printable, settings_from

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from watcher.alerts.send import SendReport
    from watcher.alerts.targets import Target
    from watcher.alerts.teams import TeamsConfig
    from watcher.settings import Settings
    from watcher.storage.models import Delivery, DeliveryStatus

alerts_app = typer.Typer(
    help="Alerts: test the targets, send what is due, show the outbox.", no_args_is_help=True
)
app.add_typer(alerts_app, name="alerts")

TEAM_OPTION = typer.Option(None, "--team", "-t", help="Only this team (its id in the teams file).")


def _teams(settings: Settings) -> TeamsConfig:
    from watcher.runtime import check_config

    with config_errors():
        return check_config(settings, os.environ)


def _check_team(config: TeamsConfig, team: str | None) -> None:
    from watcher.alerts.teams import ADMIN

    if team is not None:
        check_known("team", [team], [t.id for t in config.teams] + [ADMIN])


@contextmanager
def _database(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from watcher.storage.db import ensure_schema, make_engine, session_factory

    engine = make_engine(settings.database_url)
    try:
        ensure_schema(engine, settings.database_url)
        yield session_factory(engine)
    finally:
        engine.dispose()


def _ts(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


@alerts_app.command("test")
def test_targets(ctx: typer.Context, team: str | None = TEAM_OPTION) -> None:
    """Send a test message to every target of a team (or of all teams; ``--team admin`` too)."""
    from watcher.alerts.send import send_test
    from watcher.alerts.teams import ADMIN
    from watcher.timeutil import utcnow

    config = _teams(settings_from(ctx))
    _check_team(config, team)
    now = utcnow()
    chosen: list[tuple[str, Target]] = []
    for t in config.teams:
        if team in (None, t.id):
            chosen += [(t.name, target) for target in t.targets]
    if team in (None, ADMIN):
        chosen += [("watcher admin", target) for target in config.admin]
    failed = 0
    for name, target in chosen:
        error = send_test(target, name, now)
        failed += error is not None
        status = "ok    " if error is None else "FAILED"
        typer.echo(
            f"{status} {target.qualified:<32} {target.masked}"
            + (f"\n       {error}" if error else "")
        )
    if failed:
        raise typer.Exit(1)


def _print_report(title: str, report: SendReport) -> None:
    typer.echo(
        f"{title}: {report.sent} delivered, {report.failed} failed, {report.pending} pending"
    )
    for name, entry in sorted(report.targets.items()):
        counts = f"sent {entry.sent:>4}  failed {entry.failed:>4}  pending {entry.pending:>4}"
        typer.echo(f"  {name:<32} {counts}")
        if entry.last_error:
            typer.echo(f"    last error: {entry.last_error}")


@alerts_app.command("send")
def send(
    ctx: typer.Context,
    digests: bool = typer.Option(True, help="Also send the digests whose period has ended."),
) -> None:
    """Deliver what is due now: immediate alerts, health reports and (by default) digests."""
    from watcher.alerts.digest import send_due_digests
    from watcher.alerts.send import default_links, send_pending
    from watcher.timeutil import utcnow

    settings = settings_from(ctx)
    config = _teams(settings)
    now = utcnow()
    with _database(settings) as sessions:
        links = default_links(config, settings.public_url)
        report = send_pending(sessions, config, now, links=links)
        _print_report("alerts", report)
        failed = report.failed
        if digests:
            digest_report = send_due_digests(sessions, config, now, links=links)
            _print_report("digests", digest_report)
            failed += digest_report.failed
    if failed:
        raise typer.Exit(1)


def _state(row: Delivery, now: datetime) -> str:
    from watcher.alerts.outbox import CLAIM_LEASE
    from watcher.storage.models import DeliveryStatus

    if row.status is DeliveryStatus.SENT:
        return f"sent {_ts(row.sent_at)}"
    if row.status is DeliveryStatus.FAILED:
        return f"FAILED after {row.attempts} attempts"
    if row.status is DeliveryStatus.WITHHELD:
        return "withheld (flagged not relevant)"
    if row.claimed_at is not None:
        stale = row.claimed_at <= now - CLAIM_LEASE
        return f"{'interrupted' if stale else 'sending'} since {_ts(row.claimed_at)}"
    if row.last_error:
        return f"retry at {_ts(row.next_attempt_at)} (attempt {row.attempts + 1})"
    return "queued (digest)" if row.mode.value == "digest" else "queued"


def _deliveries(
    sessions: sessionmaker[Session],
    team: str | None,
    *,
    statuses: Sequence[DeliveryStatus] | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[tuple[Delivery, str | None]]:
    """Deliveries with the title of the document they announce (None for health reports)."""
    from sqlalchemy import select

    from watcher.storage.models import Delivery, Document, Hit

    query = (
        select(Delivery, Document.title)
        .outerjoin(Hit, Hit.id == Delivery.hit_id)
        .outerjoin(Document, Document.id == Hit.document_id)
    )
    if team:
        query = query.where(Delivery.target.startswith(f"{team}/"))
    if statuses:
        query = query.where(Delivery.status.in_(statuses))
    if newest_first:
        query = query.order_by(Delivery.created_at.desc(), Delivery.id.desc())
    else:
        query = query.order_by(Delivery.status.desc(), Delivery.next_attempt_at, Delivery.id)
    with sessions() as session:
        return [(row, title) for row, title in session.execute(query.limit(limit)).all()]


def _print_rows(rows: list[tuple[Delivery, str | None]], now: datetime) -> None:
    from watcher.alerts.render import clip
    from watcher.storage.models import DeliveryStatus

    for row, title in rows:
        typer.echo(
            f"#{row.id:<6} {row.target:<30} {row.mode.value:<9} {_state(row, now)}"
            f"  (attempts: {row.attempts})"
        )
        typer.echo(
            f"        {printable(row.key)}" + (f'  "{clip(printable(title), 80)}"' if title else "")
        )
        if row.last_error and row.status is not DeliveryStatus.SENT:
            typer.echo(f"        last error: {clip(printable(row.last_error), 300)}")


@alerts_app.command("pending")
def pending(ctx: typer.Context, team: str | None = TEAM_OPTION) -> None:
    """What is not delivered yet: queued, waiting for a retry, being sent, or given up (failed)."""
    from watcher.storage.models import DeliveryStatus
    from watcher.timeutil import utcnow

    settings = settings_from(ctx)
    _check_team(_teams(settings), team)
    now = utcnow()
    with _database(settings) as sessions:
        rows = _deliveries(sessions, team, statuses=[DeliveryStatus.PENDING, DeliveryStatus.FAILED])
    if not rows:
        typer.echo("nothing pending: every queued alert has been delivered")
        return
    _print_rows(rows, now)
    failed = sum(row.status is DeliveryStatus.FAILED for row, _ in rows)
    typer.echo(f"{len(rows) - failed} pending, {failed} failed")


@alerts_app.command("log")
def log(
    ctx: typer.Context,
    team: str | None = TEAM_OPTION,
    limit: int = typer.Option(
        50, "--limit", "-n", min=1, help="How many deliveries, newest first."
    ),
) -> None:
    """The latest deliveries, newest first, whatever their status."""
    from watcher.timeutil import utcnow

    settings = settings_from(ctx)
    _check_team(_teams(settings), team)
    now = utcnow()
    with _database(settings) as sessions:
        rows = _deliveries(sessions, team, newest_first=True, limit=limit)
    if not rows:
        typer.echo("the outbox is empty")
        return
    _print_rows(rows, now)
