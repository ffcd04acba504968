"""The data operations of one write transaction; the newsroom (marsad.newsroom) decides them.

The store keeps data only: articles with their analyses, story rows and memberships, merges,
the clusterer's saved state (an opaque blob here) and which stories wait for a rebuild.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, Table, delete, select, update

from marsad.model import Article, Document, Story
from marsad.store import schema
from marsad.store.analyses import decode_document, encode_document
from marsad.store.codec import article_from_row

if TYPE_CHECKING:
    from marsad.store.sql import SqlStore


@dataclass(slots=True, kw_only=True)
class StreamRows:
    """The clusterer's state as stored (migration 8), opaque to the store: ``meta`` and each
    story's data are the newsroom's blobs; terms are (term, document frequency, postings JSON),
    ``counts`` terms whose postings are as stored (a new one gets none); redirects are
    (merged id, survivor id)."""

    version: int
    meta: bytes | None
    stories: list[tuple[str, bytes]] = field(default_factory=list)
    terms: list[tuple[str, int, str]] = field(default_factory=list)
    # Terms whose frequency changed but whose postings did not: (term, document frequency).
    counts: list[tuple[str, int]] = field(default_factory=list)
    redirects: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to store: its content hash and search text, its analysis (originals) or
    the id of the article it copies exactly."""

    article: Article
    content_hash: str
    search_text: str
    document: Document | None = None
    duplicate_of: str | None = None
    encoded: bytes | None = None  # the document's ``encode_document``, when made ahead


class BatchWriter:
    """Reads and writes inside one write transaction (``SqlStore.batch``)."""

    def __init__(self, store: SqlStore, connection: Connection, now: float) -> None:
        self.store = store
        self._connection = connection
        self.now = now
        self._indexing: Background | None = None  # ``add_articles(background=True)``'s

    @property
    def connection(self) -> Connection:
        """The transaction's connection, once the search rows being written on a thread
        (``add_articles``) are written: one statement at a time on it."""
        if self._indexing is not None:
            self.settle()
        return self._connection

    def indexing(self) -> bool:
        """Whether ``add_articles``' search rows are still being written on a thread."""
        return self._indexing is not None and not self._indexing.done()

    def settle(self, *, quiet: bool = False) -> None:
        """Wait for the search rows written on a thread; their error raised here (``quiet``:
        not raised, when the transaction is rolled back for another)."""
        indexing, self._indexing = self._indexing, None
        if indexing is not None:
            indexing.wait(quiet=quiet)

    # -- reading inside the transaction ---------------------------------------------------
    def stored_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """Article id -> content hash, for the ids already stored."""
        a = schema.articles
        rows = self.connection.execute(select(a.c.id, a.c.content_hash).where(a.c.id.in_(ids)))
        return {row.id: row.content_hash for row in rows}

    def originals(self, hashes: Sequence[str]) -> dict[str, str]:
        """Content hash -> id of the stored original article having it."""
        a = schema.articles
        rows = self.connection.execute(
            select(a.c.content_hash, a.c.id).where(
                a.c.content_hash.in_(hashes), a.c.duplicate_of.is_(None)
            )
        )
        return {row.content_hash: row.id for row in rows}

    def recent_ids(self, source: str, limit: int) -> list[str]:
        """The outlet's most recently ingested original articles, newest first."""
        a = schema.articles
        rows = self.connection.execute(
            select(a.c.id)
            .where(a.c.source == source, a.c.duplicate_of.is_(None))
            .order_by(a.c.ingested_at.desc(), a.c.id)
            .limit(limit)
        )
        return [row.id for row in rows]

    def articles(self, ids: Sequence[str]) -> list[Article]:
        """Stored articles (with bodies) for ids, in the order given; unknown ids left out."""
        return store_articles(self.connection, list(ids))

    def documents(self, ids: Sequence[str]) -> dict[str, Document]:
        """The stored analyses of these articles (articles stored before migration 6 have none)."""
        return stored_documents(self.connection, list(ids))

    def stream_version(self) -> int:
        """The version of the clusterer's saved state: batches written (0 before the first)."""
        found = self.connection.scalar(select(schema.stream_state.c.version))
        return 0 if found is None else int(found)

    def stream_rows(self, since: int = 0) -> StreamRows:
        """The clusterer's saved rows written by batches after version ``since`` (all: 0)."""
        state, stories = schema.stream_state, schema.stream_stories
        terms, redirects = schema.stream_terms, schema.stream_redirects
        row = self.connection.execute(select(state.c.version, state.c.data)).first()
        if row is None:
            return StreamRows(version=0, meta=None)
        return StreamRows(
            version=int(row.version),
            meta=bytes(row.data),
            stories=[
                (r.story_id, bytes(r.data))
                for r in self.connection.execute(
                    select(stories.c.story_id, stories.c.data).where(stories.c.version > since)
                )
            ],
            terms=[
                (r.term, int(r.df), r.postings)
                for r in self.connection.execute(
                    select(terms.c.term, terms.c.df, terms.c.postings).where(
                        terms.c.version > since
                    )
                )
            ],
            redirects=[
                (r.old_id, r.new_id)
                for r in self.connection.execute(
                    select(redirects.c.old_id, redirects.c.new_id).where(
                        redirects.c.version > since
                    )
                )
            ],
        )

    def built_from(self, story_ids: Sequence[str]) -> dict[str, str]:
        """Story id -> the inputs key its row was saved with (rows saved before migration 8,
        and unknown stories, are left out)."""
        s = schema.stories
        found: dict[str, str] = {}
        ids = list(story_ids)
        for start in range(0, len(ids), 500):
            query = select(s.c.id, s.c.built_from).where(s.c.id.in_(ids[start : start + 500]))
            found.update(
                {r.id: r.built_from for r in self.connection.execute(query) if r.built_from}
            )
        return found

    def pending(self) -> list[str]:
        """Stories waiting for their rebuild, oldest mark first."""
        p = schema.stories_pending
        return list(self.connection.scalars(select(p.c.story_id).order_by(p.c.at, p.c.story_id)))

    # -- writing --------------------------------------------------------------------------
    def save_stream_rows(self, rows: StreamRows) -> None:
        """Write what a batch changed in the clusterer's state (``rows.version`` is the batch's):
        its stories and terms replace theirs, its merges drop the merged stories' rows."""
        version = rows.version
        self.connection.execute(delete(schema.stream_state))
        self.connection.execute(
            schema.stream_state.insert().values(id=1, version=version, data=rows.meta or b"")
        )
        stories, terms = schema.stream_stories, schema.stream_terms
        redirects = schema.stream_redirects
        gone = [old for old, _ in rows.redirects]
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            self.connection.execute(delete(stories).where(stories.c.story_id.in_(chunk)))
            self.connection.execute(delete(redirects).where(redirects.c.old_id.in_(chunk)))
        self._insert(
            redirects, [{"old_id": o, "version": version, "new_id": n} for o, n in rows.redirects]
        )
        self._upsert(
            stories,
            "story_id",
            [{"story_id": i, "version": version, "data": data} for i, data in rows.stories],
        )
        self._upsert(
            terms,
            "term",
            [
                {"term": term, "version": version, "df": df, "postings": postings}
                for term, df, postings in rows.terms
            ],
        )
        self._upsert(
            terms,
            "term",
            [{"term": t, "version": version, "df": df, "postings": "[]"} for t, df in rows.counts],
            keep=("postings",),
        )

    def _upsert(
        self, table: Table, key: str, rows: list[dict[str, Any]], keep: tuple[str, ...] = ()
    ) -> None:
        """Insert rows, replacing those with the same ``key`` (one statement, many rows); the
        columns in ``keep`` are set on insert only."""
        if not rows:
            return
        if self.connection.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            statement = pg_insert(table)
            self.connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[key],
                    set_={c: statement.excluded[c] for c in rows[0] if c not in (key, *keep)},
                ),
                rows,
            )
        else:
            changed = ", ".join(f"{c} = excluded.{c}" for c in rows[0] if c not in (key, *keep))
            self._insert(table, rows, f" ON CONFLICT ({key}) DO UPDATE SET {changed}")

    def _insert(self, table: Table, rows: list[dict[str, Any]], conflict: str = "") -> None:
        """Insert rows (each with the keys of the first, in its order; ``conflict`` an SQLite
        ON CONFLICT clause). On SQLite the driver runs one statement for all with the rows as
        tuples: SQLAlchemy's processing of each row's parameters cost as much as SQLite's own
        insert of a batch's tens of thousands of term rows (round 20)."""
        if not rows:
            return
        if self.connection.dialect.name != "sqlite":
            self.connection.execute(table.insert(), rows)
            return
        columns = list(rows[0])
        marks = ", ".join("?" * len(columns))
        self.connection.exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks}){conflict}",
            [tuple(row.values()) for row in rows],
        )

    def add_article(
        self,
        article: Article,
        *,
        content_hash: str,
        search_text: str,
        document: Document | None = None,
        duplicate_of: str | None = None,
    ) -> None:
        """Store an article, with its analysis when it is an original."""
        self.add_articles([NewArticle(article, content_hash, search_text, document, duplicate_of)])

    def add_articles(self, new: Sequence[NewArticle], *, background: bool = False) -> None:
        """``add_article`` for many at once (a few statements for all, in their order).

        ``background`` (SQLite): their search rows are written last, by one statement on a
        thread, while the caller goes on with work of its own; this writer's next statement
        waits for it. SQLite indexes the rows in one step, with the GIL let go, so a batch's
        full-text indexing takes no time from the placing of its articles."""
        if not new:
            return
        searched = [
            (item.article.id, item.search_text) for item in new if item.duplicate_of is None
        ]
        after = None
        if background and searched and self.store.indexes_stored_articles:
            after = self._connection.exec_driver_sql(
                "SELECT coalesce(max(rowid), 0) FROM articles"
            ).scalar_one()
        self._insert(schema.articles, [self._article_row(item) for item in new])
        if after is None:
            self.store.index_articles(self._connection, searched)
        # An analysis encoded ahead (on the pool, with the analysis) is stored as it came.
        analysed = [(item.document, item.encoded) for item in new if item.document is not None]
        self._insert(
            schema.article_analyses,
            [
                {"article_id": d.id, "data": encode_document(d) if e is None else e}
                for d, e in analysed
            ],
        )
        copies = [item.article.id for item in new if item.duplicate_of is not None]
        self._log_many([(article_id, None, "duplicate") for article_id in copies])
        if after is not None:
            self._indexing = Background(
                partial(self.store.index_stored_articles, self._connection, int(after))
            )

    def _article_row(self, item: NewArticle) -> dict[str, Any]:
        article, document = item.article, item.document
        return {
            "id": article.id,
            "content_hash": item.content_hash,
            "source": article.source,
            "title": article.title,
            "body": article.text,
            "path": article.path,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "published_at": article.published.timestamp() if article.published else None,
            "published_certainty": article.published_certainty,
            "title_inferred": int(article.title_inferred),
            "lang": article.lang,
            "language": document.language if document else None,
            "duplicate_of": item.duplicate_of,
            "ingested_at": self.now,
            "search_text": item.search_text,
        }

    def add_analysis(self, document: Document) -> None:
        """Keep an article's analysis (also for an article stored before migration 6)."""
        table = schema.article_analyses
        self.connection.execute(delete(table).where(table.c.article_id == document.id))
        self.connection.execute(
            table.insert().values(article_id=document.id, data=encode_document(document))
        )

    def join_story(self, article_id: str, story_id: str, source: str) -> None:
        """A new original article is a member of a story (logged as added)."""
        self.join_stories([(article_id, story_id, source)])

    def join_stories(self, members: Sequence[tuple[str, str, str]]) -> None:
        """``join_story`` for many (article id, story id, outlet) at once, in their order."""
        if not members:
            return
        self._insert(
            schema.story_articles,
            [{"article_id": a, "story_id": s, "source": o} for a, s, o in members],
        )
        self._log_many([(a, s, "added") for a, s, _ in members])

    def retire_story(self, old: str, new: str) -> None:
        """A story merged into another: its members and storyline go to the survivor, its row
        goes, and a redirect keeps its id working."""
        s, m, r = schema.stories, schema.story_articles, schema.story_redirects
        self.connection.execute(delete(s).where(s.c.id == old))
        self.store.index_story(self.connection, old, None)
        self.connection.execute(update(m).where(m.c.story_id == old).values(story_id=new))
        self.connection.execute(update(s).where(s.c.storyline == old).values(storyline=new))
        self.connection.execute(delete(r).where(r.c.old_id == old))
        self.connection.execute(r.insert().values(old_id=old, new_id=new, at=self.now))
        self.connection.execute(
            delete(schema.stories_pending).where(schema.stories_pending.c.story_id == old)
        )

    def mark_pending(self, story_ids: Iterable[str]) -> None:
        """These stories' members changed: rebuild them (``save_story`` clears the mark)."""
        p = schema.stories_pending
        wanted = list(dict.fromkeys(story_ids))
        if not wanted:
            return
        marked = set(self.connection.scalars(select(p.c.story_id).where(p.c.story_id.in_(wanted))))
        fresh = [{"story_id": s, "at": self.now} for s in wanted if s not in marked]
        self._insert(p, fresh)

    def drop_pending(self, story_ids: Iterable[str]) -> None:
        """Clear marks of stories that no longer exist (merged away since they were marked)."""
        p = schema.stories_pending
        wanted = list(story_ids)
        if wanted:
            self.connection.execute(delete(p).where(p.c.story_id.in_(wanted)))

    def save_story(self, story: Story, *, search_text: str, built_from: str | None = None) -> None:
        """Write a rebuilt story's row (its membership is already stored) and clear its mark;
        ``built_from`` is the newsroom's key of what the row was built from."""
        self.save_stories([(story, search_text, built_from)])

    def save_stories(self, stories: Sequence[tuple[Story, str, str | None]]) -> None:
        """``save_story`` for many (story, search text, built from) at once: a few statements
        for all of them, not a few per story."""
        s = schema.stories
        ids = [story.id for story, _, _ in stories]
        created: dict[str, float] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(s.c.id, s.c.created_at).where(s.c.id.in_(chunk))
            created.update({row.id: row.created_at for row in self.connection.execute(query)})
            self.connection.execute(delete(s).where(s.c.id.in_(chunk)))
        if not stories:
            return
        self._insert(
            s,
            [
                self._story_row(story, text, key, created.get(story.id, self.now))
                for story, text, key in stories
            ],
        )
        self.store.index_stories(self.connection, [(story.id, text) for story, text, _ in stories])
        self.drop_pending(ids)

    def _story_row(
        self, story: Story, search_text: str, built_from: str | None, created: float
    ) -> dict[str, Any]:
        # Dates the outlets gave; a date the story inferred from an undated text is not one.
        published = [
            a.published.timestamp()
            for a in story.articles
            if a.published and a.published_certainty != "inferred"
        ]
        outlets = list(dict.fromkeys(article.source for article in story.articles))
        return {
            "id": story.id,
            "title": story.title,
            "language": story.language,
            "article_count": len(story.articles),
            "outlets": orjson.dumps(outlets).decode(),
            # orjson, as the digest's JSON report encodes a story: a third of the standard
            # encoder's time; the same values read back (compact separators).
            "summary": orjson.dumps(story.to_dict()).decode(),
            "first_published": min(published, default=None),
            "last_published": max(published, default=None),
            "created_at": created,
            "updated_at": self.now,
            "search_text": search_text,
            "storyline": story.storyline or story.id,
            "built_from": built_from,
        }

    def _log(self, article_id: str, story_id: str | None, event: str) -> None:
        self._log_many([(article_id, story_id, event)])

    def _log_many(self, events: Sequence[tuple[str, str | None, str]]) -> None:
        self._insert(
            schema.ingest_log,
            [{"at": self.now, "article_id": a, "story_id": s, "event": e} for a, s, e in events],
        )


class Background:
    """A call run on a thread of its own; ``wait`` joins it and raises its error."""

    def __init__(self, call: Callable[[], None]) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), name="marsad-index")
        self._thread.start()

    def _run(self, call: Callable[[], None]) -> None:
        try:
            call()
        except BaseException as error:  # handed to the waiting thread
            self._error = error

    def done(self) -> bool:
        """Whether the call has returned (or raised)."""
        return not self._thread.is_alive()

    def wait(self, *, quiet: bool = False) -> None:
        """Join the thread; raise the call's error unless ``quiet``."""
        self._thread.join()
        error, self._error = self._error, None
        if error is not None and not quiet:
            raise error


def store_articles(connection: Connection, ids: list[str]) -> list[Article]:
    """Stored articles (with bodies) for ids, in the order given."""
    a = schema.articles
    rows = {row.id: row for row in connection.execute(select(a).where(a.c.id.in_(ids)))}
    return [article_from_row(rows[i]) for i in ids if i in rows]


def stored_documents(connection: Connection, ids: list[str]) -> dict[str, Document]:
    """Article id -> its stored analysis, for the ids that have one."""
    a, n = schema.articles, schema.article_analyses
    query = select(a, n.c.data).select_from(a.join(n, n.c.article_id == a.c.id))
    found: dict[str, Document] = {}
    # Bounded IN lists: a big story's members are read in chunks.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in connection.execute(query.where(a.c.id.in_(chunk))):
            found[row.id] = decode_document(article_from_row(row), bytes(row.data))
    return found
