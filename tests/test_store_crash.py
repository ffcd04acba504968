"""kill -9 in the middle of `marsad ingest`, then a re-run: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from marsad.store import open_store

ARTICLES = 40
TOPICS = ("flood", "election", "strike", "summit", "earthquake", "final", "budget", "fire")
WORDS = [
    "river",
    "province",
    "villages",
    "rescue",
    "boats",
    "council",
    "vote",
    "ballots",
    "union",
    "workers",
    "port",
    "leaders",
    "talks",
    "treaty",
    "quake",
    "rubble",
    "aftershock",
    "stadium",
    "goal",
    "penalty",
    "tax",
    "deficit",
    "spending",
    "blaze",
    "forest",
    "smoke",
]


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for number in range(ARTICLES):
            topic = TOPICS[number % len(TOPICS)]
            words = [topic] * 6 + rng.choices(WORDS, k=40)
            rng.shuffle(words)
            text = " ".join(words[:20]) + ". " + " ".join(words[20:]) + "."
            record = {
                "id": f"a{number:03d}",
                "title": f"{topic} report {number}",
                "text": text,
                "source": f"outlet{number % 5}",
                "published": f"2022-01-{10 + number % 3:02d}T08:00:00Z",
                "lang": "en",
            }
            out.write(json.dumps(record) + "\n")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "marsad", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        [*command, "--batch-size", "3"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _consistent(db: Path, *, finished: bool = False) -> int:
    """Check the invariants a half-done ingest would break; returns the number of articles.

    A story whose members changed may wait for its rebuild (``stories_pending``, finished by
    the next writer): its row may be missing or stale, every other story's must match."""
    with sqlite3.connect(db) as connection:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        articles = one("SELECT count(*) FROM articles")
        pending = {row[0] for row in connection.execute("SELECT story_id FROM stories_pending")}
        assert not (finished and pending), pending
        assert one("SELECT count(*) FROM story_articles") == articles
        assert one("SELECT count(*) FROM ingest_log WHERE event = 'added'") == articles
        assert one("SELECT count(DISTINCT article_id) FROM ingest_log") == articles
        ready = "story_id NOT IN (SELECT story_id FROM stories_pending)"
        assert one(
            "SELECT coalesce(sum(article_count), 0) FROM stories "
            "WHERE id NOT IN (SELECT story_id FROM stories_pending)"
        ) == one(f"SELECT count(*) FROM story_articles WHERE {ready}")
        orphans = (
            "SELECT count(*) FROM story_articles WHERE story_id NOT IN (SELECT id FROM stories) "
            f"AND {ready}"
        )
        assert one(orphans) == 0
        for (summary,) in connection.execute("SELECT summary FROM stories"):
            story = json.loads(summary)
            if story["id"] in pending:
                continue
            members = {
                row[0]
                for row in connection.execute(
                    "SELECT article_id FROM story_articles WHERE story_id = ?", (story["id"],)
                )
            }
            assert {a["id"] for a in story["articles"]} == members
    return int(articles)


def test_kill_during_ingest_then_rerun(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "marsad.db"
    _corpus(corpus)
    process = _ingest(corpus, db)
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
                seen = connection.execute("SELECT count(*) FROM ingest_log").fetchone()[0]
        except sqlite3.Error:
            continue
        if seen >= 9:
            break
    assert process.poll() is None, "ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    partial = _consistent(db)
    killed = open_store(str(db))
    try:
        assert killed.check_integrity() == []  # `marsad check` accepts the waiting stories
    finally:
        killed.close()
    assert 9 <= partial < ARTICLES

    rerun = _ingest(corpus, db)
    _, errors = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, errors.decode()
    assert _consistent(db, finished=True) == ARTICLES
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id")]
    assert ids == [f"a{number:03d}" for number in range(ARTICLES)]
