"""Issue 18, quantities: the February figure gold's precision errors by category, each on the
ANT sentence (February 2018) it came from: numbers misread, things that are no figures, and the
counted thing taken from the nearest noun and verb."""

from __future__ import annotations

import pytest

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import QuantityMention, quantities


def read(text: str) -> list[tuple[object, ...]]:
    """(value or (low, high), counted) of each figure of a sentence."""
    found = quantities(text, month_words=MONTH_WORDS)
    return [(_value(m), m.counted) for m in found]


def _value(m: QuantityMention) -> object:
    return m.value if m.value is not None else (m.low, m.high)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A preposition or "و" written onto the digits.
        ("بـ50 مليون دولار من أجل جهود إعادة إعمار العراق", [(50_000_000, "money")]),
        ("و500 مليون دولار اضافية لدعم الصادرات العراقية", [(500_000_000, "money")]),
        ("ومساعدات إنسانية بـ5 ملايين دولار", [(5_000_000, "money")]),
        # A colon before a number in words is no clock time.
        ('أنا أعلم: ثلاثون مليون دولار"', [(30_000_000, "money")]),
        # A quarter and a half of a scale.
        ("غرامات تقدر بربع مليون يورو عن كل يوم", [(250_000, "money")]),
        ("الذي يقدر بنحو نصف مليار دولار", [(500_000_000, "money")]),
        # Billions in the accusative, the currency named earlier in the sentence.
        (
            "إن هناك حاجة إلى 22 مليار دولار في الأجل القصير، ونحو 65 ملياراً على المدى المتوسط",
            [(22_000_000_000, "money"), (65_000_000_000, "money")],
        ),
        ("وقدرت وسائل الإعلام القيمة الإجمالية لهذه الهدايا بعشرات آلاف الدولارات",
         [((20_000, 99_000), "money")]),
        # A dot before three digits groups thousands; a comma in the upper bound of a range.
        ("فإن 5.6 مليون شخص في نحو 1.244 منطقة في سوريا", [(5_600_000, "other"), (1244, "other")]),
        ("أن عدد العاطلين عن العمل بلغ 3.309 مليون بانخفاض", [(3_309_000, "other")]),
        ("مع نسبة ضرائب تتراوح بين 8% و15,5%. وقبل هذا الإصلاح", [((8, 15.5), "percent")]),
    ],
)  # fmt: skip
def test_numbers_are_read_whole(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "في ذهاب دور الستة عشر لدوري أبطال أوروبا",  # a teen's second word
        "وترتيبه الرابع عشر في قائمة أكبر الأثرياء",  # an ordinal
        "الطالبة ايما غونزالس البالغة الثامنة عشرة من عمرها",
        "حوالى الساعة 6 مساء (1700 ت غ) ثم توجهت إلى المدرسة",  # clock times
        "وتأجل تصويت كان مقررا الساعة (1600 بتوقيت غرينتش)",
        "اليوم الخميس 6 جمادى الآخرة 1439هـ",  # a Hijri year
        "محاولة الانقلاب التي هزت تركيا في ليل 15-16 تموز/يوليو 2016",  # days of a month
        "ومن المقرر أن تُجرى الانتخابات الرئاسية في مصر بين 26 و28 مارس/آذار المقبل",
        "قبيل الانتخابات الرئاسية المخطط لها في مارس 26-28",
        "ودبابات حديثة من نوع تي 90.",  # a tank model
        "تلقوا هدايا من بينها مثلاً كميات من سيجار فاخر",  # "كميات" is not "ك" + "مئات"
        "وقد تم اعتقال فانس بعد مرور بضع ساعات على وقوع الحادثة",  # a vague while
    ],
)
def test_no_figure(sentence: str) -> None:
    assert read(sentence) == []


def test_a_plain_count_near_a_month_is_still_a_figure() -> None:
    assert read("قتل 15 شخصا و16 جريحا في مارس") == [(15, "killed"), (16, "injured")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أعلنت الشرطة النيجيرية، الأربعاء، فقدان 111 تلميذة، في شمال شرق البلاد", (111, "missing")),
        ("وتشن السلطات التركية حملة اعتقالات طالت 50 ألف شخص", (50_000, "arrested")),
        ("الحكم بالسجن المؤبد على 6 صحفيين أتراك", (6, "arrested")),
        ("مساء الأحد باستهداف قوات النظام الغوطة مجددا، ما أودى بحياة 17 مدنيا", (17, "killed")),
        ("وقال بعض التقارير إن أكثر من 100 من المرتزقة الروس قتلوا", (100, "killed")),
        ("وانطلقت فعاليات ماراثون الرياض الدولي يوم السبت بمشاركة آلاف من المتسابقين",
         ((2000, 9999), "crowd")),
        ("التي سقط فيها المئات من الضحايا", ((200, 999), "killed")),
        # "منهم": the clause's verb, before or after, says what they are.
        ("قبل أن تعود لتتحدث عن متعاقدين، مؤكدة مصرع خمسة منهم", (5, "killed")),
        ("ضد قوة مهاجمة وان نحو 100 منهم قد قتلوا فيها", (100, "killed")),
        ("وكان عدد القتلى بضع عشرات", ((20, 99), "killed")),  # "بضع" + a vague plural
    ],
)  # fmt: skip
def test_the_counted_thing_from_the_nearest_noun_and_verb(
    sentence: str, expected: tuple[object, ...]
) -> None:
    assert read(sentence)[-1] == expected


def test_hospitals_hit_are_no_injured_people() -> None:
    assert read("وقد أصيبت أربعة مستشفيات مؤقتة، بما فيها منشأة للولادة") == [(4, "other")]


def test_a_reading_with_a_dot_and_three_decimals_is_no_thousands() -> None:
    # Sky News Arabia, 27 and 28 February 2018: the dollar index's readings.
    sky = "وجرى تداوله في أواخر المعاملات مرتفعا 0.63 بالمئة عند 90.417 بعد أن سجل 90.498 ."
    assert [q.value for q in quantities(sky)] == [0.63, 90.417, 90.498]
    later = "وبلغ مؤشر الدولار في أحدث قراءة 90.395، بعدما ارتفع إلى 90.498 الثلاثاء"
    assert [q.value for q in quantities(later, month_words=MONTH_WORDS)] == [90.395, 90.498]
    # A counted noun after it: the dot groups thousands.
    assert [q.value for q in quantities("أصيب 1.500 شخص")] == [1500]


def test_a_figure_after_that_counts_what_its_plural_verb_says() -> None:
    # Al Arabiya, 18 February 2018, and BBC, 20 February 2018.
    reuters = (
        'وكانت "رويترز" قالت إن نحو 300 رجل يعملون مع شركة عسكرية روسية خاصة على صلة '
        "بالكرملين إما قتلوا أو أصيبوا في سوريا."
    )
    moscow = (
        'أكدت وزارة الخارجية الروسية أن "بضع عشرات" من المواطنين الروس، وليس الجنود '
        "النظاميين، قد قتلوا وجرحوا في معركة وقعت مؤخرا في سوريا."
    )
    earlier = 'وكانت الحكومة الروسية قالت سابقا إن "من المحتمل أن خمسة"روس قد قتلوا في اشتباك'
    for text in (reuters, moscow, earlier):
        assert [q.concept for q in quantities(text)] == ["killed"], text
    # A force's size: the verb counts no one.
    assert [q.concept for q in quantities("وقال إن 500 جندي انتشروا في المدينة")] == ["troops"]


def test_a_partitive_member_or_soldier_counts_people() -> None:
    # BBC 22 February, Al Arabiya and Sky News Arabia 18 February 2018: "أفراد" is the plural
    # of "فرد", a possessive pronoun after "من" leaves the noun ("جنوده": its soldiers), and a
    # sound plural of a person word ("العاملين") counts people; the clause says what happened.
    assert read("كما قُتل 7 من أفراد الجيش، وأصيب 6 آخرون")[0] == (7, "killed")
    army = "وكان جيش الاحتلال قد أعلن في وقت سابق السبت إصابة 4 من جنوده، اثنان منهم بحالة خطرة"
    assert read(army)[0] == (4, "injured")
    school = "الذي أسفر عن مقتل 14 طالبا و3 من العاملين بالمدرسة."
    assert read(school) == [(14, "killed"), (3, "killed")]
    # Money after "من" with a pronoun stays no people.
    assert read("أنفق 50 من أمواله")[0] == (50, "other")
    # A noun with the article takes no pronoun: the "ة" of "العمالة" (labour) is its own.
    assert quantities("أكثر من 2200 من العمالة")[0].unit == "عماله"


def test_a_count_between_killed_and_wounded_is_neither() -> None:
    # Al Arabiya, February 2018 (Yemen): "بين قتيل وجريح" counts the killed and the wounded.
    houthis = "وخسرت ميليشيات الحوثي خلال المعارك الأخيرة المئات من عناصرها بين قتيل وجريح، وذلك"
    assert read(houthis) == [((200, 999), "other")]
    assert read("سقط 30 شخصا بين قتلى وجرحى") == [(30, "other")]
    assert read("قتل 30 شخصا بين الأطفال")[0] == (30, "killed")


def test_a_count_of_a_bodys_members_is_typed_but_never_compared() -> None:
    # Sky News Arabia, February 2018 (Mogadishu): "أصيب 7 من أفراد الكتيبة" is injured, but a
    # part of the toll of 40: it is not given a concept the discrepancies would compare.
    found = quantities('بينما أصيب 7 من أفراد الكتيبة الثانية "عاصفة"')[0]
    assert (found.counted, found.concept) == ("injured", None)
