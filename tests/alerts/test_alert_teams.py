"""The teams file: the example in git loads, mistakes name their line, secrets stay secret."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import time, timedelta
from pathlib import Path

import pytest
from alertkit import NOW, TOPICS
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.routing import routes_for_topic
from watcher.alerts.schedule import Schedule
from watcher.alerts.smtp import parse_email_url
from watcher.alerts.team_sync import sync_teams
from watcher.alerts.teams import TeamsConfig, TeamsConfigError
from watcher.alerts.teams_file import expand, load_teams
from watcher.storage.models import DeliveryMode, Subscription, Team

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "teams.example.yaml"
ENV = {
    "WATCHER_SMTP_USER": "alerts@example.org",
    "WATCHER_SMTP_PASSWORD": "s3cret-Pa55",
    "WATCHER_SLACK_DEFENCE_DESK": "T0001/B0001/abcdefghijklmnop",
}


def test_the_example_file_loads(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG, logger="watcher")
    config = load_teams(EXAMPLE, ENV, data_dir=tmp_path)

    assert [t.id for t in config.teams] == ["defence-desk", "industry", "parliament-liaison"]
    desk, industry, liaison = config.teams
    assert desk.topics == frozenset({"c-uas", "benesam"})
    assert industry.topics is None  # all
    assert (desk.schedule.kind, industry.schedule, liaison.schedule) == (
        "immediate",
        Schedule("daily", time(8, 0)),
        Schedule("weekly", time(8, 30), 0),
    )
    assert [(t.qualified, t.kind) for t in desk.targets] == [
        ("defence-desk/email", "email"),
        ("defence-desk/slack", "slack"),
    ]
    assert [t.qualified for t in config.admin] == ["admin/ops"]
    assert str(config.timezone) == "Europe/Brussels"
    assert config.retry.max_attempts == 8
    assert config.retry.delay(3) == timedelta(minutes=4)
    assert config.retry.delay(30) == timedelta(hours=6)

    email = parse_email_url(desk.targets[0].url)
    assert (email.host, email.port, email.security) == ("smtp.example.org", 587, "starttls")
    assert (email.user, email.password) == ("alerts@example.org", "s3cret-Pa55")
    assert email.sender == ("Watcher", "watcher@example.org")
    assert email.to == ("defence-desk@example.org",)
    assert parse_email_url(industry.targets[0].url).to == (
        "industry@example.org",
        "procurement-lead@example.org",
    )

    # Secrets: not in any repr, not in the log, masked where a target is shown.
    shown = repr(config) + caplog.text
    for secret in ENV.values():
        assert secret not in shown
    assert desk.targets[0].masked == "mailtos://smtp.example.org/…"
    assert desk.targets[1].masked == "https://hooks.slack.com/…"
    assert desk.targets[0].redact("auth failed for s3cret-Pa55") == "auth failed for ***"


def test_routing_by_topic(tmp_path: Path) -> None:
    config = load_teams(EXAMPLE, ENV, data_dir=tmp_path)
    assert [(r.target.qualified, r.mode) for r in routes_for_topic(config, "c-uas")] == [
        ("defence-desk/email", DeliveryMode.IMMEDIATE),
        ("defence-desk/slack", DeliveryMode.IMMEDIATE),
        ("industry/email", DeliveryMode.DIGEST),
    ]
    assert [r.target.qualified for r in routes_for_topic(config, "pesco")] == [
        "industry/email",
        "parliament-liaison/email",
    ]


def test_a_missing_variable_names_its_line(tmp_path: Path) -> None:
    env = {k: v for k, v in ENV.items() if k != "WATCHER_SLACK_DEFENCE_DESK"}
    with pytest.raises(TeamsConfigError) as error:
        load_teams(EXAMPLE, env, data_dir=tmp_path)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "${WATCHER_SLACK_DEFENCE_DESK}" in text)
    assert str(error.value) == (
        f"{EXAMPLE}, line {line}: environment variable WATCHER_SLACK_DEFENCE_DESK is not set"
    )


def test_expand() -> None:
    assert expand("a${X}b$${X}c", {"X": "1"}) == ("a1b${X}c", ["1"], [])
    assert expand("${X}${Y}", {}) == ("${X}${Y}", [], ["X", "Y"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "teams:\n  desk:\n    name: Desk\n    topics: all\n    delivery: hourly\n"
            "    targets:\n      email: mailto://localhost\n",
            "line 5 (teams.desk.delivery): Value error, 'hourly' is not a delivery",
        ),
        (
            "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
            "      email: mailto://localhost\n    colour: blue\n",
            "line 7 (teams.desk.colour): Extra inputs are not permitted",
        ),
        (
            "teams:\n  desk:\n    name: Desk\n    topics: all\n",
            "line 2 (teams.desk.targets): Field required",
        ),
        (
            "teams:\n  desk:\n    name: Desk\n    topics: [c-uas\n",
            "line 5: not valid YAML",
        ),
        (
            "teams:\n  admin:\n    name: Desk\n    topics: all\n    targets:\n      e: mailto://x\n",
            "line 1 (teams): Value error, 'admin' is reserved",
        ),
        (
            "timezone: Europe/Brusels\nteams:\n  desk:\n    name: Desk\n    topics: all\n"
            "    targets:\n      e: mailto://x\n",
            "line 1 (timezone): Value error, unknown time zone 'Europe/Brusels'",
        ),
        (
            "teams:\n  desk:\n    name: Desk\n    topics: all\n    targets:\n"
            "      e: smtp.example.org\n",
            "line 5 (teams.desk.targets): Value error, target 'e' is not a URL",
        ),
    ],
)
def test_a_bad_file_names_the_line(
    teams_file: Callable[..., TeamsConfig], tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(TeamsConfigError) as error:
        teams_file(text)
    assert str(error.value).startswith(f"{tmp_path / 'teams.yaml'}, {message}")


def test_no_teams_file_means_a_local_alert_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = load_teams(tmp_path / "missing.yaml", {}, data_dir=tmp_path / "data")
    [local] = config.teams
    assert (local.id, local.topics, local.schedule.kind) == ("local", None, "immediate")
    [target] = local.targets
    assert target.kind == "file"
    assert target.url == (tmp_path / "data" / "alerts" / "alerts.jsonl").resolve().as_uri()
    assert [t.kind for t in config.admin] == ["file"]
    assert config.path is None
    assert "no teams file" in caplog.text


def test_sync_teams_is_idempotent(
    seeded: sessionmaker[Session], teams_file: Callable[..., TeamsConfig]
) -> None:
    text = """
teams:
  desk:
    name: Desk
    topics: [c-uas, unknown-topic]
    targets: {email: "mailto://localhost"}
  everyone:
    name: Everyone
    topics: all
    delivery: daily 08:00
    targets: {email: "mailto://localhost"}
"""
    config = teams_file(text)

    def state() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
        with seeded() as s:
            teams = [(t.id, t.name, t.mode) for t in s.scalars(select(Team).order_by(Team.id))]
            subs = s.execute(
                select(Subscription.team_id, Subscription.topic_id).order_by(
                    Subscription.team_id, Subscription.topic_id
                )
            ).all()
        return teams, [tuple(r) for r in subs]  # type: ignore[misc]

    for _ in range(2):
        with seeded.begin() as s:
            sync_teams(s, config, NOW)
        assert state() == (
            [("desk", "Desk", "immediate"), ("everyone", "Everyone", "daily")],
            [("desk", "c-uas"), *(("everyone", t) for t in sorted(TOPICS))],
        )

    smaller = teams_file(
        text.replace("[c-uas, unknown-topic]", "[ammunition]").split("  everyone")[0]
    )
    with seeded.begin() as s:
        sync_teams(s, smaller, NOW)
    teams, subs = state()
    assert subs == [("desk", "ammunition")]  # a team gone from the file keeps its row only
    assert [t[0] for t in teams] == ["desk", "everyone"]
