"""A sentence whose counts a later one of another article gives with more is the repeat, and a
goal's minute written as an ordinal (issue 19, round 21), on real February 2018 sentences
(84ff3859: CNN's and Sky's reports of Saudi Arabia's 3-0 over Moldova)."""

from datetime import UTC, datetime

from marsad.summarize.base import StoryText
from marsad.summarize.figure_repeats import COUNT_LOGIT, counts, figure_contained
from storydocs import logit_story
from storydocs import sentence_index as _index
from storydocs import shown_texts as _shown

CNN_LEAD = (
    "اكتسح المنتخب السعودي ضيفه منتخب مولدوفا بثلاثية نظيفة في أولى مبارياته التحضيرية لكأس "
    'العالم 2018، خلال المباراة التي أقيمت على أرضية ملعب "الجوهرة المشعة".'
)
CNN_GOAL = (
    "وتقدم الأخضر عند الدقيقة العاشرة عبر معتز هوساوي، لينتهي الشوط الأول بهدف نظيف للمنتخب "
    "السعودي."
)
SKY_LEAD = (
    "كسب المنتخب السعودي نظيره منتخب مولدافيا 3-0 في اللقاء الودي الذي جمعهما على ستاد مدينة "
    "الملك عبدالله الرياضية بجدة في إطار استعدادات الأخضر لنهائيات كأس العالم."
)
SKY_SCORERS = "سجل للأخضر عمر هوساوي (10) وتيسير الجاسم (57) ومهند عسيري (88)."
# CNN's second-half sentence: minutes 57 and 88, which its goal sentence does not give.
CNN_SECOND_HALF = (
    "وفي الشوط الثاني، عزز تيسير الجاسم تقدم السعودية بالهدف الثاني، عند الدقيقة 57، قبل أن "
    "يختتم مهند عسيري ثلاثية المنتخب السعودي بالهدف الثالث، عند الدقيقة 88."
)
MONDAY = datetime(2018, 2, 26, 20, tzinfo=UTC)


def _always(_one: int, _two: int) -> bool:
    return True


def _story(articles: list[tuple[str, list[str]]], value: float = -0.5) -> StoryText:
    """Articles in publication order; the February logits of the goal pair were -0.53 / -0.23."""
    return logit_story(articles, value, MONDAY)


def test_a_goals_minute_written_as_an_ordinal_is_read() -> None:
    """Fails without ``_ordinal_minutes``: "العاشرة" is 10, as Sky's "(10)"."""
    assert counts(CNN_GOAL) == {(10.0, "minute")}
    assert counts(CNN_GOAL) < counts(SKY_SCORERS)
    assert (11.0, "minute") in counts("سجل الهدف في الدقيقة الحادية عشرة.")
    assert (25.0, "minute") in counts("وعادل في الدقيقة الخامسة والعشرين.")
    assert (30.0, "minute") in counts("وأضاف الثاني في الدقيقة الثلاثين.")


def test_a_minute_of_added_time_or_of_a_half_is_not_the_matchs() -> None:
    assert not counts("وسجل هدف الفوز في الدقيقة الأولى من الوقت بدل الضائع.")
    assert not counts("وأدرك التعادل في الدقيقة الثالثة من الشوط الثاني.")
    assert not counts("لكن تسديدته في الدقيقة الأخيرة ارتطمت بالمدافع.")


def test_one_goal_before_another_outlets_scorer_list_is_left_out() -> None:
    """CNN's goal sentence, published first, gives one of the minutes Sky's list gives: the
    list stays, the goal sentence goes (fails without ``figure_contained``)."""
    story = _story([("CNN", [CNN_LEAD, CNN_GOAL]), ("skynews", [SKY_LEAD, SKY_SCORERS])])
    goal, scorers = _index(story, CNN_GOAL), _index(story, SKY_SCORERS)
    assert figure_contained(story, [0, goal, 2, scorers], _always) == {goal: scorers}
    shown = _shown(story)
    assert SKY_SCORERS in shown
    assert CNN_GOAL not in shown


def test_a_sentence_with_a_count_of_its_own_stays() -> None:
    """A minute the list does not give (a chance at 25, written here onto CNN's sentence) is
    news: the sentence stays (fails without the strict-subset test)."""
    more = CNN_GOAL.replace("السعودي.", "السعودي، وأضاع السهلاوي فرصة في الدقيقة 25.")
    story = _story([("CNN", [CNN_LEAD, more]), ("skynews", [SKY_LEAD, SKY_SCORERS])])
    assert more in _shown(story)


def test_a_part_of_the_list_from_the_second_half_is_left_out_too() -> None:
    """CNN's second half gives 57 and 88, both in Sky's later list: the list stays."""
    story = _story([("CNN", [CNN_LEAD, CNN_SECOND_HALF]), ("skynews", [SKY_LEAD, SKY_SCORERS])])
    shown = _shown(story)
    assert SKY_SCORERS in shown
    assert CNN_SECOND_HALF not in shown


def test_one_articles_goal_and_its_own_list_are_not_read() -> None:
    """Across outlets only: within one article the goal and the list are its writer's order."""
    story = _story([("skynews", [SKY_LEAD, CNN_GOAL, SKY_SCORERS]), ("CNN", [CNN_LEAD])])
    assert figure_contained(story, list(range(4)), _always) == {}


def test_far_apart_for_the_classifier_both_stay() -> None:
    story = _story(
        [("CNN", [CNN_LEAD, CNN_GOAL]), ("skynews", [SKY_LEAD, SKY_SCORERS])], COUNT_LOGIT - 0.5
    )
    assert CNN_GOAL in _shown(story)


def test_an_articles_first_sentence_is_never_the_repeat() -> None:
    story = _story([("CNN", [CNN_GOAL]), ("skynews", [SKY_LEAD, SKY_SCORERS])])
    assert CNN_GOAL in _shown(story)
