"""One count told twice in a one-article summary: the lead's count given again further on,
attributed or quoted, with a shared name (issue 19, round 18), on real February 2018 sentences."""

from datetime import UTC, datetime

from marsad.summarize.article_repeats import article_repeats
from marsad.summarize.base import StoryText
from storydocs import logit_story, sentences_document
from storydocs import shown_texts as _shown

# bdb7cd14 (Sky): the lead reports the Russian general's claim, the next sentence quotes it.
GENERAL = (
    'قال جنرال روسي، الخميس، إن بلاده اختبرت "أكثر من 200 نوع جديد من الأسلحة" في سوريا، وجاء '
    "التصريح وسط اتهامات لموسكو بالمشاركة في القصف العنيف على آخر معاقل المعارضة قرب دمشق."
)
QUOTED = (
    "وأضاف الجنرال فلاديمير شامانوف الذي يترأس لجنة نيابية مكلفة بالدفاع أمام مجلس النواب "
    '(الدوما) "لقد اختبرنا في دعمنا للشعب السوري أكثر من 200 نوع جديد من الأسلحة".'
)
KREMLIN = "من ناحيته، نفى الكرملين، الأربعاء، أي دور في الغارات."
# f53bd983 (Sky): the 63 children again, with the three quarters not vaccinated: a figure more.
FLU = (
    'توقع مسؤولون أميركيون أن يستمر موسم الإنفلونزا الحالي "العنيف" أسابيع عدة، وذلك بعد أن '
    "أودى بحياة 63 طفلا في الولايات المتحدة."
)
FLU_MORE = (
    "وقالت آن شوكيت القائمة بأعمال مدير المراكز الأميركية لمكافحة الأمراض إن 63 طفلا "
    "بالولايات المتحدة توفوا بسبب الإنفلونزا هذا الموسم، مشيرة إلى أن ثلاثة أرباعهم لم يلقحوا."
)
# 0a6c4dd5 (Al Arabiya): one sum of a list of rulings is another ruling's.
RULINGS = (
    "ونشر الاتحاد السعودي لكرة القدم تفاصيل القرارات: إلزام الشباب بدفع مبلغي 350 ألف ريال و5 "
    "آلاف ريال للمدعي الهلال، ومبلغ 17 ألفا و500 ريال لحساب الاتحاد السعودي، وإلزام الشباب "
    "بدفع مبالغ 100 ألف دولار و5 آلاف ريال للمدرب فتحي الجبال."
)
ONE_RULING = (
    "وردّ الدعوى المقامة من الفيصلي ضد اللاعب نادر بن سالم المولد، وإلزام النادي بدفع 5 آلاف "
    "ريال لحساب الاتحاد السعودي."
)
# 9936d6db (BBC): a day of January and a day of May are no count.
ULTIMATUM = (
    "لكن الرئيس الأميركي، دونالد ترامب، وجه إنذارا للقوى الأوروبية يوم 12 يناير، قائلا إنه "
    'يتعين عليها "إصلاح العيوب المزعجة في الاتفاق النووي الإيراني".'
)
THURSDAY = datetime(2018, 2, 22, 10, tzinfo=UTC)
DEADLINE = "وستستأنف العقوبات الأميركية ما لم يصدر ترامب قرارا جديدا بتجديد رفعها يوم 12 مايو."


def _one_article(sentences: list[str]) -> StoryText:
    document = sentences_document("a0", "skynews", "2018-02-22T10:00:00+00:00", "عنوان", sentences)
    story = StoryText.build([document], attribution_threshold=0.5)
    assert story.pair_logits is None  # as for every one-article story
    return story


def test_the_quote_of_the_leads_count_is_left_out() -> None:
    story = _one_article([GENERAL, QUOTED, KREMLIN])
    assert article_repeats(story, [0, 1, 2]) == {1: 0}
    assert _shown(story) == [GENERAL, KREMLIN]


def test_a_later_sentence_with_a_figure_of_its_own_stays() -> None:
    assert article_repeats(_one_article([FLU, FLU_MORE]), [0, 1]) == {}


def test_one_sum_of_a_list_of_sums_is_another_item() -> None:
    assert article_repeats(_one_article([GENERAL, RULINGS, ONE_RULING]), [0, 1, 2]) == {}


def test_a_day_of_a_month_is_no_count() -> None:
    assert article_repeats(_one_article([GENERAL, ULTIMATUM, DEADLINE]), [0, 1, 2]) == {}


def test_the_first_sentence_is_never_the_repeat() -> None:
    # read after its quote (a summary may open with another sentence), the lead still stays
    assert article_repeats(_one_article([GENERAL, QUOTED]), [1, 0]) == {}


def test_a_story_the_pair_classifier_reads_is_left_to_figure_repeats() -> None:
    story = logit_story([("skynews", [GENERAL, QUOTED]), ("bbc", [KREMLIN])], -5.0, THURSDAY)
    assert article_repeats(story, [0, 1, 2]) == {}
    assert QUOTED in _shown(story)
