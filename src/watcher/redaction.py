"""Secrets kept out of every log record, whoever logs it (watcher, apprise, Scrapy, Prefect).

:func:`install_redaction` puts a :class:`RedactingFilter` in front of every handler: it is run on
each record as the record is made (``logging.setLogRecordFactory``), because a filter on a logger
misses its children's records and a filter on a handler misses handlers added later (pytest's,
Prefect's run-log handler). It masks:

- Slack webhook tokens (``https://hooks.slack.com/services/T…/B…/…`` or its path alone,
  ``slack://…``, ``xox?-…``);
- passwords in URLs (``scheme://user:secret@host``) and secret-looking query parameters
  (``?pass=…``, ``&token=…``);
- the exact strings registered: the target URLs of the teams file and the values substituted into
  them from the environment, and the values of environment variables whose names say they are
  secret (``*_PASSWORD``, ``*_TOKEN``, ``*_SECRET``, ``*_WEBHOOK``, ``*_KEY``).

Example: ``"POST https://hooks.slack.com/services/T0/B0/abc"`` is logged as
``"POST https://hooks.slack.com/services/***"``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["MASK", "RedactingFilter", "install_redaction", "redact", "secret_env_values"]

MASK = "***"

# The shortest registered secret that is masked wherever it occurs: shorter ones would mask
# ordinary words and numbers.
MIN_SECRET_LENGTH = 6

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(hooks\.slack\.com/services/)[^\s'\"<>)]+", re.IGNORECASE), r"\1" + MASK),
    (re.compile(r"(slack://)[^\s'\"<>)]+", re.IGNORECASE), r"\1" + MASK),
    # a webhook's path alone, as urllib3's errors quote it: /services/T…/B…/token
    (re.compile(r"(/services/)T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+"), r"\1" + MASK),
    (re.compile(r"\b(xox[a-z]-)[A-Za-z0-9-]+"), r"\1" + MASK),
    # scheme://user:password@host -> scheme://user:***@host
    (re.compile(r"([a-z][a-z0-9+.-]*://[^/\s:@]*):[^@\s/]+@", re.IGNORECASE), r"\1:" + MASK + "@"),
    (
        re.compile(
            r"([?&;](?:pass|password|passwd|pwd|token|secret|key|apikey|api_key|webhook)=)"
            r"[^&\s'\"]+",
            re.IGNORECASE,
        ),
        r"\1" + MASK,
    ),
)

_SECRET_NAME = re.compile(r"(PASSWORD|PASSWD|SECRET|TOKEN|WEBHOOK|API_?KEY|_KEY$)", re.IGNORECASE)

_lock = threading.Lock()
_secrets: set[str] = set()
_installed = False


def secret_env_values(environ: Mapping[str, str]) -> list[str]:
    """The values of environment variables whose names say they are secret.

    ``{"WATCHER_SMTP_PASSWORD": "hunter22", "HOME": "/root"}`` -> ``["hunter22"]``.
    """
    return [value for name, value in environ.items() if _SECRET_NAME.search(name) and value]


def redact(text: str) -> str:
    """``text`` with every registered secret and every secret-shaped part masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, arguments, traceback and stack; never drops one.

    The message is formatted once (``getMessage()``) and, where anything was masked, stored
    formatted with no arguments left, so no handler or formatter can see the original.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format: let logging report it as it always does
            return True
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_redaction(secrets: Iterable[str] = ()) -> None:
    """Mask ``secrets`` (and the patterns above) in every log record from now on.

    Safe to call more than once: each call adds its secrets; the record factory is wrapped once.
    """
    global _installed
    with _lock:
        _secrets.update(s for s in secrets if len(s) >= MIN_SECRET_LENGTH)
        if _installed:
            return
        _installed = True
    make_record = logging.getLogRecordFactory()
    redacting = RedactingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        redacting.filter(record)
        return record

    logging.setLogRecordFactory(factory)
