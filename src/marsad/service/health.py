"""What /healthz answers: liveness from memory. The store's counts are the last ones read,
counted again on a thread of its own at most once every REFRESH_SECONDS and never awaited
after the first, so the check neither waits for the framework's thread pool nor reads the
store on the request (under 50 clients with writes, the counts made it the slowest read:
docs/benchmarks.md, round 21). Whether the store answers now is /readyz's question.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import anyio.to_thread

log = logging.getLogger("marsad.service")
REFRESH_SECONDS = 1.0


class LastCounts:
    """The store's counts as last read (``counts``), refreshed in the background."""

    def __init__(
        self, counts: Callable[[], dict[str, int]], *, every: float = REFRESH_SECONDS
    ) -> None:
        self.counts = counts
        self.every = every
        self._last: dict[str, int] | None = None
        self._at = 0.0
        self._lock = threading.Lock()
        self._refreshing = False

    async def __call__(self) -> dict[str, int]:
        """The last counts (read now, on a thread, only the first time: errors then raise);
        a fresh count started in the background when these are older than ``every``."""
        if self._last is None:
            self._keep(await anyio.to_thread.run_sync(self.counts))
        elif time.monotonic() - self._at >= self.every:
            self._start()
        assert self._last is not None
        return self._last

    def _keep(self, counts: dict[str, int]) -> None:
        self._last, self._at = counts, time.monotonic()

    def _start(self) -> None:
        with self._lock:
            if self._refreshing:
                return
            self._refreshing = True
        threading.Thread(target=self._refresh, name="healthz-counts", daemon=True).start()

    def _refresh(self) -> None:
        try:
            self._keep(self.counts())
        except Exception as error:  # the last counts stay; /readyz reports the store
            log.warning("healthz: counting the store failed: %s", error)
            self._at = time.monotonic()  # try again after ``every``, not on every request
        finally:
            with self._lock:
                self._refreshing = False
