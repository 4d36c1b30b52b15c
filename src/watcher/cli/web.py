"""``watcher web`` (the team's site), ``watcher topics feedback`` (what readers flagged on it) and
``watcher db reindex`` (the full-text search index). Heavy imports stay inside the commands."""

from __future__ import annotations

from typing import Annotated

import typer

from watcher.cli._app import app, settings_from
from watcher.cli.db import db_app
from watcher.cli.match import topics_app


@app.command("web")
def web(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Serve the team's site (hits, documents, search, feeds) on 127.0.0.1:8000 by default."""
    import uvicorn

    from watcher.web.app import create_app
    from watcher.web.security import is_loopback

    settings = settings_from(ctx)
    host = host or settings.web_host
    port = port or settings.web_port
    if not is_loopback(host) and settings.web_token is None:
        typer.echo(
            f"error: refusing to serve on {host} without WATCHER_WEB_TOKEN: the site would be "
            "open to anyone who reaches this machine. Set the token, or bind to 127.0.0.1.",
            err=True,
        )
        raise typer.Exit(2)
    typer.echo(f"watcher web on http://{host}:{port}/ (Ctrl-C stops it)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@topics_app.command("feedback")
def topics_feedback(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Option(help="Only this topic id.")] = None,
) -> None:
    """Hits that readers flagged as not relevant on the site, per topic, newest first."""
    from rich.console import Console
    from rich.table import Table
    from sqlalchemy import select

    from watcher.storage.db import ensure_schema, make_engine, session_factory
    from watcher.storage.models import Document, Hit, HitFeedback

    settings = settings_from(ctx)
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    query = (
        select(HitFeedback, Hit, Document)
        .join(Hit, HitFeedback.hit_id == Hit.id)
        .join(Document, Hit.document_id == Document.id)
        .order_by(Hit.topic_id, HitFeedback.created_at.desc())
    )
    if topic:
        query = query.where(Hit.topic_id == topic)
    with session_factory(engine)() as session:
        rows = session.execute(query).all()
    engine.dispose()
    table = Table("topic", "flagged", "document", "reason", "passage")
    for feedback, hit, document in rows:
        table.add_row(
            hit.topic_id,
            feedback.created_at.date().isoformat(),
            f"{document.source_id}/{document.native_id}",
            feedback.reason or "",
            " ".join(hit.snippet.split())[:160],
        )
    Console().print(table if rows else "No hit has been flagged.")


@db_app.command("reindex")
def reindex(ctx: typer.Context) -> None:
    """Rebuild the full-text search index from the stored text."""
    from watcher.storage.db import ensure_schema, make_engine, session_factory
    from watcher.storage.search import rebuild_index

    settings = settings_from(ctx)
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    with session_factory(engine).begin() as session:
        rebuild_index(session)
    engine.dispose()
    typer.echo("search index rebuilt")
