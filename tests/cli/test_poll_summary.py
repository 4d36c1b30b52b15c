"""What a poll's summary says is pending, and when it is due (in the teams' time zone)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from watcher.alerts.schedule import Schedule
from watcher.alerts.teams import TeamConfig, TeamsConfig
from watcher.steps import (
    PollSummary,
    SourceSummary,
    describe_messages,
    describe_pending,
    pending_groups,
)
from watcher.storage.models import DeliveryMode

BRUSSELS = ZoneInfo("Europe/Brussels")
TEAMS = TeamsConfig(
    teams=(
        TeamConfig("desk", "Defence desk", None, Schedule.parse("daily 19:00"), ()),
        TeamConfig("navy", "Navy cell", None, Schedule.parse("weekly monday 08:30"), ()),
    ),
    admin=(),
)


def test_digest_rows_wait_for_their_teams_next_digest_retries_for_their_attempt() -> None:
    now = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)  # Thursday 21:30 in Brussels
    retry_at = datetime(2026, 12, 3, 20, 45, tzinfo=UTC)
    rows = [
        ("desk", DeliveryMode.DIGEST, "desk/email", None),
        ("desk", DeliveryMode.DIGEST, "desk/email", None),
        ("navy", DeliveryMode.DIGEST, "navy/slack", None),
        ("desk", DeliveryMode.IMMEDIATE, "desk/slack", retry_at),
    ]

    text = describe_pending(pending_groups(TEAMS, rows, now), BRUSSELS)

    assert text == (
        "1 for a retry to desk/slack, due 3 Dec 21:45 (Europe/Brussels); "
        "2 for Defence desk's daily digest, due 4 Dec 19:00 (Europe/Brussels); "
        "1 for Navy cell's weekly digest, due 7 Dec 08:30 (Europe/Brussels)"
    )
    assert describe_pending([], BRUSSELS) == "none"


def test_messages_are_counted_by_channel() -> None:
    assert describe_messages({"email": 1, "slack": 2}) == "1 e-mail, 2 Slack posts"
    assert describe_messages({}) == "none"


def test_the_summary_lines_name_the_documents_hit() -> None:
    source = SourceSummary("nl_aiv", ok=True, seen=3, new=1, pages=29, hit_ids=[7])
    source.hit_documents = ["nl_aiv/briefadvies-navo-top-2025 (c-uas)"]
    summary = PollSummary([source], alerts_sent=1, messages={"email": 1})

    assert summary.lines() == [
        "nl_aiv: ok, 3 listing items checked, 1 new, 0 changed, 29 pages extracted, 1 hits in "
        "nl_aiv/briefadvies-navo-top-2025 (c-uas)",
        "messages sent: 1 e-mail",
        "pending: none",
    ]


def test_a_degraded_or_skipped_source_says_so() -> None:
    degraded = SourceSummary(
        "be_chamber", ok=True, degraded="unknown values: document type: 19 KAFT"
    )
    skipped = SourceSummary("nl_aiv", ok=True, skipped="another run (h:1) holds it")
    failed = SourceSummary("benelux_parliament", ok=False, failure="HTTP 503 from https://x/")
    summary = PollSummary([degraded, skipped, failed], alerts_sent=0)

    assert [s.status for s in summary.sources] == ["degraded", "skipped", "FAILED"]
    assert summary.lines()[0] == (
        "be_chamber: degraded, 0 listing items checked, 0 new, 0 changed, 0 pages extracted, "
        "0 hits; unknown values: document type: 19 KAFT"
    )
    assert summary.lines()[2].startswith("benelux_parliament: FAILED,")
    assert summary.lines()[2].endswith("; HTTP 503 from https://x/")
