"""``watcher db``: the database schema."""

from __future__ import annotations

import typer

from watcher.cli._app import app, settings_from

db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(ctx: typer.Context, revision: str = typer.Argument("head")) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    from watcher.storage import db

    settings = settings_from(ctx)
    db.upgrade(settings.database_url, revision)
    typer.echo(f"database at revision {revision}")
