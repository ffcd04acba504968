"""Execution engines: where the per-partition and per-story work of a digest runs.

An engine only maps a function over items and returns the results in order, so the pipeline
computes the same stories, summaries and ids whichever engine runs it. ``local`` runs in this
process; ``processes`` on a pool of worker processes of this machine; ``auto`` (what `marsad
digest` uses) on the pool when the input is large enough to repay starting it, else here;
``dask`` (``pip install 'marsad[scale]'``) on a Dask cluster, local or remote. How a digest's
data is laid out over the workers (partitions, the shuffle, work read ahead) is in
``marsad.engine.partitions``.

Data can stay where it is: ``put`` sends items to the workers once, and ``map(..., keep=True)``
leaves results on the worker that computed them. Both return handles that later maps take as
(parts of) items, so that partitions move between workers, never through this process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol, TypeVar

from marsad.errors import SettingsError

T = TypeVar("T")
R = TypeVar("R")

__all__ = [
    "ENGINES",
    "AutoEngine",
    "Engine",
    "LocalEngine",
    "NoProgress",
    "Progress",
    "cores",
    "gc_paused",
    "open_engine",
]


class Progress(Protocol):
    """Receives the progress of long stages (the CLI draws Rich bars from it)."""

    def start(self, label: str, total: int | None) -> None:
        """A stage begins; ``total`` items to do, or None when unknown."""

    def advance(self, label: str, amount: int = 1) -> None:
        """``amount`` more items of the stage are done."""

    def finish(self, label: str) -> None:
        """The stage is over."""


class NoProgress:
    """Reports nothing (the library default)."""

    def start(self, label: str, total: int | None) -> None:
        """Ignore."""

    def advance(self, label: str, amount: int = 1) -> None:
        """Ignore."""

    def finish(self, label: str) -> None:
        """Ignore."""


class Engine(Protocol):
    """Runs a function over items, results in the order of the items.

    Handles returned by ``put`` and ``map(keep=True)`` stand for their values: pass them only as
    items (or inside tuples, lists and dicts of items) of later maps, where tasks see the values.
    """

    @property
    def name(self) -> str:
        """Reported in ``Digest.stats["engine"]``."""
        ...

    @property
    def workers(self) -> int:
        """Processes that run tasks."""
        ...

    @property
    def remote_handles(self) -> bool:
        """Whether handles stand for data held elsewhere (False: they are the values, here,
        so that work on them is cheaper done here than shipped)."""
        ...

    def expect(self, articles: int) -> None:
        """The size of the input, told before the first map (an engine may choose from it
        where to run)."""
        ...

    def put(self, items: Sequence[T]) -> list[T]:
        """Handles of ``items`` sent to the workers (for several maps over the same data)."""
        ...

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
        """``[function(item) for item in items]``; progress advances by each item's weight.
        ``keep``: leave the results on the workers and return handles."""
        ...

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        """Start ``[function(item) for item in items]`` behind all other work, for workers that
        would otherwise wait. The returned call gives handles of the results finished by then
        and None for the others, which are dropped (the caller computes those itself)."""
        ...

    def close(self) -> None:
        """Release workers and connections."""


class LocalEngine:
    """Everything in this process, one item after another."""

    name = "local"
    workers = 1
    remote_handles = False

    def expect(self, articles: int) -> None:
        """Nothing to choose."""

    def put(self, items: Sequence[T]) -> list[T]:
        """The items themselves: they are here already."""
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
        """Run ``function`` on each item in turn (results are their own handles)."""
        sizes = weights or [1] * len(items)
        progress.start(label, sum(sizes))
        results = []
        for item, size in zip(items, sizes, strict=True):
            results.append(function(item))
            progress.advance(label, size)
        progress.finish(label)
        return results

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        """Nothing: this process has no idle workers, so every result is left to the caller."""
        return lambda: [None] * len(items)

    def close(self) -> None:
        """Nothing to release."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run a block without Python's cyclic garbage collector (restored afterwards).

    The pipeline allocates millions of small tuples that live until the digest ends and makes
    no reference cycles; each full collection walks all of them again. Measured on 5,000 ANT
    articles: 11 % of the digest's time, and more as the heap grows."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Articles from which `auto` starts a process pool: below, starting the workers and shipping
# the work costs about what the second core saves. Fresh `marsad digest` runs on February ANT,
# pool of 2 against one process: 250 articles 1.17 / 0.71 of the time, 500 0.60 / 0.80, 1,000
# 0.77 / 0.83 (docs/benchmarks.md, "Engines").
POOL_ARTICLES = 500


class AutoEngine:
    """This process, or a pool of ``workers`` processes once ``expect`` is told of an input of
    at least ``threshold`` articles (and this machine has more than one core to give)."""

    remote_handles = False

    def __init__(self, *, workers: int, threshold: int = POOL_ARTICLES) -> None:
        self._workers = workers
        self._threshold = threshold
        self._chosen: Engine = LocalEngine()

    @property
    def name(self) -> str:
        """The chosen engine's name (``local`` until a large input is expected)."""
        return self._chosen.name

    @property
    def workers(self) -> int:
        """The chosen engine's processes."""
        return self._chosen.workers

    def expect(self, articles: int) -> None:
        """Start the pool for a large input (at most once)."""
        if articles >= self._threshold and self._workers > 1 and self._chosen.name == "local":
            from marsad.engine.pool import ProcessEngine

            self._chosen = ProcessEngine(workers=self._workers)

    def put(self, items: Sequence[T]) -> list[T]:
        """As the chosen engine does."""
        return self._chosen.put(items)

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
        """As the chosen engine does."""
        return self._chosen.map(
            function, items, label=label, progress=progress, weights=weights, keep=keep
        )

    def speculate(
        self, function: Callable[[T], R], items: Sequence[T]
    ) -> Callable[[], list[R | None]]:
        """As the chosen engine does."""
        return self._chosen.speculate(function, items)

    def close(self) -> None:
        """Close the chosen engine."""
        self._chosen.close()


def cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _dask(workers: int, scheduler: str | None) -> Engine:
    from marsad.engine.dask import DaskEngine

    return DaskEngine(workers=workers, scheduler=scheduler)


def _local(workers: int, scheduler: str | None) -> Engine:
    if scheduler is not None:
        raise SettingsError("--scheduler needs --engine dask")
    return LocalEngine()


def _processes(workers: int, scheduler: str | None) -> Engine:
    if scheduler is not None:
        raise SettingsError("--scheduler needs --engine dask")
    from marsad.engine.pool import ProcessEngine

    return ProcessEngine(workers=workers)


def _auto(workers: int, scheduler: str | None) -> Engine:
    if scheduler is not None:
        raise SettingsError("--scheduler needs --engine dask")
    return AutoEngine(workers=workers)


ENGINES: dict[str, Callable[[int, str | None], Engine]] = {
    "auto": _auto,
    "local": _local,
    "processes": _processes,
    "dask": _dask,
}


@contextmanager
def open_engine(
    name: str = "local", *, workers: int | None = None, scheduler: str | None = None
) -> Iterator[Engine]:
    """The engine called ``name`` with ``workers`` processes (default: every core), closed
    when the block ends."""
    if name not in ENGINES:
        raise SettingsError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise SettingsError("workers must be at least 1")
    engine = ENGINES[name](cores() if workers is None else workers, scheduler)
    try:
        yield engine
    finally:
        engine.close()
