"""Answers made before the first reader asks: at start, each serving process makes the newest
stories' JSON and pages, their articles' JSON and the first page of the lists into its
response cache (cache.py).

Under 50 clients with writes, a fresh server's first reads of the newest stories were a third
of its misses, each a page made on a reader's request while the cores were busy (4-9 ms of
CPU, waiting for a core: docs/benchmarks.md, writes8). Made here, in the background after
start, they are made once per process before /readyz says ready. An answer is made by the same
stack under the cache as a reader's (gzip, ETag), so what is kept is byte for byte what a
reader's first request would have kept.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp

from marsad.service.cache import ResponseCache
from marsad.store.base import Store

_log = logging.getLogger("marsad.service")
# The first page of the lists as the API and the web page ask for it with no query.
LIST_PATHS = ("/", "/stories")


def warm_paths(store: Store, stories: int) -> list[str]:
    """The lists' first pages, then the JSON and the page of the ``stories`` newest stories (the
    list's own order: what a reader opens first), then their articles' JSON (what a story's
    reader opens next: a quarter of a fresh server's misses under load, round 30)."""
    if stories <= 0:
        return list(LIST_PATHS)
    rows = store.stories(limit=stories).stories
    pages = [path for row in rows for path in (f"/stories/{row.id}", f"/story/{row.id}")]
    articles = [
        f"/articles/{article.id}"
        for row in rows
        if (found := store.story(row.id)) is not None
        for article in found.story.articles
    ]
    return [*LIST_PATHS, *pages, *dict.fromkeys(articles)]


@dataclass(slots=True)
class Warming:
    """Where the warming of one serving process stands (what /readyz reports)."""

    running: bool = False
    made: int = 0
    total: int = 0


def find_cache(app: ASGIApp) -> ResponseCache | None:
    """The response cache in a built middleware stack (each middleware keeps the next as
    ``app``), or None when the app has none."""
    node: Any = app
    for _ in range(64):  # a stack is a dozen deep; a cycle would be a bug, not a hang
        if isinstance(node, ResponseCache):
            return node
        node = getattr(node, "app", None)
        if node is None:
            return None
    return None


async def warm(cache: ResponseCache, paths: list[str], state: Warming, app: Any = None) -> None:
    """Make and keep each of ``paths`` in ``cache``, one at a time (readers' requests go on
    between them); ``app`` is the application the requests' scope names."""
    state.total = len(paths)
    for path in paths:
        await cache.warm(path, app)
        state.made += 1
        await asyncio.sleep(0)


def warming_lifespan(
    store: Store, stories: int, state: Warming, settled: Callable[[], None] | None = None
) -> Callable[[Any], AbstractAsyncContextManager[None]]:
    """A lifespan that warms the app's response cache (if it has one) in the background after
    start; /readyz reads ``state`` (ready once done; a failed warming is logged and ends it).
    ``settled`` is called once the start-up is done: after the warming, or at start without a
    cache (heap.freeze_heap)."""

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        cache = find_cache(app.middleware_stack)
        task: asyncio.Task[None] | None = None
        if cache is None and settled is not None:
            settled()
        if cache is not None:
            state.running = True

            async def run() -> None:
                try:
                    paths = await asyncio.to_thread(warm_paths, store, stories)
                    await warm(cache, paths, state, app)
                except Exception:  # the server answers all the same, made on request
                    _log.exception("warming the response cache failed")
                finally:
                    if settled is not None:
                        settled()
                    state.running = False

            task = asyncio.create_task(run())
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task

    return lifespan
