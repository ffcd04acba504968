"""HTTP as clients expect it: validators with 304, HEAD on every GET route, opaque cursors.

Stored stories carry their update time, so their routes answer 304 before rendering anything;
every other GET answer gets an ETag from its body (``ConditionalGet``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad import __version__

# Clients may keep answers but must ask again (a 304 is cheap) before using them.
CACHE_CONTROL = "no-cache"


def weak_etag(*parts: str) -> str:
    """A weak validator over ``parts`` and marsad's version (a new release renders anew);
    weak, as gzip changes the bytes but not the meaning."""
    digest = hashlib.sha256("\0".join((__version__, *parts)).encode("utf-8")).hexdigest()
    return f'W/"{digest[:32]}"'


def http_date(moment: datetime) -> str:
    """``Tue, 11 Jan 2022 08:00:00 GMT`` (whole seconds, as HTTP dates are)."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def validators(etag: str, modified: datetime | None = None) -> dict[str, str]:
    """The headers that let a client revalidate: ETag, Last-Modified and Cache-Control."""
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if modified is not None:
        headers["Last-Modified"] = http_date(modified)
    return headers


def is_fresh(headers: Headers, etag: str, modified: datetime | None = None) -> bool:
    """Whether the client's copy is current (RFC 9110 13.1.2: If-None-Match, when present,
    decides; If-Modified-Since otherwise)."""
    wanted = headers.get("if-none-match")
    if wanted is not None:
        tags = {tag.strip().removeprefix("W/") for tag in wanted.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    since = headers.get("if-modified-since")
    if since is None or modified is None:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False  # an unreadable date is ignored (RFC 9110 13.1.3)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(modified.timestamp()) <= moment.timestamp()


class ConditionalGet:
    """Gives a GET answer of 200 without an ETag one from its body, and answers 304 when the
    client already has it. Buffers those bodies: the API's answers are bounded JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass non-GET requests through; hold a GET's 200 answer until its body is known."""
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        held: Message | None = None
        chunks: list[bytes] = []

        async def buffered(message: Message) -> None:
            nonlocal held
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers") or []}
                if message["status"] != 200 or b"etag" in names:
                    await send(message)
                    return
                held = message
                return
            if held is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                await _finish(send, scope, held, b"".join(chunks))

        await self.app(scope, receive, buffered)


async def _finish(send: Send, scope: Scope, start: Message, body: bytes) -> None:
    etag = weak_etag(hashlib.sha256(body).hexdigest())
    headers = [(k, v) for k, v in start.get("headers") or [] if k.lower() != b"cache-control"]
    headers += [(b"etag", etag.encode()), (b"cache-control", CACHE_CONTROL.encode())]
    if is_fresh(Headers(scope=scope), etag):
        kept = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"content-type")]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HeadAsGet:
    """Answers HEAD on every GET route: the GET's status and headers, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run a HEAD request as a GET and drop the body on the way out."""
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        scope["method"] = "GET"  # in place: the access log reads the original from its copy

        async def bodiless(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app(scope, receive, bodiless)


def encode_cursor(after: tuple[float, str]) -> str:
    """An opaque cursor for the page after ``after`` (a StoryPage's ``next_after``)."""
    raw = json.dumps(list(after), separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, str]:
    """The position a cursor names; ValueError for one marsad did not make."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        moment, last_id = json.loads(raw)
        if isinstance(moment, bool) or not isinstance(moment, int | float):
            raise TypeError(moment)
        if not isinstance(last_id, str):
            raise TypeError(last_id)
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError):
        raise ValueError(
            "not a cursor of this API: pass the next_cursor of the previous page as it is"
        ) from None
    return float(moment), last_id
