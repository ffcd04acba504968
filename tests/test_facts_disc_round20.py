"""Round 20 (issue 18): a flight's minutes from take-off to the crash compared across outlets,
and "جراح اثنين منهم خطيرة" read as a count of the (seriously) wounded."""

from __future__ import annotations

from datetime import date
from functools import partial

from figurekit import figure_claim
from marsad.facts._event_scope import seriously_injured
from marsad.facts._flight_minutes import (
    FlightMinutes,
    flight_minute_conflicts,
    sentence_flight_minutes,
)
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities

SKY = 'وأضاف "الطائرة سقطت بعد 20 دقيقة من إقلاعها من مطار مهر آباد بطهران"'
F24 = 'وبعد نحو 45 دقيقة من إقلاعها من مطار "مهرآباد"، اختفت الطائرة عن الرادارات'
CNN = "ذكرت الوكالة أن الطائرة اختفت عن الرادار بعد مضي 50 دقيقة على إقلاعها"
BBC_BEFORE = "وأعرب مدير العلاقات العامة عن أسفه لسقوط الطائرة التي أقلعت من مطار مهرآباد."
BBC = "وقال إنه بعد مرور 50 دقيقة وبسبب ظروف جوية غير مساعدة، اصطدمت بجبال دنا"


def test_minutes_after_take_off_are_read_from_the_sentence_or_the_one_before() -> None:
    assert sentence_flight_minutes(SKY, "") == [20]
    assert sentence_flight_minutes(F24, "") == [45]
    assert sentence_flight_minutes(CNN, "") == [50]
    assert sentence_flight_minutes(BBC, BBC_BEFORE) == [50]
    assert sentence_flight_minutes(BBC, "وقالت الشركة إن فرق الإنقاذ وصلت.") == []
    # Minutes of something else: no take-off, no end of a flight.
    assert sentence_flight_minutes("وصل الوزير بعد 20 دقيقة من بدء الاجتماع", "") == []


def _item(outlet: str, minutes: int, sentence: str) -> FlightMinutes:
    return FlightMinutes(f"{outlet}-1", outlet, minutes, sentence)


def test_two_outlets_lengths_of_one_flight_conflict_unless_one_is_rounded() -> None:
    items = [_item("skynews", 20, SKY), _item("france24", 45, F24), _item("BBC", 50, BBC)]
    found = flight_minute_conflicts(items, language="ar")
    assert sorted(tuple(c.value for c in d.claims) for d in found) == [(20, 45), (20, 50)]
    assert all(d.kind == "conflict" for d in found)
    assert "20 (skynews) / 45 (france24)" in found[0].explanation
    # An outlet that later gives another's length is on both sides; against itself, nothing.
    later = [*items, _item("skynews", 50, "وكانت الطائرة تحطمت بعد 50 دقيقة من إقلاعها")]
    found = flight_minute_conflicts(later, language="ar")
    assert "20 (skynews) / 50 (BBC, skynews)" in found[1].explanation
    alone = [_item("skynews", 20, SKY), _item("skynews", 50, BBC)]
    assert flight_minute_conflicts(alone, language="ar") == []


FEB_17 = date(2018, 2, 17)
WOUNDS = "وكان الانفجار قد خلف أربعة جرحى، جراح اثنين منهم خطيرة"
TERM = "لكن مراسل العربية أفاد بأن ثلاثة جنود أصيبوا بجروح خطيرة ورابعاً بجروح طفيفة."


_claim = partial(figure_claim, published=FEB_17, lead=True)


def test_the_wounds_of_a_figure_count_the_wounded() -> None:
    mention = _claim(WOUNDS, 2, "BBC").mention
    assert mention.concept == "injured"
    assert seriously_injured(mention, WOUNDS)
    # A surgeon ("الجراح") before a figure counts no one.
    assert all(m.concept is None for m in quantities("وقال الجراح 3 مرات إن العملية نجحت"))


def test_the_seriously_wounded_told_as_wounds_conflict_with_another_outlets() -> None:
    found = figure_discrepancies(
        [_claim(WOUNDS, 2, "BBC"), _claim(TERM, 3, "alarabia")], language="ar"
    )
    assert [(d.kind, d.claims[0].value, d.claims[1].value) for d in found] == [("conflict", 2, 3)]


SUNDAY = (
    "وقال المرصد إن الغوطة الشرقية تعرضت مساء الأحد لقصف مدفعي وجوي عنيف أوقع 14 قتيلا بينهم"
    " أربعة اطفال."
)
MONDAY = "وأفاد المرصد بمقتل 80 مدنيا في الغوطة الشرقية في قصف عنيف."
LAST_DAY = "قتل أكثر من 100 مدني في الغوطة الشرقية خلال الـ24 ساعة الماضية."


def _dated(
    sentence: str, value: float, outlet: str, published: date, day: date | None
) -> FigureClaim:
    mention = next(m for m in quantities(sentence) if m.value == value)
    return FigureClaim(
        article=f"{outlet}-{published.day}", outlet=outlet, mention=mention, sentence=sentence,
        published=published, day=day, lead=True,
    )  # fmt: skip


def test_a_past_24_hours_count_is_not_an_update_of_a_toll_dated_before_that_day() -> None:
    sunday = _dated(SUNDAY, 14, "france24", date(2018, 2, 18), date(2018, 2, 18))
    monday = _dated(MONDAY, 80, "france24", date(2018, 2, 19), date(2018, 2, 19))
    tuesday = _dated(LAST_DAY, 100, "CNN", date(2018, 2, 20), None)
    found = figure_discrepancies([sunday, tuesday], language="ar")
    assert found == []  # Sunday's toll, not an earlier word on Monday's
    found = figure_discrepancies([monday, tuesday], language="ar")
    assert [d.kind for d in found] == ["update"]  # the day the 24 hours cover
