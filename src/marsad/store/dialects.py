"""SQLite (file, WAL, FTS5) and PostgreSQL (psycopg 3, `arabic` text search) stores."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    create_engine,
    event,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

from marsad.errors import StoreError
from marsad.settings import Settings
from marsad.store import schema
from marsad.store.search import fts5_query, fts_rowid
from marsad.store.sql import QueryWords, SqlStore

# Writers wait this long for another writer's transaction before giving up.
BUSY_TIMEOUT_MS = 30_000
# SQLite read connections a process keeps open: as many as the framework's threads (40) and the
# cache's own reads may use at once.
READ_CONNECTIONS = 48
# Any fixed number works: all marsad writers of one PostgreSQL database take this lock.
PG_WRITE_LOCK = 0x6D617273
# Where a pooled PostgreSQL read connection keeps when it was last given back (record.info).
_USED = "marsad_used"


class SQLiteStore(SqlStore):
    """A SQLite file in WAL mode: readers never wait for the writer, writers take turns."""

    def __init__(
        self, path: Path, *, settings: Settings | None = None, query_words: QueryWords | None = None
    ) -> None:
        if not path.parent.is_dir():
            raise StoreError(f"cannot create the store {path}: folder {path.parent} does not exist")
        _create_private(path, (settings or Settings()).store_file_mode)
        engine = _sqlite_engine(path, read_only=False)
        super().__init__(
            engine,
            url=f"sqlite:///{path}",
            settings=settings,
            query_words=query_words,
            read_engine=_sqlite_engine(path, read_only=True),
        )

    def close(self) -> None:
        """Release the database connections, the reads' pool's too."""
        self.read_engine.dispose()
        super().close()

    def story_match(self, words: list[list[str]]) -> ColumnElement[bool]:
        """Stories whose own text, or one of whose articles, matches (FTS5)."""
        query = fts5_query(words)
        own = text("SELECT story_id FROM stories_fts WHERE stories_fts MATCH :q").bindparams(
            q=query
        )
        via_articles = text(
            "SELECT sa.story_id FROM story_articles sa WHERE sa.article_id IN "
            "(SELECT article_id FROM articles_fts WHERE articles_fts MATCH :qa)"
        ).bindparams(qa=query)
        column = schema.stories.c.id
        return or_(
            column.in_(own.columns(literal_column("story_id"))),
            column.in_(via_articles.columns(literal_column("story_id"))),
        )

    def index_story(self, connection: Connection, story_id: str, text_: str | None) -> None:
        """Replace (or remove) the story's row in the FTS5 table, found by its rowid (a
        condition on the unindexed ``story_id`` would scan the whole index; migration 7)."""
        rowid = fts_rowid(story_id)
        connection.exec_driver_sql("DELETE FROM stories_fts WHERE rowid = ?", (rowid,))
        if text_ is not None:
            connection.exec_driver_sql(
                "INSERT INTO stories_fts (rowid, story_id, text) VALUES (?, ?, ?)",
                (rowid, story_id, text_),
            )

    def index_article(self, connection: Connection, article_id: str, text_: str) -> None:
        """Add the article to the FTS5 table."""
        self.index_articles(connection, [(article_id, text_)])

    def index_articles(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """Add the articles to the FTS5 table: one statement run for all (executemany)."""
        if rows:
            connection.exec_driver_sql(
                "INSERT INTO articles_fts (article_id, text) VALUES (?, ?)", list(rows)
            )

    indexes_stored_articles = True

    def index_stored_articles(self, connection: Connection, after: int) -> None:
        """The FTS5 rows of the originals stored after rowid ``after`` from their stored search
        text: the rows ``index_articles`` writes, in the same order (rowids follow the inserts),
        so the index's pages are the same; one INSERT that SQLite runs in one step."""
        connection.exec_driver_sql(
            "INSERT INTO articles_fts (article_id, text) SELECT id, search_text FROM articles "
            "WHERE rowid > ? AND duplicate_of IS NULL ORDER BY rowid",
            (after,),
        )

    def index_stories(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """Replace the stories' FTS5 rows (by rowid, as ``index_story``) with one statement
        run for all; OR REPLACE deletes each old row just before its new one is inserted,
        as ``index_story`` does, so the index's pages are the same."""
        if rows:
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO stories_fts (rowid, story_id, text) VALUES (?, ?, ?)",
                [(fts_rowid(story_id), story_id, text_) for story_id, text_ in rows],
            )


def _sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine on the SQLite file. The reads get one of their own, ``query_only``, with
    READ_CONNECTIONS kept open: sharing the writers' pool (5 kept, 10 more opened and closed
    on demand), a read under 50 clients waited for a connection that a POST held while it
    waited for the worker's write lock, or paid for opening one (docs/benchmarks.md, round 21).
    """
    pool = {"pool_size": READ_CONNECTIONS, "max_overflow": READ_CONNECTIONS} if read_only else {}
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, **pool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:  # the file is in WAL since its writer opened it
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")  # durable at each checkpoint in WAL
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A writer takes the write lock at BEGIN, so two writers never deadlock on upgrade.
        write = connection.get_execution_options().get("marsad_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _create_private(path: Path, mode: int) -> None:
    """Create a new database file with ``mode`` (less what the umask removes); SQLite gives
    its -wal and -shm files the database file's mode. An existing file keeps its mode."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
    except FileExistsError:
        return
    except OSError as error:
        raise StoreError(f"cannot create the store {path}: {error.strerror or error}") from None
    os.close(descriptor)


class PostgresStore(SqlStore):
    """A PostgreSQL database through psycopg 3; search with the `arabic` configuration."""

    def __init__(
        self, url: str, *, settings: Settings | None = None, query_words: QueryWords | None = None
    ) -> None:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'marsad[postgres]'") from None
        engine = create_engine(url, pool_pre_ping=True)
        idle = (settings or Settings()).store_ping_idle_seconds
        shown = make_url(url).render_as_string(hide_password=True)
        super().__init__(
            engine,
            url=shown,
            settings=settings,
            query_words=query_words,
            read_engine=_read_engine(url, idle),
        )

    def close(self) -> None:
        """Release the database connections, the reads' pool's too."""
        self.read_engine.dispose()
        super().close()

    def lock_for_write(self, connection: Connection) -> None:
        """One marsad writer at a time per database (the clusterer's state is one row)."""
        connection.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))

    def story_match(self, words: list[list[str]]) -> ColumnElement[bool]:
        """Stories whose own text, or one of whose articles, matches every word."""
        story_vector: ColumnElement[Any] = literal_column("stories.search_vector")
        article_vector: ColumnElement[Any] = literal_column("articles.search_vector")
        own, via = [], []
        for group in words:
            query: ColumnElement[Any] = func.plainto_tsquery(
                literal_column("'arabic'::regconfig"), group[0]
            )
            for alternative in group[1:]:
                query = query.op("||")(
                    func.plainto_tsquery(literal_column("'arabic'::regconfig"), alternative)
                )
            own.append(story_vector.op("@@")(query))
            via.append(article_vector.op("@@")(query))
        matching_articles = select(schema.articles.c.id).where(*via)
        via_articles = select(schema.story_articles.c.story_id).where(
            schema.story_articles.c.article_id.in_(matching_articles)
        )
        own_match = select(schema.stories.c.id).where(*own)
        return or_(schema.stories.c.id.in_(own_match), schema.stories.c.id.in_(via_articles))

    def index_story(self, connection: Connection, story_id: str, text_: str | None) -> None:
        """Store the story's tsvector (its row is gone when ``text_`` is None)."""
        if text_ is not None:
            self.index_stories(connection, [(story_id, text_)])

    def index_article(self, connection: Connection, article_id: str, text_: str) -> None:
        """Store the article's tsvector."""
        self.index_articles(connection, [(article_id, text_)])

    def index_articles(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """Store the articles' tsvectors: one statement run for all (executemany)."""
        if rows:
            connection.exec_driver_sql(
                "UPDATE articles SET search_vector = to_tsvector('arabic', %(t)s) WHERE id = %(i)s",
                [{"t": text_, "i": article_id} for article_id, text_ in rows],
            )

    def index_stories(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """Store the stories' tsvectors: one statement run for all (executemany)."""
        if rows:
            connection.exec_driver_sql(
                "UPDATE stories SET search_vector = to_tsvector('arabic', %(t)s) WHERE id = %(i)s",
                [{"t": text_, "i": story_id} for story_id, text_ in rows],
            )


def _read_engine(url: str, idle_seconds: float) -> Engine:
    """The reads' pool: connections in autocommit (a READ COMMITTED transaction gives each
    statement its own snapshot, so BEGIN and COMMIT would only add two round trips a read),
    checked with a round trip only after ``idle_seconds`` unused: under load every read paid
    one for ``pool_pre_ping``, and each round trip waits for the server's process to get a
    core. A connection found broken is replaced (the pool retries the checkout)."""
    import psycopg

    engine = create_engine(url, isolation_level="AUTOCOMMIT")

    @event.listens_for(engine, "checkout")
    def _ping_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get(_USED)
        if used is None or time.monotonic() - used < idle_seconds:
            return
        try:
            dbapi_connection.execute(";")
        except psycopg.Error as error:
            raise DisconnectionError(f"idle connection lost: {error}") from None

    @event.listens_for(engine, "checkin")
    def _used(_dbapi_connection: Any, record: Any) -> None:
        record.info[_USED] = time.monotonic()

    return engine
