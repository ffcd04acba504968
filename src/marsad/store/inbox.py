"""The write queue (migration 9): articles a POST accepted, kept durably until a worker has run
the newsroom on them; and the store's generation, a counter that every change to what readers
see moves (kept by triggers, so no writer has to remember it), for the service's response cache.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, unquote

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.model import Article
from marsad.store import schema

if TYPE_CHECKING:
    from marsad.store.sql import SqlStore  # which imports the migrations, which import this

metadata = MetaData()

inbox = Table(
    "inbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, nullable=False, index=True),
    Column("data", Text, nullable=False),  # the Article's JSON with its body
    Column("received_at", Float, nullable=False),
)

store_generation = Table(
    "store_generation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Integer, nullable=False),
    # Generations at or below it may have lost their story_changes rows (store/changes.py).
    Column("changes_floor", Integer, nullable=False, server_default="0"),
)

# Tables whose rows readers see (a page, the API); any change to them moves the generation.
# The inbox counts when a row leaves it: a queued article's answer changes then.
_WATCHED = {
    "articles": ("INSERT", "UPDATE", "DELETE"),
    "stories": ("INSERT", "UPDATE", "DELETE"),
    "story_articles": ("INSERT", "UPDATE", "DELETE"),
    "story_redirects": ("INSERT", "UPDATE", "DELETE"),
    "article_analyses": ("INSERT", "UPDATE", "DELETE"),
    "inbox": ("DELETE",),
}
_BUMP = "UPDATE store_generation SET value = value + 1 WHERE id = 1"


@dataclass(frozen=True, slots=True)
class Queued:
    """An accepted article waiting for the worker, with its place in the queue."""

    seq: int
    article: Article


def migrate_inbox(connection: Connection) -> None:
    """Migration 9: the inbox and the generation, with a trigger per watched table (per
    statement on PostgreSQL, per row on SQLite, which has no statement triggers). Safe to
    run again over its own result (a test re-runs migrations)."""
    metadata.create_all(connection, checkfirst=True)
    if connection.scalar(select(store_generation.c.value)) is None:
        connection.execute(insert(store_generation).values(id=1, value=0))
    if connection.dialect.name == "sqlite":
        for table, events in _WATCHED.items():
            for event in events:
                connection.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS generation_{table}_{event.lower()} "
                    f"AFTER {event} ON {table} BEGIN {_BUMP}; END"
                )
        return
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION marsad_bump_generation() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN {_BUMP}; RETURN NULL; END $$"
    )
    for table, events in _WATCHED.items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS generation_{table} ON {table}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER generation_{table} AFTER {' OR '.join(events)} ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION marsad_bump_generation()"
        )


def generation(store: SqlStore) -> int:
    """The store's generation now: equal values mean nothing a reader sees has changed."""
    with store.read() as connection:
        return int(connection.scalar(select(store_generation.c.value)) or 0)


GENERATION_SQL = f"SELECT value FROM {store_generation.name}"


def story_stamp(updated_at: float, storyline: str) -> str:
    """A story's update time and storyline, the two things its stored row changes with (a
    merge elsewhere may move its storyline without rebuilding it)."""
    return f"{updated_at:.6f} {storyline}"


_T = TypeVar("_T")

# What an answer made from one article names as its key (a story's answers name the story id).
ARTICLE_KEY = "article:"


def article_key(article_id: str) -> str:
    """The stamp key of an article's answer (percent-encoded: an id may hold any character)."""
    return ARTICLE_KEY + quote(article_id, safe="")


def keyed_article(key: str) -> str | None:
    """The article id a stamp key names, or None for a story's key."""
    return unquote(key[len(ARTICLE_KEY) :]) if key.startswith(ARTICLE_KEY) else None


def article_stamp(story_id: str | None) -> str:
    """What a stored article's answer changes with: its story only (an article's row is
    inserted once and never updated; a merge or a split moves it to another story)."""
    return story_id or "-"


class GenerationWatch:
    """``generation`` on a connection of its own, kept open: a server asks at every cached
    read, and must not wait for the pool (which writers waiting for SQLite's lock may hold)."""

    def __init__(self, store: SqlStore) -> None:
        self.engine = store.read_engine  # PostgreSQL: autocommit, one round trip a read
        self._connection: Connection | None = None
        self._lock = threading.Lock()
        self._driver_error: type[Exception] = self.engine.dialect.loaded_dbapi.Error

    def __call__(self) -> int:
        """The generation now (a fresh read each call; reconnects once after an error), read on
        the driver's own cursor: a server asks at every cached read, on its event loop, where
        SQLAlchemy's statement handling took a quarter of the serving process's GIL time."""

        def read(cursor: Any) -> int:
            cursor.execute(GENERATION_SQL)
            row = cursor.fetchone()
            return int(row[0]) if row else 0

        return self._on_driver(read)

    def changes(self, mark: int) -> frozenset[str] | None:
        """The stories changed above generation ``mark``; None when that is no longer known
        (store/changes.py), on the driver's cursor as the generation is read."""
        from marsad.store.changes import CHANGES_SQL, FLOOR_SQL, changed_since

        def read(cursor: Any) -> frozenset[str] | None:
            cursor.execute(CHANGES_SQL.format(mark=int(mark)))
            rows = list(cursor.fetchall())
            cursor.execute(FLOOR_SQL)
            floor = cursor.fetchone()
            return changed_since(rows, int(floor[0]) if floor else 0, mark)

        return self._on_driver(read)

    def _on_driver(self, read: Callable[[Any], _T]) -> _T:
        """``read`` on a cursor of the kept connection's driver, under the lock; reconnects
        once after an error, then fails as a StoreError."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._connection is None:
                        self._connection = self.engine.connect()
                    raw = self._connection.connection.dbapi_connection
                    assert raw is not None  # a connection not yet closed has its driver's
                    cursor = raw.cursor()
                    try:
                        return read(cursor)
                    finally:
                        cursor.close()
                        raw.rollback()  # ends PostgreSQL's implicit transaction; SQLite has none
                except (SQLAlchemyError, self._driver_error) as error:
                    self._drop()
                    if attempt == 2:
                        raise StoreError(f"store read failed: {error}") from None
        raise AssertionError("unreachable")

    def story_stamp(self, story_id: str) -> str | None:
        """What a story's answers are made from, as ``story_stamp`` words it; None for an id
        that is not a live story (unknown, or merged away: its row is gone)."""
        s = schema.stories
        row = self._row(select(s.c.updated_at, s.c.storyline).where(s.c.id == story_id))
        return None if row is None else story_stamp(row.updated_at, row.storyline or story_id)

    def stamp(self, key: str) -> str | None:
        """The stamp of what ``key`` names now: an article's (``article_key``) or a story's."""
        article_id = keyed_article(key)
        if article_id is None:
            return self.story_stamp(key)
        m = schema.story_articles
        return article_stamp(self._scalar(select(m.c.story_id).where(m.c.article_id == article_id)))

    def _scalar(self, query: Any) -> Any:
        row = self._row(query)
        return None if row is None else row[0]

    def _row(self, query: Any) -> Any:
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._connection is None:
                        self._connection = self.engine.connect()
                    try:
                        return self._connection.execute(query).first()
                    finally:
                        self._connection.rollback()
                except SQLAlchemyError as error:
                    self._drop()
                    if attempt == 2:
                        raise StoreError(f"store read failed: {error}") from None
        raise AssertionError("unreachable")

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.invalidate()
            finally:
                self._connection = None


# Seconds a write of the inbox keeps asking for SQLite's write lock, over busy timeouts of
# 30 s: SQLite's waiting is not fair (a waiter polls every 100 ms after its first tries, so
# newer POSTs and the worker's batches take the lock first), and under `marsad loadtest`
# (50 clients, writes 0.2, POST p99 17 s) one POST of 2,868 waited past 30 s and failed with
# a 500 (docs/benchmarks.md, round 29).
ENQUEUE_SECONDS = 60.0


def enqueue(
    store: SqlStore, articles: Sequence[Article], *, patience: float | None = None
) -> list[int]:
    """Keep ``articles`` in the inbox (committed when this returns); their queue numbers.

    Not under the store's write lock: a POST does not wait for a worker's batch on PostgreSQL.
    SQLite lets one writer in at a time: a busy store is asked again until ``patience``
    seconds (ENQUEUE_SECONDS) have passed, then (as any database error) it is a StoreError,
    which the API answers 503."""
    now = time.time()
    rows = [
        {"article_id": a.id, "data": json.dumps(_article_json(a)), "received_at": now}
        for a in articles
    ]
    if not rows:
        return []

    def insert_rows(connection: Connection) -> list[int]:
        found = connection.execute(insert(inbox).returning(inbox.c.seq), rows)
        return [int(seq) for seq in found.scalars()]

    return _written(store, insert_rows, "keep the articles", patience)


def _written(
    store: SqlStore, work: Callable[[Connection], _T], what: str, patience: float | None
) -> _T:
    """``work`` in a transaction of its own, begun again while SQLite says the store is busy
    (a busy statement is rolled back: nothing is done twice) for ``patience`` seconds; a
    database error then is a StoreError."""
    deadline = time.monotonic() + (ENQUEUE_SECONDS if patience is None else patience)
    while True:
        try:
            with store.engine.begin() as connection:
                return work(connection)
        except SQLAlchemyError as error:
            if not (_busy(error) and time.monotonic() < deadline):
                reason = " ".join(str(getattr(error, "orig", None) or error).split())[:300]
                raise StoreError(f"the write queue could not {what}: {reason}") from None


def _busy(error: SQLAlchemyError) -> bool:
    """True for SQLite's SQLITE_BUSY ("database is locked": the busy timeout ran out)."""
    code = getattr(getattr(error, "orig", None), "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_BUSY


def queued(store: SqlStore, article_ids: Sequence[str]) -> dict[str, Article]:
    """Those of ``article_ids`` still waiting in the inbox (the first one queued for each)."""
    if not article_ids:
        return {}
    with store.read() as connection:
        rows = connection.execute(
            select(inbox.c.article_id, inbox.c.data)
            .where(inbox.c.article_id.in_(list(article_ids)))
            .order_by(inbox.c.seq.desc())
        ).all()
    return {row.article_id: Article.from_dict(json.loads(row.data)) for row in rows}


def take(store: SqlStore, limit: int) -> list[Queued]:
    """The oldest ``limit`` queued articles, left in the inbox until ``done`` (a worker that
    dies before then leaves them for the next one)."""
    with store.read() as connection:
        rows = connection.execute(
            select(inbox.c.seq, inbox.c.data).order_by(inbox.c.seq).limit(limit)
        ).all()
    return [Queued(int(row.seq), Article.from_dict(json.loads(row.data))) for row in rows]


def done(store: SqlStore, seqs: Sequence[int]) -> None:
    """Remove articles the newsroom has taken (or refused) from the inbox; a busy SQLite store
    is asked again as ``enqueue`` asks (a StoreError leaves them for the worker's next try,
    and the newsroom takes an article twice as ``unchanged``)."""
    if not seqs:
        return
    _written(
        store,
        lambda connection: connection.execute(delete(inbox).where(inbox.c.seq.in_(list(seqs)))),
        "clear the articles taken",
        None,
    )


def backlog(store: SqlStore) -> int:
    """How many accepted articles wait for the worker."""
    with store.read() as connection:
        return int(connection.scalar(select(func.count()).select_from(inbox)) or 0)


def _article_json(article: Article) -> dict[str, object]:
    return {**article.to_dict(), "text": article.text}
