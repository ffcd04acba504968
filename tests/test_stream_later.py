"""The store's streaming clusterer applies the digest's later-report discount (issue 17): one
outlet's reports of different days part in ``ingest`` as in ``digest``, through a saved state,
and the discount is the batch's pair by pair."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from marsad.cluster import ClusterParams, cluster_documents, later_factor, later_weights
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.newsroom import Newsroom, open_store
from marsad.newsroom.streamstate import _fields, _pack, _story, _unpack, dump_stream, load_stream
from marsad.pipeline import batch_params
from marsad.settings import Settings
from marsad.store import Store, StoredStory
from marsad.stream import StoryState, StreamingClusterer, stream_params

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
FLOOD_2 = (
    "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
)
# Eight more words of the second report: its similarity with the first (0.37) joins them at
# the store's bar 0.21 after the same-outlet weight 0.7, and not after the discount at 2.5 days.
VISIT = "الحكومة تعلن خطة لإعادة الإعمار في المناطق المتضررة خلال"
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)
DAY = datetime(2022, 1, 1, tzinfo=UTC)
OFF = Settings(story_later_weight=1.0, same_outlet_later_weight=1.0)


def _article(aid: str, title: str, body: str, source: str, day: float) -> Article:
    return Article(
        id=aid,
        title=title,
        text=body,
        source=source,
        published=DAY + timedelta(days=day),
        published_certainty="stated",
    )


def _reports(apart: float) -> list[Article]:
    """One outlet's two flood reports ``apart`` days apart, and another outlet's cup final."""
    return [
        _article("a1", "فيضانات في المحافظة الشمالية", FLOOD, "a", 0),
        _article("c", "منتخب يفوز بالكأس", CUP, "c", 0),
        _article(
            "a2", "فيضانات المحافظة الشمالية: وزير الداخلية يتفقد", f"{FLOOD_2} {VISIT}", "a", apart
        ),
    ]


def _document(article: Article) -> Document:
    return analyse(CleanArticle(article=article, paragraphs=(article.text,)))


def _streamed(articles: list[Article], settings: Settings) -> StreamingClusterer:
    stream = StreamingClusterer(params=stream_params(settings))
    for article in articles:
        stream.add(_document(article))
    return stream


def _together(stream: StreamingClusterer, first: str, second: str) -> bool:
    story_of = {a: s.id for s in stream.stories.values() for a in s.articles}
    return story_of[first] == story_of[second]


def _digest_together(articles: list[Article], settings: Settings) -> bool:
    clustering = cluster_documents([_document(a) for a in articles], batch_params(settings))
    return any({0, 2} <= set(group) for group in clustering.groups)


def test_one_outlets_reports_days_apart_part_in_the_stream_as_in_the_digest() -> None:
    reports = _reports(2.5)
    assert _digest_together(reports, OFF) and _together(_streamed(reports, OFF), "a1", "a2")
    assert not _digest_together(reports, Settings())
    stream = _streamed(reports, Settings())
    assert not _together(stream, "a1", "a2")
    # Still one storyline, as the digest's storylines merge on the undiscounted pairs.
    story_of = {a: s.id for s in stream.stories.values() for a in s.articles}
    assert stream.storyline_of(story_of["a1"]) == stream.storyline_of(story_of["a2"])
    # Half a day apart nothing is discounted.
    near = _reports(0.5)
    assert _digest_together(near, Settings()) and _together(_streamed(near, Settings()), "a1", "a2")


def test_ingest_parts_them_through_the_saved_state(store_url: str) -> None:
    first, cup, later = _reports(2.5)
    store = open_store(store_url)
    try:
        Newsroom(store).ingest([first, cup])
    finally:
        store.close()
    store = open_store(store_url)  # the next batch starts from the saved rows
    try:
        Newsroom(store).ingest([later])
        stories = {frozenset(a.id for a in s.story.articles) for s in _stored(store)}
    finally:
        store.close()
    assert stories == {frozenset({"a1"}), frozenset({"a2"}), frozenset({"c"})}


def _stored(store: Store) -> list[StoredStory]:
    found = [store.story(row.id) for row in store.stories().stories]
    return [story for story in found if story is not None]


def test_a_state_saved_before_the_parts_loads_and_counts_them_undiscounted() -> None:
    stream = _streamed(_reports(2.5)[:2], Settings())
    story = next(s for s in stream.stories.values() if s.articles == ["a1"])
    assert story.parts and _story(story.id, _unpack(_pack(_fields(story)))).parts == story.parts
    old = _story(story.id, _fields(story)[:6])  # the six fields of a state saved before
    assert old.parts == [] and old.total == story.total
    restored = load_stream(dump_stream(stream), stream_params(Settings()))
    assert restored.stories[story.id].parts == story.parts
    restored.stories[story.id] = old
    restored.add(_document(_reports(2.5)[2]))
    assert _together(restored, "a1", "a2")  # no member time: no discount, as undated


def test_the_streams_discount_is_the_batchs_pair_by_pair() -> None:
    params = ClusterParams(later_after_days=1.5, later_weight=0.8, outlet_later_weight=0.6)
    rng = np.random.default_rng(3)
    days = rng.uniform(0, 3, size=6)
    outlets = np.array(["a", "b", "a", "c", "a", "b"], dtype=object)
    pairs = np.array(list(itertools.combinations(range(6), 2)))
    batch = later_weights(np.ones(len(pairs)), pairs, days, outlets, params)
    one = [later_factor(abs(days[i] - days[j]), outlets[i] == outlets[j], params) for i, j in pairs]
    assert one == pytest.approx(batch.tolist())
    # A story's discounted average is the mean of its members' discounted, weighted cosines.
    vectors = [{"x": float(v), "y": float(w)} for v, w in rng.uniform(0, 1, size=(6, 2))]
    story = StoryState(id="s")
    for day, outlet, vector in zip(days[:5], outlets[:5], vectors[:5], strict=True):
        story.articles.append("m")
        story.parts.append((float(day), str(outlet), vector))
        for term, value in vector.items():
            story.total[term] = story.total.get(term, 0.0) + value
            own = story.by_outlet.setdefault(str(outlet), {})
            own[term] = own.get(term, 0.0) + value
    vector, day, outlet = vectors[5], float(days[5]), "a"
    expected = np.mean(
        [
            (vector["x"] * v["x"] + vector["y"] * v["y"])
            * (0.7 if o == outlet else 1.0)
            * later_factor(abs(day - (d or 0.0)), o == outlet, params)
            for d, o, v in story.parts
        ]
    )
    found = story.mean_dot(vector, outlet, 0.7) - story.later_dot(vector, day, outlet, 0.7, params)
    assert found == pytest.approx(expected)


def test_old_members_are_summed_without_changing_what_they_count() -> None:
    params = stream_params(Settings())
    stream = StreamingClusterer(params=params)
    stream.outlets = {"a", "b"}
    story = StoryState(id="s")
    rng = np.random.default_rng(5)
    for number in range(12):  # two members a day over six days, two outlets
        day, outlet = number / 2, "ab"[number % 2]
        vector = {term: float(w) for term, w in zip("xyz", rng.uniform(0, 1, size=3), strict=True)}
        story.articles.append(f"m{number}")
        story.parts.append((day, outlet, vector))
    article = {"x": 0.3, "y": 0.5, "z": 0.1}
    before = story.later_dot(article, 5.8, "a", 0.7, params)
    story.last = 5.5
    stream._compact(story)
    # Members more than the window and half a day before the last (before day 2): four, two
    # of each outlet, are now one part per outlet.
    assert len(story.parts) == 10
    assert story.later_dot(article, 5.8, "a", 0.7, params) == pytest.approx(before)
