"""Slack through apprise to a loopback endpoint: the JSON Slack would receive, checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from alertkit import NOW, SLACK_URL, Doc, SlackServer, add_hit
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.digest import send_due_digests
from watcher.alerts.render import SLACK_LIMIT
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.db import transaction
from watcher.storage.models import Delivery, DeliveryStatus

HOSTILE = "Drones <!channel> @here <@U024BE7LH> *bold* _it_ `code` & <https://evil.example|click>"


def _team(delivery: str = "immediate", url: str = SLACK_URL) -> str:
    return f"""
teams:
  defence-desk:
    name: Defence policy desk
    topics: all
    delivery: {delivery}
    targets:
      slack: "{url}"
"""


def test_slack_alert_payload(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team())
    with transaction(seeded) as s:
        add_hit(s, config, NOW)

    report = send_pending(seeded, config, NOW)

    assert report.sent == 1
    [(path, payload)] = slack_server.posts
    assert path == "/services/T000AAAA/B000BBBB/XXXXXXXXXXXXXXXXXXXXXXXX"
    [attachment] = payload["attachments"]
    [section] = [b for b in attachment["blocks"] if b["type"] != "header"]
    assert section["type"] == "section"
    assert section["text"]["type"] == "mrkdwn"
    assert [b["type"] for b in attachment["blocks"]] == ["section"]  # no apprise footer
    text = section["text"]["text"]
    assert text == (
        ":bell: *New document on Counter-drone capability (C-UAS)*\n\n"
        "*<https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf#page=2|Voorstel van resolutie "
        "tot versterking van de defensiesamenwerking in de Benelux>*\n"
        "Belgian Chamber of Representatives · 13 May 2026 · NL · AANGENOMEN TEKST\n"
        "*Counter-drone capability (C-UAS)* · "
        "<https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf#page=2|page 2>\n"
        ">... capaciteiten inzake *anti-drones* (C-UAS of VSHROD) ...\n"
        "<https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=56K0367004|Source page>"
    )


def test_a_title_cannot_mention_or_restyle(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team())
    with transaction(seeded) as s:
        add_hit(s, config, NOW, doc=Doc(title=HOSTILE), snippet=f"snippet: {HOSTILE}")
    send_pending(seeded, config, NOW)

    [text] = slack_server.texts
    title_line = text.split("\n")[2]
    assert "<!" not in text and "<@" not in text  # no mention control sequence at all
    assert "&lt;!channel&gt;" in title_line
    assert "&lt;@U024BE7LH&gt;" in title_line
    assert "@here" not in text  # a word joiner follows the @
    assert "@\u2060here" in title_line
    assert "&lt;https://evil.example|click&gt;" in title_line  # not a live link
    assert "*bold*" not in text and "_it_" not in text and "`code`" not in text
    assert " &amp; " in title_line


def test_long_digest_is_split_under_the_limit(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team("daily 08:00"))
    long_snippet = "De minister antwoordt over anti-drones en munitie. " * 12
    with transaction(seeded) as s:
        for n in range(40):
            add_hit(
                s,
                config,
                NOW,
                doc=Doc(native_id=f"56K{n:04d}", title=f"Vraag {n} over drones " + "x" * 150),
                topic=("c-uas", "ammunition")[n % 2],
                snippet=long_snippet,
            )

    report = send_due_digests(seeded, config, NOW + timedelta(days=1))

    assert report.sent == 40
    texts = slack_server.texts
    assert len(texts) > 3
    assert all(len(t) <= SLACK_LIMIT for t in texts)
    total = len(texts)
    assert [t.split("\n")[0].endswith(f"({i}/{total})") for i, t in enumerate(texts, 1)] == [
        True
    ] * total
    joined = "\n".join(texts)
    assert all(f"Vraag {n} over drones" in joined for n in range(40))  # each item exactly once
    assert sum(joined.count(f"Vraag {n} over") for n in range(40)) == 40
    with seeded() as s:
        parts = set(s.scalars(select(Delivery.parts_sent)))
    assert parts == {total}


def test_split_digest_resumes_after_the_parts_delivered(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    """Slack refuses part 3: a retry posts parts 3.., not the ones already delivered."""
    config = teams_file(_team("daily 08:00"))
    with transaction(seeded) as s:
        for n in range(40):
            add_hit(
                s,
                config,
                NOW,
                doc=Doc(native_id=f"56K{n:04d}", title=f"Vraag {n} " + "x" * 150),
                snippet="anti-drones " * 40,
            )
    original_posts = slack_server.posts

    class RefuseThird(list[tuple[str, dict[str, object]]]):
        def append(self, item: tuple[str, dict[str, object]]) -> None:
            super().append(item)
            if len(self) == 3:
                slack_server.status = 500

    slack_server.posts = RefuseThird(original_posts)  # type: ignore[assignment]
    first = send_due_digests(seeded, config, NOW + timedelta(days=1))
    assert first.failed == 40
    with seeded() as s:
        rows = list(s.scalars(select(Delivery)))
    assert {(r.status, r.parts_sent) for r in rows} == {(DeliveryStatus.PENDING, 2)}
    delivered = slack_server.texts[:2]

    slack_server.status = 200
    second = send_due_digests(seeded, config, NOW + timedelta(days=1, minutes=5))
    assert second.sent == 40
    texts = slack_server.texts
    numbers = [re.search(r"\((\d+)/(\d+)\)$", t.split("\n")[0]) for t in texts]
    parts = [int(m.group(1)) for m in numbers if m]
    total = int(numbers[0].group(2)) if numbers[0] else 0
    # Posted: 1, 2, 3 (refused), then 3 to the end: parts 1 and 2 went out once.
    assert total > 3
    assert parts == [1, 2, 3, *range(3, total + 1)]
    assert texts[:2] == delivered


def test_slack_refusal_is_recorded(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    slack_server.status = 404
    config = teams_file(_team())
    with transaction(seeded) as s:
        add_hit(s, config, NOW, doc=Doc(published_on=date(2026, 5, 1)))
    report = send_pending(seeded, config, NOW)
    assert (report.sent, report.failed) == (0, 1)
    error = report.targets["defence-desk/slack"].last_error
    assert error and error.startswith("slack://…")
    with seeded() as s:
        row = s.scalars(select(Delivery)).one()
    assert row.last_error == error
    assert "XXXXXXXXXXXX" not in error


def test_other_apprise_services_get_the_plain_text(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team(url=f"json://127.0.0.1:{slack_server.port}/hook"))
    with transaction(seeded) as s:
        add_hit(s, config, NOW)
    assert send_pending(seeded, config, NOW).sent == 1
    [(path, payload)] = slack_server.posts
    assert path == "/hook"
    assert payload["title"].startswith("[watcher] Counter-drone capability (C-UAS): Voorstel")
    assert "inzake **anti-drones** (C-UAS" in payload["message"]
    assert "56K0367004.pdf#page=2" in payload["message"]
