"""Threads of their own for the requests that write.

A write may wait for the store's write lock, which the worker holds for a batch (SQLite has
one writer at a time). Run in the server's shared thread pool (anyio's, 40 threads for every
request), enough waiting writes would take every thread and the reads would queue behind
them; here they wait on a few threads of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from anyio.lowlevel import current_token

T = TypeVar("T")
# Writes take the store's lock one at a time anyway: a few threads keep the next ones ready.
WRITE_THREADS = 4


class WriteThreads:
    """Runs blocking write calls on at most ``threads`` threads, apart from the reads'."""

    def __init__(self, threads: int = WRITE_THREADS) -> None:
        self.threads = threads
        # A limiter belongs to its event loop: made in the loop that first needs it (a test
        # client may run each request in a loop of its own).
        self._limiters: dict[object, CapacityLimiter] = {}

    async def run(self, function: Callable[[], T]) -> T:
        """``function()`` on one of the write threads."""
        loop = current_token()
        limiter = self._limiters.get(loop)
        if limiter is None:
            limiter = CapacityLimiter(self.threads)
            self._limiters = {loop: limiter}  # the loops before are gone
        return await anyio.to_thread.run_sync(function, limiter=limiter)
