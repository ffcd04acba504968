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


def _new(articles: list[Article], copy_of: dict[str, str] | None = None) -> list[Any]:
    from marsad.newsroom import content_hash, search_text
    from marsad.store.writer import NewArticle

    copies = copy_of or {}
    return [
        NewArticle(
            a, content_hash(a), search_text([a.title, a.text], "ar"), duplicate_of=copies.get(a.id)
        )
        for a in articles
    ]


def _fts_tables(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'articles_fts%'"
            )
        ]
        return {n: sorted(map(repr, connection.execute(f"SELECT * FROM {n}"))) for n in names}


def test_search_rows_written_on_a_thread_are_those_written_in_line(tmp_path: Path) -> None:
    """``add_articles(background=True)`` writes the originals' FTS5 rows on a thread of its
    own, from their stored search text, in one statement: the same rows and index pages as
    the rows written one by one, a copy left out, after articles stored before."""
    import threading

    first, second = _articles()[:1], _articles()[1:]
    stores = {}
    for background in (False, True):
        path = tmp_path / f"{background}.db"
        store = open_store(f"sqlite:///{path}")
        threads: list[str] = []
        index = store.index_stored_articles  # type: ignore[attr-defined]

        def spied(connection: Any, after: int, index: Any = index, seen: Any = threads) -> bool:
            seen.append(threading.current_thread().name)
            return bool(index(connection, after))

        store.index_stored_articles = spied  # type: ignore[attr-defined]
        try:
            with store.batch() as writer:  # type: ignore[attr-defined]
                writer.add_articles(_new(first), background=background)
            with store.batch() as writer:  # type: ignore[attr-defined]
                writer.add_articles(_new(second, {"f2": "f1"}), background=background)
                assert writer.stored_hashes(["c1"])  # the next statement waits for the rows
        finally:
            store.close()
        assert threads == (["marsad-index", "marsad-index"] if background else [])
        stores[background] = _fts_tables(path)
    assert len(stores[True]["articles_fts"]) == 2  # f1 and c1, not the copy
    assert stores[True] == stores[False]


def test_a_failed_search_row_thread_rolls_its_batch_back(tmp_path: Path) -> None:
    """An error while the thread writes the search rows is raised before the commit, and the
    batch's articles are rolled back with them."""
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")

    def broken(_connection: Any, _after: int) -> bool:
        raise RuntimeError("disk on fire")

    store.index_stored_articles = broken  # type: ignore[attr-defined]
    try:
        try:
            with store.batch() as writer:  # type: ignore[attr-defined]
                writer.add_articles(_new(_articles()), background=True)
        except RuntimeError as error:
            assert str(error) == "disk on fire"
        else:
            raise AssertionError("the thread's error was not raised")
        with store.batch() as writer:  # type: ignore[attr-defined]
            assert writer.stored_hashes(["f1", "f2", "c1"]) == {}
    finally:
        store.close()


def test_a_stored_storys_summary_is_the_digest_reports_json_of_it(tmp_path: Path) -> None:
    """A story's summary row is its digest object as the digest's JSON report writes it
    (orjson, compact), and reads back as the same story object."""
    import json

    import orjson

    from marsad.newsroom import digest

    path = tmp_path / "s.db"
    store = open_store(f"sqlite:///{path}")
    try:
        ingest(store, _articles())
    finally:
        store.close()
    originals = [a for a in _articles() if a.id != "f2"]  # f2 copies f1: kept, in no story
    made = {story.title: story for story in digest(originals).stories}
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT id, storyline, outlets, summary FROM stories").fetchall()
    assert len(rows) == len(made) == 2
    for story_id, storyline, outlets, summary in rows:
        data = json.loads(summary)
        story = made[data["title"]]
        expected = {**story.to_dict(), "id": story_id, "storyline": storyline}
        assert summary == orjson.dumps(expected).decode()
        assert json.loads(outlets) == list(dict.fromkeys(a.source for a in story.articles))
