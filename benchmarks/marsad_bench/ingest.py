"""Ingest benchmark: a bulk ingest of ANT beside a digest of the same articles, then live
batches on top of that store, each timed until its stories are rebuilt (what a reader sees)."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.engine import gc_paused, open_engine
from marsad.ingest import load_articles
from marsad.model import Article
from marsad.newsroom import Newsroom, digest, open_store
from marsad.settings import Settings


@dataclass(slots=True, kw_only=True)
class IngestBench:
    """Seconds of each part; ``live`` holds one latency per live batch."""

    articles: int
    bulk_articles: int
    batch_size: int
    digest_engine: str = "local"
    digest_seconds: float | None = None
    bulk_seconds: float = 0.0
    live_batch: int = 0
    live: list[float] = field(default_factory=list)
    stories: int = 0

    def to_markdown(self) -> str:
        """The figures as a small Markdown table."""
        rows = [
            "| measure | value |",
            "|---|---:|",
            f"| articles (bulk + live) | {self.bulk_articles:,} + "
            f"{self.articles - self.bulk_articles:,} |",
            f"| bulk ingest, batches of {self.batch_size} | {self.bulk_seconds:.1f} s "
            f"({self.bulk_articles / max(self.bulk_seconds, 1e-9):,.0f} articles/s) |",
        ]
        if self.digest_seconds is not None:
            ratio = self.bulk_seconds / max(self.digest_seconds, 1e-9)
            rows.append(
                f"| digest of the same bulk articles ({self.digest_engine} engine) | "
                f"{self.digest_seconds:.1f} s |"
            )
            rows.append(f"| bulk ingest / digest | {ratio:.2f} |")
        if self.live:
            rows.append(
                f"| live batches of {self.live_batch} ({len(self.live)}): p50 / p95 / max | "
                f"{_quantile(self.live, 0.5):.2f} / {_quantile(self.live, 0.95):.2f} / "
                f"{max(self.live):.2f} s |"
            )
        rows.append(f"| stories in the store | {self.stories:,} |")
        return "\n".join(rows)


def _quantile(values: Sequence[float], q: float) -> float:
    """Nearest-rank quantile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def ant_by_date(ant: Path, limit: int | None = None) -> list[Article]:
    """ANT's articles in publication order, the first ``limit`` of them when given: never
    more than the file holds. (``scale.corpus`` tops a size past ANT up with edited copies;
    asked for all of ANT as 10**9 articles, it made copies until the kernel killed it.)"""
    articles = sorted(
        load_articles([ant], settings=Settings()).articles,
        key=lambda a: (a.published is None, a.published.timestamp() if a.published else 0.0),
    )
    return articles if limit is None else articles[:limit]


def ingest_bench(
    ant: Path,
    db: str,
    *,
    limit: int | None = None,
    batch_size: int = 100,
    live_batch: int = 700,
    live_batches: int = 10,
    compare_digest: bool = True,
    digest_engine: str = "local",
    workers: int | None = None,
) -> IngestBench:
    """Bulk-ingest ANT (in publication order, without its last ``live_batch × live_batches``
    articles) into the empty store ``db``, then ingest those in live batches; the newsroom
    rebuilds on a pool of ``workers`` (default every core) when a call changes many stories.
    With ``compare_digest``, first digest the bulk articles on ``digest_engine`` (``local``,
    or ``auto`` as `marsad digest` does; collector paused, as `marsad digest` does)."""
    articles = ant_by_date(ant, limit)
    live_total = min(live_batch * live_batches, len(articles) // 2)
    bulk = articles[: len(articles) - live_total]
    live = articles[len(bulk) :]
    result = IngestBench(
        articles=len(articles),
        bulk_articles=len(bulk),
        batch_size=batch_size,
        live_batch=live_batch,
        digest_engine=digest_engine,
    )
    settings = Settings()
    if compare_digest:
        started = time.perf_counter()
        with gc_paused(), open_engine(digest_engine, workers=workers) as engine:
            engine.expect(len(bulk))
            digest(bulk, settings, engine=engine)
        result.digest_seconds = time.perf_counter() - started
    store = open_store(db, settings=settings)
    try:
        newsroom = Newsroom(store, workers=workers)
        started = time.perf_counter()
        with gc_paused():
            newsroom.ingest(bulk, batch_size=batch_size)
        result.bulk_seconds = time.perf_counter() - started
        for start in range(0, len(live), live_batch):
            started = time.perf_counter()
            newsroom.ingest(live[start : start + live_batch], batch_size=live_batch)
            result.live.append(time.perf_counter() - started)
        result.stories = store.counts()["stories"]
        newsroom.close()
    finally:
        store.close()
    return result
