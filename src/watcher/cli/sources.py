"""``watcher sources``: how each source is doing (health, on/off), and ``watcher sources check``,
each source's assumptions tested on its live site (the logic is in :mod:`watcher.crawl.check`).

Both read no more than they show: SQLAlchemy loads inside the commands, Prefect and Scrapy never.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from watcher.cli._app import app, check_known, console, printable, settings_from

sources_app = typer.Typer()
app.add_typer(sources_app, name="sources")


@sources_app.callback(invoke_without_command=True)
def sources(
    ctx: typer.Context,
    disable: list[str] = typer.Option(None, help="Leave this source out of polls (repeatable)."),
    enable: list[str] = typer.Option(None, help="Poll this source again (repeatable)."),
) -> None:
    """Health of each source: last success, last new document, last error; switch sources off/on.
    `watcher sources check` tests each source's assumptions on its live site."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table
    from rich.text import Text
    from sqlalchemy import select

    from watcher.crawl import sources
    from watcher.storage.db import ensure_schema, make_engine, session_factory
    from watcher.storage.models import Source
    from watcher.storage.repo import ensure_source

    changes = {slug: False for slug in disable or []} | {slug: True for slug in enable or []}
    if changes:  # the list of sources loads the spiders: only when one is switched
        check_known("source", changes, sources.slugs())
    settings = settings_from(ctx)
    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    if changes:
        with session_factory(engine).begin() as s:
            for slug, enabled in changes.items():
                ensure_source(s, slug, sources.title(slug)).enabled = enabled
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
                Text(f"{when(src.last_error_at)}: {printable(src.last_error)}")
                if src.last_error
                else "",
            )
    engine.dispose()
    console().print(table)


@sources_app.command("check")
def check(
    ctx: typer.Context,
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only this source (repeatable).")
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", help="Ask this address instead of the real site (one --source only)."
        ),
    ] = None,
    delay: Annotated[
        float,
        typer.Option(help="Seconds between requests to one site (robots.txt may ask for more)."),
    ] = 1.0,
) -> None:
    """At most 5 polite requests per source: robots.txt, the listing and its rows, one detail
    page, one file. Exit code 1 when an assumption failed."""
    from rich.console import Console
    from rich.table import Table

    from watcher.crawl import sources
    from watcher.crawl.check import check_sources

    check_known("source", source, sources.slugs())
    slugs = list(source or sources.slugs())
    if base_url and len(slugs) != 1:
        raise typer.BadParameter("--base-url needs exactly one --source")
    if delay < 0:
        raise typer.BadParameter("--delay cannot be negative")
    settings = settings_from(ctx)
    outcomes = check_sources(
        slugs,
        user_agent=settings.user_agent,
        base_urls={slugs[0]: base_url} if base_url else None,
        delay_s=delay,
    )
    table = Table(title="sources check")
    for column in ("source", "assumption", "result", "what was seen"):
        table.add_column(column, no_wrap=column != "what was seen")
    marks = {True: "[green]ok[/green]", False: "[red]failed[/red]", None: "not tried"}
    for o in outcomes:
        table.add_row(o.source, o.assumption, marks[o.ok], o.seen)
    Console().print(table)
    if any(o.ok is False for o in outcomes):
        raise typer.Exit(1)


@app.command("new-source")
def new_source(
    slug: Annotated[str, typer.Argument(help="The source's slug: lu_chamber, be_senate...")],
    title: Annotated[str, typer.Option(help="The name readers see.")],
    home: Annotated[str, typer.Option(help="The real site's home: https://www.example.org")],
    language: Annotated[str, typer.Option(help="ISO 639-1 code of its documents.")] = "en",
    root: Annotated[
        Path, typer.Option(help="The watcher checkout to write into.", file_okay=False)
    ] = Path(),
) -> None:
    """Write a new source's spider, replay site and test from templates (they pass as written):
    change the three together until they describe the real site."""
    from watcher.crawl.new_source import NewSource, write_source

    try:
        written = write_source(root, NewSource(slug, title, home, language))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    for path in written:
        console().print(f"wrote {printable(str(path))}")
    console().print(f"then: pytest tests/spiders/test_spider_{slug}.py")
