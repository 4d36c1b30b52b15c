"""``watcher replay serve``: each replayed site on 127.0.0.1, to run watcher offline."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from watcher.cli._app import app

replay_app = typer.Typer(help="A local replay of the sources' sites (tests, demos, offline runs).")
app.add_typer(replay_app, name="replay")


@replay_app.command("serve")
def serve(
    port: Annotated[
        int,
        typer.Option(
            "--port", "-p", help="First port; the sites take PORT..PORT+3 (0: any free ports)."
        ),
    ] = 0,
    faults: Annotated[
        Path | None,
        typer.Option(
            "--faults",
            help='JSON file of faults: [{"slug": "be_chamber", "kind": "status", "path": '
            '"/FLWB/", "times": 2, "status": 500}, ...]; kinds: status, delay (with delay_s), '
            "reset, layout.",
        ),
    ] = None,
) -> None:
    """Serve the replay until interrupted, and print how to point the spiders at it."""
    from watcher.replay.server import Fault, ReplayServer

    server = ReplayServer(port).start()
    for spec in json.loads(faults.read_text()) if faults else []:
        slug = spec.pop("slug")
        server.inject(slug, Fault(**spec))
    for slug, url in server.base_urls.items():
        typer.echo(f"{slug:20} {url}")
    typer.echo(
        "\nPoint the spiders at it with\n"
        f"  scrapy crawl <slug> -s 'WATCHER_BASE_URLS={json.dumps(server.base_urls)}'\n"
        "Ctrl-C stops the server."
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        typer.echo("stopping")
    finally:
        server.stop()
