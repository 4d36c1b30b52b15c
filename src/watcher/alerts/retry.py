"""How often and how long a delivery is tried before it is given up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

# A claim on a delivery not renewed for this long is abandoned: its sender died (a live sender
# renews its claim every third of this while it sends).
CLAIM_LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff between attempts at one delivery, then give up (status ``failed``);
    and the lease after which a claim whose sender stopped renewing it is taken over."""

    max_attempts: int = 8
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=6)
    claim_lease: timedelta = CLAIM_LEASE

    def delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed attempt: 1, 2, 4 ... minutes, capped."""
        delay: timedelta = self.first_delay * (2 ** max(attempts - 1, 0))
        return min(delay, self.max_delay)
