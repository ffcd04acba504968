"""The response cache (service/cache.py) on its own: concurrent misses make one answer; the\ngeneration it is keyed by, read cheaply and always fresh (store/inbox.py)."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.service.cache import MAX_REMAKES, STAMP_HEADER, ResponseCache
from marsad.store.changes import prune_changes
from marsad.store.inbox import GenerationWatch, done, enqueue, generation
from marsad.store.sql import SqlStore
from marsad.store.watch import AsyncGenerationWatch


class _Counting:
    """An app that counts the answers it makes, and yields to the loop while making one."""

    def __init__(self) -> None:
        self.made = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.made += 1
        number = self.made
        for _ in range(5):
            await asyncio.sleep(0)  # let the other requests arrive while this one is made
        body = f"answer {number}".encode()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})


def _get(path: str, query: bytes) -> Scope:
    return {"type": "http", "method": "GET", "path": path, "query_string": query, "headers": []}


async def _request(app: ResponseCache, path: str, query: bytes = b"") -> bytes:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(_get(path, query), receive, send)
    assert sent[0]["status"] == 200
    return b"".join(m.get("body", b"") for m in sent[1:])


def test_concurrent_misses_of_one_page_make_it_once_per_generation() -> None:
    inner = _Counting()
    generation = [1]
    cache = ResponseCache(inner, generation=lambda: generation[0])

    async def burst() -> list[bytes]:
        return await asyncio.gather(*(_request(cache, "/stories") for _ in range(50)))

    first = asyncio.run(burst())
    assert inner.made == 1
    assert set(first) == {b"answer 1"}
    assert (cache.stats.hits, cache.stats.misses) == (49, 1)

    generation[0] = 2  # a write: the next burst makes the answer again, once
    second = asyncio.run(burst())
    assert inner.made == 2
    assert set(second) == {b"answer 2"}


def test_different_pages_missed_together_are_each_made() -> None:
    inner = _Counting()
    cache = ResponseCache(inner, generation=lambda: 1)

    async def burst() -> list[bytes]:
        asked = [("/stories", b""), ("/stories", b"page=2"), ("/", b"")] * 10
        return await asyncio.gather(*(_request(cache, p, q) for p, q in asked))

    answers = asyncio.run(burst())
    assert inner.made == 3
    assert len(set(answers)) == 3


def test_the_generation_is_read_on_the_driver_cursor_and_sees_each_write(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(store_url)
    try:
        assert isinstance(store, SqlStore)
        watch = GenerationWatch(store)
        before = watch()

        def no_statement(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("the generation is read on the driver's cursor")

        with monkeypatch.context() as patched:
            patched.setattr(Connection, "execute", no_statement)
            assert watch() == before
        ingest(store, [_article("g1")])  # a write moves it; the watch's next read sees it
        with monkeypatch.context() as patched:
            patched.setattr(Connection, "execute", no_statement)
            after = watch()
        assert after > before and after == generation(store)
    finally:
        store.close()


def test_the_generation_watch_reconnects_after_a_broken_connection(store_url: str) -> None:
    store = open_store(store_url)
    try:
        assert isinstance(store, SqlStore)
        watch = GenerationWatch(store)
        first = watch()
        assert watch._connection is not None
        watch._connection.connection.dbapi_connection.close()  # type: ignore[union-attr]
        assert watch() == first  # one error, one reconnect, the same answer
    finally:
        store.close()


def _postgres_url(base: str) -> str:
    from conftest_postgres import create_database

    return create_database(base, f"watch_{next(_databases)}")


_databases = iter(range(1_000_000))


def test_the_awaited_watch_reads_what_the_blocking_one_reads(postgres_base_url: str) -> None:
    store = open_store(_postgres_url(postgres_base_url))
    try:
        assert isinstance(store, SqlStore)
        blocking, awaited = GenerationWatch(store), AsyncGenerationWatch(store)
        before = asyncio.run(awaited())
        assert before == blocking()
        ingest(store, [_article("w1")])
        found = store.article("w1")
        assert found is not None and found.story_id is not None
        story_id = found.story_id

        async def after() -> tuple[int, str | None, str | None]:
            return (
                await awaited(),
                await awaited.story_stamp(story_id),
                await awaited.story_stamp("nope"),
            )

        moved, stamp, missing = asyncio.run(after())  # a new loop: the watch reconnects
        assert moved > before and moved == generation(store)
        assert stamp is not None and stamp == blocking.story_stamp(story_id)
        assert missing is None
    finally:
        store.close()


def test_the_awaited_watch_lets_the_loop_serve_while_its_read_waits(
    postgres_base_url: str,
) -> None:
    """A read held up by the server (here a lock; under load, a process waiting for a core)
    leaves the event loop free: other work runs meanwhile, and the read then completes."""
    import psycopg

    url = _postgres_url(postgres_base_url)
    store = open_store(url)
    try:
        assert isinstance(store, SqlStore)
        watch = AsyncGenerationWatch(store)
        blocker = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
        # Should the read block the loop, the lock still goes after 5 s (and the test fails).
        release = threading.Timer(5.0, blocker.rollback)

        async def scenario() -> tuple[int, int, bool]:
            first = await watch()
            blocker.execute("LOCK TABLE store_generation IN ACCESS EXCLUSIVE MODE")
            release.start()
            read = asyncio.create_task(watch())
            ticks = 0
            for _ in range(20):
                await asyncio.sleep(0.01)
                ticks += 1
            pending = not read.done()
            release.cancel()
            blocker.rollback()
            assert await read == first
            return first, ticks, pending

        _first, ticks, pending = asyncio.run(scenario())
        assert ticks == 20 and pending
        blocker.close()
    finally:
        store.close()


def test_the_awaited_watch_reconnects_after_a_broken_connection(postgres_base_url: str) -> None:
    store = open_store(_postgres_url(postgres_base_url))
    try:
        assert isinstance(store, SqlStore)
        watch = AsyncGenerationWatch(store)

        async def twice() -> tuple[int, int]:
            first = await watch()
            assert watch._connection is not None
            watch._connection.pgconn.finish()  # the socket goes, as when the server restarts
            return first, await watch()

        first, second = asyncio.run(twice())
        assert first == second  # one error, one reconnect, the same answer
    finally:
        store.close()


def _article(aid: str) -> Article:
    return Article(
        id=aid,
        title=f"خبر {aid}",
        text="فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم.",
        source="وكالة",
        published=datetime(2022, 1, 1, tzinfo=UTC),
        published_certainty="stated",
    )


def test_generation_reads_waiting_together_share_one_that_begins_after_each_arrived() -> None:
    from marsad.store.watch import _SharedReads

    value = 0
    begun: list[int] = []

    async def read() -> int:  # a round trip that waits for the server
        begun.append(value)
        await asyncio.sleep(0.05)
        return len(begun)

    async def scenario() -> tuple[list[int], list[int]]:
        nonlocal value
        shared = _SharedReads(asyncio.get_running_loop(), read)
        first = asyncio.create_task(shared.next())
        await asyncio.sleep(0.01)  # the first read has begun: later calls may not share it
        value = 1  # a write committed after the first read began
        later = [asyncio.create_task(shared.next()) for _ in range(20)]
        return [await first], list(await asyncio.gather(*later))

    first, later = asyncio.run(scenario())
    assert first == [1] and later == [2] * 20  # 21 calls, two reads
    assert begun == [0, 1]  # the second began after the write the 20 calls came after


class _Stamped:
    """An app answering ``/stories/{id}`` with the story's stamp header and a list otherwise,
    counting the answers it makes."""

    def __init__(self) -> None:
        self.made = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.made += 1
        headers = []
        if scope["path"].startswith("/stories/"):
            story = scope["path"].rsplit("/", 1)[1]
            headers.append((STAMP_HEADER, f"{story} 1.000000 {story}".encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": f"answer {self.made}".encode()})


def test_a_move_keeps_the_answers_whose_stories_it_did_not_change() -> None:
    inner = _Stamped()
    generation = [1]
    changed: dict[int, frozenset[str] | None] = {}
    asked: list[int] = []

    def changes(mark: int) -> frozenset[str] | None:
        asked.append(mark)
        return changed[generation[0]]

    def no_stamp(key: str) -> str:
        raise AssertionError("the changed stories decide; no stamp is read")

    cache = ResponseCache(inner, generation=lambda: generation[0], changes=changes, stamps=no_stamp)

    async def read(path: str, query: bytes = b"") -> bytes:
        return await _request(cache, path, query)

    async def scenario() -> list[bytes]:
        first = [await read("/stories", b"q=rain"), await read("/stories/a"), await read("/")]
        generation[0], changed[2] = 2, frozenset()  # a move that changed no story
        kept = [await read("/stories", b"q=rain"), await read("/stories/a"), await read("/")]
        generation[0], changed[3] = 3, frozenset({"b"})  # another story changed
        after = [await read("/stories", b"q=rain"), await read("/stories/a"), await read("/")]
        generation[0], changed[4] = 4, frozenset({"a"})  # this story changed
        last = [await read("/stories/a")]
        return first + kept + after + last

    bodies = asyncio.run(scenario())
    assert bodies[:3] == [b"answer 1", b"answer 2", b"answer 3"]
    assert bodies[3:6] == bodies[:3]  # nothing changed: all three kept
    assert bodies[6:9] == [b"answer 4", b"answer 2", b"answer 5"]  # the lists made afresh
    assert bodies[9] == b"answer 6"
    assert asked == [1, 2, 3]  # once per generation an entry was made at, per move


def test_unknown_changes_fall_back_to_the_stamp() -> None:
    inner = _Stamped()
    generation = [1]
    cache = ResponseCache(
        inner,
        generation=lambda: generation[0],
        changes=lambda mark: None,  # pruned: the store cannot tell
        stamps=lambda key: f"{key} 1.000000 {key}".split(" ", 1)[1],
    )

    async def scenario() -> list[bytes]:
        first = [await _request(cache, "/stories"), await _request(cache, "/stories/a")]
        generation[0] = 2
        return [*first, await _request(cache, "/stories"), await _request(cache, "/stories/a")]

    assert asyncio.run(scenario()) == [b"answer 1", b"answer 2", b"answer 3", b"answer 2"]


def test_the_store_records_which_stories_each_move_changed(store_url: str) -> None:
    store = open_store(store_url)
    try:
        assert isinstance(store, SqlStore)
        watch = GenerationWatch(store)
        ingest(store, [_article("c1")])
        first = store.article("c1")
        assert first is not None and first.story_id is not None
        mark = watch()
        assert watch.changes(mark) == frozenset()
        seqs = enqueue(store, [_article("c9")])
        done(store, seqs)  # the write queue moves the generation, no story changes
        assert watch() > mark and watch.changes(mark) == frozenset()
        other = Article(
            id="c2",
            title="Harbour strike",
            text="Dock workers at the northern port stopped work over unpaid wages on Monday.",
            source="wire",
            lang="en",
            published=datetime(2022, 3, 1, tzinfo=UTC),
            published_certainty="stated",
        )
        ingest(store, [other])
        second = store.article("c2")
        assert second is not None and second.story_id not in (None, first.story_id)
        assert watch.changes(mark) == {second.story_id}
        if store.engine.dialect.name == "postgresql":
            asynced = AsyncGenerationWatch(store)
            assert asyncio.run(asynced.changes(mark)) == {second.story_id}
        with store.engine.begin() as connection:
            floor = prune_changes(connection, keep=0)
        assert floor > mark and watch.changes(mark) is None  # pruned: unknown
        assert watch.changes(floor) == frozenset()
    finally:
        store.close()


class _Tagged(_Counting):
    """_Counting with an ETag per answer, and a 304 when asked with the current one."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        asked = dict(scope["headers"]).get(b"if-none-match")
        self.made += 1
        for _ in range(5):
            await asyncio.sleep(0)
        etag = f'W/"{self.made}"'.encode()
        if asked == etag:
            await send({"type": "http.response.start", "status": 304, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        headers = [(b"etag", etag)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": f"answer {self.made}".encode()})


async def _status(app: ResponseCache, path: str, query: bytes, etag: bytes) -> int:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app({**_get(path, query), "headers": [(b"if-none-match", etag)]}, receive, send)
    return int(sent[0]["status"])


def test_a_changed_search_is_served_stale_while_made_again_once_within_the_bound() -> None:
    inner = _Tagged()
    generation, now = [1], [100.0]
    cache = ResponseCache(
        inner,
        generation=lambda: generation[0],
        changes=lambda mark: frozenset({"b"}),  # every move changed story b
        stale_seconds=30.0,
        clock=lambda: now[0],
    )

    async def scenario() -> list[object]:
        first = await _request(cache, "/stories", b"q=rain")
        generation[0], now[0] = 2, 110.0  # a move that changed a story, 10 s later
        # 50 readers at once: each answered the previous answer, one re-make in the background.
        burst = await asyncio.gather(*(_request(cache, "/stories", b"q=rain") for _ in range(50)))
        made_during = inner.made
        # Its ETag still names what it was sent with: 304 for the stale answer's own ETag.
        old_etag = await _status(cache, "/stories", b"q=rain", b'W/"1"')
        await cache.revalidated()
        fresh = await _request(cache, "/stories", b"q=rain")
        renewed = await _status(cache, "/stories", b"q=rain", b'W/"1"')
        generation[0], now[0] = 3, 141.0  # the next move, 31 s after the re-make read the store
        late = await _request(cache, "/stories", b"q=rain")
        return [first, set(burst), made_during, old_etag, fresh, renewed, late]

    first, burst, made_during, old_etag, fresh, renewed, late = asyncio.run(scenario())
    assert first == b"answer 1" and burst == {b"answer 1"}
    assert made_during == 2  # the first answer and one re-make for the 50 readers
    assert old_etag == 304
    assert fresh == b"answer 2" and inner.made == 3  # the re-make (a whole 200), then the late one
    assert renewed == 200  # the new answer's ETag is its own
    assert late == b"answer 3"  # older than the bound: made on the request, not served stale
    assert (cache.stats.stale, cache.stats.misses) == (51, 2)


def test_without_a_bound_a_changed_list_is_never_served_stale() -> None:
    inner = _Counting()
    generation = [1]
    cache = ResponseCache(
        inner, generation=lambda: generation[0], changes=lambda mark: frozenset({"b"})
    )

    async def scenario() -> list[bytes]:
        first = await _request(cache, "/stories", b"q=rain")
        generation[0] = 2
        return [first, await _request(cache, "/stories", b"q=rain")]

    assert asyncio.run(scenario()) == [b"answer 1", b"answer 2"]
    assert cache.stats.stale == 0


def test_a_story_answer_is_never_served_stale() -> None:
    inner = _Stamped()
    generation = [1]
    cache = ResponseCache(
        inner,
        generation=lambda: generation[0],
        changes=lambda mark: frozenset({"a"}),
        stale_seconds=30.0,
    )

    async def scenario() -> list[bytes]:
        first = await _request(cache, "/stories/a")
        generation[0] = 2  # story a changed
        return [first, await _request(cache, "/stories/a")]

    assert asyncio.run(scenario()) == [b"answer 1", b"answer 2"]


def _stale_cache(inner: ASGIApp, generation: list[int], now: list[float]) -> ResponseCache:
    return ResponseCache(
        inner,
        generation=lambda: generation[0],
        changes=lambda mark: frozenset({"b"}),  # every move changed story b
        stale_seconds=30.0,
        clock=lambda: now[0],
    )


async def _post(app: ResponseCache, path: str) -> None:
    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        return None

    await app({**_get(path, b""), "method": "POST"}, receive, send)


@pytest.mark.parametrize(("own_writes", "after"), [(True, b"answer 3"), (False, b"answer 1")])
def test_a_write_this_process_answered_is_seen_by_its_next_list_read(
    own_writes: bool, after: bytes
) -> None:
    inner = _Counting()
    generation, now = [1], [100.0]
    cache = ResponseCache(
        inner,
        generation=lambda: generation[0],
        changes=lambda mark: frozenset({"b"}),
        stale_seconds=30.0,
        own_writes=own_writes,
        clock=lambda: now[0],
    )

    async def scenario() -> list[bytes]:
        first = await _request(cache, "/stories")
        now[0] = 105.0
        await _post(cache, "/articles")  # the write (answered by the app: answer 2)
        generation[0] = 2
        found = await _request(cache, "/stories")
        await cache.revalidated()
        return [first, found]

    # Within the bound, but older than the write: made on the request, not served stale. Behind
    # a write queue (``own_writes`` False) the POST wrote no story: the list is served stale.
    assert asyncio.run(scenario()) == [b"answer 1", after]
    assert cache.stats.stale == (0 if own_writes else 1)


def test_an_unchanged_read_renews_how_long_a_list_may_be_served_stale() -> None:
    inner = _Counting()
    generation, now = [1], [100.0]
    cache = _stale_cache(inner, generation, now)

    async def scenario() -> list[bytes]:
        first = await _request(cache, "/stories")
        now[0] = 200.0  # a quiet spell: read again, unchanged
        again = await _request(cache, "/stories")
        generation[0], now[0] = 2, 210.0  # a move, 10 s after the last read that matched
        stale = await _request(cache, "/stories")
        await cache.revalidated()
        return [first, again, stale]

    assert asyncio.run(scenario()) == [b"answer 1", b"answer 1", b"answer 1"]
    assert cache.stats.stale == 1 and inner.made == 2


class _Gone(_Counting):
    """Answers 200 first, then 404 (a storyline merged away)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.made += 1
        status = 200 if self.made == 1 else 404
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"gone" if status == 404 else b"ok"})


def test_a_stale_answer_whose_re_make_is_not_a_200_is_dropped() -> None:
    inner = _Gone()
    generation, now = [1], [100.0]
    cache = _stale_cache(inner, generation, now)

    async def scenario() -> int:
        await _request(cache, "/storylines/s1")
        generation[0], now[0] = 2, 105.0
        await _request(cache, "/storylines/s1")  # stale, re-made in the background: a 404
        await cache.revalidated()
        return await _status(cache, "/storylines/s1", b"", b'W/"x"')

    assert asyncio.run(scenario()) == 404  # asked of the app again, not the stale 200
    assert inner.made == 3


def test_background_re_makes_are_bounded() -> None:
    inner = _Counting()
    generation, now = [1], [100.0]
    cache = _stale_cache(inner, generation, now)
    queries = [f"q={n}".encode() for n in range(3 * MAX_REMAKES)]

    async def scenario() -> int:
        for query in queries:
            await _request(cache, "/stories", query)
        generation[0], now[0] = 2, 105.0
        await asyncio.gather(*(_request(cache, "/stories", query) for query in queries))
        running = len(cache._tasks)
        await cache.revalidated()
        return running

    assert asyncio.run(scenario()) == MAX_REMAKES
    assert cache.stats.stale == len(queries)  # every reader answered at once all the same
