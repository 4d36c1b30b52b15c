"""Fixtures for alert tests: an SMTP server and a Slack-like HTTP endpoint on 127.0.0.1, a teams
file writer, and a database with the source and topics the helpers in ``alertkit`` use."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from alertkit import SlackServer, SmtpServer, free_port, seed_topics
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts import send
from watcher.alerts.teams import TeamsConfig
from watcher.alerts.teams_file import load_teams


@pytest.fixture
def smtp_down() -> Iterator[SmtpServer]:
    """An SMTP server that is not running yet: ``start()`` it to bring it back."""
    server = SmtpServer(free_port())
    yield server
    server.stop()


@pytest.fixture
def slack_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackServer]:
    """An HTTP server on 127.0.0.1 that ``slack://T/B/X`` targets post to, as to Slack."""
    state = SlackServer(0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            state.posts.append((self.path, json.loads(self.rfile.read(length))))
            self.send_response(state.status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok" if state.status == 200 else b"invalid_payload")

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    monkeypatch.setattr(send, "SLACK_HOOKS", f"http://127.0.0.1:{state.port}/services")
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def teams_file(tmp_path: Path) -> Callable[..., TeamsConfig]:
    """Write a teams file from YAML text and load it (with ``environ``)."""

    def write(text: str, environ: dict[str, str] | None = None) -> TeamsConfig:
        path = tmp_path / "teams.yaml"
        path.write_text(text, encoding="utf-8")
        return load_teams(path, environ or {}, data_dir=tmp_path / "data")

    return write


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    seed_topics(sessions)
    return sessions
