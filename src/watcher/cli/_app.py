"""The Typer application and the helpers every command shares.

Kept light: importing this module (and so ``watcher --help``) loads Typer and the standard
library only. Settings, logging and everything heavier load when a command runs.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from watcher.settings import Settings

app = typer.Typer(
    name="watcher",
    help="Monitor new Benelux defence publications and alert the teams that follow each topic.",
    no_args_is_help=True,
    add_completion=False,
)

_console: Console | None = None


def console() -> Console:
    """The one rich console of the command (log lines print above its live displays)."""
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console()
    return _console


def settings_from(ctx: typer.Context) -> Settings:
    """The Settings loaded once by the top-level callback."""
    from watcher.settings import Settings

    settings = ctx.find_root().obj
    assert isinstance(settings, Settings)
    return settings


def fail(message: str, *, code: int = 2) -> NoReturn:
    """End the command with ``message`` on stderr (exit code 2: bad arguments or configuration)."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def check_known(kind: str, values: Iterable[str] | None, known: Iterable[str]) -> None:
    """Fail at once, naming the known values, when any of ``values`` is not one of them."""
    known = list(known)
    unknown = [v for v in values or [] if v not in known]
    if unknown:
        fail(f"unknown {kind} {', '.join(map(repr, unknown))}; known: {', '.join(known)}")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str | None) -> str:
    """``text`` safe to print: terminal escapes, control and bidi characters become spaces.

    ``"Kamer\\x1b[2Jstuk"`` -> ``"Kamer [2Jstuk"``; tabs and line breaks become spaces too.
    """
    return _CONTROL.sub(" ", (text or "").replace("\t", " ").replace("\n", " "))


@app.callback()
def main(
    ctx: typer.Context,
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Show every log line (Prefect's, Scrapy's) on the terminal."
    ),
) -> None:
    from rich.logging import RichHandler

    from watcher.logs import setup_cli_logging
    from watcher.redaction import install_redaction, secret_env_values
    from watcher.settings import load_settings

    install_redaction(secret_env_values(os.environ))
    # Before Prefect is imported: no usage-data notice, no telemetry from an offline tool.
    os.environ.setdefault("DO_NOT_TRACK", "1")
    settings = load_settings()
    terminal = RichHandler(console=console(), show_time=False, show_path=False)
    ctx.meta["log_file"] = setup_cli_logging(settings.data_dir, verbose=verbose, terminal=terminal)
    logging.getLogger(__name__).debug("settings loaded; logging to %s", ctx.meta["log_file"])
    ctx.obj = settings


@contextmanager
def config_errors() -> Iterator[None]:
    """A configuration error inside the block is printed as its one message (file, line, what is
    wrong) and ends the command with exit status 2, without a traceback."""
    from watcher.configfile import ConfigError

    try:
        yield
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
