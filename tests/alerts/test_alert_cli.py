"""``watcher alerts test|send|pending|log`` through Typer's runner, real database, real servers."""

from __future__ import annotations

from pathlib import Path

import pytest
from alertkit import (
    NOW,
    SLACK_URL,
    Doc,
    SlackServer,
    SmtpServer,
    add_hit,
    free_port,
    topics_yaml,
)
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from watcher.alerts.send import send_pending
from watcher.alerts.teams_file import load_teams
from watcher.cli import app
from watcher.storage.models import HitFeedback

runner = CliRunner()


@pytest.fixture
def teams_yaml(tmp_path: Path, smtp_server: SmtpServer, slack_server: SlackServer) -> Path:
    path = tmp_path / "teams.yaml"
    path.write_text(
        f"""
teams:
  desk:
    name: Defence policy desk
    topics: all
    targets:
      email: "{smtp_server.url()}"
      slack: "{SLACK_URL}"
  broken:
    name: Team with a dead mail server
    topics: [ammunition]
    targets:
      email: "mailto://127.0.0.1:{free_port()}?to=x@example.org&pass=${{SMTP_PASSWORD}}&user=u"
admin:
  targets:
    ops: "{smtp_server.url("ops@example.org")}"
""",
        encoding="utf-8",
    )
    return path


def _env(db_url: str, teams_yaml: Path) -> dict[str, str]:
    topics = teams_yaml.parent / "topics.yaml"
    topics.write_text(topics_yaml(), encoding="utf-8")
    return {
        "WATCHER_TOPICS_FILE": str(topics),
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_TEAMS_FILE": str(teams_yaml),
        "WATCHER_DATA_DIR": str(teams_yaml.parent / "data"),
        "SMTP_PASSWORD": "hunter2-secret",
    }


def test_alerts_test_sends_to_one_team(
    db_url: str, teams_yaml: Path, smtp_server: SmtpServer, slack_server: SlackServer
) -> None:
    result = runner.invoke(app, ["alerts", "test", "--team", "desk"], env=_env(db_url, teams_yaml))
    assert result.exit_code == 0, result.output
    assert "ok     desk/email" in result.output
    assert "ok     desk/slack" in result.output
    [message] = smtp_server.messages
    assert message["Subject"] == "[watcher] Test message for Defence policy desk"
    assert message["Auto-Submitted"] == "auto-generated"
    assert "This is a test message from watcher to Defence policy desk" in slack_server.texts[0]


def test_alerts_test_reports_a_failing_target_without_its_secret(
    db_url: str, teams_yaml: Path
) -> None:
    result = runner.invoke(
        app, ["alerts", "test", "--team", "broken"], env=_env(db_url, teams_yaml)
    )
    assert result.exit_code == 1
    assert "FAILED broken/email" in result.output
    assert "ConnectionRefusedError" in result.output
    assert "hunter2-secret" not in result.output

    unknown = runner.invoke(
        app, ["alerts", "test", "--team", "nobody"], env=_env(db_url, teams_yaml)
    )
    assert unknown.exit_code == 2
    assert "known: desk, broken, admin" in unknown.output


def test_alerts_test_names_a_missing_variable(db_url: str, teams_yaml: Path) -> None:
    env = _env(db_url, teams_yaml)
    del env["SMTP_PASSWORD"]
    result = runner.invoke(app, ["alerts", "test"], env=env)
    assert result.exit_code == 2
    assert "teams.yaml, line 13: environment variable SMTP_PASSWORD is not set" in result.output


def test_pending_and_log_show_the_outbox(
    seeded: sessionmaker[Session],
    db_url: str,
    teams_yaml: Path,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SMTP_PASSWORD", "hunter2-secret")
    config = load_teams(teams_yaml, {"SMTP_PASSWORD": "hunter2-secret"})
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=Doc("D1", "Drones over the Benelux"))
        add_hit(s, config, NOW, doc=Doc("D2", "Munitievoorraden"), topic="ammunition")
    env = _env(db_url, teams_yaml)

    before = runner.invoke(app, ["alerts", "pending"], env=env)
    assert before.exit_code == 0, before.output
    assert before.output.count("queued") == 5  # D1: desk email, slack; D2: those and broken
    assert '"Drones over the Benelux"' in before.output

    send_pending(seeded, config, NOW)
    after = runner.invoke(app, ["alerts", "pending", "--team", "broken"], env=env)
    assert after.exit_code == 0, after.output
    assert "#" in after.output and "broken/email" in after.output
    assert "retry at" in after.output
    assert "last error: ConnectionRefusedError" in after.output
    assert "1 pending, 0 failed" in after.output
    assert "hunter2-secret" not in after.output

    log = runner.invoke(app, ["alerts", "log", "--limit", "10"], env=env)
    assert log.exit_code == 0, log.output
    assert log.output.count("sent 2026-05-14 09:30") == 4
    assert "desk/slack" in log.output

    sent = runner.invoke(app, ["alerts", "send", "--no-digests"], env=env)
    assert sent.exit_code == 1  # the broken target still fails
    assert "alerts: 0 delivered, 1 failed, 1 pending" in sent.output


def test_log_shows_a_digest_entry_withheld_after_a_flag(
    seeded: sessionmaker[Session], db_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    teams = tmp_path / "teams.yaml"
    teams.write_text(
        f"""
teams:
  desk:
    name: Defence policy desk
    topics: all
    delivery: daily 08:00
    targets: {{email: "{smtp_server.url()}"}}
""",
        encoding="utf-8",
    )
    config = load_teams(teams, {})
    with seeded.begin() as s:
        hit = add_hit(s, config, NOW, doc=Doc("D1", "Drone light show"))
        s.add(HitFeedback(hit_id=hit, reason="not defence"))
    env = _env(db_url, teams)

    sent = runner.invoke(app, ["alerts", "send"], env=env)
    log = runner.invoke(app, ["alerts", "log"], env=env)

    assert sent.exit_code == 0, sent.output
    assert smtp_server.messages == []  # the digest had nothing left to say
    assert log.exit_code == 0, log.output
    assert "withheld (flagged not relevant)" in log.output
    assert '"Drone light show"' in log.output
