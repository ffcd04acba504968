"""One count told twice: the same figure of the same counted thing, or a goal's minute, in two
shown sentences (issue 19, round 16), on real February 2018 sentences."""

from datetime import UTC, datetime

import numpy as np

from marsad.summarize.base import StoryText
from marsad.summarize.figure_repeats import COUNT_LOGIT, counts, figure_repeats, rounded
from marsad.summarize.select import select
from storydocs import logit_story
from storydocs import sentence_index as _index
from storydocs import shown_texts as _shown

# a75d1025: Al Arabiya's lead gives Bayern's 2-1 at Wolfsburg; its third sentence gives it again.
LEAD = (
    "انتزع بايرن ميونيخ فوزا صعبا من مضيفه فولفسبورغ 2 - 1 خلال المباراة التي جمعتهما يوم "
    'السبت ضمن منافسات المرحلة الثالثة والعشرين من الدوري الألماني لكرة القدم "بوندسليغا".'
)
AGAIN = "وحول بايرن ميونخ تأخره بهدف أمام مضيفه فولفسبورغ إلى فوز 2 - 1."
# b23ed187: the 4-1 again, with the scorers and their minutes: figures the lead does not give.
LIVERPOOL_LEAD = (
    "انتزع ليفربول المركز الثاني بالدوري الإنجليزي الممتاز لكرة القدم بتغلبه على ويست هام "
    "يونايتد 4 - 1 يوم السبت في الجولة الثامنة والعشرين من الدوري."
)
LIVERPOOL_SCORERS = (
    "وعلى ملعب أنفيلد، اكتسح ليفربول ضيفه ويست هام 4 - 1 وسجل أهداف ليفربول الألماني إيمري "
    "تشان في الدقيقة 29 والمصري محمد صلاح في الدقيقة 51."
)
# bc63b27f: Sky gives Agüero's goal in brackets, the BBC at "الدقيقة 18".
SKY_SCORERS = (
    "وتناوب كل من سيرخيو أغويرو (18) وفنسنت كومباني (58) ودافيد سيلفا (65)، على تسجيل أهداف "
    'سيتي، الذي لم يجد مقاومة كبيرة من "المدفعجية".'
)
BBC_GOAL = (
    "وشهدت المباراة، التي أقيمت على ملعب ويمبلي في العاصمة لندن، تفوقا مبكرا لسيتي بهدف سجله "
    "الأرجنتيني سيرغيو أغويرو في الدقيقة 18 من انطلاق المباراة."
)
CITY_LEAD = (
    "حقق مانشستر سيتي أول لقب له تحت قيادة مديره الفني بيب غوارديولا، عندما سحق أرسنال بثلاثية "
    "نظيفة، الأحد، في نهائي كأس رابطة الأندية الإنجليزية المحترفة."
)
# c50e0e4e: France 24's lead of the survivors' march gives the shooting's 17 dead as background.
SHOOTING = (
    "فبعد ثلاثة أيام على مقتل 17 شخصا عندما فتح مراهق مضطرب النار الأربعاء الفائت داخل مدرسة "
    "ثانوية في مدينة باركلاند، ألقت الطالبة ايما غونزالس خطابا ناريا امام حشد من الطلبة."
)
MARCH = (
    "أعلن طلاب نجوا من ثاني أكبر هجوم بالرصاص في مدرسة أمريكية أوقع الأربعاء الماضي 17 قتيلا في "
    "فلوريدا، عن تنظيم مسيرة في واشنطن، لحث المشرعين على تعديل قوانين حيازة السلاح."
)
# 8005b624: the Mali army's "7 كلم" is none of the lead's counts (its seven civilians).
MALI_LEAD = (
    "قتل ستة عسكريين وحارس غابات، الثلاثاء، في هجومين نسبا الى متشددين وسط مالي، في حين اتهم "
    "الجيش بقتل سبعة مدنيين بعد توقيفهم في 21 فبراير."
)
MALI_ARMY = (
    'وقال جيش مالي إن آلية للقوات المسلحة انفجرت الثلاثاء "عند مرورها على عبوة ناسفة على بعد '
    'حوالى 7 كلم شرق ديورا" في منطقة سيغو، "والحصيلة ستة قتلى".'
)
# b7203f3d: one sum of money; bb5dc4ce: an age, which two facts of one person share.
GREEN_BONDS = (
    'أصبحت إندونيسيا أول دولة آسيوية تبيع سندات "خضراء" دوليا من خلال صفقة بقيمة 1.25 مليار '
    "دولار لتطرق بذلك أبواب الاستثمارات الصديقة للبيئة."
)
AGE = "وعُقدت جلسة النطق بالحكم على المتهم، عمران علي (24 عاما)، داخل سجن بمدينة لاهور."
DURATION = "طالب غوتيريس بتطبيق قرار مجلس الأمن بوقف إطلاق النار في سوريا لمدة 30 يوما فورا."
OTHER = "قال وزير المالية إن الحكومة ستعرض ميزانية العام المقبل على البرلمان الأسبوع المقبل."
# 37dba949: Sky's exact rises of Japan's exports and imports, Al Arabiya's rounded ones.
EXPORTS = (
    "وارتفعت الصادرات بنسبة 12,2 في المئة لتصل الى ستة آلاف و86 تريليون ين، لكن الواردات "
    "ارتفعت بدورها بنسبة 7,9 بالمئة لتصل الى سبعة آلاف و29 تريليون ين."
)
EXPORTS_ROUNDED = "وقد ارتفعت الصادرات بنحو 12% في حين نمت الواردات بنحو 8%."
# 18b8ad32: Al Arabiya's lead of the strikes on Gaza and France 24's army statement, which opens
# its quotation after the figure.
GAZA_LEAD = (
    "أفاد مسؤولون طبيون محليون أن النيران الإسرائيلية قتلت شابين فلسطينيين في غزة الأحد، عندما "
    "قصفت إسرائيل 18 هدفا لجماعات من النشطاء في القطاع ردا على تفجير أسفر عن إصابة أربعة جنود "
    "إسرائيليين."
)
GAZA_ARMY = (
    'وأوضح الجيش الإسرائيلي أنه شن منذ السبت ضربات جوية على 18 "هدفا إرهابيا يعود لحماس" في '
    "قطاع غزة."
)
SATURDAY = datetime(2018, 2, 17, 20, tzinfo=UTC)


def _story(articles: list[tuple[str, list[str]]], value: float) -> StoryText:
    """The February logits of the Bayern pair were -1.25 / -0.80."""
    return logit_story(articles, value, SATURDAY)


def test_counts_read_a_counted_figure_and_a_goals_minute() -> None:
    assert (1.25e9, "دولار") in counts(GREEN_BONDS)
    assert counts(SKY_SCORERS) & counts(BBC_GOAL) == {(18.0, "minute")}
    assert (2.0, "goal") in counts(AGAIN)
    # one count by its concept, whatever noun counts it
    assert counts("ارتفعت حصيلة القتلى إلى 77 قتيلا") == counts("أسفر القصف عن مقتل 77 شخصا")


def test_a_counted_noun_in_quotation_marks_is_read() -> None:
    assert counts(GAZA_ARMY) == {(18.0, "هدف")}
    assert counts(GAZA_ARMY) <= counts(GAZA_LEAD)
    # a closing mark after a figure opens nothing: the next word is not its counted noun
    assert not counts('وقال إن "الميزانية ستقر في 2018" وأضاف أن الحكومة ملتزمة.')


def test_a_quoted_count_told_again_by_another_outlet_is_left_out() -> None:
    story = _story([("alarabia", [GAZA_LEAD]), ("france24", [OTHER, GAZA_ARMY])], -1.0)
    shown = select(story, np.array([2.0, 0.5, 1.0]), words=200, redundancy=0.99)
    assert [s.text for s in shown] == [GAZA_LEAD, OTHER]
    # one of the lead's two counts (the four soldiers): not the first line's credit
    assert shown[0].sources == ("a0",)


def test_an_age_or_a_duration_is_no_count() -> None:
    assert not counts(AGE)
    assert not counts(DURATION)


def test_the_later_sentence_giving_the_count_again_is_left_out() -> None:
    story = _story([("alarabia", [LEAD, AGAIN]), ("skynews", [OTHER])], -1.0)
    assert figure_repeats(story, [0, 1, 2], lambda _one, _two: True) == {
        _index(story, AGAIN): _index(story, LEAD)
    }
    shown = _shown(story)
    assert LEAD in shown and OTHER in shown and AGAIN not in shown


def test_a_goals_minute_told_by_two_outlets_is_shown_once() -> None:
    story = _story([("skynews", [SKY_SCORERS]), ("bbc", [CITY_LEAD, BBC_GOAL])], -1.0)
    assert BBC_GOAL not in _shown(story)


def test_a_first_sentence_giving_the_count_again_stays() -> None:
    story = _story([("skynews", [OTHER, SHOOTING]), ("france24", [MARCH])], -1.0)
    assert MARCH in _shown(story)


def test_a_later_sentence_with_a_figure_of_its_own_stays() -> None:
    story = _story([("alarabia", [LIVERPOOL_LEAD, LIVERPOOL_SCORERS]), ("skynews", [OTHER])], 0.0)
    assert LIVERPOOL_SCORERS in _shown(story)


def test_a_later_sentence_with_a_count_of_its_own_stays() -> None:
    story = _story([("skynews", [MALI_LEAD, MALI_ARMY]), ("bbc", [OTHER])], -1.0)
    assert MALI_ARMY in _shown(story)


def test_far_apart_for_the_classifier_the_count_is_two_facts() -> None:
    story = _story([("alarabia", [LEAD, AGAIN]), ("skynews", [OTHER])], COUNT_LOGIT - 0.5)
    assert AGAIN in _shown(story)


def test_one_articles_summary_is_left_to_its_scorer() -> None:
    story = _story([("alarabia", [LEAD, AGAIN])], -1.0)
    story.__dict__["pair_logits"] = None  # as for every one-article story
    assert AGAIN in _shown(story)


def test_the_kept_sentence_is_credited_to_the_left_out_one_only_with_the_same_figures() -> None:
    scores = np.array([2.0, 1.0, 0.5])
    story = _story([("skynews", [SKY_SCORERS]), ("bbc", [CITY_LEAD, BBC_GOAL])], -1.0)
    shown = select(story, scores, words=200, redundancy=0.99)
    assert [s.text for s in shown] == [SKY_SCORERS, CITY_LEAD]
    assert shown[0].sources == ("a0",)  # the BBC gives one of Sky's three minutes
    twin = BBC_GOAL.replace("الدقيقة 18", "الدقيقة 18 ثم كومباني (58) وسيلفا (65)")
    story = _story([("skynews", [SKY_SCORERS]), ("bbc", [CITY_LEAD, twin])], -1.0)
    shown = select(story, scores, words=200, redundancy=0.99)
    assert [s.text for s in shown] == [SKY_SCORERS, CITY_LEAD]
    assert set(shown[0].sources) == {"a0", "a1"}


def test_a_hedged_whole_figure_rounds_an_exact_one() -> None:
    assert rounded(EXPORTS_ROUNDED, EXPORTS) == {(12.0, "percent"), (8.0, "percent")}
    assert not rounded(EXPORTS, EXPORTS_ROUNDED)  # the exact figure adds precision: news
    unhedged = EXPORTS_ROUNDED.replace("بنحو ", "ب")
    assert not rounded(unhedged, EXPORTS)  # without a hedge, 12% is another figure


def test_a_later_sentence_rounding_the_earlier_ones_figures_is_left_out() -> None:
    articles = [("skynews", [OTHER, EXPORTS]), ("alarabia", [GREEN_BONDS, EXPORTS_ROUNDED])]
    assert EXPORTS_ROUNDED not in _shown(_story(articles, -1.0))
    articles = [("alarabia", [OTHER, EXPORTS_ROUNDED]), ("skynews", [GREEN_BONDS, EXPORTS])]
    assert EXPORTS in _shown(_story(articles, -1.0))  # the exact figures come later: they stay
