"""The orchestrator above the pipeline: ``digest`` for files, ``Newsroom`` for a store.

`marsad digest`, `ingest`, `watch` and the API's POST all come through here, with one
``Settings``; the store below keeps data only and never runs a pipeline stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Article
from marsad.newsroom.core import Newsroom, content_hash
from marsad.newsroom.search import match_words, search_text
from marsad.pipeline import digest  # files to story digests, without a store
from marsad.settings import Settings
from marsad.store import IngestReport, Store
from marsad.store import open_store as _open_store

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
