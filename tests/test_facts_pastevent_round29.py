"""Issue 18, round 29: the past-event rules date a figure only by a date that can date it (a
past year after a word of dating, a month or "months ago" before the figure or close after it
in its clause), not the start of a running total nor a date of another clause (sentences
shortened from February 2018 ANT; labels: ``tests/data/pastevent_feb_engineer``)."""

from __future__ import annotations

from datetime import date
from functools import partial

from figurekit import figure_claim
from marsad.facts._earlier import dated_years
from marsad.facts._event_scope import background, background_month
from marsad.facts.discrepancies import figure_discrepancies
from marsad.facts.quantities import quantities

FEB_28 = date(2018, 2, 28)
claim = partial(figure_claim, published=FEB_28, lead=True)


def _years(sentence: str, value: float) -> list[int]:
    mention = next(m for m in quantities(sentence) if m.value == value)
    return [year for _, _, year in dated_years(mention, sentence, FEB_28)]


def test_a_running_total_since_a_past_date_is_not_that_dates() -> None:
    assert _years("وتشير تقديرات إلى أن نحو 12763 مدنيا قتلوا منذ مارس/ آذار 2011.", 12763) == []
    assert _years("ومنذ كانون الثاني/يناير 2013 وقعت على الأقل 291 عملية إطلاق نار.", 291) == []
    # Inside the phrase, or in its "when" clause, the figure is that date's event's.
    inside = "وهو الأعنف منذ مقتل 20 طفلا بمدرسة في كونكتيكت في عام 2012."
    assert _years(inside, 20) == [2012]
    when = "أعنف حادث منذ نوفمبر 2013 عندما اصطدم قطار بحافلة، مما أدى لمقتل 27 شخصا."
    assert _years(when, 27) == [2013]


def test_this_season_and_a_year_without_a_dating_word_date_nothing() -> None:
    season = "وسجل صلاح 23 هدفا، وهو الرقم الأعلى لأي لاعب في موسم 2017/2018."
    assert _years(season, 23) == []
    assert _years("شارك صلاح في ثلاث مباريات في موسم 2014-2015.", 3)[:1] == [2014]
    assert _years("بلغ عدد العاطلين 3.1 مليون بانخفاض عن الربع المقابل من 2016.", 3_100_000) == []


def test_a_year_far_after_the_figure_dates_another_clause() -> None:
    text = (
        "تلقت الأمم المتحدة 40 اتهاما بانتهاك واستغلال جنسي في الشهور الثلاثة الأخيرة من عام 2017."
    )
    assert _years(text, 40) == []
    assert _years("وفي عام 2002 لقي 373 شخصا مصرعهم.", 373) == [2002]


def test_after_months_on_an_event_dates_only_what_follows() -> None:
    # "بعد أشهر من X": X is months back; the clause before it is of now.
    now = "أجبرها الألم على إلغاء عشر حفلات في جولتها الأوروبية بعد أشهر من تأجيلها."
    assert not background(claim(now, 10, "a").mention, now, FEB_28)
    then = "ويأتي هذا الحادث بعد أشهر من مقتل 41 شخصا في حادث قطار."
    assert background(claim(then, 41, "a").mention, then, FEB_28)
    since = "ولقي مئات الأشخاص مصرعهم منذ اندلاع الاضطرابات قبل حوالي ثلاث سنوات."
    found = next(m for m in quantities(since) if m.value_kind == "vague")
    assert not background(found, since, FEB_28)


def test_a_month_past_a_comma_or_a_year_after_it_dates_nothing() -> None:
    far = "مني آلافيس بهزيمته الأولى في 12 مباراة بقيادة مدربه، الذي استلم المنصب في نهاية ديسمبر."
    mention = claim(far, 12, "a").mention
    assert not background(mention, far, FEB_28)
    near = "مقتل 41 شخصا في حادث قطار قرب مدينة الأسكندرية الساحلية في أغسطس/آب الماضي."
    mention = claim(near, 41, "a").mention
    assert background_month(near, FEB_28, (mention.start, mention.end)) == 8
    dated = "تم استجواب نتنياهو 7 مرات، كانت آخرها في 15 ديسمبر/كانون الأول 2017."
    assert background_month(dated, FEB_28) is None


def test_a_month_of_another_clause_leaves_todays_toll_compared() -> None:
    # Before, any month 2-6 months back in the sentence set the figure apart as background.
    today = claim("قتل 16 شخصا في قصف على الغوطة اليوم.", 16, "sky")
    text = "وقتل 18 شخصا في قصف على الغوطة اليوم، في المنطقة التي شهدت هجوما في أكتوبر الماضي."
    found = figure_discrepancies([today, claim(text, 18, "bbc")], language="ar")
    assert [d.kind for d in found] == ["conflict"]
