"""Source-health reports go to the admin target only; without a teams file, alerts go to a file."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from alertkit import NOW, SLACK_URL, SlackServer, SmtpServer, add_hit
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.outbox import enqueue_health
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.alerts.teams_file import load_teams


def test_health_goes_to_admin_only(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(
        f"""
teams:
  desk:
    name: Desk
    topics: all
    targets:
      slack: "{SLACK_URL}"
admin:
  targets:
    ops: "{smtp_server.url("ops@example.org")}"
"""
    )
    detail = "HTTP 503 from https://www.dekamer.be (3 runs in a row) <!channel>"
    with seeded.begin() as s:
        assert enqueue_health(s, "be_chamber", "failing", detail, config, NOW, event_id=7) == 1
        assert enqueue_health(s, "be_chamber", "failing", detail, config, NOW, event_id=7) == 0

    report = send_pending(seeded, config, NOW)

    assert report.targets["admin/ops"].sent == 1
    assert slack_server.posts == []
    [message] = smtp_server.messages
    assert message["Subject"] == "[watcher] Source be_chamber is failing"
    assert smtp_server.envelopes[0][1] == ["ops@example.org"]
    body = message.get_body(("plain",))
    assert body is not None and detail in str(body.get_content())


def test_without_a_teams_file_alerts_go_to_a_local_file(
    seeded: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="watcher")
    config = load_teams(tmp_path / "config" / "teams.yaml", {}, data_dir=tmp_path / "data")
    with seeded.begin() as s:
        add_hit(s, config, NOW)
        enqueue_health(s, "be_chamber", "recovered", "back to normal", config, NOW, event_id=8)

    assert send_pending(seeded, config, NOW).sent == 2

    lines = (tmp_path / "data" / "alerts" / "alerts.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in lines.splitlines()]
    assert [(r["target"], r["subject"]) for r in records] == [
        (
            "local/file",
            "[watcher] C-UAS: DOC 56 0367/004 Voorstel van resolutie tot versterking van…",
        ),
        ("admin/file", "[watcher] Source be_chamber is recovered"),
    ]
    assert "#page=2" in records[0]["text"]
    assert "alert written to" in caplog.text
