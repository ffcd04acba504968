"""kill -9 of `marsad ingest` and `marsad watch` at random points, many times, on both backends.

After every kill the store passes its integrity checks (``Store.check_integrity``: SQLite's
integrity_check and foreign keys, no article twice, every article in one story, stories agreeing
with their members and the clusterer's state, search index complete); a final run completes,
and the stories are exactly those of a run that was never interrupted.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.context import ForkServerContext
from pathlib import Path

import httpx
import pytest

import crashkit
from marsad.ingest import load_articles
from marsad.newsroom import ingest
from marsad.service.watcher import Watcher
from marsad.service.worker import InboxWorker
from marsad.settings import Settings
from marsad.store import Store, open_store

FOLDERS = 4
# CI kills 9 + 5 times per backend; MARSAD_KILL_ROUNDS=5 multiplies both for a longer campaign.
# The corpus grows with the rounds, so that later kills still land in the middle of the work.
ROUNDS = int(os.environ.get("MARSAD_KILL_ROUNDS", "1"))
ARTICLES = 60 * ROUNDS
INGEST_KILLS = 9 * ROUNDS
WATCH_KILLS = 5 * ROUNDS
MAX_DELAY = 0.2  # seconds; a full uninterrupted ingest of the corpus takes about 0.2 s (newsroom)


@pytest.fixture(scope="module")
def forks() -> ForkServerContext:
    return crashkit.fork_server()


def _partition(store: Store) -> set[frozenset[str]]:
    """The stories as sets of article ids."""
    groups = set()
    for row in store.stories(limit=500).stories:
        found = store.story(row.id)
        assert found is not None
        groups.add(frozenset(article.id for article in found.story.articles))
    return groups


def _with_amcheck(url: str) -> str:
    """Install PostgreSQL's amcheck in the test database, so the checks cover its indexes."""
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        engine.dispose()
    return url


def _state(url: str) -> tuple[int, list[str]]:
    store = open_store(url)
    try:
        return store.counts()["articles"], store.check_integrity()
    finally:
        store.close()


def _logged(url: str) -> int:
    """Rows in the ingest log (committed arrivals), read without opening a Store."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM ingest_log")).scalar() or 0)
    except Exception:  # not created yet
        return 0
    finally:
        engine.dispose()


def _kill_loop(
    forks: ForkServerContext, argv: list[str], url: str, kills: int, seed: int
) -> list[int]:
    """Start and SIGKILL the command ``kills`` times; check the store after each kill.

    Every other kill comes at a random time after the start (start-up, reading, writing);
    the others come at a random time after the process has committed something new.
    """
    rng = random.Random(seed)
    counts = []
    finished = 0
    for number in range(kills):
        before = _logged(url)
        process = crashkit.start(forks, argv)
        if number % 2:
            deadline = time.monotonic() + 60
            while _logged(url) == before and process.is_alive() and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, MAX_DELAY / 3))
        else:
            time.sleep(rng.uniform(0.0, MAX_DELAY))
        process.kill()
        process.join(60)
        assert process.exitcode in (-signal.SIGKILL, 0), process.exitcode
        finished += process.exitcode == 0
        articles, problems = _state(url)
        assert problems == [], f"after a kill at article {articles}: {problems}"
        counts.append(articles)
    assert counts == sorted(counts), "a kill lost committed articles"
    mid = sum(1 for before, after in zip([0, *counts], counts, strict=False) if after > before)
    print(  # shown with pytest -s: the figures of docs/reliability.md
        f"\n{argv[0]} on {url.split(':', 1)[0]}: {kills} kills ({finished} after the run had "
        f"ended, {mid} after it had committed more); articles after each kill: {counts}"
    )
    return counts


def _finish(forks: ForkServerContext, argv: list[str]) -> None:
    process = crashkit.start(forks, argv)
    process.join(300)
    assert process.exitcode == 0


def test_ingest_killed_again_and_again_loses_nothing(
    forks: ForkServerContext, store_url: str, tmp_path: Path
) -> None:
    corpus = crashkit.write_jsonl(tmp_path / "corpus.jsonl", crashkit.records(ARTICLES))
    argv = ["ingest", str(corpus), "--db", _with_amcheck(store_url), "--batch-size", "2"]
    counts = _kill_loop(forks, argv, store_url, INGEST_KILLS, seed=11)
    assert any(0 < count < ARTICLES for count in counts), counts  # kills landed mid-ingest
    _finish(forks, argv)

    reference = open_store(str(tmp_path / "reference.db"))
    store = open_store(store_url)
    try:
        articles = list(load_articles([corpus], settings=Settings()).articles)
        ingest(reference, articles, batch_size=2)
        assert store.check_integrity() == []
        assert store.counts()["articles"] == ARTICLES
        assert _partition(store) == _partition(reference)
    finally:
        store.close()
        reference.close()


def test_watch_killed_again_and_again_loses_nothing(
    forks: ForkServerContext, store_url: str, tmp_path: Path
) -> None:
    rows = crashkit.records(ARTICLES, seed=3, prefix="w")
    folders = []
    for number in range(FOLDERS):
        folder = tmp_path / f"inbox{number}"
        folder.mkdir()
        for row in rows[number::FOLDERS]:
            crashkit.write_jsonl(folder / f"{row['id']}.jsonl", [row])
        folders.append(str(folder))
    argv = [
        "watch",
        *(f"--folder={f}" for f in folders),
        "--db",
        _with_amcheck(store_url),
        "--once",
    ]
    counts = _kill_loop(forks, argv, store_url, WATCH_KILLS, seed=5)
    _finish(forks, argv)

    reference = open_store(str(tmp_path / "reference.db"))
    store = open_store(store_url)
    try:
        Watcher(reference, feeds=[], folders=folders, settle=0).poll(everything=True)
        assert store.check_integrity() == []
        assert store.counts()["articles"] == ARTICLES, counts
        assert _partition(store) == _partition(reference)
    finally:
        store.close()
        reference.close()


SERVER_KILLS = 3 * ROUNDS


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _post_until(base: str, token: str, prefix: str, stop: threading.Event, kept: list[str]) -> None:
    """Post one article per request until ``stop``; ``kept`` gets the ids the server added."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=30) as http:
        for row in crashkit.records(500, seed=sum(map(ord, prefix)), prefix=prefix):
            if stop.is_set():
                return
            try:
                answer = http.post("/articles", json={"articles": [row]}, headers=headers)
            except httpx.HTTPError:
                return  # the server is gone: this write was never acknowledged
            if answer.status_code == 202 and answer.json()["queued"] == 1:
                kept.append(row["id"])  # acknowledged: kept in the store's write queue


def test_server_killed_under_writes_keeps_every_acknowledged_write(
    forks: ForkServerContext, store_url: str
) -> None:
    """kill -9 of `marsad serve` while clients post: every write it answered (202, kept in
    the write queue) is stored, and the worker puts each in the store afterwards."""
    store = open_store(_with_amcheck(store_url))
    token = store.create_token("writers")
    store.close()
    rng = random.Random(3)
    kept: list[str] = []
    for round_ in range(SERVER_KILLS):
        port = _free_port()
        server = crashkit.start(
            forks,
            ["serve", "--db", store_url, "--port", str(port), "--rate-limit", "off", "--no-worker"],
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.is_alive(), "the server did not start"
            time.sleep(0.05)
        stop = threading.Event()
        writers = [
            threading.Thread(target=_post_until, args=(base, token, f"r{round_}c{n}-", stop, kept))
            for n in range(3)
        ]
        for writer in writers:
            writer.start()
        time.sleep(rng.uniform(1.0, 2.5))
        server.kill()
        server.join(30)
        stop.set()
        for writer in writers:
            writer.join(60)
        assert _state(store_url)[1] == []
    assert len(kept) >= SERVER_KILLS  # writes were acknowledged before the kills
    print(
        f"\nserve on {store_url.split(':', 1)[0]}: {SERVER_KILLS} kills, {len(kept)} writes acknowledged"
    )
    store = open_store(store_url)
    worker = InboxWorker(store)
    try:
        worker.drain()
        assert len(store.articles_of(kept)) == len(kept)
    finally:
        worker.close()
        store.close()


def test_worker_stops_when_its_server_is_killed(tmp_path: Path) -> None:
    """The worker `marsad serve` starts does not outlive a kill -9 of the server."""
    db = tmp_path / "w.db"
    open_store(str(db)).close()
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            "from marsad.service.worker import start_worker, worker_command\n"
            f"child = start_worker(worker_command({str(db)!r}, config=None, assignments=[]))\n"
            "print(child.pid, flush=True)\n"
            "time.sleep(600)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    worker_pid = int(parent.stdout.readline())
    time.sleep(1.0)
    assert _alive(worker_pid)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 30
    while _alive(worker_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker_pid)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie left to init counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_integrity_check_finds_damage(tmp_path: Path) -> None:
    """The checks the loops rely on do fail on a damaged store."""
    import sqlite3

    db = tmp_path / "damaged.db"
    store = open_store(str(db))
    try:
        corpus = crashkit.write_jsonl(tmp_path / "c.jsonl", crashkit.records(8))
        ingest(store, list(load_articles([corpus], settings=Settings()).articles))
        assert store.check_integrity() == []
        with sqlite3.connect(db) as connection:
            connection.execute("DELETE FROM articles_fts WHERE article_id = 'a0001'")
            connection.execute("DELETE FROM story_articles WHERE article_id = 'a0002'")
            connection.execute("UPDATE articles SET duplicate_of = NULL, content_hash = 'x'")
            connection.execute(
                "INSERT INTO ingest_log (at, article_id, event) VALUES (0, 'a0003', 'added')"
            )
        problems = "\n".join(store.check_integrity())
    finally:
        store.close()
    for expected in (
        "original articles missing from the search index: 1",
        "original articles in no story: 1",
        "original articles with the same content hash: 1",
        "articles logged as added more than once: 1",
        "stories whose article count differs from their members: 1",
        "differ in the clusterer's state and the table: 1",
    ):
        assert expected in problems
    from typer.testing import CliRunner

    import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
    from marsad.cli import app

    result = CliRunner().invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 5 and result.output.count("inconsistent:") >= 6
