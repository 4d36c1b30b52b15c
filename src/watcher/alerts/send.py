"""Delivering claimed batches, one target at a time: e-mail, Slack, a local file, any apprise URL.

Channels:

- ``mailto://`` / ``mailtos://``: :mod:`watcher.alerts.smtp` (smtplib), because apprise cannot
  set a fixed Message-ID nor our own text part.
- Slack (``slack://A/B/C``, ``https://hooks.slack.com/services/...``): our own Block Kit payload
  (:mod:`watcher.alerts.slack`) POSTed as JSON to the incoming webhook with httpx. apprise cannot
  send it: its Slack plugin builds the blocks itself from a body text (one section, no header, no
  context line) and puts them in a legacy attachment without a top-level ``text``.
- ``file://``: appends one JSON line per message (the fallback when no teams file exists).
- Anything else apprise understands: the plain-text rendering, with the subject as title.

Exactly once, and where it can fail: a batch is claimed (committed) just before its send, the claim
is renewed while the send lasts, and the outcome is recorded (committed) right after it; so a slow
channel never lets a second sender take over a message still being sent. A crash before the send
leaves a claim that the next run takes over once the lease
(:data:`~watcher.alerts.outbox.CLAIM_LEASE`) has passed unrenewed, and sends: delivered once. A
crash in the window between the channel accepting a message and the record's commit is the only
case where a message can arrive twice, and it depends on the channel:

- file: never; the file is checked for the message's id before appending.
- e-mail: re-sent with the same ``Message-ID``; servers and clients that de-duplicate by
  Message-ID drop the copy, others show it twice, recognisably the same message.
- Slack webhooks: no idempotency key exists, so the message in flight is posted again. Earlier
  parts of a split digest are not: each part is recorded as it is delivered.
- other apprise services: as Slack.

The same holds for a send that times out after the far end took the message: it counts as failed
and is retried (e-mail with the same Message-ID).
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts import outbox, render, smtp
from watcher.alerts.links import Links
from watcher.alerts.outbox import Batch
from watcher.alerts.render import Rendered
from watcher.alerts.targets import Target
from watcher.alerts.teams import TeamsConfig

# Where ``slack://T/B/X`` posts; tests point it at a loopback server.
SLACK_HOOKS = "https://hooks.slack.com/services"
SLACK_TIMEOUT = 30.0
_WEBHOOK_TOKENS = re.compile(r"(/services/)[^\s\"'>]+")


class _WebhookTokenFilter(logging.Filter):
    """httpx logs every request's URL at INFO; a webhook's URL is its secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = record.getMessage()
            record.args = None
        record.msg = _WEBHOOK_TOKENS.sub(r"\1***", str(record.msg))
        return True


logging.getLogger("httpx").addFilter(_WebhookTokenFilter())

log = logging.getLogger(__name__)


class DeliveryError(Exception):
    """A channel refused or could not take a message; the text is safe to store and log."""


@dataclass
class TargetReport:
    sent: int = 0  # deliveries (rows) delivered in this run
    messages: int = 0  # messages the channel accepted in this run (e-mails, Slack posts)
    failed: int = 0  # deliveries whose attempt failed in this run (retried later, or given up)
    pending: int = 0  # deliveries still pending after the run (queued, waiting, not yet due)
    last_error: str | None = None


@dataclass
class SendReport:
    """What one run of a sender did, per target (``defence-desk/email``)."""

    targets: dict[str, TargetReport] = field(default_factory=dict)

    def target(self, name: str) -> TargetReport:
        return self.targets.setdefault(name, TargetReport())

    @property
    def sent(self) -> int:
        return sum(t.sent for t in self.targets.values())

    @property
    def messages(self) -> int:
        """Messages delivered (one e-mail, or each Slack post), whatever the rows they carry."""
        return sum(t.messages for t in self.targets.values())

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.targets.values())

    @property
    def pending(self) -> int:
        return sum(t.pending for t in self.targets.values())

    def count_pending(self, sessions: sessionmaker[Session]) -> None:
        with sessions() as session:
            for target, count in outbox.pending_by_target(session).items():
                self.target(target).pending = count


def send_pending(
    sessions: sessionmaker[Session],
    config: TeamsConfig,
    now: datetime,
    *,
    links: Links | None = None,
) -> SendReport:
    """Deliver every due immediate alert and health report; digests are :mod:`.digest`'s job.

    One failing target records its error and backoff and does not stop the others. ``links``
    says where messages point readers (default: ``watcher hits`` and the admin's address).
    """
    report = SendReport()
    for batch in outbox.claim_immediate(sessions, config, now):
        deliver_batch(sessions, config, batch, now, report, links=links)
    report.count_pending(sessions)
    return report


def deliver_batch(
    sessions: sessionmaker[Session],
    config: TeamsConfig,
    batch: Batch,
    now: datetime,
    report: SendReport,
    *,
    links: Links | None = None,
) -> None:
    """Render, send (the parts not yet delivered) and record one claimed batch."""
    target = config.target(batch.target)
    assert target is not None, "claims are only made for configured targets"
    entry = report.target(batch.target)
    try:
        with sessions() as session:
            rendered = render_batch(session, config, batch, now, links or default_links(config))
        parts = part_count(target, rendered)
        with outbox.holding(sessions, batch, config.retry.claim_lease):
            for index in range(batch.parts_sent, parts):
                send_part(target, rendered, index, batch.claim_id, now)
                entry.messages += 1
                if parts > 1:
                    outbox.record_part_sent(sessions, batch, index + 1)
    except Exception as exc:  # any failure of one batch is recorded; the others go on
        error = describe(target, exc)
        gave_up = outbox.record_failure(sessions, batch, error, now, config.retry)
        entry.failed += len(batch.delivery_ids)
        entry.last_error = error
        log.warning(
            "delivery to %s failed%s: %s",
            batch.target,
            " for the last time" if gave_up else ", will retry",
            error,
        )
        return
    entry.sent += outbox.record_sent(sessions, batch, now)
    log.info("delivered %s (%s) to %s", batch.claim_id, batch.kind, batch.target)


def describe(target: Target, exc: BaseException) -> str:
    text = str(exc) if isinstance(exc, DeliveryError) else f"{type(exc).__name__}: {exc}"
    return target.redact(text)


def default_links(config: TeamsConfig, public_url: str | None = None) -> Links:
    """Links to watcher's site at ``public_url`` (``WATCHER_PUBLIC_URL``) if it has one;
    unsubscribe requests go to the first admin e-mail address."""
    for target in config.admin:
        if target.kind == "email":
            try:
                return Links(public_url, smtp.parse_email_url(target.url).to[0])
            except smtp.EmailUrlError:
                continue
    return Links(public_url)


def render_batch(
    session: Session, config: TeamsConfig, batch: Batch, now: datetime, links: Links
) -> Rendered:
    if batch.kind == "health":
        payload = outbox.load_payload(session, batch)
        at = datetime.fromisoformat(str(payload.get("at", now.isoformat())))
        return render.render_health(
            str(payload.get("source_id")),
            str(payload.get("health")),
            str(payload.get("detail", "")),
            at,
        )
    team_id = outbox.team_of(batch)
    team = config.team(team_id)
    team_name = team.name if team else team_id
    items = outbox.load_items(session, batch)
    if not items:
        raise DeliveryError("the hits of this delivery no longer exist")
    unsubscribe = links.unsubscribe(team_id, team_name)
    manage = links.team_page(team_id)
    if batch.kind == "alert":
        return render.render_alert(
            items, team_name, now=now, links=links, unsubscribe=unsubscribe, manage=manage
        )
    schedule = team.schedule if team else None
    if schedule is None or schedule.at is None:
        label, day = "Digest", now.astimezone(config.timezone).date()
    else:
        label = "Daily digest" if schedule.weekday is None else "Weekly digest"
        day = schedule.last_due(now, config.timezone).astimezone(config.timezone).date()
    return render.render_digest(
        items, team_name, label, day, now=now, links=links, unsubscribe=unsubscribe, manage=manage
    )


# --- channels ------------------------------------------------------------------------------------


def part_count(target: Target, rendered: Rendered) -> int:
    """How many messages the channel needs: Slack splits long digests, the others never split."""
    return len(rendered.slack) if target.kind == "slack" else 1


def send_part(target: Target, rendered: Rendered, index: int, claim_id: str, now: datetime) -> None:
    """Send message ``index`` of a batch to ``target``; raise on any failure."""
    if target.kind == "email":
        email_target = smtp.parse_email_url(target.url)
        msgid = smtp.message_id(claim_id, email_target.domain)
        smtp.send_email(
            email_target, smtp.build_message(email_target, rendered, msgid=msgid, now=now)
        )
    elif target.kind == "slack":
        post_slack(target, rendered.slack[index])
    elif target.kind == "file":
        append_to_file(target, rendered, f"{claim_id}/{index}", now)
    else:
        import apprise

        _apprise_notify(
            target, target.url, rendered.text, rendered.subject, apprise.NotifyFormat.TEXT
        )


def slack_webhook(url: str) -> str:
    """The incoming webhook's address, from apprise's form or Slack's own.

    ``slack://T1/B2/X3`` (also ``slack://name@T1/B2/X3``) ->
    ``https://hooks.slack.com/services/T1/B2/X3``; a ``https://hooks.slack.com/...`` URL as is.
    """
    if not url.lower().startswith("slack://"):
        return url.split("?", 1)[0]
    path = url.split("://", 1)[1].split("?", 1)[0].rpartition("@")[2]
    tokens = [t for t in path.split("/") if t]
    if len(tokens) < 3 or not all(t.isalnum() for t in tokens[:3]):
        raise DeliveryError("a slack:// target needs the webhook's three tokens: slack://T/B/X")
    return f"{SLACK_HOOKS}/{'/'.join(tokens[:3])}"


def post_slack(target: Target, payload: dict[str, object]) -> None:
    """POST one Block Kit payload; Slack answers 200 ``ok``, anything else is a failure."""
    hook = slack_webhook(target.url)
    try:
        response = httpx.post(hook, json=payload, timeout=SLACK_TIMEOUT)
    except httpx.HTTPError as exc:
        error = f"{target.masked}: {type(exc).__name__}: {exc}".replace(hook, "***")
        raise DeliveryError(target.redact(_WEBHOOK_TOKENS.sub(r"\1***", error))) from None
    if response.status_code != 200:
        reason = " ".join(response.text.split())[:300] or "no reason given"
        raise DeliveryError(
            target.redact(f"{target.masked}: HTTP {response.status_code}: {reason}")
        )


def _apprise_notify(
    target: Target, url: str, body: str, title: str, body_format: str | None
) -> None:
    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise DeliveryError(
            f"apprise does not accept the URL of {target.qualified} ({target.masked})"
        )
    capture = apprise.LogCapture(level=logging.WARNING, fmt="%(message)s")  # type: ignore[no-untyped-call]
    with capture as captured:
        result = notifier.notify(body=body, title=title, body_format=body_format)
        logged = captured.getvalue()
    # apprise 1.x returns True/False/None, 2.x an AppriseResult whose bool() is the outcome.
    if not bool(result):
        status = getattr(result, "status", None)
        reason = " ".join(logged.split()) or "no reason given"
        extra = f" [{getattr(status, 'name', status)}]" if status is not None else ""
        raise DeliveryError(target.redact(f"{target.masked}{extra}: {reason}")[:1000])


def _file_path(url: str) -> Path:
    parts = urlsplit(url)
    return Path(unquote(parts.netloc + parts.path))


def append_to_file(target: Target, rendered: Rendered, message_id: str, now: datetime) -> None:
    """One JSON line per message, flushed to disk; a message already in the file is not repeated."""
    path = _file_path(target.url)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        with path.open(encoding="utf-8") as existing:
            for line in existing:
                if message_id in line and json.loads(line).get("message_id") == message_id:
                    log.info("message %s is already in %s: not written again", message_id, path)
                    return
    record = {
        "message_id": message_id,
        "target": target.qualified,
        "written_at": now.isoformat(),
        "subject": rendered.subject,
        "text": rendered.text,
    }
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    log.info("alert written to %s: %s", path, rendered.subject)


def send_test(target: Target, team_name: str, now: datetime) -> str | None:
    """Send a test message straight to ``target`` (no outbox); the error text, or None if sent."""
    rendered = render.render_test(team_name, target.qualified, now)
    try:
        for index in range(part_count(target, rendered)):
            send_part(target, rendered, index, f"test-{uuid.uuid4().hex}", now)
    except Exception as exc:
        return describe(target, exc)
    return None
