"""One fact told twice by two articles' leads: the later lead, adding no figure, name, weekday or
event of its own, is left out (issue 19, item 1, round 17), on real February 2018 sentences."""

from datetime import UTC, datetime

from marsad.summarize.base import StoryText
from marsad.summarize.lead_repeats import LEAD_REPEAT_LOGIT, lead_repeats
from storydocs import logit_story
from storydocs import sentence_index as _index
from storydocs import shown_texts as _shown

# bb30bd10: Sky's lead of the Belgian ruling, then the BBC's, which adds nothing of its own
# (February logits -0.69 / -0.62).
SKY = (
    "هددت محكمة بلجيكية شركة فيسبوك، الجمعة، بغرامة تصل إلى 125 مليون دولار، إذا استمرت في "
    "مخالفة قوانين الخصوصية من خلال تتبع زيارات المستخدمين لمواقع أخرى."
)
BBC = "أمرت محكمة بلجيكية شركة فيسبوك بوقف تعقب الأشخاص بدون الحصول على موافقتهم."
BBC_SECOND = "وقالت شركة فيسبوك إنها ستسأنف الحكم الصادر ضدها."
# 2ac15b55-like: the Philippine presidency's call and the Lebanese arrest, two events that name
# one victim (-0.36 / -0.43 in February).
MANILA = (
    "أكد المتحدث باسم رئاسة الفلبين، هاري روكي، في إجابته عن أسئلة صحافيين، السبت، أن الرئيس "
    "الفلبيني رودريغو دوتيرتي، كلف المكتب الوطني للتحقيقات، المطالبة بتسليم اللبناني المشتبه "
    "بقتل الخادمة الفلبينية، جوانا ديمفيليس، والتي عثر عليها داخل فريزر بالكويت."
)
BEIRUT = (
    "أكدت السلطات اللبنانية توقيف مطلوب يشتبه بتورطه في جريمة قتل خادمة فلبينية عثر على جثتها "
    "مخبأة في ثلاجة في الكويت مطلع الشهر الحالي، وفق ما أفاد مصدر قضائي لبناني، السبت."
)
SATURDAY = datetime(2018, 2, 17, 20, tzinfo=UTC)


def _story(articles: list[tuple[str, list[str]]], value: float) -> StoryText:
    """Every pair of sentences at the "same fact" logit ``value``."""
    return logit_story(articles, value, SATURDAY)


def test_a_later_lead_telling_the_earlier_ones_fact_is_left_out() -> None:
    story = _story([("skynews", [SKY]), ("bbc", [BBC, BBC_SECOND])], -0.65)
    order = [_index(story, SKY), _index(story, BBC), _index(story, BBC_SECOND)]
    assert lead_repeats(story, order, lambda _one, _two: True) == {order[1]: order[0]}
    shown = _shown(story)
    assert SKY in shown and BBC_SECOND in shown and BBC not in shown


def test_the_fuller_lead_is_kept_whichever_comes_first() -> None:
    # Sky's lead gives a figure and a weekday the BBC's does not: it is never the repeat.
    story = _story([("bbc", [BBC, BBC_SECOND]), ("skynews", [SKY])], -0.65)
    assert SKY in _shown(story)


def test_under_the_logit_two_leads_are_two_facts() -> None:
    story = _story([("skynews", [SKY]), ("bbc", [BBC, BBC_SECOND])], LEAD_REPEAT_LOGIT - 0.1)
    assert BBC in _shown(story)


def test_a_lead_with_an_event_of_its_own_stays() -> None:
    story = _story([("alarabia", [MANILA]), ("alarabia", [BEIRUT])], -0.4)
    assert BEIRUT in _shown(story)


def test_a_lead_with_a_weekday_or_a_name_of_its_own_stays() -> None:
    monday = BBC.replace("فيسبوك", "فيسبوك، الاثنين،")
    story = _story([("skynews", [SKY]), ("bbc", [monday, BBC_SECOND])], -0.65)
    assert monday in _shown(story)
    named = BBC.replace("محكمة بلجيكية", "محكمة بلجيكية في بروكسل")
    story = _story([("skynews", [SKY]), ("bbc", [named, BBC_SECOND])], -0.65)
    assert named in _shown(story)


def test_a_later_sentence_that_is_no_lead_is_not_read() -> None:
    story = _story([("skynews", [SKY]), ("bbc", [BBC_SECOND, BBC])], -0.65)
    assert BBC in _shown(story)
