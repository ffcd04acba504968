"""The candidate search looks only among the stories near the article's day (``DaysIndex``,
``StreamingClusterer._near``): a store's posting lists fill with stories long out of the
window. It must find what looking among all stories finds, with articles out of order, undated
ones, merges and states caught up from another writer."""

from __future__ import annotations

import copy
import random
from dataclasses import replace
from datetime import timedelta

import pytest

from marsad.model import Document
from marsad.newsroom.streamstate import _fields, _pack, catch_up, new_stream
from marsad.store.writer import StreamRows
from marsad.stream import StreamingClusterer
from test_stream_batch import _candidates_one_by_one, _documents, _state


def _shuffled(documents: list[Document], seed: int) -> list[Document]:
    """Some articles published days before the ones around them, some undated, one a year
    ahead."""
    rng = random.Random(seed)
    out = []
    for document in documents:
        published = document.article.published
        assert published is not None
        draw = rng.random()
        if draw < 0.05:
            published = None
        elif draw < 0.15:
            published -= timedelta(days=rng.uniform(1.5, 5.0))  # out of order
        out.append(replace(document, article=replace(document.article, published=published)))
    far = out[10].article
    assert far.published is not None
    out[10] = replace(out[10], article=replace(far, published=far.published + timedelta(days=400)))
    return out


def _all_stories(self: StreamingClusterer, earliest: float, latest: float) -> None:
    return None  # every story looked at, as before the stories were kept by day


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_stories_by_day_place_as_all_stories_and_leave_old_ones_out(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _shuffled(_documents(300, seed), seed)  # about three weeks
    by_day = StreamingClusterer()
    ids = []
    for start in range(0, len(documents), 40):
        ids += by_day.add_many(documents[start : start + 40])
    first = min(d.article.published for d in documents if d.article.published is not None)
    before = first.timestamp() / 86400 - 30.0  # a month before every article
    undated = {key for key, story in by_day.stories.items() if story.first is None}
    assert by_day._near(before, before) == undated  # the stories out of its window are left out
    monkeypatch.setattr(StreamingClusterer, "_near", _all_stories)
    every = StreamingClusterer()
    assert [every.add(document) for document in documents] == ids
    assert _state(every) == _state(by_day)
    assert every.redirects  # merges happened


def test_a_state_caught_up_from_another_writer_is_looked_at_again() -> None:
    documents = _documents(200, 4)
    stream = new_stream()
    for document in documents:
        stream.add(document)
    assert stream._days_index is not None
    old = min(stream.stories.values(), key=lambda story: story.last or 0.0)
    latest = max(story.last or 0.0 for story in stream.stories.values())
    # Another writer's batch gave the oldest story a member of the latest day.
    grown = copy.deepcopy(old)
    grown.last = latest
    catch_up(stream, StreamRows(version=2, meta=None, stories=[(old.id, _pack(_fields(grown)))]))
    terms = [term for term, listed in stream.index.items() if old.id in listed]
    found = stream._candidates(terms, latest)
    assert found == _candidates_one_by_one(stream, terms, latest)
    assert old.id in [story.id for story in found]
