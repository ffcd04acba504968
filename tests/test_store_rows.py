"""A batch's rows on SQLite go to the driver as tuples (store/writer.py ``_insert``): the same
rows as SQLAlchemy's insert, without its processing of each row's parameters."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.store import schema

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)


def _articles() -> list[Article]:
    day = datetime(2022, 1, 1, tzinfo=UTC)
    return [
        Article(id="f1", title="فيضانات في الشمال", text=FLOOD, source="وكالة", published=day),
        Article(id="f2", title="فيضانات في الشمال", text=FLOOD, source="صحيفة", published=day),
        Article(id="c1", title="كأس البطولة", text=CUP, source="وكالة", published=day),
    ]


def test_a_batch_sends_its_many_rows_to_the_sqlite_driver_uncompiled(tmp_path: Path) -> None:
    """Every executemany of an ingest on SQLite is the driver's own SQL (no compiled
    statement, whose parameters SQLAlchemy processes row by row)."""
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    compiled_many: list[str] = []

    def seen(_c: object, _k: object, statement: str, _p: object, context: Any, many: bool) -> None:
        if many and context.compiled is not None:
            compiled_many.append(statement.split("(")[0])

    engine = store.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        report = ingest(store, _articles())
    finally:
        event.remove(engine, "before_cursor_execute", seen)
        store.close()
    assert (report.added, report.duplicates) == (2, 1)  # f2 copies f1 exactly
    assert compiled_many == []


def test_the_drivers_rows_are_sqlalchemys(tmp_path: Path) -> None:
    """The same ingest's tables, row for row, with ``_insert`` and with SQLAlchemy's insert
    (the writer's path before round 20); wall-clock columns left out."""
    from marsad.store import writer

    def tables(path: Path) -> dict[str, list[str]]:
        with sqlite3.connect(path) as connection:
            names = [t for t in schema.metadata.tables if t != "schema_version"]
            found: dict[str, list[str]] = {}
            for name in names:
                columns = [
                    row[1]
                    for row in connection.execute(f"PRAGMA table_info('{name}')")
                    if row[1] not in {"created_at", "updated_at", "ingested_at", "at"}
                ]
                query = f"SELECT {', '.join(columns)} FROM {name}"
                found[name] = sorted(map(repr, connection.execute(query)))
            return found

    def compiled(self: Any, table: Any, rows: list[dict[str, Any]], conflict: str = "") -> None:
        if rows and not conflict:
            self.connection.execute(table.insert(), rows)
        elif rows:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            key = conflict.split("(")[1].split(")")[0]
            lite = sqlite_insert(table)
            changed = [c.split(" = ")[0] for c in conflict.split("SET ")[1].split(", ")]
            self.connection.execute(
                lite.on_conflict_do_update(
                    index_elements=[key], set_={c: lite.excluded[c] for c in changed}
                ),
                rows,
            )

    stores = {}
    for name in ("driver", "sqlalchemy"):
        path = tmp_path / f"{name}.db"
        store = open_store(f"sqlite:///{path}")
        original = writer.BatchWriter._insert
        if name == "sqlalchemy":
            writer.BatchWriter._insert = compiled  # type: ignore[method-assign]
        try:
            ingest(store, _articles()[:2])
            ingest(store, _articles()[2:])  # a second batch: term rows replaced
        finally:
            writer.BatchWriter._insert = original  # type: ignore[method-assign]
            store.close()
        stores[name] = tables(path)
    assert stores["driver"]["stream_terms"]
    assert stores["driver"] == stores["sqlalchemy"]
