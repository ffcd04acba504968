"""The store's generation and story stamps read on a server's event loop without blocking it
(PostgreSQL): ``GenerationWatch`` (inbox.py) reads them with a blocking call, which on SQLite
is a read of a local file but on PostgreSQL a round trip to a server process: while that
process waits for a core, every request the loop serves waits with it.

With a lag (a server whose POST only queues: ``Settings.generation_lag_seconds``), a read begun
at most that long before a request answers it without a round trip, and each read also brings
the stories changed since the one before, so the cache's question "what changed above ``g``"
is answered from memory for every ``g`` this watch has read.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from marsad.errors import StoreError
from marsad.store.inbox import article_stamp, keyed_article, story_stamp

if TYPE_CHECKING:
    import psycopg

    from marsad.store.sql import SqlStore

_STAMP_SQL = "SELECT updated_at, storyline FROM stories WHERE id = %s"
_ARTICLE_SQL = "SELECT story_id FROM story_articles WHERE article_id = %s"
# The generation, the pruning floor and the stories changed above a generation, in one
# statement (so one snapshot: a prune shows in both the floor and the rows, or in neither).
_READ_SQL = (
    "SELECT value, changes_floor, ARRAY(SELECT DISTINCT story_id FROM story_changes "
    "WHERE generation > %s) FROM store_generation"
)
# Above every generation: the first read asks for no changed stories.
_NONE_ABOVE = 1 << 62
# Moves of the generation remembered with the stories each changed (a few minutes of a busy
# worker's commits at one read every lag/2).
LINKS = 1024


class AsyncGenerationWatch:
    """``GenerationWatch``'s reads, awaited on a connection of its own (autocommit: each
    read sees every committed write) made on the loop that first asks; the loop serves other
    requests while a read waits. Reconnects once after an error; a loop other than the
    connection's (a test client's) gets a connection of its own."""

    def __init__(self, store: SqlStore, *, lag: float = 0.0) -> None:
        url = store.engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reads: _SharedReads | None = None
        self.lag = lag
        # The last generation read, and each move read since: new generation -> (the one
        # before, the stories changed between; None when a prune left that unknown).
        self._seen: int | None = None
        self._links: OrderedDict[int, tuple[int, frozenset[str] | None]] = OrderedDict()

    async def __call__(self) -> int:
        """The generation now (see GenerationWatch), read after this call began: requests that
        arrive while a read waits for the connection share the next one (_SharedReads); with
        a lag, one begun at most ``lag`` seconds before the call."""
        loop = asyncio.get_running_loop()
        if self._reads is None or self._reads.loop is not loop:
            self._reads = _SharedReads(loop, self._generation, lag=self.lag)
        return await self._reads.next()

    async def _generation(self) -> int:
        """One round trip: the generation, and the stories changed since the last one read."""
        before = self._seen
        row = await self._fetch(_READ_SQL, (_NONE_ABOVE if before is None else before,))
        if row is None:
            return 0
        value = int(row[0])
        if before is not None and value != before:
            changed = None if int(row[1]) > before else frozenset(row[2])
            self._links[value] = (before, changed)
            while len(self._links) > LINKS:
                self._links.popitem(last=False)
        self._seen = value
        return value

    async def changes(self, mark: int) -> frozenset[str] | None:
        """The stories changed above generation ``mark`` (see GenerationWatch.changes): from
        the moves this watch has read when ``mark`` is one of them, else one round trip."""
        from marsad.store.changes import changed_since

        linked, known = self._linked(mark)
        if linked:
            return known
        row = await self._fetch(_READ_SQL, (int(mark),))
        if row is None:
            return None
        return changed_since([(story,) for story in row[2]], int(row[1]), mark)

    def _linked(self, mark: int) -> tuple[bool, frozenset[str] | None]:
        """Whether ``mark`` is on the chain of moves this watch read, and if so the union of
        the stories they changed from ``mark`` to the last generation read (None if a prune
        cut them). Off the chain: a generation another process read, or one fallen out of
        the kept links."""
        at = self._seen
        if at is None or mark > at:
            return False, None
        changed: set[str] = set()
        while at != mark:
            link = self._links.get(at)
            if link is None or link[0] < mark:
                return False, None
            at, moved = link
            if moved is None:
                return True, None
            changed |= moved
        return True, frozenset(changed)

    async def story_stamp(self, story_id: str) -> str | None:
        """A live story's stamp as ``story_stamp`` words it; None for an id with no row."""
        row = await self._fetch(_STAMP_SQL, (story_id,))
        return None if row is None else story_stamp(row[0], row[1] or story_id)

    async def stamp(self, key: str) -> str | None:
        """The stamp of what ``key`` names now (see GenerationWatch.stamp)."""
        article_id = keyed_article(key)
        if article_id is None:
            return await self.story_stamp(key)
        row = await self._fetch(_ARTICLE_SQL, (article_id,))
        return article_stamp(None if row is None else row[0])

    async def _fetch(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        rows = await self._fetch_all(sql, params, one=True)
        return rows[0] if rows else None

    async def _fetch_all(
        self, sql: str, params: tuple[Any, ...] | None = None, *, one: bool = False
    ) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (the first only with ``one``); reconnects once after an
        error, then fails as a StoreError."""
        import psycopg

        for attempt in (1, 2):
            try:
                connection = await self._connected()
                cursor = await connection.execute(sql, params)
                if one:
                    row = await cursor.fetchone()
                    return [] if row is None else [row]
                return list(await cursor.fetchall())
            except psycopg.Error as error:
                await self.close()
                if attempt == 2:
                    raise StoreError(f"store read failed: {error}") from None
        raise AssertionError("unreachable")

    async def _connected(self) -> psycopg.AsyncConnection[Any]:
        import psycopg

        loop = asyncio.get_running_loop()
        if self._connection is not None and self._loop is not loop:
            await self.close()
        if self._connection is None:
            self._connection = await psycopg.AsyncConnection.connect(
                self._conninfo, autocommit=True
            )
            self._loop = loop
        return self._connection

    async def close(self) -> None:
        """Close the connection (the next read opens another)."""
        connection, self._connection, self._loop = self._connection, None, None
        if connection is not None:
            # A connection made on a loop since closed (a test client's) is dropped as it is.
            with contextlib.suppress(Exception):
                await connection.close()


class _SharedReads:
    """One generation read at a time per loop, shared by every request that arrived before it
    began. A server's reads all went one by one through the watch's one connection, so under
    50 clients a cached read waited for every read queued before it (PostgreSQL, round 21:
    p50 91 ms in the server); a read begun after a request arrived sees every write committed
    before it, so sharing it keeps the cache's promise.

    With ``lag`` > 0 a read begun at most ``lag`` seconds before a call answers it at once, and
    one begun more than half of it before starts the next read in the background: under a
    steady load no request waits for a round trip (round 31: a cached read's p50 on PostgreSQL
    was the round trip, 41 ms in the server at load 12, against 0-1 ms on SQLite)."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        read: Callable[[], Awaitable[int]],
        *,
        lag: float = 0.0,
    ) -> None:
        self.loop = loop
        self.lag = lag
        self._read = read
        self._lock = asyncio.Lock()
        self._queued: asyncio.Future[int] | None = None  # the next read, not yet begun
        self._last: tuple[float, int] | None = (
            None  # when (loop clock) the last read began, its value
        )

    async def next(self) -> int:
        """The result of a read that begins after this call (or at most ``lag`` before it)."""
        last = self._last
        if last is not None and self.lag > 0:
            age = self.loop.time() - last[0]
            if age <= self.lag:
                if age > self.lag / 2 and self._queued is None and not self._lock.locked():
                    ahead = self._queued = asyncio.ensure_future(self._run())
                    # A failed read ahead is seen by the request that next waits for one.
                    ahead.add_done_callback(lambda done: done.cancelled() or done.exception())
                return last[1]
        queued = self._queued
        if queued is None:
            queued = self._queued = asyncio.ensure_future(self._run())
        return await asyncio.shield(queued)

    async def _run(self) -> int:
        async with self._lock:
            self._queued = None  # who arrives from now on waits for the read after this one
            began = self.loop.time()
            value = await self._read()
            if self._last is None or began >= self._last[0]:
                self._last = (began, value)
            return value
