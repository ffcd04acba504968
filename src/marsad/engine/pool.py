"""The process engine: maps run on a pool of worker processes on this machine.

A ``concurrent.futures`` process pool, started from a fork server (no thread of this process,
such as a progress bar's, is copied into a worker). Functions travel by reference and items by
pickle; handles are the values themselves, in this process, since a pool cannot place a task
on the worker that holds its data. The workers keep Python's cyclic collector off for good, as
Dask's workers do: they only run marsad's tasks.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import TypeVar

from marsad.engine import Progress

T = TypeVar("T")
R = TypeVar("R")

# Imported once by the fork server, so that each worker starts with them loaded.
PRELOAD = ["marsad.pipeline"]


class ProcessEngine:
    """Maps on ``workers`` processes of this machine; ``close()`` stops them."""

    name = "processes"
    remote_handles = False

    def __init__(self, *, workers: int) -> None:
        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=gc.disable)

    def expect(self, articles: int) -> None:
        """Nothing to choose: the pool is there."""

    def put(self, items: Sequence[T]) -> list[T]:
        """The items themselves: each task carries its own."""
        return list(items)

    def map(
        self,
        function: Callable[[T], R],
        items: Sequence[T],
        *,
        label: str,
        progress: Progress,
        weights: Sequence[int] | None = None,
        keep: bool = False,
    ) -> list[R]:
        """One task per item on the pool, reporting each finished one; results in order."""
        sizes = list(weights or [1] * len(items))
        progress.start(label, sum(sizes))
        futures = [self._pool.submit(function, item) for item in items]
        position = {future: n for n, future in enumerate(futures)}
        for future in as_completed(futures):
            progress.advance(label, sizes[position[future]])
        progress.finish(label)
        return [future.result() for future in futures]  # raises a task's own exception

    def submit(self, function: Callable[[T], R], items: Sequence[T]) -> list[Future[R]]:
        """One task per item queued now, behind those queued before; their futures, in order."""
        return [self._pool.submit(function, item) for item in items]

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        """Tasks queued now; when called back, the finished ones are kept and the others
        cancelled (one already running finishes, unused)."""
        futures = self.submit(function, items)

        def finished() -> list[R | None]:
            done: list[R | None] = []
            for future in futures:
                kept = future.done() and not future.cancelled() and future.exception() is None
                done.append(future.result() if kept else None)
                if not kept:
                    future.cancel()
            return done

        return finished

    def close(self) -> None:
        """Stop the workers (queued work is cancelled)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
