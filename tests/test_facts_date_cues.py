"""Relative dates, ninth round of issue 18: an expectation told now, "أمس الأول", "سوف" with its
"و", an outlet named "... اليوم" and the dual "الاثنين" after a dual in -ان. February 2018 ANT
sentences where February has the case; the annotation guide's own examples where it has none."""

from __future__ import annotations

from datetime import date

from marsad.facts.dates import date_mentions, resolve


def resolved(text: str, published: date) -> list[tuple[str, date | None, str]]:
    """(expression, day, certainty) of every date mention of a sentence."""
    return [(m.text, *resolve(m, published, "stated")) for m in date_mentions(text)]


def test_an_expectation_told_now_is_of_the_coming_day() -> None:
    # BB-middleEast-83-20180223, published Friday 23 February 23:45 UTC: the vote was Saturday.
    text = "ومن المتوقع أن يتم التصويت عليه يوم السبت في جلسة الساعة 17:00 بتوقيت غرينيتش."
    assert resolved(text, date(2018, 2, 23)) == [("السبت", date(2018, 2, 24), "resolved")]


def test_an_expectation_that_was_or_a_noun_is_no_future() -> None:
    # SK-sport-153-20180227 (Tuesday): the squad was to be named last Friday.
    was = "وكان من المتوقع أن تعلن الجمعة تشكيلة المنتخب لمباراتين وديتين في 23 آذار/مارس ضد روسيا"
    assert resolved(was, date(2018, 2, 27))[0][:2] == ("الجمعة", date(2018, 2, 23))
    # CN-economy-12-20180207 (Wednesday): "تفوق المتوقع" is "above expectations".
    noun = "بل إن الإعلان عن زيادة تفوق المتوقع في الأجور وفقا لتقرير الوظائف المنشور الجمعة"
    assert resolved(noun, date(2018, 2, 7))[0][:2] == ("الجمعة", date(2018, 2, 2))


def test_the_day_before_yesterday_written_after() -> None:
    # AL-sport-275-20180226, published Monday 26 February: Sharjah's win of Saturday.
    text = "أمس الأول، حقق الشارقة بقيادة عبدالعزيز العنبري، فوزاً مهماً وعريضاً على العين"
    assert resolved(text, date(2018, 2, 26)) == [("أمس الأول", date(2018, 2, 24), "resolved")]


def test_an_outlet_named_today_is_no_date() -> None:
    # AL-internationalNews-260-20180228: the channel "اليمن اليوم".
    assert date_mentions("وأذاعت البيان قناة اليمن اليوم الفضائية.") == []
    assert date_mentions("ونقلت صحيفة المصري اليوم عن مصدر") == []  # the guide's example
    assert [m.text for m in date_mentions("وقال الوزير اليوم إن")] == ["اليوم"]


def test_will_with_its_and_is_future() -> None:
    # The guide: "سوف يصوت يوم الثلاثاء" is the coming Tuesday (Thursday 15 March 2018).
    text = "وسوف يصوت البرلمان يوم الثلاثاء على القانون"
    assert resolved(text, date(2018, 3, 15)) == [("الثلاثاء", date(2018, 3, 20), "resolved")]


def test_the_two_after_a_dual_in_an_is_no_monday() -> None:
    # The guide's example: "وأكد الزعيمان الاثنين التزامهما" is not_date ("the two leaders").
    assert date_mentions("وأكد الزعيمان الاثنين التزامهما بالاتفاق") == []
    # A singular in -ان before Monday stays Monday.
    assert [m.weekday for m in date_mentions("وقال البرلمان الاثنين إن الحكومة")] == [0]
    assert [m.weekday for m in date_mentions("وأعلن السودان الاثنين أن")] == [0]
