"""The store on SQLAlchemy Core: reads, tokens and feed state; dialects add search and locking."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    delete,
    false,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.model import Document, Story
from marsad.settings import Settings
from marsad.store import schema
from marsad.store.base import (
    ArticleRecord,
    FeedState,
    StoredStory,
    StoryPage,
    StoryRow,
    TokenInfo,
    from_epoch,
)
from marsad.store.codec import article_from_row
from marsad.store.inbox import store_generation
from marsad.store.migrations import migrate

if TYPE_CHECKING:
    from marsad.store.writer import BatchWriter

# What a search query's words are matched as: each word with its alternatives (see
# marsad.newsroom.search.match_words, which the newsroom passes to open_store).
QueryWords = Callable[[str], list[list[str]]]
_WORD = re.compile(r"\w+")

# A merge chain longer than this means a corrupt redirect table, not a real history.
MAX_REDIRECTS = 1000
MAX_PAGE = 500
# The label of a search page's window count of all its matches (not a stories column).
_TOTAL = "marsad_total"
# A token's public id: the start of its SHA-256 (48 bits: no clash among a store's tokens).
TOKEN_ID_CHARS = 12
MIN_TOKEN_ID = 6


class SqlStore:
    """Common implementation; ``SQLiteStore`` and ``PostgresStore`` add the dialect parts."""

    def __init__(
        self,
        engine: Engine,
        *,
        url: str,
        settings: Settings | None = None,
        query_words: QueryWords | None = None,
        read_engine: Engine | None = None,
    ) -> None:
        self.engine = engine
        # Where reads take their connections: PostgreSQL gives them a pool of their own.
        self.read_engine = read_engine or engine
        self.url = url
        self.settings = settings or Settings()
        self.query_words = query_words or plain_words
        self._lock = threading.RLock()  # one writer per process; the database serializes others
        # (generation, articles, stories, schema version) at the last whole count: counts().
        self._totals: tuple[int, int, int, int] | None = None
        try:
            with self.write() as connection:
                migrate(connection)
        except SQLAlchemyError as error:
            engine.dispose()
            raise StoreError(f"cannot open the store {url}: {_reason(error)}") from None

    # A search's total read from its page's statement (_counted_page); False counts apart,
    # as before it (tests compare the two).
    count_with_page = True

    # -- dialect hooks -------------------------------------------------------------------
    def lock_for_write(self, connection: Connection) -> None:
        """Serialize writers across processes (SQLite does it with BEGIN IMMEDIATE)."""

    def story_match(self, words: list[list[str]]) -> ColumnElement[bool]:
        """A condition on ``stories.id`` for stories whose text matches every word group."""
        raise NotImplementedError

    def index_story(self, connection: Connection, story_id: str, text: str | None) -> None:
        """Replace (or, with ``None``, remove) a story's search text."""

    def index_article(self, connection: Connection, article_id: str, text: str) -> None:
        """Add an article's search text."""

    def index_articles(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """``index_article`` for many (article id, search text), in their order."""
        for article_id, text in rows:
            self.index_article(connection, article_id, text)

    def index_stories(self, connection: Connection, rows: Sequence[tuple[str, str]]) -> None:
        """``index_story`` for many (story id, search text), in their order."""
        for story_id, text in rows:
            self.index_story(connection, story_id, text)

    # Whether ``index_stored_articles`` is here: SQLite indexes stored rows in one statement
    # with the GIL let go, so ``BatchWriter.add_articles`` may run it on a thread.
    indexes_stored_articles = False

    def index_stored_articles(self, connection: Connection, after: int) -> None:
        """``index_articles`` of the originals stored after the articles' rowid ``after``, in
        one statement, where the database indexes them without Python."""
        raise NotImplementedError(f"{type(self).__name__} indexes articles as they come")

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction holding the store's write lock; rolled back on any error."""
        with self._lock, self.engine.connect() as connection:
            connection.execution_options(marsad_write=True)
            with connection.begin():
                self.lock_for_write(connection)
                yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read: one consistent snapshot on SQLite; on PostgreSQL, where each statement of a
        READ COMMITTED transaction takes its own snapshot anyway, statements in autocommit
        (no BEGIN and COMMIT round trips, which a server waits for under load)."""
        try:
            with self.read_engine.connect() as connection, connection.begin():
                yield connection
        except SQLAlchemyError as error:
            raise StoreError(f"store read failed: {_reason(error)}") from None

    # -- writing -------------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator[BatchWriter]:
        """One write transaction's data operations (used by marsad.newsroom); a database error
        is a StoreError and the whole transaction is rolled back."""
        from marsad.store.writer import BatchWriter

        try:
            with self.write() as connection:
                writer = BatchWriter(self, connection, time.time())
                try:
                    yield writer
                except BaseException:
                    writer.settle(quiet=True)  # the connection free before the rollback
                    raise
                writer.settle()  # and written whole before the commit
        except SQLAlchemyError as error:
            raise StoreError(f"store write failed: {_reason(error)}") from None

    # -- reading -------------------------------------------------------------------------
    def stories(
        self,
        *,
        since: datetime | None = None,
        q: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        storyline: str | None = None,
        limit: int = 50,
        offset: int = 0,
        published_after: datetime | None = None,
        published_before: datetime | None = None,
        after: tuple[float, str] | None = None,
    ) -> StoryPage:
        """Stories changed since a time, matching a search and filters, newest change first.

        ``published_after``/``published_before``: stories with an article published in that
        range (undated stories are left out); ``after``: the page after a ``next_after``.
        """
        limit = max(1, min(limit, MAX_PAGE))
        offset = max(0, offset)
        table = schema.stories
        conditions: list[ColumnElement[bool]] = []
        if since is not None:
            conditions.append(table.c.updated_at >= since.timestamp())
        if published_after is not None:
            conditions.append(table.c.last_published >= published_after.timestamp())
        if published_before is not None:
            conditions.append(table.c.first_published < published_before.timestamp())
        if language:
            conditions.append(table.c.language == language)
        if outlet:
            members = select(schema.story_articles.c.story_id).where(
                schema.story_articles.c.source == outlet
            )
            conditions.append(table.c.id.in_(members))
        if q is not None and q.strip():
            words = self.query_words(q)
            # A search without a single word ("*", "؟") matches nothing, on both backends.
            conditions.append(self.story_match(words) if words else false())
        columns = [c for c in table.c if c.name not in ("summary", "search_text")]
        # A search sorts all its matches anyway: their count comes with the page, so the
        # full-text match runs once (a plain list counts from an index, cheaper apart).
        counted = self.count_with_page and q is not None and bool(q.strip()) and after is None
        with self.read() as connection:
            if storyline:  # a storyline's id is a story's, so a merge redirects it too
                conditions.append(table.c.storyline == self.resolve(connection, storyline))
            query = select(*columns).where(*conditions)
            if counted:
                rows, total = _counted_page(connection, query, limit, offset)
            else:
                total = connection.scalar(select(func.count()).select_from(query.subquery())) or 0
                if after is not None:  # keyset: rows after (updated_at, id) in the list's order
                    moment, last_id = after
                    query = query.where(
                        or_(
                            table.c.updated_at < moment,
                            and_(table.c.updated_at == moment, table.c.id > last_id),
                        )
                    )
                rows = list(connection.execute(_in_order(query, limit, offset)).mappings())
        found = tuple(_story_row(row) for row in rows[:limit])
        last = rows[limit - 1] if len(rows) > limit else None
        return StoryPage(
            stories=found,
            total=int(total),
            limit=limit,
            offset=offset,
            next_after=(float(last["updated_at"]), str(last["id"])) if last else None,
        )

    def resolve(self, connection: Connection, story_id: str) -> str:
        """The current id of a story, following the redirects that merges left."""
        for _ in range(MAX_REDIRECTS):
            target = connection.scalar(
                select(schema.story_redirects.c.new_id).where(
                    schema.story_redirects.c.old_id == story_id
                )
            )
            if target is None:
                return story_id
            story_id = target
        raise StoreError(f"story redirect chain from {story_id} does not end")

    def story(self, story_id: str) -> StoredStory | None:
        """A story by id, following merges to the story that absorbed it."""
        table, redirects = schema.stories, schema.story_redirects
        columns = (table.c.summary, table.c.updated_at, table.c.storyline)
        moved = select(redirects.c.new_id).where(redirects.c.old_id == story_id)
        current = story_id
        with self.read() as connection:
            # One statement for the usual case, a live story asked by its own id (each
            # statement is a round trip on PostgreSQL); a merged id follows its redirects.
            row: Any = connection.execute(
                select(*columns, moved.scalar_subquery().label("moved")).where(
                    table.c.id == story_id
                )
            ).first()
            if row is None or row.moved is not None:
                current = self.resolve(connection, story_id)
                row = connection.execute(select(*columns).where(table.c.id == current)).first()
        if row is None:
            return None
        # The column follows merges (the JSON was written when the story was last rebuilt).
        data = {**json.loads(row.summary), "storyline": row.storyline or current}
        updated = from_epoch(row.updated_at)
        assert updated is not None
        return StoredStory(
            data=data, story=Story.from_dict(data), updated_at=updated, requested_id=story_id
        )

    def article(self, article_id: str) -> ArticleRecord | None:
        """An article by id, with its body."""
        found = self.articles_of([article_id])
        return found[0] if found else None

    def articles_of(self, article_ids: list[str]) -> list[ArticleRecord]:
        """Stored articles for ids (unknown ids are left out), in the order asked."""
        if not article_ids:
            return []
        a, m = schema.articles, schema.story_articles
        query = (
            select(a, m.c.story_id)
            .select_from(a.outerjoin(m, m.c.article_id == a.c.id))
            .where(a.c.id.in_(article_ids))
        )
        with self.read() as connection:
            rows = {row.id: row for row in connection.execute(query).mappings()}
        return [_article_record(rows[i]) for i in article_ids if i in rows]

    def documents(self, article_ids: list[str]) -> dict[str, Document]:
        """The analyses stored with these articles at ingest (article id -> document); an
        article stored before migration 6 has none until its story next changes."""
        from marsad.store.writer import stored_documents

        with self.read() as connection:
            return stored_documents(connection, article_ids)

    def counts(self) -> dict[str, int]:
        """Numbers of articles, stories and stories waiting for a rebuild, and the schema
        version."""
        # A server answers /healthz, /readyz and /metrics with this. Counting the two big tables
        # on every call made /healthz the slowest read under 50 clients (docs/benchmarks.md,
        # round 20), so they are counted again only when the store's generation, which any
        # change to articles or stories moves (store/inbox.py), has moved; the few pending
        # stories are counted each time (no trigger watches them). Read in this order, a total
        # is never older than the generation it is kept under.
        now = select(
            select(store_generation.c.value).scalar_subquery(),
            select(func.count(schema.stories_pending.c.story_id)).scalar_subquery(),
        )
        with self.read() as connection:
            generation, pending = connection.execute(now).one()
            totals = self._totals
            if totals is None or totals[0] != generation:
                whole = select(
                    select(func.count(schema.articles.c.id)).scalar_subquery(),
                    select(func.count(schema.stories.c.id)).scalar_subquery(),
                    select(func.max(schema.schema_version.c.version)).scalar_subquery(),
                )
                articles, stories, version = connection.execute(whole).one()
                totals = (generation, int(articles or 0), int(stories or 0), int(version or 0))
                self._totals = totals
        return {
            "articles": totals[1],
            "stories": totals[2],
            "pending": int(pending or 0),
            "schema_version": totals[3],
        }

    def check_integrity(self) -> list[str]:
        """Every consistency rule the stored data breaks (empty: all hold); see integrity.py."""
        from marsad.store.integrity import check_store

        return check_store(self)

    # -- tokens and feeds ----------------------------------------------------------------
    def create_token(self, name: str, *, expires_at: datetime | None = None) -> str:
        """A new API token; only its hash is stored, so this is the only time it is seen."""
        token = "marsad_" + secrets.token_urlsafe(32)
        with self.write() as connection:
            connection.execute(
                schema.tokens.insert().values(
                    hash=_token_hash(token),
                    name=name,
                    created_at=time.time(),
                    expires_at=expires_at.timestamp() if expires_at else None,
                )
            )
        return token

    def check_token(self, token: str) -> bool:
        """True for a live token made by ``create_token`` (hashes compared in constant time)."""
        wanted = _token_hash(token)
        table = schema.tokens
        with self.read() as connection:
            row = connection.execute(
                select(table.c.hash, table.c.expires_at, table.c.revoked_at).where(
                    table.c.hash == wanted
                )
            ).first()
        if row is None or not hmac.compare_digest(row.hash, wanted):
            return False
        return row.revoked_at is None and (row.expires_at is None or row.expires_at > time.time())

    def tokens(self) -> list[TokenInfo]:
        """Every token ever created (oldest first), with its state; never the token itself."""
        table = schema.tokens
        with self.read() as connection:
            rows = connection.execute(select(table).order_by(table.c.created_at, table.c.hash))
            return [_token_info(row) for row in rows]

    def revoke_token(self, token_id: str) -> TokenInfo | None:
        """Revoke the token whose id (or a prefix of 6+ characters) is given; None if unknown."""
        wanted = token_id.strip().lower()
        if len(wanted) < MIN_TOKEN_ID or not all(c in "0123456789abcdef" for c in wanted):
            return None
        table = schema.tokens
        with self.write() as connection:
            hashes = connection.scalars(
                select(table.c.hash).where(table.c.hash.startswith(wanted, autoescape=True))
            ).all()
            if len(hashes) > 1:
                raise StoreError(f"token id {token_id!r} names {len(hashes)} tokens; give more")
            if not hashes:
                return None
            connection.execute(
                update(table)
                .where(table.c.hash == hashes[0], table.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
            )
            row = connection.execute(select(table).where(table.c.hash == hashes[0])).one()
        return _token_info(row)

    def feed_state(self, url: str) -> FeedState:
        """The last poll's validators for a feed."""
        with self.read() as connection:
            row = connection.execute(select(schema.feeds).where(schema.feeds.c.url == url)).first()
        if row is None:
            return FeedState(url=url)
        return FeedState(
            url=url,
            etag=row.etag,
            modified=row.modified,
            failures=row.failures,
            polled_at=from_epoch(row.polled_at),
        )

    def save_feed_state(self, state: FeedState) -> None:
        """Remember a feed's validators and failures."""
        values: dict[str, Any] = {
            "url": state.url,
            "etag": state.etag,
            "modified": state.modified,
            "failures": state.failures,
            "polled_at": state.polled_at.timestamp() if state.polled_at else None,
        }
        with self.write() as connection:
            connection.execute(delete(schema.feeds).where(schema.feeds.c.url == state.url))
            connection.execute(schema.feeds.insert().values(**values))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def plain_words(query: str) -> list[list[str]]:
    """Query words as typed (lower-cased), for a store opened without the newsroom's search
    analysis; ``marsad.newsroom.open_store`` matches stems and Arabic letter forms too."""
    return [[word] for word in _WORD.findall(query.casefold())[:12]]


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _token_info(row: Any) -> TokenInfo:
    created = from_epoch(row.created_at)
    if created is None:  # the column is NOT NULL: a damaged row, not a bug to assert away
        raise StoreError(f"token {row.hash[:TOKEN_ID_CHARS]} has no creation time")
    return TokenInfo(
        id=row.hash[:TOKEN_ID_CHARS],
        name=row.name,
        created_at=created,
        expires_at=from_epoch(row.expires_at),
        revoked_at=from_epoch(row.revoked_at),
    )


def _reason(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None)
    return " ".join(str(original or error).split())[:300]


def _in_order(query: Select[Any], limit: int, offset: int) -> Select[Any]:
    """A story list's page: newest change first, one row past ``limit`` (is there a next?)."""
    table = schema.stories
    return query.order_by(table.c.updated_at.desc(), table.c.id).limit(limit + 1).offset(offset)


def _counted_page(
    connection: Connection, query: Select[Any], limit: int, offset: int
) -> tuple[list[Any], int]:
    """A page of ``query``'s stories and the number of all of them, from one statement (a
    window count over the matches before LIMIT); a page past the end asks the count alone."""
    total_column = func.count().over().label(_TOTAL)
    rows = list(connection.execute(_in_order(query.add_columns(total_column), limit, offset)))
    if rows:
        return [row._mapping for row in rows], int(rows[0]._mapping[_TOTAL])
    if offset == 0:
        return [], 0
    return [], connection.scalar(select(func.count()).select_from(query.subquery())) or 0


def _story_row(row: Any) -> StoryRow:
    created, updated = from_epoch(row.created_at), from_epoch(row.updated_at)
    assert created is not None and updated is not None
    return StoryRow(
        id=row.id,
        title=row.title,
        language=row.language,
        article_count=row.article_count,
        outlets=tuple(json.loads(row.outlets)),
        created_at=created,
        updated_at=updated,
        first_published=from_epoch(row.first_published),
        last_published=from_epoch(row.last_published),
        storyline=row.storyline,
    )


def _article_record(row: Any) -> ArticleRecord:
    ingested = from_epoch(row.ingested_at)
    assert ingested is not None
    article = article_from_row(row)
    return ArticleRecord(
        article=article,
        story_id=row.story_id,
        duplicate_of=row.duplicate_of,
        ingested_at=ingested,
        language=row.language,
    )
