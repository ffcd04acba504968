"""One fact in other forms of its words (``summarize.root_cover``) and the second credit line's
two widenings (issue 19, credit9): a sentence holding the shown one's words by root, and one
read as its fact with confidence reported up to two days later. Engineer-written sentences,
after February 2018's Red Cross story (the two contracts not renewed; the 21 staff)."""

import pytest

from marsad.summarize import also_told as module
from marsad.summarize.also_told import ROOT_SHARE, also_told
from marsad.summarize.base import StoryText
from marsad.summarize.root_cover import root_share
from test_summarize_told_whole import _at, _story

SHOWN = "ولم يتم تجديد عقدي موظفين اثنين آخرين بسبب الاشتباه في سوء سلوكهما الجنسي."
# a verb for the noun (تجديد / تجدد), a plural for the dual (عقدي / عقود), a bare noun
RESTATED = "ولم تجدد المنظمة عقود اثنين آخرين من الموظفين للاشتباه في سلوك جنسي سيء."
OTHER = "وأكد المدير أن المنظمة تحظر على موظفيها شراء الخدمات الجنسية منذ سنوات."

SKY = [
    "أعلنت منظمة الإغاثة الدولية أن 21 من موظفيها طردوا أو استقالوا بسبب سوء السلوك الجنسي.",
    SHOWN,
]
BBC = [
    "قالت منظمة الإغاثة الدولية إن 21 من العاملين فيها فصلوا أو استقالوا بسبب سوء السلوك الجنسي.",
    RESTATED,
    OTHER,
]


def _red_cross(published: str = "2018-02-24T13:00:00+00:00") -> StoryText:
    return _story(
        ("sky", "skynews", "2018-02-24T12:00:00+00:00", SKY), ("bbc", "BBC", published, BBC)
    )


def test_other_forms_of_the_words_are_held_by_root() -> None:
    assert root_share(SHOWN, RESTATED, "ar") >= ROOT_SHARE
    assert root_share(SHOWN, OTHER, "ar") < ROOT_SHARE
    assert root_share("في من على", RESTATED, "ar") == 0.0  # no content word


def test_a_sentence_holding_the_fact_by_root_is_listed_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _red_cross()
    shown, theirs = _at(story, "sky", 1), _at(story, "bbc", 1)
    # the classifier's "same fact" and the anchors out: the roots alone list it
    monkeypatch.setattr(module, "ALSO_SAME", 50.0)
    monkeypatch.setattr(module, "anchors_held", lambda story, index, j: None)
    assert also_told(story, shown, frozenset({"skynews"})) == [theirs]
    monkeypatch.setattr(module, "ROOT_SHARE", 1.01)
    assert also_told(story, shown, frozenset({"skynews"})) == []


def test_one_fact_reported_two_days_later_is_listed_when_read_with_confidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_at = "2018-02-26T14:00:00+00:00"  # 50 hours later: over MAX_APART, within FAR_APART
    story = _red_cross(shown_at)
    shown, theirs = _at(story, "sky", 0), _at(story, "bbc", 0)
    assert also_told(story, shown, frozenset({"skynews"})) == [theirs]
    monkeypatch.setattr(module, "FAR_SAME", 50.0)
    assert also_told(story, shown, frozenset({"skynews"})) == []


def test_a_report_days_later_is_not_listed() -> None:
    story = _red_cross("2018-02-28T12:00:00+00:00")  # four days: another development
    assert also_told(story, _at(story, "sky", 0), frozenset({"skynews"})) == []
