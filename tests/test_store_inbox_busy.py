"""POST /articles with a write queue while SQLite's write lock is held past the busy timeout
(the worker's batches take it one after another): the insert is asked again, and a store
still busy after that is a 503, never a 500 (round 29's load test met one 500)."""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.model import Article
from marsad.store import dialects, inbox, open_store
from marsad.store.sql import SqlStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx vs httpx2
    from fastapi.testclient import TestClient

from marsad.service.app import create_app


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SqlStore]:
    """A SQLite store whose connections give up waiting for the write lock after 20 ms."""
    monkeypatch.setattr(dialects, "BUSY_TIMEOUT_MS", 20)
    opened = open_store(str(tmp_path / "marsad.db"))
    assert isinstance(opened, SqlStore)
    yield opened
    opened.close()


@contextmanager
def _held(store: SqlStore) -> Iterator[sqlite3.Connection]:
    """Another writer (as the worker's batch) holding the store's write lock."""
    path = store.engine.url.database
    assert path is not None
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.rollback()
        connection.close()


@pytest.fixture
def holder(store: SqlStore) -> Iterator[sqlite3.Connection]:
    """The store's write lock held by another connection."""
    with _held(store) as connection:
        yield connection


def _article(number: int) -> Article:
    return Article(
        id=f"busy-{number}",
        title=f"Rain report {number}",
        text="Rain fell on the river province. Boats rescued the families.",
        source="Outlet 1",
        lang="en",
    )


def test_an_insert_the_busy_timeout_refused_is_asked_again(
    store: SqlStore, holder: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is let go only once an insert has been refused as busy: the retry queues it."""
    refused = threading.Event()
    busy = inbox._busy

    def noted(error: Exception) -> bool:
        found = busy(error)  # type: ignore[arg-type]
        refused.set()
        return found

    monkeypatch.setattr(inbox, "_busy", noted)

    def release() -> None:
        refused.wait(60)
        holder.commit()

    thread = threading.Thread(target=release)
    thread.start()
    seqs = inbox.enqueue(store, [_article(1)])
    thread.join()
    assert refused.is_set() and len(seqs) == 1
    assert [q.article.id for q in inbox.take(store, 10)] == ["busy-1"]


def test_a_store_busy_past_the_patience_is_a_store_error(
    store: SqlStore, holder: sqlite3.Connection
) -> None:
    with pytest.raises(StoreError, match="database is locked"):
        inbox.enqueue(store, [_article(2)], patience=0)
    holder.rollback()
    assert inbox.backlog(store) == 0


def test_a_post_to_a_busy_store_is_a_503_not_a_500(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client may send it again: 503 with a problem saying why, not an internal error."""
    monkeypatch.setattr(inbox, "ENQUEUE_SECONDS", 0.0)
    token = store.create_token("test")
    client = TestClient(create_app(store, rate_limit=None, write_queue=True))
    made = _article(3)
    article = {"id": made.id, "title": made.title, "text": made.text, "source": made.source}
    with _held(store):
        answer = client.post(
            "/articles", json={"articles": [article]}, headers={"Authorization": f"Bearer {token}"}
        )
    assert answer.status_code == 503, answer.text
    assert "database is locked" in answer.json()["detail"]
    assert inbox.backlog(store) == 0


def test_the_worker_clearing_a_busy_inbox_gets_a_store_error(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's ``done`` on a busy store: a StoreError (its loop tries again), the
    articles still queued."""
    seqs = inbox.enqueue(store, [_article(4)])
    monkeypatch.setattr(inbox, "ENQUEUE_SECONDS", 0.0)
    with _held(store), pytest.raises(StoreError, match="database is locked"):
        inbox.done(store, seqs)
    assert inbox.backlog(store) == 1
    inbox.done(store, seqs)
    assert inbox.backlog(store) == 0
