"""One fact in other forms of its words (``summarize.root_cover``), listed on the second credit
line (issue 19, credit9). Engineer-written sentences after February 2018's Red Cross story (the
two contracts not renewed)."""

import pytest

from marsad.summarize import also_told as module
from marsad.summarize.also_told import ROOT_BACK, ROOT_SHARE, also_told
from marsad.summarize.base import StoryText
from marsad.summarize.root_cover import root_share
from test_summarize_told_whole import _at, _story

SHOWN = "ولم يتم تجديد عقدي موظفين اثنين آخرين بسبب الاشتباه في سوء سلوكهما الجنسي."
# a verb for the noun (تجديد / تجدد), a plural for the dual (عقدي / عقود), a bare noun
RESTATED = "ولم تجدد المنظمة عقود اثنين آخرين من الموظفين للاشتباه في سلوك جنسي سيء."
OTHER = "وأكد المدير أن المنظمة تحظر على موظفيها شراء الخدمات الجنسية منذ سنوات."
# the shown sentence's words inside a long sentence about something else
LONGER = (
    "وقالت المنظمة في تقرير طويل عن برامجها في أفريقيا وآسيا إن ميزانية الإغاثة تراجعت هذا العام "
    "وإنها لم تجدد عقود اثنين آخرين من الموظفين للاشتباه في سلوك جنسي وإن مكاتبها في جنيف ونيروبي "
    "ستراجع إجراءات التوظيف والتدريب والرقابة المالية في كل البعثات الميدانية، بعد زيارة "
    "الأمين العام لمخيمات اللاجئين في كينيا وأوغندا والصومال وإثيوبيا الشهر الماضي."
)

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
    assert root_share(RESTATED, SHOWN, "ar") >= ROOT_BACK
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


def test_a_long_sentence_holding_the_words_among_others_is_not_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story(
        ("sky", "skynews", "2018-02-24T12:00:00+00:00", SKY),
        ("bbc", "BBC", "2018-02-24T13:00:00+00:00", [BBC[0], LONGER]),
    )
    shown = _at(story, "sky", 1)
    assert root_share(SHOWN, LONGER, "ar") >= ROOT_SHARE  # held one way, not back
    assert root_share(LONGER, SHOWN, "ar") < ROOT_BACK
    monkeypatch.setattr(module, "ALSO_SAME", 50.0)
    monkeypatch.setattr(module, "anchors_held", lambda story, index, j: None)
    assert also_told(story, shown, frozenset({"skynews"})) == []


def test_a_report_days_later_is_not_listed() -> None:
    story = _red_cross("2018-02-28T12:00:00+00:00")  # four days: another development
    assert also_told(story, _at(story, "sky", 0), frozenset({"skynews"})) == []
