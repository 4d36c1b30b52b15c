"""Who may read the site, and forms that another site cannot submit.

- **Access.** Bound to a loopback address, the site is open to whoever can reach the machine.
  Bound elsewhere, ``WATCHER_WEB_TOKEN`` must be set (the CLI refuses to start otherwise) and
  every request must carry it: as a bearer token, as the password of HTTP basic auth (any user
  name, so a browser can log in), or, for Atom feeds only, as ``?token=`` (the site token, or a
  team's feed token, which opens that team's feed and nothing else).
- **Forms.** Feedback is the only write. Its form carries a random token that must equal the one
  in a ``SameSite=Strict`` cookie (double submit), and a cross-origin ``Origin`` header is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets

CSRF_COOKIE = "watcher_csrf"


def is_loopback(host: str) -> bool:
    """``"127.0.0.1"``, ``"::1"``, ``"localhost"`` -> True; ``"0.0.0.0"`` -> False."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def team_feed_token(site_token: str, team_id: str) -> str:
    """The token that opens one team's Atom feed (derived, so nothing more is stored)."""
    digest = hmac.new(site_token.encode(), f"feed:{team_id}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def authorized(
    site_token: str | None,
    authorization: str | None,
    query_token: str | None = None,
    *,
    team_id: str | None = None,
) -> bool:
    """Whether a request may read: always without a site token; else with it, or with
    ``query_token`` equal to the site token or to ``team_id``'s feed token."""
    if not site_token:
        return True
    offered: list[str] = []
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer":
            offered.append(value.strip())
        elif scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode()
            except (ValueError, UnicodeDecodeError):
                decoded = ""
            offered.append(decoded.partition(":")[2])
    if query_token:
        offered.append(query_token)
        if team_id is not None and hmac.compare_digest(
            query_token, team_feed_token(site_token, team_id)
        ):
            return True
    return any(hmac.compare_digest(o, site_token) for o in offered)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, form_value: str | None) -> bool:
    return bool(cookie and form_value and hmac.compare_digest(cookie, form_value))
