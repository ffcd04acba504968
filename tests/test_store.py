"""Store contract: the same tests on SQLite and on a real PostgreSQL server (see conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import StoreError
from marsad.ingest import load_articles
from marsad.model import Article
from marsad.newsroom import ingest, open_store
from marsad.settings import Settings
from marsad.store import FeedState, Store, store_url
from marsad.store.migrations import MIGRATIONS

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


def _article(
    aid: str, text: str, source: str = "وكالة", day: float = 0, title: str = ""
) -> Article:
    return Article(
        id=aid,
        title=title or f"{' '.join(text.split()[:6])} ({aid})",  # a headline, as articles have
        text=text,
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


@pytest.fixture
def examples_store(store: Store) -> Store:
    ingest(store, _examples())
    return store


def test_examples_make_one_story_with_the_contract(examples_store: Store) -> None:
    page = examples_store.stories()
    assert page.total == 1 and len(page.stories[0].outlets) == 5
    found = examples_store.story(page.stories[0].id)
    assert found is not None
    data = found.data
    assert data["id"] == page.stories[0].id
    for key in ("title", "language", "articles", "summary", "facts", "discrepancies", "timeline"):
        assert key in data
    assert data["language"] == "ar" and len(data["articles"]) == 5
    assert data["summary"] and all(s["sources"] for s in data["summary"])
    assert {d["kind"] for d in data["discrepancies"]} & {"conflict", "update", "scope"}
    assert found.story.to_dict() == data  # stored JSON reads back into the same model


def test_the_store_clusters_with_its_settings_thresholds(store_url: str) -> None:
    strict = Settings(stream_story_threshold=0.95, stream_storyline_threshold=0.95)
    opened = open_store(store_url, settings=strict)
    try:
        ingest(opened, _examples())
        assert opened.stories().total == 5  # no two example articles are 0.95 alike
    finally:
        opened.close()


def test_ingesting_again_changes_nothing(examples_store: Store) -> None:
    before = examples_store.stories().stories[0]
    story_before = examples_store.story(before.id)
    report = ingest(examples_store, _examples())
    assert (report.added, report.unchanged, report.stories) == (0, 5, [])
    after = examples_store.stories().stories[0]
    assert after == before
    assert examples_store.story(before.id) == story_before
    assert examples_store.counts()["articles"] == 5


def test_exact_copy_under_another_id_is_recorded_not_storied(examples_store: Store) -> None:
    original = _examples()[0]
    copy = Article(id="copy-1", title=original.title, text=original.text, source="Other")
    report = ingest(examples_store, [copy])
    assert (report.added, report.duplicates) == (0, 1)
    record = examples_store.article("copy-1")
    assert record is not None and record.duplicate_of == original.id and record.story_id is None
    assert examples_store.stories().stories[0].article_count == 5


def test_article_keeps_its_body_and_story(examples_store: Store) -> None:
    original = _examples()[2]
    record = examples_store.article(original.id)
    assert record is not None
    assert record.article.text == original.text and record.article.title == original.title
    assert record.story_id == examples_store.stories().stories[0].id
    assert record.to_dict()["text"] == original.text
    assert examples_store.article("no-such-id") is None


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("كازاخستان", 1),
        ("الكازاخستانية", 1),  # clitic and nisba: matched through stems
        ("توكاييف", 1),
        ("قوات حفظ السلام", 1),
        ("شويغو", 1),
        ("برشلونة", 0),
        ('" OR * NEAR(', 0),  # search syntax in the query is just text
    ],
)
def test_full_text_search(examples_store: Store, query: str, hits: int) -> None:
    assert examples_store.stories(q=query).total == hits


def test_filters_since_and_pages(store: Store) -> None:
    ingest(store, [_article("f1", FLOOD, "A"), _article("c1", CUP, "B", 0.1)])
    english = Article(
        id="e1",
        title="Floods kill twelve",
        text="Floods hit the northern province on Monday, killing twelve people in the villages.",
        source="Wire",
        lang="en",
    )
    ingest(store, [english])
    assert store.stories().total == 3
    assert {r.id for r in store.stories(language="en").stories} == {
        store.article("e1").story_id  # type: ignore[union-attr]
    }
    assert store.stories(outlet="B").total == 1
    assert store.stories(outlet="nobody").total == 0
    first, second = store.stories(limit=2), store.stories(limit=2, offset=2)
    assert len(first.stories) == 2 and len(second.stories) == 1 and first.total == 3
    assert not {r.id for r in first.stories} & {r.id for r in second.stories}
    assert store.stories(since=datetime.now(UTC) + timedelta(hours=1)).total == 0
    assert store.stories(since=datetime.now(UTC) - timedelta(hours=1)).total == 3


def test_story_grows_incrementally_with_a_stable_id(store: Store) -> None:
    first = ingest(store, [_article("f1", FLOOD)])
    story_id = first.stories[0]
    report = ingest(store, [_article("f2", f"{FLOOD_2} {FLOOD}", "صحيفة", 0.2)])
    assert report.stories == [story_id]
    grown = store.story(story_id)
    assert grown is not None and {a.id for a in grown.story.articles} == {"f1", "f2"}
    other = ingest(store, [_article("c1", CUP, "رياضة", 0.3)])
    assert other.stories != [story_id]
    assert store.stories().total == 2


def test_a_teaser_of_an_article_stored_earlier_is_cleaned(store: Store) -> None:
    cup_title = (
        "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في النهائي"
    )
    ingest(store, [_article("c1", CUP, "cnn", title=cup_title)])
    flood = ingest(store, [_article("f1", f"{FLOOD}\n{FLOOD_2}\n{cup_title}", "cnn", 0.1)])
    stored = store.story(flood.stories[0])
    assert stored is not None
    summary = " ".join(sentence.text for sentence in stored.story.summary)
    assert "فرق الإنقاذ" in summary and "المنتخب" not in summary


def test_merged_story_id_still_answers(store: Store) -> None:
    a = ingest(store, [_article("a", FLOOD)]).stories[0]
    ingest(store, [_article("a2", FLOOD, day=0.1)])
    b = ingest(store, [_article("b", CUP, day=0.2)]).stories[0]
    assert a != b
    # A later article headed by both events ties them (one with only the cup final's words in
    # its body would not: a roundup does not glue events).
    both = f"{' '.join(FLOOD.split()[:4])} {' '.join(CUP.split()[:4])}"
    ingest(store, [_article("bridge", f"{FLOOD} {CUP}", day=0.3, title=both)])
    survivor_a, survivor_b = store.story(a), store.story(b)
    assert survivor_a is not None and survivor_b is not None
    assert survivor_a.story.id == survivor_b.story.id
    assert len(survivor_a.story.articles) == 4
    assert store.stories().total == 1
    assert survivor_a.data["storyline"] == survivor_a.story.id
    # A storyline asked for by a merged story's id answers with the survivor's.
    assert [row.id for row in store.stories(storyline=a).stories] == [survivor_a.story.id]


def test_stories_are_listed_by_storyline(store: Store) -> None:
    flood = ingest(store, [_article("f", FLOOD)]).stories[0]
    cup = ingest(store, [_article("c", CUP, day=0.1)]).stories[0]
    rows = store.stories(storyline=flood).stories
    assert [(row.id, row.storyline) for row in rows] == [(flood, flood)]
    assert store.stories(storyline=cup).stories[0].id == cup
    assert store.stories(storyline="nothing").total == 0


def test_a_failing_batch_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marsad.newsroom.analysis

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("crash while analysing")

    monkeypatch.setattr(marsad.newsroom.analysis, "analyse", broken)
    with pytest.raises(RuntimeError):
        ingest(store, [_article("f1", FLOOD)])
    assert store.counts()["articles"] == 0 and store.stories().total == 0
    monkeypatch.undo()
    report = ingest(store, [_article("f1", FLOOD)])
    assert report.added == 1 and store.stories().total == 1


def test_a_failing_rebuild_leaves_the_story_pending_and_consistent(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marsad.newsroom.rebuild

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("crash while summarizing")

    monkeypatch.setattr(marsad.newsroom.rebuild, "build_one", broken)
    with pytest.raises(RuntimeError):
        ingest(store, [_article("f1", FLOOD)])
    # The batch is stored and its story waits for its rebuild: consistent, not yet listed.
    assert store.counts()["articles"] == 1 and store.counts()["pending"] == 1
    assert store.stories().total == 0 and store.check_integrity() == []
    monkeypatch.undo()
    report = ingest(store, [_article("f2", FLOOD_2, day=0.1)])  # the next writer finishes it
    assert report.added == 1 and store.counts()["pending"] == 0
    assert store.check_integrity() == []
    assert sum(row.article_count for row in store.stories().stories) == 2


def test_two_store_handles_share_the_stream(store_url: str) -> None:
    first, second = open_store(store_url), open_store(store_url)
    try:
        story_id = ingest(first, [_article("f1", FLOOD)]).stories[0]
        assert ingest(second, [_article("f2", f"{FLOOD_2} {FLOOD}", day=0.1)]).stories == [story_id]
        assert ingest(first, [_article("f3", FLOOD, day=0.2, title="ثالث")]).stories == [story_id]
        found = first.story(story_id)
        assert found is not None and len(found.story.articles) == 3
    finally:
        first.close()
        second.close()


def test_tokens_are_stored_hashed(store: Store) -> None:
    token = store.create_token("bot")
    assert store.check_token(token)
    assert not store.check_token(token + "x") and not store.check_token("")
    assert token not in json.dumps(store.counts())


def test_tokens_list_revoke_and_expire(store: Store) -> None:
    now = datetime.now(UTC)
    live = store.create_token("live")
    soon = store.create_token("soon", expires_at=now + timedelta(days=30))
    gone = store.create_token("gone", expires_at=now - timedelta(seconds=1))
    assert store.check_token(live) and store.check_token(soon) and not store.check_token(gone)
    listed = {info.name: info for info in store.tokens()}
    assert [info.state(now) for info in store.tokens()] == ["active", "active", "expired"]
    assert listed["soon"].expires_at is not None and listed["live"].expires_at is None
    assert all(len(info.id) == 12 and info.id not in (live, soon) for info in listed.values())
    assert live not in json.dumps([info.to_dict(now) for info in listed.values()])
    revoked = store.revoke_token(listed["live"].id[:8])
    assert revoked is not None and revoked.name == "live" and revoked.revoked_at is not None
    assert not store.check_token(live) and store.check_token(soon)
    assert store.revoke_token("ffffffffffff") is None and store.revoke_token("x'; --") is None
    assert store.revoke_token("ab") is None  # too short to name one token
    assert [info.state(now) for info in store.tokens()] == ["revoked", "active", "expired"]


def test_a_new_sqlite_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    store = open_store(str(path))
    try:
        store.create_token("bot")  # a write: the -wal and -shm files exist now
        for made in (path, path.with_name("private.db-wal"), path.with_name("private.db-shm")):
            assert made.stat().st_mode & 0o777 == 0o600, made
    finally:
        store.close()
    shared = tmp_path / "shared.db"
    shared.touch(mode=0o640)
    shared.chmod(0o640)
    open_store(str(shared)).close()  # an existing file keeps the mode its owner chose
    assert shared.stat().st_mode & 0o777 == 0o640
    loose = tmp_path / "loose.db"
    open_store(str(loose), settings=Settings(store_file_mode=0o640)).close()
    assert loose.stat().st_mode & 0o777 == 0o640 & ~_umask()


def _umask() -> int:
    import os

    current = os.umask(0)
    os.umask(current)
    return current


def test_feed_state_round_trips(store: Store) -> None:
    url = "http://127.0.0.1:9/feed.xml"
    assert store.feed_state(url) == FeedState(url=url)
    saved = FeedState(url=url, etag='"abc"', modified="Thu, 13 Jan 2022 08:00:00 GMT", failures=2)
    store.save_feed_state(saved)
    assert store.feed_state(url) == saved


def test_reopening_keeps_data_and_schema(store_url: str) -> None:
    first = open_store(store_url)
    ingest(first, [_article("f1", FLOOD)])
    first.close()
    again = open_store(store_url)
    try:
        assert again.counts() == {
            "articles": 1,
            "stories": 1,
            "pending": 0,
            "schema_version": LATEST,
        }
    finally:
        again.close()


def test_bad_targets_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("mysql://localhost/db")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "marsad.db"))
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert store_url("marsad.db") == "sqlite:///marsad.db"
    assert store_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


_round_trip_ids = iter(range(1_000_000))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=60).filter(str.strip),
    source=st.text(min_size=1, max_size=30),
    url=st.none() | st.text(max_size=40),
    offset_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60),
    extra=st.text(max_size=80),
)
def test_articles_round_trip_through_the_store(
    tmp_path: Path,
    title: str,
    source: str,
    url: str | None,
    offset_minutes: int,
    extra: str,
) -> None:
    """Whatever the fields hold, the stored article reads back exactly (SQLite)."""
    store = open_store(str(tmp_path / "round-trip.db"))
    try:
        zone = timezone(timedelta(minutes=offset_minutes))
        article = Article(
            id=f"rt-{next(_round_trip_ids)}",
            title=title,
            text=f"{FLOOD} {extra}",
            source=source,
            url=url,
            published=datetime(2022, 1, 13, 8, 30, tzinfo=zone),
            published_certainty="stated",
            lang="ar",
        )
        ingest(store, [article])
        record = store.article(article.id)
        assert record is not None and record.article == article
        assert record.article.published.utcoffset() == zone.utcoffset(None)  # type: ignore[union-attr]
    finally:
        store.close()


def test_migration_4_adds_token_lifetimes_to_an_old_store(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    store = open_store(str(path))
    token = store.create_token("old")
    store.close()
    with sqlite3.connect(path) as connection:  # back to schema 3: tokens without lifetimes
        connection.execute("ALTER TABLE tokens DROP COLUMN expires_at")
        connection.execute("ALTER TABLE tokens DROP COLUMN revoked_at")
        connection.execute("DELETE FROM schema_version WHERE version >= 4")
    store = open_store(str(path))
    try:
        assert store.counts()["schema_version"] == LATEST and store.check_token(token)
        (info,) = store.tokens()
        assert info.expires_at is None and store.revoke_token(info.id) is not None
        assert not store.check_token(token)
    finally:
        store.close()


def test_migration_5_gives_old_stories_their_own_storyline(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    store = open_store(str(path))
    story_id = ingest(store, [_article("f", FLOOD)]).stories[0]
    store.close()
    with sqlite3.connect(path) as connection:  # back to schema 4: stories without storylines
        connection.execute("DROP INDEX ix_stories_storyline")
        connection.execute("ALTER TABLE stories DROP COLUMN storyline")
        connection.execute("DELETE FROM schema_version WHERE version >= 5")
    store = open_store(str(path))
    try:
        assert store.counts()["schema_version"] == LATEST
        assert [row.id for row in store.stories(storyline=story_id).stories] == [story_id]
    finally:
        store.close()


def test_migration_7_finds_a_story_s_search_row_by_its_rowid(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    store = open_store(str(path))
    story_id = ingest(store, [_article("f", FLOOD)]).stories[0]
    store.close()
    with sqlite3.connect(path) as connection:  # back to schema 6: rows at any rowid
        (text,) = connection.execute("SELECT text FROM stories_fts").fetchone()
        connection.execute("DELETE FROM stories_fts")
        connection.execute(
            "INSERT INTO stories_fts (rowid, story_id, text) VALUES (5, ?, ?)", (story_id, text)
        )
        connection.execute("DELETE FROM schema_version WHERE version >= 7")
    store = open_store(str(path))
    try:
        assert store.counts()["schema_version"] == LATEST
        assert ingest(store, [_article("f2", f"{FLOOD_2} {FLOOD}", day=0.1)]).stories == [story_id]
        assert store.check_integrity() == []  # one search row per story, none left behind
        assert store.stories(q="القوارب").total == 1
    finally:
        store.close()


SEARCH_ROWS = ("articles_fts", "stories_fts", "search_vector")


def test_a_batch_indexes_its_articles_and_stories_for_search_in_one_statement_each(
    store: Store,
) -> None:
    """A batch's search rows go in with one statement run for all (executemany), not one
    statement per article or story; what they find is unchanged."""
    from sqlalchemy import event

    indexing: list[tuple[str, bool]] = []

    def seen(_c: object, _k: object, statement: str, _p: object, _x: object, many: bool) -> None:
        written = statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        if written and any(name in statement for name in SEARCH_ROWS):
            indexing.append((statement.split()[0].upper(), many))

    engine = store.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        ingest(store, [*_examples(), _article("f1", FLOOD, "صحيفة", 3), _article("c1", CUP)])
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert store.stories().total == 3
    assert len(indexing) <= 4  # articles once; stories once (SQLite: a delete and an insert)
    assert store.stories(q="فيضانات").total == 1 and store.stories(q="الترجيح").total == 1
