"""E-mail sent by watcher itself, from apprise-style ``mailto://`` / ``mailtos://`` URLs.

apprise's e-mail plugin (1.13 and 2.0) always writes its own random ``Message-ID`` after any
custom header, and builds the plain-text part from the HTML; watcher needs a deterministic
Message-ID (a re-sent alert is recognisably the same message), its own text part and the headers
that keep out-of-office replies away. So e-mail goes through :mod:`smtplib` here, reading the same
URL forms as apprise (a documented subset)::

    mailto://host[:port]/to@example.org          plain SMTP (port 25), no TLS
    mailtos://user:password@host[:port]/...      STARTTLS (port 587)
    mailtos://host?mode=ssl                      implicit TLS (port 465)

    query: to=, cc=, bcc= (comma-separated), from= (``Name <addr>`` or addr), name= (sender name),
           user=, pass=, smtp= (server, when it differs from the host), reply=,
           mode=ssl|starttls|insecure, verify=no (skip certificate checks), timeout= (seconds)

Reserved characters in a user name or password must be percent-encoded, as in any URL.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

from watcher.alerts.render import Rendered, clean_text

Security = Literal["insecure", "starttls", "ssl"]

AUTOMATIC_HEADERS = {
    # RFC 3834: automatic responders (out-of-office) must not answer.
    "Auto-Submitted": "auto-generated",
    # Exchange/Outlook: suppress OOF, delivery and read receipts.
    "X-Auto-Response-Suppress": "All",
    "Precedence": "bulk",
}


class EmailUrlError(ValueError):
    """The URL is not a usable mailto/mailtos URL (the message never contains the URL)."""


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int
    security: Security
    user: str | None
    password: str | None
    sender: tuple[str, str]  # (display name, address)
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    reply_to: str | None = None
    verify: bool = True
    timeout: float = 30.0

    @property
    def domain(self) -> str:
        return self.sender[1].rpartition("@")[2] or self.host


def _addresses(values: list[str]) -> list[str]:
    return [addr for _, addr in getaddresses(values) if addr]


def parse_email_url(url: str) -> SmtpTarget:
    """``mailtos://u:p@smtp.example.org?to=a@example.org`` -> an :class:`SmtpTarget`."""
    try:
        parts = urlsplit(url)
        port_text = parts.port
    except ValueError:
        raise EmailUrlError("not a valid mailto/mailtos URL") from None
    scheme = parts.scheme.lower()
    if scheme not in ("mailto", "mailtos") or not parts.hostname:
        raise EmailUrlError("expected mailto://host/... or mailtos://host/...")
    query = {k.lower(): v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    mode = query.get("mode", "").lower() or ("starttls" if scheme == "mailtos" else "insecure")
    if mode not in ("insecure", "starttls", "ssl"):
        raise EmailUrlError(f"mode={mode!r}: use ssl, starttls or insecure")
    security: Security = mode  # type: ignore[assignment]
    user = unquote(parts.username) if parts.username else query.get("user") or None
    password = unquote(parts.password) if parts.password else query.get("pass") or None
    host = query.get("smtp") or parts.hostname
    default_port = {"insecure": 25, "starttls": 587, "ssl": 465}[security]
    name, sender = parseaddr(query.get("from", ""))
    if not sender:
        sender = user if user and "@" in user else f"watcher@{parts.hostname}"
    name = query.get("name") or name or "watcher"
    to = _addresses([unquote(p) for p in parts.path.split("/") if p] + [query.get("to", "")])
    if not to:
        to = [sender]
    try:
        timeout = float(query.get("timeout", "30"))
    except ValueError:
        raise EmailUrlError("timeout= must be a number of seconds") from None
    return SmtpTarget(
        host=host,
        port=port_text or default_port,
        security=security,
        user=user,
        password=password,
        sender=(name, sender),
        to=tuple(to),
        cc=tuple(_addresses([query.get("cc", "")])),
        bcc=tuple(_addresses([query.get("bcc", "")])),
        reply_to=query.get("reply") or None,
        verify=query.get("verify", "yes").lower() not in ("no", "false", "0"),
        timeout=timeout,
    )


def message_id(claim_id: str, domain: str) -> str:
    """The Message-ID of a delivery: the same for every attempt at the same message."""
    return f"<watcher.{claim_id}@{domain}>"


def build_message(
    target: SmtpTarget, rendered: Rendered, *, msgid: str, now: datetime
) -> EmailMessage:
    """``multipart/alternative`` (text/plain, text/html) with the automatic-message headers."""
    msg = EmailMessage()
    msg["Subject"] = clean_text(rendered.subject)  # no line break or invisible character
    name, address = target.sender
    msg["From"] = formataddr((name, address))
    msg["To"] = ", ".join(target.to)
    if target.cc:
        msg["Cc"] = ", ".join(target.cc)
    if target.reply_to:
        msg["Reply-To"] = target.reply_to
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = msgid
    for header, value in AUTOMATIC_HEADERS.items():
        msg[header] = value
    if rendered.unsubscribe:
        msg["List-Unsubscribe"] = f"<{rendered.unsubscribe}>"
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg


def send_email(target: SmtpTarget, msg: EmailMessage) -> None:
    """One SMTP transaction; raises ``OSError`` or ``smtplib.SMTPException`` on failure.

    Success means the server accepted the message for at least one recipient.
    """
    context = ssl.create_default_context()
    if not target.verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    smtp: smtplib.SMTP
    if target.security == "ssl":
        smtp = smtplib.SMTP_SSL(target.host, target.port, timeout=target.timeout, context=context)
    else:
        smtp = smtplib.SMTP(target.host, target.port, timeout=target.timeout)
    with smtp:
        if target.security == "starttls":
            smtp.starttls(context=context)
        if target.user and target.password:
            smtp.login(target.user, target.password)
        recipients = [*target.to, *target.cc, *target.bcc]
        smtp.send_message(msg, from_addr=target.sender[1], to_addrs=recipients)
