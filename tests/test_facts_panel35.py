"""Round 32 (panel35, issue 18): what panel34 left on the facts panel. A name ends at a derived
verbal noun, a doubled-root verb or ب/ل on a broken plural; a form I verbal noun opens none; a
club's name after its city is no coach's first name; a nisba standing before a name is a
nationality, not a place; a news agency's or a club's name holds its place; a verb after a
figure is no counted noun. Short made-up sentences."""

from __future__ import annotations

import pytest

from marsad.facts._place_senses import describes_other
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities


def people(text: str) -> list[str]:
    return [m.text for m in entity_mentions(text) if m.type == "person"]


def shown_places(text: str) -> list[str]:
    return [
        m.canonical
        for m in entity_mentions(text)
        if m.type in ("country", "city", "region") and not describes_other(m, text)
    ]


def counted(text: str) -> list[tuple[object, str | None, str]]:
    return [(m.value, m.unit, m.counted) for m in quantities(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وجه الرئيس كمال عادل انتقادات للحكومة", "كمال عادل"),
        ("قال الوزير سمير حداد استنكارات كثيرة", "سمير حداد"),
        ("تحدث رئيس الأركان السابق فريد ناصر لوثائق سرية", "فريد ناصر"),
        ("ثم إن الرئيس فريد ناصر قرر تمديد المهلة", "فريد ناصر"),
        ("هاجم المدير الفني لباريس سان جرمان ماركو سيلفا الحكم", "ماركو سيلفا"),
    ],
)
def test_a_name_ends_where_a_non_name_word_starts(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_verbal_noun_after_a_title_opens_no_name() -> None:
    assert people("انتقد الناس قرار الرئيس وقف تصدير القمح") == []
    assert people("رحب الجميع بقرار الوزير إلغاء الرسوم") == []


def test_a_name_keeps_its_own_words() -> None:
    assert people("قال الرئيس حسن روحاني إن") == ["حسن روحاني"]
    assert people("قالت الوزيرة انتصار عادل إن") == ["انتصار عادل"]


@pytest.mark.parametrize(
    "text",
    [
        "دافع مدرب الفريق، البرازيلي ماريو لويس، عن لاعبيه",
        "واستعان النادي بالإيطالي ماريو روسيني مدربا",
        "احتج اللاعبون على حكم المباراة الفرنسي جيروم ماريو",
    ],
)
def test_a_nisba_standing_before_a_name_is_a_nationality(text: str) -> None:
    assert shown_places(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("التقى الوزير ونظيره الفرنسي جان ماري أمس", "فرنسا"),
        ("وفاز المتسابق الإثيوبي تاميرو ماسو بالسباق", "إثيوبيا"),
        ("أصدر الجانب الروسي بيانا رسميا", "روسيا"),
        ("أعلن الجيش الإسرائيلي مقتل شاب", "إسرائيل"),
    ],
)
def test_a_nisba_that_describes_a_noun_stays_a_place(text: str, place: str) -> None:
    assert shown_places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "نقلت وكالة أنباء الشرق الأوسط عن مصدر",
        "قال لوكالة أنباء قبرص إن السفينة",
        "سجل مهاجم بروسيا دورتموند هدفين",
        "انتقل إلى أتليتيكو مدريد الصيف الماضي",
    ],
)
def test_an_organisations_name_holds_its_place(text: str) -> None:
    assert shown_places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "لعب الفريق 30 مباراة فاز في 20 وخسر 5",
        "عرضت لوحات كثيرة بينها اثنتان تنشر المجلة صورتيهما",
        "أعلنت المصادر مقتل شابين اثنين جراء القصف",
    ],
)
def test_a_verb_or_a_cause_after_a_figure_is_no_counted_noun(text: str) -> None:
    units = [unit for value, unit, _ in counted(text) if value != 30]
    assert units and all(unit is None for unit in units)


def test_bodies_count_the_killed() -> None:
    assert counted("تمكنت الطواقم من انتشال جثامين 3 صيادين") == [(3, "صيادين", "killed")]
