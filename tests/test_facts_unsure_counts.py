"""Quantities, ninth round of issue 18: a count of people whose counted thing is unknown, near
words that name one (or casualties), is not typed; "حسب/وفق" after a figure is no counted
noun; "وزيرا" keeps its "و". February 2018 ANT sentences."""

from __future__ import annotations

from marsad.facts import extract_story_facts
from marsad.facts.quantities import QuantityMention, quantities
from marsad.lang import analyse
from marsad.model import Article, CleanArticle


def figures(text: str) -> list[tuple[float | None, str, bool]]:
    """(value, counted, sure) of every figure of a sentence."""
    return [(m.value, m.counted, m.sure) for m in quantities(text)]


def fact_values(text: str) -> list[object]:
    """The values of the quantity facts of a one-sentence article."""
    article = Article(id="a", title="", text=text, source="france24")
    facts = extract_story_facts([analyse(CleanArticle(article=article, paragraphs=(text,)))])
    return [f.value for f in facts.facts if f.kind == "quantity"]


# FR-middleEast-18-20180215: the gold counts the five aides as arrested.
ARREST = (
    "أفادت مصادر أمنية مصرية الأربعاء باعتقال الشرطة للمرشح الإسلامي السابق للانتخابات الرئاسية "
    "في مصر لعام 2012 عبد المنعم أبو الفتوح إضافة إلى خمسة من مساعديه."
)
# FR-middleEast-22-20180218: the gold counts both as killed; "موقعة" does not say so.
CASUALTIES = (
    "بدورها، استهدفت الفصائل المعارضة أحياء عدة في دمشق، موقعة نحو 20 شخصا، بينهم ثلاثة أطفال."
)


def test_a_count_of_people_beside_a_counted_thing_is_not_typed() -> None:
    assert figures(ARREST) == [(5, "other", False)]
    assert fact_values(ARREST) == []


def test_a_count_of_people_after_a_casualty_verb_is_not_typed() -> None:
    assert figures(CASUALTIES) == [(20, "other", False), (3, "other", False)]
    assert fact_values(CASUALTIES) == []


def test_a_count_of_people_with_no_counted_thing_near_stays() -> None:
    # BB-middleEast-54-20180220: the people who live in the Ghouta.
    text = "ويعيش في الغوطة الشرقية نحو 400 ألف شخص، ويخضع السكان منذ عام 2013 لحصار من القوات."
    assert figures(text) == [(400000, "other", True)]
    assert fact_values(text) == [400000]
    # SK-economy-16-20180215: the arrests are 35 words further on.
    accounts = (
        "وبجانب تدابير المصرف المركزي، أغلقت السلطات الإيرانية حسابات مصرفية لما يزيد على 775 "
        "شخصا، اعتبرتهم مسؤولين عن إثارة الاضطرابات في أسواق الصرف، مشيرة إلى أنهم تداولوا ما "
        "يعادل 200 تريليون ريال أو ما يزيد قليلا على 4 مليارات دولار، بينما اعتقلت قرابة 90 "
        "متعاملا بالعملات."
    )
    assert (775, "other", True) in figures(accounts)
    # AL-culture-45-20180204: the audience is in another item of the list.
    contest = (
        'تنافس 6 أطفال مبدعين، هم: وسام نور وأشرقت أحمد ضمن "فريق تامر"؛ وجاءت نتائج تصويت '
        "الجمهور مرجحةً كفة حمزة لبيض"
    )
    assert figures(contest) == [(6, "other", True)]


def test_a_typed_count_stays_typed() -> None:
    found = figures("ويقول ناشطون إن حوالي 300 شخص قتلوا في هذه الهجمات")
    assert found == [(300, "killed", True)]


def test_according_to_after_a_figure_is_no_counted_noun() -> None:
    # AL-technology-15-20180209: "79 بحسب السعر السابق" (the old price).
    found = quantities("بدأت الشركة ببيع البطارية بـ 29 دولارا مقابل 79 بحسب السعر السابق")
    assert [(m.value, m.unit) for m in found] == [(29, "دولار"), (79, None)]


def test_a_minister_keeps_the_waw_of_its_word() -> None:
    # SK-middleEast-51-20180225: "وضمت 29 وزيرا" counts ministers, not "زير".
    found: list[QuantityMention] = quantities(
        "حكومته التي تشكلت في الأول من يونيو 2016، وضمت 29 وزيرا"
    )
    assert [(m.value, m.unit) for m in found] == [(29, "وزير")]


def test_forces_that_open_a_clause_count_what_their_verb_says() -> None:
    # AL-internationalNews-11-20180218: the gold counts the 100 as killed.
    text = (
        "وقالت الولايات المتحدة إن نحو 100 من القوات الموالية للحكومة السورية قتلوا في ضربات "
        "أميركية لصد هجوم السابع من فبراير/شباط."
    )
    assert figures(text) == [(100, "killed", True)]


def test_a_whole_out_of_which_a_count_is_taken_is_not_that_count() -> None:
    # CN-middleEast-10-20180218: 500 crossed the river (troops in the gold), 100 were killed.
    text = (
        "التي أكدت القوات الأمريكية فيها مقتل قرابة 100 شخص من بين 500 عنصر كانوا قد اجتازوا "
        "نهر الفرات"
    )
    assert figures(text) == [(100, "killed", True), (500, "other", False)]


def test_the_afflicted_with_an_illness_are_not_the_injured() -> None:
    # SK-technology-30-20180219: children with autism and healthy ones in a study.
    text = (
        'وتعاونت جامعة "وارويك" في دراستها مع جامعة "بولونيا"، حيث أخضعت 38 طفلا مصابا بالتوحد '
        "و38 آخرين معافين من المرض، تراوحت أعمارهم بين الخمس والـ12 عاماً، لاختبارات الدم والبول."
    )
    assert [f for f in figures(text) if f[0] == 38] == [(38, "other", True), (38, "other", True)]
    # A wound after "أصيب بـ" is an injury.
    assert figures("وأصيب 30 شخصا بجروح في الهجوم") == [(30, "injured", True)]
    assert figures("وأصيب 30 شخصا بالرصاص الحي") == [(30, "injured", True)]


def test_dates_with_slashes_minutes_in_brackets_and_rounds_are_no_figures() -> None:
    # February 2018 ANT: a Saudi decree's Hijri date, a league round, goal minutes.
    assert quantities("الموقعة في مدينة (سيئول) بتاريخ 7 / 2 / 1439هـ .") == []
    assert quantities("في ختام المرحلة 22 من الدوري السعودي للمحترفين") == []
    minutes = "وتناوب كل من سيرخيو أغويرو (18) وفنسنت كومباني (58) ودافيد سيلفا (65)، على التسجيل"
    assert quantities(minutes) == []
    # A count in brackets before its noun stays: 697 companies and businessmen (Yemen).
    assert [m.value for m in quantities("بعدم التعامل مع (697) شركة ورجل أعمال")] == [697]


def test_one_and_twenty_is_twenty_one() -> None:
    # No February article writes it; "واحد" lost its و as if it were "and", leaving "وعشرون".
    assert figures("وقتل واحد وعشرون شخصا في الهجوم") == [(21, "killed", True)]
    assert quantities("وقتل شخص واحد") == []  # a lone "one" stays no figure, as before
