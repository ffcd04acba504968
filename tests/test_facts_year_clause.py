"""Relative dates in a sentence opened by an earlier year (issue 18, round 23): a bare weekday
or a yearless day told under "في عام 2014" belongs to that year, never to a day of 2018."""

from __future__ import annotations

from datetime import date

from marsad.facts._year_clause import opening_year
from marsad.facts.dates import date_mentions, resolve
from marsad.lang.tokens import tokenize

PUBLISHED = date(2018, 2, 10)  # a Saturday


def resolved(text: str, published: date = PUBLISHED) -> list[tuple[str, date | None, str]]:
    """(expression, day, certainty) of every date mention of a sentence."""
    return [(m.text, *resolve(m, published, "stated")) for m in date_mentions(text)]


def test_a_weekday_under_an_earlier_year_is_left_without_a_day() -> None:
    text = "في عام 2014، اجتاح التنظيم مدينة الموصل يوم الثلاثاء وسيطر عليها."
    assert resolved(text) == [("الثلاثاء", None, "low")]


def test_a_yearless_day_under_an_opening_date_falls_in_its_year() -> None:
    text = "وفي 5 مارس 2011 خرج المتظاهرون، ثم في 7 أبريل عادوا إلى الساحة."
    assert resolved(text)[1] == ("7 أبريل", date(2011, 4, 7), "low")


def test_a_month_and_year_opening_the_sentence() -> None:
    text = "وفي مارس 2011 تظاهر الآلاف يوم الجمعة في درعا."
    assert resolved(text) == [("الجمعة", None, "low")]


def test_words_that_count_from_now_keep_their_day() -> None:
    # "اليوم" set against the year, and a weekday said to be coming, count from publication.
    text = "في عام 2014 فاز الفريق بالبطولة، واليوم يعود إليها ويلعب الجمعة المقبل."
    days = {expression: day for expression, day, _ in resolved(text)}
    assert days == {"واليوم": PUBLISHED, "الجمعة المقبل": date(2018, 2, 16)}


def test_this_year_or_since_a_year_does_not_move_a_day() -> None:
    this_year = "في عام 2018 أعلنت الوزارة الخميس خطتها."
    assert resolved(this_year)[0][1:] == (date(2018, 2, 8), "resolved")
    # "منذ 2011" (since) counts up to now: the weekday is this week's.
    since = "منذ عام 2011، قتل الآلاف، وأعلنت الأمم المتحدة الخميس حصيلة جديدة."
    assert resolved(since)[0][1:] == (date(2018, 2, 8), "resolved")


def test_a_year_must_open_the_sentence() -> None:
    # A background year inside the sentence dates its own phrase, not the weekday's event.
    text = "قضت محكمة أميركية، الجمعة، بالسجن على رجل أدين بالمشاركة في هجوم عام 2003."
    assert resolved(text)[0][1:] == (date(2018, 2, 9), "resolved")
    assert opening_year(tokenize(text)) is None
    assert opening_year(tokenize("خلال العام 1990 وقعت الحرب")) == (1990, 2)
