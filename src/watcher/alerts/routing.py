"""Which targets hear about a hit, and how, and what one announced entry stands for (a document
with its NL/FR twins): pure functions of the teams configuration and document ids."""

from __future__ import annotations

import re
from dataclasses import dataclass

from watcher.alerts.targets import Target
from watcher.alerts.teams import TeamConfig, TeamsConfig
from watcher.storage.models import DeliveryMode


@dataclass(frozen=True)
class Route:
    team: TeamConfig
    target: Target
    mode: DeliveryMode


def routes_for_topic(config: TeamsConfig, topic_id: str) -> list[Route]:
    """One route per target of every team that follows ``topic_id``, in file order.

    A team on a daily or weekly schedule gets digest deliveries, the others immediate ones.
    """
    return [
        Route(
            team,
            target,
            DeliveryMode.DIGEST if team.schedule.is_digest else DeliveryMode.IMMEDIATE,
        )
        for team in config.teams
        if team.follows(topic_id)
        for target in team.targets
    ]


def hit_key(hit_id: int) -> str:
    """The outbox key of a hit, whatever the mode: one hit reaches one target once, ever."""
    return f"hit:{hit_id}"


def health_key(source_id: str, health: str, event_id: object) -> str:
    return f"health:{source_id}:{health}:{event_id}"


# A language version's marker at the end of a native id: Benelux Parliament's ``936-2-fr``.
_LANGUAGE_SUFFIX = re.compile(r"[-_.](?:nl|fr|de|en|lu)$", re.IGNORECASE)
_CHAMBER_NUMBER = re.compile(r"(\d{2})K(\d{4})(\d{3})")
_BENELUX_NUMBER = re.compile(r"(\d+)-(\d+)(?:-[a-z]{2})?", re.IGNORECASE)


def document_identity(source_id: str, native_id: str, related_key: str | None) -> str:
    """What one entry stands for: a document, its NL/FR twins and its re-issues share it.

    Twins are documents of one source that the source relates (same ``related_key``) and whose
    ids differ only by a language marker: ``benelux_parliament``'s ``936-2-nl`` and ``936-2-fr``
    -> ``benelux_parliament/936-2``. A re-issue keeps its native id, so it is the same document.
    Without a ``related_key`` a document is its own identity.
    """
    if related_key is None:
        return f"{source_id}/{native_id}"
    return f"{source_id}/{_LANGUAGE_SUFFIX.sub('', native_id)}"


def document_number(source_id: str, native_id: str) -> str | None:
    """The number people cite, where the source has one.

    ``("be_chamber", "56K0367004")`` -> ``"DOC 56 0367/004"``;
    ``("benelux_parliament", "936-2-fr")`` -> ``"Doc. 936/2"``; otherwise None (an AIV slug or a
    Tweede Kamer UUID is not something to show).
    """
    if source_id == "be_chamber" and (m := _CHAMBER_NUMBER.fullmatch(native_id)):
        return f"DOC {m[1]} {m[2]}/{m[3]}"
    if source_id == "benelux_parliament" and (m := _BENELUX_NUMBER.fullmatch(native_id)):
        return f"Doc. {m[1]}/{m[2]}"
    return None
