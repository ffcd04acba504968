"""The newsroom over a store: each article analysed once, stories rebuilt from the stored
analyses, pages read what was stored, old stores migrated on open (SQLite and PostgreSQL)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import marsad.newsroom.analysis
import marsad.newsroom.core
import marsad.newsroom.early
import marsad.newsroom.evidence
import marsad.newsroom.rebuild
import marsad.store.writer
from marsad.ingest import load_articles
from marsad.model import Article
from marsad.newsroom import Newsroom, digest, ingest, open_store
from marsad.newsroom.core import in_date_order, settled_before
from marsad.newsroom.early import EarlyBuilds
from marsad.newsroom.rebuild import Work
from marsad.settings import Settings
from marsad.store import Store
from marsad.store.migrations import MIGRATIONS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx vs httpx2
    from fastapi.testclient import TestClient

from marsad.service.app import create_app

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
FLOOD_2 = (
    "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
)
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)
DAY = datetime(2022, 1, 1, tzinfo=UTC)
LATEST = MIGRATIONS[-1][0]  # the schema version a store is migrated to


def _article(aid: str, body: str, source: str = "وكالة", day: float = 0) -> Article:
    return Article(
        id=aid,
        title=f"خبر {aid}",
        text=body,
        source=source,
        published=DAY + timedelta(days=day),
        published_certainty="stated",
    )


def _examples() -> list[Article]:
    return list(load_articles([EXAMPLES], settings=Settings()).articles)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


class _Counting:
    """Wraps a function of marsad.newsroom.core and .analysis (or ``module``) and counts its
    calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, module: Any = None) -> None:
        self.calls = 0
        modules = [module] if module else [marsad.newsroom.core, marsad.newsroom.analysis]
        for each in modules:
            original = getattr(each, name)

            def counted(*args: Any, original: Any = original, **kwargs: Any) -> Any:
                self.calls += 1
                return original(*args, **kwargs)

            monkeypatch.setattr(each, name, counted)


def test_a_growing_story_is_rebuilt_without_analysing_its_members_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed = _Counting(monkeypatch, "analyse")
    newsroom = Newsroom(store)
    first = newsroom.ingest([_article("f1", FLOOD)]).stories
    assert newsroom.ingest([_article("f2", f"{FLOOD_2} {FLOOD}", "صحيفة", 0.2)]).stories == first
    # A second newsroom (another process) reads f1's and f2's analyses from the store.
    assert Newsroom(store).ingest([_article("f3", FLOOD, "ثالثة", 0.3)]).stories == first
    assert analysed.calls == 3  # one per article, never again for a rebuild
    stored = store.story(first[0])
    assert stored is not None and {a.id for a in stored.story.articles} == {"f1", "f2", "f3"}
    assert store.check_integrity() == []


def test_a_bulk_ingest_rebuilds_each_changed_story_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _Counting(monkeypatch, "build_one", marsad.newsroom.rebuild)
    articles = [_article(f"f{n}", FLOOD, f"o{n}", n / 10) for n in range(4)]
    articles.append(_article("c", CUP, "o9", 0.5))
    report = Newsroom(store).ingest(articles, batch_size=1)
    assert report.added == 5 and len(report.stories) == 2
    assert built.calls == 2  # not once per batch
    assert store.counts()["pending"] == 0 and store.check_integrity() == []


def test_the_stored_analysis_is_what_the_summary_points_at(store: Store) -> None:
    ingest(store, _examples())
    for row in store.stories().stories:
        stored = store.story(row.id)
        assert stored is not None
        documents = store.documents([a.id for a in stored.story.articles])
        assert set(documents) == {a.id for a in stored.story.articles}
        for sentence in stored.story.summary:
            for ref in sentence.refs:  # each reference names a stored sentence
                assert documents[ref.article].sentences[ref.sentence].text.strip()
            said = documents[sentence.article].sentences[sentence.sentence].text
            assert sentence.text.split()[0] in said


def test_pages_and_the_api_never_analyse(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(store_url)
    try:
        ingest(store, _examples())

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("a page analysed an article")

        import marsad.clean
        import marsad.lang
        import marsad.service.pages

        for module, name in (
            (marsad.lang, "analyse"),
            (marsad.clean, "clean_articles"),
            (marsad.clean, "clean_with"),
            (marsad.newsroom.core, "analyse"),
            (marsad.service.pages, "analyse"),  # names a page module might import
            (marsad.service.pages, "clean_articles"),
        ):
            monkeypatch.setattr(module, name, refuse, raising=False)
        client = TestClient(create_app(store))
        story_id = client.get("/stories").json()["stories"][0]["id"]
        page = client.get(f"/story/{story_id}")
        assert page.status_code == 200
        stored = store.story(story_id)
        assert stored is not None
        first = stored.story.summary[0]
        documents = store.documents([first.article])
        wording = documents[first.article].sentences[first.sentence].text.split()[0]
        assert wording in page.text
        article = client.get(f"/article/{first.article}")
        assert article.status_code == 200 and f'id="s{first.sentence}"' in article.text
        assert client.get(f"/stories/{story_id}").status_code == 200
    finally:
        store.close()


def test_ingest_and_digest_make_the_same_stories_of_the_example(store: Store) -> None:
    ingest(store, _examples())
    made = {frozenset(a.id for a in story.articles): story for story in digest(_examples()).stories}
    stored = [store.story(row.id) for row in store.stories().stories]
    kept = {frozenset(a.id for a in s.story.articles): s.story for s in stored if s is not None}
    assert set(kept) == set(made)
    assert all(kept[members].title == made[members].title for members in made)


def test_an_old_store_is_migrated_and_its_articles_analysed_once(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(store_url)
    story_id = ingest(store, [_article("f1", FLOOD)]).stories[0]
    engine = store.engine  # type: ignore[attr-defined]
    with engine.begin() as connection:  # back to schema 5: no analyses, no pending stories
        connection.execute(text("DROP TABLE article_analyses"))
        connection.execute(text("DROP TABLE stories_pending"))
        connection.execute(text("DELETE FROM schema_version WHERE version >= 6"))
    store.close()
    store = open_store(store_url)
    try:
        assert store.counts()["schema_version"] == LATEST and store.documents(["f1"]) == {}
        analysed = _Counting(monkeypatch, "analyse")
        grown = ingest(store, [_article("f2", f"{FLOOD_2} {FLOOD}", "صحيفة", 0.1)])
        assert grown.stories == [story_id]
        assert analysed.calls == 2  # the new article, and the old one once for its story
        assert set(store.documents(["f1", "f2"])) == {"f1", "f2"}
        ingest(store, [_article("f3", FLOOD, "ثالثة", 0.2)])
        assert analysed.calls == 3  # f1's analysis is stored now
        stored = store.story(story_id)
        assert stored is not None and len(stored.story.articles) == 3
        assert store.check_integrity() == []
    finally:
        store.close()


def test_settings_come_from_the_store_s_settings(store_url: str) -> None:
    strict = Settings(stream_story_threshold=0.99, stream_storyline_threshold=0.98)
    store = open_store(store_url, settings=strict)
    try:
        newsroom = Newsroom(store)
        assert newsroom.settings is strict
        report = newsroom.ingest(
            [_article("f1", FLOOD), _article("f2", f"{FLOOD_2} {FLOOD}", "صحيفة", 0.1)]
        )
        assert len(report.stories) == 2  # the strict threshold keeps them apart
    finally:
        store.close()


def test_a_story_marked_again_with_the_same_inputs_is_not_rebuilt(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(store_url)
    try:
        newsroom = Newsroom(store)
        (story_id,) = newsroom.ingest([_article("f1", FLOOD)]).stories
        built = _Counting(monkeypatch, "build_one", marsad.newsroom.rebuild)
        with store.batch() as writer:  # as a crashed writer leaves it, or a merge re-marks it
            writer.mark_pending([story_id])
        assert newsroom.rebuild() == 1 and built.calls == 0
        assert store.counts()["pending"] == 0
        # Other settings (a longer summary) are other inputs: the row is built again.
        longer = Newsroom(store, replace(store.settings, summary_words=200))
        with store.batch() as writer:
            writer.mark_pending([story_id])
        assert longer.rebuild() == 1 and built.calls == 1
    finally:
        store.close()


def test_rebuilds_on_the_process_pool_store_the_same_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marsad.newsroom.rebuild, "POOL_ARTICLES", 1)
    rows = []
    for workers in (1, 2):
        store = open_store(str(tmp_path / f"w{workers}.db"))
        newsroom = Newsroom(store, workers=workers)
        try:
            newsroom.ingest(_examples())
            newsroom.ingest([_article("f1", FLOOD), _article("c1", CUP, "صحيفة")])
            assert (newsroom._pool is not None) == (workers > 1)
            stories = [store.story(row.id) for row in store.stories().stories]
            made = [s.story.to_dict() for s in stories if s is not None]
            rows.append(sorted(made, key=lambda story: str(story["id"])))
        finally:
            newsroom.close()
            store.close()
    assert rows[0] == rows[1] and len(rows[0]) >= 3


def test_the_last_rounds_of_a_pooled_rebuild_are_built_on_the_pool(store: Store) -> None:
    """A small round after a round built on the pool (the tail of a bulk rebuild) is built
    on the pool too, not in this process while the pool idles; a lone small one is not."""
    newsroom = Newsroom(store, workers=2)
    small = [Work("a", [], {}), Work("b", [], {})]
    try:
        assert newsroom._engine_for(small) is None
        assert newsroom._engine_for(small, pooled=True) is not None
        assert newsroom._engine_for(small[:1], pooled=True) is None  # one story: here
    finally:
        newsroom.close()


def _stories(store: Store) -> dict[str, Any]:
    found = {}
    for row in store.stories(limit=500).stories:
        stored = store.story(row.id)
        assert stored is not None
        found[row.id] = stored.story
    return found


def _search_texts(store: Store) -> list[tuple[str, str]]:
    """Every article's and story's stored search text, by id."""
    engine = store.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        query = "SELECT id, search_text FROM articles UNION ALL SELECT id, search_text FROM stories"
        rows = connection.execute(text(query)).all()
    assert len(rows) > 3
    return sorted((row.id, row.search_text) for row in rows)


def test_a_large_batch_is_analysed_on_the_pool_with_the_same_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From POOL_ARTICLES new articles, the cleaning marks, cleaning, analysis, what each
    article says, its search text and its stored analysis are made on the newsroom's pool
    (none in this process), and the stories, search texts and stored analyses are those of
    one process."""
    articles = [*_examples(), *(_article(f"f{n}", FLOOD, f"o{n}", n / 10) for n in range(3))]
    articles.append(_article("c", CUP, "o9", 0.5))
    here = open_store(str(tmp_path / "here.db"))
    pooled = open_store(str(tmp_path / "pooled.db"))
    try:
        Newsroom(here, workers=1).ingest(articles)
        monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 2)
        analysed = _Counting(monkeypatch, "analyse")
        said = _Counting(monkeypatch, "document_mentions", marsad.newsroom.rebuild)
        searched = _Counting(monkeypatch, "search_text", marsad.newsroom.core)
        marked = _Counting(monkeypatch, "marks_of", marsad.newsroom.evidence)
        encoded = _Counting(monkeypatch, "encode_document", marsad.store.writer)
        newsroom = Newsroom(pooled, workers=2)
        try:
            newsroom.ingest(articles)
        finally:
            newsroom.close()
        assert analysed.calls == 0 and said.calls == 0 and searched.calls == 0  # on the pool
        assert marked.calls == 0  # the cleaning marks too
        assert encoded.calls == 0  # and the analyses as stored
        assert _stories(pooled) == _stories(here)
        assert len(_stories(here)) == 3
        assert _search_texts(pooled) == _search_texts(here)
        assert _analyses(pooled) == _analyses(here)
    finally:
        here.close()
        pooled.close()


def _analyses(store: Store) -> list[tuple[str, bytes]]:
    """Every stored analysis, as stored, by article id."""
    engine = store.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT article_id, data FROM article_analyses")).all()
    assert len(rows) > 3
    return sorted((row.article_id, bytes(row.data)) for row in rows)


def test_stories_are_built_with_the_write_lock_let_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a newsroom builds its stories, another writer (another process) may write; a
    story it changed meanwhile is not overwritten with the older build."""
    target = str(tmp_path / "two.db")
    store, other = open_store(target), open_store(target)
    try:
        first = Newsroom(store, workers=1)
        story = first.ingest([_article("f1", FLOOD)]).stories
        build = marsad.newsroom.core.build_stories
        calls: list[list[str]] = []

        def build_while_another_writes(*args: Any) -> Any:
            calls.append([item.story_id for item in args[0]])
            if len(calls) == 1:  # the other writer adds to the story being built
                late = _article("f2", f"{FLOOD_2} {FLOOD}", "صحيفة", 0.2)
                assert Newsroom(other, workers=1).ingest([late]).stories == story
            return build(*args)

        monkeypatch.setattr(marsad.newsroom.core, "build_stories", build_while_another_writes)
        assert first.ingest([_article("f3", FLOOD, "ثالثة", 0.3)]).stories == story
        assert calls[0] == story and calls[1] == story
        stored = store.story(story[0])
        assert stored is not None
        assert {a.id for a in stored.story.articles} == {"f1", "f2", "f3"}
        assert store.counts()["pending"] == 0 and store.check_integrity() == []
    finally:
        other.close()
        store.close()


def test_a_story_of_one_article_is_built_without_the_duplicate_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import marsad.pipeline
    from marsad.clean import clean_article
    from marsad.facts import document_mentions
    from marsad.lang import analyse
    from marsad.pipeline import build_story

    settings = Settings()
    document = analyse(clean_article(_article("f1", f"{FLOOD} {FLOOD_2}")))
    mentions = {document.id: document_mentions(document)}
    expected = build_story([document], settings, mentions)

    def no_check(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a story of one article has no copies to look for")

    monkeypatch.setattr(marsad.pipeline, "find_duplicates", no_check)
    assert marsad.newsroom.rebuild.build_one([document], settings, mentions) == expected
    assert marsad.newsroom.rebuild.build_one([document], settings, {}) == expected


def _tables(path: Path) -> dict[str, list[str]]:
    """Every table of a SQLite store, rows sorted, wall-clock columns (and the migrations'
    times) left out: two stores made alike compare equal."""
    import sqlite3

    clock = {"created_at", "updated_at", "ingested_at", "at", "applied_at"}
    found: dict[str, list[str]] = {}
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in names:
            if name == "schema_version":
                continue
            columns = [
                r[1] for r in db.execute(f"PRAGMA table_info('{name}')") if r[1] not in clock
            ]
            listed = ", ".join(f'"{column}"' for column in columns)
            found[name] = sorted(repr(row) for row in db.execute(f'SELECT {listed} FROM "{name}"'))
    return found


class _Ahead:
    """Counts the batches whose analyses were queued ahead, during the batch before, and used."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.used = 0
        original = Newsroom._ready

        def ready(newsroom: Newsroom, *args: Any) -> Any:
            ahead = newsroom._ahead
            prepared = original(newsroom, *args)
            self.used += ahead is not None and prepared is ahead
            return prepared

        monkeypatch.setattr(Newsroom, "_ready", ready)


def _pooled_articles() -> list[Article]:
    extra = [_article(f"f{n}", FLOOD if n % 2 else FLOOD_2, f"o{n % 3}", n / 10) for n in range(6)]
    return [*_examples(), *extra, _article("c", CUP, "o9", 0.5), _article("c2", CUP, "o9", 0.6)]


def test_the_next_batch_is_analysed_while_one_is_placed_with_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pooled batch queues the next batch's marks and analyses on the pool once its own
    articles are written, and the next batch uses them: every table is that of one process."""
    articles = _pooled_articles()
    here = open_store(str(tmp_path / "here.db"))
    Newsroom(here, workers=1).ingest(articles, batch_size=5)
    here.close()
    monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 2)
    ahead = _Ahead(monkeypatch)
    pooled = open_store(str(tmp_path / "pooled.db"))
    newsroom = Newsroom(pooled, workers=2)
    try:
        newsroom.ingest(articles, batch_size=5)
    finally:
        newsroom.close()
        pooled.close()
    batches = -(-len(articles) // 5)
    assert batches >= 3 and ahead.used == batches - 1
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")


def test_a_batch_queued_ahead_is_made_anew_when_another_writer_wrote_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer storing, between two batches, an article of the second: what was queued
    for it ahead is dropped and it is sorted and analysed anew, as one process would."""
    articles = _pooled_articles()
    late = articles[7]  # of the second batch of five

    def run(path: Path, workers: int) -> None:
        store, other = open_store(str(path)), open_store(str(path))
        newsroom = Newsroom(store, workers=workers)
        done = []

        def between(taken: int) -> None:
            done.append(taken)
            if len(done) == 1:
                Newsroom(other, workers=1).ingest([late])

        try:
            newsroom.ingest(articles, batch_size=5, advance=between)
        finally:
            newsroom.close()
            store.close()
            other.close()

    run(tmp_path / "here.db", 1)
    monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 2)
    ahead = _Ahead(monkeypatch)
    run(tmp_path / "pooled.db", 2)
    assert ahead.used == -(-len(articles) // 5) - 2  # all but the first and the late one's
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")


def test_a_batch_failing_while_placed_leaves_none_of_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's articles are written before they are placed (the next batch's evidence reads
    them), in the same transaction: a failure while placing leaves none of them, the batches
    before stay whole, and ingesting again gives the store of an uninterrupted ingest."""
    articles = _pooled_articles()
    here = open_store(str(tmp_path / "here.db"))
    Newsroom(here, workers=1).ingest(articles, batch_size=5)
    here.close()
    monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 2)
    original = marsad.newsroom.core.StreamingClusterer.add_many
    calls = []

    def failing(stream: Any, *args: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("crash while placing")
        return original(stream, *args)

    monkeypatch.setattr(marsad.newsroom.core.StreamingClusterer, "add_many", failing)
    store = open_store(str(tmp_path / "pooled.db"))
    newsroom = Newsroom(store, workers=2)
    try:
        with pytest.raises(RuntimeError):
            newsroom.ingest(articles, batch_size=5)
        counts = store.counts()
        assert counts["articles"] == 5 and store.check_integrity() == []  # the first batch only
        monkeypatch.undo()
        newsroom.ingest(articles, batch_size=5)
    finally:
        newsroom.close()
        store.close()
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")


def test_a_pooled_rebuild_plans_and_queues_a_round_while_the_pool_builds_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild's round built on the pool has the next round planned and queued behind it
    before it is stored (the pool is not left idle while this process plans and writes), and
    every table is that of rounds built and stored one after the other in one process."""
    articles = _pooled_articles()
    monkeypatch.setattr(marsad.newsroom.core, "REBUILD_ARTICLES", 1)
    here = open_store(str(tmp_path / "here.db"))
    Newsroom(here, workers=1).ingest(articles)
    here.close()
    monkeypatch.setattr(marsad.newsroom.rebuild, "POOL_ARTICLES", 1)
    events: list[str] = []
    queue, stored = marsad.newsroom.core.queue_stories, Newsroom._stored

    def queued(*args: Any) -> Any:
        events.append("queued")
        return queue(*args)

    def saved(newsroom: Newsroom, *args: Any) -> Any:
        events.append("stored")
        return stored(newsroom, *args)

    monkeypatch.setattr(marsad.newsroom.core, "queue_stories", queued)
    monkeypatch.setattr(Newsroom, "_stored", saved)
    pooled = open_store(str(tmp_path / "pooled.db"))
    newsroom = Newsroom(pooled, workers=2)
    try:
        newsroom.ingest(articles)
    finally:
        newsroom.close()
        pooled.close()
    assert events.count("queued") >= 3 and events[:3] == ["queued", "queued", "stored"]
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")


def test_stories_built_while_later_batches_are_placed_are_not_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pooled bulk ingest builds the stories its batches touched on the pool while the
    batches are placed; the final rebuild stores those whose inputs are unchanged from that
    build (building none of them again), and every table is that of one process."""
    articles = _pooled_articles()
    monkeypatch.setattr(marsad.newsroom.core, "REBUILD_ARTICLES", 3)  # rounds, as in bulk
    here = open_store(str(tmp_path / "here.db"))
    Newsroom(here, workers=1).ingest(articles, batch_size=5)
    here.close()
    monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 2)
    early: list[str] = []
    take = EarlyBuilds.take

    def taken(builds: EarlyBuilds, story_id: str, key: str) -> Any:
        made = take(builds, story_id, key)
        if made is not None:
            early.append(story_id)
        return made

    built: list[str] = []
    queue = marsad.newsroom.core.queue_stories

    def queued(work: list[Work], *args: Any) -> Any:
        built.extend(item.story_id for item in work)
        return queue(work, *args)

    monkeypatch.setattr(EarlyBuilds, "take", taken)
    monkeypatch.setattr(marsad.newsroom.core, "queue_stories", queued)
    pooled = open_store(str(tmp_path / "pooled.db"))
    newsroom = Newsroom(pooled, workers=2)
    try:
        newsroom.ingest(articles, batch_size=5)
    finally:
        newsroom.close()
        pooled.close()
    assert early and not set(early) & set(built)
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")


class _Here:
    """An engine whose tasks run when submitted (their futures are done at once)."""

    def submit(self, function: Any, items: list[Any]) -> list[Future[Any]]:
        futures: list[Future[Any]] = []
        for item in items:
            future: Future[Any] = Future()
            future.set_result(function(item))
            futures.append(future)
        return futures


def test_an_early_build_is_used_only_for_the_inputs_it_was_built_from() -> None:
    from marsad.clean import clean_article
    from marsad.lang import analyse

    document = analyse(clean_article(_article("f1", f"{FLOOD} {FLOOD_2}")))
    builds = EarlyBuilds(Settings())
    builds.touched(["s1"])

    def members(story_id: str) -> tuple[list[str], str]:
        return ["f1"], story_id

    def key(storyline: str, ids: list[str]) -> str:
        return f"{storyline}:{','.join(ids)}"

    engine: Any = _Here()
    builds.step(engine, members, key, {}, {})  # its member's analysis is not remembered yet
    assert builds.take("s1", "s1:f1") is None
    builds.touched(["s1"])
    builds.step(engine, members, key, {"f1": document}, {})
    builds.finish()
    assert builds.take("s1", "s1:f1,f2") is None  # the story changed since: built again
    builds.touched(["s1"])
    builds.step(engine, members, key, {"f1": document}, {})
    builds.finish()
    made = builds.take("s1", "s1:f1")
    assert made is not None and [a.id for a in made[0].articles] == ["f1"]


def test_a_file_is_placed_oldest_first_and_the_first_of_an_id_stays_first() -> None:
    """Oldest first, undated last, ties as given; a later article of a seen id right after
    the first (the one an ingest keeps)."""
    undated = replace(_article("u", FLOOD), published=None)
    given = [
        undated,
        _article("b", CUP, day=2),
        _article("a", FLOOD, day=1),
        _article("b", FLOOD_2, day=0),
        _article("c", CUP, day=1),
    ]
    assert [(a.id, a.text) for a in in_date_order(given)] == [
        ("a", FLOOD),
        ("c", CUP),
        ("b", CUP),
        ("b", FLOOD_2),
        ("u", FLOOD),
    ]


def test_a_story_is_settled_once_every_article_to_come_is_out_of_its_window(
    store: Store,
) -> None:
    newsroom = Newsroom(store, workers=1)
    newsroom.ingest([_article("f1", FLOOD, day=0), _article("f2", FLOOD_2, day=1)])
    with store.batch() as writer:
        stream = newsroom._stream_of(writer)
    (story,) = stream.stories
    window = Settings().story_window_days

    def settled(upcoming: Article | None) -> bool:
        return settled_before(stream, upcoming, window)(story)

    assert not settled(_article("c", CUP, day=1 + window))  # within its window: may join
    assert settled(_article("c", CUP, day=1.01 + window))
    assert not settled(replace(_article("c", CUP), published=None))  # undated: may join any
    assert settled(None) and settled_before(stream, _article("c", CUP), window)("merged")


def test_a_pooled_ingest_by_date_builds_each_story_once_when_settled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Placed by date, a story is built early once, when no article still to come is in its
    window (not as it stands after each batch that touched it); the final rebuild stores every
    story from its early build, and every table is that of one process placing by date."""
    dated = [
        replace(a, published=DAY + timedelta(days=20 + n / 10)) for n, a in enumerate(_examples())
    ]
    floods = [_article(f"f{n}", FLOOD if n % 2 else FLOOD_2, f"o{n % 3}", n / 10) for n in range(6)]
    cups = [_article("c", CUP, "o9", 10), _article("c2", CUP, "o9", 10.1)]
    articles = [*dated, *cups, *floods]  # not in date order
    here = open_store(str(tmp_path / "here.db"))
    Newsroom(here, workers=1).ingest(articles, batch_size=4, by_date=True)
    here.close()
    monkeypatch.setattr(marsad.newsroom.core, "POOL_ARTICLES", 1)
    early: list[str] = []
    queue = marsad.newsroom.early.queue_stories

    def queued_early(work: list[Work], *args: Any) -> Any:
        early.extend(item.story_id for item in work)
        return queue(work, *args)

    built: list[str] = []  # by the final rebuild, here or on the pool
    building = Newsroom._building

    def final(newsroom: Newsroom, plan: Any, *args: Any) -> Any:
        built.extend(item.story_id for item in plan.work)
        return building(newsroom, plan, *args)

    monkeypatch.setattr(marsad.newsroom.early, "queue_stories", queued_early)
    monkeypatch.setattr(Newsroom, "_building", final)
    pooled = open_store(str(tmp_path / "pooled.db"))
    newsroom = Newsroom(pooled, workers=2)
    try:
        newsroom.ingest(articles, batch_size=4, by_date=True)
    finally:
        newsroom.close()
        pooled.close()
    assert len(early) == 3 and len(set(early)) == 3 and not built  # floods, cups, the example
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "here.db")
