"""Where alerts go: a target URL, kept out of every log line, and the check that it can be used.

Target URLs carry secrets, so they never appear in a repr, a log line or a stored error: targets
are named ``<team>/<target>`` (``defence-desk/email``) and shown masked
(``mailtos://smtp.example.org/…``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

TargetKind = Literal["email", "slack", "file", "apprise"]


@dataclass(frozen=True)
class Target:
    """One place alerts go. ``url`` and ``secrets`` hold credentials: never log them."""

    team_id: str
    name: str
    url: str = field(repr=False)
    # The values substituted from the environment, to scrub from any error text.
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @property
    def qualified(self) -> str:
        """The name stored in ``Delivery.target``: ``defence-desk/email``."""
        return f"{self.team_id}/{self.name}"

    @property
    def kind(self) -> TargetKind:
        scheme = self.url.split("://", 1)[0].lower()
        if scheme in ("mailto", "mailtos"):
            return "email"
        if scheme == "file":
            return "file"
        if scheme == "slack" or self.url.lower().startswith("https://hooks.slack.com/"):
            return "slack"
        return "apprise"

    @property
    def masked(self) -> str:
        """The URL without credentials, path or query: ``mailtos://smtp.example.org/…``."""
        return mask_url(self.url)

    def redact(self, text: str) -> str:
        """``text`` with this target's secrets and URL replaced, for logs and stored errors."""
        for secret in sorted({self.url, *self.secrets}, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, "***")
        return text


def mask_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "<unparseable URL>"
    if parts.scheme == "file":
        return url
    if parts.scheme == "slack":
        return "slack://…"
    return f"{parts.scheme}://{host}/…"


def target_url_problem(target: Target) -> str | None:
    """Why ``target``'s URL cannot be used, or None; never quotes the URL (it holds secrets).

    E-mail URLs are parsed as :mod:`watcher.alerts.smtp` parses them at send time, Slack URLs must
    carry their three tokens, anything else must be a URL apprise recognises.
    """
    if target.kind == "email":
        from watcher.alerts.smtp import EmailUrlError, parse_email_url

        try:
            email = parse_email_url(target.url)
        except EmailUrlError as exc:
            return f"unusable e-mail URL: {exc}"
        for address in (email.sender[1], *email.to, *email.cc, *email.bcc):
            if "@" not in address.strip("@"):
                return f"unusable e-mail URL: {target.redact(address)!r} is not an e-mail address"
        return None
    if target.kind == "slack":
        tokens = re.sub(r"^(slack://|https://hooks\.slack\.com/services/)", "", target.url)
        if len([t for t in tokens.split("?")[0].split("/") if t]) < 3 and "xox" not in tokens:
            return "unusable Slack URL: expected slack://T…/B…/token or a hooks.slack.com webhook"
        return None
    if target.kind == "file":
        return None
    import apprise

    # apprise logs an error of its own for a URL it cannot read: the one returned here is enough.
    apprise_log = logging.getLogger("apprise")
    level = apprise_log.level
    apprise_log.setLevel(logging.CRITICAL)
    try:
        known = apprise.Apprise.instantiate(target.url) is not None
    finally:
        apprise_log.setLevel(level)
    return None if known else f"apprise does not recognise the URL ({target.masked})"
