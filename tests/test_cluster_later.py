"""Stories, not storylines, discount pairs far apart in time and one outlet's reports of
different days (ClusterParams.later_weight, outlet_later_weight)."""

import dataclasses
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from marsad.cluster import ClusterParams, cluster_documents, later_weights
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.settings import Settings, SettingsError

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
RESCUE = "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)
DAY = 1.0


def _document(aid: str, text: str, day: float | None, outlet: str) -> Document:
    published = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=day) if day is not None else None
    article = Article(id=aid, title="", text=text, source=outlet, published=published)
    return analyse(CleanArticle(article=article, paragraphs=(text,)))


def _stories_and_lines(documents: list[Document], params: ClusterParams) -> tuple[int, int]:
    clustering = cluster_documents(documents, params)
    return len(clustering.groups), len(clustering.storylines)


def test_later_weights_fall_linearly_to_the_window_end_and_more_for_one_outlet() -> None:
    pairs = np.array([[0, 1], [0, 2], [0, 3], [0, 4]])
    days = np.array([0.0, 1.0, 2.25, 3.0, np.nan])
    outlets = np.array(["a", "b", "b", "a", "a"], dtype=object)
    params = ClusterParams(later_after_days=1.5, later_weight=0.8, outlet_later_weight=0.5)
    weights = np.ones(4)
    found = later_weights(weights, pairs, days, outlets, params)
    # a day apart: kept; halfway to the window's end: 0.9; at its end, one outlet: 0.8 x 0.5;
    # undated: no gap.
    assert found == pytest.approx([1.0, 0.9, 0.4, 1.0])
    assert later_weights(weights, pairs, days, outlets, ClusterParams()) is weights


def test_reports_days_apart_are_two_stories_of_one_storyline() -> None:
    documents = [
        _document("f1", FLOOD, 0, "a"),
        _document("f2", f"{RESCUE} {FLOOD}", 2.9, "b"),
        _document("c", CUP, 0, "c"),
    ]
    plain = ClusterParams(threshold=0.5, storyline_threshold=0.1, copy_threshold=1.0)
    assert _stories_and_lines(documents, plain) == (2, 2)
    later = dataclasses.replace(plain, later_weight=0.5)
    assert _stories_and_lines(documents, later) == (3, 2)
    # Within a day and a half, or undated, nothing changes.
    near = [documents[0], _document("f2", f"{RESCUE} {FLOOD}", 1.4, "b"), documents[2]]
    assert _stories_and_lines(near, later) == (2, 2)
    undated = [_document("f1", FLOOD, None, "a"), *documents[1:]]
    assert _stories_and_lines(undated, later) == (2, 2)


def test_one_outlets_reports_more_than_a_day_apart_count_less() -> None:
    params = ClusterParams(
        threshold=0.5,
        storyline_threshold=0.1,
        copy_threshold=1.0,
        same_outlet_weight=1.0,
        outlet_later_weight=0.5,
    )

    def documents(day: float, outlet: str) -> list[Document]:
        return [
            _document("f1", FLOOD, 0, "a"),
            _document("f2", f"{RESCUE} {FLOOD}", day, outlet),
            _document("c", CUP, 0, "c"),
        ]

    assert _stories_and_lines(documents(1.2, "a"), params) == (3, 2)
    assert _stories_and_lines(documents(0.8 * DAY, "a"), params) == (2, 2)
    assert _stories_and_lines(documents(1.2, "b"), params) == (2, 2)


def test_settings_check_the_later_weights() -> None:
    settings = Settings()
    assert settings.story_later_weight < 1 and settings.same_outlet_later_weight < 1
    with pytest.raises(SettingsError, match="story_later_weight"):
        Settings(story_later_weight=1.5)
    with pytest.raises(SettingsError, match="story_later_after_days"):
        Settings(story_later_after_days=-1)


def test_a_story_the_discount_changes_still_lies_in_one_storyline() -> None:
    from marsad.cluster import _lines_holding

    # Items 0 and 1 are one story but were in two storylines of the undiscounted merges.
    assert _lines_holding([0, 0, 2, 3], [0, 1, 2, 1]) == [0, 0, 2, 0]
    assert _lines_holding([0, 1, 2], [0, 0, 2]) == [0, 0, 2]
