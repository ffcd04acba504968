"""Answers shared by the serving processes (service/shared.py): one process's answer serves
the others by the same freshness rules as their own (never past the documented staleness), and
the directory stays bounded."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from starlette.types import Message, Receive, Scope, Send

from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.service.cache import STAMP_HEADER, ResponseCache
from marsad.service.shared import SHARED_ENV, SharedAnswer, SharedAnswers, shared_answers
from marsad.service.warm import warm_paths


class _Process:
    """One serving process's app: counts the answers it makes, names its route, stamps a
    story's answer with the story (``/stories/{id}``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.made = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.made += 1
        scope["route"] = _Route(scope["path"])
        headers = [(b"etag", f'W/"{self.name}{self.made}"'.encode())]
        if scope["path"].startswith("/stories/"):
            story = scope["path"].rsplit("/", 1)[1]
            headers.append((STAMP_HEADER, f"{story} 1.000000 {story}".encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": f"{self.name} {self.made}".encode()})


class _Route:
    def __init__(self, path: str) -> None:
        self.path = path


async def _get(app: ResponseCache, path: str, query: bytes = b"") -> tuple[bytes, object]:
    sent: list[Message] = []
    scope: Scope = {"type": "http", "method": "GET", "path": path, "query_string": query}
    scope["headers"] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    assert sent[0]["status"] == 200
    return b"".join(m.get("body", b"") for m in sent[1:]), scope.get("route")


def _two(
    tmp_path: Path,
    generation: list[int],
    now: list[float],
    changed: frozenset[str],
    stale: float = 0.0,
) -> tuple[_Process, ResponseCache, _Process, ResponseCache]:
    """Two processes' caches over one store (``generation``) sharing ``tmp_path``; every move
    changed the stories ``changed``."""
    shared = SharedAnswers(tmp_path)
    made: list[tuple[_Process, ResponseCache]] = []
    for name in ("A", "B"):
        inner = _Process(name)
        cache = ResponseCache(
            inner,
            generation=lambda: generation[0],
            changes=lambda mark: changed,
            stale_seconds=stale,
            clock=lambda: now[0],
            shared=shared,
        )
        made.append((inner, cache))
    (a, cache_a), (b, cache_b) = made
    return a, cache_a, b, cache_b


def test_a_search_one_process_made_is_served_by_the_other_without_making_it(
    tmp_path: Path,
) -> None:
    generation, now = [1], [100.0]
    a, cache_a, b, cache_b = _two(tmp_path, generation, now, frozenset({"x"}))

    async def scenario() -> list[tuple[bytes, object]]:
        return [
            await _get(cache_a, "/stories", b"q=rain"),
            await _get(cache_b, "/stories", b"q=rain"),
        ]

    (first, _), (second, route) = asyncio.run(scenario())
    assert first == second == b"A 1"
    assert (a.made, b.made) == (1, 0)
    assert getattr(route, "path", None) == "/stories"  # the metrics still name the route
    assert (cache_b.stats.hits, cache_b.stats.misses) == (1, 0)


def test_a_shared_search_is_never_served_past_the_store_s_staleness(tmp_path: Path) -> None:
    generation, now = [1], [100.0]
    a, cache_a, b, cache_b = _two(tmp_path, generation, now, frozenset({"x"}), stale=30.0)

    async def scenario() -> list[bytes]:
        made = (await _get(cache_a, "/stories", b"q=rain"))[0]
        generation[0], now[0] = 2, 110.0  # a move that changed a story, 10 s later
        within = (await _get(cache_b, "/stories", b"q=rain"))[0]  # stale, within the bound
        await cache_b.revalidated()
        generation[0], now[0] = 3, 150.0  # 40 s after it was made: past the bound
        late = (await _get(cache_a, "/stories", b"q=rain"))[0]
        return [made, within, late]

    made, within, late = asyncio.run(scenario())
    assert made == within == b"A 1"
    assert b.made == 1  # B's one re-make in the background, at generation 2 (B 1)
    assert late == b"A 2" and a.made == 2  # B's answer (made at 110 s) is 40 s old: A made its own


def test_without_a_bound_a_shared_search_of_an_older_generation_is_made_again(
    tmp_path: Path,
) -> None:
    generation, now = [1], [100.0]
    _a, cache_a, b, cache_b = _two(tmp_path, generation, now, frozenset({"x"}))

    async def scenario() -> bytes:
        await _get(cache_a, "/stories", b"q=rain")
        generation[0] = 2  # a story changed: A's answer is no longer the store's
        return (await _get(cache_b, "/stories", b"q=rain"))[0]

    assert asyncio.run(scenario()) == b"B 1"
    assert b.made == 1


def test_a_shared_story_answer_is_kept_only_while_its_story_is_unchanged(tmp_path: Path) -> None:
    generation, now = [1], [100.0]
    changed = {2: frozenset({"b"}), 3: frozenset({"a"})}
    shared = SharedAnswers(tmp_path)
    caches = [
        ResponseCache(
            _Process(name),
            generation=lambda: generation[0],
            changes=lambda mark: changed[generation[0]],
            clock=lambda: now[0],
            shared=shared,
        )
        for name in ("A", "B")
    ]

    async def scenario() -> list[bytes]:
        made = (await _get(caches[0], "/stories/a"))[0]
        generation[0] = 2  # story b changed: A's answer of story a still holds
        kept = (await _get(caches[1], "/stories/a"))[0]
        generation[0] = 3  # story a changed
        return [made, kept, (await _get(caches[1], "/stories/a"))[0]]

    assert asyncio.run(scenario()) == [b"A 1", b"A 1", b"B 1"]


def test_a_newer_shared_answer_replaces_a_process_s_older_one(tmp_path: Path) -> None:
    generation, now = [1], [100.0]
    a, cache_a, b, cache_b = _two(tmp_path, generation, now, frozenset({"x"}))

    async def scenario() -> list[bytes]:
        both = [(await _get(c, "/stories", b"q=rain"))[0] for c in (cache_a, cache_b)]
        generation[0] = 2
        remade = (await _get(cache_a, "/stories", b"q=rain"))[0]
        return [*both, remade, (await _get(cache_b, "/stories", b"q=rain"))[0]]

    assert asyncio.run(scenario()) == [b"A 1", b"A 1", b"A 2", b"A 2"]
    assert (a.made, b.made) == (2, 0)


def _answer(body: bytes = b"body", generation: int = 3) -> SharedAnswer:
    return SharedAnswer(
        generation=generation,
        fresh_at=12.5,
        headers=[(b"etag", b'W/"e"'), (b"content-encoding", b"gzip")],
        body=body,
        route="/stories/{story_id}",
        stamp=("s1", "1.000000 s1"),
        listing=False,
    )


def test_a_shared_answer_reads_back_as_written_and_a_bad_file_is_no_answer(tmp_path: Path) -> None:
    answers = SharedAnswers(tmp_path, file_bytes=100)
    key = ("/stories/s1", b"", True, None)
    answers.put(key, _answer())
    assert answers.get(key) == _answer()
    assert answers.get(("/stories/s1", b"", False, None)) is None  # another key
    answers.put(("/big", b"", True, None), _answer(b"x" * 101))  # larger than a file may be
    assert answers.get(("/big", b"", True, None)) is None
    for file in tmp_path.iterdir():
        file.write_bytes(b"\x00\x00\x00\x09not json")
    assert answers.get(key) is None
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(".")]  # no half-written file


def test_the_shared_directory_keeps_at_most_its_bound(tmp_path: Path) -> None:
    answers = SharedAnswers(tmp_path, files=10)
    for number in range(600):  # pruned every 256 writes
        answers.put((f"/stories/{number}", b"", True, None), _answer())
    answers.prune()
    assert len(list(tmp_path.iterdir())) == 10


def test_a_serving_process_shares_only_a_directory_its_server_made(tmp_path: Path) -> None:
    assert shared_answers({}) is None
    assert shared_answers({SHARED_ENV: str(tmp_path / "gone")}) is None
    found = shared_answers({SHARED_ENV: str(tmp_path)})
    assert found is not None and found.directory == tmp_path


def test_the_warming_makes_the_newest_stories_articles(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'marsad.db'}")
    try:
        text = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم."
        ingest(store, [_article("w1", text), _article("w2", text + " وقال المحافظ إن الوضع صعب.")])
        paths = warm_paths(store, 5)
        stories = store.stories(limit=5).stories
        assert paths[:2] == ["/", "/stories"]
        assert {f"/stories/{row.id}" for row in stories} <= set(paths)
        assert {"/articles/w1", "/articles/w2"} <= set(paths)
        assert len(paths) == len(set(paths))
    finally:
        store.close()


def _article(aid: str, text: str) -> Article:
    return Article(
        id=aid,
        title=f"خبر {aid}",
        text=text,
        source=f"وكالة {aid}",
        published=datetime(2022, 1, 1, tzinfo=UTC),
        published_certainty="stated",
    )
