"""Round 33 (quant37): forecast tolls, fallen fighters, thousands written twice, earlier years
on the panel (made-up sentences)."""

from __future__ import annotations

from datetime import date

from marsad.facts.discrepancies import FigureClaim, of_earlier_year
from marsad.facts.quantities import QuantityMention, quantities


def _only(text: str) -> QuantityMention:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_a_feared_toll_is_no_count_of_the_dead() -> None:
    assert _only("يخشى الأطباء أن يكون 40 مريضا قد فارقوا الحياة في المدينة.").concept is None
    assert _only("قد يلقى 300 شخص حتفهم إذا استمر الحصار.").concept is None
    assert _only("وسيموت 200 ألف طفل في البلاد كل عام.").concept is None


def test_a_past_toll_beside_a_later_maybe_stays_killed() -> None:
    text = "حذرت المنظمة من أن الوباء الذي أودى بحياة أكثر من ألفي شخص قد يتفشى من جديد."
    assert _only(text).concept == "killed"
    assert _only("قال مسؤولون إن 5 مدنيين ربما قتلوا في اشتباكات.").concept == "killed"


def test_fighters_who_died_are_killed_not_troops() -> None:
    text = "قال الجيش إن أكثر من 80 مسلحا، بينهم قادة ميدانيون، لقوا مصرعهم في المعارك."
    assert _only(text).counted == "killed"
    text = "إن نحو 25 عنصرا من عناصر الميليشيا (شمال المدينة)، لقوا مصرعهم."
    assert _only(text).counted == "killed"
    assert _only("نشر الجيش 500 جندي في المدينة.").counted == "troops"


def test_a_count_set_against_a_toll_by_versus() -> None:
    found = quantities("أعلن مقتل 9 جنود من الجيش، مقابل أربعة مقاتلين من الفصيل.")
    assert [m.counted for m in found] == ["killed", "killed"]
    found = quantities("نشر الجيش 500 جندي مقابل 300 مقاتل للمعارضة.")
    assert [m.counted for m in found] == ["troops", "troops"]


def test_thousands_written_twice_keep_the_written_number_for_people() -> None:
    assert _only("وقال إن 12,400 ألف عامل فقدوا أعمالهم.").value == 12400
    assert _only("بلغت الكلفة 1,200 ألف دولار.").value == 1200000
    assert _only("وشارك 12 ألف عامل في الإضراب.").value == 12000


def _claim(sentence: str) -> FigureClaim:
    mention = next(m for m in quantities(sentence) if m.concept)
    return FigureClaim(article="a", mention=mention, sentence=sentence, published=date(2018, 2, 20))


def test_an_earlier_year_toll_is_that_years_and_a_running_total_is_not() -> None:
    assert of_earlier_year(
        _claim("ولقي 40 شخصا حتفهم عندما اصطدم قطار بحافلة في المدينة عام 2015.")
    )
    assert not of_earlier_year(_claim("وقتل نحو 900 مدني في المنطقة منذ مارس/ آذار 2013."))


def test_a_definite_number_before_a_scale_is_no_lone_million() -> None:
    assert quantities("انتقل مقابل صفقة تخطت المائة مليون دولار.") == []
    assert _only("تبلغ قيمتها مليون درهم.").value == 1000000
