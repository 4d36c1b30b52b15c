"""A crash at each point of the outbox protocol, then the next run: every alert arrives once.

A crash is a ``BaseException`` raised between two steps, which nothing in watcher catches (as a
kill would). The one window where a message can arrive twice is between the channel accepting it
and the commit that records it; these tests pin down which channels pay for that and how.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alertkit import NOW, SLACK_URL, Doc, SlackServer, SmtpServer, add_hit
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts import outbox, send
from watcher.alerts.outbox import CLAIM_LEASE
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryStatus, Hit

AFTER_LEASE = NOW + CLAIM_LEASE + timedelta(seconds=1)


class Crash(BaseException):
    """The process dies here."""


def crash_once(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
    """The process dies the next time ``module.name`` is called, before it does anything."""
    original = getattr(module, name)

    def dying(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(module, name, original)
        raise Crash

    monkeypatch.setattr(module, name, dying)


def _team(url: str) -> str:
    return f"""
teams:
  defence-desk:
    name: Defence policy desk
    topics: all
    targets:
      main: "{url}"
"""


def _rows(sessions: sessionmaker[Session]) -> list[Delivery]:
    with sessions() as s:
        return list(s.scalars(select(Delivery).order_by(Delivery.id)))


def test_crash_before_the_hit_commits_then_rerun(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server.url()))
    with pytest.raises(Crash), seeded.begin() as s:
        add_hit(s, config, NOW)
        raise Crash
    with seeded() as s:
        assert s.scalar(select(func.count()).select_from(Hit)) == 0
    assert _rows(seeded) == []  # no hit, no delivery: the next run matches it as new

    with seeded.begin() as s:
        add_hit(s, config, NOW)
    assert send_pending(seeded, config, NOW).sent == 1
    assert send_pending(seeded, config, AFTER_LEASE).sent == 0
    assert len(smtp_server.messages) == 1


def test_crash_after_the_hit_commits_before_any_send(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server.url()))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    # (the process dies here: the sender never runs)
    [row] = _rows(seeded)
    assert row.status is DeliveryStatus.PENDING
    assert send_pending(seeded, config, NOW + timedelta(minutes=30)).sent == 1
    assert send_pending(seeded, config, NOW + timedelta(hours=2)).sent == 0
    assert len(smtp_server.messages) == 1


def test_crash_after_claim_before_send(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = teams_file(_team(smtp_server.url()))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    crash_once(monkeypatch, send, "send_part")
    with pytest.raises(Crash):
        send_pending(seeded, config, NOW)
    [row] = _rows(seeded)
    assert row.status is DeliveryStatus.PENDING
    assert row.claimed_at is not None and row.claimed_at >= NOW  # the sender's clock, from NOW

    # While the claim is young another sender leaves it alone: it may still be in flight.
    early = send_pending(seeded, config, NOW + timedelta(minutes=1))
    assert (early.sent, early.pending) == (0, 1)
    assert smtp_server.messages == []

    assert send_pending(seeded, config, AFTER_LEASE).sent == 1
    assert send_pending(seeded, config, AFTER_LEASE + timedelta(hours=1)).sent == 0
    [message] = smtp_server.messages
    assert message["Message-ID"] == f"<watcher.{row.claim_id}@example.org>"
    [row] = _rows(seeded)
    assert (row.status, row.attempts) == (DeliveryStatus.SENT, 2)


def test_crash_after_email_sent_before_record_resends_the_same_message(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SMTP has no idempotency: the copy carries the same Message-ID, so it is recognisable
    (and dropped by servers and clients that de-duplicate on it)."""
    config = teams_file(_team(smtp_server.url()))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    crash_once(monkeypatch, outbox, "record_sent")
    with pytest.raises(Crash):
        send_pending(seeded, config, NOW)
    assert len(smtp_server.messages) == 1

    assert send_pending(seeded, config, AFTER_LEASE).sent == 1
    assert send_pending(seeded, config, AFTER_LEASE + timedelta(hours=1)).sent == 0
    first, again = smtp_server.messages
    assert first["Message-ID"] == again["Message-ID"]
    assert first["Subject"] == again["Subject"]
    [row] = _rows(seeded)
    assert row.status is DeliveryStatus.SENT


def test_crash_after_file_write_before_record_writes_once(
    seeded: sessionmaker[Session],
    tmp_path: Path,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alert_file = tmp_path / "out" / "alerts.jsonl"
    config = teams_file(_team(alert_file.as_uri()))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    crash_once(monkeypatch, outbox, "record_sent")
    with pytest.raises(Crash):
        send_pending(seeded, config, NOW)

    assert send_pending(seeded, config, AFTER_LEASE).sent == 1
    lines = alert_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["subject"].startswith("[watcher] C-UAS: DOC 56 0367/004")


def test_crash_after_slack_post_before_record_posts_again(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Slack webhooks have no idempotency key: the one message in flight is posted twice."""
    config = teams_file(_team(SLACK_URL))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    crash_once(monkeypatch, outbox, "record_sent")
    with pytest.raises(Crash):
        send_pending(seeded, config, NOW)
    assert send_pending(seeded, config, AFTER_LEASE).sent == 1
    assert send_pending(seeded, config, AFTER_LEASE + timedelta(hours=1)).sent == 0
    assert len(slack_server.posts) == 2
    assert slack_server.texts[0] == slack_server.texts[1]


def test_crash_while_recording_a_failure(
    seeded: sessionmaker[Session],
    smtp_down: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = teams_file(_team(smtp_down.url()))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    crash_once(monkeypatch, outbox, "record_failure")
    with pytest.raises(Crash):
        send_pending(seeded, config, NOW)
    smtp_down.start()
    assert send_pending(seeded, config, AFTER_LEASE).sent == 1
    assert len(smtp_down.messages) == 1


def test_two_senders_at_once_send_each_alert_once(
    seeded: sessionmaker[Session], smtp_server: SmtpServer, teams_file: Callable[..., TeamsConfig]
) -> None:
    config = teams_file(_team(smtp_server.url()))
    with seeded.begin() as s:
        for n in range(6):
            add_hit(s, config, NOW, doc=Doc(native_id=f"56K{n:04d}", title=f"Document {n}"))
    start = threading.Barrier(2)
    sent: list[int] = []

    def sender() -> None:
        start.wait()
        sent.append(send_pending(seeded, config, NOW).sent)

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(sent) == 6
    assert len(smtp_server.messages) == 6
    assert len({m["Message-ID"] for m in smtp_server.messages}) == 6
