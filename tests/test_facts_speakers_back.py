"""Issue 18, round 19: a bare title ("وقال المحافظ") stands for the one person the article
named before with that title word, at any distance; for no one when two were. February-like
sentences (ANT 2018)."""

from __future__ import annotations

from speakerkit import quote_speakers


def test_a_bare_title_is_the_one_person_named_with_it_far_back() -> None:
    speakers = quote_speakers(
        "أعلن محافظ البصرة أسعد العيداني، الأحد، إطلاق حملة لإعمار المدارس في المحافظة.",
        "وتشمل الحملة بناء خمسين مدرسة جديدة في الأقضية والنواحي.",
        "وتعاني المدارس من الاكتظاظ منذ سنوات طويلة.",
        "وبحسب الأرقام الرسمية فإن العجز يبلغ أكثر من ألف مدرسة.",
        'وقال المحافظ إن "الحملة ستنتهي قبل بداية العام الدراسي المقبل".',
    )
    assert speakers[-1] == "أسعد العيداني"


def test_a_bare_title_two_people_held_is_no_one() -> None:
    speakers = quote_speakers(
        "التقى محافظ البصرة أسعد العيداني محافظ ذي قار يحيى الناصري، الأحد.",
        "وبحث الجانبان أزمة المياه في المحافظتين.",
        "وتعاني المنطقة من شح المياه منذ أشهر.",
        "وبحسب الأرقام الرسمية فإن العجز كبير.",
        'وقال المحافظ إن "الحلول ستأتي قريبا في الأشهر المقبلة".',
    )
    assert speakers == [None]


def test_a_title_whose_complement_the_one_person_lacks_is_not_that_person() -> None:
    speakers = quote_speakers(
        "قال وزير الخارجية السعودي، عادل الجبير، إن المملكة خصصت مليار دولار لإعادة الإعمار.",
        "من جانبها، أعلنت الإمارات تعهدها بتقديم 500 مليون دولار لإعادة إعمار العراق.",
        "وتعهدت بريطانيا بما يصل إلى مليار دولار سنويا للعراق.",
        "وصرح وزير الخارجية القطري بأن قطر ستقدم حزمة من القروض والاستثمارات للعراق.",
    )
    assert "عادل الجبير" not in speakers[1:]


def test_a_title_written_after_another_name_is_not_the_first_persons() -> None:
    speakers = quote_speakers(
        'وقال مكتب الحكومة في بيان: "قبل رئيس الوزراء استقالة وزير الاقتصاد ديمتري باباديمتريو".',
        "وكانت زوجة باباديمتريو، رانيا أنتونوبولوس وزيرة الدولة، قد أثارت جدلا واسعا.",
        "وكشفت صحيفة اليفتيروس تيبوس المعارضة عن القضية الأسبوع الماضي.",
        "وتناقلت وسائل الإعلام المحلية الخبر على نطاق واسع.",
        "وقالت الوزيرة، الاثنين، إنها تلقت 23 ألف يورو خلال سنتين، وإنه يحق لها ذلك تقنيا.",
    )
    assert "ديمتري باباديمتريو" not in speakers
