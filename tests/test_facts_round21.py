"""Quantities, round 21 of issue 18: kinds read on 60 random February articles outside every
facts gold (docs/evaluation.md): a count governed by a casualty or arrest word counts people
whose noun no lexicon knows, "مقتل وإصابة N" is of both (neither alone), and a year written in
words is no count. February 2018 ANT sentences."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def read(text: str) -> list[tuple[object, str]]:
    """(value or (low, high), counted) of each figure of a sentence that is kept as a fact."""
    found = quantities(text, month_words=MONTH_WORDS)
    return [
        (m.value if m.value is not None else (m.low, m.high), m.counted) for m in found if m.sure
    ]


def test_a_governed_count_of_people_outside_the_lexicon() -> None:
    # BB-internationalNews-64-20180226, SK-middleEast-126-20180228, SK-sport-57-20180221
    assert read("ما أسفر عن مقتل 46 بحارا جنوبيا.") == [(46, "killed")]
    assert read("قتل 32 من ميليشيات الحوثي الإيرانية في قصف مدفعي") == [(32, "killed")]
    assert read("وأدى ذلك إلى اعتقال 5 لاعبين في المدينة") == [(5, "arrested")]
    assert read("مقتل ما لا يقل عن 10 انقلابيين وإصابة آخرين") == [(10, "killed")]
    assert read("والقبض على 419 متسللا عبر الحدود") == [(419, "arrested")]
    assert read("تظاهر آلاف الإسرائيليين، الجمعة، في مدينة تل أبيب") == [((2000, 9999), "crowd")]
    assert read("مما أسفر عن مقتل أربعة من المارة على الرصيف") == [(4, "killed")]


def test_a_count_of_things_or_a_person_noun_governs_nothing() -> None:
    # SK-sport-43-20180220: the fans are no verb of a gathering; balls are no people.
    assert read("ألقى مشجعون مئات من كرات التنس على أرضية الملعب") == [((200, 999), "other")]
    # SK-internationalNews-32-20180219: crimes are no people, even after "القتل".
    sentence = "ويبلغ معدل جرائم القتل 29.9 جريمة لكل مئة ألف نسمة"
    assert read(sentence)[0] == (29.9, "other")
    # SK-middleEast-29-20180223: a verb's "ون" is no sound plural of people.
    sentence = "ولا تسمح بإجلاء مئات يحتاجون إلى علاج عاجل."
    assert read(sentence) == [((200, 999), "other")]


def test_killed_and_wounded_together_are_neither() -> None:
    # AL-internationalNews-6-20180218, FR-internationalNews-34-20180220
    assert read("ما أدى إلى مقتل وإصابة الآلاف من المدنيين اليمنيين") == []
    assert read("حيث قتل وجرح عشرات المدنيين في قصف لقوات النظام") == []
    # Two groups: the wounded are "others", or the killed word is a verb of its own clause.
    assert read("لقي 5 أشخاص حتفهم وأصيب 40 آخرين") == [(5, "killed"), (40, "injured")]
    assert read("مقتل 3 جنود وإصابة 4 آخرين") == [(3, "killed"), (4, "injured")]


def test_a_year_in_words_is_no_count() -> None:
    # SK-middleEast-151-20180228, SK-sport-93-20180223, FR-internationalNews-20-20180219
    assert read("بعدما فوتت إدارة أوباما الفرصة عام ألفين وثلاثة عشر، كما قال") == []
    assert read("بعد انقضاء منافسات مونديال ألفين وثمانية عشر الذي سيقام في روسيا") == []
    assert read("سحب تنظيم مونديال كأس العالم، النسخة ألفين واثنين وعشرين من قطر") == []
    assert read("الغوطة التي تعاني من حصار منذ ألفين وثلاثة عشر وتتعرض لقصف") == []


def test_a_day_of_the_same_month_is_no_count() -> None:
    # AL-sport-143-20180221: "من ذات الشهر", and a range closed by a day of "الشهر".
    sentence = "قبل انطلاق المعسكر الأخير في 19 من ذات الشهر سيخوض فيه 3 مباريات ودية"
    assert read(sentence) == [(3, "other")]
    assert read("بمعسكر تدريبي بسويسرا ينطلق في 19 ولغاية 27 من الشهر ذاته، يتخلله وديتان") == []
    # A count of a thing after "من" stays one: "من 5 إلى 7 من المصابين".
    # (The 5, with nothing that says what it counts, is not kept: quant9.)
    assert read("ارتفع العدد من 5 إلى 7 من المصابين") == [(7, "injured")]
