"""Watching sources: RSS/Atom feeds (conditional requests, back-off) and folders of files."""

from __future__ import annotations

import calendar
import logging
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
from marsad.ingest.core import read_articles
from marsad.ingest.paths import iter_paths
from marsad.ingest.records import FileContext, Meta, make_article
from marsad.model import Article, Problem, content_id
from marsad.settings import Settings

logger = logging.getLogger(__name__)

# A feed bigger than this is not a feed.
MAX_FEED_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT = 30.0
# After n failures in a row a feed waits interval × 2**n, at most this long.
MAX_BACKOFF_SECONDS = 3600.0
# Guids longer than this are hashed into the id (ids are keys in the store).
MAX_ID_CHARS = 200
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


def fetch(url: str, validators: Validators) -> tuple[bytes | None, Validators]:
    """The feed's bytes (``None`` when unchanged: HTTP 304) and the answer's validators."""
    if "://" not in url or url.startswith("file://"):
        path = Path(url.removeprefix("file://"))
        return path.read_bytes()[:MAX_FEED_BYTES], validators
    request = urllib.request.Request(url, headers={"User-Agent": f"marsad/{__version__}"})
    if validators.etag:
        request.add_header("If-None-Match", validators.etag)
    if validators.modified:
        request.add_header("If-Modified-Since", validators.modified)
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            body: bytes = response.read(MAX_FEED_BYTES + 1)
            headers = response.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return None, validators
        raise
    if len(body) > MAX_FEED_BYTES:
        raise ValueError(f"feed larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
    answer = Validators(etag=headers.get("ETag"), modified=headers.get("Last-Modified"))
    return body, answer


def poll_feed(url: str, validators: Validators) -> FeedResult:
    """Fetch and parse one feed; never raises (a failure is a Problem with ``failed`` set)."""
    import feedparser

    try:
        body, answer = fetch(url, validators)
    except (OSError, ValueError) as error:
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
        for item in entry_articles(entry, url=url, outlet=outlet, number=number):
            if isinstance(item, Article):
                found.append(item)
            else:
                problems.append(item)
    return FeedResult(articles=tuple(found), problems=tuple(problems), validators=answer)


def entry_articles(
    entry: Any, *, url: str, outlet: str, number: int
) -> Iterator[Article | Problem]:
    """The Article of one feed entry (id: its guid, else its link, else a content hash)."""
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    guid = entry.get("id") or entry.get("link")
    if guid and len(guid) > MAX_ID_CHARS:
        guid = content_id(guid)
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat() if stamp else None
    context = FileContext(path=url, fallback_source=outlet)
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
    for item in iter_paths([source.target]):
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
