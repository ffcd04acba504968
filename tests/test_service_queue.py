"""Writes out of the serving process: POST /articles queues, a worker (`marsad work`) runs the
newsroom; and the response cache keyed by the store's generation. Both backends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crashkit import records, write_jsonl
from marsad.ingest import load_articles
from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.service import worker as worker_module
from marsad.service.worker import InboxWorker
from marsad.settings import Settings
from marsad.store import Store
from marsad.store.inbox import backlog, done, enqueue, generation
from marsad.store.sql import SqlStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx vs httpx2
    from fastapi.testclient import TestClient

from marsad.service.app import create_app

ROOT = Path(__file__).parents[1]
POLL_SECONDS = 60


@pytest.fixture
def opened(store_url: str) -> Iterator[Store]:
    store = open_store(store_url)
    yield store
    store.close()


def _client(store: Store, **options: Any) -> tuple[TestClient, dict[str, str]]:
    token = store.create_token("test")
    app = create_app(store, rate_limit=None, write_queue=True, **options)
    return TestClient(app), {"Authorization": f"Bearer {token}"}


def _post(client: TestClient, headers: dict[str, str], rows: list[dict[str, str]]) -> Any:
    return client.post("/articles", json={"articles": rows}, headers=headers)


def _eventually(check: Any) -> Any:
    """Poll ``check`` until it gives something true (a worker runs beside the test)."""
    deadline = time.monotonic() + POLL_SECONDS
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError("not within the polling deadline")


def test_a_post_is_queued_then_the_worker_puts_it_in_a_story(opened: Store) -> None:
    client, headers = _client(opened)
    rows = records(6)
    answer = _post(client, headers, rows)
    assert answer.status_code == 202
    assert answer.headers["location"] == "/articles/a0000"
    assert answer.json() == {
        "queued": 6,
        "articles": [row["id"] for row in rows],
        "unchanged": 0,
        "rejected": [],
    }
    queued = client.get("/articles/a0000").json()
    assert queued["queued"] is True and queued["story"] is None
    assert queued["text"] == rows[0]["text"]
    again = _post(client, headers, [rows[0], {**rows[1], "text": "Other words entirely."}])
    assert again.status_code == 200 and "location" not in again.headers
    assert again.json()["unchanged"] == 1 and len(again.json()["rejected"]) == 1

    stop = threading.Event()
    thread = threading.Thread(target=InboxWorker(opened).run, args=(stop,), daemon=True)
    thread.start()
    try:
        story_id = _eventually(lambda: client.get("/articles/a0000").json()["story"])
    finally:
        stop.set()
        thread.join(POLL_SECONDS)
    story = client.get(f"/stories/{story_id}").json()
    assert "a0000" in {article["id"] for article in story["articles"]}
    assert client.get("/articles/a0000").json()["queued"] is False
    assert backlog(opened) == 0 and opened.counts()["articles"] == 6
    stored = _post(client, headers, [rows[0]])  # stored now: unchanged, nothing queued
    assert stored.status_code == 200 and stored.json()["unchanged"] == 1


def test_a_worker_that_dies_before_it_clears_its_batch_loses_nothing(
    opened: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers = _client(opened)
    rows = records(12)
    assert _post(client, headers, rows).status_code == 202

    def crash(*_args: Any) -> None:
        raise KeyboardInterrupt  # killed after the newsroom took the batch, before the clear

    monkeypatch.setattr(worker_module, "done", crash)
    with pytest.raises(KeyboardInterrupt):
        InboxWorker(opened, Settings(live_batch_size=5)).step()
    assert backlog(opened) == 12 and opened.counts()["articles"] == 5
    monkeypatch.undo()
    report = InboxWorker(opened, Settings(live_batch_size=5)).drain()
    assert (report.added, report.unchanged) == (7, 5)
    assert backlog(opened) == 0 and opened.counts()["articles"] == 12
    assert opened.check_integrity() == []
    found = opened.articles_of([row["id"] for row in rows])
    assert all(record.story_id for record in found) and len(found) == 12


def test_an_article_the_newsroom_fails_on_does_not_stop_the_queue(
    opened: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers = _client(opened)
    rows = records(5)
    assert _post(client, headers, rows).status_code == 202
    worker = InboxWorker(opened)
    original = worker.newsroom.ingest

    def failing(articles: Any, **options: Any) -> Any:
        if any(article.id == "a0002" for article in articles):
            raise RuntimeError("a bug the article sets off")
        return original(articles, **options)

    monkeypatch.setattr(worker.newsroom, "ingest", failing)
    report = worker.drain()
    assert report.added == 4 and [p.path for p in report.problems] == ["a0002"]
    assert "RuntimeError: a bug the article sets off" in report.problems[0].message
    assert backlog(opened) == 0
    stored = {record.article.id for record in opened.articles_of([r["id"] for r in rows])}
    assert stored == {"a0000", "a0001", "a0003", "a0004"}


def test_a_failed_prune_of_the_change_log_does_not_stop_the_queue(
    opened: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    client, headers = _client(opened)
    assert _post(client, headers, records(3)).status_code == 202
    worker = InboxWorker(opened)

    def busy(connection: Any, **options: Any) -> int:
        raise OperationalError("DELETE", {}, Exception("database is locked"))

    monkeypatch.setattr(worker_module, "prune_changes", busy)
    report = worker.step()  # the first batch prunes
    assert report is not None and report.added == 3 and backlog(opened) == 0


def test_a_killed_worker_process_loses_nothing(
    opened: Store, store_url: str, tmp_path: Path
) -> None:
    client, headers = _client(opened)
    rows = records(40, prefix="k")
    for start in range(0, len(rows), 10):
        assert _post(client, headers, rows[start : start + 10]).status_code == 202
    command = [sys.executable, "-m", "marsad", "work", "--db", store_url]
    command += ["--set", "live_batch_size=4"]
    environ = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(command, env=environ, stderr=subprocess.DEVNULL)
    try:
        _eventually(lambda: backlog(opened) < len(rows) or process.poll() is not None)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(POLL_SECONDS)
    finished = subprocess.run(
        [*command, "--once"], env=environ, capture_output=True, timeout=300, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert backlog(opened) == 0
    found = opened.articles_of([row["id"] for row in rows])
    assert len(found) == len(rows) and all(record.story_id for record in found)
    assert opened.check_integrity() == []


def test_a_read_of_an_unchanged_store_is_answered_from_memory(
    opened: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ingest(opened, _articles(tmp_path, records(8)))
    client, _ = _client(opened)
    story_id = client.get("/stories").json()["stories"][0]["id"]
    calls = _counted_reads(opened, monkeypatch, "story")
    first = client.get(f"/stories/{story_id}")
    second = client.get(f"/stories/{story_id}")
    head = client.head(f"/stories/{story_id}")
    assert first.status_code == second.status_code == head.status_code == 200
    assert first.content == second.content and calls == [story_id]
    assert head.headers["etag"] == first.headers["etag"]
    same = client.get(f"/stories/{story_id}", headers={"If-None-Match": first.headers["etag"]})
    assert same.status_code == 304 and calls == [story_id]
    metrics = client.get("/metrics").text
    assert "marsad_cache_hits 3" in metrics  # the second GET, the HEAD and the 304
    # A filter that counts back from now is answered afresh each time.
    assert client.get("/stories?since=1000w").status_code == 200
    listed = len(calls)
    client.get(f"/stories/{story_id}?since=1000w")
    client.get(f"/stories/{story_id}?since=1000w")
    assert len(calls) == listed + 2


def test_a_write_from_another_process_is_never_hidden_by_the_cache(
    opened: Store, store_url: str, tmp_path: Path
) -> None:
    rows = records(16)
    ingest(opened, _articles(tmp_path, rows[:8]))
    client, _ = _client(opened, settings=Settings(list_stale_seconds=0))  # lists never stale
    story_id = client.get("/articles/a0000").json()["story"]
    before = client.get(f"/stories/{story_id}").json()
    page = client.get(f"/story/{story_id}").text
    listed = client.get("/stories").json()
    assert client.get(f"/stories/{story_id}").json() == before  # from the cache now
    writer = open_store(store_url)  # another handle: nothing in this process hears of it
    try:
        seen = generation(writer)
        ingest(writer, _articles(tmp_path, rows[8:]))
        assert generation(writer) > seen
    finally:
        writer.close()
    assert client.get("/articles/a0008").json()["story"] == story_id  # same topic as a0000
    after = client.get(f"/stories/{story_id}").json()
    assert "a0008" in {article["id"] for article in after["articles"]}
    assert len(after["articles"]) > len(before["articles"])
    assert client.get(f"/story/{story_id}").text != page
    assert client.get("/stories").json() != listed


def test_a_story_that_a_write_left_alone_is_still_answered_from_memory(
    opened: Store, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = records(9)
    ingest(opened, _articles(tmp_path, rows[:8]))
    client, _ = _client(opened)
    changed, kept = (client.get(f"/articles/{i}").json()["story"] for i in ("a0000", "a0001"))
    assert changed != kept
    for story_id in (changed, kept):
        answer = client.get(f"/stories/{story_id}")
        assert "x-marsad-stamp" not in answer.headers  # the cache's own, never sent
        assert "x-marsad-stamp" not in client.get(f"/story/{story_id}").headers
    _ingest_elsewhere(store_url, _articles(tmp_path, rows[8:]))  # a0008 joins a0000's story only
    calls = _counted_reads(opened, monkeypatch, "story")
    assert client.get(f"/stories/{kept}").status_code == 200
    assert client.get(f"/story/{kept}").status_code == 200
    assert calls == []  # the generation moved, but this story's stamp did not
    grown = client.get(f"/stories/{changed}").json()
    assert calls == [changed] and "a0008" in {a["id"] for a in grown["articles"]}


def test_an_article_stays_cached_until_the_story_it_is_in_changes(
    opened: Store, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import update

    from marsad.store import schema
    from marsad.store.sql import SqlStore

    rows = records(9)
    ingest(opened, _articles(tmp_path, rows[:8]))
    client, _ = _client(opened)
    first = client.get("/articles/a0001")
    assert "x-marsad-stamp" not in first.headers  # the cache's own, never sent
    story_id = first.json()["story"]
    # a0008 joins a0000's story, not a0001's
    _ingest_elsewhere(store_url, _articles(tmp_path, rows[8:]))
    calls = _counted_reads(opened, monkeypatch, "article")
    assert client.get("/articles/a0001").json() == first.json()
    assert calls == []  # the generation moved, but not the story a0001 is in
    assert isinstance(opened, SqlStore)
    m = schema.story_articles
    with opened.engine.begin() as connection:  # as a merge that moves it would
        connection.execute(update(m).where(m.c.article_id == "a0001").values(story_id="moved"))
    assert client.get("/articles/a0001").json()["story"] == "moved" != story_id
    assert calls == ["a0001"]


def _articles(tmp_path: Path, rows: list[dict[str, str]]) -> list[Article]:
    path = write_jsonl(tmp_path / f"{rows[0]['id']}.jsonl", rows)
    return list(load_articles([path], settings=Settings()).articles)


def test_the_compose_file_runs_one_worker_beside_the_serving_processes() -> None:
    from marsad.cli import load_commands
    from test_service_deploy import COMPOSE, _command, _envvars, _parse

    load_commands()  # `work` lives in a module of its own
    services = COMPOSE["services"]
    serve = _parse(services["serve"]["command"])
    assert serve["write_queue"] and not serve["worker"] and serve["workers"] == 2
    work = _parse(services["work"]["command"])
    assert work["once"] is False
    environment = services["work"]["environment"]
    assert environment["MARSAD_DB"] == services["serve"]["environment"]["MARSAD_DB"]
    assert set(environment) <= _envvars(_command("work"))
    assert "db" in services["work"]["depends_on"]


def test_the_write_queue_option_is_read_from_the_environment() -> None:
    from marsad.errors import SettingsError
    from marsad.service.deploy import read_service_config

    assert read_service_config({}).write_queue is True
    assert read_service_config({"MARSAD_WRITE_QUEUE": "false"}).write_queue is False
    with pytest.raises(SettingsError, match="MARSAD_WRITE_QUEUE: give true or false"):
        read_service_config({"MARSAD_WRITE_QUEUE": "maybe"})


def test_several_serving_processes_get_the_serve_options_as_variables() -> None:
    from marsad.service.deploy import read_service_config
    from marsad.service.serving import factory_environment

    options = {"db": "desk.db", "rate_limit": "off", "write_queue": "false"}
    environ = factory_environment(
        options, config=None, assignments=["max_page_size=7", "summary-words=80"], base={}
    )
    assert environ == {
        "MARSAD_DB": "desk.db",
        "MARSAD_RATE_LIMIT": "off",
        "MARSAD_WRITE_QUEUE": "false",
        "MARSAD_MAX_PAGE_SIZE": "7",
        "MARSAD_SUMMARY_WORDS": "80",
    }
    config = read_service_config(environ)
    assert config.db == "desk.db" and config.rate_limit is None and not config.write_queue
    assert config.settings.max_page_size == 7 and config.settings.summary_words == 80


def _counted_reads(opened: Store, monkeypatch: pytest.MonkeyPatch, method: str) -> list[str]:
    """The id of every one-item read (``method``: "story", "article") the store is asked for
    from now on."""
    calls: list[str] = []
    original = getattr(opened, method)

    def counting(wanted: str) -> Any:
        calls.append(wanted)
        return original(wanted)

    monkeypatch.setattr(opened, method, counting)
    return calls


def _ingest_elsewhere(store_url: str, articles: list[Article]) -> None:
    """Ingest through another handle on the store: nothing in this process hears of it."""
    writer = open_store(store_url)
    try:
        ingest(writer, articles)
    finally:
        writer.close()


def _counted_story_reads(opened: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ``q`` of every story list the store is asked for from now on (``"None"``: no query)."""
    calls: list[str] = []
    original = opened.stories

    def counting(**filters: Any) -> Any:
        calls.append(str(filters.get("q")))
        return original(**filters)

    monkeypatch.setattr(opened, "stories", counting)
    return calls


def test_a_list_is_kept_across_a_move_that_changed_no_story(
    opened: Store, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = records(9)
    ingest(opened, _articles(tmp_path, rows[:8]))
    client, _ = _client(opened, settings=Settings(list_stale_seconds=0))
    paths = ("/stories", "/stories?q=report", "/?q=report")
    before = {path: client.get(path) for path in paths}
    calls = _counted_story_reads(opened, monkeypatch)
    writer = open_store(store_url)
    try:
        assert isinstance(writer, SqlStore)
        seen = generation(writer)
        # Taken out of the write queue without a story (a repeat): the generation moves.
        done(writer, enqueue(writer, _articles(tmp_path, rows[:1])))
        assert generation(writer) > seen
        kept = {path: client.get(path) for path in paths}
        assert calls == []  # no story changed: every list answered from memory
        for path in paths:
            assert kept[path].content == before[path].content
            assert kept[path].headers.get("etag") == before[path].headers.get("etag")
        ingest(writer, _articles(tmp_path, rows[8:]))  # a0008 joins a story
    finally:
        writer.close()
    after = client.get("/stories")
    assert calls == ["None"] and after.content != before["/stories"].content
    assert after.headers["etag"] != before["/stories"].headers["etag"]


def test_a_search_changes_after_a_write_that_changes_it_and_stays_after_one_that_cannot(
    opened: Store, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = records(9)
    ingest(opened, _articles(tmp_path, rows[:8]))
    unentered, _ = _client(opened)  # lists may be served stale (Settings.list_stale_seconds)
    with unentered as client:
        _changed_then_kept(opened, store_url, tmp_path, monkeypatch, client, rows)


def _changed_then_kept(
    opened: Store,
    store_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    client: TestClient,
    rows: list[dict[str, str]],
) -> None:
    _eventually(lambda: client.get("/readyz").status_code == 200)
    path = "/stories?q=" + rows[8]["title"].split()[0]  # a word of a0008's title
    before = client.get(path)
    calls = _counted_story_reads(opened, monkeypatch)
    writer = open_store(store_url)
    try:
        assert isinstance(writer, SqlStore)
        done(writer, enqueue(writer, _articles(tmp_path, rows[:1])))  # a repeat: no story
        kept = client.get(path)
        assert calls == [] and kept.content == before.content  # cannot change it: kept
        assert kept.headers["etag"] == before.headers["etag"]
        ingest(writer, _articles(tmp_path, rows[8:]))  # a0008 joins a story it matches
    finally:
        writer.close()
    # Served from memory while one re-make runs in the background, then the new answer.
    assert client.get(path).content == before.content  # the stale answer, at once
    after = _eventually(lambda: (got := client.get(path)).content != before.content and got)
    assert after.status_code == 200
    story = client.get("/articles/a0008").json()["story"]
    assert story in {row["id"] for row in after.json()["stories"]}
    assert after.headers["etag"] != before.headers["etag"]
    fresh = client.get(path, headers={"If-None-Match": before.headers["etag"]})
    assert fresh.status_code == 200 and fresh.content == after.content
    assert client.get(path, headers={"If-None-Match": after.headers["etag"]}).status_code == 304
    assert len(calls) == 1  # made once, off the readers' path
    assert "marsad_cache_stale" in client.get("/metrics").text


def test_a_started_server_makes_the_newest_stories_before_it_says_ready(
    opened: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(opened, _articles(tmp_path, records(8)))
    newest = [row.id for row in opened.stories(limit=2).stories]
    original = opened.story
    calls: list[str] = []
    release = threading.Event()

    def held(wanted: str) -> Any:
        calls.append(wanted)
        release.wait(POLL_SECONDS)  # the warming waits here: not ready meanwhile
        return original(wanted)

    monkeypatch.setattr(opened, "story", held)
    app = create_app(opened, rate_limit=None, write_queue=True, settings=Settings(warm_stories=2))
    with TestClient(app) as client:
        _eventually(lambda: calls)
        waiting = client.get("/readyz")
        assert waiting.status_code == 503 and "warming" in waiting.json()["detail"]
        release.set()
        _eventually(lambda: client.get("/readyz").status_code == 200)
        assert sorted(set(calls)) == sorted(newest)
        calls.clear()
        for story_id in newest:
            for path in (f"/stories/{story_id}", f"/story/{story_id}"):
                answer = client.get(path, headers={"Accept-Encoding": "gzip"})
                assert answer.status_code == 200
                same = client.get(path, headers={"If-None-Match": answer.headers["etag"]})
                assert same.status_code == 304
        assert client.get("/stories", headers={"Accept-Encoding": "gzip"}).status_code == 200
        assert calls == []  # each made at start, none on a reader's request
        assert "marsad_cache_misses 0" in client.get("/metrics").text
    # What was kept is what a reader's first request makes (the same body and ETag).
    fresh = TestClient(create_app(opened, rate_limit=None, write_queue=True, cache=False))
    with TestClient(app) as client:
        _eventually(lambda: client.get("/readyz").status_code == 200)
        for story_id in newest:
            kept, made = (c.get(f"/stories/{story_id}") for c in (client, fresh))
            assert kept.json() == made.json() and kept.headers["etag"] == made.headers["etag"]


def test_a_cached_answer_is_not_given_to_a_request_from_another_origin(opened: Store) -> None:
    app = create_app(opened, rate_limit=None, cors_origins=("https://a.example",))
    client = TestClient(app)
    assert "access-control-allow-origin" not in client.get("/stories").headers  # now cached
    crossing = client.get("/stories", headers={"Origin": "https://a.example"})
    assert crossing.headers["access-control-allow-origin"] == "https://a.example"
    assert "access-control-allow-origin" not in client.get("/stories").headers
