"""Integrity checks of a store: what a crash, a race or a bug would leave broken.

Run after every kill in the crash tests and by ``marsad check``: the database's own check
(SQLite), foreign keys, no article stored twice, every original article in exactly one story,
stories agreeing with their members and with the clusterer's saved state, and the search index
covering exactly the stored rows.
"""

from __future__ import annotations

import json
import zlib
from contextlib import nullcontext
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError

if TYPE_CHECKING:
    from marsad.store.sql import SqlStore

# A story marked for a rebuild (stories_pending) may lack its row, or have a stale one, until
# the newsroom rebuilds it: the rules about a story's row skip it.
_NOT_PENDING = " AND NOT EXISTS (SELECT 1 FROM stories_pending p WHERE p.story_id = {id})"

# Each query counts rows that break one rule; any count above zero is a problem.
_VIOLATIONS: tuple[tuple[str, str], ...] = (
    (
        "original articles with the same content hash",
        "SELECT count(*) FROM (SELECT content_hash FROM articles WHERE duplicate_of IS NULL "
        "GROUP BY content_hash HAVING count(*) > 1) AS twice",
    ),
    (
        "duplicates pointing at a missing original",
        "SELECT count(*) FROM articles d WHERE d.duplicate_of IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM articles o WHERE o.id = d.duplicate_of)",
    ),
    (
        "original articles in no story",
        "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM story_articles m WHERE m.article_id = a.id)",
    ),
    (
        "duplicates placed in a story",
        "SELECT count(*) FROM story_articles m JOIN articles a ON a.id = m.article_id "
        "WHERE a.duplicate_of IS NOT NULL",
    ),
    (
        "story members of a missing article",
        "SELECT count(*) FROM story_articles m WHERE NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = m.article_id)",
    ),
    (
        "story members of a missing story",
        "SELECT count(*) FROM story_articles m WHERE NOT EXISTS "
        "(SELECT 1 FROM stories s WHERE s.id = m.story_id)" + _NOT_PENDING.format(id="m.story_id"),
    ),
    (
        "stories whose article count differs from their members",
        "SELECT count(*) FROM stories s WHERE s.article_count <> "
        "(SELECT count(*) FROM story_articles m WHERE m.story_id = s.id)"
        + _NOT_PENDING.format(id="s.id"),
    ),
    (
        "stories with no article",
        "SELECT count(*) FROM stories s WHERE NOT EXISTS "
        "(SELECT 1 FROM story_articles m WHERE m.story_id = s.id)",
    ),
    (
        "articles logged as added more than once",
        "SELECT count(*) FROM (SELECT article_id FROM ingest_log WHERE event = 'added' "
        "GROUP BY article_id HAVING count(*) > 1) AS twice",
    ),
    (
        "original articles not in the ingest log",
        "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM ingest_log l WHERE l.article_id = a.id AND l.event = 'added')",
    ),
    (
        "redirects to a missing story",
        "SELECT count(*) FROM story_redirects r WHERE NOT EXISTS "
        "(SELECT 1 FROM stories s WHERE s.id = r.new_id) AND NOT EXISTS "
        "(SELECT 1 FROM story_redirects n WHERE n.old_id = r.new_id)"
        + _NOT_PENDING.format(id="r.new_id"),
    ),
    (
        "stories waiting for a rebuild that have no member",
        "SELECT count(*) FROM stories_pending p WHERE NOT EXISTS "
        "(SELECT 1 FROM story_articles m WHERE m.story_id = p.story_id)",
    ),
)

_SQLITE_INDEX: tuple[tuple[str, str], ...] = (
    (
        "stories missing from the search index",
        "SELECT count(*) FROM stories s WHERE NOT EXISTS "
        "(SELECT 1 FROM stories_fts f WHERE f.story_id = s.id)",
    ),
    (
        "search index rows of no current story, or repeated",
        "SELECT (SELECT count(*) FROM stories_fts) - "
        "(SELECT count(*) FROM stories s WHERE EXISTS "
        "(SELECT 1 FROM stories_fts f WHERE f.story_id = s.id))",
    ),
    (
        "original articles missing from the search index",
        "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM articles_fts f WHERE f.article_id = a.id)",
    ),
    (
        "article search index rows of no original article, or repeated",
        "SELECT (SELECT count(*) FROM articles_fts) - "
        "(SELECT count(*) FROM articles WHERE duplicate_of IS NULL)",
    ),
)

_POSTGRES_INDEX: tuple[tuple[str, str], ...] = (
    ("stories without a search vector", "SELECT count(*) FROM stories WHERE search_vector IS NULL"),
    (
        "original articles without a search vector",
        "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND search_vector IS NULL",
    ),
)


def check_store(store: SqlStore) -> list[str]:
    """Every rule the store breaks, as a sentence with a count; empty when it is consistent."""
    # On the writers' engine: SQLite's FTS5 integrity-check is an INSERT, which the reads'
    # query_only connections refuse.
    try:
        with store.engine.connect() as connection, connection.begin():
            problems = _engine_checks(connection)
            sqlite = connection.dialect.name == "sqlite"
            rules = _VIOLATIONS + (_SQLITE_INDEX if sqlite else _POSTGRES_INDEX)
            for what, query in rules:
                count = int(connection.exec_driver_sql(query).scalar() or 0)
                if count:
                    problems.append(f"{what}: {abs(count)}")
            problems += _stories_match(connection)
    except SQLAlchemyError as error:
        raise StoreError(f"store read failed: {error}") from None
    return problems


# PostgreSQL: every B-tree index of the schema, checked by amcheck when it is installed.
_PG_INDEXES = (
    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
    "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE a.amname = 'btree' AND n.nspname = current_schema()"
)


def _engine_checks(connection: Connection) -> list[str]:
    """The database's own checks: SQLite's integrity, foreign-key and FTS5 index checks;
    PostgreSQL's amcheck on every B-tree index, if the extension is installed."""
    if connection.dialect.name != "sqlite":
        return _postgres_checks(connection)
    problems: list[str] = []
    found = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if found != ["ok"]:
        problems.append("PRAGMA integrity_check: " + "; ".join(map(str, found[:5])))
    keys = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if keys:
        problems.append(f"PRAGMA foreign_key_check: {len(keys)} rows break a foreign key")
    for table in ("stories_fts", "articles_fts"):
        try:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except Exception as error:  # sqlite3 reports a corrupt index as a DatabaseError
            problems.append(f"{table} integrity-check: {error}")
    return problems


def _postgres_checks(connection: Connection) -> list[str]:
    """amcheck's ``bt_index_check`` on each B-tree index (PostgreSQL enforces foreign keys)."""
    installed = connection.exec_driver_sql(
        "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'"
    ).scalar()
    if not installed:
        return []
    problems: list[str] = []
    # The reads' pool is in autocommit, where a failing check aborts nothing and a SAVEPOINT
    # is refused; inside a transaction a savepoint keeps one failure from aborting the rest.
    autocommit = bool(getattr(connection.connection.dbapi_connection, "autocommit", False))
    for (name,) in connection.exec_driver_sql(_PG_INDEXES).fetchall():
        try:
            with nullcontext() if autocommit else connection.begin_nested():
                connection.execute(
                    text("SELECT bt_index_check(quote_ident(:i)::regclass)"), {"i": name}
                )
        except Exception as error:  # amcheck raises an error naming the corruption
            problems.append(f"index {name}: {' '.join(str(error).split())[:200]}")
    return problems


def _stories_match(connection: Connection) -> list[str]:
    """Each story's stored JSON and the clusterer's state list the same members as the table."""
    members: dict[str, set[str]] = {}
    for story_id, article_id in connection.execute(
        text("SELECT story_id, article_id FROM story_articles")
    ):
        members.setdefault(story_id, set()).add(article_id)
    problems: list[str] = []
    mismatched = 0
    pending = set(connection.execute(text("SELECT story_id FROM stories_pending")).scalars())
    for story_id, summary in connection.execute(text("SELECT id, summary FROM stories")):
        if story_id in pending:
            continue
        listed = {article["id"] for article in json.loads(summary).get("articles", ())}
        mismatched += listed != members.get(story_id, set())
    if mismatched:
        problems.append(f"stories whose stored articles differ from their members: {mismatched}")
    states = connection.execute(text("SELECT version FROM stream_state")).scalars().all()
    if len(states) > 1:
        problems.append(f"clusterer state rows: {len(states)} (at most 1)")
    streamed = _streamed_members(connection)
    if streamed != members:
        differ = len(set(streamed) ^ set(members)) + sum(
            streamed[s] != members[s] for s in set(streamed) & set(members)
        )
        problems.append(f"stories that differ in the clusterer's state and the table: {differ}")
    return problems


def _streamed_members(connection: Connection) -> dict[str, set[str]]:
    """Story id -> member ids in the clusterer's saved story rows (zlib JSON; see
    marsad.newsroom.streamstate): a story's second field lists its articles."""
    rows = connection.execute(text("SELECT story_id, data FROM stream_stories"))
    return {
        story_id: set(json.loads(zlib.decompress(bytes(data)).decode("utf-8"))[1])
        for story_id, data in rows
    }
