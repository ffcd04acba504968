"""The orchestrator above the pipeline: ``digest`` for files, ``Newsroom`` for a store.

`marsad digest`, `ingest`, `watch` and the API's POST all come through here, with one
``Settings``; the store below keeps data only and never runs a pipeline stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.newsroom.core import Newsroom, content_hash
from marsad.newsroom.search import match_words, search_text
from marsad.settings import Settings
from marsad.store import IngestReport, Store
from marsad.store import open_store as _open_store

if TYPE_CHECKING:
    from collections.abc import Iterable

    from marsad.engine import Engine, Progress
    from marsad.model import Article, Digest
    from marsad.pipeline import Input

__all__ = [
    "Newsroom",
    "content_hash",
    "digest",
    "ingest",
    "match_words",
    "open_store",
    "search_text",
]


def open_store(target: str, *, settings: Settings | None = None) -> Store:
    """``marsad.store.open_store`` with the newsroom's search analysis (stems, Arabic letter
    forms) for queries: how the CLI, the service and ingest open a store."""
    return _open_store(target, settings=settings, query_words=match_words)


def ingest(
    store: Store,
    articles: Sequence[Article],
    *,
    batch_size: int | None = None,
    settings: Settings | None = None,
) -> IngestReport:
    """Ingest articles into ``store`` with a one-off ``Newsroom`` (keep one for many calls);
    ``batch_size`` defaults to ``settings.live_batch_size``."""
    return Newsroom(store, settings).ingest(articles, batch_size=batch_size)


def digest(
    inputs: Iterable[Input] | Input,
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
    summary_words: int | None = None,
    summarizer: str | None = None,
) -> Digest:
    """Story digests of files or articles, without a store (``marsad.pipeline.digest``)."""
    from marsad.pipeline import digest as run

    return run(
        inputs,
        settings,
        engine=engine,
        progress=progress,
        summary_words=summary_words,
        summarizer=summarizer,
    )
