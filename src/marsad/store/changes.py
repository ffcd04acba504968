"""Which stories each move of the store's generation changed (migration 11): a row per changed
story row or membership, written by triggers (so no writer has to remember it) with a
generation value of the transaction that made it. The response cache reads them to keep the
answers a move did not touch: a story's answers while its story is not among them, a list's
while no story is (service/cache.py).

A trigger takes the generation's row lock and moves it before it records the value, so a
recorded value is above every generation committed before its transaction, and every row above
a generation a reader saw belongs to a transaction committed after it or to none yet visible:
the rows above ``g`` are every change a reader of ``g`` has not seen (and perhaps a few it has).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Index, Integer, MetaData, Table, Text, inspect, select

from marsad.store.inbox import store_generation

metadata = MetaData()

story_changes = Table(
    "story_changes",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("story_id", Text, nullable=False),
    Index("story_changes_generation", "generation"),
)

# (table, event, the changed story's id in the trigger's row(s)): a story's row, and which
# articles a story has (a search matches a story through its articles: dialects.story_match).
_SOURCES = (
    ("stories", "INSERT", ("NEW.id",)),
    ("stories", "UPDATE", ("OLD.id", "NEW.id")),
    ("stories", "DELETE", ("OLD.id",)),
    ("story_articles", "INSERT", ("NEW.story_id",)),
    ("story_articles", "UPDATE", ("OLD.story_id", "NEW.story_id")),
    ("story_articles", "DELETE", ("OLD.story_id",)),
)
_BUMP = "UPDATE store_generation SET value = value + 1 WHERE id = 1"
# The rows a reader needs: every change above its generation; then the floor below which rows
# were pruned (read after them: a prune committed before the first read shows in the second).
CHANGES_SQL = "SELECT DISTINCT story_id FROM story_changes WHERE generation > {mark}"
FLOOR_SQL = "SELECT changes_floor FROM store_generation"
# Rows kept by a prune (the newest); a cache entry older than them is judged by its stamp.
KEEP_ROWS = 100_000


def migrate_story_changes(connection: Connection) -> None:
    """Migration 11: the changes table, the pruning floor and the triggers (per row on SQLite;
    per statement on PostgreSQL, reading the statement's rows from its transition tables).
    Safe to run again over its own result."""
    metadata.create_all(connection, checkfirst=True)
    columns = {column["name"] for column in inspect(connection).get_columns("store_generation")}
    if "changes_floor" not in columns:  # a store made by migration 9 of this version has it
        connection.exec_driver_sql(
            "ALTER TABLE store_generation ADD COLUMN changes_floor INTEGER NOT NULL DEFAULT 0"
        )
    sqlite = connection.dialect.name == "sqlite"
    for table, event, ids in _SOURCES:
        name = f"changes_{table}_{event.lower()}"
        if sqlite:
            records = "; ".join(
                f"INSERT INTO story_changes (generation, story_id) "
                f"SELECT value, {column} FROM store_generation"
                for column in ids
            )
            connection.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                f"BEGIN {_BUMP}; {records}; END"
            )
            continue
        transition = {"NEW": "NEW TABLE AS new_rows", "OLD": "OLD TABLE AS old_rows"}
        sides = dict.fromkeys(column.split(".")[0] for column in ids)
        selects = " UNION ".join(
            f"SELECT {column.split('.')[1]} FROM {column.split('.')[0].lower()}_rows"
            for column in ids
        )
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION marsad_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"DECLARE moved integer; BEGIN {_BUMP} RETURNING value INTO moved; "
            f"INSERT INTO story_changes (generation, story_id) SELECT moved, changed FROM "
            f"({selects}) AS found (changed); RETURN NULL; END $$"
        )
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} "
            f"REFERENCING {' '.join(transition[side] for side in sides)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION marsad_{name}()"
        )


def changed_since(rows: list[tuple[str]], floor: int, mark: int) -> frozenset[str] | None:
    """The stories changed above generation ``mark`` from ``CHANGES_SQL``'s rows and the floor
    read after them; None when rows above ``mark`` may have been pruned (nothing is known)."""
    if floor > mark:
        return None
    return frozenset(row[0] for row in rows)


def prune_changes(connection: Connection, keep: int = KEEP_ROWS) -> int:
    """Drop all but the newest ``keep`` rows, raising the floor to the generation below them
    (in the caller's transaction); the new floor."""
    g = story_changes.c.generation
    cut = connection.scalar(select(g).order_by(g.desc()).offset(keep).limit(1))
    if cut is None:
        return int(connection.scalar(select(store_generation.c.changes_floor)) or 0)
    connection.execute(store_generation.update().values(changes_floor=cut))
    connection.execute(story_changes.delete().where(g <= cut))
    return int(cut)
