"""A response cache keyed by the store's generation: a read of an unchanged story list, story
or page is answered from memory, with no query and no rendering beyond one single-row read of
the generation (store/inbox.py), which any committed change to what readers see moves.

Each answer is kept with the generation read before it was made and served only while the
generation is still that one, so an answer is never older than the last write a reader can
see (but for the stale lists below). An answer made from one story only (its JSON, timeline,
page) names the story's stamp (update time and storyline) in a header the cache takes off:
when the generation has moved, one primary-key read of that stamp tells whether the story is
still the same (other stories changed), and the answer is kept. An article's answer names its
own stamp, the story it is in (its row never changes): a write elsewhere leaves it cached.
Per process: each serving process keeps its own, and with ``shared`` (the serving processes of
one `marsad serve --workers N`, shared.py) takes an answer another process made when it is newer
than its own, then serves it by the same rules.

Where the store records which stories each move changed (store/changes.py), a move is judged
by that set, read once per generation an entry was made at: a story's answers are kept while
their story is not in it (no stamp read), an article's while its story is not, and a story
list or search (which reads stories and their members only) while the set is empty, as when
a move only took articles out of the write queue or stored articles not yet in a story.

Concurrent misses of one key at one generation make the answer once: the first request makes
it, the others wait for it and are answered from memory (after a write, 50 clients asking for
the index would otherwise render it 50 times, each on a core the others need).

A list or search a move did change may be served stale for a bounded time (``stale_seconds``,
``Settings.list_stale_seconds``): while the answer was last known to match the store at most
that many seconds ago, a request gets it at once and one background re-make per key (never two
at once, at most ``MAX_REMAKES`` keys at once) replaces it; older, the request makes it as
above. Each write batch changes the stories most searches match, so without this every search
after a batch was made on a reader's request (docs/benchmarks.md, round 26). 0 turns it off.
Where a POST writes the stories before it answers (``own_writes``: no write queue), a write this
process answered is always seen by its next reads: no answer older than it is served stale.
Another serving process's reads may lag it by up to ``stale_seconds``; with a write queue the
POST answers 202 before the worker writes, and the queued write is seen within the bound.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.service.http import is_fresh
from marsad.service.shared import RoutePath, SharedAnswer, SharedAnswers
from marsad.store.inbox import article_key, article_stamp, keyed_article, story_stamp

# Where answers depend on the store (and the request) only; /healthz, /readyz and /metrics
# are live by design, and POST is never cached.
CACHED_PREFIXES = ("/stories", "/storylines/", "/story/", "/articles/", "/article/", "/static/")
CACHED_PATHS = ("/", "/docs", "/openapi.json")
# The header a story's or an article's route names its stamp in (key, space, stamp; the key a
# story id or ``article_key``); never sent out.
STAMP_HEADER = b"x-marsad-stamp"
# Filters that may count back from now (``since=6h``): such an answer changes with the clock.
_TIME_FILTERS = ("since", "published_after", "published_before")
_ABSOLUTE = re.compile(r"^\s*\d{4}-")
ENTRIES = 4096
ENTRY_BYTES = 1 << 20
T = TypeVar("T")
_log = logging.getLogger(__name__)
# What a background re-make drops of the request's headers: it must make a whole 200.
_CONDITIONAL = (b"if-none-match", b"if-modified-since")
# An answer's key: path, query, whether the client takes gzip, and its Origin header (if any).
Key = tuple[str, bytes, bool, str | None]
# Reads of the generation and of a story's stamp: a value, or one to await (PostgreSQL's are
# awaited so that the event loop serves other requests meanwhile: store/watch.py).
Generation = Callable[[], int | Awaitable[int]]
Stamps = Callable[[str], str | Awaitable[str | None] | None]
# The stories changed above a generation, or None when the store cannot tell (store/changes.py).
Changed = frozenset[str] | None
Changes = Callable[[int], Changed | Awaitable[Changed]]
# Paths whose answers read the stories' rows and members only (lists, searches, storylines).
LIST_PATHS = ("/", "/stories")
LIST_PREFIXES = ("/storylines/",)
# What a 304 drops of the cached answer's headers (as ConditionalGet does: a browser merges
# the rest, the page's own CSP included, into its copy).
_BODY_HEADERS = (b"content-length", b"content-type")
# Background re-makes of stale lists running at once, per process: past it a stale answer is
# served without one (it ages out, then a request makes it), so re-makes never crowd out the
# reads on the thread pool and the store's connections.
MAX_REMAKES = 4


@dataclass(slots=True)
class CacheStats:
    """How many cacheable reads were answered from memory, and how many were made afresh."""

    hits: int = 0
    misses: int = 0
    stale: int = 0  # of the hits: a list or search served stale while it was made again


@dataclass(frozen=True, slots=True)
class _Entry:
    generation: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    route: Any  # the route that made it, for the metrics and the access log
    stamp: tuple[str, str] | None = None  # (key, stamp) of an answer made from one story or article
    listing: bool = False  # a list or search: kept while no story changed
    fresh_at: float = 0.0  # when (cache's clock) the answer was last known to match the store


class ResponseCache:
    """Serves a GET answer of 200 from memory while the store's generation is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        generation: Generation,
        stats: CacheStats | None = None,
        stamps: Stamps | None = None,
        changes: Changes | None = None,
        entries: int = ENTRIES,
        entry_bytes: int = ENTRY_BYTES,
        stale_seconds: float = 0.0,
        own_writes: bool = True,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedAnswers | None = None,
    ) -> None:
        self.app = app
        self.shared = shared
        self.stale_seconds = stale_seconds
        self.own_writes = own_writes
        self.clock = clock
        self.generation = generation
        self.entries = entries
        self.entry_bytes = entry_bytes
        self._cache: OrderedDict[Key, _Entry] = OrderedDict()
        self.stats = stats or CacheStats()
        self.stamps = stamps
        self.changes = changes
        # The changed stories above each generation entries were made at, as of generation
        # ``_known[0]`` (cleared when it moves).
        self._known: tuple[int, dict[int, Changed]] = (-1, {})
        # Answers being made, by key and generation: set when the answer is kept or failed.
        self._making: dict[tuple[Key, int], asyncio.Event] = {}
        # Keys whose stale answer is being made again in the background, and those tasks.
        self._refreshing: set[Key] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        # When (cache's clock) this process last passed on a request that may write.
        self._wrote_at = float("-inf")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or pass on and keep a 200 answer for the next request."""
        if scope["type"] == "lifespan":
            await self.app(scope, self._finishing(receive), send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.own_writes and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            try:
                await self.app(scope, receive, _stripping(send))
            finally:  # its readers see it from now on, in this process
                self._wrote_at = self.clock()
            return
        if (
            scope["method"] != "GET"
            or not cacheable(scope)
            or ("if-modified-since" in headers and "if-none-match" not in headers)
        ):  # the last: the route compares dates itself
            await self.app(scope, receive, _stripping(send))
            return
        # The Origin too: CORS headers (when the app allows origins) depend on it.
        key = (scope["path"], scope.get("query_string", b""), _gzip(headers), headers.get("origin"))
        # SQLite: a blocking single-row read, cheaper than a hop to a thread for it.
        read_at = self.clock()
        generation = await _value(self.generation())
        self._adopt(key, generation)
        found = await self._still(key, generation, read_at)
        if found is None and (found := self._stale(key, read_at)) is not None:
            self.stats.stale += 1
            self._revalidate(scope, key, generation, read_at)
        making = self._making.get((key, generation))
        if found is None and making is not None:
            await making.wait()  # another request is making this answer: take it when made
            found = await self._still(key, generation, read_at)
        if found is not None:
            self._cache.move_to_end(key)
            self.stats.hits += 1
            scope["route"] = found.route
            await _replay(send, headers, found)
            return
        self.stats.misses += 1
        async with self._being_made(key, generation):
            await self._make(scope, receive, send, key, generation, read_at)

    async def revalidated(self) -> None:
        """Wait for the background re-makes running now (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def _finishing(self, receive: Receive) -> Receive:
        """The lifespan's messages, the shutdown passed on once the re-makes are done (the
        store is closed after it)."""

        async def received() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                await self.revalidated()
            return message

        return received

    def _stale(self, key: Key, read_at: float) -> _Entry | None:
        """The list or search kept for ``key`` if it may be served stale: it matched the
        store at most ``stale_seconds`` before ``read_at``."""
        found = self._cache.get(key)
        if found is None or not found.listing or self.stale_seconds <= 0:
            return None
        if found.fresh_at < self._wrote_at:  # older than this process's own write
            return None
        return found if read_at - found.fresh_at <= self.stale_seconds else None

    def _revalidate(self, scope: Scope, key: Key, generation: int, read_at: float) -> None:
        """Make ``key``'s answer at ``generation`` again in the background, unless it is being
        made already (one re-make per key at once)."""
        if (
            key in self._refreshing
            or (key, generation) in self._making
            or len(self._refreshing) >= MAX_REMAKES
        ):
            return
        self._refreshing.add(key)
        headers = [(n, v) for n, v in scope.get("headers", []) if n.lower() not in _CONDITIONAL]
        quiet: Scope = {**scope, "headers": headers, "state": dict(scope.get("state") or {})}
        task = asyncio.get_running_loop().create_task(self._remake(quiet, key, generation, read_at))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _remake(self, scope: Scope, key: Key, generation: int, read_at: float) -> None:
        """A background re-make: its answer replaces the stale one if it is a 200; otherwise
        (an error, a 404 for a storyline gone) the stale one is dropped and a request makes it."""
        stale = self._cache.get(key)
        try:
            async with self._being_made(key, generation):
                await self._make(scope, _no_body, _dropped, key, generation, read_at)
        except Exception:
            _log.exception("re-making %s in the background failed", scope.get("path"))
        finally:
            self._refreshing.discard(key)
            if stale is not None and self._cache.get(key) is stale:
                del self._cache[key]

    async def warm(self, path: str, app: Any = None) -> bool:
        """Make and keep the answer a gzip-taking GET of ``path`` (no query) would get, unless one
        is current already or being made; counted neither as a hit nor a miss. ``app``: the
        application the scope names (routes read it, e.g. for url_for). True if made."""
        key: Key = (path, b"", True, None)
        read_at = self.clock()
        generation = await _value(self.generation())
        self._adopt(key, generation)
        if (key, generation) in self._making or await self._still(key, generation, read_at):
            return False
        scope: Scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": quote(path).encode("ascii"),
            "root_path": "",
            "query_string": b"",
            "headers": [(b"host", b"localhost"), (b"accept-encoding", b"gzip")],
            "client": ("127.0.0.1", 0),
            "server": ("localhost", 80),
            "state": {},
        }
        if app is not None:
            scope["app"] = app
        async with self._being_made(key, generation):
            await self._make(scope, _no_body, _dropped, key, generation, read_at)
        return True

    @asynccontextmanager
    async def _being_made(self, key: Key, generation: int) -> AsyncIterator[None]:
        """Mark ``key``'s answer at ``generation`` as being made (requests for it wait for it)
        until the block ends, kept or failed."""
        done = self._making.setdefault((key, generation), asyncio.Event())
        try:
            yield
        finally:
            done.set()
            if self._making.get((key, generation)) is done:
                del self._making[(key, generation)]

    async def _make(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: Key,
        generation: int,
        read_at: float,
    ) -> None:
        """Pass the request on and keep its answer if it is a 200 small enough (as matching
        the store at ``read_at``, when ``generation`` was read)."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        stamp: tuple[str, str] | None = None

        async def keeping(message: Message) -> None:
            nonlocal start, size, stamp
            if message["type"] == "http.response.start":
                message, stamp = _unstamped(message)
                start = message if message["status"] == 200 else None
            elif start is not None and size <= self.entry_bytes:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body", False) and size <= self.entry_bytes:
                    body = b"".join(chunks)
                    route = scope.get("route")
                    listing = _listing(scope["path"])
                    headers = _headers(start)
                    entry = _Entry(generation, headers, body, route, stamp, listing, read_at)
                    self._keep(key, entry)
            await send(message)

        await self.app(scope, receive, keeping)

    async def _still(self, key: Key, generation: int, read_at: float) -> _Entry | None:
        """The entry for ``key`` if it is current: made at this generation, or made from a
        story or article whose stamp is unchanged (then it is kept as of this generation,
        read at ``read_at``)."""
        found = self._cache.get(key)
        if found is not None and found.generation == generation and found.listing:
            if found.fresh_at < read_at:  # it matches the store as read now
                found = replace(found, fresh_at=read_at)
                self._cache[key] = found
            return found
        if found is None or found.generation == generation:
            return found
        if not await self._unchanged(found, generation):
            return None
        found = replace(found, generation=generation, fresh_at=read_at)
        self._cache[key] = found
        return found

    async def _unchanged(self, found: _Entry, generation: int) -> bool:
        """Whether what ``found`` was made from is the same at ``generation``: by the stories
        the moves since changed when the store tells, else by the stamp's read."""
        changed = await self._changed(found.generation, generation)
        if found.listing:
            return changed is not None and not changed
        if found.stamp is None:
            return False
        key_of, stamp = found.stamp
        # An article in no story may join any: only its stamp tells.
        story = stamp if keyed_article(key_of) is not None else key_of
        if changed is not None and (story != "-" or not changed):
            return story not in changed
        return self.stamps is not None and await _value(self.stamps(key_of)) == stamp

    async def _changed(self, mark: int, generation: int) -> Changed:
        """The stories changed above ``mark`` (None: unknown), read once per mark a
        generation."""
        if self.changes is None:
            return None
        now, known = self._known
        if now != generation:
            known = {}
            self._known = (generation, known)
        if mark not in known:
            known[mark] = await _value(self.changes(mark))
        return known[mark]

    def _keep(self, key: Key, entry: _Entry, *, share: bool = True) -> None:
        if any(name.lower() == b"set-cookie" for name, _ in entry.headers):
            return
        self._cache[key] = entry
        self._cache.move_to_end(key)
        while len(self._cache) > self.entries:
            self._cache.popitem(last=False)
        if share and self.shared is not None:
            route = getattr(entry.route, "path", None)
            answer = SharedAnswer(
                generation=entry.generation,
                fresh_at=entry.fresh_at,
                headers=entry.headers,
                body=entry.body,
                route=route if isinstance(route, str) else None,
                stamp=entry.stamp,
                listing=entry.listing,
            )
            self.shared.put(key, answer)

    def _adopt(self, key: Key, generation: int) -> None:
        """Take the answer another serving process shared for ``key`` when it is newer than
        this process's (a later generation, or the same one known to match the store later);
        it is then served by the same rules as one made here. Read only when this process's
        own answer is not of ``generation`` already."""
        if self.shared is None:
            return
        mine = self._cache.get(key)
        if mine is not None and mine.generation == generation:
            return
        theirs = self.shared.get(key)
        if theirs is None or theirs.generation > generation:  # read before our generation
            return
        if mine is not None and (theirs.generation, theirs.fresh_at) <= (
            mine.generation,
            mine.fresh_at,
        ):
            return
        route = RoutePath(theirs.route) if theirs.route else None
        entry = _Entry(
            theirs.generation,
            theirs.headers,
            theirs.body,
            route,
            theirs.stamp,
            theirs.listing,
            theirs.fresh_at,
        )
        self._keep(key, entry, share=False)


def cacheable(scope: Scope) -> bool:
    """Whether a GET's answer depends only on the store and the request (not on the clock)."""
    path: str = scope["path"]
    if path not in CACHED_PATHS and not path.startswith(CACHED_PREFIXES):
        return False
    query = scope.get("query_string", b"").decode("latin-1")
    return all(
        _ABSOLUTE.match(value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if name in _TIME_FILTERS and value
    )


def _listing(path: str) -> bool:
    """Whether the answer at ``path`` reads only the stories' rows and members."""
    return path in LIST_PATHS or path.startswith(LIST_PREFIXES)


def stamp_header(story_id: str, updated_at: datetime, storyline: str) -> dict[str, str]:
    """The header a route answering from one story (``story_id``, not merged away) adds."""
    stamp = story_stamp(updated_at.timestamp(), storyline)
    return {STAMP_HEADER.decode(): f"{story_id} {stamp}"}


def article_stamp_header(article_id: str, story_id: str | None) -> dict[str, str]:
    """The header the route answering a stored article (in ``story_id``, or none) adds."""
    return {STAMP_HEADER.decode(): f"{article_key(article_id)} {article_stamp(story_id)}"}


def _stripping(send: Send) -> Send:
    async def stripped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message, _ = _unstamped(message)
        await send(message)

    return stripped


def _unstamped(start: Message) -> tuple[Message, tuple[str, str] | None]:
    """The answer's start without the stamp header, and the stamp it named (if any)."""
    headers = start.get("headers") or []
    found = [value for name, value in headers if name.lower() == STAMP_HEADER]
    if not found:
        return start, None
    kept = [(name, value) for name, value in headers if name.lower() != STAMP_HEADER]
    key, _, stamp = bytes(found[0]).decode("utf-8").partition(" ")
    return {**start, "headers": kept}, (key, stamp)


async def _no_body() -> Message:
    """A request without a body, for the answers the cache makes itself."""
    return {"type": "http.request", "body": b"", "more_body": False}


async def _dropped(_message: Message) -> None:
    """Sends nowhere: an answer the cache makes itself is only kept."""


async def _value(value: T | Awaitable[T]) -> T:
    """``value``, awaited if it is to be awaited (a plain value does not yield to the loop)."""
    if inspect.isawaitable(value):
        return await value
    return value


def _gzip(headers: Headers) -> bool:
    return "gzip" in headers.get("accept-encoding", "").lower()


def _headers(start: Message) -> list[tuple[bytes, bytes]]:
    return [(bytes(name), bytes(value)) for name, value in start.get("headers") or []]


async def _replay(send: Send, request: Headers, entry: _Entry) -> None:
    """The cached answer, or 304 when the client's If-None-Match names its ETag."""
    etag = next((value for name, value in entry.headers if name.lower() == b"etag"), None)
    if etag is not None and "if-none-match" in request and is_fresh(request, etag.decode()):
        kept = [(name, value) for name, value in entry.headers if name.lower() not in _BODY_HEADERS]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": 200, "headers": entry.headers})
    await send({"type": "http.response.body", "body": entry.body})
