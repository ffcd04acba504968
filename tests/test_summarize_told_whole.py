"""An outlet whose sentence tells the shown fact whole in its own words is credited (issue 19,
round 20), on real February 2018 sentences: Sky's and Al Arabiya's reports of Real Madrid's
bid for Hazard with Bale (story 6e4f6196), and the BBC's and Sky's reports of the King's College
study on tooth erosion (c9a5c009), where the shown sentence points to "those drinks" told
before it."""

import importlib
import re

import pytest

from marsad.model import Document
from marsad.settings import Settings
from marsad.summarize import restated
from marsad.summarize.base import StoryText
from marsad.summarize.restated import TOLD_SAME, TOLD_STATES, told_whole
from marsad.summarize.select import _summary_sentence
from storydocs import sentences_document

SKY_HAZARD = [
    "ذكرت تقارير صحفية أن ريال مدريد الإسباني يفكر جدياً بالتضحية بالجناح الويلزي غاريث بيل من "
    "أجل الظفر بخدمات البلجيكي إيدين هازارد صانع الألعاب في صفوف تشلسي الإنجليزي.",
    "ووفقاً لصحيفة ديلي ستار فإن المفاوضات بين ريال مدريد وتشلسي بدأت بالفعل، حيث عرض الريال "
    "مبلغ 100 مليون جنيه إسترليني بالإضافة لغاريث بيل من أجل التعاقد مع هازارد.",
    "ومن المتوقع أن تتغير تشكيلة المدرب الفرنسي زين الدين زيدان في الموسم المقبل بسبب تقدم عمر "
    "أغلب نجوم الفريق على غرار كريستيانو رونالدو ولوكا مودريش وكريم بنزيما.",
    "وزدادت الشكوك حول مستقبل هازارد مع النادي اللندني، بعد الأنباء عن تأجيل اللاعب مفاوضات "
    "تجديد عقده مع تشلسي، في ظل اهتمام ريال مدريد بخدماته.",
]
ARABIYA_HAZARD = [
    'ذكرت صحيفة "صنداي إكسبريس" يوم الأحد أن نادي ريال مدريد الإسباني يسعى لضم البلجيكي الدولي '
    "إدين هازارد نجم تشيلسي الإنجليزي مقابل 100 مليون جنيه إسترليني بجانب الاستغناء لتشيلسي عن "
    "الجناح الويلزي غاريث بيل.",
    "ويماطل هازارد في تمديد عقده مع تشيلسي، ربما في إشارة إلى رغبته في الانتقال لريال مدريد الذي "
    "يعاني بشدة في الموسم الحالي.",
    "ويحتل الريال المركز الرابع بجدول ترتيب الدوري الإسباني بفارق 20 نقطة عن برشلونة المتصدر.",
    "ويرغب فريقا مانشستر يونايتد وتوتنهام في ضم بيل ولكن الجناح الويلزي يبدو أنه سيدخل في صفقة "
    "مقايضة مع تشيلسي، حال إبرام صفقة انتقال هازارد لسانتياغو برنابيو.",
]
BBC_TEETH = [
    "توصلت دراسة علمية إلى أن احتساء المشروبات الحامضية، مثل الشاي بنكهة الفواكة والمياه ذات "
    "النكهات، قد يؤدي إلى تآكل الأسنان والإضرار بمينا الأسنان.",
    "وتوصل فريق من الباحثين، في جامعة كينغز كوليدج لندن، إلى أن تناول تلك المشروبات بين "
    "الوجبات، ورشفها لفترة طويلة، يزيد من مخاطر تآكل الأسنان بسبب الأحماض.",
    "وتآكل الأسنان هو فقدان تدريجي للمادة الصلبة منها، بسبب عمليات كيميائية لا تتضمن نشاطا "
    "بكتيريا.",
    "وهناك أسباب أخرى تزيد من مخاطر تآكل الأسنان، منها النظام الغذائي، واختيارات نمط الحياة، "
    "والبيئة، وفي بعض الحالات الأدوية.",
    "وفحصت الدراسة، التي نُشرت نتائجها في دورية بريتيش دينتال جورنال، الأنظمة الغذائية لـ 300 "
    "شخص يعانون من تآكل شديد في الأسنان.",
    "وقالت الدراسة إن المشكلة تتفاقم كلما زاد الأشخاص من تناول الوجبات الخفيفة.",
    "ورأى الباحثون أن الشاي بطعم الفواكة، ومشروبات الحمية الغذائية، والمشروبات السكرية، والمياه"
    " ذات النكهات وغيرها، كلها مشروبات حامضية قد تؤدي إلى تآكل وتمزق الأسنان.",
    "كما أن الرشف المستمر لتلك المشروبات، أو الإبقاء عليها في الفم قبل ابتلاعها، يزيد من مخاطر "
    "تآكل الأسنان.",
]
SKY_TEETH = [
    "كشفت دراسة طبية أن تناول شاي الفواكه والمشروبات التي لا تحتوي على سكر بين الوجبات يمكن أن "
    "تضاعف لأحد عشر مرة من عملية تآكل الأسنان.",
    "كما حذرت الدراسة، التي أعدها فريق من جامعة كينز كوليدج في لندن، من تناول المقرمشات المملحة"
    " أو تلك المطعمة بالخل خاصة وأنها من الأطعمة التي تحتوي على مستويات عالية من الأحماض التي "
    "يمكن أن تضاعف من عملية نخر الأسنان.",
    "ونبهت من أن تناول المشروبات الحمضية - مثل شاي الفواكه أو الليمون مع الماء - بين الوجبات "
    "يعد واحدا من أكثر الآثار الضارة على بنية الأسنان.",
    "وتعد هذه العادات الغذائية من الأمور التي تزيد من تآكل الأسنان بشكل كبير، مقارنة باستهلاك "
    "هذه المشروبات مع وجبات الطعام، والتي يمكن أن يقلل ضررها إلى النصف في حال تناولها بين "
    "الوجبات.",
    "ووجد البحث أيضا أن المشروبات الغازية الخالية من السكر يمكن أن تعمل على تآكل الأسنان مثل "
    "المشروبات المحلاة بالسكر أيضا.",
    "ولفتت الدراسة، التي نشرت في مجلة طب الأسنان البريطانية، أن أطباء الأسنان يرون أعدادا "
    "متزايدة من المرضى الذين يعانون من تآكل الأسنان، والتي قد تكون مرتبطة بتغيير أنماط الأكل، "
    "مثل زيادة الوجبات الخفيفة لدى الأطفال والبالغين على السواء.",
]
SETTINGS = Settings()


def _story(*articles: tuple[str, str, str, list[str]]) -> StoryText:
    documents: list[Document] = [
        sentences_document(article_id, source, published, "عنوان", sentences)
        for article_id, source, published, sentences in articles
    ]
    return StoryText.build(documents, attribution_threshold=SETTINGS.attribution_threshold)


def _at(story: StoryText, article: str, index: int) -> int:
    return next(
        k for k, s in enumerate(story.sentences) if s.article == article and s.index == index
    )


def _hazard() -> StoryText:
    return _story(
        ("sky", "skynews", "2018-02-18T09:10:43+00:00", SKY_HAZARD),
        ("arabiya", "alarabia", "2018-02-18T17:02:03+04:00", ARABIYA_HAZARD),
    )


def _teeth() -> StoryText:
    return _story(
        ("sky", "skynews", "2018-02-23T01:25:58+00:00", SKY_TEETH),
        ("bbc", "BBC", "2018-02-24T00:42:37+00:00", BBC_TEETH),
    )


def test_the_transfer_report_told_in_other_words_is_credited() -> None:
    story = _hazard()
    shown, theirs = _at(story, "sky", 0), _at(story, "arabiya", 0)
    logits = story.pair_logits
    assert logits is not None
    # one fact both ways with confidence; "states" under its own bar, over this rule's
    assert min(logits["same"][shown, theirs], logits["same"][theirs, shown]) >= TOLD_SAME
    assert TOLD_STATES <= logits["states"][shown, theirs] < -0.405
    assert told_whole(story, shown) == [theirs]
    assert "arabiya" in _summary_sentence(story, shown).sources


def test_without_the_rule_the_outlet_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _hazard()
    shown = _at(story, "sky", 0)
    select = importlib.import_module("marsad.summarize.select")  # the package names a function so
    monkeypatch.setattr(select, "told_whole", lambda story, index: [])
    assert "arabiya" not in _summary_sentence(story, shown).sources


def test_a_name_the_other_does_not_give_is_no_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _hazard()
    shown = _at(story, "sky", 0)
    monkeypatch.setattr(restated, "anchors", lambda text: (frozenset({text}), frozenset()))
    assert told_whole(story, shown) == []


def test_a_sentence_pointing_to_a_thing_told_before_is_no_credit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _teeth()
    shown, theirs = _at(story, "bbc", 1), _at(story, "sky", 1)
    assert told_whole(story, shown) == []
    assert "sky" not in _summary_sentence(story, shown).sources
    # without the pointing test the study's other finding (salted crisps) would be credited
    monkeypatch.setattr(restated, "_POINTING", re.compile(r"(?!)"))
    assert told_whole(story, shown) == [theirs]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("إلى أن تناول تلك المشروبات بين الوجبات", True),
        ("وقد تبنى التنظيم هذا الهجوم", True),
        ("ويصل في وقت لاحق هذا العام", False),  # a time
        ("وشملت هذه الدراسة التي نشرت أمس", False),  # a noun the sentence defines
        ("ذكرت تقارير صحفية أن ريال مدريد", False),
    ],
)
def test_pointing(text: str, points: bool) -> None:
    assert bool(restated._POINTING.search(text)) is points


def test_a_sentence_telling_another_event_credits_nothing() -> None:
    """A sentence ``offevent.other_event`` marks (a preview of the match the shown sentence
    reports, a roundup's other match) is no credit, however alike its words; when the shown
    sentence is itself marked, its credits stand."""
    import numpy as np

    story = _hazard()
    shown, theirs = _at(story, "sky", 0), _at(story, "arabiya", 0)
    assert "arabiya" in _summary_sentence(story, shown).sources
    off = np.zeros(len(story.sentences), dtype=bool)
    off[theirs] = True
    story.__dict__["off_event"] = off  # the cached mask, as other_event would give it
    assert "arabiya" not in _summary_sentence(story, shown).sources
    off[shown] = True
    assert "arabiya" in _summary_sentence(story, shown).sources
