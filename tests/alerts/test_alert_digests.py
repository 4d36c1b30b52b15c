"""Digests: due at the team's local time (DST included), one per period, grouped by topic, newest
first, and never repeating what the team already received."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from alertkit import NOW, Doc, SmtpServer, add_hit
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.digest import send_due_digests
from watcher.alerts.outbox import enqueue_backfill_digest
from watcher.alerts.schedule import Schedule
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryMode, DeliveryStatus, HitFeedback

BRUSSELS = ZoneInfo("Europe/Brussels")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (utc(2026, 1, 15, 6, 59), utc(2026, 1, 14, 7, 0)),  # winter: 08:00 CET = 07:00 UTC
        (utc(2026, 1, 15, 7, 0), utc(2026, 1, 15, 7, 0)),
        (utc(2026, 3, 29, 5, 59), utc(2026, 3, 28, 7, 0)),  # clocks went forward at 01:00 UTC
        (utc(2026, 3, 29, 6, 0), utc(2026, 3, 29, 6, 0)),  # 08:00 CEST = 06:00 UTC
        (utc(2026, 7, 1, 12, 0), utc(2026, 7, 1, 6, 0)),
        (utc(2026, 10, 25, 6, 30), utc(2026, 10, 24, 6, 0)),  # clocks went back at 01:00 UTC
        (utc(2026, 10, 25, 7, 0), utc(2026, 10, 25, 7, 0)),
    ],
)
def test_daily_0800_brussels_across_dst(now: datetime, expected: datetime) -> None:
    assert Schedule.parse("daily 08:00").last_due(now, BRUSSELS) == expected


def test_weekly_schedule() -> None:
    weekly = Schedule.parse("weekly Monday 08:30")
    assert (weekly.kind, weekly.at, weekly.weekday) == ("weekly", time(8, 30), 0)
    # Monday 30 March 2026, 08:30 CEST = 06:30 UTC
    assert weekly.last_due(utc(2026, 3, 30, 6, 30), BRUSSELS) == utc(2026, 3, 30, 6, 30)
    assert weekly.last_due(utc(2026, 3, 30, 6, 29), BRUSSELS) == utc(2026, 3, 23, 7, 30)
    assert weekly.last_due(utc(2026, 4, 5, 23, 0), BRUSSELS) == utc(2026, 3, 30, 6, 30)


@pytest.mark.parametrize("bad", ["daily", "daily 25:00", "weekly someday 08:00", "hourly"])
def test_bad_schedules(bad: str) -> None:
    with pytest.raises(ValueError, match="is not a delivery"):
        Schedule.parse(bad)


def _daily_team(smtp: SmtpServer, delivery: str = "daily 08:00") -> str:
    return f"""
teams:
  industry:
    name: Defence industry unit
    topics: all
    delivery: {delivery}
    targets:
      email: "{smtp.url("industry@example.org")}"
"""


def _text(smtp: SmtpServer, index: int) -> str:
    body = smtp.messages[index].get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def test_daily_digest_across_the_spring_dst_change(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_daily_team(smtp_server))
    saturday = utc(2026, 3, 28, 10, 0)
    with seeded.begin() as s:
        add_hit(s, config, saturday, doc=Doc("A1", "Older drone document", date(2026, 3, 20)))
        add_hit(s, config, saturday, doc=Doc("A2", "Newest drone document", date(2026, 3, 27)))
        add_hit(s, config, saturday, doc=Doc("A3", "Middle drone document", date(2026, 3, 25)))
        add_hit(
            s,
            config,
            saturday,
            doc=Doc("B1", "Munitie en drones", date(2026, 3, 26)),
            topic="ammunition",
            snippet="voorraad munitie",
            terms=("munitie",),
        )

    assert send_pending(seeded, config, saturday + timedelta(hours=1)).sent == 0  # digests only
    assert send_due_digests(seeded, config, utc(2026, 3, 28, 12, 0)).sent == 0  # period not over
    # 07:59 on Sunday in Brussels (CEST since 01:00 UTC): not yet.
    assert send_due_digests(seeded, config, utc(2026, 3, 29, 5, 59)).sent == 0
    report = send_due_digests(seeded, config, utc(2026, 3, 29, 6, 0))
    assert report.sent == 4
    [message] = smtp_server.messages
    assert message["Subject"] == "[watcher] Daily digest 29 Mar: 4 docs on C-UAS, Ammunition stocks"
    text = _text(smtp_server, 0)
    assert text.startswith(
        "Daily digest for Defence industry unit, 29 March 2026\n"
        "4 documents on 2 topics: C-UAS (3), Ammunition stocks (1)\n"
    )
    order = ["Newest drone document", "Munitie en drones", "Middle drone document", "Older"]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "voorraad **munitie**" in text
    html = message.get_body(("html",))
    assert html is not None
    assert "#page=2" in str(html.get_content())

    # Later the same day: the period was sent; nothing goes twice.
    assert send_due_digests(seeded, config, utc(2026, 3, 29, 9, 0)).sent == 0
    with seeded.begin() as s:
        add_hit(
            s, config, utc(2026, 3, 29, 9, 30), doc=Doc("C1", "Monday's news", date(2026, 3, 29))
        )
    assert send_due_digests(seeded, config, utc(2026, 3, 29, 23, 0)).sent == 0
    assert send_due_digests(seeded, config, utc(2026, 3, 30, 6, 0)).sent == 1
    assert len(smtp_server.messages) == 2
    second = _text(smtp_server, 1)
    assert "Monday's news" in second
    assert "drone document" not in second  # nothing the team already received


def test_backfill_digest_skips_what_the_team_already_received(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_daily_team(smtp_server, "immediate"))
    with seeded.begin() as s:
        received = add_hit(s, config, NOW, doc=Doc("R1", "Already announced"))
    assert send_pending(seeded, config, NOW).sent == 1

    # A backfill stores hits without announcing them...
    with seeded.begin() as s:
        backfilled = add_hit(
            s,
            config,
            NOW,
            doc=Doc("R2", "Found by the backfill"),
            topic="ammunition",
            backfilled=True,
        )
    with seeded() as s:
        assert s.scalars(select(Delivery.hit_id)).all() == [received]
    # ...then announces them as one digest, without the hit the team already received.
    with seeded.begin() as s:
        assert enqueue_backfill_digest(s, [received, backfilled], config, NOW) == 1
    assert send_pending(seeded, config, NOW + timedelta(minutes=1)).sent == 0
    report = send_due_digests(seeded, config, NOW + timedelta(minutes=1))
    assert report.sent == 1
    assert len(smtp_server.messages) == 2
    text = _text(smtp_server, 1)
    assert text.startswith("Digest for Defence industry unit, 14 May 2026")
    assert "Found by the backfill" in text
    assert "Already announced" not in text
    with seeded() as s:
        rows = {(r.hit_id, r.mode, r.status) for r in s.scalars(select(Delivery))}
    assert rows == {
        (received, DeliveryMode.IMMEDIATE, DeliveryStatus.SENT),
        (backfilled, DeliveryMode.DIGEST, DeliveryStatus.SENT),
    }
    assert send_due_digests(seeded, config, NOW + timedelta(days=1)).sent == 0


def test_a_digest_leaves_out_what_readers_flagged_not_relevant(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_daily_team(smtp_server))
    saturday = utc(2026, 3, 28, 10, 0)
    with seeded.begin() as s:
        kept = add_hit(s, config, saturday, doc=Doc("K1", "Counter-drone systems bought"))
        flagged = add_hit(s, config, saturday, doc=Doc("F1", "Drone light show at the fair"))
        # A reader flags it on the web page before the digest goes.
        s.add(HitFeedback(hit_id=flagged, reason="a light show, not defence"))

    report = send_due_digests(seeded, config, utc(2026, 3, 29, 6, 0))

    assert report.sent == 1
    assert len(smtp_server.messages) == 1
    text = _text(smtp_server, 0)
    assert "Counter-drone systems bought" in text
    assert "Drone light show" not in text
    assert "1 document on 1 topic" in text
    with seeded() as s:
        rows = {r.hit_id: r.status for r in s.scalars(select(Delivery))}
    assert rows == {kept: DeliveryStatus.SENT, flagged: DeliveryStatus.WITHHELD}
    # Withheld is final: the next period does not bring it back.
    assert send_due_digests(seeded, config, utc(2026, 3, 30, 6, 0)).sent == 0
    assert len(smtp_server.messages) == 1


def test_a_flag_does_not_pull_a_hit_out_of_a_digest_already_claimed(
    seeded: sessionmaker[Session],
    smtp_down: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    """A digest whose send failed is retried as the same message: a flag after the claim does
    not change it (the retry must be the message that may already have reached someone)."""
    config = teams_file(_daily_team(smtp_down))
    saturday = utc(2026, 3, 28, 10, 0)
    with seeded.begin() as s:
        first = add_hit(s, config, saturday, doc=Doc("K1", "Counter-drone systems bought"))
        second = add_hit(s, config, saturday, doc=Doc("K2", "Drone defence exercise"))
    assert send_due_digests(seeded, config, utc(2026, 3, 29, 6, 0)).failed == 2  # SMTP down
    with seeded.begin() as s:
        s.add(HitFeedback(hit_id=second, reason="late flag"))
    smtp_down.start()

    report = send_due_digests(seeded, config, utc(2026, 3, 29, 8, 0))

    assert report.sent == 2
    [message] = smtp_down.messages
    text = str(message.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert "Drone defence exercise" in text
    with seeded() as s:
        assert {r.hit_id: r.status for r in s.scalars(select(Delivery))} == {
            first: DeliveryStatus.SENT,
            second: DeliveryStatus.SENT,
        }
