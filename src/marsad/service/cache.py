"""A response cache keyed by the store's generation: a read of an unchanged story list, story
or page is answered from memory, with no query and no rendering beyond one single-row read of
the generation (store/inbox.py), which any committed change to what readers see moves.

Each answer is kept with the generation read before it was made and served only while the
generation is still that one, so an answer is never older than the last write a reader can
see. Per process: each serving process keeps its own.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.service.http import is_fresh

# Where answers depend on the store (and the request) only; /healthz, /readyz and /metrics
# are live by design, and POST is never cached.
CACHED_PREFIXES = ("/stories", "/storylines/", "/story/", "/articles/", "/article/", "/static/")
CACHED_PATHS = ("/", "/docs", "/openapi.json")
# Filters that may count back from now (``since=6h``): such an answer changes with the clock.
_TIME_FILTERS = ("since", "published_after", "published_before")
_ABSOLUTE = re.compile(r"^\s*\d{4}-")
ENTRIES = 4096
ENTRY_BYTES = 1 << 20
# What a 304 drops of the cached answer's headers (as ConditionalGet does: a browser merges
# the rest, the page's own CSP included, into its copy).
_BODY_HEADERS = (b"content-length", b"content-type")


@dataclass(slots=True)
class CacheStats:
    """How many cacheable reads were answered from memory, and how many were made afresh."""

    hits: int = 0
    misses: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    generation: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    route: Any  # the route that made it, for the metrics and the access log


class ResponseCache:
    """Serves a GET answer of 200 from memory while the store's generation is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        generation: Callable[[], int],
        stats: CacheStats | None = None,
        entries: int = ENTRIES,
        entry_bytes: int = ENTRY_BYTES,
    ) -> None:
        self.app = app
        self.generation = generation
        self.entries = entries
        self.entry_bytes = entry_bytes
        self._cache: OrderedDict[tuple[str, bytes, bool], _Entry] = OrderedDict()
        self.stats = stats or CacheStats()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or pass on and keep a 200 answer for the next request."""
        if scope["type"] != "http" or scope["method"] != "GET" or not cacheable(scope):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if "if-modified-since" in headers and "if-none-match" not in headers:
            await self.app(scope, receive, send)  # the route compares dates itself
            return
        key = (scope["path"], scope.get("query_string", b""), _gzip(headers))
        # A blocking single-row read: cheaper than a hop to a thread for it.
        generation = self.generation()
        found = self._cache.get(key)
        if found is not None and found.generation == generation:
            self._cache.move_to_end(key)
            self.stats.hits += 1
            scope["route"] = found.route
            await _replay(send, headers, found)
            return
        self.stats.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def keeping(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message if message["status"] == 200 else None
            elif start is not None and size <= self.entry_bytes:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body", False) and size <= self.entry_bytes:
                    body = b"".join(chunks)
                    self._keep(key, _Entry(generation, _headers(start), body, scope.get("route")))
            await send(message)

        await self.app(scope, receive, keeping)

    def _keep(self, key: tuple[str, bytes, bool], entry: _Entry) -> None:
        if any(name.lower() == b"set-cookie" for name, _ in entry.headers):
            return
        self._cache[key] = entry
        self._cache.move_to_end(key)
        while len(self._cache) > self.entries:
            self._cache.popitem(last=False)


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
