"""The Dask engine: partitions and stories run as tasks on a Dask cluster.

``workers`` single-threaded worker processes on this machine (a ``LocalCluster``), or the workers
of an existing scheduler (``tcp://HOST:PORT``; marsad must be installed on them). Functions are
shipped by reference, items by pickle; results come back in the order of the items, or stay on
the workers as futures (``keep=True``), which later tasks fetch from each other directly.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from marsad.engine import Progress, gc_paused
from marsad.errors import EngineError

T = TypeVar("T")
R = TypeVar("R")


class DaskEngine:
    """Runs maps as Dask futures; ``close()`` shuts down the cluster it started."""

    name = "dask"
    remote_handles = True

    def __init__(self, *, workers: int = 2, scheduler: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the dask engine needs Dask: pip install 'marsad[scale]'") from None
        self._cluster: Any = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                import dask

                # One thread per worker: the work is pure Python, which holds the GIL. The
                # workers' statistical profiler (a stack sample every 10 ms, for the dashboard
                # we do not start) cost 7 % of a digest on one worker.
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self._cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self._client = Client(self._cluster)
                # Our own workers keep the collector off for good, as a local digest does:
                # between tasks it walks every document they keep (10k ANT articles on 2
                # workers: 3 % less CPU). Shared workers (``scheduler``) pause it only during
                # our tasks.
                self._client.run(gc.disable)
                # Below this process, so that work speculated on the workers takes only the
                # core this process leaves idle while it clusters, not the one it needs.
                self._client.run(os.nice, 10)
        except (OSError, TimeoutError) as error:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
        self.workers = len(self._client.scheduler_info().get("workers", {})) or workers

    def expect(self, articles: int) -> None:
        """Nothing to choose: the cluster is there."""

    def put(self, items: Sequence[T]) -> list[T]:
        """Futures of the items, in contiguous runs, one run per worker: neighbouring items
        (articles of the same days) then sit on the same worker, as do the tasks that read
        them. Items travel pickled by us and are unpickled by a task on their worker: Dask's
        scatter serializes a list element by element (6 s for all of ANT, against 0.9 s)."""
        workers = sorted(self._client.scheduler_info().get("workers", {})) or [None]
        futures: list[T] = []
        for k, worker in enumerate(workers):
            run = items[k * len(items) // len(workers) : (k + 1) * len(items) // len(workers)]
            if not run:
                continue
            place = worker and [worker]
            packed = [pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in run]
            sent = self._client.scatter(packed, workers=place, hash=False)
            futures += self._client.map(
                partial(_run, pickle.loads), sent, workers=place, pure=False
            )
        return futures

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
        """Submit one task per item, reporting each finished one; return the results in order,
        or the futures when ``keep``. Futures inside items are resolved by Dask. Results are
        fetched and unpickled as tasks finish, while the others still run."""
        from distributed import as_completed

        sizes = list(weights or [1] * len(items))
        progress.start(label, sum(sizes))
        run = _run if keep else _run_pickled
        futures: list[Any] = self._client.map(partial(run, function), list(items), pure=False)
        position = {future.key: n for n, future in enumerate(futures)}
        results: list[Any] = [None] * len(futures)
        for future in as_completed(futures):
            if future.status == "error" or not keep:
                # Raises the task's own exception if it failed.
                results[position[future.key]] = pickle.loads(future.result())
            progress.advance(label, sizes[position[future.key]])
        progress.finish(label)
        if keep:
            return futures  # handles standing for the results (see marsad.engine.Engine)
        return results

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        """Tasks at a priority below every other map's; when called back, the finished ones
        are kept on their workers and the others cancelled (one that already started runs to
        its end, unused)."""
        futures: list[Any] = self._client.map(
            partial(_run, function), list(items), pure=False, priority=-1
        )

        def finished() -> list[R | None]:
            done = [future if future.status == "finished" else None for future in futures]
            dropped = [f for f, kept in zip(futures, done, strict=True) if kept is None]
            if dropped:
                self._client.cancel(dropped)
            return done

        return finished

    def worker_peak_mb(self) -> list[float]:
        """Peak resident memory of each worker process so far, in MB (for benchmarks)."""
        peaks: dict[str, float] = self._client.run(_peak_rss_mb)
        return sorted(peaks.values())

    def close(self) -> None:
        """Close the client, and the local cluster if this engine started it."""
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()


def _run(function: Callable[[T], R], item: T) -> R:
    """One task, with the garbage collector paused as in a local digest."""
    with gc_paused():
        return function(item)


def _run_pickled(function: Callable[[T], R], item: T) -> bytes:
    """One task whose result goes to the client, pickled inside the task: with the collector
    paused (the worker's own serializer runs with it on, walking every object the worker
    keeps) and on the task's thread, not the worker's event loop."""
    with gc_paused():
        return pickle.dumps(function(item), protocol=pickle.HIGHEST_PROTOCOL)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
