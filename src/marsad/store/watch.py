"""The store's generation and story stamps read on a server's event loop without blocking it
(PostgreSQL): ``GenerationWatch`` (inbox.py) reads them with a blocking call, which on SQLite
is a read of a local file but on PostgreSQL a round trip to a server process: while that
process waits for a core, every request the loop serves waits with it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from marsad.errors import StoreError
from marsad.store.inbox import GENERATION_SQL, article_stamp, keyed_article, story_stamp

if TYPE_CHECKING:
    import psycopg

    from marsad.store.sql import SqlStore

_STAMP_SQL = "SELECT updated_at, storyline FROM stories WHERE id = %s"
_ARTICLE_SQL = "SELECT story_id FROM story_articles WHERE article_id = %s"


class AsyncGenerationWatch:
    """``GenerationWatch``'s reads, awaited on a connection of its own (autocommit: each
    read sees every committed write) made on the loop that first asks; the loop serves other
    requests while a read waits. Reconnects once after an error; a loop other than the
    connection's (a test client's) gets a connection of its own."""

    def __init__(self, store: SqlStore) -> None:
        url = store.engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reads: _SharedReads | None = None

    async def __call__(self) -> int:
        """The generation now (see GenerationWatch), read after this call began: requests that
        arrive while a read waits for the connection share the next one (_SharedReads)."""
        loop = asyncio.get_running_loop()
        if self._reads is None or self._reads.loop is not loop:
            self._reads = _SharedReads(loop, self._generation)
        return await self._reads.next()

    async def _generation(self) -> int:
        row = await self._fetch(GENERATION_SQL, ())
        return int(row[0]) if row else 0

    async def changes(self, mark: int) -> frozenset[str] | None:
        """The stories changed above generation ``mark`` (see GenerationWatch.changes)."""
        from marsad.store.changes import CHANGES_SQL, FLOOR_SQL, changed_since

        rows = await self._fetch_all(CHANGES_SQL.format(mark=int(mark)))
        floor = await self._fetch(FLOOR_SQL, ())
        return changed_since(rows, int(floor[0]) if floor else 0, mark)

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

    async def _fetch(self, sql: str, params: tuple[str, ...]) -> tuple[Any, ...] | None:
        rows = await self._fetch_all(sql, params, one=True)
        return rows[0] if rows else None

    async def _fetch_all(
        self, sql: str, params: tuple[str, ...] | None = None, *, one: bool = False
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
    before it, so sharing it keeps the cache's promise."""

    def __init__(self, loop: asyncio.AbstractEventLoop, read: Callable[[], Awaitable[int]]) -> None:
        self.loop = loop
        self._read = read
        self._lock = asyncio.Lock()
        self._queued: asyncio.Future[int] | None = None  # the next read, not yet begun

    async def next(self) -> int:
        """The result of a read that begins after this call."""
        queued = self._queued
        if queued is None:
            queued = self._queued = asyncio.ensure_future(self._run())
        return await asyncio.shield(queued)

    async def _run(self) -> int:
        async with self._lock:
            self._queued = None  # who arrives from now on waits for the read after this one
            return await self._read()
