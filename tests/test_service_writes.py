"""Writes waiting for the store's lock (held by the worker for a batch) leave the reads their
threads: a server with more waiting POSTs than its thread pool still answers a GET."""

from __future__ import annotations

import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

import marsad.service.queue
from marsad.newsroom import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx vs httpx2
    from fastapi.testclient import TestClient

from marsad.service.app import create_app

WAITING_POSTS = 45  # more than anyio's 40 threads for sync endpoints


def _settled(count: list[int]) -> None:
    """Wait until no more POSTs arrive at the lock (a second without a new one)."""
    last, since = -1, time.monotonic()
    while time.monotonic() - since < 1.0:
        if count[0] != last:
            last, since = count[0], time.monotonic()
        time.sleep(0.05)


def test_reads_are_answered_while_writes_wait_for_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(str(tmp_path / "w.db"))
    token = store.create_token("test")
    headers = {"Authorization": f"Bearer {token}"}
    client = TestClient(create_app(store, rate_limit=None, write_queue=True))
    client.__enter__()  # one event loop for all the requests, as a server has
    arrived = [0]
    enqueue = marsad.service.queue.enqueue

    def counted(*args: Any) -> Any:
        arrived[0] += 1
        return enqueue(*args)

    monkeypatch.setattr(marsad.service.queue, "enqueue", counted)
    answers: list[int] = []

    def post(n: int) -> None:
        row = {"id": f"w{n}", "title": f"Title {n}", "source": "Wire", "text": f"Body {n}."}
        answers.append(
            client.post("/articles", json={"articles": [row]}, headers=headers).status_code
        )

    release = threading.Event()
    held = threading.Event()

    def hold_the_lock() -> None:  # what the worker does for a batch
        with store.write():
            held.set()
            release.wait(120)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(30)
    posts = [threading.Thread(target=post, args=(n,)) for n in range(WAITING_POSTS)]
    read: list[int] = []
    reader = threading.Thread(target=lambda: read.append(client.get("/healthz").status_code))
    try:
        for thread in posts:
            thread.start()
        _settled(arrived)
        reader.start()
        reader.join(60)
        answered_while_held = not reader.is_alive()
    finally:
        release.set()
        holder.join(60)
        reader.join(60)
        for thread in posts:
            thread.join(60)
        client.__exit__(None, None, None)
        store.close()
    assert answered_while_held and read == [200]
    assert answers == [202] * WAITING_POSTS
