"""Several API clients and a `marsad watch` process writing one database at once (SQLite in WAL
mode with a busy timeout; PostgreSQL), then a short mixed load: every article is accounted for,
nothing deadlocks, no request fails, and the stories stay consistent."""

from __future__ import annotations

import os
import random
import threading
import time
from multiprocessing.context import ForkServerContext
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import crashkit
import marsad.cli.plugins  # adds `loadtest` from the benchmarks package
import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
from marsad.cli import app
from marsad.ingest import load_articles
from marsad.newsroom import Newsroom, ingest
from marsad.service.app import create_app
from marsad.service.local import serve_in_thread
from marsad.settings import Settings
from marsad.store import open_store

CLIENTS = 4
POSTS = 12  # articles each client posts, in requests of one to three
FILES = 16
SHARED = 4  # ids every client posts and the watcher also finds in files, same content
EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"


@pytest.fixture(scope="module")
def forks() -> ForkServerContext:
    return crashkit.fork_server()


def _client(
    base: str, token: str, rows: list[dict[str, str]], seed: int, errors: list[str]
) -> None:
    """Post ``rows`` in small requests, reading the story list and a story between posts."""
    rng = random.Random(seed)
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120) as http:
        start = 0
        while start < len(rows):
            size = rng.randint(1, 3)
            answer = http.post(
                "/articles", json={"articles": rows[start : start + size]}, headers=headers
            )
            if answer.status_code not in (200, 201) or answer.json()["rejected"]:
                errors.append(f"POST {answer.status_code} {answer.text[:200]}")
            start += size
            listed = http.get("/stories", params={"limit": 50})
            if listed.status_code != 200:
                errors.append(f"GET /stories {listed.status_code}")
                continue
            for row in listed.json()["stories"][:2]:
                got = http.get(f"/stories/{row['id']}")
                if got.status_code != 200:
                    errors.append(f"GET /stories/{row['id']} {got.status_code}")


def _write_files(inbox: Path, rows: list[dict[str, str]]) -> None:
    """Drop files into the watched folder one by one, dated in the past (so they are settled)."""
    for row in rows:
        path = inbox / f"{row['id']}.jsonl"
        crashkit.write_jsonl(path, [row])
        past = time.time() - 60
        os.utime(path, (past, past))
        time.sleep(0.15)


def test_api_clients_and_a_watcher_share_one_database(
    forks: ForkServerContext, store_url: str, tmp_path: Path
) -> None:
    shared = crashkit.records(SHARED, seed=1, prefix="s")
    posted = [crashkit.records(POSTS, seed=10 + n, prefix=f"p{n}-") for n in range(CLIENTS)]
    files = crashkit.records(FILES, seed=2, prefix="f") + shared
    # An exact copy of a posted article under another id: stored, marked, in no story.
    copy = {**posted[0][0], "id": "copy-of-p0"}
    posted[1].append(copy)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    store = open_store(store_url)
    token = store.create_token("clients")
    watcher = crashkit.start(
        forks, ["watch", "--folder", str(inbox), "--interval", "1", "--db", store_url]
    )
    errors: list[str] = []
    try:
        with serve_in_thread(create_app(store, rate_limit=None)) as base:
            threads = [
                threading.Thread(target=_client, args=(base, token, shared + rows, n, errors))
                for n, rows in enumerate(posted)
            ]
            threads.append(threading.Thread(target=_write_files, args=(inbox, files)))
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=300)
                assert not thread.is_alive(), "a client is stuck (deadlock?)"
        wanted = {row["id"] for rows in [shared, files, *posted] for row in rows}
        deadline = time.monotonic() + 120
        while len(store.articles_of(sorted(wanted))) < len(wanted):
            assert time.monotonic() < deadline, "the watcher did not ingest every file"
            assert watcher.is_alive(), f"the watcher died: {watcher.exitcode}"
            time.sleep(0.2)
    finally:
        watcher.kill()
        watcher.join(30)
    # The watcher may be killed after storing its last batch and before rebuilding the stories
    # it changed: they wait in the store, and the next writer rebuilds them.
    Newsroom(store).rebuild()
    try:
        assert errors == []
        assert store.counts()["articles"] == len(wanted)
        assert store.check_integrity() == []
        # Whichever of the two exact copies arrived second is the duplicate of the other.
        pair = [store.article(aid) for aid in ("copy-of-p0", posted[0][0]["id"])]
        marked = {r.article.id: r.duplicate_of for r in pair if r is not None and r.duplicate_of}
        assert len(marked) == 1 and set(marked.values()) <= {"copy-of-p0", posted[0][0]["id"]}
        in_stories = set()
        for row in store.stories(limit=500).stories:
            found = store.story(row.id)
            assert found is not None
            in_stories |= {article.id for article in found.story.articles}
        assert in_stories == wanted - set(marked)
    finally:
        store.close()


def test_mixed_load_loses_nothing(tmp_path: Path) -> None:
    """`marsad loadtest` for a few seconds: reads and writes, no error, every write stored."""
    db = tmp_path / "marsad.db"
    store = open_store(str(db))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    store.close()
    result = CliRunner().invoke(
        app, ["loadtest", "--db", str(db), "--seconds", "5", "--clients", "8", "--writes", "0.3"]
    )
    assert result.exit_code == 0, result.output
    assert "errors: 0 (none)" in result.output and "lost: 0" in result.output
    rows = {line.split("|")[1].strip(): line for line in result.output.splitlines() if "|" in line}
    assert int(rows["writes"].split("|")[2]) > 0 and int(rows["reads"].split("|")[2]) > 0
    store = open_store(str(db))
    try:
        assert store.check_integrity() == []
        assert store.counts()["articles"] > 5
    finally:
        store.close()
