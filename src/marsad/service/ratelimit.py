"""Per-token rate limit on writes: a token bucket per API token; 429 with Retry-After."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from marsad.errors import SettingsError


@dataclass(frozen=True, slots=True, kw_only=True)
class RateLimit:
    """At most ``requests`` write requests per ``per`` seconds for one token (bursts included)."""

    requests: int = 120
    per: float = 60.0

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per <= 0:
            raise SettingsError("a rate limit needs at least 1 request per a positive time")

    @classmethod
    def parse(cls, value: str) -> RateLimit | None:
        """``120/min``, ``10/s``, ``5000/h`` or ``off``; SettingsError for anything else."""
        if value.strip().lower() in ("off", "0", "none"):
            return None
        count, _, unit = value.strip().partition("/")
        seconds = {"s": 1.0, "sec": 1.0, "min": 60.0, "m": 60.0, "h": 3600.0, "hour": 3600.0}
        if not count.strip().isdigit() or unit.strip().lower() not in seconds:
            raise SettingsError(f"cannot read rate limit {value!r}: give e.g. 120/min, 10/s or off")
        return cls(requests=int(count), per=seconds[unit.strip().lower()])


class TokenBuckets:
    """One bucket per key (a token's hash); thread-safe, as endpoints run in a thread pool."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._rate = limit.requests / limit.per  # tokens refilled per second
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens left, at)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one request for ``key``: 0.0 when allowed, else the seconds until it would be."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (float(self.limit.requests), now))
            tokens = min(float(self.limit.requests), tokens + (now - at) * self._rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self._rate


def retry_after(seconds: float) -> str:
    """The Retry-After header value: whole seconds, rounded up, at least 1."""
    return str(max(1, math.ceil(seconds)))
