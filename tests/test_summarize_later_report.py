"""A later report of the same fact (``also_told.later_report``), listed on the second credit
line (issue 19, round 31, credits32): an outlet running a wire fact two days after the shown
sentence's article. Engineer-written sentences (a made-up referee's interview, a minister's
statements), not corpus text."""

import pytest

from marsad.summarize import also_told as module
from marsad.summarize.also_told import _other_speaker, also_told, later_report
from marsad.summarize.base import StoryText
from test_summarize_told_whole import _at, _story

SHOWN = "اعترف الحكم النرويجي هانس أولسن بأنه ارتكب أخطاء في مباراة برشلونة وتشيلسي عام 2009."
LATER = "وكان الحكم النرويجي هانس أولسن قد اعترف بارتكاب أخطاء في مباراة برشلونة وتشيلسي عام 2009."
# another referee: a participant of the shown sentence missing from the article
OTHER = "وكان الحكم الإيطالي ماركو روسي قد اعترف بارتكاب أخطاء في مباراة برشلونة وتشيلسي عام 2009."
CNN = [SHOWN, "وقال أولسن إنه لم يعد يدير المباريات منذ سنوات."]


def _referee(later: str, published: str = "2018-02-20T08:00:00+00:00") -> StoryText:
    return _story(
        ("cnn", "CNN", "2018-02-18T08:00:00+00:00", CNN),
        ("sky", "skynews", published, [later, "ويلتقي الفريقان مساء الثلاثاء في لندن."]),
    )


def _sure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier and the credit model read as sure of one fact: the rule's own gates."""
    monkeypatch.setattr(module, "LATER_SAME", -50.0)
    monkeypatch.setattr(module, "LATER_CREDIT", -50.0)
    monkeypatch.setattr(module, "ALSO_CREDIT", -50.0)
    monkeypatch.setattr(module, "ALSO_SAME", -50.0)


def test_the_same_fact_reported_two_days_later_is_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _referee(LATER)
    shown, theirs = _at(story, "cnn", 0), _at(story, "sky", 0)
    _sure(monkeypatch)
    assert also_told(story, shown, frozenset({"CNN"})) == [theirs]
    # without the rule the 48 hours apart rule the report out (``MAX_APART``)
    monkeypatch.setattr(module, "LATER_SAME", 50.0)
    assert also_told(story, shown, frozenset({"CNN"})) == []


def test_a_report_leaving_out_an_anchor_is_not_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _referee(OTHER)
    shown, theirs = _at(story, "cnn", 0), _at(story, "sky", 0)
    published = {d.id: d.article.published for d in story.documents}
    assert not later_report(published, story, shown, theirs)
    _sure(monkeypatch)
    assert also_told(story, shown, frozenset({"CNN"})) == []


def test_a_report_more_than_three_days_later_is_not_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _referee(LATER, "2018-02-22T09:00:00+00:00")  # 97 hours: another development
    _sure(monkeypatch)
    assert also_told(story, _at(story, "cnn", 0), frozenset({"CNN"})) == []


def test_another_speaker_naming_the_same_person_is_another_statement() -> None:
    minister = "وقال وزير الخارجية سامي حداد إن بلاده قدمت تعديلات على مشروع القرار في المجلس."
    sources = "وقالت مصادر دبلوماسية إن التصويت كان مواجهة بين السفيرة ووزير الخارجية سامي حداد."
    again = "وأكد وزير الخارجية سامي حداد أن بلاده قدمت تعديلات على مشروع القرار أمام المجلس."
    assert _other_speaker(minister, sources)
    assert not _other_speaker(minister, again)
    assert not _other_speaker(SHOWN, LATER)  # no quoted speaker: the guard does not read it
