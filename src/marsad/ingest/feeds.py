"""Watching sources: RSS/Atom feeds (conditional requests, back-off) and folders of files."""

from __future__ import annotations

import calendar
import contextlib
import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.errors import FetchError, MarsadError
from marsad.ingest.core import read_articles
from marsad.ingest.files import read_capped, size_message
from marsad.ingest.paths import iter_paths
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.model import Article, Problem
from marsad.settings import Settings

# After n failures in a row a feed waits interval × 2**n, at most this long.
MAX_BACKOFF_SECONDS = 3600.0
_CHUNK = 64 * 1024
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Validators:
    """HTTP validators from a feed's last answer, sent back for a conditional request."""

    etag: str | None = None
    modified: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedResult:
    """One poll of a feed: its articles, problems, whether it was unchanged, new validators."""

    articles: tuple[Article, ...] = ()
    problems: tuple[Problem, ...] = ()
    not_modified: bool = False
    validators: Validators = Validators()
    failed: bool = False


class _TextOnly(HTMLParser):
    """Text of an HTML snippet, a paragraph break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(snippet: str) -> str:
    """Plain text of an entry's HTML content (feeds carry escaped HTML in their descriptions)."""
    if "<" not in snippet and "&" not in snippet:
        return snippet
    parser = _TextOnly()
    parser.feed(snippet)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def fetch(
    url: str, validators: Validators, *, settings: Settings | None = None
) -> tuple[bytes | None, Validators]:
    """The feed's bytes (``None`` when unchanged: HTTP 304) and the answer's validators.

    A local path must be a regular file; otherwise only http and https are fetched (also on a
    redirect), the whole fetch (name lookup, connect, TLS handshake, headers, body) ends
    at the deadline (``settings.fetch_deadline``) and reads at most ``settings.max_feed_bytes``.
    """
    limits = settings or Settings()
    if "://" not in url or url.startswith("file://"):
        path = Path(url.removeprefix("file://"))
        return read_capped(path, limits.max_feed_bytes, what="feed"), validators
    _check_scheme(url)
    request = urllib.request.Request(url, headers={"User-Agent": f"marsad/{__version__}"})
    if validators.etag:
        request.add_header("If-None-Match", validators.etag)
    if validators.modified:
        request.add_header("If-Modified-Since", validators.modified)
    watchdog = _Watchdog(limits.fetch_deadline)
    opener = _opener(watchdog)
    try:
        with opener.open(request, timeout=limits.fetch_timeout) as response:
            body = _read_body(response, limits.max_feed_bytes, watchdog)
            headers = response.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None, validators
        raise
    except OSError:
        watchdog.check()  # a socket shut by the watchdog: say so, not "connection reset"
        raise
    except http.client.HTTPException as error:  # a malformed or cut answer
        watchdog.check()
        raise FetchError(f"not a valid HTTP answer ({type(error).__name__})") from None
    finally:
        watchdog.cancel()
    answer = Validators(etag=headers.get("ETag"), modified=headers.get("Last-Modified"))
    return body, answer


def _read_body(response: Any, limit: int, watchdog: _Watchdog) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(size_message(int(declared), limit, "feed"))
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):  # read1: one receive, so the deadline is checked
        size += len(chunk)
        if size > limit:
            raise FetchError(size_message(size, limit, "feed"))
        chunks.append(chunk)
        watchdog.check()
    watchdog.check()  # a socket shut at the deadline ends like a complete body: it is not one
    return b"".join(chunks)


class _Watchdog:
    """Shuts a fetch's sockets at its deadline, so no read can outlast it (a slow drip)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.sockets: list[socket.socket] = []
        self.expired = threading.Event()
        self._lock = threading.Lock()
        self._ends = time.monotonic() + seconds
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def track(self, sock: socket.socket) -> None:
        """Watch a newly connected socket (shut at once if the deadline already passed)."""
        with self._lock:
            self.sockets.append(sock)
        if self.expired.is_set():
            self._expire()

    def timeout(self, limit: float | None) -> float:
        """``limit`` or the time left before the deadline, whichever is shorter."""
        self.check()
        left = max(self._ends - time.monotonic(), 0.001)
        return left if limit is None else min(limit, left)

    def check(self) -> None:
        """Raise FetchError once the deadline has passed."""
        # The clock too: a socket timeout cut to the deadline may end just before the timer.
        if self.expired.is_set() or time.monotonic() >= self._ends:
            raise FetchError(f"no complete answer within the {self.seconds:g} s deadline")

    def cancel(self) -> None:
        """Stop the timer (the fetch ended)."""
        self._timer.cancel()

    def _expire(self) -> None:
        self.expired.set()
        with self._lock:
            sockets = list(self.sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


_SCHEMES = frozenset({"http", "https"})


def _check_scheme(url: str) -> None:
    from urllib.parse import urlparse

    scheme = urlparse(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise FetchError(f"{scheme}:// is not fetched: only http and https (or a local path)")


def _opener(watchdog: _Watchdog) -> urllib.request.OpenerDirector:
    """An opener for http and https only, every socket under the watchdog.

    Not ``build_opener``: it adds ftp, file and data handlers, whose connections (after a
    redirect) the watchdog would not see.
    """
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(watchdog),
        _HTTPSHandler(watchdog),
        urllib.request.HTTPDefaultErrorHandler(),
        _RedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_scheme(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _connect(
    watchdog: _Watchdog,
    address: tuple[str, int],
    timeout: Any,
    source: tuple[str, int] | None = None,
) -> socket.socket:
    """The name lookup and the TCP connect within both the timeout and the deadline, the
    socket watched. Each address the name gives is tried in turn, as create_connection does."""
    limit = timeout if isinstance(timeout, int | float) else None
    failure: OSError = OSError(f"no address for {address[0]}")
    for family, kind, protocol, _, place in _resolve(watchdog, *address):
        sock = socket.socket(family, kind, protocol)
        try:
            sock.settimeout(watchdog.timeout(limit))
            if source:
                sock.bind(source)
            watchdog.track(sock)
            sock.connect(place)
        except OSError as error:
            sock.close()
            watchdog.check()
            failure = error
            continue
        return sock
    raise failure


def _resolve(watchdog: _Watchdog, host: str, port: int) -> list[Any]:
    """``getaddrinfo`` for a TCP connect, waited for no later than the deadline.

    The system resolver cannot be interrupted: it runs in a daemon thread, which a resolver
    that never answers leaves behind (one per fetch) while the fetch fails at its deadline."""
    found: list[Any] = []
    failed: list[OSError] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            failed.append(error)
        finally:
            done.set()

    threading.Thread(target=lookup, name=f"marsad-lookup-{host}", daemon=True).start()
    if not done.wait(watchdog.timeout(None)):
        raise FetchError(
            f"no complete answer within the {watchdog.seconds:g} s deadline "
            f"(the name lookup of {host} did not end)"
        )
    if failed:
        raise failed[0]
    return found


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, watchdog: _Watchdog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # http.client connects (to the host or its proxy) through this attribute.
        self._create_connection = functools.partial(_connect, watchdog)


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, watchdog: _Watchdog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(_connect, watchdog)


class _WatchedContext(ssl.SSLContext):
    """A client TLS context whose handshakes the watchdog can cut.

    Wrapping detaches the raw socket the watchdog holds, so the TLS socket is watched before
    its handshake starts (``do_handshake_on_connect=False``).
    """

    watchdog: _Watchdog

    def wrap_socket(self, sock: socket.socket, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        kwargs["do_handshake_on_connect"] = False
        tls = super().wrap_socket(sock, *args, **kwargs)
        self.watchdog.track(tls)
        tls.do_handshake()
        return tls


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        watchdog = self._watchdog

        def connection(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
            return _HTTPConnection(host, watchdog=watchdog, **kwargs)

        return self.do_open(connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        watchdog = self._watchdog
        # As ssl.create_default_context(): certificates and host names are checked.
        context = _WatchedContext(ssl.PROTOCOL_TLS_CLIENT)
        context.load_default_certs(ssl.Purpose.SERVER_AUTH)
        context.watchdog = watchdog

        def connection(host: str, /, **kwargs: Any) -> http.client.HTTPConnection:
            return _HTTPSConnection(host, context=context, watchdog=watchdog, **kwargs)

        return self.do_open(connection, req)


def poll_feed(url: str, validators: Validators, *, settings: Settings | None = None) -> FeedResult:
    """Fetch and parse one feed; never raises (a failure is a Problem with ``failed`` set)."""
    import feedparser

    settings = settings or Settings()
    try:
        body, answer = fetch(url, validators, settings=settings)
    except (OSError, ValueError, MarsadError) as error:
        reason = getattr(error, "reason", None) or error
        return FeedResult(
            problems=(Problem(path=url, message=f"feed fetch failed: {reason}"),),
            validators=validators,
            failed=True,
        )
    if body is None:
        return FeedResult(not_modified=True, validators=validators)
    parsed = feedparser.parse(body)
    # feedparser reads anything leniently: an empty body or an HTML page gives a "feed" with no
    # entries and no version, which would pass silently for an empty feed.
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or (
            "empty" if not body.strip() else "no <rss> or <feed>"
        )
        message = f"not a readable RSS/Atom feed: {reason}"
        return FeedResult(
            problems=(Problem(path=url, message=message),), validators=answer, failed=True
        )
    outlet = " ".join(str(parsed.feed.get("title") or "").split()) or _host(url)
    found: list[Article] = []
    problems: list[Problem] = []
    for number, entry in enumerate(parsed.entries, start=1):
        items = entry_articles(entry, url=url, outlet=outlet, number=number, settings=settings)
        for item in items:
            if isinstance(item, Article):
                found.append(item)
            else:
                problems.append(item)
    return FeedResult(articles=tuple(found), problems=tuple(problems), validators=answer)


def entry_articles(
    entry: Any, *, url: str, outlet: str, number: int, settings: Settings | None = None
) -> Iterator[Article | Problem]:
    """The Article of one feed entry (id: its guid, else its link, else a content hash)."""
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    guid = entry.get("id") or entry.get("link")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat() if stamp else None
    context = FileContext(path=url, fallback_source=outlet, settings=settings or Settings())
    meta = Meta(source=outlet, published=published, url=entry.get("link"))
    yield from make_article(
        context,
        title=html_text(entry.get("title", "")),
        text=html_text(body),
        meta=meta,
        article_id=guid,
        line=number,
    )


def _host(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).hostname or url


@dataclass(slots=True, kw_only=True)
class Source:
    """A feed or folder being watched: when it is next due and how often it failed in a row."""

    target: str
    kind: str  # feed | folder
    interval: float
    due: float = 0.0
    failures: int = 0
    validators: Validators = Validators()
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # folder: path → mtime, size

    def succeeded(self, now: float) -> None:
        """Reset the back-off; next poll one interval from now."""
        self.failures = 0
        self.due = now + self.interval

    def failed(self, now: float) -> None:
        """Wait longer after each failure in a row (exponential back-off, capped)."""
        self.failures += 1
        self.due = now + min(self.interval * 2**self.failures, MAX_BACKOFF_SECONDS)


def poll_folder(source: Source, settings: Settings, *, settle: float = 0.0) -> FeedResult:
    """Articles from files that are new or changed since the last poll of the folder.

    Files modified less than ``settle`` seconds ago are left for the next poll (still being
    written)."""
    found: list[Article] = []
    problems: list[Problem] = []
    now = time.time()
    for item in iter_paths([source.target], follow_symlinks=settings.follow_symlinks):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        try:
            status = item.stat()
        except OSError:
            continue  # removed between listing and reading
        if settle and now - status.st_mtime < settle:
            continue
        key = str(item)
        stamp = (status.st_mtime_ns, status.st_size)
        if source.seen.get(key) == stamp:
            continue
        source.seen[key] = stamp
        for result in read_articles(item, settings=settings):
            if isinstance(result, Article):
                found.append(result)
            else:
                problems.append(result)
    return FeedResult(articles=tuple(found), problems=tuple(problems))
