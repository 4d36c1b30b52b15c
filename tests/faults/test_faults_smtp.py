"""A mail server that is down, slow, busy (451), refusing (550) or closing: through the real
``watcher alerts send``, every alert arrives exactly once, or stays visibly failed."""

from __future__ import annotations

import os
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from faultkit import WATCHER, Record, delivery_states, seed_hits
from servers import SlowSmtpServer, SmtpServer, free_port

pytestmark = pytest.mark.faults

TITLES = [f"Resolutie over anti-drones, deel {n}" for n in range(4)]


@dataclass
class ScriptedSmtpServer(SmtpServer):
    """Answers DATA with the scripted replies first (``451 ...``), then accepts."""

    replies: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.replies:
            return self.replies.pop(0)
        return await super().handle_DATA(server, session, envelope)


def _setup(tmp_path: Path, port: int, *, retry: str = "") -> dict[str, str]:
    teams = tmp_path / "teams.yaml"
    teams.write_text(
        "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
        f'      email: "mailto://127.0.0.1:{port}?to=desk@example.org"\n'
        "retry:\n  first_delay_seconds: 1\n  max_delay_seconds: 2\n" + retry,
        encoding="utf-8",
    )
    topics = tmp_path / "topics.yaml"
    topics.write_text(
        "version: 1\ntopics:\n  - id: c-uas\n    name: C-UAS\n    description: drones\n"
        "    aliases: {en: [counter-drone]}\n"
        "    examples: {positive: [counter-drone], negative: [drone]}\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seed_hits(url, teams, TITLES)
    return {
        **os.environ,
        "WATCHER_TEAMS_FILE": str(teams),
        "WATCHER_TOPICS_FILE": str(topics),
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_DATABASE_URL": url,
    }


def _send(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [WATCHER, "alerts", "send"], env=env, capture_output=True, text=True, timeout=600
    )


def _tally(record: Record, scenario: str, server: SmtpServer, env: dict[str, str]) -> None:
    """One outcome per alert: delivered once, twice, visibly failed, or gone."""
    received = Counter(str(m["Subject"]) for m in server.messages)
    states = delivery_states(env["WATCHER_DATABASE_URL"])
    for title in TITLES:
        copies = sum(n for subject, n in received.items() if title in subject)
        if copies == 1:
            outcome = "survived"
        elif copies > 1:
            outcome = "duplicate"
        elif any(status == "failed" for status, _, _ in states):
            outcome = "clear error"  # shown by `watcher alerts pending`, retried by nobody
        else:
            outcome = "lost"
        record(scenario, title, outcome)


def test_smtp_down_then_up(tmp_path: Path, record: Record) -> None:
    server = SmtpServer(free_port())
    env = _setup(tmp_path, server.port)
    first = _send(env)
    assert first.returncode == 1 and "Traceback" not in first.stderr, first.stderr
    server.start()
    try:
        time.sleep(1.5)  # the first retry is due after a second
        second = _send(env)
        assert second.returncode == 0, second.stdout + second.stderr
        _send(env)  # nothing left: sends nothing again
        _tally(record, "SMTP down, then up", server, env)
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        ("SMTP busy (451), then accepting", ["451 4.3.0 try again later"] * 3),
        ("SMTP closing (421), then accepting", ["421 4.3.2 shutting down"] * 2),
    ],
)
def test_smtp_temporary_failures(
    tmp_path: Path, record: Record, scenario: str, replies: list[str]
) -> None:
    server = ScriptedSmtpServer(free_port(), replies=list(replies))
    server.start()
    try:
        env = _setup(tmp_path, server.port)
        for _ in range(4):
            _send(env)
            time.sleep(2.5)  # past the longest backoff (max_delay_seconds: 2)
        _tally(record, scenario, server, env)
    finally:
        server.stop()


def test_smtp_refusing_for_good(tmp_path: Path, record: Record) -> None:
    server = ScriptedSmtpServer(free_port(), replies=["550 5.7.1 relaying denied"] * 100)
    server.start()
    try:
        env = _setup(tmp_path, server.port, retry="  max_attempts: 2\n")
        for _ in range(3):
            _send(env)
            time.sleep(1.5)
        pending = subprocess.run(
            [WATCHER, "alerts", "pending"], env=env, capture_output=True, text=True, timeout=300
        )
        assert pending.stdout.count("FAILED after 2 attempts") == len(TITLES), pending.stdout
        assert "550" in pending.stdout  # the reason is kept with each
        _tally(record, "SMTP refusing (550) for good", server, env)
    finally:
        server.stop()


def test_slow_smtp_and_two_senders(tmp_path: Path, record: Record) -> None:
    """Issue #19.5: a slow server, a second `watcher alerts send` while the first still sends."""
    server = SlowSmtpServer(free_port(), delay=3.0)
    server.start()
    try:
        env = _setup(tmp_path, server.port, retry="  claim_lease_seconds: 2\n")
        first = subprocess.Popen([WATCHER, "alerts", "send"], env=env, text=True)
        deadline = time.monotonic() + 300
        while not server.messages and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2.5)  # past the lease of the message the first sender is sending now
        second = subprocess.Popen([WATCHER, "alerts", "send"], env=env, text=True)
        for process in (first, second):
            process.wait(timeout=600)
        _tally(record, "SMTP slow, two senders", server, env)
    finally:
        server.stop()
