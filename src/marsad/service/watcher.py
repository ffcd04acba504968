"""`marsad watch`: poll feeds and folders when due, ingest what is new, report changed stories."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from marsad.ingest.feeds import FeedResult, Source, Validators, poll_feed, poll_folder
from marsad.ingest.fulltext import PageFetcher, complete_teasers
from marsad.model import Article, Problem
from marsad.newsroom import Newsroom
from marsad.settings import Settings
from marsad.store import IngestReport, Store


@dataclass(slots=True, kw_only=True)
class WatchRound:
    """What one round of polling brought: the ingest report, and sources that were unchanged."""

    report: IngestReport = field(default_factory=IngestReport)
    polled: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)


class Watcher:
    """Feeds and folders polled on their own schedule into one store."""

    def __init__(
        self,
        store: Store,
        *,
        feeds: list[str],
        folders: list[str],
        interval: float | None = None,
        settings: Settings | None = None,
        settle: float = 2.0,
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        self.newsroom = Newsroom(store, self.settings)
        self.settle = settle
        # Teasers completed from their pages (settings.fetch_full_text), politely per host.
        self.pages = PageFetcher(self.settings) if self.settings.fetch_full_text else None
        interval = interval or self.settings.poll_interval
        self.sources: list[Source] = []
        for url in feeds:
            state = store.feed_state(url)
            source = Source(target=url, kind="feed", interval=interval, failures=state.failures)
            source.validators = Validators(etag=state.etag, modified=state.modified)
            self.sources.append(source)
        self.sources += [Source(target=f, kind="folder", interval=interval) for f in folders]

    def next_due(self) -> float:
        """When the next source is due (epoch seconds)."""
        return min((source.due for source in self.sources), default=time.time())

    def poll(self, *, everything: bool = False) -> WatchRound:
        """Poll the sources that are due (all with ``everything``) and ingest their articles.

        Sources are fetched at the same time (at most ``settings.watch_concurrency``), each
        within its fetch deadline, then ingested in the order given.
        """
        now = time.time()
        due = [source for source in self.sources if everything or source.due <= now]
        result = WatchRound()
        if not due:
            return result
        workers = min(self.settings.watch_concurrency, len(due))
        with ThreadPoolExecutor(workers, thread_name_prefix="marsad-watch") as pool:
            futures = [pool.submit(self._poll, source) for source in due]
            # Taken in the order given, not as they arrive (the round waits for every fetch
            # anyway): articles then join stories the same way whatever the network's timing.
            for source, future in zip(due, futures, strict=True):
                polled = future.result()
                result.polled.append(source.target)
                result.report.merge(self._take(source, polled, now))
                if polled.not_modified:
                    result.not_modified.append(source.target)
        return result

    def _take(self, source: Source, polled: FeedResult, now: float) -> IngestReport:
        report = IngestReport(problems=list(polled.problems))
        if polled.articles:
            report.merge(self.newsroom.ingest(list(polled.articles)))
        if polled.failed:
            source.failed(now)
        else:
            source.succeeded(now)
        if source.kind == "feed":
            self._remember(source, polled)
        return report

    def _poll(self, source: Source) -> FeedResult:
        if source.kind == "feed":
            polled = poll_feed(source.target, source.validators, settings=self.settings)
            return self._complete(polled, self.pages) if self.pages else polled
        try:
            return poll_folder(source, self.settings, settle=self.settle)
        except OSError as error:
            problem = Problem(path=source.target, message=f"cannot read folder: {error}")
            return FeedResult(problems=(problem,), failed=True)

    def _complete(self, polled: FeedResult, pages: PageFetcher) -> FeedResult:
        """The feed's teasers with their pages' text (a stored entry is not fetched again)."""
        done = complete_teasers(polled.articles, pages, stored=self._stored)
        return replace(polled, articles=done.articles, problems=polled.problems + done.problems)

    def _stored(self, article_id: str) -> Article | None:
        record = self.store.article(article_id)
        return record.article if record else None

    def _remember(self, source: Source, polled: FeedResult) -> None:
        source.validators = polled.validators
        state = replace(
            self.store.feed_state(source.target),
            etag=polled.validators.etag,
            modified=polled.validators.modified,
            failures=source.failures,
            polled_at=datetime.now(UTC),
        )
        self.store.save_feed_state(state)
