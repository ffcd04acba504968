"""The clusterer's state saved row by row (migration 8): a batch writes the rows it changed, a
second writer catches up from the rows written since, and an old store's whole state is split
into rows on open (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from marsad.clean import CleanArticle
from marsad.lang import analyse
from marsad.model import Article, Document
from marsad.newsroom import Newsroom, ingest, open_store
from marsad.newsroom.streamstate import changed_rows, load_stream, new_stream
from marsad.settings import Settings
from marsad.store import Store
from marsad.stream import MAX_STORIES_PER_TERM, StreamingClusterer

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
FLOOD_2 = (
    "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
)
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)
QUAKE = "زلزال بقوة ست درجات يهز الساحل الغربي دون أن يسفر عن إصابات أو أضرار في المباني."
DAY = datetime(2022, 1, 1, tzinfo=UTC)


def _article(aid: str, body: str, source: str = "وكالة", day: float = 0) -> Article:
    return Article(
        id=aid,
        title=f"خبر {aid}",
        text=body,
        source=source,
        published=DAY + timedelta(days=day),
        published_certainty="stated",
    )


def _document(aid: str, body: str) -> Document:
    return analyse(CleanArticle(article=_article(aid, body), paragraphs=(body,)))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


def _rows(store: Store, query: str) -> list[tuple[object, ...]]:
    with store.engine.begin() as connection:  # type: ignore[attr-defined]
        return [tuple(row) for row in connection.execute(text(query))]


def _saved(store: Store) -> StreamingClusterer:
    """The clusterer as a fresh process loads it from the store."""
    newsroom = Newsroom(store)
    with store.batch() as writer:
        return newsroom._stream_of(writer)


def _same(left: StreamingClusterer, right: StreamingClusterer) -> None:
    assert {s: st.articles for s, st in left.stories.items()} == {
        s: st.articles for s, st in right.stories.items()
    }
    assert {s: st.storyline for s, st in left.stories.items()} == {
        s: st.storyline for s, st in right.stories.items()
    }
    assert left.redirects == right.redirects
    assert dict(left.document_frequency) == dict(right.document_frequency)
    assert left.documents_seen == right.documents_seen and left.outlets == right.outlets
    tail = {t: p[-MAX_STORIES_PER_TERM:] for t, p in left.index.items() if p}
    assert tail == {t: p for t, p in right.index.items() if p}


def test_a_batch_saves_only_the_rows_it_changed(store: Store) -> None:
    newsroom = Newsroom(store)
    newsroom.ingest([_article("f1", FLOOD), _article("c1", CUP, "صحيفة", 0.1)])
    terms_before = len(_rows(store, "SELECT term FROM stream_terms"))
    quake = newsroom.ingest([_article("q1", QUAKE, "ثالثة", 0.2)]).stories
    ((version,),) = _rows(store, "SELECT version FROM stream_state")
    stories = _rows(store, f"SELECT story_id FROM stream_stories WHERE version = {version}")
    assert [story_id for (story_id,) in stories] == quake
    changed = _rows(store, f"SELECT term FROM stream_terms WHERE version = {version}")
    everything = _rows(store, "SELECT term FROM stream_terms")
    # The quake's terms only: the flood's and the cup's rows are not written again.
    assert 0 < len(changed) < len(everything) and len(everything) > terms_before
    assert len(_rows(store, "SELECT story_id FROM stream_stories")) == 3
    _same(newsroom._stream or StreamingClusterer(), _saved(store))


def test_a_second_writer_catches_up_from_the_rows_written_since(store: Store) -> None:
    first, second = Newsroom(store), Newsroom(store)
    first.ingest([_article("f1", FLOOD)])
    second.ingest([_article("c1", CUP, "صحيفة", 0.1)])
    second.ingest([_article("q1", QUAKE, "ثالثة", 0.2)])
    # The first writer reads only the two batches of the second, then adds its own.
    flood = first.ingest([_article("f2", f"{FLOOD_2} {FLOOD}", "ثالثة", 0.3)]).stories
    stored = store.story(flood[0])
    assert stored is not None and {a.id for a in stored.story.articles} == {"f1", "f2"}
    assert first._stream is not None and len(first._stream.stories) == 3
    assert first._stream.documents_seen == 4
    _same(first._stream, _saved(store))
    assert store.check_integrity() == []


def test_a_merge_removes_the_merged_story_s_row(store_url: str) -> None:
    # A bar between the two flood reports' cosine and the third report's links to both.
    store = open_store(store_url, settings=Settings(stream_story_threshold=0.35))
    newsroom = Newsroom(store)
    apart = newsroom.ingest([_article("f1", FLOOD), _article("f2", FLOOD_2, "صحيفة", 0.1)])
    assert len(apart.stories) == 2
    stream = newsroom._stream
    assert stream is not None
    newsroom.ingest([_article("f3", f"{FLOOD_2} {FLOOD}", "ثالثة", 0.2)])
    merged = dict(_rows(store, "SELECT old_id, new_id FROM stream_redirects"))
    assert merged and merged == stream.redirects
    kept = {story_id for (story_id,) in _rows(store, "SELECT story_id FROM stream_stories")}
    assert kept == set(stream.stories) and not kept & set(merged)
    _same(stream, _saved(store))
    assert store.check_integrity() == []
    store.close()


def _whole(stream: StreamingClusterer) -> bytes:
    """The clusterer's state as stores before migration 8 kept it: one zlib JSON blob."""
    data = {
        "stories": {
            s: [None, st.articles, st.first, st.last, st.storyline, st.by_outlet]
            for s, st in stream.stories.items()
        },
        "outlets": sorted(stream.outlets),
        "redirects": stream.redirects,
        "df": dict(stream.document_frequency),
        "seen": stream.documents_seen,
        "index": dict(stream.index),
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def test_an_old_store_s_whole_state_is_split_into_rows_on_open(store_url: str) -> None:
    store = open_store(store_url)
    newsroom = Newsroom(store)
    flood = newsroom.ingest([_article("f1", FLOOD), _article("c1", CUP, "صحيفة", 0.1)]).stories[0]
    stream = newsroom._stream
    assert stream is not None
    engine = store.engine  # type: ignore[attr-defined]
    with engine.begin() as connection:  # back to schema 7: the whole state in one row
        for table in ("stream_stories", "stream_terms", "stream_redirects"):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("ALTER TABLE stories DROP COLUMN built_from"))
        connection.execute(text("UPDATE stream_state SET data = :d"), {"d": _whole(stream)})
        connection.execute(text("DELETE FROM schema_version WHERE version >= 8"))
    store.close()
    store = open_store(store_url)
    try:
        assert store.counts()["schema_version"] >= 8
        _same(stream, _saved(store))
        assert store.check_integrity() == []
        grown = ingest(store, [_article("f2", f"{FLOOD_2} {FLOOD}", "ثالثة", 0.2)])
        assert grown.stories == [flood]
        assert load_stream(None).stories == {}
        assert store.check_integrity() == []
    finally:
        store.close()


def test_a_term_whose_count_alone_changed_keeps_its_saved_postings(store: Store) -> None:
    stream = new_stream()
    stream.add(_document("f1", FLOOD))
    with store.batch() as writer:
        writer.save_stream_rows(changed_rows(stream, 1, list(stream.stories), []))
    term = next(t for t, listed in stream.index.items() if listed)
    stream.document_frequency[term] += 1  # as a later article having the term, not indexed
    rows = changed_rows(stream, 2, [], [])
    assert rows.counts == [(term, 2)] and rows.terms == []
    with store.batch() as writer:
        writer.save_stream_rows(rows)
        loaded = load_stream(writer.stream_rows())
    assert loaded.index[term] == stream.index[term] and loaded.document_frequency[term] == 2
