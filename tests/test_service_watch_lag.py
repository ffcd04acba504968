"""The generation read with a lag (store/watch.py, Settings.generation_lag_seconds): a read begun
within the lag answers a request without a round trip, the next begins in the background past
half of it, and the stories each move changed are answered from the moves already read."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from fastapi import FastAPI

from marsad.errors import SettingsError
from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.service.app import create_app
from marsad.service.cache import ResponseCache
from marsad.settings import Settings
from marsad.store.changes import prune_changes
from marsad.store.inbox import GenerationWatch
from marsad.store.sql import SqlStore
from marsad.store.watch import AsyncGenerationWatch, _SharedReads

_databases = iter(range(1_000_000))


def test_a_read_within_the_lag_answers_without_a_round_trip() -> None:
    begun: list[float] = []

    async def scenario() -> list[int]:
        loop = asyncio.get_running_loop()

        async def read() -> int:
            begun.append(loop.time())
            await asyncio.sleep(0.01)
            return len(begun)

        shared = _SharedReads(loop, read, lag=0.4)
        values = [await shared.next()]  # nothing read yet: waits for the first read
        values += [await shared.next() for _ in range(10)]  # within the lag: no read
        await asyncio.sleep(0.25)  # past half the lag: answered now, the next read begins
        values.append(await shared.next())
        await asyncio.sleep(0.05)
        values.append(await shared.next())  # the read made in the background
        await asyncio.sleep(0.5)  # past the lag: waits for a read begun after it
        values.append(await shared.next())
        return values

    values = asyncio.run(scenario())
    assert values == [1] * 12 + [2, 3]
    assert len(begun) == 3


def test_without_a_lag_every_call_waits_for_a_read_begun_after_it() -> None:
    async def scenario() -> list[int]:
        count = 0

        async def read() -> int:
            nonlocal count
            count += 1
            return count

        shared = _SharedReads(asyncio.get_running_loop(), read)
        return [await shared.next() for _ in range(3)]

    assert asyncio.run(scenario()) == [1, 2, 3]


def test_a_failed_read_ahead_is_read_again_once_the_lag_is_past() -> None:
    async def scenario() -> tuple[int, int, int]:
        loop = asyncio.get_running_loop()
        calls = 0

        async def read() -> int:
            nonlocal calls
            calls += 1
            if calls == 2:  # the read ahead
                raise RuntimeError("the server went away")
            return calls

        shared = _SharedReads(loop, read, lag=0.1)
        first = await shared.next()
        await asyncio.sleep(0.07)
        kept = await shared.next()  # answered; the read ahead begins and fails
        await asyncio.sleep(0.1)
        again = await shared.next()  # past the lag: a read begun after it
        return first, kept, again

    assert asyncio.run(scenario()) == (1, 1, 3)


def test_the_lag_cannot_be_negative() -> None:
    with pytest.raises(SettingsError, match="generation_lag_seconds"):
        Settings(generation_lag_seconds=-1)


def _lag_of(app: FastAPI) -> float:
    (cached,) = [m for m in app.user_middleware if m.cls is ResponseCache]
    watch = cached.kwargs["generation"]
    assert isinstance(watch, AsyncGenerationWatch)
    return watch.lag


def _article(aid: str, text: str) -> Article:
    return Article(
        id=aid,
        title=f"خبر {aid}",
        text=text,
        source="وكالة",
        published=datetime(2022, 1, 1, tzinfo=UTC),
        published_certainty="stated",
    )


@pytest.mark.postgres
def test_the_changed_stories_come_with_the_generation_reads(postgres_base_url: str) -> None:
    from conftest_postgres import create_database

    store = open_store(create_database(postgres_base_url, f"lag_{next(_databases)}"))
    try:
        assert isinstance(store, SqlStore)
        blocking, watch = GenerationWatch(store), AsyncGenerationWatch(store, lag=30.0)
        flood = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم."
        port = "توقف عمال الميناء الجنوبي عن العمل احتجاجا على تأخر الأجور منذ ثلاثة أشهر كاملة."

        async def read() -> int:
            watch._reads = None  # a read now, not the one kept within the lag
            return await watch()

        first = asyncio.run(read())
        ingest(store, [_article("g1", flood)])
        second = asyncio.run(read())
        ingest(store, [_article("g2", port)])
        third = asyncio.run(read())
        assert first < second < third
        one, two = store.article("g1"), store.article("g2")
        assert one is not None and two is not None and one.story_id != two.story_id
        assert watch._linked(second) == (True, {two.story_id})
        assert watch._linked(first) == (True, {one.story_id, two.story_id})
        assert watch._linked(first + 1) == (False, None)  # not a generation this watch read
        for mark in (first, second, first + 1):  # from memory or one round trip: the same
            assert asyncio.run(watch.changes(mark)) == blocking.changes(mark)
        with store.engine.begin() as connection:
            floor = prune_changes(connection, keep=0)
        fourth = asyncio.run(read())
        ingest(store, [_article("g3", flood + " " + port)])
        assert asyncio.run(read()) > fourth and floor > first

        def three_id() -> str:
            found = store.article("g3")
            assert found is not None and found.story_id is not None
            return found.story_id

        # The moves read before the prune are still known here; off them, unknown as the store says.
        assert blocking.changes(first) is None and blocking.changes(first + 1) is None
        assert asyncio.run(watch.changes(first)) == {one.story_id, two.story_id, three_id()}
        assert asyncio.run(watch.changes(first + 1)) is None
        # Only a server whose POST queues lags: an inline POST's reads see it at once.
        assert _lag_of(create_app(store, write_queue=True)) == Settings().generation_lag_seconds
        assert _lag_of(create_app(store)) == 0.0
    finally:
        store.close()
