"""Persistent store of articles and stories: SQLite by default, PostgreSQL for a shared service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from marsad.errors import StoreError
from marsad.settings import Settings
from marsad.store.base import (
    ArticleRecord,
    FeedState,
    IngestReport,
    Store,
    StoredStory,
    StoryPage,
    StoryRow,
    TokenInfo,
)

__all__ = [
    "ArticleRecord",
    "FeedState",
    "IngestReport",
    "Store",
    "StoreError",
    "StoredStory",
    "StoryPage",
    "StoryRow",
    "TokenInfo",
    "open_store",
    "store_url",
]


def store_url(target: str) -> str:
    """A database URL from a ``--db`` value: a URL as given, else a SQLite file path."""
    if "://" not in target:
        return f"sqlite:///{target}"
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


def open_store(
    target: str,
    *,
    settings: Settings | None = None,
    query_words: Callable[[str], list[list[str]]] | None = None,
) -> Store:
    """Open (creating and migrating when needed) the store at a URL or SQLite file path.

    ``sqlite:///path/to/marsad.db`` or a bare path; ``postgresql+psycopg://user@host/db``.
    ``query_words`` analyses search queries (``marsad.newsroom.open_store`` passes the
    newsroom's, which also matches stems; without it, words match as typed).
    """
    from marsad.store.dialects import PostgresStore, SQLiteStore

    url = store_url(target)
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if not path or path == ":memory:":
            raise StoreError("an in-memory SQLite store would be lost at once: give a file path")
        return SQLiteStore(Path(path), settings=settings, query_words=query_words)
    if url.startswith("postgresql+psycopg://"):
        return PostgresStore(url, settings=settings, query_words=query_words)
    scheme = url.split("://", 1)[0]
    raise StoreError(
        f"unsupported database URL scheme {scheme!r}: use a SQLite file path, "
        "sqlite:///path or postgresql+psycopg://user@host/db"
    )
