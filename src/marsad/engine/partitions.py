"""Where a digest's work runs: the data layout over an engine's workers.

Articles are cut into partitions; each partition is prepared where it lands and its documents
stay there (``Spread``), while this process gets each partition's small outline. Work that
does not depend on the stories can be read ahead on idle workers (speculation). Each batch of
stories then gets the documents it needs from the partitions that hold them (the shuffle).
The pipeline says what each step computes; every layout and engine gives the same digest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

import numpy as np

from marsad.engine import Engine, LocalEngine, Progress

A = TypeVar("A")  # an article
C = TypeVar("C")  # what one partition needs to know of the whole corpus
D = TypeVar("D")  # a prepared document
O = TypeVar("O")  # noqa: E741  # a partition's outline: what this process needs of it
M = TypeVar("M")  # what a document says on its own, read ahead
X = TypeVar("X")  # what one story needs besides its documents
S = TypeVar("S")  # a story
T = TypeVar("T")
R = TypeVar("R")

# Articles per partition of the per-article stages, and per batch of stories: small enough
# for even work across workers, large enough that shipping a task costs little beside it.
PARTITION_ARTICLES = 500
STORY_BATCH_ARTICLES = 400
# A small input on several workers is cut finer, into at least this many parts per worker
# (three parts on two workers leave one idle for a third of the time), of at least
# MIN_PART_ARTICLES articles.
PARTS_PER_WORKER = 4
MIN_PART_ARTICLES = 50
# Documents per task of the work read ahead, on workers that would wait for this process's
# dedupe and clustering: short, so that the tasks of those stages wait little behind one,
# and little is thrown away when the stories start.
EARLY_DOCUMENTS = 100


def part_size(articles: int, workers: int, largest: int) -> int:
    """Articles (or stories' articles) per part: ``largest``, or less when that would give
    fewer than ``PARTS_PER_WORKER`` parts per worker."""
    if workers <= 1:
        return largest
    even = -(-articles // (workers * PARTS_PER_WORKER))
    return max(MIN_PART_ARTICLES, min(largest, even))


@dataclass(frozen=True, slots=True)
class Part(Generic[D, O]):
    """One partition after the per-article stages: its documents (kept on the worker that
    made them) and its outline (sent to this process)."""

    documents: list[D]
    outline: O


@dataclass(frozen=True, slots=True)
class Scattered(Generic[A]):
    """Articles cut into partitions: the lists, and their handles on the engine."""

    engine: Engine
    parts: list[list[A]]
    handles: list[list[A]]

    def map(self, function: Callable[[list[A]], R], *, label: str, progress: Progress) -> list[R]:
        """``function`` of each partition, gathered here."""
        weights = [len(part) for part in self.parts]
        return self.engine.map(
            function, self.handles, label=label, progress=progress, weights=weights
        )

    def prepare(
        self,
        function: Callable[[tuple[list[A], C]], Part[D, O]],
        context: Callable[[list[A]], C],
        *,
        label: str,
        progress: Progress,
    ) -> Spread[D, O]:
        """``function`` of each partition with its ``context``, left on the workers."""
        tasks = [
            (handle, context(part)) for handle, part in zip(self.handles, self.parts, strict=True)
        ]
        weights = [len(part) for part in self.parts]
        kept = self.engine.map(
            function, tasks, label=label, progress=progress, weights=weights, keep=True
        )
        return Spread(self.engine, kept)


def scatter(engine: Engine, articles: Sequence[A]) -> Scattered[A]:
    """The articles in partitions of consecutive articles, sent to the engine's workers."""
    engine.expect(len(articles))
    size = part_size(len(articles), engine.workers, PARTITION_ARTICLES)
    parts = [list(articles[start : start + size]) for start in range(0, len(articles), size)]
    return Scattered(engine, parts, engine.put(parts))


# A partition with what its documents say on their own, by runs of EARLY_DOCUMENTS (None for
# a run not read ahead), and a piece of it: the documents one story batch needs.
_Read = tuple[Part[D, O], list[list[M] | None]]
_Piece = list[tuple[D, M | None]]
# A story batch: each story as (partition, position in that partition's piece) of its
# documents, with what it needs besides.
_Layout = list[tuple[list[tuple[int, int]], X]]


class Spread(Generic[D, O]):
    """Prepared partitions held by the engine, and their outlines, gathered here."""

    def __init__(self, engine: Engine, handles: list[Part[D, O]]) -> None:
        self.engine = engine
        self.handles = handles
        self._outlines: list[tuple[int, O]] | None = None

    def outlines(self, *, progress: Progress) -> list[O]:
        """Each partition's outline, in order (fetched once)."""
        if self._outlines is None:
            self._outlines = _nearby(self.engine).map(
                _outline, self.handles, label="gather outlines", progress=progress
            )
        return [outline for _, outline in self._outlines]

    @property
    def sizes(self) -> list[int]:
        """Documents per partition (known once the outlines are gathered)."""
        if self._outlines is None:
            raise RuntimeError("gather the outlines first")
        return [size for size, _ in self._outlines]

    def read_ahead(self, function: Callable[[D], M]) -> Callable[[], list[_Read[D, O, M]]]:
        """Start ``function`` of every document on workers that would otherwise wait; the
        returned call gives each partition with its runs (None for a run not finished)."""
        runs = [range(0, size, EARLY_DOCUMENTS) for size in self.sizes]
        tasks: list[tuple[Part[D, O] | list[D], int]] = [
            # Handles that are the values: each task carries only its run of documents.
            (part, start) if self.engine.remote_handles else (_run(part, start), 0)
            for part, starts in zip(self.handles, runs, strict=True)
            for start in starts
        ]
        finished = self.engine.speculate(partial(_read_run, function), tasks)

        def read() -> list[_Read[D, O, M]]:
            done = iter(finished())
            return [
                (part, [next(done) for _ in starts])
                for part, starts in zip(self.handles, runs, strict=True)
            ]

        return read

    def regroup(
        self,
        groups: Sequence[Sequence[int]],
        extras: Sequence[X],
        build: Callable[[list[tuple[D, M | None]], X], S],
        read: Callable[[], list[_Read[D, O, M]]],
        *,
        label: str,
        progress: Progress,
    ) -> list[S]:
        """``build(members, extra)`` of each group of document numbers (numbered across the
        partitions in order), with what was read ahead of them; in batches of stories of
        about the same size. Each partition hands each batch the documents it needs (a piece,
        cut where the partition is), and each batch task fetches its pieces."""
        sizes = self.sizes
        starts = np.cumsum([0, *sizes])
        partitions = read()
        documents = sum(sizes)
        batches = _batches(groups, part_size(documents, self.engine.workers, STORY_BATCH_ARTICLES))
        cuts: list[tuple[_Read[D, O, M], list[int]]] = []
        tasks: list[tuple[_Layout[X], dict[int, int]]] = []
        for batch in batches:
            wanted: dict[int, list[int]] = {}  # partition -> positions this batch needs from it
            layout: _Layout[X] = []
            for n in batch:
                places = []
                for index in groups[n]:
                    part = int(np.searchsorted(starts, index, side="right")) - 1
                    positions = wanted.setdefault(part, [])
                    places.append((part, len(positions)))
                    positions.append(index - int(starts[part]))
                layout.append((places, extras[n]))
            tasks.append((layout, {part: len(cuts) + k for k, part in enumerate(wanted)}))
            cuts += [(partitions[part], positions) for part, positions in wanted.items()]
        pieces = _nearby(self.engine).map(
            _piece, cuts, label="shuffle", progress=progress, keep=True
        )
        built = self.engine.map(
            partial(_story_batch, build),
            [(layout, {part: pieces[n] for part, n in where.items()}) for layout, where in tasks],
            label=label,
            progress=progress,
            weights=[sum(len(groups[n]) for n in batch) for batch in batches],
        )
        numbers = (n for batch in batches for n in batch)
        story_of = dict(zip(numbers, (story for part in built for story in part), strict=True))
        return [story_of[n] for n in range(len(groups))]


def _nearby(engine: Engine) -> Engine:
    """Where to run work on handles: on the engine when they stand for data on its workers,
    here when they are the values (shipping them would cost more than the work)."""
    return engine if engine.remote_handles else LocalEngine()


def _outline(part: Part[D, O]) -> tuple[int, O]:
    return len(part.documents), part.outline


def _run(part: Part[D, O], start: int) -> list[D]:
    return part.documents[start : start + EARLY_DOCUMENTS]


def _read_run(function: Callable[[D], M], task: tuple[Part[D, O] | list[D], int]) -> list[M]:
    held, start = task
    documents = _run(held, start) if isinstance(held, Part) else held
    return [function(document) for document in documents]


def _batches(groups: Sequence[Sequence[int]], size: int) -> list[list[int]]:
    """Group numbers in batches of about ``size`` members. Groups are taken in order of their
    first member: stories span a few days and partitions follow the input, so a batch needs
    few partitions."""
    batches: list[list[int]] = [[]]
    total = 0
    for n in sorted(range(len(groups)), key=lambda n: min(groups[n])):
        if total >= size:
            batches.append([])
            total = 0
        batches[-1].append(n)
        total += len(groups[n])
    return batches


def _piece(cut: tuple[_Read[D, O, M], list[int]]) -> _Piece[D, M]:
    """The documents of a partition that one story batch needs, with what was read ahead."""
    (part, runs), positions = cut
    return [(part.documents[k], _early(runs, k)) for k in positions]


def _early(runs: list[list[M] | None], position: int) -> M | None:
    run = runs[position // EARLY_DOCUMENTS]
    return None if run is None else run[position % EARLY_DOCUMENTS]


def _story_batch(
    build: Callable[[list[tuple[D, M | None]], X], S],
    task: tuple[_Layout[X], dict[int, _Piece[D, M]]],
) -> list[S]:
    layout, pieces = task
    return [build([pieces[part][k] for part, k in places], extra) for places, extra in layout]
