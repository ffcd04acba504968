"""An event or text kind noun among a sentence's first words that the summary's reader was not
told (summarize/told_events.py, issue 16 round 24)."""

import pytest

from marsad.summarize.told_events import untold_event

# Titles of February 2018 ANT stories that tell no attack, project, report or study.
CARS = "ما هو الكيان الأكبر لتصنيع السيارات في العالم؟"
AFRIN = "تركيا تتوعد بمواصلة عملياتها في عفرين"


@pytest.mark.parametrize(
    "text",
    [
        # February 2018 ANT summary sentences shown alone: the thing acted on or spoken of.
        "وأعلن تنظيم داعش المسؤولية عن الهجوم.",
        "ولا يوجد حاليا أي جدول زمني لإنهاء المشروع.",
        "وطالبت روسيا بإدخال تعديلات على نص المشروع.",
        "ومن ضمن العراقيل أيضا، بحسب التقرير، إعلان مناطق باعتبارها عسكرية.",
        "وقال المشرف على الدراسة، الدكتور توم مول، إنه يأمل في علاج جديد.",
        "وفقدت تركيا عشرات القتلى من جنودها منذ انطلاق الهجوم قبل نحو شهر.",
    ],
)
def test_an_event_kind_the_reader_was_not_told_leans_back(text: str) -> None:
    assert untold_event(text, "ar", AFRIN)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # Told by the title or by a sentence shown before.
        ("وأعلن تنظيم داعش المسؤولية عن الهجوم.", "هجوم انتحاري في كابل"),
        ("ولا يوجد أي جدول زمني لإنهاء المشروع.", "مشروع سكة حديد جديد"),
        # Named after it: its target, a relative clause, a defining word.
        ("وأعلن التنظيم المسؤولية عن الهجوم على مقر الشرطة.", CARS),
        ("وقال إن القصف الذي تنفذه الطائرات مستمر.", CARS),
        ("وبحسب التقرير الصادر عن غرفة دبي فإن الأرجنتين في المقدمة.", CARS),
        # A plural is the kind in general; a nisba, an adjective and a passive are no kind.
        ("وقالت التقارير إن الوزير اعتقل الأسبوع الماضي.", CARS),
        ("وعلى مواقع التواصل الاجتماعي، أعرب كثيرون عن غضبهم.", CARS),
        ("يمكنك الاختيار من بين الألبومات المقترحة.", CARS),
        ("وتم الاتفاق على حضور 300 مشجع.", CARS),
        # Past the first ten words a clause of its own names the thing.
        ("وقال المدير في مؤتمر صحفي عقده أمس في العاصمة بعد جولة طويلة إن الهجوم فشل.", CARS),
    ],
)
def test_an_event_kind_told_or_named_stands(text: str, told: str) -> None:
    assert not untold_event(text, "ar", told)


def test_only_arabic_is_read() -> None:
    assert not untold_event("The attack was condemned.", "en", CARS)
