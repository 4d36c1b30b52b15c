"""Leases that hold: a slow channel never lets a second sender repeat a message.

A real SMTP server on loopback takes longer over each message than the claim lease lasts; a second
sender starts once the first one's claim would have run out had it not been renewed. Every
message must arrive exactly once.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from alertkit import Doc, add_hit
from servers import SlowSmtpServer, free_port
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.send import SendReport, send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryStatus
from watcher.timeutil import utcnow

LEASE_SECONDS = 2
SMTP_DELAY = 3.0  # longer than the lease: only a renewed claim survives one send
DOCUMENTS = 4


@pytest.fixture
def slow_smtp() -> Iterator[SlowSmtpServer]:
    server = SlowSmtpServer(free_port(), delay=SMTP_DELAY)
    server.start()
    yield server
    server.stop()


def _wait_for(condition: Callable[[], bool], limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the first sender never delivered anything"
        time.sleep(0.05)


def test_two_senders_and_a_slow_smtp_server_deliver_each_message_once(
    seeded: sessionmaker[Session],
    slow_smtp: SlowSmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(f"""
teams:
  defence-desk:
    name: Defence policy desk
    topics: all
    targets:
      main: "{slow_smtp.url()}"
retry:
  claim_lease_seconds: {LEASE_SECONDS}
""")
    now = utcnow()
    with seeded.begin() as s:
        for n in range(DOCUMENTS):
            add_hit(
                s, config, now, doc=Doc(f"56K036700{n}", f"Resolutie {n}", date(2026, 5, n + 1))
            )

    reports: list[SendReport] = []

    def sender() -> None:
        reports.append(send_pending(seeded, config, utcnow()))

    first = threading.Thread(target=sender)
    first.start()
    _wait_for(lambda: len(slow_smtp.messages) >= 1)
    # The first sender is now inside its second message; without renewal its claim (and, had it
    # claimed everything up front, the claims of the messages still queued) would have run out.
    time.sleep(LEASE_SECONDS + 0.5)
    second = threading.Thread(target=sender)
    second.start()
    first.join(timeout=120)
    second.join(timeout=120)
    assert not first.is_alive() and not second.is_alive()

    ids = Counter(str(m["Message-ID"]) for m in slow_smtp.messages)
    subjects = Counter(str(m["Subject"]) for m in slow_smtp.messages)
    assert [i for i, n in ids.items() if n > 1] == []
    assert len(ids) == DOCUMENTS
    assert all(n == 1 for n in subjects.values()), subjects
    assert sum(r.sent for r in reports) == DOCUMENTS
    assert sum(r.failed for r in reports) == 0
    with seeded() as s:
        rows = s.scalars(select(Delivery)).all()
    assert {(r.status, r.attempts) for r in rows} == {(DeliveryStatus.SENT, 1)}
