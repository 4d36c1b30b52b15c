"""Secrets never reach a log record: the HTTP client's own records included, and ``watcher -v``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alertkit import SlackServer

from watcher.alerts.send import send_test
from watcher.alerts.teams import TeamsConfig
from watcher.redaction import RedactingFilter, install_redaction, redact, secret_env_values

TOKEN = "SeCrEtToKeN1234567890ab"
WEBHOOK = f"T000AAAA/B000BBBB/{TOKEN}"


def _texts(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(r) for r in records)


def test_the_http_records_of_a_slack_send_carry_no_token(
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = teams_file(
        "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
        "      slack: slack://${SLACK_DESK_WEBHOOK}\n",
        {"SLACK_DESK_WEBHOOK": WEBHOOK},
    )
    [target] = config.teams[0].targets
    # httpx's own level too: a CLI test run before this one may have quietened it
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="httpx"):
        assert send_test(target, "Desk", datetime(2026, 5, 14, tzinfo=UTC)) is None
    posts = [r for r in caplog.records if r.name.startswith("httpx") and "POST" in r.getMessage()]
    assert posts, "httpx logged no POST: the test would prove nothing"
    assert "/services/" in posts[0].getMessage()
    assert len(slack_server.posts) == 1 and TOKEN in slack_server.posts[0][0]  # it was sent
    assert TOKEN not in _texts(caplog.records)


def test_the_filter_masks_messages_arguments_and_tracebacks() -> None:
    install_redaction(["hunter2-secret"])
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "connecting to %s as %s", ("smtp://u:pw123@h:25/", "u"),
        None,
    )  # fmt: skip
    try:
        raise ValueError("login failed with hunter2-secret for https://h/?token=abcdef&x=1")
    except ValueError:
        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "pw123" not in text and "hunter2-secret" not in text and "abcdef" not in text
    assert "smtp://u:***@h:25/" in text and "token=***&x=1" in text
    assert redact("slack://T1/B2/abc and xoxb-123-456") == "slack://*** and xoxb-***"


def test_secret_env_values_by_name() -> None:
    environ = {"WATCHER_SMTP_PASSWORD": "pw", "SLACK_DESK_WEBHOOK": "T/B/x", "HOME": "/root"}
    assert sorted(secret_env_values(environ)) == ["T/B/x", "pw"]


def test_watcher_verbose_does_not_print_the_webhook_token(tmp_path: Path) -> None:
    """The real command, as an operator runs it: ``watcher -v alerts test`` with a Slack target
    (no internet here: each Slack post fails to connect, and says so with its target)."""
    teams = tmp_path / "teams.yaml"
    teams.write_text(
        "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
        "      slack: https://hooks.slack.com/services/${SLACK_DESK_WEBHOOK}\n"
        "      chat: slack://T111AAAA/B111BBBB/AnotherToken0987654321\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "WATCHER_TEAMS_FILE": str(teams),
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
        "SLACK_DESK_WEBHOOK": WEBHOOK,
    }
    watcher = Path(sys.executable).with_name("watcher")
    result = subprocess.run(
        [str(watcher), "-v", "alerts", "test"], env=env, capture_output=True, text=True, timeout=120
    )
    output = result.stdout + result.stderr
    assert "ConnectError" in output, output  # the failed posts were reported
    assert TOKEN not in output and "AnotherToken0987654321" not in output
    assert "B000BBBB" not in output
