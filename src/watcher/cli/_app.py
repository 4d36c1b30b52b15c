"""The Typer application and the helpers every command shares."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from watcher.configfile import ConfigError
from watcher.redaction import install_redaction, secret_env_values
from watcher.settings import Settings, load_settings

app = typer.Typer(
    name="watcher",
    help="Monitor new Benelux defence publications and alert the teams that follow each topic.",
    no_args_is_help=True,
    add_completion=False,
)


def settings_from(ctx: typer.Context) -> Settings:
    """The Settings loaded once by the top-level callback."""
    settings = ctx.obj
    assert isinstance(settings, Settings)
    return settings


@app.callback()
def main(
    ctx: typer.Context,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug messages."),
) -> None:
    install_redaction(secret_env_values(os.environ))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        for noisy in ("alembic", "httpx"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    ctx.obj = load_settings()


@contextmanager
def config_errors() -> Iterator[None]:
    """A configuration error inside the block is printed as its one message (file, line, what is
    wrong) and ends the command with exit status 2, without a traceback."""
    try:
        yield
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
