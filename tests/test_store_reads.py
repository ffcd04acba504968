"""How the store reads (store/sql.py, store/dialects.py): the statements a read sends, and on
PostgreSQL no transaction around them and a pooled connection checked only after it idled."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event

from marsad.errors import StoreError
from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.settings import Settings
from marsad.store.sql import SqlStore

_databases = iter(range(1_000_000))


def _article(aid: str) -> Article:
    return Article(
        id=aid,
        title=f"فيضانات في المحافظة الشمالية {aid}",
        text="فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم.",
        source="وكالة",
        published=datetime(2022, 1, 1, tzinfo=UTC),
        published_certainty="stated",
    )


def _postgres(base: str, settings: Settings | None = None) -> SqlStore:
    from conftest_postgres import create_database

    store = open_store(create_database(base, f"reads_{next(_databases)}"), settings=settings)
    assert isinstance(store, SqlStore)
    return store


@pytest.fixture
def sql_store(store_url: str) -> Iterator[SqlStore]:
    store = open_store(store_url)
    assert isinstance(store, SqlStore)
    yield store
    store.close()


def _statements(store: SqlStore) -> list[str]:
    """The queries the store's reads send from now on (the list grows as they run); SQLite's
    BEGIN, which gives a read its snapshot, is left out."""
    sent: list[str] = []

    @event.listens_for(store.read_engine, "before_cursor_execute")
    def _sent(*args: Any) -> None:
        if args[2] != "BEGIN":
            sent.append(args[2])

    return sent


def test_a_story_and_the_counts_are_one_statement_each(sql_store: SqlStore) -> None:
    story_id = ingest(sql_store, [_article("r1")]).stories[0]
    sent = _statements(sql_store)
    found = sql_store.story(story_id)
    assert found is not None and found.story.id == story_id
    assert len(sent) == 1
    counts = sql_store.counts()
    assert len(sent) == 3  # the generation and pending, then the tables counted whole
    assert counts == {
        "articles": 1,
        "stories": 1,
        "pending": 0,
        "schema_version": counts["schema_version"],
    }
    assert counts["schema_version"] >= 10
    assert sql_store.story("no-such-story") is None


def test_the_counts_count_the_tables_again_only_when_the_store_has_changed(
    sql_store: SqlStore,
) -> None:
    ingest(sql_store, [_article("c1")])
    assert sql_store.counts()["articles"] == 1
    sent = _statements(sql_store)
    assert sql_store.counts()["articles"] == 1
    assert len(sent) == 1 and "articles" not in sent[0]  # unchanged: no table counted whole
    ingest(sql_store, [_article("c2")])
    del sent[:]
    assert sql_store.counts()["articles"] == 2
    assert len(sent) == 2 and "articles" in sent[1]


def test_postgres_reads_send_no_transaction(postgres_base_url: str) -> None:
    """Each statement of a READ COMMITTED transaction takes its own snapshot: a read's BEGIN
    and COMMIT would be two round trips for nothing, so none is open while it reads."""
    import psycopg

    store = _postgres(postgres_base_url)
    try:
        ingest(store, [_article("r2")])
        with store.read() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM stories").scalar()
            raw = connection.connection.dbapi_connection
            assert raw is not None
            assert raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        with store.write() as connection:  # writes keep their transaction
            connection.exec_driver_sql("SELECT 1").scalar()
            raw = connection.connection.dbapi_connection
            assert raw is not None
            assert raw.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
    finally:
        store.close()


@pytest.mark.parametrize("idle_seconds", [0.0, 3600.0])
def test_a_read_connection_idle_past_the_setting_is_checked_and_replaced(
    postgres_base_url: str, idle_seconds: float
) -> None:
    """A pooled connection whose server process went (a restart) is found by the check a
    connection idle longer than ``store_ping_idle_seconds`` gets, and replaced; one used more
    recently than that is not checked, and its read fails once."""
    import psycopg

    store = _postgres(postgres_base_url, Settings(store_ping_idle_seconds=idle_seconds))
    try:
        assert store.counts()["stories"] == 0
        with store.read() as connection:
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        admin_url = postgres_base_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(admin_url + "/postgres", autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            for _ in range(100):  # the process ends soon after the signal
                gone = admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,))
                if gone.fetchone() is None:
                    break
                time.sleep(0.05)
        if idle_seconds == 0:
            assert store.counts()["stories"] == 0
        else:
            with pytest.raises(StoreError):
                store.counts()
            assert store.counts()["stories"] == 0  # the broken pool was dropped
    finally:
        store.close()


def test_sqlite_reads_keep_query_only_connections_of_their_own(tmp_path: Any) -> None:
    import threading

    from sqlalchemy import select

    store = open_store(f"sqlite:///{tmp_path / 'reads.db'}")
    assert isinstance(store, SqlStore)
    opened: list[int] = []
    event.listen(store.read_engine, "connect", lambda *_: opened.append(1))
    barrier = threading.Barrier(20)

    def read() -> None:
        with store.read() as connection:
            barrier.wait(30)  # 20 reads at once: more than the writers' pool keeps (5)
            assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1

    try:
        assert store.read_engine is not store.engine
        for _ in range(2):
            threads = [threading.Thread(target=read) for _ in range(20)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        assert len(opened) == 20  # the second round reused the first one's connections
        with store.write(), store.read() as connection:  # a writer holds the lock
            assert connection.execute(select(1)).scalar() == 1
    finally:
        store.close()


_TOPICS = (
    ("فيضانات تضرب المحافظة الشمالية وتشرد آلاف السكان في القرى", "ar"),
    ("المنتخب الوطني يفوز بكأس البطولة في المباراة النهائية", "ar"),
    ("الحكومة ترفع أسعار الوقود في البلاد بعد اجتماع الوزراء", "ar"),
    ("زلزال يضرب الساحل ويهدم مباني في المدينة القديمة", "ar"),
    ("Floods hit the northern province and villages are evacuated", "en"),
    ("The council vote on the port workers' wages is delayed", "en"),
    ("Police arrest two men after the court verdict in the capital", "en"),
)


def _varied(count: int) -> list[Article]:
    """Articles on a few topics in two languages, from a few outlets: stories of all sizes."""
    return [
        Article(
            id=f"v{i}",
            title=f"{_TOPICS[i % len(_TOPICS)][0]} {i}",
            text=f"{_TOPICS[i % len(_TOPICS)][0]}. {_TOPICS[(i * 3) % len(_TOPICS)][0]}.",
            source=f"outlet {i % 4}",
            lang=_TOPICS[i % len(_TOPICS)][1],
            published=datetime(2022, 1, 1 + i % 20, tzinfo=UTC),
            published_certainty="stated",
        )
        for i in range(count)
    ]


def test_a_search_page_and_its_total_are_one_statement_and_the_answer_of_two(
    sql_store: SqlStore,
) -> None:
    ingest(sql_store, _varied(42))
    queries = ["في", "الحكومة", "أسعار الوقود", "فيضانات", "زلزال", "المباراة", "floods"]
    queries += ["the", "police court", "wages", "برشلونة", "*", '" OR', "the في"]
    pages = [(50, 0), (3, 0), (3, 3), (2, 5), (1, 0), (5, 1000), (20, 40)]
    filters: list[dict[str, Any]] = [{}, {"language": "en"}, {"outlet": "outlet 1"}]
    checked = 0
    sent = _statements(sql_store)
    for query in queries:
        for limit, offset in pages:
            for chosen in filters:
                sql_store.count_with_page = False  # the total counted apart, as before
                before = sql_store.stories(q=query, limit=limit, offset=offset, **chosen)
                sql_store.count_with_page = True
                start = len(sent)
                now = sql_store.stories(q=query, limit=limit, offset=offset, **chosen)
                assert now == before, (query, limit, offset, chosen)
                # One statement for the page and its total; a page past the end counts apart.
                assert len(sent) - start == (2 if offset and not now.stories else 1)
                checked += bool(now.total)
    assert checked > 100  # most of them match something
