"""A Prefect API for the ``watcher`` CLI when the user has not named one.

Without ``PREFECT_API_URL`` Prefect starts a temporary server inside every process: 11-20 s on
every command, and on a fresh machine the first start can overrun Prefect's 20 s start-up timeout.
Instead, the first CLI run starts one local ``prefect server`` in the background (state under
``<data_dir>/prefect``) with a generous start-up wait, and later runs reuse it while it answers.
Its UI shows every run. ``watcher server stop`` ends it.

Kept rather than Prefect's own ``prefect server start --background`` (Prefect 3.9.1, tried
2026-12-04 on a fresh PREFECT_HOME): that command returns in 2.5 s while the server answers only
15 s later, so the first poll would still have to wait for it here; it keeps no URL (only a pid
file), refuses a taken port instead of choosing a free one, and sends the server's output to
pipes that close when the command exits, so a start that fails leaves no log to point at.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from watcher.logs import stage

log = logging.getLogger(__name__)
SERVER = "prefect server"  # its line in the CLI's live display

STARTUP_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class LocalServer:
    api_url: str
    pid: int
    started: bool  # False when an already running server was reused


def _state_file(data_dir: Path) -> Path:
    return data_dir / "prefect" / "server.json"


def _healthy(api_url: str, timeout_s: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout_s) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_environment(data_dir: Path) -> dict[str, str]:
    """Environment for a server that keeps its database under ``data_dir`` and stays offline."""
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    env.update(
        PREFECT_HOME=str((data_dir / "prefect" / "home").resolve()),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PREFECT_UI_ENABLED=env.get("PREFECT_UI_ENABLED", "true"),
    )
    return env


def ensure_local_server(data_dir: Path, *, timeout_s: float = STARTUP_TIMEOUT_S) -> LocalServer:
    """The URL of a running local Prefect API, starting one if none answers."""
    state_file = _state_file(data_dir)
    if state_file.exists():
        try:
            state = json.loads(state_file.read_text())
            if _healthy(state["api_url"]):
                log.debug("reusing the local Prefect server", extra=stage(SERVER, "up"))
                return LocalServer(state["api_url"], int(state["pid"]), started=False)
        except (ValueError, KeyError):
            pass
    state_file.parent.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = state_file.parent / "server.log"
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=server_environment(data_dir),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # outlives this command; survives Ctrl-C in the terminal
        )
    log.info(
        "starting a local Prefect server on %s (log: %s)",
        api_url,
        log_path,
        extra=stage(SERVER, "starting (first run: this can take a minute)"),
    )
    started = time.monotonic()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the local Prefect server exited with code {process.returncode}; see {log_path}"
            )
        if _healthy(api_url):
            took = time.monotonic() - started
            log.info("local Prefect server up in %.0f s", took, extra=stage(SERVER, "up"))
            state_file.write_text(json.dumps({"api_url": api_url, "pid": process.pid}))
            return LocalServer(api_url, process.pid, started=True)
        time.sleep(0.5)
    process.terminate()
    raise RuntimeError(
        f"the local Prefect server did not answer within {timeout_s:.0f} s; see {log_path}"
    )


def stop_local_server(data_dir: Path) -> bool:
    """Stop the server started by :func:`ensure_local_server`; False if none was recorded."""
    state_file = _state_file(data_dir)
    if not state_file.exists():
        return False
    state = json.loads(state_file.read_text())
    with contextlib.suppress(ProcessLookupError):
        os.killpg(int(state["pid"]), signal.SIGTERM)
    state_file.unlink()
    return True
