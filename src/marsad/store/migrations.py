"""Numbered schema migrations: each runs once, in order, inside the transaction that records it."""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from marsad.errors import StoreError
from marsad.store import schema
from marsad.store.changes import migrate_story_changes
from marsad.store.inbox import migrate_inbox
from marsad.store.search import fts_rowid

Migration = Callable[[Connection], None]


def _initial(connection: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    schema.metadata.create_all(connection, tables=tables)
    if connection.dialect.name == "sqlite":
        # FTS5 over normalized text (normalize() folds alef forms, diacritics, digits).
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE stories_fts USING fts5(story_id UNINDEXED, text, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, text, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        # PostgreSQL's built-in `arabic` configuration stems Arabic (Snowball) and drops stop words.
        for table in ("stories", "articles"):
            connection.exec_driver_sql(
                f"CREATE INDEX {table}_search ON {table} "
                f"USING gin (to_tsvector('arabic', search_text))"
            )


def _stored_vectors(connection: Connection) -> None:
    """PostgreSQL: keep each row's tsvector in a column, so that a search never re-parses the
    bodies of the rows it matches (an expression index made searches re-run to_tsvector)."""
    if connection.dialect.name != "postgresql":
        return
    for table in ("stories", "articles"):
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {table}_search")
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector")
        connection.exec_driver_sql(
            f"UPDATE {table} SET search_vector = to_tsvector('arabic', search_text)"
        )
        connection.exec_driver_sql(
            f"CREATE INDEX {table}_search_vector ON {table} USING gin (search_vector)"
        )


def _title_inferred(connection: Connection) -> None:
    """Articles remember whether their title was inferred (a database made by migration 1 of
    this version already has the column)."""
    columns = {column["name"] for column in inspect(connection).get_columns("articles")}
    if "title_inferred" not in columns:
        connection.exec_driver_sql(
            "ALTER TABLE articles ADD COLUMN title_inferred INTEGER NOT NULL DEFAULT 0"
        )


def _token_lifetimes(connection: Connection) -> None:
    """Tokens may expire and be revoked (a database made by migration 1 of this version
    already has the columns)."""
    columns = {column["name"] for column in inspect(connection).get_columns("tokens")}
    for name in ("expires_at", "revoked_at"):
        if name not in columns:
            connection.exec_driver_sql(f"ALTER TABLE tokens ADD COLUMN {name} FLOAT")


def _storylines(connection: Connection) -> None:
    """Stories remember their storyline (a database made by migration 1 of this version
    already has the column); older stories are each their own until they are rebuilt."""
    columns = {column["name"] for column in inspect(connection).get_columns("stories")}
    if "storyline" not in columns:
        connection.exec_driver_sql(
            "ALTER TABLE stories ADD COLUMN storyline VARCHAR(64) NOT NULL DEFAULT ''"
        )
        connection.exec_driver_sql("UPDATE stories SET storyline = id")
        connection.exec_driver_sql("CREATE INDEX ix_stories_storyline ON stories (storyline)")


def _analyses(connection: Connection) -> None:
    """Articles keep their analysis and stories may wait for their rebuild (a database made by
    migration 1 of this version already has the tables). Articles stored before have no
    analysis: they are analysed once, when their story next changes."""
    schema.article_analyses.create(connection, checkfirst=True)
    schema.stories_pending.create(connection, checkfirst=True)


def _story_index_rowids(connection: Connection) -> None:
    """SQLite: each story's full-text row gets the rowid ``fts_rowid`` derives from its id, so
    that replacing it is a lookup, not a scan of the index (PostgreSQL keeps a column)."""
    if connection.dialect.name != "sqlite":
        return
    rows = connection.exec_driver_sql("SELECT story_id, text FROM stories_fts").fetchall()
    connection.exec_driver_sql("DELETE FROM stories_fts")
    for story_id, text in rows:
        connection.exec_driver_sql(
            "INSERT INTO stories_fts (rowid, story_id, text) VALUES (?, ?, ?)",
            (fts_rowid(story_id), story_id, text),
        )


def _stream_rows(connection: Connection) -> None:
    """The clusterer's state row by row (a story, a term, a merge each), so that a batch saves
    what it changed; a saved whole state is split into rows here, at the JSON level (its
    format: docs/formats.md). Stories remember what their row was built from."""
    for table in (schema.stream_stories, schema.stream_terms, schema.stream_redirects):
        table.create(connection, checkfirst=True)
    columns = {column["name"] for column in inspect(connection).get_columns("stories")}
    if "built_from" not in columns:
        connection.exec_driver_sql("ALTER TABLE stories ADD COLUMN built_from VARCHAR(64)")
    state = schema.stream_state
    row = connection.execute(select(state.c.version, state.c.data)).first()
    if row is None:
        return
    whole = json.loads(zlib.decompress(bytes(row.data)).decode("utf-8"))
    if "stories" not in whole:
        return  # already the small form
    version = int(row.version)
    stories = [
        {"story_id": story_id, "version": version, "data": _packed(fields)}
        for story_id, fields in whole["stories"].items()
    ]
    index = whole.get("index", {})
    terms = [
        {
            "term": term,
            "version": version,
            "df": int(count),
            "postings": json.dumps(index.get(term, []), ensure_ascii=False),
        }
        for term, count in whole["df"].items()
    ]
    redirects = [
        {"old_id": old, "version": version, "new_id": new}
        for old, new in whole["redirects"].items()
    ]
    for table, rows in (
        (schema.stream_stories, stories),
        (schema.stream_terms, terms),
        (schema.stream_redirects, redirects),
    ):
        if rows:
            connection.execute(table.insert(), rows)
    meta = {"seen": int(whole["seen"]), "outlets": whole.get("outlets", [])}
    connection.execute(state.update().values(data=_packed(meta)))


def _packed(value: object) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1)


# kB of new search entries a PostgreSQL GIN index keeps in its pending list, which every
# search reads in full until it is merged into the index (at this size, or by a vacuum). With
# the default 4 MB, the stories' index of the March week held 187 pages after one ingest and
# a search took 2.2 ms instead of 0.17 ms after the merge; 64 is the least PostgreSQL allows.
GIN_PENDING_LIST_KB = 64


def _search_pending_lists(connection: Connection) -> None:
    """PostgreSQL: bound the search indexes' pending lists (above) and merge what they hold,
    so that a search under writes reads the index, not pages of unmerged entries."""
    if connection.dialect.name != "postgresql":
        return
    for table in ("stories", "articles"):
        index = f"{table}_search_vector"
        connection.exec_driver_sql(
            f"ALTER INDEX {index} SET (gin_pending_list_limit = {GIN_PENDING_LIST_KB})"
        )
        connection.exec_driver_sql(f"SELECT gin_clean_pending_list('{index}'::regclass)")


# (version, name, migration): append only; never edit one that has shipped.
MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "initial schema", _initial),
    (2, "stored search vectors (PostgreSQL)", _stored_vectors),
    (3, "articles.title_inferred", _title_inferred),
    (4, "tokens.expires_at and revoked_at", _token_lifetimes),
    (5, "stories.storyline", _storylines),
    (6, "article analyses and pending stories", _analyses),
    (7, "story search rows by rowid (SQLite)", _story_index_rowids),
    (8, "the clusterer's state row by row; stories.built_from", _stream_rows),
    (9, "write queue (inbox) and store generation", migrate_inbox),
    (10, "search indexes' pending lists bounded (PostgreSQL)", _search_pending_lists),
    (11, "the stories each generation changed", migrate_story_changes),
)


def current_version(connection: Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not inspect(connection).has_table("schema_version"):
        return 0
    found = connection.scalar(
        select(schema.schema_version.c.version)
        .order_by(schema.schema_version.c.version.desc())
        .limit(1)
    )
    return int(found or 0)


def migrate(connection: Connection) -> int:
    """Apply the pending migrations (the caller holds the write lock); returns the version."""
    schema.schema_version.create(connection, checkfirst=True)
    version = current_version(connection)
    latest = MIGRATIONS[-1][0]
    if version > latest:
        raise StoreError(
            f"the database has schema version {version}, newer than this marsad ({latest}); "
            "upgrade marsad"
        )
    for number, name, step in MIGRATIONS:
        if number > version:
            step(connection)
            connection.execute(
                schema.schema_version.insert().values(
                    version=number, name=name, applied_at=time.time()
                )
            )
            version = number
    return version
