"""``watcher sources check``: each source's assumptions tested on its live site.

The logic is in :mod:`watcher.crawl.check`. ``watcher sources`` itself (health, on/off) registers
on ``sources_app`` as its callback.
"""

from __future__ import annotations

from typing import Annotated

import typer

from watcher.cli._app import app, settings_from

sources_app = typer.Typer(
    help="Health of each source: last success, last new document, last error; switch sources "
    "off/on. `watcher sources check` tests each source's assumptions on its live site."
)
app.add_typer(sources_app, name="sources")


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

    from watcher.crawl.check import check_sources
    from watcher.crawl.records import SLUGS

    slugs = list(source or SLUGS)
    for slug in slugs:
        if slug not in SLUGS:
            raise typer.BadParameter(f"unknown source {slug!r}; known: {', '.join(SLUGS)}")
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
