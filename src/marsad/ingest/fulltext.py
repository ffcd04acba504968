"""Completing feed entries that carry only a teaser: fetch the entry's page, extract its text.

Many feeds give a sentence or two and a link. With ``Settings.fetch_full_text`` the watcher
fetches the linked page (http or https, within ``fetch_timeout``/``fetch_deadline`` and
``max_page_bytes``, with marsad's User-Agent, after the host's robots.txt allows it, one
request per host every ``host_delay`` seconds) and trafilatura (Apache-2.0) extracts the
article's main text. A page that cannot be fetched or read leaves the teaser as it was.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.error
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from marsad import __version__
from marsad.errors import MarsadError
from marsad.ingest.encoding import tidy
from marsad.ingest.feeds import Validators, fetch
from marsad.model import Article, Problem
from marsad.settings import Settings

log = logging.getLogger(__name__)
USER_AGENT = f"marsad/{__version__}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Completed:
    """Articles after completion (a teaser replaced by its page's text where that worked),
    how many pages were fetched, and one Problem per page that was not."""

    articles: tuple[Article, ...]
    fetched: int = 0
    problems: tuple[Problem, ...] = ()


def is_teaser(article: Article, settings: Settings) -> bool:
    """An entry worth completing: shorter than ``settings.teaser_chars`` and linking to a page."""
    url = article.url or ""
    return len(article.text) < settings.teaser_chars and url.lower().startswith(
        ("http://", "https://")
    )


def extract_text(html: bytes, url: str) -> str | None:
    """The main text of an article page (trafilatura), or None when it finds none."""
    import trafilatura

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    return tidy(text).strip() or None if text else None


class PageFetcher:
    """Fetches article pages politely: one request per host every ``host_delay`` seconds
    (shared by the watcher's threads), and only what the host's robots.txt allows."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or Settings()
        self._limits = replace(self.settings, max_feed_bytes=self.settings.max_page_bytes)
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def page(self, url: str) -> bytes:
        """The page's bytes; FetchError, OSError or MarsadError when it cannot be had."""
        if not self._allowed(url):
            raise MarsadError("robots.txt does not allow it")
        self._wait(_origin(url))
        body, _ = fetch(url, Validators(), settings=self._limits)
        return body or b""

    def complete(self, article: Article) -> Article:
        """The article with its page's text when that is longer than the teaser; raises as
        ``page`` does, or MarsadError when the page holds no article text."""
        url = article.url or ""
        text = extract_text(self.page(url), url)
        if text is None or len(text) <= len(article.text):
            raise MarsadError("no article text longer than the teaser on the page")
        if len(text.encode("utf-8")) > self.settings.max_article_bytes:
            raise MarsadError(f"article text over {self.settings.max_article_bytes:,} bytes")
        return replace(article, text=text)

    def _wait(self, origin: str) -> None:
        """Take the host's next slot and sleep until it comes (the slot is booked under the
        lock, the sleep is not: other hosts' fetches go on meanwhile)."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(origin, now))
            self._next[origin] = slot + self.settings.host_delay
        if slot > now:
            self._sleep(slot - now)

    def _allowed(self, url: str) -> bool:
        origin = _origin(url)
        with self._lock:
            known = origin in self._robots
            rules = self._robots.get(origin)
        if not known:
            rules = self._read_robots(origin)
            with self._lock:
                self._robots[origin] = rules
        return rules is None or rules.can_fetch(USER_AGENT, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt rules; None (everything allowed) when it has none or it
        cannot be read (RFC 9309 reads a 4xx as no rules)."""
        self._wait(origin)
        try:
            body, _ = fetch(f"{origin}/robots.txt", Validators(), settings=self._limits)
        except urllib.error.HTTPError as error:
            log.info("robots.txt of %s: HTTP %s, no rules", origin, error.code)
            return None
        except (OSError, ValueError, MarsadError) as error:
            log.info("robots.txt of %s not read (%s), no rules", origin, error)
            return None
        rules = urllib.robotparser.RobotFileParser()
        rules.parse((body or b"").decode("utf-8", "replace").splitlines())
        return rules


def complete_teasers(
    articles: Iterable[Article],
    fetcher: PageFetcher,
    *,
    stored: Callable[[str], Article | None] = lambda _id: None,
) -> Completed:
    """Replace each teaser's text by its page's; an article already ``stored`` is taken as
    stored (its page is not fetched again, and the store sees it unchanged)."""
    found: list[Article] = []
    problems: list[Problem] = []
    fetched = 0
    for article in articles:
        if not is_teaser(article, fetcher.settings):
            found.append(article)
            continue
        kept = stored(article.id)
        if kept is not None:
            found.append(kept)
            continue
        try:
            fetched += 1
            found.append(fetcher.complete(article))
        except (OSError, ValueError, MarsadError) as error:
            message = f"full text not fetched, the teaser is kept: {_reason(error)}"
            problems.append(Problem(path=article.url or article.id, message=message))
            found.append(article)
    return Completed(articles=tuple(found), fetched=fetched, problems=tuple(problems))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"HTTP {error.code} {error.reason}"
    return str(getattr(error, "reason", None) or error)
