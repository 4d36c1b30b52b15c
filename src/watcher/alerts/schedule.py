"""When a team hears about hits: at once (``immediate``) or as a digest at a local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Schedule:
    """When a team hears about hits: at once, or as a digest at a local time.

    ``"daily 08:00"`` -> ``Schedule("daily", time(8, 0))``;
    ``"weekly monday 08:30"`` -> ``Schedule("weekly", time(8, 30), weekday=0)``.
    """

    kind: Literal["immediate", "daily", "weekly"]
    at: time | None = None
    weekday: int | None = None  # 0 = Monday, as date.weekday()

    @property
    def is_digest(self) -> bool:
        return self.kind != "immediate"

    @classmethod
    def parse(cls, text: str) -> Schedule:
        words = text.lower().split()
        try:
            if words == ["immediate"]:
                return cls("immediate")
            if len(words) == 2 and words[0] == "daily":
                return cls("daily", time.fromisoformat(words[1]))
            if len(words) == 3 and words[0] == "weekly" and words[1] in WEEKDAYS:
                return cls("weekly", time.fromisoformat(words[2]), WEEKDAYS.index(words[1]))
        except ValueError:
            pass
        raise ValueError(
            f"{text!r} is not a delivery: write 'immediate', 'daily HH:MM' or "
            "'weekly <weekday> HH:MM' (local time)"
        )

    def last_due(self, now: datetime, tz: ZoneInfo) -> datetime:
        """The latest scheduled moment at or before ``now`` (``now`` itself when immediate).

        Computed on the local calendar, so 08:00 stays 08:00 across daylight-saving changes:
        ``daily 08:00`` is 07:00 UTC in winter and 06:00 UTC in summer.
        """
        if self.at is None:
            return now
        local = now.astimezone(tz)
        day = local.date()
        for _ in range(8):
            if self.weekday is None or day.weekday() == self.weekday:
                due = datetime.combine(day, self.at, tzinfo=tz)
                if due <= now:
                    return due
            day -= timedelta(days=1)
        raise AssertionError("a weekly schedule is due within eight days")
