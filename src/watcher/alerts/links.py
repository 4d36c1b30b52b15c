"""The one place that says where a reader can see more: the hits list, a document, unsubscribing.

Without a public address for ``watcher web`` (``WATCHER_PUBLIC_URL``), "more" points at
``watcher hits``; with one (``Links(public_url="https://watcher.example.org")``) messages link the
site's hits page, each document's page and the team's page ("Manage this subscription").
Unsubscribing is a ``mailto:`` to the admin contact: teams are managed in the teams file, so
leaving one is a request to whoever keeps it, not a click.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class Links:
    """Where messages send readers: ``public_url`` is the web page's base URL, if there is one;
    ``contact`` the admin's e-mail address (from the teams file's admin e-mail target)."""

    public_url: str | None = None
    contact: str | None = None

    def _page(self, path: str, **query: str) -> str | None:
        if not self.public_url:
            return None
        base = self.public_url.rstrip("/")
        return f"{base}/{path}" + (f"?{urlencode(query)}" if query else "")

    def hits_command(self, since: date | None) -> str:
        """The command that lists what a capped digest left out: ``watcher hits --since D``."""
        return "watcher hits" + (f" --since {since.isoformat()}" if since else "")

    def hits_page(self, since: date | None) -> str | None:
        """``https://watcher.example.org/?since=2026-05-13``, or None without a web page."""
        return self._page("", **({"since": since.isoformat()} if since else {}))

    def document_page(self, document_id: int) -> str | None:
        """``https://watcher.example.org/documents/42``, or None without a web page."""
        return self._page(f"documents/{document_id}")

    def team_page(self, team_id: str) -> str | None:
        """``https://watcher.example.org/teams/desk`` (what the team follows and how to change
        it: the "Manage this subscription" link), or None without a web page."""
        return self._page(f"teams/{quote(team_id, safe='')}")

    def unsubscribe(self, team_id: str, team_name: str) -> str | None:
        """The ``List-Unsubscribe`` target: the web page's, else a mailto to the admin contact.

        ``Links(contact="ops@x.org").unsubscribe("desk", "Desk")`` ->
        ``mailto:ops@x.org?subject=Unsubscribe%20desk%20%28Desk%29``.
        """
        if not self.contact:
            return None
        subject = quote(f"Unsubscribe {team_id} ({team_name})")
        return f"mailto:{self.contact}?subject={subject}"
