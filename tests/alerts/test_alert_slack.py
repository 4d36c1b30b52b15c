"""Slack through a loopback endpoint standing in for the incoming webhook: the Block Kit JSON
Slack would receive, checked against Block Kit's limits (blockkit.check_payload) and for escaping.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, timedelta

import httpx
import pytest
from alertkit import NOW, SLACK_URL, Doc, SlackServer, add_hit
from blockkit import check_payload, section_texts
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts import render, send
from watcher.alerts.digest import send_due_digests
from watcher.alerts.send import send_pending
from watcher.alerts.teams import TeamsConfig
from watcher.storage.models import Delivery, DeliveryStatus

HOSTILE = "Drones <!channel> @here <@U024BE7LH> *bold* _it_ `code` & <https://evil.example|click>"
PDF = "https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf"


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
    with seeded.begin() as s:
        add_hit(s, config, NOW)

    report = send_pending(seeded, config, NOW)

    assert (report.sent, report.messages) == (1, 1)
    [(path, payload)] = slack_server.posts
    assert path == "/services/T000AAAA/B000BBBB/XXXXXXXXXXXXXXXXXXXXXXXX"
    check_payload(payload)
    assert payload["text"] == (  # what a phone's notification shows
        "C-UAS: DOC 56 0367/004 Voorstel van resolutie tot versterking van de "
        "defensiesamenwerking in de Benelux"
    )
    assert [b["type"] for b in payload["blocks"]] == ["header", "section", "context"]
    header, section, context = payload["blocks"]
    assert header["text"]["text"] == "New document on Counter-drone capability (C-UAS)"
    assert section["text"]["text"] == (
        f"*<{PDF}#page=2|DOC 56 0367/004 · Voorstel van resolutie "
        "tot versterking van de defensiesamenwerking in de Benelux>*\n"
        f"*Counter-drone capability (C-UAS)* · <{PDF}#page=2|page 2>\n"
        ">... capaciteiten inzake *anti-drones* (C-UAS of VSHROD) ...\n"
        '_Why: the term "anti-drones"_'
    )
    assert [e["text"] for e in context["elements"]] == [
        "Belgian Chamber of Representatives · 13 May 2026 · NL · adopted text",
        f"<{PDF}#page=2|page 2>",
        "<https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=56K0367004|Source page>",
    ]


def test_a_title_cannot_mention_or_link(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team())
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=Doc(title=HOSTILE), snippet=f"snippet: {HOSTILE}")
    send_pending(seeded, config, NOW)

    [(_, payload)] = slack_server.posts
    check_payload(payload)  # no control sequence but watcher's own http(s) links
    [text] = section_texts(payload)
    title_line = text.split("\n")[0]
    everything = str(payload)
    assert "<!" not in everything and "<@" not in everything
    assert "&lt;!channel&gt;" in title_line
    assert "&lt;@U024BE7LH&gt;" in title_line
    assert "@here" not in everything  # a word joiner follows the @
    assert "@\u2060here" in title_line
    assert "&lt;https://evil.example|click&gt;" in title_line  # not a live link
    assert " &amp; " in title_line
    assert "*bold* _it_ `code`" in title_line  # as written: no look-alike characters
    assert "&lt;!channel&gt;" in payload["text"]


def test_a_digest_is_one_message_with_a_summary_and_a_cap(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team("daily 08:00"))
    long_snippet = "De minister antwoordt over anti-drones en munitie. " * 12
    with seeded.begin() as s:
        for n in range(41):
            add_hit(
                s,
                config,
                NOW,
                doc=Doc(native_id=f"56K{n:04d}001", title=f"Vraag {n} over drones " + "x" * 150),
                topic=("c-uas", "ammunition")[n % 2],
                snippet=long_snippet,
            )

    report = send_due_digests(seeded, config, NOW + timedelta(days=1))

    assert (report.sent, report.messages) == (41, 1)
    [(_, payload)] = slack_server.posts
    check_payload(payload)
    sections = section_texts(payload)
    assert sections[0] == "41 documents on 2 topics: C-UAS (21), Ammunition stocks (20)"
    assert sum(f"Vraag {n} over drones" in "\n".join(sections) for n in range(41)) == 10
    assert sections[-1] == "…and 31 more: see `watcher hits --since 2026-05-13`."


def test_a_split_digest_resumes_after_the_parts_delivered(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past 50 blocks a digest is split; Slack refuses part 2: a retry posts part 2, not 1."""
    monkeypatch.setattr(render, "DIGEST_CAP", 100)
    config = teams_file(_team("daily 08:00"))
    with seeded.begin() as s:
        for n in range(60):
            add_hit(s, config, NOW, doc=Doc(native_id=f"56K{n:04d}001", title=f"Vraag {n}"))
    original_posts = slack_server.posts

    class RefuseSecond(list[tuple[str, dict[str, object]]]):
        def append(self, item: tuple[str, dict[str, object]]) -> None:
            super().append(item)
            if len(self) == 2:
                slack_server.status = 500

    slack_server.posts = RefuseSecond(original_posts)  # type: ignore[assignment]
    first = send_due_digests(seeded, config, NOW + timedelta(days=1))
    assert (first.failed, first.messages) == (60, 1)
    with seeded() as s:
        rows = list(s.scalars(select(Delivery)))
    assert {(r.status, r.parts_sent) for r in rows} == {(DeliveryStatus.PENDING, 1)}
    delivered = slack_server.texts[:1]

    slack_server.status = 200
    second = send_due_digests(seeded, config, NOW + timedelta(days=1, minutes=5))
    assert (second.sent, second.messages) == (60, 2)
    headers = [p["blocks"][0]["text"]["text"] for _, p in slack_server.posts]
    parts = [re.search(r"\((\d)/3\)$", h) for h in headers]
    # Posted: 1, 2 (refused), then 2 and 3: part 1 went out once.
    assert [int(m.group(1)) for m in parts if m] == [1, 2, 2, 3]
    assert slack_server.texts[:1] == delivered
    joined = "\n".join(slack_server.texts[2:] + delivered)
    assert all(joined.count(f"Vraag {n}>") == 1 for n in range(60))


def test_slack_refusal_is_recorded(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    slack_server.status = 404
    config = teams_file(_team())
    with seeded.begin() as s:
        add_hit(s, config, NOW, doc=Doc(published_on=date(2026, 5, 1)))
    report = send_pending(seeded, config, NOW)
    assert (report.sent, report.failed, report.messages) == (0, 1, 0)
    error = report.targets["defence-desk/slack"].last_error
    assert error == "slack://…: HTTP 404: invalid_payload"
    with seeded() as s:
        row = s.scalars(select(Delivery)).one()
    assert row.last_error == error


def test_other_apprise_services_get_the_plain_text(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
) -> None:
    config = teams_file(_team(url=f"json://127.0.0.1:{slack_server.port}/hook"))
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    assert send_pending(seeded, config, NOW).sent == 1
    [(path, payload)] = slack_server.posts
    assert path == "/hook"
    title = "[watcher] C-UAS: DOC 56 0367/004 Voorstel van resolutie tot versterking van…"
    assert payload["title"] == title and len(title) <= 78
    assert "inzake **anti-drones** (C-UAS" in payload["message"]
    assert "56K0367004.pdf#page=2" in payload["message"]


def test_the_webhook_token_stays_out_of_logs_and_errors(
    seeded: sessionmaker[Session],
    slack_server: SlackServer,
    teams_file: Callable[..., TeamsConfig],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # a CLI test before may have quietened it
    config = teams_file(_team())
    with seeded.begin() as s:
        add_hit(s, config, NOW)
    assert send_pending(seeded, config, NOW).messages == 1
    assert "POST" in caplog.text  # httpx logged the request...
    assert "XXXXXXXX" not in caplog.text  # ...without the token

    unreachable = teams_file(_team(url=f"https://hooks.slack.com/services/T1/B2/{'Y' * 24}"))
    monkeypatch.setattr(httpx, "post", _refuse)
    error = send.describe(unreachable.teams[0].targets[0], _capture(unreachable))
    assert "Y" * 24 not in error and "ConnectError" in error


def _refuse(url: str, **kwargs: object) -> object:
    raise httpx.ConnectError(f"cannot reach {url}")


def _capture(config: TeamsConfig) -> Exception:
    try:
        send.post_slack(config.teams[0].targets[0], {"text": "x", "blocks": []})
    except send.DeliveryError as exc:
        return exc
    raise AssertionError("the post should have failed")
