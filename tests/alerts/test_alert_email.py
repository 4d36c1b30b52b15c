"""E-mail through a real SMTP server on 127.0.0.1: the message as received, parsed and checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from alertkit import NOW, SLACK_URL, Doc, SlackServer, SmtpServer, add_hit
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.send import default_links, send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryStatus


def _one_team(smtp: SmtpServer, extra_targets: str = "") -> str:
    return f"""
teams:
  defence-desk:
    name: Defence policy desk
    topics: [c-uas, benelux-cooperation]
    targets:
      email: "{smtp.url()}"{extra_targets}
"""


def _deliveries(sessions: sessionmaker[Session]) -> list[Delivery]:
    with sessions() as s:
        return list(s.scalars(select(Delivery).order_by(Delivery.id)))


def test_alert_email_as_received(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_one_team(smtp_server))
    with seeded.begin() as s:
        add_hit(s, config, NOW, topic="c-uas")
        add_hit(
            s,
            config,
            NOW,
            topic="benelux-cooperation",
            page=1,
            terms=("Benelux",),
            snippet="samenwerking in de Benelux op het vlak van defensie",
        )
        add_hit(s, config, NOW, topic="ammunition")  # not followed by the team

    report = send_pending(seeded, config, NOW)

    assert (report.sent, report.failed, report.pending) == (2, 0, 0)
    assert report.targets["defence-desk/email"].sent == 2
    [msg] = smtp_server.messages  # one document, two topics: one message
    assert smtp_server.envelopes == [("watcher@example.org", ["desk@example.org"])]
    # short enough for a phone, naming the document by its number
    assert msg["Subject"] == (
        "[watcher] Benelux defence cooperation, C-UAS: DOC 56 0367/004 Voorstel van…"
    )
    assert msg["From"] == "Watcher <watcher@example.org>"
    assert msg["To"] == "desk@example.org"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Precedence"] == "bulk"
    [row, _] = _deliveries(seeded)
    assert msg["Message-ID"] == f"<watcher.{row.claim_id}@example.org>"
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]

    text = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert "Voorstel van resolutie" in text
    assert text.startswith(
        "New document on Benelux defence cooperation, Counter-drone capability (C-UAS)\n\n"
        "DOC 56 0367/004 · Voorstel van resolutie tot versterking van de defensiesamenwerking "
        "in de Benelux\n"
        "  Belgian Chamber of Representatives · 13 May 2026 · NL · adopted text\n"
    )
    assert "Counter-drone capability (C-UAS), page 2:" in text
    assert "inzake **anti-drones** (C-UAS" in text
    assert 'Why: the term "anti-drones"' in text
    assert "samenwerking in de **Benelux** op" in text
    assert "Terms:" not in text
    assert "https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf#page=1" in text
    assert "Source page: https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=56K0367004" in text

    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert re.search(r"<mark[^>]*><b>anti-drones</b></mark>", html)
    assert 'href="https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf#page=1"' in html
    assert 'href="https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=56K0367004"' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert re.search(r'<blockquote lang="nl"[^>]*>[^<]*inzake <mark', html)
    assert "List-Unsubscribe" not in msg  # no admin e-mail address to write to

    rows = _deliveries(seeded)
    assert [(r.status, r.attempts, r.sent_at) for r in rows] == [(DeliveryStatus.SENT, 1, NOW)] * 2
    assert send_pending(seeded, config, NOW + timedelta(hours=1)).sent == 0
    assert len(smtp_server.messages) == 1


def test_html_part_escapes_the_title(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_one_team(smtp_server))
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=Doc(title='Drones <script>alert("x")</script> & co'))
    send_pending(seeded, config, NOW)
    html = smtp_server.messages[0].get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html
    assert "Drones &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co" in html


def test_smtp_down_then_back(
    seeded: sessionmaker[Session],
    smtp_down: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_one_team(smtp_down))
    with seeded.begin() as s:
        add_hit(s, config, NOW)

    down = send_pending(seeded, config, NOW)
    assert (down.sent, down.failed, down.pending) == (0, 1, 1)
    [row] = _deliveries(seeded)
    assert row.status is DeliveryStatus.PENDING
    assert row.attempts == 1
    assert row.last_error and "ConnectionRefusedError" in row.last_error
    assert row.next_attempt_at == NOW + timedelta(minutes=1)
    assert row.claimed_at is None

    # Before the backoff has passed nothing is tried, even with the server back.
    smtp_down.start()
    assert send_pending(seeded, config, NOW + timedelta(seconds=30)).sent == 0
    assert smtp_down.messages == []

    back = send_pending(seeded, config, NOW + timedelta(minutes=2))
    assert (back.sent, back.failed, back.pending) == (1, 0, 0)
    [row] = _deliveries(seeded)
    assert (row.status, row.attempts, row.last_error) == (DeliveryStatus.SENT, 2, None)
    assert len(smtp_down.messages) == 1
    assert send_pending(seeded, config, NOW + timedelta(hours=1)).sent == 0
    assert len(smtp_down.messages) == 1


def test_backoff_doubles_then_gives_up(
    seeded: sessionmaker[Session],
    smtp_down: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(
        _one_team(smtp_down) + "retry:\n  max_attempts: 3\n  first_delay_seconds: 60\n"
    )
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    now = NOW
    waits = []
    for _ in range(3):
        send_pending(seeded, config, now)
        [row] = _deliveries(seeded)
        if row.next_attempt_at and row.status is DeliveryStatus.PENDING:
            waits.append(row.next_attempt_at - now)
            now = row.next_attempt_at
    assert waits == [timedelta(minutes=1), timedelta(minutes=2)]
    [row] = _deliveries(seeded)
    assert (row.status, row.attempts) == (DeliveryStatus.FAILED, 3)
    smtp_down.start()
    assert send_pending(seeded, config, now + timedelta(days=1)).sent == 0  # failed stays failed
    assert smtp_down.messages == []


def test_one_failing_target_does_not_block_the_other(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    slack_server.status = 500
    config = teams_file(_one_team(smtp_server, f'\n      slack: "{SLACK_URL}"'))
    with seeded.begin() as s:
        add_hit(s, config, NOW)

    report = send_pending(seeded, config, NOW)

    assert report.targets["defence-desk/email"].sent == 1
    assert report.targets["defence-desk/slack"].failed == 1
    assert len(smtp_server.messages) == 1
    email_row, slack_row = _deliveries(seeded)
    assert email_row.target == "defence-desk/email"
    assert email_row.status is DeliveryStatus.SENT
    assert slack_row.status is DeliveryStatus.PENDING
    assert slack_row.last_error
    assert "XXXXXXXX" not in slack_row.last_error  # the webhook token is a secret

    slack_server.status = 200
    later = send_pending(seeded, config, NOW + timedelta(minutes=5))
    assert (later.sent, later.failed) == (1, 0)
    assert len(smtp_server.messages) == 1  # e-mail not sent again
    assert len(slack_server.posts) == 2  # the refused post, then the accepted one


def test_unsubscribe_goes_to_the_admin_and_subjects_stay_clean(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    admin = f'admin:\n  targets:\n    ops: "{smtp_server.url("ops@example.org")}"\n'
    config = teams_file(_one_team(smtp_server) + admin)
    hostile = "Drones\u202e\u2066 en\u200b munitie\x1b[2J\r\nBcc: x@evil.example "
    hostile += "lang " * 25_000
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=Doc(title=hostile, published_on=date(2015, 4, 24)))
    send_pending(seeded, config, NOW)

    [msg] = smtp_server.messages
    assert msg["List-Unsubscribe"] == (
        "<mailto:ops@example.org?subject=Unsubscribe%20defence-desk%20%28Defence%20policy%20desk%29>"
    )
    subject = " ".join(str(msg["Subject"]).split())  # as unfolded by a mail reader
    assert subject == "[watcher] C-UAS: DOC 56 0367/004 Drones en munitie[2J Bcc: x@evil.example…"
    assert msg["Bcc"] is None
    raw = msg.as_bytes()
    assert len(raw) < 20_000  # a 125,000-character title is capped, not mailed whole
    for invisible in ("\u202e", "\u2066", "\u200b", "\x1b"):
        assert invisible.encode() not in raw
        assert invisible not in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Older document on Counter-drone capability (C-UAS)" in text
    assert "First seen today, published 24 April 2015" in text
    assert "Unsubscribe: mailto:ops@example.org?subject=" in text


def test_with_a_public_site_the_email_links_the_document_and_the_teams_page(
    seeded: sessionmaker[Session],
    smtp_server: SmtpServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_one_team(smtp_server))
    with seeded.begin() as s:
        add_hit(s, config, NOW)

    send_pending(seeded, config, NOW, links=default_links(config, "https://watcher.example.org"))

    [message] = smtp_server.messages
    body = message.get_body(("plain",))
    assert body is not None
    text = str(body.get_content())
    assert "On watcher: https://watcher.example.org/documents/1" in text
    team = next(iter(config.teams)).id
    assert f"Manage this subscription: https://watcher.example.org/teams/{team}" in text
